//! The GUI's panels, driven with egui_kittest and no Bevy: each test builds a view from a real day,
//! finds the controls by their accessible labels, uses them, and checks the `Action`s they emit.

mod common;

use std::sync::Arc;

use clinic_day::scenario::{BUILTIN, Scenario};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;
use clinic_day::sim::action::{Disposal, Speed};
use clinic_day::sim::day::Day;
use clinic_day::sim::desk::VisitorState;
use clinic_day::sim::phone::CallState;
use clinic_day::ui::commands;
use clinic_day::ui::panel::book::book_ui;
use clinic_day::ui::panel::chart::chart_ui;
use clinic_day::ui::panel::debrief::{DebriefChoice, debrief_ui};
use clinic_day::ui::panel::desk::desk_ui;
use clinic_day::ui::panel::inbox::inbox_ui;
use clinic_day::ui::panel::phone::phone_ui;
use clinic_day::ui::panel::top_bar::top_bar_ui;
use clinic_day::ui::panel::{Tab, focus, set_focus};
use clinic_day::ui::state::finish;
use clinic_day::ui::view::book::{BookPage, BookView};
use clinic_day::ui::view::chart::ChartView;
use clinic_day::ui::view::desk::DeskView;
use clinic_day::ui::view::inbox::InboxView;
use clinic_day::ui::view::patients;
use clinic_day::ui::view::phone::PhoneView;
use clinic_day::ui::view::top_bar::TopBarView;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn scenario(file: &str) -> Arc<Scenario> {
    let builtin = BUILTIN.iter().find(|b| b.file == file).expect("a shipped day");
    Arc::new(builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

fn reference_day() -> Shift {
    let s = scenario("greene-cardiology.ron");
    let seed = s.randomness.seed;
    Shift::new(s, seed)
}

/// Lets the day run until `ready` holds (nobody acting), or panics if the day ends first.
fn run_until(day: &mut Shift, ready: impl Fn(&Day) -> bool) {
    while !ready(day) {
        let wake = day.next_wake().expect("the moment comes before the day ends");
        day.advance_to(wake);
    }
}

fn ringing(day: &Day) -> Option<clinic_day::scenario::EventId> {
    day.calls.values().find(|c| c.state == CallState::Ringing).map(|c| c.id.clone())
}

/// Renders `panel` over `view`, lets `act` use it, and returns what it emitted.
/// On the book's sheet, by keyboard as a learner without a mouse would: focus the sheet, type the
/// time ("1530"), Enter opens that row.
fn open_row_by_keyboard<S>(harness: &mut Harness<'_, S>, at: clinic_day::scenario::time::TimeOfDay) {
    let sheet = clinic_day::ui::panel::book::SHEET_LABEL;
    harness.get_by_label(sheet).focus();
    harness.run();
    let (h, m) = at.hours_minutes();
    harness.get_by_label(sheet).type_text(&format!("{h}{m:02}"));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn emitted<V: 'static>(
    view: V,
    panel: fn(&mut egui::Ui, &V, &mut Vec<Action>),
    act: impl FnOnce(&mut Harness<'_, Vec<Action>>),
) -> Vec<Action> {
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| panel(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    act(&mut harness);
    harness.run();
    harness.state().clone()
}

use bevy_egui::egui;

#[test]
fn top_bar_pauses_changes_speed_and_skips() {
    let day = reference_day();
    let view = TopBarView::of(&day, Some(100.0));
    let out = emitted(view.clone(), top_bar_ui, |h| h.get_by_label_contains("Pause").click());
    assert_eq!(out, vec![Action::Pause]);
    let out = emitted(view.clone(), top_bar_ui, |h| h.get_by_label("4×").click());
    assert_eq!(out, vec![Action::SetSpeed(Speed::Faster)]);
    let out = emitted(view.clone(), top_bar_ui, |h| h.get_by_label(&commands::NEXT_EVENT.caption()).click());
    assert_eq!(out, vec![Action::SkipToNextEvent]);
    // What is pending is on the bar: the reference day opens with messages waiting.
    let harness = Harness::new_ui(move |ui| top_bar_ui(ui, &view, &mut Vec::new()));
    assert!(harness.query_by_label_contains("unread").is_some());
    assert!(harness.query_by_label("08:00").is_some());
    assert!(harness.query_by_label_contains("again").is_none(), "a whole day says nothing of a moment");
    // A moment taken again says so on the bar, for as long as the attempt lasts.
    let mut again = TopBarView::of(&day, Some(100.0));
    again.taken_again_from = Some("taking 10:01 again".into());
    let harness = Harness::new_ui(move |ui| top_bar_ui(ui, &again, &mut Vec::new()));
    assert!(harness.query_by_label("taking 10:01 again").is_some());
}

#[test]
fn top_bar_in_an_exam_shows_the_pauses_left_and_no_score() {
    let day = reference_day();
    let mut view = TopBarView::of(&day, None);
    view.exam = Some("exam · 0 pauses left".into());
    view.can_pause = false;
    let out = emitted(view.clone(), top_bar_ui, |h| h.get_by_label_contains("Pause").click());
    assert!(out.is_empty(), "a disabled pause does nothing: {out:?}");
    let harness = Harness::new_ui(move |ui| top_bar_ui(ui, &view, &mut Vec::new()));
    assert!(harness.query_by_label("exam · 0 pauses left").is_some());
    assert!(harness.query_by_label_contains("score").is_none(), "no running score in an exam");
}

#[test]
fn phone_answers_a_ringing_call_then_works_the_line() {
    let mut day = reference_day();
    run_until(&mut day, |d| ringing(d).is_some());
    let call = ringing(&day).expect("a call rings");
    let out = emitted(PhoneView::of(&day, clinic_day::i18n::Lang::En), phone_ui, |h| {
        h.get_by_label(&commands::ANSWER.caption()).click()
    });
    assert_eq!(out, vec![Action::Answer { call: call.clone() }]);

    day.apply(Action::Answer { call: call.clone() }).expect("the call can be answered");
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    assert!(view.active.is_some(), "the answered call is on the line");
    for (label, expected) in [
        (commands::ASK_IDENTIFIERS.caption(), Action::AskIdentifiers { call: call.clone() }),
        (commands::HOLD.caption(), Action::Hold { call: call.clone() }),
        (commands::END_CALL.caption(), Action::EndCall { call: call.clone() }),
        ("Call back on the number on file".to_owned(), Action::CallBackOnFile { call: call.clone() }),
    ] {
        let out = emitted(view.clone(), phone_ui, |h| h.get_by_label(&label).click());
        assert_eq!(out, vec![expected], "the {label} button");
    }
    // Asking puts the caller's answers into the transcript.
    day.apply(Action::AskIdentifiers { call: call.clone() }).expect("asking works");
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let transcript = &view.active.as_ref().expect("still on the line").transcript;
    assert!(transcript.len() >= 2, "the caller's words and the desk's question: {transcript:?}");
}

#[test]
fn phone_returns_a_message_on_a_number_from_the_chart() {
    let day = reference_day();
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let message = view.mailbox.iter().find(|m| !m.numbers.is_empty()).expect("a message from a patient");
    let (kind, number) = message.numbers[0].clone();
    let label = format!("Call {} back: {number}", message.call_back.as_ref().expect("someone to call").label);
    let out = emitted(view.clone(), phone_ui, |h| h.get_by_label(&label).click());
    match out.as_slice() {
        [Action::PlaceCall { number, .. }] => assert_eq!(*number, kind),
        other => panic!("expected one PlaceCall, got {other:?}"),
    }
    // Placed: when the patient picks up, the call on the line is the conversation, and ending it is
    // the one way to hang up; when they don't, the voicemail form has its own "Hang up".
    let mut day = day;
    let [placed] = out.as_slice() else { unreachable!() };
    day.apply(placed.clone()).expect("the call can be placed");
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let answered = view.outgoing.as_ref().expect("a call is out").answered;
    let harness = Harness::new_ui(move |ui| phone_ui(ui, &view, &mut Vec::new()));
    assert_eq!(harness.query_by_label(&commands::END_CALL.caption()).is_some(), answered);
    assert_eq!(harness.query_by_label("Hang up").is_some(), !answered);
}

#[test]
fn phone_records_a_new_greeting() {
    let day = reference_day();
    let out = emitted(PhoneView::of(&day, clinic_day::i18n::Lang::En), phone_ui, |h| {
        h.get_by_label("Outgoing greeting").click();
        h.run();
        h.get_by_label("the hours").click();
        h.run();
        h.get_by_label("Health811").click();
        h.run();
        h.get_by_label("Record the greeting").click();
    });
    use clinic_day::scenario::GreetingItem;
    assert_eq!(out, vec![Action::SetGreeting { mentions: vec![GreetingItem::Hours, GreetingItem::Health811] }]);
}

#[test]
fn desk_shows_what_the_health_card_check_found() {
    let mut day = reference_day();
    // Patients come and go: check every card handed over until one fails, as the reference day's do.
    let mut seen = (false, false);
    while !(seen.0 && seen.1) {
        run_until(&mut day, |d| {
            d.present
                .iter()
                .any(|&i| d.visitors[i].state == VisitorState::AtDesk && d.visitors[i].card_verified.is_none())
        });
        let i = *day
            .present
            .iter()
            .find(|&&i| day.visitors[i].state == VisitorState::AtDesk && day.visitors[i].card_verified.is_none())
            .expect("someone at the counter");
        let patient = day.visitors[i].patient.clone();
        day.apply(Action::VerifyHealthCard { patient: patient.clone() }).expect("the card can be checked");
        let failed = day.visitors[i].card_failed;
        let view = DeskView::of(&day, clinic_day::i18n::Lang::En);
        let harness = Harness::new_ui(move |ui| {
            let mut out = Vec::new();
            desk_ui(ui, &view, &mut out);
        });
        let said = if failed { "card check failed" } else { "card check: valid" };
        assert!(harness.query_by_label_contains(said).is_some(), "the desk shows \"{said}\" for {patient}");
        if failed {
            seen.1 = true;
        } else {
            seen.0 = true;
        }
        let Some(wake) = day.next_wake() else { break };
        day.advance_to(wake);
    }
    assert!(seen.1, "a failed card was shown as failed");
}

#[test]
fn desk_checks_in_and_escalates_a_patient_at_the_counter() {
    let mut day = reference_day();
    run_until(&mut day, |d| d.present.iter().any(|&i| d.visitors[i].appointment.is_some()));
    let view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    let visitor = view.visitors.iter().find(|v| v.appointment.is_some()).expect("a booked patient arrived").clone();
    let appointment = visitor.appointment.clone().expect("booked");
    let out = emitted(view.clone(), desk_ui, |h| h.get_by_label(&commands::CHECK_IN.caption()).click());
    assert_eq!(out, vec![Action::CheckIn { appointment }]);
    let patient = clinic_day::scenario::PatientId::from(visitor.patient.id.clone());
    let out = emitted(view.clone(), desk_ui, |h| h.get_by_label(&commands::VERIFY_CARD.caption()).click());
    assert_eq!(out, vec![Action::VerifyHealthCard { patient: patient.clone() }]);
    let out = emitted(view.clone(), desk_ui, |h| h.get_by_label("Call 911").click());
    assert_eq!(out, vec![Action::Call911 { patient }]);
    let out = emitted(view, desk_ui, |h| h.get_by_label("Announce the delay to the waiting room").click());
    assert!(matches!(out.as_slice(), [Action::AnnounceDelay { .. }]), "{out:?}");
}

#[test]
fn book_books_a_free_row_for_the_patient_in_focus() {
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let column = &view.columns[0];
    let (row, _) = column
        .cells
        .iter()
        .enumerate()
        .find(|(_, c)| matches!(c, clinic_day::ui::view::book::Cell::Free { .. }))
        .expect("a free row today");
    let at = view.rows[row];
    let label = format!("free: {} {} {}", column.title, column.date, at);
    let patient = view.patients[0].id.clone();
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    set_focus(&harness.ctx, |f| f.patient = Some(patient.clone()));
    harness.run();
    harness.get_by_label(&label).click();
    harness.run();
    harness.get_by_label("Book").click();
    harness.run();
    match harness.state().as_slice() {
        [Action::Book(request)] => {
            assert_eq!(request.patient.as_str(), patient);
            assert_eq!(request.at, at);
            assert_eq!(request.physician, column_physician(&day));
        }
        other => panic!("expected one booking, got {other:?}"),
    }
}

#[test]
fn book_moves_a_visit_dragged_onto_a_free_row() {
    use clinic_day::ui::view::book::Cell;
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let column = &view.columns[0];
    let visit = column
        .cells
        .iter()
        .find_map(|c| match c {
            Cell::Starts(visits) => visits.first().cloned(),
            _ => None,
        })
        .expect("a visit today");
    let free = column.cells.iter().position(|c| matches!(c, Cell::Free { .. })).expect("a free row today");
    let at = view.rows[free];
    let label = format!("free: {} {} {}", column.title, column.date, at);
    let physician = Some(column.physician.clone());
    let block = format!("{} · {}", visit.patient.label, visit.kind);
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    let from = harness.get_by_label_contains(&block).rect().center();
    let to = harness.get_by_label(&label).rect().center();
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    // Past egui's drag threshold, then over the free row, then let go.
    harness.hover_at(from + egui::vec2(0.0, 12.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    let date = day.today();
    assert_eq!(harness.state().as_slice(), [Action::Reschedule { appointment: visit.id.clone(), date, at, physician }]);
}

#[test]
fn book_week_moves_a_visit_to_another_day_by_dragging() {
    use clinic_day::ui::view::book::Cell;
    // Rebooking a conference day: one physician's week, a visit dragged onto another day's free row.
    let day = reference_day();
    let physician = column_physician(&day);
    let view = BookView::of(&day, &BookPage::Week { physician, week_of: day.today() }, clinic_day::i18n::Lang::En);
    let (from_column, visit) = view
        .columns
        .iter()
        .enumerate()
        .find_map(|(c, column)| {
            column.cells.iter().find_map(|cell| match cell {
                Cell::Starts(visits) => visits.first().map(|v| (c, v.clone())),
                _ => None,
            })
        })
        .expect("a visit this week");
    let (to_column, row) = view
        .columns
        .iter()
        .enumerate()
        .filter(|(c, _)| *c != from_column)
        .find_map(|(c, column)| column.cells.iter().position(|cell| matches!(cell, Cell::Free { .. })).map(|r| (c, r)))
        .expect("a free row on another day");
    let target = &view.columns[to_column];
    let (date, at) = (target.date, view.rows[row]);
    // Dropped in another physician's column, the visit moves to that physician's book.
    let physician = Some(target.physician.clone());
    let label = format!("free: {} {} {}", target.title, date, at);
    let block = format!("{} · {}", visit.patient.label, visit.kind);
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1400.0, 1600.0));
    harness.run();
    let from = harness.get_all_by_label_contains(&block).next().expect("the visit's block").rect().center();
    let to = harness.get_by_label(&label).rect().center();
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + egui::vec2(12.0, 0.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    assert_eq!(harness.state().as_slice(), [Action::Reschedule { appointment: visit.id.clone(), date, at, physician }]);
}

#[test]
fn a_no_show_stays_on_the_sheet_to_be_flagged() {
    use clinic_day::book::Status;
    use clinic_day::ui::view::book::Cell;
    let mut day = reference_day();
    run_until(&mut day, |d| d.book.appointments().any(|a| a.status == Status::NoShow));
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let no_show = view
        .columns
        .iter()
        .flat_map(|c| &c.cells)
        .find_map(|cell| match cell {
            Cell::Starts(visits) => visits.iter().find(|v| v.status == Status::NoShow).cloned(),
            _ => None,
        })
        .expect("the no-show is still on today's sheet");
    let block = format!("{} · {}", no_show.patient.label, no_show.kind);
    // The sheet opens half an hour before now; the no-show is further back, scrolled to.
    let out = emitted(view, book_ui, |h| {
        h.get_by_label_contains(&block).scroll_to_me();
        h.run();
        h.get_by_label_contains(&block).click();
        h.run();
        h.get_by_label("Note the no-show and flag it to the physician").click();
    });
    // Both halves of S8: the chart note, and the flag.
    assert!(
        matches!(out.as_slice(), [
            Action::Note { patient, .. },
            Action::FlagToPhysician { about: clinic_day::sim::action::Flag::NoShow(id), .. }
        ] if *id == no_show.id && patient.as_str() == no_show.patient.id),
        "{out:?}"
    );
}

fn column_physician(day: &Day) -> clinic_day::scenario::StaffId {
    day.scenario.staff.physicians[0].id.clone()
}

#[test]
fn book_shows_a_physicians_week_for_rebooking() {
    let day = reference_day();
    let physician = column_physician(&day);
    let view = BookView::of(&day, &BookPage::Week { physician, week_of: day.today() }, clinic_day::i18n::Lang::En);
    assert!(view.columns.len() >= 5, "a week has a column per open day");
    assert!(view.next.is_some(), "the book goes on for weeks");
    // Rebooking by urgency and availability: each visit says the patient's flags and when they can
    // come, where the scenario says so, without a chart opened.
    let visits: Vec<_> = view
        .columns
        .iter()
        .flat_map(|c| &c.cells)
        .filter_map(|cell| match cell {
            clinic_day::ui::view::book::Cell::Starts(visits) => Some(visits.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(!visits.is_empty());
    let flagged = day
        .book
        .appointments()
        .find(|a| day.scenario.patient(&a.patient).is_some_and(|p| !p.flags.is_empty()))
        .expect("the reference day books a flagged patient");
    let week = BookView::of(
        &day,
        &BookPage::Week { physician: flagged.physician.clone(), week_of: flagged.date },
        clinic_day::i18n::Lang::En,
    );
    let shown = week
        .columns
        .iter()
        .flat_map(|c| &c.cells)
        .find_map(|cell| match cell {
            clinic_day::ui::view::book::Cell::Starts(visits) => visits.iter().find(|v| v.id == flagged.id),
            _ => None,
        })
        .expect("the flagged visit is on its week");
    assert!(shown.about.iter().any(|f| f.starts_with("flags: ")), "{:?}", shown.about);
    let harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    assert!(harness.query_by_label_contains("week of").is_some());
}

#[test]
fn inbox_files_and_flags_a_result_to_its_physician() {
    let mut day = reference_day();
    run_until(&mut day, |d| {
        d.inbox
            .iter()
            .any(|i| matches!(&i.kind, clinic_day::sim::inbox::InboxKind::Document(doc) if doc.about.is_some()))
    });
    let view = InboxView::of(&day, clinic_day::i18n::Lang::En);
    let item = view.items.iter().find(|i| i.about.is_some()).expect("a document about a patient").clone();
    let out = emitted(view.clone(), inbox_ui, |h| {
        // An item that names nobody has its button greyed until a patient is chosen.
        let mut buttons = h.get_all_by_label("File to chart").filter(|b| !b.accesskit_node().is_disabled());
        buttons.next().expect("a file button for a document that names its patient").click()
    });
    assert!(matches!(out.as_slice(), [Action::FileDocument { .. }]), "{out:?}");
    if item.for_physician.is_some() {
        let out =
            emitted(view, inbox_ui, |h| h.get_all_by_label("Flag to physician").next().expect("a flag button").click());
        assert!(matches!(out.as_slice(), [Action::FlagToPhysician { .. }]), "{out:?}");
    }
}

#[test]
fn chart_shows_the_health_card_checks_and_takes_a_note() {
    let day = reference_day();
    let patient = day.scenario.patients.iter().find(|p| p.health_card.is_some()).expect("a patient with a card");
    let chart = ChartView::of(&day, &patient.id, clinic_day::i18n::Lang::En).expect("the chart");
    assert!(!chart.card.as_ref().expect("a card").checks.is_empty());
    let all = patients(&day.scenario);
    let id = patient.id.clone();
    let mut harness =
        Harness::new_ui_state(move |ui, out: &mut Vec<Action>| chart_ui(ui, Some(&chart), &all, out), Vec::new());
    harness.set_size(egui::vec2(1000.0, 1200.0));
    harness.run();
    assert!(harness.query_by_label_contains("number:").is_some(), "the card's number check is shown");
    harness.get_by_label(&commands::VERIFY_CARD.caption()).click();
    harness.run();
    assert_eq!(harness.state().as_slice(), [Action::VerifyHealthCard { patient: id.clone() }]);
    harness.state_mut().clear();
    harness.get_all_by_role(egui::accesskit::Role::TextInput).next().expect("the note field").click();
    harness.run();
    harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .expect("the note field")
        .type_text("Called about results; told to await the physician.");
    harness.run();
    harness.get_by_label("Add note").click();
    harness.run();
    assert!(
        matches!(harness.state().as_slice(), [Action::Note { patient, .. }] if *patient == id),
        "{:?}",
        harness.state()
    );
}

#[test]
fn a_moment_taken_again_is_shown_beside_the_time_before() {
    // The tutorial played by the novice, then by the expert: the same moment, broken and kept.
    let play = |style| {
        let s = scenario("tutorial.ron");
        let seed = s.randomness.seed;
        let mut day = Shift::new(s, seed);
        clinic_day::shift::autoplay::autoplay(&mut day, style);
        finish(&day, clinic_day::i18n::Lang::En).view
    };
    let before_view = play(clinic_day::shift::autoplay::Style::Novice);
    let after_view = play(clinic_day::shift::autoplay::Style::Expert);
    let before = before_view
        .moments
        .iter()
        .find(|m| m.broken > 0 && m.rewind_to.is_some())
        .expect("a moment the novice got wrong")
        .clone();
    let view = after_view.with_first_try(Some(before.clone()));
    let again = view.taken_again.clone().expect("the moment taken again");
    let after = again.after.clone().expect("the same moment, judged this time");
    assert_eq!(after.rewind_to, before.rewind_to);
    let mut harness = Harness::new_ui(move |ui| debrief_ui(ui, &view, &mut Vec::new()));
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    harness.get_by_label_contains(&format!("The moment you took again: {}  {}", before.at, before.label));
    harness.get_by_label_contains("The time before: ");
    let judged: usize = after.lines.iter().map(|l| l.judgments.len()).sum();
    assert_eq!(after.broken, 0, "the expert keeps what the novice broke");
    harness.get_by_label(&format!("This time: {judged} kept"));
    let broken_rule = before.lines.iter().find(|l| !l.kept).expect("a broken rule");
    assert!(
        harness.query_all_by_label_contains(&format!("{} {}", broken_rule.rule, broken_rule.rule_title)).count() >= 2,
        "the rule broken the time before is named in the comparison and in the moment's own list"
    );
    // A first debrief has nothing to compare.
    assert!(before_view.with_first_try(None).taken_again.is_none());
}

#[test]
fn debrief_shows_the_score_and_offers_a_retry() {
    let s = scenario("tutorial.ron");
    let seed = s.randomness.seed;
    let mut day = Shift::new(s, seed);
    day.run_to_end();
    let finished = finish(&day, clinic_day::i18n::Lang::En);
    let view = finished.view.clone();
    let total = format!("{:.1}", view.total);
    let mut harness =
        Harness::new_ui_state(move |ui, out: &mut Vec<DebriefChoice>| debrief_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    assert!(harness.query_by_label(&total).is_some(), "the total {total} is shown");
    // Nobody at the desk: the TSH result left in the inbox is named, though no rule scores it.
    harness.get_by_label_contains("TSH result for Ruth Okafor was left in the inbox").hover();
    harness.get_by_label("Retry the day").click();
    harness.run();
    assert_eq!(harness.state().as_slice(), [DebriefChoice::Retry]);
    // The filter is a choice the screen keeps; a moment that went wrong is open, with its rewind.
    harness.get_by_label("Only what went wrong").click();
    harness.run();
    assert_eq!(harness.state().last(), Some(&DebriefChoice::OnlyWhatWentWrong(true)));
    let troubled = finished.view.moments.iter().find(|m| m.broken > 0 && m.rewind_to.is_some());
    if let Some(moment) = troubled {
        harness.get_all_by_label("\u{21BA} Try this moment again").next().expect("a rewind button").click();
        harness.run();
        assert_eq!(harness.state().last(), Some(&DebriefChoice::Rewind(moment.rewind_to.expect("a time"))));
    }
    // After an exam (one attempt each) there is no retry; the rest is the same.
    let mut exam = finished.view.clone();
    exam.retry = false;
    exam.rewind = false;
    let harness = Harness::new_ui(move |ui| debrief_ui(ui, &exam, &mut Vec::new()));
    assert!(harness.query_by_label("Retry the day").is_none());
    assert!(harness.query_by_label("Save the report").is_some());
    assert!(harness.query_by_label("\u{21BA} Try this moment again").is_none(), "an exam is never rewound");
}

#[test]
fn opening_a_chart_from_a_call_is_an_audited_action_and_brings_the_chart_forward() {
    let mut day = reference_day();
    run_until(&mut day, |d| ringing(d).is_some_and(|c| d.calls[&c].call.about.is_some()));
    let call = ringing(&day).expect("a call about a patient");
    day.apply(Action::Answer { call }).expect("answered");
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let about = view.active.as_ref().and_then(|c| c.about.clone()).expect("about a patient");
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| phone_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    harness.get_by_label("Open chart").click();
    harness.run();
    assert_eq!(
        harness.state().as_slice(),
        [Action::OpenChart { patient: clinic_day::scenario::PatientId::from(about.id.clone()) }]
    );
    let shared = focus(&harness.ctx);
    assert_eq!(shared.tab, Tab::Chart);
    assert_eq!(shared.chart, Some(about.id));
}

#[test]
fn a_voicemail_is_passed_on_to_a_clinician() {
    let day = reference_day();
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let message = view.mailbox[0].clone();
    let nurse_or_doctor = view.clinicians[0].clone();
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| phone_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    // Choose whom from the first message's list, then pass it on.
    harness.ctx.data_mut(|d| {
        d.insert_temp(egui::Id::new(("pass-on", message.call.as_str())), (Some(nurse_or_doctor.id.clone()), false))
    });
    harness.run();
    // Worsening symptoms go on as urgent (T7): the box beside the message says so.
    harness.get_all_by_label("urgent").next().expect("an urgent box").click();
    harness.run();
    harness.get_all_by_label("Pass the message on").next().expect("a pass-on button").click();
    harness.run();
    match harness.state().as_slice() {
        [Action::TakeMessage { call, for_whom, urgent, .. }] => {
            assert_eq!(call, &message.call);
            assert_eq!(for_whom.as_str(), nurse_or_doctor.id);
            assert!(urgent, "the urgent box was ticked");
        }
        other => panic!("expected one TakeMessage, got {other:?}"),
    }
}

#[test]
fn a_focused_picker_steps_through_its_choices_with_the_arrow_keys() {
    use clinic_day::ui::panel::pick_combo;
    use clinic_day::ui::view::Pick;
    let picks = vec![Pick::new("greene", "Dr. Helen Greene"), Pick::new("park", "Jordan Park, RN")];
    let mut harness = Harness::new_ui_state(
        move |ui, selected: &mut Option<String>| {
            pick_combo(ui, "whom", "pass it on to", &picks, selected);
            // A second picker after it: the arrows must step the first, not move on to this one.
            let mut other = None;
            pick_combo(ui, "other", "and then", &picks, &mut other);
        },
        None,
    );
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().as_deref(), Some("greene"));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().as_deref(), Some("park"));
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().as_deref(), Some("greene"));
}

#[test]
fn desk_buttons_keep_their_places_once_a_step_is_done() {
    let mut day = reference_day();
    run_until(&mut day, |d| d.present.iter().any(|&i| d.visitors[i].appointment.is_some()));
    let mut view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    view.visitors.retain(|v| v.appointment.is_some());
    view.visitors.truncate(1);
    let place = |view: DeskView| {
        let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| desk_ui(ui, &view, out), Vec::new());
        harness.set_size(egui::vec2(1000.0, 700.0));
        harness.run();
        let rect = harness.get_by_label("Open chart").rect();
        let done = harness.query_by_label_contains("Card checked").is_some();
        (rect, done)
    };
    let (before, shown_done) = place(view.clone());
    assert!(!shown_done);
    view.visitors[0].card_checked = true;
    view.visitors[0].checked_in = true;
    let (after, shown_done) = place(view);
    assert!(shown_done, "the card check shows as done where its button was");
    assert_eq!(before, after, "Open chart did not move when the card check was done");
}

#[test]
fn desk_gets_the_clinician_chosen_on_the_patients_own_card() {
    let mut day = reference_day();
    run_until(&mut day, |d| !d.present.is_empty());
    let mut view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    view.visitors.truncate(1);
    let patient = clinic_day::scenario::PatientId::from(view.visitors[0].patient.id.clone());
    let who = view.clinicians.last().expect("a clinician").clone();
    let out = emitted(view, desk_ui, |h| {
        h.get_by_label("Get a clinician now…").click();
        h.run();
        h.get_by_label(&who.label).click();
    });
    assert_eq!(out, vec![Action::FetchClinician { patient, who: clinic_day::scenario::StaffId::from(who.id) }]);
}

#[test]
fn book_double_books_by_moving_onto_a_visits_row_and_a_refused_move_stays_in_progress() {
    use clinic_day::ui::view::book::Cell;
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let column = &view.columns[0];
    let visits: Vec<_> = column
        .cells
        .iter()
        .filter_map(|c| match c {
            Cell::Starts(visits) => visits.first().cloned(),
            _ => None,
        })
        .collect();
    let (moving, onto) = (visits[0].clone(), visits[1].clone());
    let physician = Some(column.physician.clone());
    let block = format!("{} · {}", onto.patient.label, onto.kind);
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    clinic_day::ui::panel::book::start_moving(&harness.ctx, moving.id.clone(), &moving.patient.label);
    harness.run();
    // The top edge of the block: its first row, the time it starts.
    let top = harness.get_by_label_contains(&block).rect().left_top() + egui::vec2(20.0, 3.0);
    // A press and release in one place: a click there.
    harness.hover_at(top);
    harness.run();
    harness.drag_at(top);
    harness.run();
    harness.drop_at(top);
    harness.run();
    let date = day.today();
    assert_eq!(
        harness.state().as_slice(),
        [Action::Reschedule { appointment: moving.id.clone(), date, at: onto.at, physician }]
    );
    // The view did not change (the book refused, say): the move is still going.
    harness.run();
    assert!(harness.query_by_label_contains("Moving").is_some(), "a refused move keeps the book in moving mode");
}

#[test]
fn chart_picker_looks_a_name_up_and_opens_the_chart_only_on_open() {
    let day = reference_day();
    let all = patients(&day.scenario);
    let wanted = all[1].clone();
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| chart_ui(ui, None, &all, out), Vec::new());
    harness.set_size(egui::vec2(1000.0, 800.0));
    harness.run();
    // Stepping through the names with the arrow keys passes over charts without opening them.
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(harness.state().is_empty(), "looking a name up opens nothing: {:?}", harness.state());
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(
        harness.state().as_slice(),
        [Action::OpenChart { patient: clinic_day::scenario::PatientId::from(wanted.id) }]
    );
}

#[test]
fn j_and_k_step_the_keyboard_through_the_patients_at_the_desk() {
    let mut day = reference_day();
    run_until(&mut day, |d| d.present.len() >= 2);
    let view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    let names: Vec<String> = view.visitors.iter().map(|v| v.patient.label.clone()).collect();
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| desk_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1000.0, 900.0));
    harness.run();
    let step = |harness: &mut Harness<'_, Vec<Action>>, by: i8| {
        set_focus(&harness.ctx, |f| f.step = by);
        harness.run();
        harness.run();
    };
    step(&mut harness, 1);
    assert!(harness.get_by_label(&names[0]).is_focused(), "the first step lands on the first patient");
    step(&mut harness, 1);
    assert!(harness.get_by_label(&names[1]).is_focused(), "the next step lands on the second");
    step(&mut harness, -1);
    assert!(harness.get_by_label(&names[0]).is_focused(), "and back");
    assert!(harness.state().is_empty(), "stepping does nothing but move the keyboard");
}

#[test]
fn a_step_done_from_the_keyboard_keeps_the_focus_where_it_was() {
    let mut day = reference_day();
    run_until(&mut day, |d| d.present.iter().any(|&i| d.visitors[i].appointment.is_some()));
    let mut view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    view.visitors.retain(|v| v.appointment.is_some());
    view.visitors.truncate(1);
    let mut harness = Harness::new_ui_state(
        |ui, state: &mut (DeskView, Vec<Action>)| {
            let (view, out) = state;
            desk_ui(ui, view, out)
        },
        (view, Vec::new()),
    );
    harness.set_size(egui::vec2(1000.0, 700.0));
    harness.run();
    harness.get_by_label(&commands::VERIFY_CARD.caption()).focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(matches!(harness.state().1.as_slice(), [Action::VerifyHealthCard { .. }]), "{:?}", harness.state().1);
    // The day answers: the card is checked, and the button becomes its done mark.
    harness.state_mut().0.visitors[0].card_checked = true;
    harness.run();
    harness.run();
    assert!(harness.get_by_label("✔ Card checked").is_focused(), "the focus stayed on the done step");
}

#[test]
fn a_menu_opened_from_the_keyboard_takes_the_focus_onto_its_first_choice() {
    use clinic_day::ui::panel::menu_choice;
    let mut harness = Harness::new_ui_state(
        |ui, out: &mut Vec<&'static str>| {
            ui.horizontal(|ui| {
                let choices = [("First".to_owned(), "first"), ("Second".to_owned(), "second")];
                if let Some(choice) = menu_choice(ui, "Advise…", choices) {
                    out.push(choice);
                }
                if ui.button("After").clicked() {
                    out.push("after");
                }
            });
        },
        Vec::new(),
    );
    harness.run();
    harness.get_by_label("Advise…").focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert!(harness.get_by_label("First").is_focused(), "the open menu has the keyboard");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Second").is_focused(), "Tab goes on through the menu");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(harness.state().as_slice(), ["second"]);
    assert!(harness.query_by_label("First").is_none(), "choosing closes the menu");
}

/// A picker with a button after it (what is behind its list), its list opened from the keyboard:
/// Tab onto the picker, Enter.
fn opened_picker(picks: Vec<clinic_day::ui::view::Pick>) -> Harness<'static, Option<String>> {
    let mut harness = Harness::new_ui_state(
        move |ui, selected: &mut Option<String>| {
            clinic_day::ui::panel::pick_combo(ui, "who", "patient", &picks, selected);
            let _ = ui.button("Behind the list");
        },
        None,
    );
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness
}

#[test]
fn an_open_picker_finds_a_choice_by_the_letters_typed() {
    use clinic_day::ui::view::Pick;
    let picks = vec![
        Pick::new("a", "Amira Haddad"),
        Pick::new("b", "Lucille Bouchard"),
        Pick::new("c", "Louis Boudreau"),
        Pick::new("d", "Tom Brennan"),
    ];
    let mut harness = opened_picker(picks);
    assert!(harness.query_by_label("Tom Brennan").is_some(), "Enter opens the list");
    for letters in ["bou", "d"] {
        harness.event(egui::Event::Text(letters.to_owned()));
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(harness.state().as_deref(), Some("c"), "'boud' is Louis Boudreau, past Bouchard");
    assert!(harness.query_by_label("Tom Brennan").is_none(), "picking closes the list");
}

#[test]
fn an_open_picker_list_is_walked_with_the_arrows() {
    use clinic_day::ui::view::Pick;
    let picks = vec![Pick::new("a", "Attendance"), Pick::new("b", "Appointments"), Pick::new("c", "Results")];
    let mut harness = opened_picker(picks);
    assert!(harness.get_by_label("Attendance").is_focused(), "the list takes the keyboard as it opens");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(harness.get_by_label("Appointments").is_focused(), "Down walks the list, not what is behind it");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(harness.state().as_deref(), Some("b"));
}

#[test]
fn when_the_focused_control_goes_away_the_keyboard_goes_to_the_panels_tab() {
    use clinic_day::ui::panel::KeyboardPlace;
    let mut place = KeyboardPlace::default();
    let mut harness = Harness::new_ui_state(
        move |ui, shown: &mut bool| {
            let anchor = ui.selectable_label(true, "Appointment book").id;
            // In a scope of its own, as the book's strip is: nothing else takes its id when it goes.
            if *shown && ui.push_id("strip", |ui| ui.button("Cancel it")).inner.clicked() {
                *shown = false;
            }
            let _ = ui.button("After");
            place.keep(ui.ctx(), anchor);
        },
        true,
    );
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Cancel it").is_focused());
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert!(!*harness.state(), "the step was taken");
    assert!(harness.get_by_label("Appointment book").is_focused(), "the keyboard did not fall to nowhere");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("After").is_focused(), "and Tab goes on from there");
}

/// The interface size in steps: its buttons and keys move it one step at a time, however the
/// control moves on the screen as the size changes (a slider ran away to the largest size), and it
/// is remembered between launches.
#[test]
fn the_interface_size_steps_by_buttons_and_keys_and_is_remembered() {
    use clinic_day::ui::scale::{scale_keys, scale_ui};
    let mut harness = Harness::new_ui_state(
        |ui, scale: &mut f32| {
            if let Some(by_key) = scale_keys(ui.ctx(), *scale) {
                *scale = by_key;
            }
            scale_ui(ui, scale);
        },
        1.0_f32,
    );
    harness.run();
    harness.get_by_label("A+").click();
    harness.run();
    assert_eq!(*harness.state(), 1.15, "one click, one step");
    harness.get_by_label("A+").click();
    harness.run();
    harness.get_by_label("A−").click();
    harness.run();
    assert_eq!(*harness.state(), 1.15);
    assert!(harness.query_by_label("115 %").is_some(), "the size is said");
    harness.get_by_label("100 %").click();
    harness.run();
    assert_eq!(*harness.state(), 1.0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    harness.run();
    assert_eq!(*harness.state(), 1.15, "Ctrl +");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert_eq!(*harness.state(), 0.85, "Ctrl − twice");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert_eq!(*harness.state(), 1.0, "Ctrl 0");

    use clinic_day::ui::session::Settings;
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("settings.json");
    assert_eq!(Settings::load(&path), Settings::default(), "no file: the defaults");
    let chosen = Settings { ui_scale: 1.3, ..Settings::default() };
    chosen.save(&path).expect("saved");
    assert_eq!(Settings::load(&path), chosen, "the next launch opens as this one was left");
    std::fs::write(&path, r#"{"ui_scale": 1e30}"#).expect("written");
    assert_eq!(Settings::load(&path).ui_scale, 2.0, "a size from a file is one of the steps");
    std::fs::write(&path, "not json").expect("written");
    assert_eq!(Settings::load(&path), Settings::default(), "a broken file is no reason not to start");
}

#[test]
fn a_slot_a_patient_cannot_take_is_turned_down_in_their_words_on_the_call_and_above_the_book() {
    use clinic_day::scenario::{Availability, PhoneKind};
    use clinic_day::sim::action::{BookRequest, Purpose};
    use clinic_day::ui::view::phone::Said;
    let mut day = reference_day();
    let today = day.today();
    // A waitlisted patient who comes mornings only and picks up the phone.
    let entry = day
        .scenario
        .waitlist
        .iter()
        .find(|w| day.scenario.patient(&w.patient).is_some_and(|p| p.available.contains(&Availability::MorningsOnly)))
        .cloned()
        .expect("the reference day waitlists a patient who comes mornings only");
    let number =
        day.scenario.patient(&entry.patient).and_then(|p| p.phones.first()).map_or(PhoneKind::Home, |p| p.kind);
    day.apply(Action::PlaceCall { patient: entry.patient.clone(), number, purpose: Purpose::WaitlistOffer })
        .expect("the call is placed");
    assert!(day.outgoing.as_ref().is_some_and(|o| o.answered), "they pick up");
    let afternoon = BookRequest {
        patient: entry.patient.clone(),
        physician: entry.physician.clone(),
        kind: entry.kind.clone(),
        date: today.plus_days(7),
        at: "15:00".parse().expect("a time"),
        minutes: None,
        answers: None,
        approved_by: None,
    };
    day.apply(Action::OfferSlot { patient: entry.patient.clone(), request: afternoon }).expect("offered");
    let phone = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let transcript = &phone.outgoing.as_ref().expect("still on the line").transcript;
    assert!(
        matches!(transcript.last(), Some(Said::Caller(text)) if text.contains("mornings")),
        "the patient says why: {transcript:?}"
    );
    assert!(matches!(transcript.first(), Some(Said::Desk(text)) if text.starts_with("Offered")), "{transcript:?}");
    let book = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    assert!(book.on_call_said.as_deref().is_some_and(|said| said.contains("mornings")), "{:?}", book.on_call_said);
    // And the waitlist says when they can come without a hover.
    let row = book.waitlist.iter().find(|r| r.patient.id == entry.patient.as_str()).expect("on the waitlist");
    assert!(row.available.contains("mornings only") && !row.reason.is_empty(), "{row:?}");
    let harness = Harness::new_ui(move |ui| book_ui(ui, &book, &mut Vec::new()));
    assert!(harness.query_by_label_contains("can come: mornings only").is_some());
}

#[test]
fn an_outside_test_booked_from_the_chart_is_confirmed_on_the_chart() {
    let mut day = reference_day();
    let patient = day.scenario.patients[0].id.clone();
    let lab = day.scenario.contacts[0].id.clone();
    let date = day.today().plus_days(1);
    day.apply(Action::BookOutsideTest { patient: patient.clone(), at: lab, test: "Echocardiogram".into(), date })
        .expect("booked");
    let chart = ChartView::of(&day, &patient, clinic_day::i18n::Lang::En).expect("a chart");
    assert_eq!(chart.outside_tests.len(), 1);
    assert!(chart.outside_tests[0].starts_with("Echocardiogram at ") && chart.outside_tests[0].ends_with("tomorrow"));
    let all = patients(&day.scenario);
    let mut harness = Harness::new_ui(move |ui| chart_ui(ui, Some(&chart), &all, &mut Vec::new()));
    harness.set_size(egui::vec2(1000.0, 1200.0));
    harness.run();
    assert!(harness.query_by_label_contains("Booked: Echocardiogram").is_some());
}

#[test]
fn an_inbox_item_offers_the_patients_visits_by_day_time_and_physician_never_by_id() {
    let mut day = reference_day();
    run_until(&mut day, |d| d.now >= d.close);
    let view = InboxView::of(&day, clinic_day::i18n::Lang::En);
    let picks: Vec<_> = view.items.iter().flat_map(|item| &item.appointments).collect();
    assert!(!picks.is_empty(), "the reference day's inbox has items about booked patients");
    for pick in picks {
        assert!(
            !pick.label.contains(&pick.id) && pick.label.contains(" at ") && pick.label.contains(" with "),
            "{pick:?}"
        );
    }
}

/// A free row on today's sheet in the first column that is not the sheet's first row: its index.
fn a_free_row_after_the_first(view: &BookView) -> usize {
    view.columns[0]
        .cells
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, c)| matches!(c, clinic_day::ui::view::book::Cell::Free { .. }))
        .map(|(r, _)| r)
        .expect("a free row today")
}

#[test]
fn the_sheet_is_one_keyboard_stop_where_a_typed_time_and_enter_open_a_free_row() {
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let at = view.rows[a_free_row_after_the_first(&view)];
    let physician = view.columns[0].physician.clone();
    let patient = view.patients[0].id.clone();
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    set_focus(&harness.ctx, |f| f.patient = Some(patient.clone()));
    harness.run();
    open_row_by_keyboard(&mut harness, at);
    harness.get_by_label_contains(&format!("at {at} with")).hover();
    // The rows themselves are not Tab stops: the keyboard went from the sheet to the form it opened.
    assert!(harness.get_all_by_label_contains("free: ").all(|row| !row.is_focused()));
    harness.get_by_label("Book").click();
    harness.run();
    match harness.state().as_slice() {
        [Action::Book(request)] => assert_eq!((request.at, &request.physician), (at, &physician)),
        other => panic!("expected one booking at {at}, got {other:?}"),
    }
}

#[test]
fn a_row_nobody_can_book_says_why_when_clicked() {
    use clinic_day::ui::view::book::Cell;
    let day = reference_day();
    // A day on which the first physician is away, or else the hours outside the template today.
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let (column, row) = view
        .columns
        .iter()
        .find_map(|column| column.cells.iter().position(|c| *c == Cell::Closed).map(|r| (column.clone(), r)))
        .expect("rows nobody books today (lunch, or the hours outside a template)");
    let label = format!("unavailable: {} {}", column.title, view.rows[row]);
    let out = emitted(view, book_ui, |h| {
        h.get_by_label(&label).scroll_to_me();
        h.run();
        h.get_by_label(&label).click();
        h.run();
        h.get_by_label(&format!("Not bookable. {}", column.unbookable)).hover();
    });
    assert_eq!(out, vec![], "a click where nothing can be booked books nothing");
    assert!(column.unbookable.contains("hours") || column.unbookable.contains("Away"), "{}", column.unbookable);
}

/// A learner who turned the book to a later day (a patient back from holiday in April) looks from
/// there: the next free slot is on or after the first day the page shows, not today's.
#[test]
fn next_free_slot_searches_from_the_day_the_book_shows() {
    use clinic_day::ui::view::book::FreeSearch;
    let day = reference_day();
    let kind = day.scenario.appointment_types[0].id.clone();
    let search = FreeSearch { kind: Some(kind), ..FreeSearch::default() };
    let later = day.today().plus_days(21);
    let from_today = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En).with_next_free(
        &day,
        &search,
        clinic_day::i18n::Lang::En,
    );
    let from_later = BookView::of(&day, &BookPage::Day(later), clinic_day::i18n::Lang::En).with_next_free(
        &day,
        &search,
        clinic_day::i18n::Lang::En,
    );
    let (Some(Ok(early)), Some(Ok(late))) = (from_today.next_free, from_later.next_free) else {
        panic!("no slots found")
    };
    assert!(early.date < later, "today's search finds room before three weeks out: {early:?}");
    assert!(late.date >= later, "{late:?}");
}

#[test]
fn next_free_slot_finds_the_earliest_time_the_book_takes_and_opens_the_form_there() {
    use clinic_day::ui::panel::book::book_page;
    use clinic_day::ui::view::book::FreeSearch;
    let day = reference_day();
    let kind = day.scenario.appointment_types[0].id.clone();
    let search = FreeSearch { kind: Some(kind.clone()), ..FreeSearch::default() };
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En).with_next_free(
        &day,
        &search,
        clinic_day::i18n::Lang::En,
    );
    let Some(Ok(slot)) = view.next_free.clone() else { panic!("no slot found: {:?}", view.next_free) };
    // The earliest opening with anyone after now, outside the rows held for same-day urgent visits,
    // with nobody in it: the book's own search allows a double-booking where the policy does, which
    // is not what "free" means to the desk (the first build offered 09:00, Raymond Kowalski's time).
    let now = day.now.time_of_day().expect("a time of day");
    let minutes = day.scenario.appointment_types[0].minutes;
    let free = |(date, at, physician): &(
        clinic_day::scenario::time::Date,
        clinic_day::scenario::time::TimeOfDay,
        clinic_day::scenario::StaffId,
    )| { day.book.nothing_booked(physician, *date, *at, minutes) };
    let openings = day.book.openings_with_anyone(&kind, (day.today(), now), day.book.end(), false);
    let earliest = openings.iter().filter(|(_, at, _)| *at >= now).find(|o| free(o)).expect("a free opening");
    assert_eq!((slot.date, slot.at, &slot.physician), (earliest.0, earliest.1, &earliest.2));
    assert!(
        openings.iter().any(|o| !free(o) && (o.0, o.1) < (slot.date, slot.at)),
        "the reference day has double-bookable times before it, passed over"
    );
    // For a patient who only comes in the mornings, a slot that ends by noon.
    let mornings = day
        .scenario
        .patients
        .iter()
        .find(|p| p.available.contains(&clinic_day::scenario::Availability::MorningsOnly))
        .expect("a patient who comes mornings only");
    let search = FreeSearch { patient: Some(mornings.id.clone()), ..search };
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En).with_next_free(
        &day,
        &search,
        clinic_day::i18n::Lang::En,
    );
    let Some(Ok(morning)) = view.next_free.clone() else { panic!("no morning slot: {:?}", view.next_free) };
    let minutes = day.scenario.appointment_types[0].minutes;
    assert!(morning.at.minutes() + minutes <= 12 * 60, "{morning:?}");
    // "Open it to book" goes to that day with the booking form at that time.
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    harness.get_by_label("Open it to book").click();
    harness.run();
    assert_eq!(book_page(&harness.ctx), BookPage::Day(morning.date));
    let form_title = format!("at {} with", morning.at);
    assert!(
        harness
            .get_all_by_label_contains(&form_title)
            .any(|node| node.value().is_some_and(|text| text.starts_with("Book "))),
        "the booking form is open at {}",
        morning.at
    );
}

#[test]
fn the_date_picker_goes_to_a_day_in_one_click() {
    use clinic_day::ui::panel::book::book_page;
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let last = *view.open_dates.last().expect("open days ahead");
    let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    harness.get_by_label("📅 Go to a date…").click();
    harness.run();
    let number = format!("{:>2}", last.ymd().2);
    // The last of the days with that number is in the last month shown.
    harness.get_all_by_label(&number).last().expect("the day's button").click();
    harness.run();
    assert_eq!(book_page(&harness.ctx), BookPage::Day(last));
}

/// The book panel over a live day: each frame's view is built from the day, and what the panel
/// emits is applied to it at once, as the shift does.
fn live_book(day: Shift) -> Harness<'static, Shift> {
    let mut harness = Harness::new_ui_state(
        |ui, day: &mut Shift| {
            let view = BookView::of(day, &clinic_day::ui::panel::book::book_page(ui.ctx()), clinic_day::i18n::Lang::En);
            let mut out = Vec::new();
            book_ui(ui, &view, &mut out);
            for action in out {
                // A refusal is journaled by the day, which is what the panel reads back.
                let _refused_or_done = day.apply(action);
            }
        },
        day,
    );
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness
}

#[test]
fn a_booking_the_book_refuses_is_said_in_the_form_which_stays_open_and_one_it_takes_closes_it() {
    use clinic_day::sim::action::BookRequest;
    let day = reference_day();
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En);
    let row = a_free_row_after_the_first(&view);
    let (column, at) = (view.columns[0].clone(), view.rows[row]);
    let label = format!("free: {} {} {}", column.title, column.date, at);
    let kind = match &column.cells[row] {
        clinic_day::ui::view::book::Cell::Free { types, .. } => types[0].clone(),
        _ => unreachable!("a free row"),
    };
    let (first, second) = (view.patients[0].id.clone(), view.patients[1].id.clone());
    let mut harness = live_book(day);
    set_focus(&harness.ctx, |f| f.patient = Some(first.clone()));
    harness.run();
    harness.get_by_label(&label).click();
    harness.run();
    // While the form is open, the row is taken (by a booking for someone else).
    let taken = BookRequest {
        patient: clinic_day::scenario::PatientId::from(second.clone()),
        physician: column.physician.clone(),
        kind: kind.clone(),
        date: column.date,
        at,
        minutes: None,
        answers: None,
        approved_by: None,
    };
    harness.state_mut().apply(Action::Book(taken)).expect("the row was free");
    harness.get_by_label("Book").click();
    harness.run();
    harness.run();
    harness.get_by_label_contains("Not done:").hover();
    assert!(harness.query_all_by_label("Book").next().is_some(), "the form stays open to choose another time");
    // A time the book takes for that type, booked: the form closes and says what the book took.
    let today = harness.state().today();
    let (_, other, _) = harness
        .state()
        .book
        .openings(&column.physician, &kind, today, today, None, |_| true)
        .next()
        .expect("another opening today");
    // Far down the afternoon: reached from the keyboard, as a learner without a mouse would.
    open_row_by_keyboard(&mut harness, other);
    harness.get_by_label("Book").click();
    harness.run();
    harness.run();
    harness.get_by_label_contains("✔ Booked").hover();
    assert!(harness.query_all_by_label("Book").next().is_none(), "booked: the form is closed");
}

#[test]
fn next_free_slot_brings_an_afternoon_slot_into_view() {
    use clinic_day::ui::view::book::FreeSearch;
    let day = reference_day();
    let afternoons = day
        .scenario
        .patients
        .iter()
        .find(|p| p.available.contains(&clinic_day::scenario::Availability::AfternoonsOnly))
        .expect("a patient who comes afternoons only");
    let search = FreeSearch {
        kind: Some(day.scenario.appointment_types[0].id.clone()),
        physician: None,
        patient: Some(afternoons.id.clone()),
    };
    let view = BookView::of(&day, &BookPage::Today, clinic_day::i18n::Lang::En).with_next_free(
        &day,
        &search,
        clinic_day::i18n::Lang::En,
    );
    let Some(Ok(slot)) = view.next_free.clone() else { panic!("no afternoon slot: {:?}", view.next_free) };
    assert!(slot.at.minutes() >= 12 * 60, "{slot:?}");
    let shift = day;
    // A short window: the afternoon is well below the sheet's first screen.
    let mut harness = Harness::new_ui_state(
        move |ui, out: &mut Vec<Action>| {
            let view =
                BookView::of(&shift, &clinic_day::ui::panel::book::book_page(ui.ctx()), clinic_day::i18n::Lang::En)
                    .with_next_free(&shift, &search, clinic_day::i18n::Lang::En);
            book_ui(ui, &view, out)
        },
        Vec::new(),
    );
    harness.set_size(egui::vec2(1200.0, 560.0));
    harness.run();
    harness.get_by_label("Open it to book").click();
    harness.run();
    let row = harness
        .query_all_by_label_contains(&format!(" {} {}", slot.date, slot.at))
        .find(|n| n.value().is_none())
        .map(|n| n.rect())
        .expect("the slot's row on the sheet");
    assert!(row.min.y >= 0.0 && row.max.y <= 560.0, "the {} row is in view: {row:?}", slot.at);
}

#[test]
fn the_books_column_titles_stay_in_view_while_its_rows_scroll_at_small_and_large_windows() {
    use clinic_day::ui::panel::book::SHEET_LABEL;
    let day = reference_day();
    let physician = column_physician(&day);
    let title = day.scenario.staff.physicians[0].name.clone();
    // The panels take 62 % of the window's width (at least 520) and its height below the top bar:
    // a 1024×700 window and a 1920×1080 one.
    for (size, page) in [
        (egui::vec2(635.0, 660.0), BookPage::Today),
        (egui::vec2(1190.0, 1040.0), BookPage::Today),
        (egui::vec2(635.0, 660.0), BookPage::Week { physician: physician.clone(), week_of: day.today() }),
        (egui::vec2(1190.0, 1040.0), BookPage::Week { physician: physician.clone(), week_of: day.today() }),
    ] {
        let view = BookView::of(&day, &page, clinic_day::i18n::Lang::En);
        let header = match &page {
            BookPage::Week { .. } => view.columns[0].title.clone(),
            _ => title.clone(),
        };
        let first_visit = view
            .columns
            .iter()
            .flat_map(|c| &c.cells)
            .find_map(|cell| match cell {
                clinic_day::ui::view::book::Cell::Starts(visits) => visits.first().cloned(),
                _ => None,
            })
            .expect("a visit on the page");
        let block = format!("{} · {}", first_visit.patient.label, first_visit.kind);
        let mut harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| book_ui(ui, &view, out), Vec::new());
        harness.set_size(size);
        harness.run();
        let header_before = harness.get_by_label(&header).rect();
        let visit_before = harness.get_all_by_label_contains(&block).next().expect("the visit").rect();
        for _ in 0..3 {
            harness.get_by_label(SHEET_LABEL).scroll_down();
            harness.run();
        }
        let header_after = harness.get_by_label(&header).rect();
        let visit_after = harness.get_all_by_label_contains(&block).next().expect("the visit").rect();
        assert!(visit_after.min.y < visit_before.min.y - 100.0, "{size:?} {page:?}: the rows scrolled");
        assert_eq!(header_after, header_before, "{size:?} {page:?}: the column title stayed put");
        assert!(header_after.min.y >= 0.0 && header_after.max.y <= size.y, "{size:?}: in view");
        // Wide enough, the form, the search and the waitlist sit beside the sheet (right of every
        // column); a week in the small window has them above and below, the waitlist folded.
        let week_in_small = size.x < 700.0 && matches!(page, BookPage::Week { .. });
        let waitlist = harness.get_by_label_contains("Waitlist: 5 waiting").rect();
        let beside = waitlist.min.x > header_after.max.x && waitlist.min.y < size.y / 2.0;
        assert_eq!(beside, !week_in_small, "{size:?} {page:?}: the waitlist at {waitlist:?}");
    }
}

#[test]
fn the_coachs_card_waits_for_the_tab_or_the_call_before_got_it() {
    use clinic_day::ui::coach::{CoachCard, Lesson};
    use clinic_day::ui::panel::coach::{CoachChoice, coach_card_ui};
    let card = |lesson: Lesson, can_close: bool| {
        let card = CoachCard { lesson, given: 2, can_close, judged: None };
        let mut harness = Harness::new_ui_state(
            move |ui, chosen: &mut Option<CoachChoice>| {
                if let Some(choice) = coach_card_ui(ui.ctx(), &card, 440.0) {
                    *chosen = Some(choice);
                }
            },
            None,
        );
        harness.run();
        harness
    };
    // A card about a tab not yet open says which tab, and has no "Got it" yet.
    let harness = card(Lesson::Document, false);
    harness.get_by_label_contains("Open the Inbox tab (F5) to go on.").hover();
    assert!(harness.query_by_label("Got it").is_none());
    // The ringing phone's card goes on when the call is answered, never by "Got it".
    let harness = card(Lesson::Ringing, false);
    harness.get_by_label_contains("Answer the call to go on.").hover();
    assert!(harness.query_by_label("Got it").is_none());
    // With its tab open: "Got it" closes it; "No more coaching" stops the cards.
    let mut harness = card(Lesson::OnTheLine, true);
    harness.get_by_label_contains("rule C1").hover();
    harness.get_by_label("Got it").click();
    harness.run();
    assert_eq!(*harness.state(), Some(CoachChoice::GotIt));
    let mut harness = card(Lesson::Book, true);
    harness.get_by_label("No more coaching").click();
    harness.run();
    assert_eq!(*harness.state(), Some(CoachChoice::Stop));
}

#[test]
fn a_returned_message_is_shown_as_the_message_and_the_caller_says_hello_not_the_message_again() {
    use clinic_day::scenario::PhoneKind;
    use clinic_day::sim::action::Purpose;
    use clinic_day::ui::view::phone::Said;
    // The reference day's overnight message from Grace Oduya (who always picks up), called back.
    let mut day = reference_day();
    let voicemail = clinic_day::scenario::EventId::from("vm-oduya-results");
    let message = day.calls.get(&voicemail).map(|c| c.call.says.join(" ")).expect("its words");
    let patient = clinic_day::scenario::PatientId::from("grace-oduya");
    let number = day.scenario.patient(&patient).and_then(|p| p.phones.first()).map_or(PhoneKind::Home, |p| p.kind);
    day.apply(Action::PlaceCall { patient, number, purpose: Purpose::ReturnVoicemail { voicemail } })
        .expect("the call is placed");
    let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let call = view.active.expect("she picked up and the message's call is on the line");
    assert_eq!(call.transcript.first(), Some(&Said::Message(message.clone())), "{:#?}", call.transcript);
    assert!(
        !call.transcript.iter().any(|said| matches!(said, Said::Caller(text) if text.contains(&message))),
        "she does not say her message again: {:#?}",
        call.transcript
    );
    assert!(matches!(call.transcript.get(1), Some(Said::Caller(text)) if text.contains("calling me back")));
}

/// The judged step explains the learner's own first judgment (the verdict, the rule, what they did and
/// what the rule asks), not judging in general.
#[test]
fn the_coachs_judged_card_explains_the_first_judgment_of_the_day() {
    use clinic_day::ui::coach::{Coach, CoachCard, FirstJudgment, Lesson};
    use clinic_day::ui::panel::Tab;
    use clinic_day::ui::panel::coach::coach_card_ui;
    let s = scenario("tutorial.ron");
    let seed = s.randomness.seed;
    let mut day = Shift::new(s, seed);
    run_until(&mut day, |d| ringing(d).is_some());
    let call = ringing(&day).expect("ringing");
    day.apply(Action::Answer { call: call.clone() }).expect("answered");
    day.apply(Action::AskIdentifiers { call: call.clone() }).expect("asked");
    day.apply(Action::EndCall { call }).expect("ended");
    let first = FirstJudgment::of(&day, clinic_day::i18n::Lang::En).expect("a decision judged");
    let card = CoachCard::new(&Coach::default(), Lesson::Judged, &day, Tab::Phone, clinic_day::i18n::Lang::En);
    assert_eq!(card.judged.as_ref(), Some(&first));
    let harness = Harness::new_ui(move |ui| {
        coach_card_ui(ui.ctx(), &card, 440.0);
    });
    harness.get_by_label(&first.rule).hover();
    harness.get_by_label(&format!("You: {}", first.did)).hover();
    harness.get_by_label(if first.kept { "Kept" } else { "Broken" }).hover();
    harness.get_by_label_contains("The rule asks:").hover();
}

#[test]
fn every_control_the_coach_points_at_is_on_its_panel_when_its_card_opens() {
    use clinic_day::ui::coach::Lesson;
    // The tutorial, played to each lesson's moment: the control the card rings must be there, under
    // that label, on the panel of the card's tab (a renamed button would leave the coach pointing at
    // nothing).
    let s = scenario("tutorial.ron");
    let seed = s.randomness.seed;
    let mut day = Shift::new(s, seed);
    let control = |lesson: Lesson| lesson.control().expect("a control");
    run_until(&mut day, |d| !d.inbox.is_empty() || ringing(d).is_some() || d.waiting().next().is_some());
    let mut seen = Vec::new();
    while seen.len() < 4 {
        if let Some(call) = ringing(&day).filter(|_| !seen.contains(&Lesson::Ringing)) {
            let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
            emitted(view, phone_ui, |h| h.get_by_label_contains(control(Lesson::Ringing)).hover());
            day.apply(Action::Answer { call }).expect("answered");
            let view = PhoneView::of(&day, clinic_day::i18n::Lang::En);
            emitted(view, phone_ui, |h| h.get_by_label_contains(control(Lesson::OnTheLine)).hover());
            seen.extend([Lesson::Ringing, Lesson::OnTheLine]);
            let on_the_line = day.active_call.clone().expect("on the line");
            day.apply(Action::EndCall { call: on_the_line }).expect("ended");
        }
        if !day.inbox.is_empty() && !seen.contains(&Lesson::Document) {
            emitted(InboxView::of(&day, clinic_day::i18n::Lang::En), inbox_ui, |h| {
                h.get_all_by_label(control(Lesson::Document)).next().expect("File to chart").hover();
            });
            seen.push(Lesson::Document);
        }
        if day.waiting().next().is_some() && !seen.contains(&Lesson::Counter) {
            emitted(DeskView::of(&day, clinic_day::i18n::Lang::En), desk_ui, |h| {
                h.get_all_by_label_contains(control(Lesson::Counter)).next().expect("Verify health card").hover();
            });
            seen.push(Lesson::Counter);
        }
        if seen.len() < 4 {
            let wake = day.next_wake().expect("the tutorial brings all four before it ends");
            day.advance_to(wake);
        }
    }
}

/// The F1 list fits a 1024-wide projector: every line of it inside the window, the long entries
/// wrapped (they ran off both sides when the list took the README's words).
#[test]
fn the_keyboard_list_fits_a_small_screen() {
    let mut harness = Harness::new_ui(|ui| {
        let mut open = true;
        clinic_day::ui::screens::shift::help_ui(ui.ctx(), &mut open);
    });
    harness.set_size(egui::vec2(1024.0, 700.0));
    harness.run();
    let line = harness.get_by_label_contains("Tab then goes through its buttons");
    let rect = line.rect();
    assert!(rect.left() >= 0.0 && rect.right() <= 1024.0, "{rect:?}");
    for command in &clinic_day::ui::commands::ALL {
        harness.get_by_label(command.keys_text);
    }
}

/// Someone at the counter (format 2 `Visitor`) is on the Front desk tab, attended to there with the
/// phone's controls in the words of the counter; the phone's lines do not list them.
#[test]
fn someone_at_the_counter_is_attended_to_from_the_desk() {
    let scenario = common::fixture_day("visitors-day");
    let mut day = clinic_day::shift::Shift::new(scenario, 312);
    day.advance_to("09:10".parse().expect("a time"));
    let officer = clinic_day::scenario::EventId::from("visit-police-doucette");
    let view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    assert!(view.counter.iter().any(|line| line.call == officer), "{:?}", view.counter);
    assert!(PhoneView::of(&day, clinic_day::i18n::Lang::En).lines.iter().all(|line| line.call != officer));
    let out = emitted(view, desk_ui, |h| h.get_by_label("Attend to them").click());
    assert_eq!(out, vec![Action::Answer { call: officer.clone() }]);
    day.apply(Action::Answer { call: officer.clone() }).expect("attended to");
    let view = DeskView::of(&day, clinic_day::i18n::Lang::En);
    assert!(view.conversation.as_ref().is_some_and(|c| c.in_person && c.call == officer));
    assert!(PhoneView::of(&day, clinic_day::i18n::Lang::En).at_the_counter.is_some());
    let out = emitted(view.clone(), desk_ui, |h| h.get_by_label("Ask them to wait").click());
    assert_eq!(out, vec![Action::Hold { call: officer.clone() }]);
    let out = emitted(view, desk_ui, |h| h.get_by_label("Done: they leave the counter").click());
    assert_eq!(out, vec![Action::EndCall { call: officer }]);
}

/// The Front desk tab's count includes someone at the counter who is not a patient.
#[test]
fn the_desk_tab_counts_people_at_the_counter() {
    let mut day = clinic_day::shift::Shift::new(common::fixture_day("visitors-day"), 312);
    day.advance_to("09:10".parse().expect("a time"));
    let view = TopBarView::of(&day, None);
    assert_eq!(view.at_counter, 1);
    assert_eq!(view.badge(Tab::Desk), view.waiting + 1);
}

#[test]
fn a_printout_goes_to_the_shredder_from_its_card_and_then_says_where_it_went() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/paper-day.ron");
    let loaded = clinic_day::scenario::load_file(&path).unwrap_or_else(|r| panic!("{}", r.render(false)));
    let mut day = Shift::new(Arc::new(loaded.scenario), 1119);
    run_until(&mut day, |d| d.inbox.iter().any(|i| i.is_printout()));
    let printout = day.inbox.iter().find(|i| i.is_printout()).expect("a printout").id.clone();
    let view = InboxView::of(&day, clinic_day::i18n::Lang::En);
    let row = view.items.iter().find(|i| i.id == printout).expect("its card");
    assert!(row.printout && row.disposed.is_none());
    let out = emitted(view.clone(), inbox_ui, |h| h.get_all_by_label("Shred").next().expect("a Shred button").click());
    assert!(
        matches!(out.as_slice(), [Action::Dispose { document, how: Disposal::Shred }] if *document == printout),
        "{out:?}"
    );
    day.apply(out[0].clone()).expect("shredded");
    let view = InboxView::of(&day, clinic_day::i18n::Lang::En);
    let harness = Harness::new_ui_state(move |ui, out: &mut Vec<Action>| inbox_ui(ui, &view, out), Vec::new());
    assert!(harness.query_by_label_contains("the paper went into the shredder").is_some());
    // The paper is gone: its card no longer offers to file it.
    let disabled = harness.get_all_by_label("File to chart").filter(|b| b.accesskit_node().is_disabled()).count();
    assert_eq!(disabled, 1, "the shredded printout's File to chart is greyed, the lab's is not");
}

/// "Next free slot" for the same-day type itself finds today's rows held for same-day needs (the
/// GMF's "Rendez-vous le jour même" found none while its reserved rows stood empty), and never a
/// held row on another day (S3).
#[test]
fn next_free_slot_for_the_same_day_type_finds_todays_held_rows() {
    use clinic_day::ui::view::book::FreeSearch;
    let scenario = scenario("quebec-gmf.ron");
    let day = Shift::new(scenario.clone(), scenario.randomness.seed);
    let day = day.day();
    let urgent = scenario
        .appointment_types
        .iter()
        .find(|t| t.kind == clinic_day::scenario::VisitKind::Urgent)
        .expect("the GMF has a same-day type");
    let search = FreeSearch { kind: Some(urgent.id.clone()), ..FreeSearch::default() };
    let view = BookView::of(day, &BookPage::Today, clinic_day::i18n::Lang::Fr).with_next_free(
        day,
        &search,
        clinic_day::i18n::Lang::Fr,
    );
    let Some(Ok(slot)) = view.next_free.clone() else { panic!("no same-day slot found: {:?}", view.next_free) };
    assert_eq!(slot.date, day.today(), "{slot:?}");
    // A routine type's search still passes the held rows over.
    let routine = scenario.appointment_types.iter().find(|t| t.kind != clinic_day::scenario::VisitKind::Urgent);
    let search = FreeSearch { kind: routine.map(|t| t.id.clone()), ..FreeSearch::default() };
    let view = BookView::of(day, &BookPage::Today, clinic_day::i18n::Lang::Fr).with_next_free(
        day,
        &search,
        clinic_day::i18n::Lang::Fr,
    );
    if let Some(Ok(slot)) = view.next_free {
        let held = day.book.openings(&slot.physician, &slot.kind, slot.date, slot.date, None, |b| b.same_day);
        assert!(held.filter(|(_, at, _)| *at == slot.at).count() == 0, "a routine search offered a held row: {slot:?}");
    }
}

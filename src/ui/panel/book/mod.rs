//! The appointment book: a day with a column per physician (or one physician's week) on five-minute
//! rows, visits as blocks outlined in their type's colour with status badges (the sheet, in
//! `sheet.rs`); click a free row to book, click a visit to check in, cancel or move it (then click
//! its new row), or drag it onto its new row. Beside the sheet when there is room (above and below it
//! when not): the controls for what was clicked, "next free slot", the legend and the waitlist.
//! Refusals come back from the simulation with their reason.

mod sheet;
mod waitlist;

use bevy_egui::egui::{self, Color32, RichText};

pub use sheet::SHEET_LABEL;

use super::{focus, form, keep_form, pick_combo, set_focus};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, EventId, PatientId, StaffId};
use crate::sim::action::{Action, BookRequest, Flag};
use crate::ui::say::{say, say_with};
use crate::ui::view::book::{BookPage, BookView, FreeSearch};
use crate::ui::view::{Pick, type_length};

#[derive(Clone, Debug, Default)]
struct BookForm {
    /// The row under the sheet's keyboard cursor: (column, row).
    cursor: Option<(usize, usize)>,
    /// Digits typed on the sheet so far, and when the last came: they name a time to go to.
    typed: String,
    typed_at: f64,
    /// The page the sheet last opened at the time now: it does so once per page.
    scrolled_for: Option<BookPage>,
    /// Why the row clicked cannot be booked, said where the learner is looking.
    said: Option<String>,
    /// What "Next free slot" looks for.
    search: FreeSearch,
    /// A row to bring into view once it is on the sheet (the slot "Next free slot" opened).
    reveal: Option<(StaffId, Date, TimeOfDay)>,
    /// A booking, offer or move was sent when the journal held this many entries: the book's answer
    /// comes at that index or later.
    pending: Option<usize>,
    /// The book's answer to what was sent (refused, and in what words), shown where the form is.
    answer: Option<(bool, String)>,
    /// A free row the learner clicked: (physician, date, time).
    slot: Option<(StaffId, Date, TimeOfDay)>,
    kind: Option<String>,
    approved_by: Option<String>,
    /// A visit the learner clicked: its physician, how the desk names it, its date and time.
    /// The visit clicked: its id, physician, name, date, time and patient.
    visit: Option<(AppointmentId, StaffId, String, Date, TimeOfDay, PatientId)>,
    /// A visit being moved: the next free row clicked is its new time.
    moving: Option<(AppointmentId, String)>,
    /// A row was just chosen: the form above the sheet takes the keyboard focus.
    focus_form: bool,
    reason: String,
}

/// Puts the book in "moving" mode for a visit chosen elsewhere (a cancellation email asking to
/// rebook): the next free row clicked is its new time.
pub fn start_moving(ctx: &egui::Context, appointment: AppointmentId, name: &str) {
    let id = egui::Id::new(BOOK_FORM);
    let mut f: BookForm = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    f.moving = Some((appointment, name.to_string()));
    f.visit = None;
    f.slot = None;
    ctx.data_mut(|d| d.insert_temp(id, f));
}

const BOOK_FORM: &str = "book-form";

fn page_id() -> egui::Id {
    egui::Id::new("book-page")
}

/// The page of the book the learner has open, for building the next frame's view.
pub fn book_page(ctx: &egui::Context) -> BookPage {
    ctx.data(|d| d.get_temp::<BookPage>(page_id())).unwrap_or_default()
}

pub fn set_book_page(ctx: &egui::Context, page: BookPage) {
    ctx.data_mut(|d| d.insert_temp(page_id(), page));
}

fn colour([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// What "Next free slot" looks for, for building the next frame's view.
pub fn book_search(ctx: &egui::Context) -> FreeSearch {
    ctx.data(|d| d.get_temp::<BookForm>(egui::Id::new(BOOK_FORM))).map(|f| f.search).unwrap_or_default()
}

/// The height kept above the sheet, when the panel is too narrow to have them beside it, for the
/// controls of what was clicked (the booking form, the actions on a visit, a move in progress).
const ACTION_STRIP: f32 = 112.0;
/// The width of the column beside the sheet, when there is room for one.
const SIDE: f32 = 330.0;
/// The widest it grows on a wide window.
const SIDE_WIDEST: f32 = 520.0;

pub fn book_ui(ui: &mut egui::Ui, view: &BookView, out: &mut Vec<Action>) {
    let id = egui::Id::new(BOOK_FORM);
    let mut f: BookForm = form(ui, id);
    let mut shared = focus(ui.ctx());
    let sent_before = out.len();
    if let Some(sent) = f.pending
        && let Some(answer) = view.answer.as_ref().filter(|a| a.index >= sent)
    {
        f.pending = None;
        if !answer.refused && f.slot.is_some() {
            // Booked: the next form starts empty, not with this patient waiting in it.
            f.slot = None;
            shared.patient = None;
            shared.answers = None;
            shared.kind = None;
        }
        f.answer = Some((answer.refused, answer.text.clone()));
    }
    // A move lasts until the book has it: a refused one (a taken row, after hours) stays in progress.
    if f.moving.as_ref().is_some_and(|(moving, _)| view.settled.contains(moving)) {
        f.moving = None;
    }
    for notice in &view.notices {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("⚠ {}.", notice.text)).color(ui.visuals().warn_fg_color).strong());
            if view.page != notice.page && super::button(ui, say(ui, "book-ui-open-that-week")).clicked() {
                set_book_page(ui.ctx(), notice.page.clone());
            }
        });
    }
    pages_ui(ui, view);
    let search_before = f.search.clone();
    let beside = ui.available_width() >= sheet::least_width(view.columns.len()) + SIDE + 12.0;
    if beside {
        // The sheet takes the height of the panel; what was clicked, the search and the waitlist
        // take a column of their own, so nothing above the sheet moves it under the pointer.
        let rect = ui.available_rect_before_wrap();
        // Room the sheet cannot use (its columns at their widest) goes to the side column, so a
        // wide window has no empty band between them.
        let spare = rect.width() - sheet::most_width(view.columns.len()) - 12.0;
        let side_width = spare.clamp(SIDE, SIDE_WIDEST);
        let side = egui::Rect::from_min_max(egui::pos2(rect.right() - side_width, rect.top()), rect.max);
        let sheet = egui::Rect::from_min_max(rect.min, egui::pos2(side.left() - 12.0, rect.bottom()));
        ui.scope_builder(egui::UiBuilder::new().max_rect(side), |ui| {
            egui::ScrollArea::vertical().id_salt("book-side").auto_shrink([false, false]).show(ui, |ui| {
                chosen_ui(ui, view, &mut f, &mut shared, out);
                ui.separator();
                next_free_ui(ui, view, &mut f, &shared);
                // The colours behind a button: seven lines of legend on every frame were text a
                // software GPU sets up for nothing once the colours are known.
                ui.menu_button(say(ui, "book-ui-colours-of-types"), |ui| legend_ui(ui, view));
                ui.separator();
                waitlist::waitlist_ui(ui, view, out, &mut shared, f32::INFINITY, true);
            });
        });
        ui.scope_builder(egui::UiBuilder::new().max_rect(sheet), |ui| {
            sheet::sheet_ui(ui, view, &mut f, shared.kind.clone(), out);
        });
        ui.advance_cursor_after_rect(rect);
    } else {
        ui.horizontal_wrapped(|ui| {
            next_free_ui(ui, view, &mut f, &shared);
            ui.menu_button(say(ui, "book-ui-colours"), |ui| legend_ui(ui, view));
        });
        // What was clicked gets its controls in a strip of one height above the sheet, whatever
        // they are: the sheet never moves under the pointer between one click and the next.
        let strip = egui::vec2(ui.available_width(), ACTION_STRIP);
        ui.allocate_ui_with_layout(strip, egui::Layout::top_down(egui::Align::Min), |ui| {
            ui.set_min_size(strip);
            chosen_ui(ui, view, &mut f, &mut shared, out);
        });
        ui.separator();
        // The waitlist folds away under the sheet: rebooking a week needs the height.
        let waiting = view.waitlist.iter().filter(|row| !row.booked).count();
        let folded_height = 34.0;
        let open = egui::CollapsingHeader::new(say_with(ui, "waitlist-ui-waiting", &[("waiting", waiting.into())]))
            .id_salt("book-waitlist-fold");
        let open_height = if ui.data(|d| d.get_temp::<bool>(egui::Id::new("book-waitlist-open"))).unwrap_or(false) {
            160.0
        } else {
            folded_height
        };
        let height = (ui.available_height() - open_height).max(160.0);
        ui.allocate_ui_with_layout(
            egui::vec2(ui.available_width(), height),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_height(height);
                sheet::sheet_ui(ui, view, &mut f, shared.kind.clone(), out);
            },
        );
        let shown = open.show(ui, |ui| waitlist::waitlist_ui(ui, view, out, &mut shared, 120.0, false));
        let is_open = shown.body_returned.is_some();
        ui.data_mut(|d| d.insert_temp(egui::Id::new("book-waitlist-open"), is_open));
    }
    let sent = out.get(sent_before..).unwrap_or_default();
    if sent.iter().any(|a| matches!(a, Action::Book(_) | Action::OfferSlot { .. } | Action::Reschedule { .. })) {
        // The form stays open until the book answers: a refusal is said here, in the form.
        f.pending = Some(view.journal_len);
        f.answer = None;
    }
    f.search.patient = shared.patient.clone().map(PatientId::from);
    if f.search != search_before {
        // The view is built from the search before the frame is drawn: the next frame shows what
        // it found.
        ui.ctx().request_repaint();
    }
    set_focus(ui.ctx(), |focus| {
        focus.patient = shared.patient.clone();
        focus.answers = shared.answers.clone();
        focus.kind = shared.kind.clone();
    });
    keep_form(ui, id, f);
}

/// The arrows, today, a date picker, one physician's week (or back to everyone's day), and the page's
/// name.
fn pages_ui(ui: &mut egui::Ui, view: &BookView) {
    ui.horizontal_wrapped(|ui| {
        // The arrows stay put whatever the title's length: the title comes after them.
        let (earlier, later) = match view.page {
            BookPage::Week { .. } => (say(ui, "book-ui-week-before"), say(ui, "book-ui-week-after")),
            _ => (say(ui, "book-ui-open-day-before"), say(ui, "book-ui-next-open-day")),
        };
        let (first, last) = (say(ui, "book-ui-book-starts-today"), say(ui, "book-ui-book-ends-here"));
        page_arrow(ui, "◀", view.previous.as_ref(), &earlier, &first);
        page_arrow(ui, "▶", view.next.as_ref(), &later, &last);
        if super::button(ui, say(ui, "book-ui-today-button")).on_hover_text(say(ui, "book-ui-today-hover")).clicked() {
            set_book_page(ui.ctx(), BookPage::Today);
        }
        let shown = view.columns.first().map_or(view.today, |c| c.date);
        let go_to = format!("📅 {}", say(ui, "book-ui-go-to-date"));
        if let Some(date) = super::calendar::date_picker_ui(ui, &go_to, view.today, shown, &view.open_dates) {
            set_book_page(
                ui.ctx(),
                match &view.page {
                    BookPage::Week { physician, .. } => BookPage::Week { physician: physician.clone(), week_of: date },
                    _ => BookPage::Day(date),
                },
            );
        }
        match &view.page {
            BookPage::Week { .. } => {
                if super::button(ui, say(ui, "book-ui-every-physician-that-day")).clicked() {
                    set_book_page(ui.ctx(), BookPage::Day(shown.max(view.today)));
                }
            }
            // One physician: their week is one click, not a menu of one.
            _ if view.physicians.len() == 1 => {
                let only = &view.physicians[0];
                if super::button(ui, say_with(ui, "book-ui-physician-week", &[("name", only.label.as_str().into())]))
                    .clicked()
                {
                    set_book_page(
                        ui.ctx(),
                        BookPage::Week { physician: StaffId::from(only.id.clone()), week_of: shown },
                    );
                }
            }
            _ => {
                let physicians: Vec<(String, StaffId)> = view
                    .physicians
                    .iter()
                    .map(|p| {
                        let week = say_with(ui, "book-ui-physician-week", &[("name", p.label.as_str().into())]);
                        (week, StaffId::from(p.id.clone()))
                    })
                    .collect();
                let label = say(ui, "book-ui-one-physician-week");
                if let Some(physician) = super::menu_choice(ui, &label, physicians) {
                    set_book_page(ui.ctx(), BookPage::Week { physician, week_of: shown });
                }
            }
        }
        ui.label(RichText::new(&view.title).strong().size(17.0));
    });
}

/// An arrow to the page before or after, naming it on hover; greyed, saying why, at the book's ends.
fn page_arrow(ui: &mut egui::Ui, glyph: &str, to: Option<&(BookPage, String)>, which: &str, none: &str) {
    let arrow = ui.add_enabled(to.is_some(), egui::Button::new(glyph));
    let arrow = match to {
        Some((_, name)) => {
            let hover = say_with(ui, "book-ui-arrow-to", &[("which", which.into()), ("page", name.as_str().into())]);
            arrow.on_hover_text(hover)
        }
        None => arrow.on_disabled_hover_text(none),
    };
    if arrow.clicked()
        && let Some((page, _)) = to
    {
        set_book_page(ui.ctx(), page.clone());
    }
}

/// The colours of the visit types, and the mark of rows held for same-day urgent visits.
fn legend_ui(ui: &mut egui::Ui, view: &BookView) {
    // The swatch in the type's colour, the words in the text's: an author's colour is not always
    // one that reads on the panel.
    let swatch = |ui: &mut egui::Ui, colour: Color32, words: String| {
        ui.horizontal(|ui| {
            ui.label(RichText::new("■").color(colour));
            ui.label(words);
        });
    };
    let lang = crate::ui::say::lang(ui.ctx());
    for t in &view.types {
        swatch(ui, colour(t.colour), type_length(&t.label, t.minutes, lang));
    }
    let same_day = say(ui, "book-ui-legend-same-day");
    swatch(ui, crate::ui::style::SAME_DAY, same_day);
}

/// "Next free slot": a visit type (the one the desk is booking, if it knows it), with anyone or one
/// physician, for the patient in focus; what it found, and a button that opens the booking there.
fn next_free_ui(ui: &mut egui::Ui, view: &BookView, f: &mut BookForm, shared: &super::Focus) {
    ui.label(RichText::new(say(ui, "book-ui-next-free")).strong()).on_hover_text(say(ui, "book-ui-next-free-hover"));
    if f.search.kind.is_none()
        && let Some(kind) = &shared.kind
    {
        f.search.kind = Some(AppointmentTypeId::from(kind.clone()));
    }
    let lang = crate::ui::say::lang(ui.ctx());
    let kinds: Vec<Pick> =
        view.types.iter().map(|t| Pick::new(t.id.as_str(), type_length(&t.label, t.minutes, lang))).collect();
    let mut kind = f.search.kind.as_ref().map(|k| k.to_string());
    let for_a = say(ui, "book-ui-for-a");
    ui.horizontal(|ui| pick_combo(ui, "free-kind", &for_a, &kinds, &mut kind));
    f.search.kind = kind.map(AppointmentTypeId::from);
    let physicians: Vec<Pick> =
        std::iter::once(Pick::new("", say(ui, "book-ui-anyone"))).chain(view.physicians.iter().cloned()).collect();
    let mut physician = Some(f.search.physician.as_ref().map_or_else(String::new, |p| p.to_string()));
    let with = say(ui, "book-ui-with");
    ui.horizontal(|ui| pick_combo(ui, "free-physician", &with, &physicians, &mut physician));
    f.search.physician = physician.filter(|p| !p.is_empty()).map(StaffId::from);
    let patient = shared.patient.as_ref().and_then(|id| view.patients.iter().find(|p| &p.id == id));
    match &view.next_free {
        Some(Ok(slot)) => {
            let found = match patient {
                Some(p) => say_with(
                    ui,
                    "book-ui-free-slot-when",
                    &[("slot", slot.words.as_str().into()), ("name", p.label.as_str().into())],
                ),
                None => slot.words.clone(),
            };
            ui.label(found);
            if super::button(ui, say(ui, "book-ui-open-to-book")).clicked() {
                set_book_page(ui.ctx(), BookPage::Day(slot.date));
                f.slot = Some((slot.physician.clone(), slot.date, slot.at));
                f.reveal = f.slot.clone();
                f.kind = Some(slot.kind.to_string());
                f.focus_form = true;
                f.visit = None;
                f.said = None;
            }
        }
        Some(Err(none)) => {
            ui.label(RichText::new(none).color(ui.visuals().warn_fg_color));
        }
        None => {
            ui.label(RichText::new(say(ui, "book-ui-choose-type-to-search")).weak());
        }
    }
}

/// The controls for what was clicked: the booking form for a free row, the actions on a visit, a
/// move in progress; or, with nothing clicked, what to do (and who is on the line).
fn chosen_ui(ui: &mut egui::Ui, view: &BookView, f: &mut BookForm, shared: &mut super::Focus, out: &mut Vec<Action>) {
    if let Some(said) = &f.said {
        ui.horizontal_wrapped(|ui| {
            let words = say_with(ui, "book-ui-not-bookable", &[("why", said.as_str().into())]);
            ui.label(RichText::new(words).color(ui.visuals().warn_fg_color).strong());
        });
    }
    match &f.answer {
        Some((true, text)) => {
            let words = say_with(ui, "book-ui-not-done", &[("why", text.as_str().into())]);
            ui.label(RichText::new(words).color(ui.visuals().warn_fg_color).strong());
        }
        Some((false, text)) => {
            ui.label(RichText::new(format!("✔ {text}")).strong());
        }
        None if f.pending.is_some() => {
            ui.label(RichText::new(say(ui, "book-ui-sent")).weak());
        }
        None => {}
    }
    if f.moving.is_none() && f.slot.is_none() && f.visit.is_none() {
        ui.add_space(4.0);
        let on_the_line = view
            .on_call_with
            .as_ref()
            .and_then(|id| view.patients.iter().find(|p| &p.id == id))
            .map(|p| p.label.clone());
        match on_the_line {
            // A waitlist offer or a call back in progress: the next step is the book's.
            Some(name) => {
                if let Some(said) = &view.on_call_said {
                    let words = say_with(
                        ui,
                        "book-ui-on-call-said",
                        &[("name", name.as_str().into()), ("said", said.as_str().into())],
                    );
                    ui.label(RichText::new(words).strong());
                }
                match &view.on_call_booked {
                    Some(when) => {
                        let args = [
                            ("name", name.as_str().into()),
                            ("when", when.as_str().into()),
                            ("keys", crate::ui::commands::END_CALL.keys_text.into()),
                        ];
                        let words = say_with(ui, "book-ui-on-call-booked", &args);
                        ui.label(RichText::new(words).color(crate::ui::style::palette(ui).good).strong())
                    }
                    None => {
                        let words = say_with(ui, "book-ui-on-call-offer", &[("name", name.as_str().into())]);
                        ui.label(RichText::new(words).color(ui.visuals().warn_fg_color).strong())
                    }
                }
            }
            None => ui.label(RichText::new(say(ui, "book-ui-how-to")).weak()),
        };
    }
    if let Some((_, moving)) = f.moving.clone() {
        ui.horizontal_wrapped(|ui| {
            let words = say_with(ui, "book-ui-moving", &[("visit", moving.as_str().into())]);
            ui.label(RichText::new(words).color(ui.visuals().warn_fg_color));
            if super::button(ui, say(ui, "book-ui-stop-moving")).clicked() {
                f.moving = None;
            }
        });
    }
    if let Some((physician, date, at)) = f.slot.clone() {
        booking_form_ui(ui, view, f, shared, out, (physician, date, at));
    }
    if let Some((visit, physician, name, date, at, patient)) = f.visit.clone() {
        visit_actions_ui(ui, view, f, shared, out, (visit, physician, name, date, at, patient));
    }
}

/// Booking a free row: the patient, the visit type and who approved an add-on, each labelled.
fn booking_form_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    f: &mut BookForm,
    shared: &mut super::Focus,
    out: &mut Vec<Action>,
    (physician, date, at): (StaffId, Date, TimeOfDay),
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let with = view.physicians.iter().find(|p| p.id == physician.as_str()).map_or("", |p| p.label.as_str());
        let args = [
            ("date", date.long_words_in(view.today, crate::ui::say::lang(ui.ctx())).into()),
            ("at", at.to_string().into()),
            ("physician", with.into()),
        ];
        ui.label(RichText::new(say_with(ui, "book-ui-book-slot", &args)).strong());
        let focus_form = std::mem::take(&mut f.focus_form);
        // One choice to a row, so the form fits the column beside the sheet and nothing moves when
        // a long name is chosen.
        let patient_label = say(ui, "book-ui-patient");
        let patient =
            ui.horizontal(|ui| pick_combo(ui, "book-patient", &patient_label, &view.patients, &mut shared.patient));
        let lang = crate::ui::say::lang(ui.ctx());
        let kinds: Vec<Pick> =
            view.types.iter().map(|t| Pick::new(t.id.as_str(), type_length(&t.label, t.minutes, lang))).collect();
        let kind_label = say(ui, "book-ui-visit-type");
        let kind = ui.horizontal(|ui| pick_combo(ui, "book-kind", &kind_label, &kinds, &mut f.kind));
        // From the keyboard, the form comes next after the row: focus its first open choice, or the
        // type when the patient is already known.
        if focus_form {
            if shared.patient.is_none() { patient.inner.request_focus() } else { kind.inner.request_focus() }
        }
        ui.horizontal(|ui| {
            // Most bookings are not add-ons: "nobody" is a choice, so a slip can be taken back.
            let approvers: Vec<Pick> = std::iter::once(Pick::new("", say(ui, "book-ui-not-an-add-on")))
                .chain(view.physicians.iter().cloned())
                .collect();
            let mut approver = f.approved_by.clone().or(Some(String::new()));
            let approved_by = say(ui, "book-ui-add-on-approved-by");
            pick_combo(ui, "book-approved", &approved_by, &approvers, &mut approver);
            f.approved_by = approver.filter(|id| !id.is_empty());
        });
        if let Some(answers) = shared.answers.clone() {
            ui.horizontal_wrapped(|ui| {
                ui.label(say_with(ui, "book-ui-answers", &[("request", answers.label.as_str().into())]));
                if super::small_button(ui, say(ui, "book-ui-not-for-that"))
                    .on_hover_text(say(ui, "book-ui-not-for-that-hover"))
                    .clicked()
                {
                    shared.answers = None;
                }
            });
        }
        ui.horizontal(|ui| {
            let offering = shared.patient.is_some() && view.on_call_with == shared.patient;
            let ready = shared.patient.is_some() && f.kind.is_some();
            let label = if offering { say(ui, "book-ui-offer-slot") } else { say(ui, "book-ui-book") };
            let book = ui.add_enabled(ready, egui::Button::new(label));
            super::follow_focus(&book);
            let book = book.on_disabled_hover_text(say(ui, "book-ui-choose-patient-and-type"));
            if book.clicked()
                && let (Some(patient), Some(kind)) = (&shared.patient, &f.kind)
            {
                let request = BookRequest {
                    patient: PatientId::from(patient.clone()),
                    physician: physician.clone(),
                    kind: AppointmentTypeId::from(kind.clone()),
                    date,
                    at,
                    minutes: None,
                    answers: shared.answers.as_ref().map(|a| EventId::from(a.id.clone())),
                    approved_by: f.approved_by.clone().map(StaffId::from),
                };
                out.push(if offering {
                    Action::OfferSlot { patient: PatientId::from(patient.clone()), request }
                } else {
                    Action::Book(request)
                });
            }
            if super::button(ui, say(ui, "book-ui-close")).clicked() {
                f.slot = None;
            }
        });
    });
}

/// The actions on a visit clicked: check in, move, double-book, cancel with a reason, note a no-show.
fn visit_actions_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    f: &mut BookForm,
    shared: &mut super::Focus,
    out: &mut Vec<Action>,
    (visit, physician, name, date, at, patient): (AppointmentId, StaffId, String, Date, TimeOfDay, PatientId),
) {
    // Checking in and flagging a no-show are for today's visits only.
    let today = date == view.today;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(say_with(ui, "book-ui-appointment", &[("visit", name.as_str().into())])).strong());
        // What the tooltip says, here too: the keyboard never hovers.
        let about = view.columns.iter().flat_map(|c| &c.cells).find_map(|cell| match cell {
            crate::ui::view::book::Cell::Starts(visits) => visits.iter().find(|v| v.id == visit),
            _ => None,
        });
        if let Some(about) = about.filter(|v| !v.about.is_empty()) {
            ui.label(RichText::new(about.about.join(" · ")).weak());
        }
        ui.horizontal_wrapped(|ui| {
            if today && super::button(ui, say(ui, "book-ui-check-in")).clicked() {
                out.push(Action::CheckIn { appointment: visit.clone() });
            }
            if super::button(ui, say(ui, "book-ui-move")).clicked() {
                f.moving = Some((visit.clone(), name.clone()));
                f.visit = None;
            }
            if ui.button(say(ui, "book-ui-double-book")).on_hover_text(say(ui, "book-ui-double-book-hover")).clicked() {
                f.slot = Some((physician.clone(), date, at));
                f.focus_form = true;
                f.visit = None;
                // Another visit is someone else's: nobody is picked for it yet.
                shared.patient = None;
                shared.answers = None;
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(say(ui, "book-ui-reason"));
            let hint = say(ui, "book-ui-reason-hint");
            super::text_line(ui, &mut f.reason, &hint, 170.0);
            if super::button(ui, say(ui, "book-ui-cancel-it")).clicked() {
                out.push(Action::Cancel { appointment: visit.clone(), reason: f.reason.clone() });
                f.visit = None;
            }
        });
        ui.horizontal_wrapped(|ui| {
            // A no-show is documented in the chart and flagged to the physician (S8): one step here,
            // so neither half is forgotten.
            if today && super::button(ui, say(ui, "book-ui-no-show")).clicked() {
                let why = f.reason.trim();
                let text = if why.is_empty() {
                    say_with(ui, "book-ui-no-show-note", &[("at", at.to_string().into())])
                } else {
                    say_with(ui, "book-ui-no-show-note-why", &[("at", at.to_string().into()), ("why", why.into())])
                };
                out.push(Action::Note { patient: patient.clone(), text });
                out.push(Action::FlagToPhysician {
                    about: Flag::NoShow(visit.clone()),
                    physician: physician.clone(),
                    urgent: false,
                    note: f.reason.clone(),
                });
            }
            if super::button(ui, say(ui, "book-ui-close")).clicked() {
                f.visit = None;
            }
        });
    });
}

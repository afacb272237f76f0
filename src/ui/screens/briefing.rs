//! The briefing before a shift (and an exam's sign-in), and the start of the shift it leads to.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::root;
use crate::i18n::{Lang, text};
use crate::shift::Shift;
use crate::shift::plugin::start_day;
use crate::ui::session::{Session, Settings};
use crate::ui::state::{Finished, Screen};

/// The widest the briefing's text runs, in points.
const READABLE_WIDTH: f32 = 900.0;

pub(super) fn briefing_ui(
    mut contexts: EguiContexts,
    mut session: ResMut<Session>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = session.lang(&settings);
    crate::ui::say::set_lang(ctx, lang);
    let say = |id: &str| text(lang, id, &[]);
    let scenario = session.scenario.clone();
    let s = &*scenario;
    let mut start = ctx.input(|i| i.key_pressed(egui::Key::Enter));
    let mut back = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    // An exam starts only once the learner has said who they are.
    let id_problem = session
        .exam
        .as_ref()
        .and_then(|_| crate::ui::session::valid_learner_id(&session.learner).err())
        .map(|why| why.in_lang(lang).into_owned());
    let id_problem = id_problem.as_deref();
    let mut root = root(ctx);
    egui::Panel::bottom("briefing-buttons").show(&mut root, |ui| {
        super::centred(ui, READABLE_WIDTH, |ui| {
            ui.horizontal(|ui| {
                back |= ui.button(say("briefing-back")).on_hover_text(say("keys-menu-keys")).clicked();
                let label = say(if session.exam.is_some() { "briefing-start-exam" } else { "briefing-start-shift" });
                start |= ui
                    .add_enabled(id_problem.is_none(), egui::Button::new(egui::RichText::new(label).size(18.0)))
                    .on_hover_text(say("exam-ui-key-enter"))
                    .clicked();
            })
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        // Lines of a readable length (about a hundred characters), in the middle of a wide window.
        egui::ScrollArea::vertical().show(ui, |ui| {
            super::centred(ui, READABLE_WIDTH, |ui| {
                if let Some(exam) = session.exam.clone() {
                    exam_ui(ui, &exam, &mut session.learner, id_problem, lang);
                }
                ui.heading(&s.title);
                if let Some(note) = session.language_note() {
                    ui.label(egui::RichText::new(note).italics().color(ui.visuals().warn_fg_color));
                }
                // The date as a person writes it, with the year: the day is not necessarily this year's.
                let (year, _, _) = s.clinic.date.ymd();
                let args = [
                    ("clinic", s.clinic.name.as_str().into()),
                    ("date", format!("{} {year}", s.clinic.date.long_words_in(s.clinic.date, lang)).into()),
                    ("open", s.clinic.hours.open.to_string().into()),
                    ("close", s.clinic.hours.close.to_string().into()),
                ];
                ui.label(text(lang, "briefing-clinic-line", &args));
                ui.add_space(8.0);
                ui.label(s.briefing.trim());
                ui.add_space(8.0);
                ui.label(egui::RichText::new(say("briefing-objectives")).strong());
                for objective in &s.objectives {
                    ui.label(format!("• {objective}"));
                }
                ui.add_space(8.0);
                let team = say(if s.staff.nurses.is_empty() { "briefing-physicians" } else { "briefing-team" });
                ui.label(egui::RichText::new(team).strong());
                for p in &s.staff.physicians {
                    let covered = p
                        .covered_by
                        .as_ref()
                        .map(|c| text(lang, "briefing-covered-by", &[("name", s.staff_name(c).into())]))
                        .unwrap_or_default();
                    let covers = match crate::ui::view::covers_words(s, p, s.clinic.date, lang) {
                        Some(c) => {
                            let id = if p.locum { "briefing-locum-covering" } else { "briefing-covering" };
                            text(lang, id, &[("days", c.into())])
                        }
                        // A locum who covers only when an absence is announced works here on no day yet.
                        None if p.locum => text(lang, "briefing-locum-not-yet", &[]),
                        None => String::new(),
                    };
                    ui.label(format!("• {}, {}{covered}{covers}", p.name, p.specialty));
                }
                for n in &s.staff.nurses {
                    // A name written with its credential ("Grace Li, RN") says it already.
                    let role = if n.name.contains(',') { String::new() } else { text(lang, "briefing-nurse", &[]) };
                    ui.label(format!("• {}{role}", n.name));
                }
                ui.add_space(8.0);
                ui.label(egui::RichText::new(say("briefing-policies")).strong());
                for line in crate::ui::view::policy_lines(s, lang) {
                    ui.label(format!("• {line}"));
                }
                ui.add_space(8.0);
                ui.label(egui::RichText::new(say("briefing-book")).strong());
                let today: Vec<_> = s.book.iter().filter(|b| b.date.resolve(s.clinic.date) == s.clinic.date).collect();
                let counts = [("booked", today.len().into()), ("waiting", s.waitlist.len().into())];
                ui.label(text(lang, "briefing-book-counts", &counts));
            })
        });
    });
    if start && id_problem.is_none() {
        session.learner = session.learner.trim().to_owned();
        next.set(Screen::Shift);
    } else if back {
        next.set(Screen::Title);
    }
    Ok(())
}

/// The exam's rules, and the learner's id, asked before the shift can start, in `lang` (the
/// language the exam is sat in).
fn exam_ui(
    ui: &mut egui::Ui,
    exam: &crate::practicum::exam::Exam,
    learner: &mut String,
    problem: Option<&str>,
    lang: Lang,
) {
    let say = |id: &str| text(lang, id, &[]);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let title = text(lang, "exam-ui-title", &[("title", exam.sheet.title.as_str().into())]);
        ui.label(egui::RichText::new(title).size(22.0).strong());
        ui.label(say("exam-ui-no-feedback"));
        ui.label(exam.sheet.pause.describe().in_lang(lang).into_owned());
        ui.label(exam.sheet.attempts.describe().in_lang(lang).into_owned());
        if exam.sheet.seed.is_none() {
            ui.label(say("exam-ui-seed-drawn"));
        }
        ui.label(say(if exam.sheet.show_debrief { "exam-ui-debrief-shown" } else { "exam-ui-debrief-hidden" }));
        let results = text(lang, "exam-ui-results-go-to", &[("folder", exam.results_dir.display().to_string().into())]);
        ui.label(egui::RichText::new(results).weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(say("exam-ui-learner-id")).strong());
            let hint = say("exam-ui-learner-id-hint");
            let field = ui.add(egui::TextEdit::singleline(learner).desired_width(200.0).hint_text(hint));
            if learner.is_empty() && ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
        });
        if let Some(problem) = problem {
            ui.label(egui::RichText::new(problem).color(crate::ui::style::palette(ui).warning));
        }
    });
    ui.add_space(8.0);
}

/// A new shift starts with empty forms, the first tab and every list scrolled to the top: what the
/// last one left in egui's memory (a half-filled form, a chart, ticked boxes) is not carried over.
pub(super) fn forget_last_shift(mut contexts: EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.data_mut(|data| data.clear());
    }
}

pub(super) fn begin_shift(world: &mut World) {
    world.remove_resource::<Finished>();
    // A shift put back after a crash goes on where it was, with its own journal.
    if let Some(mut resumed) = world.remove_resource::<crate::ui::keeping::Resumed>()
        && let Some(day) = resumed.day.take()
    {
        crate::shift::plugin::resume_day(world, day);
        if let Some(record) = resumed.record.take() {
            world.insert_resource(crate::shift::plugin::WriteAhead::new(record));
        }
        return;
    }
    let Some(mut session) = world.get_resource::<Session>().cloned() else { return };
    // A whole new day, even after a moment taken again.
    if session.rewound_to.take().is_some() {
        session.first_try = None;
        world.insert_resource(session.clone());
    }
    let speed = world.get_resource::<Settings>().map(|s| s.speed).unwrap_or(crate::sim::action::Speed::Normal);
    let mut day = Shift::new(session.scenario.clone(), session.seed);
    day.start_at_speed(speed);
    start_day(world, day);
    crate::ui::keeping::start_record(world);
}

//! The debrief screen after a shift: the scorecard, the moments to take again, the report to save.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::root;
use crate::i18n::{Lang, text};
use crate::rules::Scorecard;
use crate::ui::panel::debrief::{DebriefChoice, debrief_ui};
use crate::ui::say::say;
use crate::ui::session::Session;
use crate::ui::state::{Finished, Screen};

pub(super) fn debrief_screen_ui(
    mut contexts: EguiContexts,
    mut commands: Commands,
    finished: Option<ResMut<Finished>>,
    session: Option<Res<Session>>,
    settings: Res<crate::ui::session::Settings>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = crate::ui::session::Session::shown_in(session.as_deref(), &settings);
    crate::ui::say::set_lang(ctx, lang);
    let Some(mut finished) = finished else {
        next.set(Screen::Title);
        return Ok(());
    };
    let first_try = session.as_ref().and_then(|s| s.first_try.clone());
    let exam = session.and_then(|s| s.exam.clone().map(|exam| (exam, s.learner.clone())));
    let mut choices = Vec::new();
    egui::CentralPanel::default().show(&mut root(ctx), |ui| {
        match &exam {
            // The instructor keeps the scores for later: the learner hears only that the work is safe.
            Some((exam, learner)) if !exam.sheet.show_debrief => {
                exam_over_ui(ui, &exam.sheet.title, learner, finished.results.as_deref(), &mut choices);
            }
            _ => {
                for note in finished.results.iter().chain(&finished.saved_to) {
                    ui.label(egui::RichText::new(note).weak());
                }
                let mut view = finished.view.clone().with_first_try(first_try);
                // One attempt per exam: no retry from its debrief, and no moment taken again.
                view.retry = exam.is_none();
                view.rewind = exam.is_none();
                debrief_ui(ui, &view, &mut choices);
            }
        }
    });
    for choice in choices {
        match choice {
            DebriefChoice::Retry => next.set(Screen::Briefing),
            DebriefChoice::OnlyWhatWentWrong(only) => finished.view.only_what_went_wrong = only,
            DebriefChoice::Rewind(to) => {
                commands.queue(move |world: &mut World| match crate::ui::keeping::rewind(world, to) {
                    Ok(()) => world.resource_mut::<NextState<Screen>>().set(Screen::Shift),
                    Err(error) => {
                        if let Some(mut finished) = world.get_resource_mut::<Finished>() {
                            let error = error.in_lang(lang).into_owned();
                            let said = text(lang, "debrief-cannot-rewind", &[("error", error.as_str().into())]);
                            finished.saved_to = Some(said);
                        }
                    }
                });
            }
            DebriefChoice::Title => next.set(Screen::Title),
            DebriefChoice::SaveReport => {
                finished.saved_to = Some(match save_report(&finished.scorecard, lang) {
                    Ok(path) => text(lang, "debrief-report-saved", &[("path", path.as_str().into())]),
                    Err(error) => text(lang, "debrief-report-not-saved", &[("error", error.as_str().into())]),
                });
            }
        }
    }
    Ok(())
}

/// The end of an exam whose sheet keeps the debrief from the learner.
fn exam_over_ui(ui: &mut egui::Ui, title: &str, learner: &str, results: Option<&str>, out: &mut Vec<DebriefChoice>) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(egui::RichText::new(say(ui, "debrief-exam-over")).size(28.0).strong());
        ui.add_space(12.0);
        ui.label(egui::RichText::new(format!("{title}, {learner}")).size(18.0));
        ui.add_space(8.0);
        let results = results.map_or_else(|| say(ui, "debrief-exam-results-saving"), str::to_owned);
        ui.label(results);
        ui.label(say(ui, "debrief-exam-instructor"));
        ui.add_space(24.0);
        if ui.button(say(ui, "debrief-back-to-title")).clicked() {
            out.push(DebriefChoice::Title);
        }
    });
}

/// Saves the scorecard in the data directory's `reports/`: a text report to read and the JSON a
/// grader's tools take, named by scenario, seed and time so a retry never overwrites the last one.
/// Returns the text report's path; an error says what went wrong and where, in `lang`.
fn save_report(scorecard: &Scorecard, lang: Lang) -> Result<String, String> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let dir = crate::storage::data_dir().join("reports");
    let stem = format!("{}-seed{}-{stamp}", scorecard.scenario, scorecard.seed);
    let json = serde_json::to_string_pretty(scorecard).map_err(|e| e.to_string())? + "\n";
    let text_path = dir.join(format!("{stem}.txt"));
    let json_path = dir.join(format!("{stem}.json"));
    crate::storage::write_atomic(&text_path, scorecard.render().as_bytes())
        .and_then(|()| crate::storage::write_atomic(&json_path, json.as_bytes()))
        .map_err(|e| {
            let (error, folder) = (e.to_string(), dir.display().to_string());
            text(
                lang,
                "debrief-save-failed-in",
                &[("error", error.as_str().into()), ("folder", folder.as_str().into())],
            )
        })?;
    Ok(text_path.display().to_string())
}

//! The title screen: the days to play (the tutorial first), a file or an exam sheet to open, the
//! learner's past shifts, shifts to resume, and the settings.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::root;
use crate::i18n::{Lang, text};
use crate::scenario::BUILTIN;
use crate::ui::panel::progress::progress_ui;
use crate::ui::session::{GameOptions, Session, Settings, Source};
use crate::ui::state::Screen;
use crate::ui::view::progress::ProgressView;

/// What went wrong opening a file, shown on the title screen.
#[derive(Resource, Default)]
pub(super) struct TitleState {
    pub(super) path: String,
    pub(super) error: Option<String>,
    /// Each shipped day's index in `BUILTIN`, and its title and clinic, read once, in the order
    /// offered (the tutorial first).
    pub(super) days: Vec<(usize, String)>,
    /// The language `days` was written in.
    pub(super) days_in: Lang,
    /// The learner's past practice shifts, read from the disk each time the title opens.
    pub(super) progress: Option<crate::practicum::progress::Progress>,
    /// Shifts cut short (a crash, a power cut), read from the disk each time the title opens.
    pub(super) interrupted: Option<Vec<crate::ui::keeping::Interrupted>>,
}

/// Loads an exam sheet and its scenario; errors come back as the validator prints them, in `lang`.
pub fn open_exam(path: &std::path::Path, lang: Lang) -> Result<Session, String> {
    crate::practicum::exam::load_exam(path).map(Session::exam).map_err(|report| report.render_in(false, lang))
}

/// Loads a scenario file (or an exam sheet) for play; errors come back as the validator prints them,
/// in `lang`.
pub fn open_file(path: &std::path::Path, seed: Option<u64>, lang: Lang) -> Result<Session, String> {
    let bytes = crate::scenario::read_file(path).map_err(|report| report.render_in(false, lang))?;
    if std::str::from_utf8(&bytes).is_ok_and(crate::practicum::exam::is_exam_sheet) {
        return open_exam(path, lang);
    }
    match crate::scenario::load_bytes_in(&path.display().to_string(), &bytes, lang) {
        Ok(loaded) if !loaded.report.has_errors() => {
            let seed = seed.unwrap_or(loaded.scenario.randomness.seed);
            // The hash of the very bytes loaded, so the results file names what was played.
            let sha256 = crate::practicum::stamp::sha256_hex(&bytes);
            let session = Session::practice(Arc::new(loaded.scenario), Source::File(path.to_path_buf()), seed, sha256);
            Ok(session.read_in(lang, loaded.fell_back))
        }
        Ok(loaded) => Err(loaded.report.render_in(false, lang)),
        Err(report) => Err(report.render_in(false, lang)),
    }
}

fn open_builtin(index: usize, seed: Option<u64>, lang: Lang) -> Result<Session, String> {
    let builtin = BUILTIN.get(index).ok_or_else(|| text(lang, "exam-ui-no-such-day", &[]))?;
    let loaded = builtin.load_in(lang).map_err(|r| r.render_in(false, lang))?;
    let seed = seed.unwrap_or(loaded.scenario.randomness.seed);
    let sha256 = crate::practicum::stamp::sha256_hex(builtin.text.as_bytes());
    let session = Session::practice(Arc::new(loaded.scenario), Source::Builtin(builtin.file), seed, sha256);
    Ok(session.read_in(lang, loaded.fell_back))
}

/// The widest the title screen's two columns grow (points): about the laid-out window's width.
const TITLE_WIDTH: f32 = 1240.0;

pub(super) fn title_ui(
    mut contexts: EguiContexts,
    mut commands: Commands,
    mut title: ResMut<TitleState>,
    mut settings: ResMut<Settings>,
    options: Res<GameOptions>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    crate::ui::say::set_lang(ctx, lang);
    let say = |id: &str| text(lang, id, &[]);
    let mut chosen: Option<Result<Session, String>> = None;
    egui::CentralPanel::default().show(&mut root(ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.label(egui::RichText::new("Clinic Day").size(44.0).strong());
            ui.label(egui::RichText::new(say("title-subtitle")).size(18.0).weak());
            ui.add_space(24.0);
        });
        let interrupted = title.interrupted.get_or_insert_with(crate::ui::keeping::interrupted).clone();
        let mut forget = false;
        for shift in &interrupted {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new(say("title-unfinished")).strong().size(16.0));
                ui.label(shift.summary.in_lang(lang).into_owned());
                ui.horizontal(|ui| {
                    if ui.button(say("title-resume")).clicked() {
                        let shift = shift.clone();
                        commands.queue(move |world: &mut World| match crate::ui::keeping::resume(world, &shift) {
                            Ok(()) => world.resource_mut::<NextState<Screen>>().set(Screen::Shift),
                            Err(error) => {
                                let mut title = world.resource_mut::<TitleState>();
                                let error = error.in_lang(lang).into_owned();
                                title.error = Some(text(lang, "title-cannot-resume", &[("error", error.into())]));
                            }
                        });
                    }
                    if ui.button(say("title-set-aside")).on_hover_text(say("title-set-aside-hint")).clicked() {
                        if let Err(e) = crate::ui::keeping::set_aside(shift) {
                            title.error =
                                Some(text(lang, "title-cannot-set-aside", &[("error", e.to_string().into())]));
                        }
                        forget = true;
                    }
                });
            });
        }
        if forget {
            title.interrupted = None;
        }
        // The two columns keep together in the middle of a wide window.
        super::centred(ui, TITLE_WIDTH, |ui| {
            ui.columns(2, |cols| {
                let ui = &mut cols[0];
                ui.heading(say("title-choose-day"));
                if title.days.is_empty() || title.days_in != lang {
                    title.days_in = lang;
                    title.days = crate::scenario::title_order()
                        .into_iter()
                        .map(|(index, builtin)| {
                            let named = match builtin.load_in(lang) {
                                Ok(loaded) => format!("{}\n{}", loaded.scenario.title, loaded.scenario.clinic.name),
                                Err(_) => builtin.file.to_string(),
                            };
                            let label = if builtin.starts_here {
                                text(lang, "title-start-here", &[("day", named.into())])
                            } else {
                                named
                            };
                            (index, label)
                        })
                        .collect();
                }
                for (place, (index, label)) in title.days.clone().into_iter().enumerate() {
                    let button =
                        egui::Button::new(egui::RichText::new(label).size(16.0)).min_size(egui::vec2(380.0, 54.0));
                    let shortcut = format!("{}", place + 1);
                    if ui.add(button).on_hover_text(text(lang, "title-key", &[("key", shortcut.into())])).clicked()
                        || ui.input(|inp| digit_key(place).is_some_and(|key| inp.key_pressed(key)))
                    {
                        chosen = Some(open_builtin(index, options.seed, lang));
                    }
                }
                ui.add_space(12.0);
                ui.label(say("title-open-file"));
                ui.horizontal(|ui| {
                    let edit = ui.add(
                        egui::TextEdit::singleline(&mut title.path)
                            .hint_text("scenarios/my-day.ron")
                            .desired_width(300.0),
                    );
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if (ui.button(say("title-open")).clicked() || enter) && !title.path.trim().is_empty() {
                        chosen = Some(open_file(std::path::Path::new(title.path.trim()), options.seed, lang));
                    }
                });
                if let Some(error) = &title.error {
                    egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                        ui.label(egui::RichText::new(error).monospace().color(ui.visuals().error_fg_color));
                    });
                }
                let ui = &mut cols[1];
                ui.heading(say("title-settings"));
                ui.horizontal(|ui| {
                    ui.label(say("title-language"));
                    for choice in Lang::ALL {
                        ui.selectable_value(&mut settings.lang, choice, choice.name());
                    }
                });
                crate::ui::scale::scale_ui(ui, &mut settings.ui_scale);
                ui.checkbox(&mut settings.light_theme, say("settings-light"));
                ui.checkbox(&mut settings.colour_blind, say("settings-colour-blind"));
                ui.checkbox(&mut settings.practice, say("settings-practice"));
                ui.checkbox(&mut settings.coach_every_day, say("settings-coach"));
                ui.horizontal(|ui| {
                    ui.label(say("settings-speed"));
                    use crate::sim::action::Speed;
                    ui.selectable_value(&mut settings.speed, Speed::Normal, "1×");
                    ui.selectable_value(&mut settings.speed, Speed::Fast, "2×");
                    ui.selectable_value(&mut settings.speed, Speed::Faster, "4×");
                });
                if cfg!(feature = "audio") {
                    ui.checkbox(&mut settings.sound, say("settings-sound"));
                } else {
                    ui.add_enabled(false, egui::Checkbox::new(&mut false, say("settings-no-audio")));
                }
                ui.add_space(12.0);
                ui.label(egui::RichText::new(say("title-help-keys")).weak());
                ui.add_space(12.0);
                let progress = title.progress.get_or_insert_with(|| {
                    crate::practicum::progress::Progress::of_folder(&crate::storage::data_dir().join("results"))
                });
                progress_ui(ui, &ProgressView::of(progress, crate::practicum::results::now_secs(), lang));
            })
        });
    });
    match chosen {
        Some(Ok(session)) => {
            title.error = None;
            commands.insert_resource(session);
            next.set(Screen::Briefing);
        }
        Some(Err(error)) => title.error = Some(error),
        None => {}
    }
    Ok(())
}

/// The key that opens the day in place `i` of the list: 1 to 9, and none past the ninth.
fn digit_key(i: usize) -> Option<egui::Key> {
    use egui::Key::{Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9};
    [Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9].get(i).copied()
}

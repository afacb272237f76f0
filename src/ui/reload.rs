//! Live reload for instructors (`clinic-day play FILE --watch`): when the scenario file changes on
//! disk, the day restarts from the new file; a broken edit keeps the last good day running and shows
//! the validator's diagnostics in the game until the file is fixed.

use std::path::PathBuf;
use std::time::SystemTime;

use bevy::prelude::*;
use bevy::time::common_conditions::on_timer;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::screens::title::open_file;
use super::session::{GameOptions, Session, Settings, Source};
use super::state::Screen;
use crate::i18n::text;
use crate::shift::Shift;
use crate::shift::plugin::start_day;

#[derive(Resource)]
struct Watched {
    path: PathBuf,
    modified: Option<SystemTime>,
    /// The diagnostics of the last broken edit, shown until a good one arrives.
    error: Option<String>,
    /// When the last good reload happened, for a short notice.
    reloaded: Option<f64>,
}

pub(super) fn plugin(app: &mut App) {
    let options = app.world().resource::<GameOptions>().clone();
    let Some(path) = options.scenario.filter(|_| options.watch) else { return };
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
    app.insert_resource(Watched { path, modified, error: None, reloaded: None })
        .add_systems(Update, check_file.run_if(on_timer(std::time::Duration::from_millis(500))))
        .add_systems(EguiPrimaryContextPass, notice_ui);
}

fn check_file(world: &mut World) {
    let Some(mut watched) = world.remove_resource::<Watched>() else { return };
    let modified = std::fs::metadata(&watched.path).and_then(|m| m.modified()).ok();
    if modified != watched.modified && modified.is_some() {
        watched.modified = modified;
        let seed = world.get_resource::<Session>().map(|s| s.seed);
        let lang = world.resource::<Settings>().lang;
        match open_file(&watched.path, seed, lang) {
            Ok(session) => {
                watched.error = None;
                watched.reloaded = Some(world.resource::<Time>().elapsed_secs_f64());
                let screen = *world.resource::<State<Screen>>().get();
                if matches!(session.source, Source::File(_)) && screen == Screen::Shift {
                    let speed = world.resource::<Settings>().speed;
                    let mut day = Shift::new(session.scenario.clone(), session.seed);
                    day.start_at_speed(speed);
                    world.insert_resource(session);
                    start_day(world, day);
                    // The edited day is another scenario text: a new shift, with a journal of its own.
                    super::keeping::start_record(world);
                } else {
                    world.insert_resource(session);
                }
            }
            Err(error) => watched.error = Some(error),
        }
    }
    world.insert_resource(watched);
}

fn notice_ui(mut contexts: EguiContexts, watched: Res<Watched>, settings: Res<Settings>, time: Res<Time>) -> Result {
    let ctx = contexts.ctx_mut()?;
    // The language the file's diagnostics were put in (`check_file`).
    let lang = settings.lang;
    if let Some(error) = &watched.error {
        egui::Window::new(text(lang, "reload-errors-title", &[]))
            .id(egui::Id::new("reload-errors"))
            .anchor(egui::Align2::CENTER_BOTTOM, [0.0, -12.0])
            .default_width(900.0)
            .collapsible(true)
            .show(ctx, |ui| {
                ui.label(text(lang, "reload-still-playing", &[]));
                egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                    ui.label(egui::RichText::new(error).monospace().color(egui::Color32::from_rgb(240, 120, 100)));
                });
            });
    } else if watched.reloaded.is_some_and(|at| time.elapsed_secs_f64() - at < 4.0) {
        egui::Area::new("reloaded".into()).anchor(egui::Align2::CENTER_BOTTOM, [0.0, -16.0]).show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(text(lang, "reload-reloaded", &[("path", watched.path.display().to_string().into())]));
            });
        });
    }
    Ok(())
}

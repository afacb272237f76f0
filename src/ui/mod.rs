//! The game: Bevy + egui on top of the headless simulation. Screens are Bevy `States`; the desk is a
//! Bevy 2D scene; panels are egui functions over views (`view/`, `panel/`). The GUI only reads the
//! day and sends `Action`s (DESIGN principle 7).

pub mod desk;
pub mod panel;
mod reload;
pub mod screen;
pub mod session;
pub mod shift;
mod smoke;
pub mod view;

use bevy::prelude::*;
use bevy::window::{PresentMode, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;

use crate::sim::plugin::SimSystemsPlugin;

pub use session::{GameOptions, Session};

/// Everything the game adds to a Bevy app.
pub struct UiPlugin {
    pub options: GameOptions,
}

impl Plugin for UiPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.options.clone())
            .insert_resource(ClearColor(Color::srgb(0.11, 0.12, 0.14)))
            // Reactive when nothing moves: a paused shift or the title screen does not spin a core.
            .insert_resource(WinitSettings::desktop_app())
            .add_plugins(EguiPlugin::default())
            .add_plugins(SimSystemsPlugin)
            .add_plugins((screen::plugin, shift::plugin, desk::plugin, smoke::plugin, reload::plugin));
    }
}

/// Opens the game window and plays until it is closed.
pub fn run_game(options: GameOptions) -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Clinic Day".into(),
            resolution: WindowResolution::new(1280, 800),
            present_mode: PresentMode::AutoVsync,
            ..default()
        }),
        ..default()
    }))
    .add_plugins(UiPlugin { options });
    app.run()
}

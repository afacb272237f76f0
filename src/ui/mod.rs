//! The game: Bevy + egui on top of the headless simulation. Screens are Bevy `States`; the desk is a
//! Bevy 2D scene; panels are egui functions over views (`view/`, `panel/`). The GUI only reads the
//! day and sends `Action`s (DESIGN principle 7).

pub mod bench;
pub mod coach;
pub mod commands;
pub mod desk;
mod keeping;
pub mod panel;
mod reload;
mod render;
pub mod say;
pub mod scale;
pub mod screens;
pub mod session;
mod smoke;
pub mod sound;
pub mod state;
pub mod style;
pub mod view;
mod window_fit;

use bevy::prelude::*;
use bevy::window::{PresentMode, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;

use crate::shift::plugin::SimSystemsPlugin;

pub use session::{GameOptions, Session};

/// Everything the game adds to a Bevy app.
pub struct UiPlugin {
    pub options: GameOptions,
}

impl Plugin for UiPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.options.clone())
            // egui's dark panel colour: the shift's panels draw no background of their own over it,
            // which saves filling most of the window twice a frame (costly on a software GPU).
            .insert_resource(ClearColor(Color::srgb_u8(27, 27, 27)))
            // Reactive when nothing moves: a paused shift or the title screen does not spin a core.
            .insert_resource(WinitSettings::desktop_app())
            .add_plugins(EguiPlugin::default())
            .add_plugins(render::plugin)
            .add_systems(
                PreUpdate,
                quiet_unchanged_modifiers
                    .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
                    .before(bevy_egui::EguiPreUpdateSet::BeginPass),
            )
            .add_plugins(SimSystemsPlugin)
            .add_plugins((
                screens::plugin,
                screens::shift::plugin,
                desk::plugin,
                smoke::plugin,
                reload::plugin,
                keeping::plugin,
                sound::plugin,
                bench::plugin,
                window_fit::plugin,
            ));
    }
}

/// Opens the game window and plays until it is closed.
pub fn run_game(options: GameOptions) -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Clinic Day".into(),
            resolution: bench::window_size().map_or_else(
                || WindowResolution::new(window_fit::WANTED.x, window_fit::WANTED.y),
                |size| WindowResolution::new(size.x, size.y),
            ),
            present_mode: PresentMode::AutoVsync,
            ..default()
        }),
        ..default()
    }))
    .add_plugins(UiPlugin { options });
    app.run()
}

/// bevy_egui 0.42 tells egui the keyboard modifiers every frame, and egui answers any input event
/// with "repaint now": together they keep an idle window drawing forever. Passing the modifiers on
/// only when they change lets the reactive update mode idle.
fn quiet_unchanged_modifiers(
    mut inputs: Query<&mut bevy_egui::EguiInput>,
    mut last: Local<Option<bevy_egui::egui::Modifiers>>,
) {
    use bevy_egui::egui::Event;
    for mut input in &mut inputs {
        let previous = *last;
        input.0.events.retain(|event| match event {
            Event::ModifiersChanged(modifiers) => {
                let changed = previous != Some(*modifiers);
                *last = Some(*modifiers);
                changed
            }
            _ => true,
        });
    }
}

//! The screens: Title → Briefing → Shift → Debrief, as a Bevy state (`ui::state`), one file each;
//! what every screen shares (the camera, the settings and the look, opening a file from the command
//! line, the full-window `Ui`) is here.

pub mod briefing;
pub mod debrief;
pub mod shift;
pub mod title;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::shift::plugin::end_session;
use crate::ui::session::{GameOptions, Settings};
use crate::ui::state::Screen;
use briefing::{begin_shift, briefing_ui, forget_last_shift};
use debrief::debrief_screen_ui;
use title::{TitleState, open_exam, open_file, title_ui};

pub(crate) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .insert_resource(Settings::load(&Settings::path()))
        .init_resource::<TitleState>()
        .add_systems(Startup, (spawn_camera, open_from_command_line))
        .add_systems(EguiPrimaryContextPass, title_ui.run_if(in_state(Screen::Title)))
        .add_systems(EguiPrimaryContextPass, briefing_ui.run_if(in_state(Screen::Briefing)))
        .add_systems(EguiPrimaryContextPass, debrief_screen_ui.run_if(in_state(Screen::Debrief)))
        .add_systems(OnEnter(Screen::Shift), (forget_last_shift, begin_shift))
        .add_systems(OnExit(Screen::Debrief), |world: &mut World| end_session(world))
        .add_systems(Update, (install_icon_font, apply_look, remember_settings))
        .add_systems(EguiPrimaryContextPass, scale_by_keys)
        // The disk is looked at again for interrupted shifts each time the title opens.
        .add_systems(OnEnter(Screen::Title), |mut title: ResMut<TitleState>| {
            title.interrupted = None;
            title.progress = None;
        });
}

fn spawn_camera(mut commands: Commands) {
    // Flat shapes need no multisampling, and it is most of the cost of a frame on a software GPU.
    commands.spawn((Camera2d, Msaa::Off));
}

/// Ctrl + / Ctrl − / Ctrl 0 change the interface size on any screen, mid-shift included.
fn scale_by_keys(mut settings: ResMut<Settings>, mut contexts: EguiContexts, mut changed_at: Local<Option<f64>>) {
    let Ok(ctx) = contexts.ctx_mut() else { return };
    let now = ctx.input(|i| i.time);
    if let Some(scale) = crate::ui::scale::scale_keys(ctx, settings.ui_scale) {
        settings.ui_scale = scale;
        *changed_at = Some(now);
    }
    // Said for a moment where the learner is looking: a size changed by a key is not silent.
    match *changed_at {
        Some(at) if now - at < 1.5 => {
            egui::Area::new(egui::Id::new("interface-size-said"))
                .anchor(egui::Align2::CENTER_TOP, [0.0, 48.0])
                .interactable(false)
                .order(egui::Order::Tooltip)
                .show(ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.label(crate::ui::say::say_with(
                            ui,
                            "scale-said",
                            &[("percent", format!("{:.0}", settings.ui_scale * 100.0).into())],
                        ));
                    });
                });
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        Some(_) => *changed_at = None,
        None => {}
    }
}

/// Writes the settings down whenever they change, so the next launch opens the way this one was
/// left.
fn remember_settings(settings: Res<Settings>, mut saved: Local<Option<Settings>>) {
    match saved.as_ref() {
        None => *saved = Some(settings.clone()),
        Some(before) if *before != *settings => {
            if let Err(e) = settings.save(&Settings::path()) {
                warn!("cannot remember the settings: {e}");
            }
            *saved = Some(settings.clone());
        }
        Some(_) => {}
    }
}

/// Applies the interface size, the theme and the colour choice when the learner changes them (only
/// then: setting egui's zoom asks for a repaint, and doing it every frame would keep an idle window
/// drawing).
/// Adds the icon font (Phosphor) to egui's own fonts, once: its glyphs sit in a private range, so
/// text in every other font is untouched.
fn install_icon_font(mut contexts: EguiContexts, mut done: Local<bool>) {
    if *done {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        let mut fonts = egui::FontDefinitions::default();
        egui_phosphor::add_to_fonts(&mut fonts, egui_phosphor::Variant::Regular);
        ctx.set_fonts(fonts);
        *done = true;
    }
}

fn apply_look(
    settings: Res<Settings>,
    mut applied: Local<Option<(f32, bool, bool)>>,
    mut contexts: EguiContexts,
    mut clear: ResMut<ClearColor>,
) {
    let look = (settings.ui_scale, settings.light_theme, settings.colour_blind);
    if *applied == Some(look) {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.set_zoom_factor(settings.ui_scale);
        // The keys are the game's (`scale_by_keys`), so the size is remembered: egui's own
        // keyboard zoom would change it behind the settings' back.
        ctx.options_mut(|options| options.zoom_with_keyboard = false);
        let theme = if settings.light_theme { egui::Theme::Light } else { egui::Theme::Dark };
        ctx.set_theme(theme);
        crate::ui::style::set_colour_blind(ctx, settings.colour_blind);
        // Flat popups, tooltips and windows: a soft shadow is a blurred band of triangles around
        // each one, and on a software GPU a frame's cost follows the area it paints.
        ctx.all_styles_mut(|style| {
            style.visuals.popup_shadow = egui::epaint::Shadow::NONE;
            style.visuals.window_shadow = egui::epaint::Shadow::NONE;
            crate::ui::style::readable(&mut style.visuals);
            crate::ui::style::text_sizes(style);
        });
        // The window's own colour is the panels' (they draw no background of their own over it).
        let panel = ctx.style_of(theme).visuals.panel_fill;
        clear.0 = Color::srgb_u8(panel.r(), panel.g(), panel.b());
        *applied = Some(look);
    }
}

/// `clinic-day play FILE` skips the title screen.
fn open_from_command_line(
    mut commands: Commands,
    options: Res<GameOptions>,
    mut title: ResMut<TitleState>,
    mut settings: ResMut<Settings>,
    mut next: ResMut<NextState<Screen>>,
) {
    if let Some(lang) = options.lang {
        settings.lang = lang;
    }
    let opened = match (&options.exam, &options.scenario) {
        (Some(sheet), _) => Some((sheet, open_exam(sheet, settings.lang))),
        (None, Some(path)) => Some((path, open_file(path, options.seed, settings.lang))),
        (None, None) => None,
    };
    let Some((path, opened)) = opened else { return };
    match opened {
        Ok(session) => {
            commands.insert_resource(session);
            next.set(Screen::Briefing);
        }
        Err(error) => {
            title.path = path.display().to_string();
            title.error = Some(error);
        }
    }
}

/// A full-window `Ui` for panels to live in (egui 0.36 panels show inside a `Ui`).
pub fn root(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    )
}

/// A column at most `width` wide in the middle of what is left of `ui`: on a wide window a screen's
/// words stay together in the middle rather than spread along the left edge.
pub fn centred<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let room = ui.available_width();
    let width = room.min(width);
    ui.horizontal_top(|ui| {
        ui.add_space(((room - width) / 2.0).floor());
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui)
        })
        .inner
    })
    .inner
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;

    fn left_edge_of_a_label_centred_in(window: f32) -> f32 {
        let mut harness = Harness::builder().with_size(egui::vec2(window, 300.0)).build_ui(|ui| {
            centred(ui, 400.0, |ui| ui.label("in the middle"));
        });
        harness.run();
        harness.get_by_label("in the middle").rect().left()
    }

    #[test]
    fn a_centred_column_sits_in_the_middle_of_a_wide_window_and_fills_a_narrow_one() {
        // 1600 wide: 600 on each side of the 400-point column (the harness's own margin aside).
        let wide = left_edge_of_a_label_centred_in(1600.0);
        assert!((590.0..=620.0).contains(&wide), "{wide}");
        let narrow = left_edge_of_a_label_centred_in(380.0);
        assert!(narrow < 20.0, "{narrow}");
    }
}

//! The yardstick for `benches/frame_time.sh`: a bare bevy_egui window with the same engine features,
//! window size, camera settings and update mode as the game, recording frame times the same way.
//!
//!   CLINIC_DAY_FRAME_BENCH=bare.json cargo run --release --example bare_egui

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

#[derive(Resource, Default)]
struct Frames(Vec<f64>);

/// 1280×800 as the game opens, or the size `CLINIC_DAY_FRAME_BENCH_SIZE` asks for ("1920x1080").
fn window_size() -> WindowResolution {
    let size = std::env::var("CLINIC_DAY_FRAME_BENCH_SIZE").ok().and_then(|s| clinic_day::ui::bench::parse_size(&s));
    size.map_or_else(|| WindowResolution::new(1280, 800), |s| WindowResolution::new(s.x, s.y))
}

fn main() -> AppExit {
    App::new()
        .add_plugins(
            DefaultPlugins.set(WindowPlugin {
                primary_window: Some(Window { resolution: window_size(), ..default() }),
                ..default()
            }),
        )
        .insert_resource(WinitSettings::game())
        .add_plugins(EguiPlugin::default())
        .init_resource::<Frames>()
        .add_systems(Startup, |mut commands: Commands| {
            // As the game's camera: no multisampling.
            commands.spawn((Camera2d, Msaa::Off));
        })
        .add_systems(EguiPrimaryContextPass, ui)
        .add_systems(Update, record)
        // bevy_egui already asks for a redraw every frame here (egui is told the keyboard modifiers
        // each frame and answers with a repaint); the game filters that out so it can idle, and asks
        // for the next frame itself while benchmarked. Asking here too keeps the two runs alike.
        .add_systems(Last, |mut redraw: MessageWriter<bevy::window::RequestRedraw>| {
            redraw.write(bevy::window::RequestRedraw);
        })
        .run()
}

fn ui(mut contexts: EguiContexts) -> Result {
    egui::Window::new("Bare").show(contexts.ctx_mut()?, |ui| ui.label("a bare bevy_egui window"));
    Ok(())
}

fn record(mut frames: ResMut<Frames>, time: Res<Time<Real>>, mut exit: MessageWriter<AppExit>) {
    frames.0.push(time.delta_secs_f64() * 1000.0);
    if frames.0.len() < 360 {
        return;
    }
    let mut measured = frames.0[60..].to_vec();
    measured.sort_by(f64::total_cmp);
    let at = |q: f64| measured[((measured.len() - 1) as f64 * q).round() as usize];
    let result = format!(
        r#"{{"what":"bare bevy_egui window","frames":{},"median_ms":{},"p95_ms":{}}}"#,
        measured.len(),
        at(0.5),
        at(0.95)
    );
    let out = std::env::var("CLINIC_DAY_FRAME_BENCH").unwrap_or_else(|_| "bare.json".into());
    if let Err(error) = std::fs::write(&out, result) {
        eprintln!("cannot write {out}: {error}");
    }
    exit.write(AppExit::Success);
}

//! Measuring the game (`benches/frame_time.sh`), driven by environment variables so the release
//! binary is what gets measured:
//!
//! - `CLINIC_DAY_FRAME_BENCH=OUT.json`: opens the day, lets it run with nobody at the desk to the
//!   moment the phone rings with the most people waiting (six or more), opens the appointment book,
//!   freezes the clock there and records frame times; writes their median and 95th percentile (and
//!   how busy the moment was) to OUT.json and exits.
//! - `CLINIC_DAY_STARTUP_BENCH=OUT.json`: exits as soon as the title screen has been drawn, writing
//!   the time since the process started.

use std::path::PathBuf;
use std::time::Instant;

use bevy::prelude::*;

use super::panel::{Tab, set_focus};
use super::screen::Screen;
use super::shift::AlwaysRedraw;
use crate::sim::SimTime;
use crate::sim::day::Day;
use crate::sim::phone::CallState;
use crate::sim::plugin::SimDay;

const WARM_UP: usize = 60;
const MEASURED: usize = 300;

/// When the process started, for the start-up benchmark (set by `main`).
pub static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

#[derive(Resource)]
struct FrameBench {
    out: PathBuf,
    /// The moment to measure at, found by playing the same day ahead of time.
    moment: Option<SimTime>,
    busy: bool,
    waiting: usize,
    ringing: usize,
    frames: Vec<f64>,
}

/// The first moment of the day, with nobody at the desk, when the phone rings and the most people
/// are waiting (six or more ends the search).
fn busiest_moment(day: &Day) -> SimTime {
    let mut ahead = Day::new(day.scenario.clone(), day.seed);
    let mut best = (0, ahead.now);
    while let Some(wake) = ahead.next_wake() {
        ahead.advance_to(wake);
        let ringing = ahead.is_ringing();
        let waiting = ahead.waiting().count();
        if ringing && waiting > best.0 {
            best = (waiting, ahead.now);
            if waiting >= 6 {
                break;
            }
        }
    }
    best.1
}

#[derive(Resource)]
struct StartupBench {
    out: PathBuf,
    frames: u32,
}

pub(super) fn plugin(app: &mut App) {
    if let Some(out) = std::env::var_os("CLINIC_DAY_FRAME_BENCH") {
        app.insert_resource(FrameBench {
            out: out.into(),
            moment: None,
            busy: false,
            waiting: 0,
            ringing: 0,
            frames: Vec::new(),
        })
        .insert_resource(AlwaysRedraw)
        .insert_resource(bevy::winit::WinitSettings::game())
        .add_systems(
            Update,
            (|mut next: ResMut<NextState<Screen>>| next.set(Screen::Shift)).run_if(in_state(Screen::Briefing)),
        )
        .add_systems(Update, frame_bench.run_if(in_state(Screen::Shift)));
    }
    if let Some(out) = std::env::var_os("CLINIC_DAY_STARTUP_BENCH") {
        app.insert_resource(StartupBench { out: out.into(), frames: 0 })
            .add_systems(Last, startup_bench.run_if(in_state(Screen::Title)));
    }
}

fn frame_bench(
    mut bench: ResMut<FrameBench>,
    mut day: ResMut<SimDay>,
    time: Res<Time<Real>>,
    mut contexts: bevy_egui::EguiContexts,
    mut exit: MessageWriter<AppExit>,
) {
    let day = &mut day.0;
    if !bench.busy {
        day.paused = true;
        let target = *bench.moment.get_or_insert_with(|| busiest_moment(day));
        if day.now < target
            && let Some(wake) = day.next_wake().filter(|w| *w <= target)
        {
            day.advance_to(wake);
            return;
        }
        bench.busy = true;
        if let Ok(ctx) = contexts.ctx_mut() {
            set_focus(ctx, |f| f.tab = Tab::Book);
        }
        let waiting = day.waiting().count();
        let ringing = day.lines().filter(|c| c.state == CallState::Ringing).count();
        info!("frame bench: measuring at {} with {waiting} waiting and {ringing} ringing", day.now);
        bench.waiting = waiting;
        bench.ringing = ringing;
        return;
    }
    bench.frames.push(time.delta_secs_f64() * 1000.0);
    if bench.frames.len() < WARM_UP + MEASURED {
        return;
    }
    let mut measured: Vec<f64> = bench.frames[WARM_UP..].to_vec();
    measured.sort_by(f64::total_cmp);
    let at = |q: f64| measured[((measured.len() - 1) as f64 * q).round() as usize];
    let result = serde_json::json!({
        "what": "clinic-day shift with the appointment book open",
        "waiting": bench.waiting,
        "ringing": bench.ringing,
        "frames": measured.len(),
        "median_ms": at(0.5),
        "p95_ms": at(0.95),
    });
    if let Err(error) = std::fs::write(&bench.out, result.to_string()) {
        error!("frame bench: cannot write {}: {error}", bench.out.display());
    }
    exit.write(AppExit::Success);
}

fn startup_bench(mut bench: ResMut<StartupBench>, mut exit: MessageWriter<AppExit>) {
    // The title is drawn in the first frame's egui pass; the second frame has presented it.
    bench.frames += 1;
    if bench.frames < 2 {
        return;
    }
    let seconds = STARTED.get().map_or(f64::NAN, |t| t.elapsed().as_secs_f64());
    let _ = std::fs::write(&bench.out, serde_json::json!({ "title_after_s": seconds }).to_string());
    exit.write(AppExit::Success);
}

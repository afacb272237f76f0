//! Measuring the game (`benches/frame_time.sh`), driven by environment variables so the release
//! binary is what gets measured:
//!
//! - `CLINIC_DAY_FRAME_BENCH=OUT.json`: opens the day, lets it run with nobody at the desk to the
//!   moment the phone rings with the most people waiting (six or more), opens the appointment book,
//!   freezes the clock there and records frame times; writes their median and 95th percentile (and
//!   how busy the moment was) to OUT.json and exits.
//!   With `CLINIC_DAY_FRAME_BENCH_WITNESS=ENDPOINT` (and `…_USER`, `…_KEY`), the measured frames
//!   also take an action every few frames, each written ahead to a live journal and sent to that
//!   witness store as an exam's would be: what witnessing costs a frame.
//! - `CLINIC_DAY_STARTUP_BENCH=OUT.json`: exits as soon as the title screen has been drawn, writing
//!   the time since the process started.

use std::path::PathBuf;
use std::time::Instant;

use bevy::prelude::*;

use super::panel::{Tab, set_focus};
use super::screens::shift::AlwaysRedraw;
use super::state::Screen;
use crate::shift::Shift;
use crate::shift::plugin::SimDay;
use crate::sim::SimTime;
use crate::sim::day::Day;
use crate::sim::phone::CallState;

const WARM_UP: usize = 60;
const MEASURED: usize = 300;

/// The window size the frame-time benchmark asks for (`CLINIC_DAY_FRAME_BENCH_SIZE=1920x1080`), so
/// a large screen can be measured as the usual one is; none unless benchmarking.
pub fn window_size() -> Option<UVec2> {
    std::env::var_os("CLINIC_DAY_FRAME_BENCH")?;
    parse_size(&std::env::var("CLINIC_DAY_FRAME_BENCH_SIZE").ok()?)
}

/// "1920x1080" as a size; anything else is none.
pub fn parse_size(text: &str) -> Option<UVec2> {
    let (w, h) = text.split_once('x')?;
    let size = UVec2::new(w.trim().parse().ok()?, h.trim().parse().ok()?);
    (size.x >= 320 && size.y >= 240 && size.x <= 7680 && size.y <= 4320).then_some(size)
}

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
    /// What egui handed the renderer in the last frame: triangles, and the area they cover in
    /// points (on a software GPU the cost of a frame follows these).
    egui_triangles: usize,
    egui_area: f64,
    /// egui's paint jobs: one draw call each (a clip rectangle or texture change starts a new one).
    egui_draws: usize,
    /// The witness store the measured frames' actions go to, when witnessing is measured.
    witness: Option<crate::practicum::lrs::Lrs>,
    actions: usize,
}

/// An action every this many measured frames (ten a second at 60 frames a second: faster than any
/// learner, so the cost is not hidden by quiet frames).
const ACT_EVERY: usize = 6;

/// Puts a witnessed live record in place for the measured frames: a journal in the temporary
/// folder, sent to `lrs` as an exam's attempt.
fn witnessed_record(day: &Day, lrs: crate::practicum::lrs::Lrs) -> Result<crate::shift::plugin::WriteAhead, String> {
    use crate::practicum::live::{LiveHeader, LiveJournal};
    use crate::practicum::record::{LiveRecord, Witness, queue_path};
    let stamp = crate::practicum::stamp::ScenarioStamp {
        id: day.scenario.id.clone(),
        title: day.scenario.title.clone(),
        sha256: "0".repeat(64),
    };
    let started = crate::practicum::results::now_iso8601();
    let header = LiveHeader::new("frame-bench", "exam", stamp, "frame bench", day.seed, started);
    let path = std::env::temp_dir().join(format!("clinic-day-frame-bench-{}.live", std::process::id()));
    let journal = LiveJournal::create(&path, &header).map_err(|e| e.to_string())?;
    let witness = Witness::start(&queue_path(&path), header, lrs).map_err(|e| e.to_string())?;
    Ok(crate::shift::plugin::WriteAhead::new(LiveRecord::new(journal).witnessed_by(witness)))
}

/// The first moment of the day, with nobody at the desk, when the phone rings and the most people
/// are waiting (six or more ends the search).
fn busiest_moment(day: &Day) -> SimTime {
    let mut ahead = Shift::new(day.scenario.clone(), day.seed);
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
            egui_triangles: 0,
            egui_area: 0.0,
            egui_draws: 0,
            witness: std::env::var("CLINIC_DAY_FRAME_BENCH_WITNESS").ok().map(|endpoint| crate::practicum::lrs::Lrs {
                endpoint,
                user: std::env::var("CLINIC_DAY_FRAME_BENCH_WITNESS_USER").unwrap_or_default(),
                password: std::env::var("CLINIC_DAY_FRAME_BENCH_WITNESS_KEY").unwrap_or_default(),
            }),
            actions: 0,
        })
        .insert_resource(AlwaysRedraw)
        .insert_resource(bevy::winit::WinitSettings::game())
        .add_systems(
            Update,
            (|mut next: ResMut<NextState<Screen>>| next.set(Screen::Shift)).run_if(in_state(Screen::Briefing)),
        )
        .add_systems(Update, frame_bench.run_if(in_state(Screen::Shift)))
        .add_systems(Last, ask_for_the_next_frame)
        .add_systems(PostUpdate, count_egui_shapes.after(bevy_egui::EguiPostUpdateSet::ProcessOutput));
    }
    if let Some(out) = std::env::var_os("CLINIC_DAY_STARTUP_BENCH") {
        app.insert_resource(StartupBench { out: out.into(), frames: 0 })
            .add_systems(Last, startup_bench.run_if(in_state(Screen::Title)));
    }
}

/// Asks for the next frame at once, as the bare window does (see `examples/bare_egui.rs`), so what is
/// measured is the work of a frame and not how long X11 takes to hand a redraw request back.
fn ask_for_the_next_frame(mut redraw: MessageWriter<bevy::window::RequestRedraw>) {
    redraw.write(bevy::window::RequestRedraw);
}

fn frame_bench(
    mut bench: ResMut<FrameBench>,
    mut day: ResMut<SimDay>,
    time: Res<Time<Real>>,
    mut contexts: bevy_egui::EguiContexts,
    mut exit: MessageWriter<AppExit>,
    mut commands: Commands,
    mut act: MessageWriter<crate::shift::plugin::LearnerAction>,
) {
    let day = &mut day.0;
    if !bench.busy {
        day.pause();
        let target = *bench.moment.get_or_insert_with(|| busiest_moment(day));
        if day.now < target
            && let Some(wake) = day.next_wake().filter(|w| *w <= target)
        {
            day.advance_to(wake);
            return;
        }
        bench.busy = true;
        if let Ok(ctx) = contexts.ctx_mut() {
            // The book by default (the heaviest panel); `CLINIC_DAY_FRAME_BENCH_TAB=phone` (or desk,
            // inbox, chart) measures another, to tell what a panel costs from what the rest does.
            let tab = std::env::var("CLINIC_DAY_FRAME_BENCH_TAB").ok().and_then(|name| {
                Tab::ALL.into_iter().find(|t| t.label().to_lowercase().starts_with(&name.to_lowercase()))
            });
            set_focus(ctx, |f| f.tab = tab.unwrap_or(Tab::Book));
        }
        let waiting = day.waiting().count();
        let ringing = day.lines().filter(|c| c.state == CallState::Ringing).count();
        info!("frame bench: measuring at {} with {waiting} waiting and {ringing} ringing", day.now);
        bench.waiting = waiting;
        bench.ringing = ringing;
        if let Some(lrs) = bench.witness.clone() {
            match witnessed_record(day, lrs) {
                Ok(record) => commands.insert_resource(record),
                Err(e) => error!("frame bench: cannot witness: {e}"),
            }
        }
        return;
    }
    bench.frames.push(time.delta_secs_f64() * 1000.0);
    if bench.witness.is_some() && bench.frames.len().is_multiple_of(ACT_EVERY) {
        // Taken while paused, it changes nothing on the screen: only its writing ahead is measured.
        act.write(crate::shift::plugin::LearnerAction(crate::sim::Action::Pause));
        bench.actions += 1;
    }
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
        "egui_triangles": bench.egui_triangles,
        "egui_draws": bench.egui_draws,
        "egui_area_points": bench.egui_area.round(),
        "witnessed_actions": bench.actions,
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

fn count_egui_shapes(outputs: Query<&bevy_egui::EguiRenderOutput>, bench: Option<ResMut<FrameBench>>) {
    let Some(mut bench) = bench else { return };
    let (mut triangles, mut area, mut draws) = (0, 0.0, 0);
    for job in outputs.iter().flat_map(|output| &output.paint_jobs) {
        let bevy_egui::egui::epaint::Primitive::Mesh(mesh) = &job.primitive else { continue };
        draws += 1;
        triangles += mesh.indices.len() / 3;
        for corners in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [0, 1, 2].map(|k| mesh.vertices[corners[k] as usize].pos);
            area += f64::from(((b - a).x * (c - a).y - (c - a).x * (b - a).y).abs()) / 2.0;
        }
    }
    bench.egui_triangles = triangles;
    bench.egui_draws = draws;
    bench.egui_area = area;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_benchmark_window_size_is_read_as_width_x_height_within_reason() {
        assert_eq!(parse_size("1920x1080"), Some(UVec2::new(1920, 1080)));
        assert_eq!(parse_size("1920"), None);
        assert_eq!(parse_size("10x10"), None);
        assert_eq!(parse_size("99999x1080"), None);
    }
}

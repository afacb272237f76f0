//! The GUI smoke test's driver (`CLINIC_DAY_SMOKE_TEST=DIR`): plays the opened day to the debrief by
//! itself, with the expert player's decisions sent as learner actions through the same messages the
//! panels send. It saves screenshots of the shift (`shift.png` at the first ring, `shift-busy.png`
//! when the phone rings with people waiting) and of the debrief to DIR, writes `DIR/summary.json`
//! (what the debrief showed) and exits.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::session::GameOptions;
use super::state::{Finished, Screen};
use crate::shift::autoplay::{Player, Style};
use crate::shift::plugin::{LearnerAction, SimDay, SimSet};
use crate::sim::Action;

/// Frames to let a screen settle (layout, fonts) before its screenshot, and to let the capture land.
const SETTLE: u32 = 30;
/// A day that has not ended after this many frames has hung.
const GIVE_UP: u32 = 50_000;

#[derive(Resource)]
struct Smoke {
    dir: PathBuf,
    player: Player,
    frames: u32,
    /// The screenshot being taken and the frames left to hold still before (and after) it.
    hold: Option<(&'static str, u32)>,
    shots: Vec<&'static str>,
    debrief_frames: u32,
}

pub(super) fn plugin(app: &mut App) {
    let Some(dir) = app.world().resource::<GameOptions>().smoke_test.clone() else { return };
    if let Err(error) = std::fs::create_dir_all(&dir) {
        error!("smoke test: cannot create {}: {error}", dir.display());
    }
    app.insert_resource(super::screens::shift::AlwaysRedraw)
        .insert_resource(bevy::winit::WinitSettings::game())
        .insert_resource(Smoke {
            dir,
            player: Player::new(Style::Expert),
            frames: 0,
            hold: None,
            shots: Vec::new(),
            debrief_frames: 0,
        })
        .add_systems(Update, start_shift.run_if(in_state(Screen::Briefing)))
        .add_systems(Update, play.before(SimSet::Act).run_if(in_state(Screen::Shift)))
        .add_systems(Update, finish.run_if(in_state(Screen::Debrief)));
}

fn start_shift(mut next: ResMut<NextState<Screen>>) {
    next.set(Screen::Shift);
}

fn play(
    mut smoke: ResMut<Smoke>,
    mut day: ResMut<SimDay>,
    mut actions: MessageWriter<LearnerAction>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.frames += 1;
    if smoke.frames > GIVE_UP {
        error!("smoke test: the day did not end after {GIVE_UP} frames");
        exit.write(AppExit::from_code(3));
        return;
    }
    let day = &mut day.0;
    if !day.paused {
        // The driver moves the clock itself, a step per frame.
        actions.write(LearnerAction(Action::Pause));
        return;
    }
    // Two moments to show: the first ring, and a busy one (the phone ringing with people waiting).
    let ringing = day.is_ringing();
    if smoke.hold.is_none() {
        if ringing && !smoke.shots.contains(&"shift") {
            smoke.hold = Some(("shift", 2 * SETTLE));
        } else if ringing && day.present.len() >= 2 && !smoke.shots.contains(&"shift-busy") {
            smoke.hold = Some(("shift-busy", 2 * SETTLE));
        }
    }
    if let Some((name, left)) = smoke.hold {
        if left == SETTLE {
            let path = smoke.dir.join(format!("{name}.png"));
            commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path));
            smoke.shots.push(name);
        }
        smoke.hold = left.checked_sub(1).filter(|l| *l > 0).map(|l| (name, l));
        return;
    }
    let decided = smoke.player.decide(day);
    if !decided.is_empty() {
        for action in decided {
            actions.write(LearnerAction(action));
        }
        return;
    }
    if day.is_over() {
        actions.write(LearnerAction(Action::EndDay));
    } else if let Some(wake) = day.next_wake() {
        day.advance_to(wake);
    } else {
        actions.write(LearnerAction(Action::EndDay));
    }
}

fn finish(
    mut smoke: ResMut<Smoke>,
    finished: Option<Res<Finished>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.debrief_frames += 1;
    let Some(finished) = finished else { return };
    if smoke.debrief_frames == SETTLE {
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(smoke.dir.join("debrief.png")));
        let summary = serde_json::json!({
            "scenario": finished.scorecard.scenario,
            "total_shown": format!("{:.1}", finished.view.total),
            "passed": finished.view.passed,
            "judgments_shown": finished.view.moments.iter().flat_map(|m| &m.lines).map(|l| l.judgments.len()).sum::<usize>(),
            "shift_screenshots": smoke.shots,
        });
        let path = smoke.dir.join("summary.json");
        if let Err(error) = std::fs::write(&path, summary.to_string()) {
            error!("smoke test: cannot write {}: {error}", path.display());
            exit.write(AppExit::from_code(4));
        }
    }
    if smoke.debrief_frames == 2 * SETTLE {
        exit.write(AppExit::Success);
    }
}

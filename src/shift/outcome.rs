//! Playing a whole day headless, and what comes out of it: the journal, the scorecard and the
//! actions that were played (so an autoplay run can be saved as an action file and replayed).

use std::sync::Arc;

use super::Shift;
use super::autoplay::{Style, autoplay, play_script};
use crate::rules::Scorecard;
use crate::scenario::Scenario;
use crate::sim::journal::Journal;
use crate::sim::script::TimedAction;

/// Who plays the day.
#[derive(Clone, Copy, Debug)]
pub enum Player<'a> {
    Script(&'a [TimedAction]),
    Autoplay(Style),
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub journal: Journal,
    pub scorecard: Scorecard,
    pub actions: Vec<TimedAction>,
}

/// Plays `scenario` with `seed` to the end of the day.
pub fn run_day(scenario: Arc<Scenario>, seed: u64, player: Player<'_>) -> Outcome {
    let mut day = Shift::new(scenario, seed);
    let actions = match player {
        Player::Script(actions) => {
            play_script(&mut day, actions);
            actions.to_vec()
        }
        Player::Autoplay(style) => autoplay(&mut day, style),
    };
    outcome_of(day, actions)
}

/// The outcome of a finished day.
pub fn outcome_of(shift: Shift, actions: Vec<TimedAction>) -> Outcome {
    let day = shift.into_day();
    let judgments = day.journal.judgments().cloned().collect();
    let scorecard = Scorecard::from_judgments(&day.scenario.id, day.seed, &day.scenario.scoring, judgments);
    Outcome { journal: day.journal, scorecard, actions }
}

/// Plays on from `day` (a day put back where an interrupted shift left it) through the Bevy
/// simulation app with `drive`, writing each action to `live` before it takes effect.
pub fn resume_in_app(
    day: Shift,
    drive: super::plugin::Drive,
    live: Option<super::plugin::WriteAhead>,
    threads: Option<usize>,
) -> Outcome {
    use super::plugin::{AppExt, Drive, SimDay, headless_app, start_day};
    let mut app = headless_app(day.scenario.clone(), day.seed, threads);
    start_day(app.world_mut(), day);
    app.insert_resource(drive);
    if let Some(live) = live {
        app.insert_resource(live);
    }
    app.run_to_end();
    let actions = match app.world_mut().remove_resource::<Drive>() {
        Some(Drive::Script { actions, .. }) => actions,
        Some(Drive::Autoplay { played, .. }) => played,
        None => Vec::new(),
    };
    match app.world_mut().remove_resource::<SimDay>() {
        Some(day) => outcome_of(day.0, actions),
        None => unreachable!("the SimPlugin always holds a day"),
    }
}

/// Plays `scenario` through the Bevy simulation app (the same systems the game runs), headless,
/// with `threads` task-pool threads when given.
pub fn run_day_in_app(scenario: Arc<Scenario>, seed: u64, player: Player<'_>, threads: Option<usize>) -> Outcome {
    use super::plugin::{AppExt, Drive, SimDay, headless_app};
    let mut app = headless_app(scenario, seed, threads);
    app.insert_resource(match player {
        Player::Script(actions) => Drive::script(actions.to_vec()),
        Player::Autoplay(style) => Drive::autoplay(style),
    });
    app.run_to_end();
    let actions = match app.world_mut().remove_resource::<Drive>() {
        Some(Drive::Script { actions, .. }) => actions,
        Some(Drive::Autoplay { played, .. }) => played,
        None => Vec::new(),
    };
    let day = app.world_mut().remove_resource::<SimDay>().map(|d| d.0);
    match day {
        Some(day) => outcome_of(day, actions),
        None => unreachable!("the SimPlugin always holds a day"),
    }
}

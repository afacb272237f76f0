//! Playing a whole day headless, and what comes out of it: the journal, the scorecard and the
//! actions that were played (so an autoplay run can be saved as an action file and replayed).

use std::sync::Arc;

use super::autoplay::{Style, autoplay, play_script};
use super::day::Day;
use super::journal::Journal;
use super::script::TimedAction;
use crate::rules::Scorecard;
use crate::scenario::Scenario;

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
    let mut day = Day::new(scenario, seed);
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
pub fn outcome_of(day: Day, actions: Vec<TimedAction>) -> Outcome {
    let judgments = day.journal.judgments().cloned().collect();
    let scorecard = Scorecard::from_judgments(&day.scenario.id, day.seed, &day.scenario.scoring, judgments);
    Outcome { journal: day.journal, scorecard, actions }
}

//! Built-in players. `expert` plays a day the way the rulebook asks and is the instructors' answer
//! key (it must reach 100 on every shipped day, which proves the day winnable); `novice` makes the
//! typical mistakes a first-week student makes, so a debrief has something to explain; `late` makes
//! the expert's choices but only once each clock has run out, to show that lateness costs.
//!
//! Both read only what the desk can see (the day's state), except where the rulebook's answer
//! depends on a judgment call the expert is trusted to get right (how urgent a complaint truly is).

mod policy;
pub mod slots;

use super::Shift;
use crate::sim::script::TimedAction;

pub use policy::Player;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Style {
    Expert,
    Novice,
    /// The expert's choices, each made after its limit has passed (the rulebook's clocks): what a
    /// desk that does everything right but too late scores.
    Late,
}

/// Plays the day to its end with `style`, returning every action taken (an action file that replays
/// the same day).
pub fn autoplay(day: &mut Shift, style: Style) -> Vec<TimedAction> {
    let mut player = Player::new(style);
    let mut played = Vec::new();
    // A generous bound: a busy day takes a few thousand decisions.
    for _ in 0..200_000 {
        if day.finished {
            break;
        }
        let actions = player.decide(day);
        if actions.is_empty() {
            if day.is_over() {
                break;
            }
            match day.next_wake() {
                Some(wake) => day.advance_to(wake),
                None => break,
            }
            continue;
        }
        for action in actions {
            played.push(TimedAction { at: day.now, action: action.clone() });
            let _ = day.apply(action);
        }
    }
    day.finish();
    played
}

/// Plays an action file: each action at its time, then the rest of the day.
pub fn play_script(day: &mut Shift, actions: &[TimedAction]) {
    day.replay(actions);
    day.run_to_end();
}

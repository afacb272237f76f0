//! A shift: the day and the judge that watches it. The day (`sim`) takes actions and lets time pass;
//! the judge (`rules::judge`) reads each new journal entry and the clock and says what the rules
//! make of them. A shift drives both, so neither knows the other: after each action and each moment
//! the clock stops at, it hands the day to the judge and appends the judge's entries to the
//! journal. Everything that plays a day (the game's Bevy systems, the autoplay bots, action files,
//! re-grading) plays a shift.

pub mod autoplay;
pub mod outcome;
pub mod plugin;

use std::ops::Deref;
use std::sync::Arc;

use crate::rules::judge::Judge;
use crate::scenario::Scenario;
use crate::sim::action::Speed;
use crate::sim::script::TimedAction;
use crate::sim::{Action, Day, SimTime};

/// A judged day. It reads as its `Day` (`shift.now`, `shift.journal`), but changes only through
/// `apply` and the clock methods here, so nothing can move the day past the judge.
#[derive(Clone, Debug)]
pub struct Shift {
    day: Day,
    judge: Judge,
}

impl Deref for Shift {
    type Target = Day;

    fn deref(&self) -> &Day {
        &self.day
    }
}

impl Shift {
    /// The day as it opens, for `seed`, judged from its first entry.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Self {
        Shift::watch(Day::new(scenario, seed))
    }

    /// A shift over a day already under way (put back where an interrupted shift left it):
    /// the judge reads its journal from the start, as if it had watched.
    pub fn watch(day: Day) -> Self {
        let mut shift = Shift { day, judge: Judge::new() };
        shift.judge_now();
        shift
    }

    pub fn day(&self) -> &Day {
        &self.day
    }

    /// The day, the judge's work done (a finished shift handing over its journal).
    pub fn into_day(self) -> Day {
        self.day
    }

    pub fn judge(&self) -> &Judge {
        &self.judge
    }

    /// Applies one learner action and judges it. A refused action changes nothing; the reason is
    /// returned. Leaving the desk plays the rest of the day out and closes it; skipping moves the
    /// clock to the next thing that happens.
    pub fn apply(&mut self, action: Action) -> Result<(), crate::rules::words::Words> {
        let leaving = matches!(action, Action::EndDay);
        let skipping = matches!(action, Action::SkipToNextEvent);
        // Nothing left to skip to (no event, no visitor's next step, no deadline of the rulebook):
        // the learner is told so, rather than the button doing nothing.
        if skipping && !self.day.finished && self.next_wake().is_none() {
            return Err(self.day.refuse(action, crate::rules::words::Words::msg("refused-nothing-to-skip-to")));
        }
        let result = self.day.apply(action);
        self.judge_now();
        if result.is_ok() {
            if skipping {
                self.skip_to_next();
            }
            if leaving {
                if self.day.now < self.day.close {
                    self.advance_to(self.day.close);
                }
                self.finish();
            }
        }
        result
    }

    /// Applies an action played before (from an action file, a live journal or a results file). A
    /// refusal is not an error here: the action was refused when it was first taken too, and the
    /// journal records it, with its reason, either way.
    pub fn apply_recorded(&mut self, action: Action) {
        if let Err(_refused_as_before) = self.apply(action) {}
    }

    /// Plays recorded actions again, each at its time: the day as it was when the last was taken.
    pub fn replay(&mut self, actions: &[TimedAction]) {
        for timed in actions {
            if self.day.finished {
                break;
            }
            self.advance_to(timed.at);
            self.apply_recorded(timed.action.clone());
        }
    }

    /// The day as it stood at `to`, with the learner's own actions up to then played again, and
    /// paused: where "try this moment again" hands the day back. Deterministic replay makes it the
    /// very day the learner had, judgments and all, up to that second. Leaving the desk early is
    /// not replayed: a moment that came after the learner left is taken again at a desk still
    /// open, as it stood when that moment came (nothing done since leaving).
    pub fn replayed_to(scenario: Arc<Scenario>, seed: u64, actions: &[TimedAction], to: SimTime) -> Shift {
        let earlier: Vec<TimedAction> =
            actions.iter().filter(|a| a.at <= to && !matches!(a.action, Action::EndDay)).cloned().collect();
        let mut shift = Shift::new(scenario, seed);
        shift.replay(&earlier);
        shift.advance_to(to);
        shift.pause();
        shift
    }

    /// The next time something happens by itself: the day's next event, or a deadline passing.
    pub fn next_wake(&self) -> Option<SimTime> {
        if self.day.finished {
            return None;
        }
        let deadline = self.judge.next_deadline(&self.day);
        match (self.day.next_wake(), deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Moves the clock to `until`, stopping at everything due on the way, each judged as it happens.
    pub fn advance_to(&mut self, until: SimTime) {
        while !self.day.finished {
            match self.next_wake() {
                Some(wake) if wake <= until => self.step_to(wake),
                _ => break,
            }
        }
        if !self.day.finished && until > self.day.now {
            self.step_to(until);
        }
    }

    /// Jumps to the next thing that happens by itself (the GUI's "skip to the next event").
    pub fn skip_to_next(&mut self) {
        if let Some(wake) = self.next_wake() {
            self.advance_to(wake);
        }
    }

    /// Plays the clock out to the end of the day (past closing while patients remain) and closes it.
    pub fn run_to_end(&mut self) {
        // Bounded: every visitor leaves within hours of closing, however the desk behaved.
        let limit = self.day.close.plus_minutes(12 * 60);
        while !self.day.is_over() && !self.day.finished {
            match self.next_wake() {
                Some(wake) if wake <= limit => self.advance_to(wake),
                _ => break,
            }
        }
        self.finish();
    }

    /// Ends the day: the call on the line ends, and what was left undone is judged.
    pub fn finish(&mut self) {
        if self.day.finished {
            return;
        }
        self.day.leave_the_phone();
        let now = self.day.now;
        for entry in self.judge.closing(&self.day) {
            self.day.journal.push(now, entry);
        }
        self.day.close();
    }

    /// Sets the pace the clock starts at: a player's setting, not a decision, so not journaled.
    pub fn start_at_speed(&mut self, speed: Speed) {
        self.day.speed = speed;
    }

    /// Stops the clock (the game pauses a day that is over, for its debrief).
    pub fn pause(&mut self) {
        self.day.paused = true;
    }

    fn step_to(&mut self, at: SimTime) {
        self.day.step_to(at);
        self.judge_now();
    }

    /// Hands the day to the judge and journals what it says.
    fn judge_now(&mut self) {
        let now = self.day.now;
        for entry in self.judge.observe(&self.day) {
            self.day.journal.push(now, entry);
        }
    }
}

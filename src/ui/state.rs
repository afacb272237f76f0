//! The game's screens as a Bevy state (Title → Briefing → Shift → Debrief), and the finished day the
//! debrief shows: what the screens, the keeping of a learner's work and the smoke test share, in a
//! home of its own so none of them has to reach into another.

use bevy::prelude::*;

use super::view::debrief::DebriefView;
use crate::rules::Scorecard;
use crate::sim::day::Day;

#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Briefing,
    Shift,
    Debrief,
}

/// The finished day's scorecard, for the debrief.
#[derive(Resource, Clone)]
pub struct Finished {
    pub scorecard: Scorecard,
    pub view: DebriefView,
    pub saved_to: Option<String>,
    /// Where the results file went (or why it could not be written).
    pub results: Option<String>,
}

/// Scores a finished day for the debrief, in the learner's language.
pub fn finish(day: &Day, lang: crate::i18n::Lang) -> Finished {
    let judgments = day.journal.judgments().cloned().collect();
    let scorecard = Scorecard::from_judgments(&day.scenario.id, day.seed, &day.scenario.scoring, judgments);
    let view = DebriefView::of(day, &scorecard, lang);
    Finished { scorecard, view, saved_to: None, results: None }
}

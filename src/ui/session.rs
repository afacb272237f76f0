//! Which day is being played, from where, and the learner's settings.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use crate::scenario::Scenario;
use crate::sim::action::Speed;

/// How the game was started (from the command line).
#[derive(Resource, Clone, Debug, Default)]
pub struct GameOptions {
    /// A scenario file to open straight away, instead of the title screen's choice.
    pub scenario: Option<PathBuf>,
    pub seed: Option<u64>,
    /// Reload the scenario file when it changes on disk (instructors).
    pub watch: bool,
    /// Drive the game by itself and save screenshots here (the CI smoke test).
    pub smoke_test: Option<PathBuf>,
}

/// Where the day came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Builtin(&'static str),
    File(PathBuf),
}

/// The day chosen on the title screen.
#[derive(Resource, Clone)]
pub struct Session {
    pub scenario: Arc<Scenario>,
    pub source: Source,
    pub seed: u64,
    /// SHA-256 of the scenario's text, for the results file and for resuming exactly.
    pub sha256: String,
}

/// The learner's settings.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Settings {
    pub ui_scale: f32,
    pub speed: Speed,
    /// Blue / orange instead of green / red for good and bad, for red-green colour blindness.
    pub colour_blind: bool,
    pub sound: bool,
    /// Practice mode shows the running score and a toast after every judged decision.
    pub practice: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { ui_scale: 1.0, speed: Speed::Normal, colour_blind: false, sound: true, practice: true }
    }
}

//! The shipped days, embedded so `cargo run` works from any directory.

use super::diagnostic::FileReport;
use super::load::{Loaded, load_str};

pub struct BuiltinScenario {
    /// The file name under `scenarios/`.
    pub file: &'static str,
    pub text: &'static str,
}

pub static BUILTIN: &[BuiltinScenario] = &[
    BuiltinScenario { file: "greene-cardiology.ron", text: include_str!("../../scenarios/greene-cardiology.ron") },
    BuiltinScenario {
        file: "maple-family-practice.ron",
        text: include_str!("../../scenarios/maple-family-practice.ron"),
    },
    BuiltinScenario { file: "tutorial.ron", text: include_str!("../../scenarios/tutorial.ron") },
];

impl BuiltinScenario {
    pub fn load(&self) -> Result<Loaded, FileReport> {
        load_str(&format!("scenarios/{}", self.file), self.text)
    }
}

/// The day the game opens with when no scenario is named: the reference day.
pub fn default_scenario() -> &'static BuiltinScenario {
    &BUILTIN[0]
}

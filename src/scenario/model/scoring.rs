//! How a day is scored, how it varies from seed to seed, and how patient the simulated people are.

use serde::{Deserialize, Serialize};

use super::ids::RuleId;
use crate::rules::Severity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    #[serde(default)]
    pub weights: CategoryWeights,
    /// Total (0–100) needed to pass.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u8,
    /// Rules whose breach fails the day whatever the total (practicum gates).
    #[serde(default)]
    pub fail_gates: Vec<RuleId>,
    /// Per-rule changes on top of the rulebook's defaults.
    #[serde(default)]
    pub rules: Vec<RuleOverride>,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            weights: CategoryWeights::default(),
            pass_mark: default_pass_mark(),
            fail_gates: Vec::new(),
            rules: Vec::new(),
        }
    }
}

fn default_pass_mark() -> u8 {
    70
}

/// Relative weights of the three categories in the total; they need not add up to 100.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryWeights {
    pub triage: f32,
    pub confidentiality: f32,
    pub scheduling: f32,
}

impl Default for CategoryWeights {
    fn default() -> Self {
        CategoryWeights { triage: 40.0, confidentiality: 35.0, scheduling: 25.0 }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleOverride {
    pub rule: RuleId,
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Multiplies the rule's points (1.0 = as the rulebook has it).
    #[serde(default)]
    pub weight: Option<f32>,
    /// `false` switches the rule off for this day.
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Randomness {
    /// The seed used when none is given on the command line: same seed, same day.
    #[serde(default = "default_seed")]
    pub seed: u64,
}

impl Default for Randomness {
    fn default() -> Self {
        Randomness { seed: default_seed() }
    }
}

fn default_seed() -> u64 {
    1
}

/// How long simulated people wait before things go wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskPace {
    /// An unanswered call rolls to voicemail after this many rings (about 6 s each).
    #[serde(default = "default_rings")]
    pub rings_to_voicemail: u8,
    /// Minutes a caller stays on hold before hanging up.
    #[serde(default = "default_hold")]
    pub hold_patience: u16,
    /// Minutes past what they were told before a waiting patient grows restless.
    #[serde(default = "default_restless")]
    pub restless_after: u16,
    /// Minutes of restlessness before a patient leaves without being seen.
    #[serde(default = "default_leaves")]
    pub leaves_after: u16,
}

impl Default for DeskPace {
    fn default() -> Self {
        DeskPace {
            rings_to_voicemail: default_rings(),
            hold_patience: default_hold(),
            restless_after: default_restless(),
            leaves_after: default_leaves(),
        }
    }
}

fn default_rings() -> u8 {
    6
}
fn default_hold() -> u16 {
    3
}
fn default_restless() -> u16 {
    15
}
fn default_leaves() -> u16 {
    45
}

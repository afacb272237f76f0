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
    /// The clinic's own time limits for rules with a clock, in minutes; the rulebook's defaults
    /// where left out (`clinic-day rules T11` shows them).
    #[serde(default, skip_serializing_if = "DeadlineLimits::is_default")]
    pub deadlines: DeadlineLimits,
}

/// A clinic's own limits for the rulebook's clocks, in minutes (RULEBOOK.md, second edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineLimits {
    /// T1/T3 in danger, from a voicemail or message: called back and told to call 911 (15).
    #[serde(default)]
    pub emergency_message: Option<u16>,
    /// T3 without immediate danger, from a message: a live hand-off and 988 (15).
    #[serde(default)]
    pub crisis_hand_off: Option<u16>,
    /// T4 / T1 at the desk: a clinician (or 911) for someone in distress (5).
    #[serde(default)]
    pub distress_at_desk: Option<u16>,
    /// T5: a clinician reached for a caller who needs one now (30).
    #[serde(default)]
    pub clinician_now: Option<u16>,
    /// T10: an urgent voicemail or message returned (30).
    #[serde(default)]
    pub urgent_message: Option<u16>,
    /// T11: a critical result reaching the physician (15).
    #[serde(default)]
    pub critical_result: Option<u16>,
    /// S7: the waiting room told of a delay (15).
    #[serde(default)]
    pub delay_told: Option<u16>,
}

impl DeadlineLimits {
    pub fn is_default(&self) -> bool {
        *self == DeadlineLimits::default()
    }

    /// The clinic's limit for a clock, when it sets one.
    pub fn minutes(&self, clock: crate::rules::deadline::Clock) -> Option<u16> {
        use crate::rules::deadline::Clock;
        match clock {
            Clock::EmergencyMessage => self.emergency_message,
            Clock::CrisisHandOff => self.crisis_hand_off,
            Clock::DistressAtDesk => self.distress_at_desk,
            Clock::ClinicianNow => self.clinician_now,
            Clock::UrgentMessage => self.urgent_message,
            Clock::CriticalResult => self.critical_result,
            Clock::DelayTold => self.delay_told,
        }
    }
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            weights: CategoryWeights::default(),
            pass_mark: default_pass_mark(),
            fail_gates: Vec::new(),
            rules: Vec::new(),
            deadlines: DeadlineLimits::default(),
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

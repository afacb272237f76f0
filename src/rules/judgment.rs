//! A judgment: one rule applied to one decision (or one thing left undone), with everything the
//! debrief needs to explain it (DESIGN principle 4).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::catalogue::Reading;
use super::words::{Part, Words};
use super::{Category, Severity, rule};
use crate::scenario::Scoring;
use crate::sim::clock::SimTime;

/// What the judge concluded, before the scenario's overrides and the rulebook's wording are added.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub rule: &'static str,
    pub kept: bool,
    /// Severity when broken; escalations ("critical if …") are decided by the judge.
    pub severity: Severity,
    /// The call, document, appointment or patient the judgment is about.
    pub about: String,
    /// What the learner did (or did not do), in words.
    pub did: Words,
    /// What this case asked for, where the rule's general wording would mislead (an adult's
    /// worsening symptoms under a rule that also covers feverish infants); the rule's text otherwise.
    pub expected: Option<Words>,
    /// The points this chance to keep or break the rule is worth, where the situation sets them
    /// apart from how it went (a caller with no right to anything: a critical's worth, whether the
    /// desk declined or disclosed). `None`: the severity's.
    pub stakes: Option<Severity>,
    /// The source of this judgment where it rests on a refinement with sources of its own (the
    /// rulebook's second edition); the rule's own otherwise.
    pub source: Option<&'static str>,
}

impl Verdict {
    /// A kept rule; the severity is the rulebook's default (what breaking it would have cost).
    pub fn kept(rule: &'static str, about: impl Into<String>, did: impl Into<Words>) -> Self {
        Verdict {
            rule,
            kept: true,
            severity: default_severity(rule),
            about: about.into(),
            did: did.into(),
            expected: None,
            stakes: None,
            source: None,
        }
    }

    /// A broken rule at the rulebook's default severity.
    pub fn broken(rule: &'static str, about: impl Into<String>, did: impl Into<Words>) -> Self {
        Verdict {
            rule,
            kept: false,
            severity: default_severity(rule),
            about: about.into(),
            did: did.into(),
            expected: None,
            stakes: None,
            source: None,
        }
    }

    /// A broken rule at a severity the circumstances call for.
    pub fn broken_as(rule: &'static str, severity: Severity, about: impl Into<String>, did: impl Into<Words>) -> Self {
        Verdict {
            rule,
            kept: false,
            severity,
            about: about.into(),
            did: did.into(),
            expected: None,
            stakes: None,
            source: None,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// What this chance is worth, set by the situation rather than by how it went.
    pub fn at_stake(mut self, stakes: Severity) -> Self {
        self.stakes = Some(stakes);
        self
    }

    /// The refinement this judgment rests on, cited in place of the rule's own source.
    pub fn citing(mut self, source: &'static str) -> Self {
        self.source = Some(source);
        self
    }

    /// What this case asked for, in place of the rule's general wording.
    pub fn expecting(mut self, expected: impl Into<Words>) -> Self {
        self.expected = Some(expected.into());
        self
    }
}

fn default_severity(id: &str) -> Severity {
    rule(id).map_or(Severity::Major, |r| r.severity)
}

/// A judgment as the journal, the scorecard and the debrief show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
///
/// The rule's own texts are borrowed from the catalogue rather than copied into every judgment (a
/// day makes hundreds); a judgment read back from a file owns them.
pub struct Judgment {
    pub rule: Cow<'static, str>,
    pub category: Category,
    pub severity: Severity,
    pub kept: bool,
    pub at: SimTime,
    pub about: String,
    /// Points at stake: the severity's base points times the scenario's weight for the rule.
    pub points: f32,
    pub did: Words,
    pub expected: Words,
    /// Why the rule exists and what it asks, in the rulebook's words.
    pub explanation: Words,
    pub source: Words,
}

impl Severity {
    /// Base points at stake for a rule of this severity.
    pub fn points(self) -> f32 {
        match self {
            Severity::Minor => 1.0,
            Severity::Major => 3.0,
            Severity::Critical => 10.0,
        }
    }

    /// The id of the severity's name in the language files.
    pub fn message_id(self) -> &'static str {
        match self {
            Severity::Minor => "severity-minor",
            Severity::Major => "severity-major",
            Severity::Critical => "severity-critical",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

/// Turns a verdict into a judgment with the scenario's overrides applied; `None` when the scenario
/// switched the rule off (or the rule is not in the catalogue, which the validator prevents).
pub fn judge(verdict: Verdict, at: SimTime, scoring: &Scoring, reading: Reading) -> Option<Judgment> {
    let rule = rule(verdict.rule)?;
    let mut severity = verdict.severity;
    let mut weight = 1.0;
    let mut stakes = verdict.stakes.unwrap_or(severity);
    for change in scoring.rules.iter().filter(|o| o.rule.as_str() == rule.id) {
        if !change.enabled {
            return None;
        }
        if let Some(s) = change.severity {
            // The clinic's own severity for the rule sets its stakes too, in every situation.
            severity = s;
            stakes = s;
        }
        if let Some(w) = change.weight {
            weight = w;
        }
    }
    Some(Judgment {
        rule: Cow::Borrowed(rule.id),
        category: rule.category,
        severity,
        kept: verdict.kept,
        at,
        about: verdict.about,
        points: stakes.points() * weight,
        did: verdict.did,
        expected: verdict.expected.unwrap_or_else(|| Words::rule(rule.id, reading, Part::Expected)),
        explanation: Words::rule(rule.id, reading, Part::Explanation),
        source: verdict.source.map_or_else(|| Words::rule(rule.id, reading, Part::Source), Words::fixed),
    })
}

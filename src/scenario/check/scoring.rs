//! Scoring settings name real rules and add up to something that can be passed.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::{Checks, suggestion};
use crate::rules::words::Words;
use crate::rules::{self, CATALOGUE, Severity};

/// Category weights are relative; bounded so that no sum of points can overflow to infinity (and a
/// score to NaN), whatever a file says.
const MAX_CATEGORY_WEIGHT: f32 = 1000.0;
/// A rule's points may be multiplied, within reason.
const MAX_RULE_WEIGHT: f32 = 100.0;

/// The longest limit a clinic may set for a clock: a clinic day.
const MAX_DEADLINE_MINUTES: u16 = 12 * 60;

pub(super) fn check(checks: &mut Checks) {
    let scoring = &checks.scenario.scoring;
    let path = Path::root().field("scoring");
    let weights = scoring.weights;
    let all =
        [("triage", weights.triage), ("confidentiality", weights.confidentiality), ("scheduling", weights.scheduling)];
    for (name, weight) in all {
        if !(0.0..=MAX_CATEGORY_WEIGHT).contains(&weight) {
            checks
                .error(
                    "weight",
                    path.field("weights").field(name),
                    Words::msg("check-scoring-category-weight").arg("max", MAX_CATEGORY_WEIGHT.to_string()),
                )
                .label(if weight < 0.0 {
                    Words::msg("check-scoring-negative")
                } else {
                    Words::msg("check-scoring-too-large-to-add-up")
                })
                .help(Words::msg("check-scoring-weights-help"));
        }
    }
    if all.iter().all(|(_, w)| *w <= 0.0) {
        checks
            .error("weight", path.field("weights"), Words::msg("check-scoring-no-weight"))
            .label(Words::msg("check-scoring-all-zero"));
    }
    for row in rules::deadline::DEADLINES {
        if let Some(minutes) = scoring.deadlines.minutes(row.clock)
            && !(1..=MAX_DEADLINE_MINUTES).contains(&minutes)
        {
            checks
                .error(
                    "deadline",
                    path.field("deadlines").field(row.field),
                    Words::msg("check-scoring-deadline").arg("rule", row.rule).arg("max", MAX_DEADLINE_MINUTES),
                )
                .label(if minutes == 0 {
                    Words::msg("check-scoring-deadline-zero")
                } else {
                    Words::msg("check-scoring-deadline-too-long")
                })
                .help(
                    // The reference in the reader's language is the clock's own message (chosen by
                    // `field` in the language files); the English stands in for a clock they lack.
                    Words::msg("check-scoring-deadline-help")
                        .arg("minutes", row.minutes)
                        .arg("field", row.field)
                        .arg("reference", row.words(crate::i18n::Lang::En, "reference")),
                );
        }
    }
    if scoring.pass_mark > 100 {
        checks
            .error("pass-mark", path.field("pass_mark"), Words::msg("check-scoring-pass-mark"))
            .label(Words::msg("check-scoring-over-100"));
    }

    for (i, gate) in scoring.fail_gates.iter().enumerate() {
        let gate_path = path.field("fail_gates").index(i);
        let Some(rule) = known_rule(checks, gate.as_str(), gate_path.clone()) else { continue };
        let overridden = scoring.rules.iter().find(|o| o.rule == *gate).and_then(|o| o.severity);
        if !rule.can_be_critical && overridden != Some(Severity::Critical) {
            checks
                .warning(
                    "gate-not-critical",
                    gate_path,
                    Words::msg("check-scoring-gate-not-critical").arg("rule", rule.id),
                )
                .label(Words::msg("check-scoring-not-critical-rule"))
                .help(Words::msg("check-scoring-gate-not-critical-help"));
        }
    }

    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, change) in scoring.rules.iter().enumerate() {
        let rule_path = path.field("rules").index(i);
        let Some(rule) = known_rule(checks, change.rule.as_str(), rule_path.field("rule")) else { continue };
        if let Some(first) = seen.insert(rule.id, i) {
            checks
                .error(
                    "duplicate-override",
                    rule_path.field("rule"),
                    Words::msg("check-scoring-duplicate-override").arg("rule", rule.id).arg("first", first),
                )
                .label(Words::msg("check-scoring-changed-twice"));
        }
        if rule.reference_only {
            checks
                .warning(
                    "reference-rule",
                    rule_path.field("rule"),
                    Words::msg("check-scoring-reference-rule").arg("rule", rule.id),
                )
                .label(Words::msg("check-scoring-never-judged"));
        }
        if let Some(weight) = change.weight
            && !(0.0..=MAX_RULE_WEIGHT).contains(&weight)
        {
            checks
                .error(
                    "weight",
                    rule_path.field("weight"),
                    Words::msg("check-scoring-rule-weight").arg("max", MAX_RULE_WEIGHT.to_string()),
                )
                .label(if weight < 0.0 {
                    Words::msg("check-scoring-negative")
                } else {
                    Words::msg("check-scoring-too-large")
                })
                .help(Words::msg("check-scoring-rule-weight-help"));
        }
        if !change.enabled && (rule.severity == Severity::Critical || rule.can_be_critical) {
            checks
                .warning(
                    "critical-rule-off",
                    rule_path.field("enabled"),
                    // The title in the reader's language is the rule's own message (chosen by `rule`
                    // in the language files); the English stands in for a rule they do not list.
                    Words::msg("check-scoring-critical-rule-off").arg("rule", rule.id).arg("title", rule.title()),
                )
                .label(Words::msg("check-scoring-critical-rule-off-label"))
                .help(Words::msg("check-scoring-critical-rule-off-help"));
        }
        if !change.enabled && scoring.fail_gates.contains(&change.rule) {
            checks
                .error(
                    "gate-disabled",
                    rule_path.field("enabled"),
                    Words::msg("check-scoring-gate-disabled").arg("rule", rule.id),
                )
                .label(Words::msg("check-scoring-gate-never-trips"));
        }
    }
}

fn known_rule(checks: &mut Checks, id: &str, path: Path) -> Option<&'static rules::Rule> {
    let found = rules::rule(id);
    if found.is_none() {
        let help = suggestion("rule", id, CATALOGUE.iter().map(|r| r.id));
        checks
            .error("unknown-rule", path, Words::msg("check-scoring-unknown-rule").arg("id", id))
            .label(Words::msg("check-scoring-unknown-rule-id"))
            .help(Words::msg("check-scoring-unknown-rule-help").arg("suggestion", help));
    }
    found
}

//! Scoring settings name real rules and add up to something that can be passed.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::{Checks, suggestion};
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
                    format!("a category weight is between 0 and {MAX_CATEGORY_WEIGHT}"),
                )
                .label(if weight < 0.0 { "negative" } else { "too large to add up safely" })
                .help("weights are relative: 40, 35 and 25 weigh the same as 0.4, 0.35 and 0.25");
        }
    }
    if all.iter().all(|(_, w)| *w <= 0.0) {
        checks.error("weight", path.field("weights"), "at least one category must carry weight").label("all zero");
    }
    for row in rules::deadline::DEADLINES {
        if let Some(minutes) = scoring.deadlines.minutes(row.clock)
            && !(1..=MAX_DEADLINE_MINUTES).contains(&minutes)
        {
            checks
                .error(
                    "deadline",
                    path.field("deadlines").field(row.field),
                    format!("a limit for {} is between 1 and {MAX_DEADLINE_MINUTES} minutes", row.rule),
                )
                .label(if minutes == 0 { "zero: nobody could meet it" } else { "longer than a clinic day" })
                .help(format!(
                    "the rulebook's default is {} minutes ({})",
                    row.minutes,
                    row.words(crate::i18n::Lang::En, "reference")
                ));
        }
    }
    if scoring.pass_mark > 100 {
        checks.error("pass-mark", path.field("pass_mark"), "the pass mark is out of 100").label("over 100");
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
                    format!("{} is never critical, so it is an odd fail gate", rule.id),
                )
                .label("not a critical rule")
                .help("fail gates are meant for critical rules; raise its severity in `scoring.rules` if you mean it");
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
                    format!("{} is already changed by entry {first}", rule.id),
                )
                .label("changed twice");
        }
        if rule.reference_only {
            checks
                .warning(
                    "reference-rule",
                    rule_path.field("rule"),
                    format!("{} is reference knowledge and never judged; changing it has no effect", rule.id),
                )
                .label("never judged");
        }
        if let Some(weight) = change.weight
            && !(0.0..=MAX_RULE_WEIGHT).contains(&weight)
        {
            checks
                .error("weight", rule_path.field("weight"), format!("a rule weight is between 0 and {MAX_RULE_WEIGHT}"))
                .label(if weight < 0.0 { "negative" } else { "too large" })
                .help("1.0 is the rulebook's points; 2.0 doubles them");
        }
        if !change.enabled && (rule.severity == Severity::Critical || rule.can_be_critical) {
            checks
                .warning(
                    "critical-rule-off",
                    rule_path.field("enabled"),
                    format!("{} ({}) can be critical, and this day switches it off", rule.id, rule.title()),
                )
                .label("critical rule switched off")
                .help("learners will not be judged on it at all; make sure that is what the day needs");
        }
        if !change.enabled && scoring.fail_gates.contains(&change.rule) {
            checks
                .error(
                    "gate-disabled",
                    rule_path.field("enabled"),
                    format!("{} is a fail gate but is switched off", rule.id),
                )
                .label("gate can never trip");
        }
    }
}

fn known_rule(checks: &mut Checks, id: &str, path: Path) -> Option<&'static rules::Rule> {
    let found = rules::rule(id);
    if found.is_none() {
        let help = suggestion("rule", id, CATALOGUE.iter().map(|r| r.id));
        checks
            .error("unknown-rule", path, format!("`{id}` is not a rule of the rulebook"))
            .label("unknown rule id")
            .help(format!("{help} (T1–T12, C1–C17, S1–S13)"));
    }
    found
}

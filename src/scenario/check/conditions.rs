//! Consequences (format 2): a condition names events that exist, of a kind it can be about, and
//! that have happened, with time for the desk to act, before the event that depends on them.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::{Condition, TimelineEntry};
use super::Checks;
use crate::rules::words::{Arg, Words};

/// Where an event is defined: its timeline entry, and what kind of event it is.
struct Defined {
    entry: usize,
    kind: &'static str,
}

pub(super) fn check(checks: &mut Checks) {
    let s = checks.scenario;
    let mut defined: BTreeMap<&str, Defined> = BTreeMap::new();
    for (entry, item) in s.timeline.iter().enumerate() {
        for (_, event) in item.event.possible() {
            if let Some(id) = event.id() {
                defined.entry(id.as_str()).or_insert(Defined { entry, kind: event.kind_name() });
            }
        }
    }
    for (i, item) in s.timeline.iter().enumerate() {
        let path = Path::root().field("timeline").index(i);
        for (field, condition) in [("only_if", &item.only_if), ("unless", &item.unless)] {
            if let Some(condition) = condition {
                check_one(checks, &defined, i, item, condition, path.field(field));
            }
        }
    }
}

fn check_one(
    checks: &mut Checks,
    defined: &BTreeMap<&str, Defined>,
    i: usize,
    item: &TimelineEntry,
    condition: &Condition,
    path: Path,
) {
    let s = checks.scenario;
    for patient in condition.patients() {
        if s.patient(patient).is_none() {
            checks
                .error(
                    "condition-unknown-patient",
                    path.clone(),
                    Words::msg("check-conditions-unknown-patient").arg("patient", patient.as_str()),
                )
                .label(Words::msg("check-conditions-unknown-patient-label"))
                .help(Words::msg("check-conditions-unknown-patient-help"));
        }
    }
    for (id, kinds) in condition.events() {
        let Some(named) = defined.get(id.as_str()) else {
            checks
                .error(
                    "condition-unknown-event",
                    path.clone(),
                    Words::msg("check-conditions-unknown-event").arg("event", id.as_str()),
                )
                .label(Words::msg("check-conditions-unknown-event-label"))
                .help(Words::msg("check-conditions-unknown-event-help"));
            continue;
        };
        if named.entry == i {
            checks
                .error(
                    "condition-on-itself",
                    path.clone(),
                    Words::msg("check-conditions-on-itself").arg("event", id.as_str()),
                )
                .label(Words::msg("check-conditions-on-itself-label"))
                .help(Words::msg("check-conditions-on-itself-help"));
            continue;
        }
        if !kinds.contains(&named.kind) {
            checks
                .error(
                    "condition-wrong-kind",
                    path.clone(),
                    Words::msg("check-conditions-wrong-kind")
                        .arg("event", id.as_str())
                        .arg("kind", named.kind)
                        .arg("kinds", kinds.join(", ")),
                )
                .label(Words::msg("check-conditions-wrong-kind-label"));
            continue;
        }
        let Some(earlier) = s.timeline.get(named.entry) else { continue };
        // The named event must be over before this one can come: its latest time (with jitter)
        // strictly before this one's earliest, so the desk has had a moment to act on it.
        let latest = earlier.at.minutes() + earlier.jitter;
        let earliest = item.at.minutes().saturating_sub(item.jitter);
        if latest >= earliest {
            // A time, with its jitter when it has one: "10:30 (±5 min)".
            let when = |at: super::super::time::TimeOfDay, jitter: u16| -> Arg {
                if jitter > 0 {
                    Words::msg("check-conditions-at-jitter").arg("at", at.to_string()).arg("jitter", jitter).into()
                } else {
                    at.to_string().into()
                }
            };
            checks
                .error(
                    "condition-too-early",
                    path.clone(),
                    Words::msg("check-conditions-too-early")
                        .arg("event", id.as_str())
                        .arg("earlier", when(earlier.at, earlier.jitter))
                        .arg("at", when(item.at, item.jitter)),
                )
                .label(Words::msg("check-conditions-too-early-label"))
                .help(Words::msg("check-conditions-too-early-help"));
        }
    }
}

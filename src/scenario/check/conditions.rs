//! Consequences (format 2): a condition names events that exist, of a kind it can be about, and
//! that have happened, with time for the desk to act, before the event that depends on them.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::{Condition, TimelineEntry};
use super::Checks;

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
                .error("condition-unknown-patient", path.clone(), format!("there is no patient `{patient}`"))
                .label("no such patient")
                .help("a condition names a patient by the id under `patients`");
        }
    }
    for (id, kinds) in condition.events() {
        let Some(named) = defined.get(id.as_str()) else {
            checks
                .error("condition-unknown-event", path.clone(), format!("no event in the timeline is called `{id}`"))
                .label("no such event")
                .help("a condition names a call, voicemail, message, visitor, walk-in or document by its `id`");
            continue;
        };
        if named.entry == i {
            checks
                .error("condition-on-itself", path.clone(), format!("`{id}` cannot depend on itself"))
                .label("names its own event")
                .help("a condition is about something the desk did earlier in the day");
            continue;
        }
        if !kinds.contains(&named.kind) {
            checks
                .error(
                    "condition-wrong-kind",
                    path.clone(),
                    format!("`{id}` is a `{}`, and this condition is about a {}", named.kind, kinds.join(", ")),
                )
                .label("wrong kind of event");
            continue;
        }
        let Some(earlier) = s.timeline.get(named.entry) else { continue };
        // The named event must be over before this one can come: its latest time (with jitter)
        // strictly before this one's earliest, so the desk has had a moment to act on it.
        let latest = earlier.at.minutes() + earlier.jitter;
        let earliest = item.at.minutes().saturating_sub(item.jitter);
        if latest >= earliest {
            let when = |at: super::super::time::TimeOfDay, jitter: u16| {
                if jitter > 0 { format!("{at} (±{jitter} min)") } else { at.to_string() }
            };
            checks
                .error(
                    "condition-too-early",
                    path.clone(),
                    format!(
                        "`{id}` comes at {}, and this event at {}: the desk may not have met `{id}` yet",
                        when(earlier.at, earlier.jitter),
                        when(item.at, item.jitter)
                    ),
                )
                .label("may not have happened yet")
                .help("a condition names an event that is certainly over before this one: move one of them, or narrow the jitter");
        }
    }
}

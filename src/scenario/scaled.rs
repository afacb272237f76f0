//! A bigger day made from a real one: `k` copies of its clinic side by side, each with its own
//! physicians, patients, bookings and events, sharing the clinic's hours, appointment types and
//! directory. Benchmarks use it to show that a day's cost grows in proportion to its size.

use std::collections::BTreeSet;

use serde_json::Value;

use super::model::{Event, Scenario};

/// `scenario` with `copies` copies of everything that belongs to one practice. Copy 0 keeps the
/// original ids; copy `n` suffixes every patient, staff, booking and event id with `-n`.
pub fn scaled(scenario: &Scenario, copies: usize) -> Result<Scenario, serde_json::Error> {
    let mut ids: BTreeSet<String> = BTreeSet::new();
    ids.extend(scenario.patients.iter().map(|p| p.id.to_string()));
    ids.extend(scenario.staff.physicians.iter().map(|p| p.id.to_string()));
    ids.extend(scenario.staff.nurses.iter().map(|p| p.id.to_string()));
    ids.extend(scenario.staff.covering.iter().map(|p| p.id.to_string()));
    ids.extend(scenario.book.iter().map(|b| b.id.to_string()));
    fn event_ids(event: &Event, ids: &mut BTreeSet<String>) {
        match event {
            Event::Voicemail(c) | Event::Message(c) | Event::Call(c) | Event::Visitor(c) => {
                ids.insert(c.id.to_string());
            }
            Event::WalkIn(w) => {
                ids.insert(w.id.to_string());
            }
            Event::Document(d) => {
                ids.insert(d.id.to_string());
            }
            Event::OneOf(all) => all.iter().for_each(|e| event_ids(e, ids)),
            _ => {}
        }
    }
    scenario.timeline.iter().for_each(|e| event_ids(&e.event, &mut ids));

    let original = serde_json::to_value(scenario)?;
    let mut merged = original.clone();
    for n in 1..copies {
        let mut copy = original.clone();
        rename(&mut copy, &ids, &format!("-{n}"));
        for path in [
            &["staff", "physicians"][..],
            &["staff", "nurses"],
            &["staff", "covering"],
            &["patients"],
            &["book"],
            &["waitlist"],
            &["timeline"],
        ] {
            let (Some(from), Some(into)) = (pointer(&copy, path).cloned(), pointer_mut(&mut merged, path)) else {
                continue;
            };
            if let (Value::Array(from), Value::Array(into)) = (from, into) {
                into.extend(from);
            }
        }
    }
    serde_json::from_value(merged)
}

fn pointer<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

fn pointer_mut<'v>(value: &'v mut Value, path: &[&str]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, key| v.get_mut(key))
}

fn rename(value: &mut Value, ids: &BTreeSet<String>, suffix: &str) {
    match value {
        Value::String(text) if ids.contains(text.as_str()) => text.push_str(suffix),
        Value::Array(items) => items.iter_mut().for_each(|v| rename(v, ids, suffix)),
        Value::Object(fields) => fields.values_mut().for_each(|v| rename(v, ids, suffix)),
        _ => {}
    }
}

//! The shipped days load without errors, and survive a trip through the serializer unchanged.

use std::collections::BTreeSet;

use clinic_day::scenario::{BUILTIN, Event, Level, load_str, to_ron};

#[test]
fn every_shipped_scenario_validates() {
    assert!(BUILTIN.len() >= 3, "three days ship with the game");
    for builtin in BUILTIN {
        let loaded =
            builtin.load().unwrap_or_else(|report| panic!("{} does not load:\n{}", builtin.file, report.render(false)));
        let errors: Vec<_> = loaded.report.diagnostics.iter().filter(|d| d.level == Level::Error).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", builtin.file);
    }
}

/// No warnings, but one kind the reference day carries on purpose: the seed's day prints two
/// prescription renewals for signature, which no rule scores (`unjudged-document` says so; the
/// debrief lists them as work left undone if they are not printed).
#[test]
fn shipped_scenarios_have_no_warnings() {
    for builtin in BUILTIN {
        let loaded = builtin.load().expect("loads");
        let on_purpose = |code: &str| builtin.file == "greene-cardiology.ron" && code == "unjudged-document";
        let unexpected: Vec<_> = loaded.report.diagnostics.iter().filter(|d| !on_purpose(&d.code)).collect();
        assert!(unexpected.is_empty(), "{}:\n{}", builtin.file, loaded.report.render(false));
    }
    let reference = BUILTIN.iter().find(|b| b.file == "greene-cardiology.ron").expect("shipped");
    let carried = reference.load().expect("loads").report.diagnostics.len();
    assert_eq!(carried, 2, "the reference day's two renewals, and nothing else");
}

#[test]
fn embedded_days_match_the_files_on_disk() {
    for builtin in BUILTIN {
        let path = format!("{}/scenarios/{}", env!("CARGO_MANIFEST_DIR"), builtin.file);
        let on_disk = std::fs::read_to_string(&path).expect("shipped file exists");
        assert_eq!(on_disk, builtin.text, "{path}");
    }
}

#[test]
fn load_serialize_load_is_lossless() {
    for builtin in BUILTIN {
        let first = builtin.load().expect("loads").scenario;
        let text = to_ron(&first).expect("serializes");
        let second = load_str("round-trip", &text)
            .unwrap_or_else(|report| panic!("{} does not reload:\n{}", builtin.file, report.render(false)))
            .scenario;
        assert_eq!(first, second, "{} changed in the round trip", builtin.file);
        // And the serialized form is stable: serializing again gives the same text.
        assert_eq!(text, to_ron(&second).expect("serializes"));
    }
}

/// Every event kind and caller role met anywhere on a timeline, `OneOf` alternatives included.
fn kinds_and_roles(events: impl Iterator<Item = Event>) -> (BTreeSet<&'static str>, BTreeSet<&'static str>) {
    let mut kinds = BTreeSet::new();
    let mut roles = BTreeSet::new();
    let mut queue: Vec<Event> = events.collect();
    while let Some(event) = queue.pop() {
        kinds.insert(event.kind_name());
        match event {
            Event::Call(call) | Event::Voicemail(call) => {
                roles.insert(call.caller.true_role().kind_name());
            }
            Event::OneOf(alternatives) => queue.extend(alternatives),
            _ => {}
        }
    }
    (kinds, roles)
}

#[test]
fn the_reference_day_has_what_the_seed_describes() {
    let builtin = BUILTIN.iter().find(|b| b.file == "greene-cardiology.ron").expect("reference day");
    let s = builtin.load().expect("loads").scenario;
    let (kinds, roles) = kinds_and_roles(s.timeline.iter().map(|entry| entry.event.clone()));
    for kind in [
        "Voicemail",
        "Call",
        "Arrival",
        "WalkIn",
        "Document",
        "Cancellation",
        "NoShow",
        "PhysicianLate",
        "AbsenceAnnounced",
        "OneOf",
    ] {
        assert!(kinds.contains(kind), "the reference day has no {kind} event");
    }
    // The seed's 10:00 calls, and at least four confidentiality traps.
    for role in ["Pharmacist", "Clinician", "Relative", "Police", "Employer"] {
        assert!(roles.contains(role), "the reference day has no call from a {role}: {roles:?}");
    }
    assert!(s.waitlist.len() >= 3, "cancellations are filled from a waitlist");
}

/// Every id a scenario gives to a person, a visit, a contact or an event: what a learner must never
/// read in feedback (they know people by name and visits by whose and when).
fn internal_ids(scenario: &clinic_day::scenario::Scenario) -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, skip: bool, ids: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(fields) => {
                for (key, field) in fields {
                    match (key.as_str(), field) {
                        // Visit types ("follow-up") are words of the trade, said as such.
                        ("appointment_types", _) => walk(field, true, ids),
                        ("id", serde_json::Value::String(id)) if !skip && id.contains('-') => {
                            ids.insert(id.clone());
                        }
                        _ => walk(field, skip, ids),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, skip, ids)),
            _ => {}
        }
    }
    let mut ids = BTreeSet::new();
    walk(&serde_json::to_value(scenario).expect("a scenario serializes"), false, &mut ids);
    ids
}

/// Whether `id` is in `text` as a whole id ("nurse-park", not inside "nurse-parker").
fn contains_id(text: &str, id: &str) -> bool {
    let id_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    text.match_indices(id).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + id.len()..].chars().next();
        !before.is_some_and(id_char) && !after.is_some_and(id_char)
    })
}

#[test]
fn feedback_names_people_and_visits_never_internal_ids() {
    use clinic_day::shift::autoplay::Style;
    use clinic_day::shift::outcome::{Player, run_day};
    assert!(contains_id("ask `nurse-park` now", "nurse-park") && !contains_id("nurse-parker", "nurse-park"));
    let mut found = Vec::new();
    for builtin in BUILTIN {
        let scenario = builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario;
        let ids = internal_ids(&scenario);
        assert!(ids.len() > 5, "{}: ids found: {ids:?}", builtin.file);
        let scenario = std::sync::Arc::new(scenario);
        for style in [Style::Novice, Style::Expert, Style::Late] {
            let outcome = run_day(scenario.clone(), scenario.randomness.seed, Player::Autoplay(style));
            for judgment in &outcome.scorecard.judgments {
                for id in ids.iter().filter(|id| contains_id(&judgment.did, id)) {
                    found.push(format!("{} {style:?} {}: `{id}` in \"{}\"", builtin.file, judgment.rule, judgment.did));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "{} ids in feedback:\n{}", found.len(), found.join("\n"));
}

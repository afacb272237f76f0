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

#[test]
fn shipped_scenarios_have_no_warnings() {
    for builtin in BUILTIN {
        let loaded = builtin.load().expect("loads");
        assert!(loaded.report.diagnostics.is_empty(), "{}:\n{}", builtin.file, loaded.report.render(false));
    }
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

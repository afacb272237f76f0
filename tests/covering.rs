//! Physicians who cover (format 2): a critical result reaches a physician at work today, not one
//! who is away (T11); a locum covering an absence is room S6 counts.

mod common;

use std::sync::Arc;

use clinic_day::rules::Severity;
use clinic_day::scenario::{Scenario, load_str};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;
use clinic_day::sim::action::Flag;

/// The minimal day in format 2: Dr. Lee is away today, Dr. Kaur (a locum) covers for her today and
/// sees her patient, and a critical potassium Dr. Lee ordered is faxed in at 09:20.
fn covered_day() -> Arc<Scenario> {
    let text = include_str!("fixtures/minimal.ron")
        .replacen("format: 1,", "format: 2,", 1)
        .replace(
            "specialty: \"Family medicine\",",
            "specialty: \"Family medicine\",\n                away: [(from: \"today\", reason: \"Hospital day\")],",
        )
        .replace(
            "        ],\n    ),\n    appointment_types",
            "            (id: \"kaur\", name: \"Dr. Simran Kaur\", specialty: \"Family medicine\", locum: true,\n                covers: [(physician: \"lee\", from: \"today\")],\n                week: [(days: [Mon, Tue, Wed, Thu, Fri], from: \"09:00\", to: \"11:00\", types: [\"visit\"])]),\n        ],\n    ),\n    appointment_types",
        )
        .replace("physician: \"lee\", type: \"visit\", at: \"09:30\"", "physician: \"kaur\", type: \"visit\", at: \"10:30\"")
        .replace(
            "        (at: \"09:30\", event: Arrival(appointment: \"b1\")),",
            "        (at: \"09:20\", event: Document(id: \"lab-k\", via: Fax, from: \"lab\", about: \"ann\", kind: Lab(test: \"Potassium\", result: Critical, value: \"6.9 mmol/L\", ordered_by: \"lee\"))),\n        (at: \"10:20\", event: Arrival(appointment: \"b1\")),",
        );
    Arc::new(load_str("covered.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

fn flag_to(physician: &str) -> Action {
    Action::FlagToPhysician {
        about: Flag::Document("lab-k".into()),
        physician: physician.into(),
        urgent: true,
        note: "Critical potassium 6.9 for Ann Smith".into(),
    }
}

#[test]
fn a_critical_result_flagged_to_the_covering_locum_reaches_a_physician() {
    let mut day = Shift::new(covered_day(), 1);
    common::at(&mut day, "09:25", [flag_to("kaur")]);
    day.run_to_end();
    day.finish();
    common::assert_kept(&day, "T11", "lab-k");
}

#[test]
fn a_critical_result_flagged_only_to_the_absent_orderer_reaches_nobody() {
    let mut day = Shift::new(covered_day(), 1);
    common::at(&mut day, "09:25", [flag_to("lee")]);
    day.run_to_end();
    day.finish();
    common::assert_broken(&day, "T11", "lab-k", Severity::Critical);
    let said = common::judgment(&day, "T11", "lab-k").map(|j| j.did.clone()).unwrap_or_default();
    assert!(said.contains("Dr. Ada Lee") && said.contains("not at work"), "{said}");
}

/// `covering-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
/// (`covering-day.grade.md`): a physician away today with a locum covering, a critical result
/// ordered by the absent physician, an absence next week covered by the locum.
#[test]
fn the_hand_graded_covering_day() {
    let played = common::play_fixture("covering-day");
    let all = || common::every_judgment(&played);
    // Flagged first to the physician who is away (13:42), to the locum only at 13:57: late, a gate.
    assert!(common::judged_as(&played, "T11", "lab-mcallister-potassium", false, Severity::Critical), "{}", all());
    let t11 = common::verdict(&played, "T11", "lab-mcallister-potassium").map(|j| j.did.clone()).unwrap_or_default();
    assert!(t11.contains("not at work here today") && !t11.contains("It reached"), "{t11}");
    assert!(played.scorecard.failed_gates.iter().any(|g| g == "T11"), "{}", all());
    // The pregnant patient moved past her day though there was room before it.
    let late = played.scorecard.judgments.iter().find(|j| j.rule == "S6" && !j.kept && j.did.contains("Amira Haddad"));
    assert!(late.is_some_and(|j| j.severity == Severity::Critical), "{}", all());
    // Told of his move by a voicemail left on the rebooking call he was placed before the move.
    assert!(
        played.scorecard.judgments.iter().any(|j| j.rule == "S6" && j.kept && j.did.starts_with("Told Douglas Pyne")),
        "{}",
        all()
    );
    // The abnormal TSH sent to the locum who covers today reached a physician.
    assert!(played.scorecard.judgments.iter().any(|j| j.rule == "C13" && j.kept), "{}", all());
}

/// The answer key flags results to whoever acts on them today: the covering locum, not the
/// physician who is away.
#[test]
fn the_expert_sends_results_to_the_physician_at_work() {
    use clinic_day::shift::outcome::{Player, run_day};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/covering-day.ron");
    let scenario =
        Arc::new(clinic_day::scenario::load_file(&path).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario);
    let played = run_day(
        scenario.clone(),
        scenario.randomness.seed,
        Player::Autoplay(clinic_day::shift::autoplay::Style::Expert),
    );
    assert_eq!(played.scorecard.total, 100.0, "{}", common::every_judgment(&played));
    assert!(
        common::judged_as(&played, "T11", "lab-mcallister-potassium", true, Severity::Critical),
        "{}",
        common::every_judgment(&played)
    );
}

//! A stated purpose (format 2): a physician asking for a patient's medications for a court case is
//! not in the circle of care (C3's second edition): telling them is a breach (C4, critical),
//! declining is kept, and no refusal of care is held against the desk (C18).

mod common;

use clinic_day::rules::Severity::Critical;
use clinic_day::scenario::InfoKind;
use clinic_day::shift::Shift;
use clinic_day::sim::Action::*;

/// The bench day's 09:30 call for Ann's medications, from a physician who says what it is for.
fn asking_for(purpose: &str) -> Shift {
    let caller = format!(
        r#"caller: (name: "Dr. Pat Rhee", claims: Clinician(at: "pharmacy", role: Physician), number: "416-555-0999", purpose: {purpose})"#
    );
    let scenario = common::bench_variant(&[(
        r#"caller: (name: "Pat Rx", claims: Pharmacist("pharmacy"), number: "416-555-0999")"#,
        &caller,
    )]);
    Shift::new(scenario, 5)
}

fn verified_and_told(day: &mut Shift) {
    common::at(
        day,
        "09:30",
        [
            Answer { call: "call-pharmacist".into() },
            CallBackOnFile { call: "call-pharmacist".into() },
            Disclose { call: "call-pharmacist".into(), patient: "ann".into(), info: InfoKind::Medications },
            EndCall { call: "call-pharmacist".into() },
        ],
    );
}

fn declined(day: &mut Shift) {
    common::at(
        day,
        "09:30",
        [
            Answer { call: "call-pharmacist".into() },
            TakeMessage { call: "call-pharmacist".into(), for_whom: "lee".into(), urgent: false, note: String::new() },
            EndCall { call: "call-pharmacist".into() },
        ],
    );
}

#[test]
fn a_physician_asking_for_a_court_case_is_told_nothing() {
    let mut told = asking_for("Legal");
    verified_and_told(&mut told);
    common::assert_broken(&told, "C4", "call-pharmacist", Critical);

    let mut refused = asking_for("Legal");
    declined(&mut refused);
    common::assert_kept(&refused, "C4", "call-pharmacist");
    assert!(
        refused.journal.judgments().all(|j| j.rule != "C18" || j.kept),
        "declining a request that is not for care is no refusal of care"
    );
}

#[test]
fn the_same_physician_asking_for_the_patients_care_is_helped() {
    let mut told = asking_for("Care");
    verified_and_told(&mut told);
    common::assert_kept(&told, "C3", "call-pharmacist");
    let mut refused = asking_for("Care");
    declined(&mut refused);
    common::assert_broken(&refused, "C18", "call-pharmacist", clinic_day::rules::Severity::Major);
}

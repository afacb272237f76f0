//! Custody and authority on the chart (format 2, C2's second edition): a custodial parent is the
//! child's substitute decision-maker; a parent with access only, or a joint-custodial parent the
//! other parent objects to, is not, however the chart lists what they may receive.

mod common;

use clinic_day::rules::Severity::Critical;
use clinic_day::scenario::InfoKind;
use clinic_day::shift::Shift;
use clinic_day::sim::Action::*;

/// The bench day's 09:22 call from Carl Smith about Ann's blood count, with Carl on Ann's chart as
/// her parent with `authority`, listed for her results.
fn carl_as(authority: &str) -> Shift {
    let chart = format!(
        r#"authorized: [(name: "Carl Smith", relationship: Parent, authority: {authority}, may_receive: [Results])],"#
    );
    let scenario = common::bench_variant(&[
        (
            r#"authorized: [(name: "Carl Smith", relationship: Spouse, authority: Consent, may_receive: [Appointments])],"#,
            &chart,
        ),
        (
            r#"claims: Relative(patient: "ann", relationship: Spouse)"#,
            r#"claims: Relative(patient: "ann", relationship: Parent)"#,
        ),
    ]);
    Shift::new(scenario, 5)
}

fn told_the_results(day: &mut Shift) {
    common::at(
        day,
        "09:22",
        [
            Answer { call: "call-spouse".into() },
            AskIdentifiers { call: "call-spouse".into() },
            Disclose { call: "call-spouse".into(), patient: "ann".into(), info: InfoKind::Results },
            EndCall { call: "call-spouse".into() },
        ],
    );
}

#[test]
fn a_parent_with_access_only_or_an_objection_is_told_nothing() {
    for authority in ["AccessOnlyParent", "JointCustody(co_parent_objects: true)"] {
        let mut day = carl_as(authority);
        told_the_results(&mut day);
        common::assert_broken(&day, "C2", "call-spouse", Critical);
    }
}

#[test]
fn a_custodial_parent_is_not_a_c2_breach() {
    for authority in ["CustodialParent", "JointCustody(co_parent_objects: false)"] {
        let mut day = carl_as(authority);
        told_the_results(&mut day);
        assert!(
            day.journal.judgments().all(|j| j.rule != "C2" || j.kept),
            "{authority}: {:?}",
            day.journal.judgments().filter(|j| j.rule == "C2").map(|j| j.did.clone()).collect::<Vec<_>>()
        );
    }
}

//! Custody and authority on the chart (format 2, C2's second edition): a custodial parent is the
//! child's substitute decision-maker; a parent with access only, or a joint-custodial parent the
//! other parent objects to, is not, however the chart lists what they may receive; and custody speaks
//! for a child only until the child decides alone (16 in Ontario, or a capable minor's own decision).

mod common;

use clinic_day::rules::Severity::Critical;
use clinic_day::scenario::InfoKind;
use clinic_day::shift::Shift;
use clinic_day::sim::Action::*;

/// The bench day's (12 March 2026) 09:22 call from Carl Smith about Ann's blood count, with Carl on
/// Ann's chart as her parent with `authority`, listed for her results; Ann is 12.
fn carl_as(authority: &str) -> Shift {
    carl_as_parent_of(authority, "2013-06-01", false)
}

fn carl_as_parent_of(authority: &str, born: &str, decides_alone: bool) -> Shift {
    let born = format!(r#"born: "{born}", decides_alone: {decides_alone},"#);
    let chart = format!(
        r#"authorized: [(name: "Carl Smith", relationship: Parent, authority: {authority}, may_receive: [Results])],"#
    );
    let scenario = common::bench_variant(&[
        (
            r#"authorized: [(name: "Carl Smith", relationship: Spouse, authority: Consent, may_receive: [Appointments])],"#,
            &chart,
        ),
        (r#"born: "1970-05-01","#, &born),
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

#[test]
fn custody_stops_speaking_for_a_child_who_decides_alone() {
    // 16 on the day (born 12 March 2010), or 13 and a capable minor who decided alone.
    for (born, decides_alone) in [("2010-03-12", false), ("2012-09-01", true)] {
        let mut day = carl_as_parent_of("CustodialParent", born, decides_alone);
        told_the_results(&mut day);
        common::assert_broken(&day, "C2", "call-spouse", Critical);
    }
    // The day before her 16th birthday her custodial parent still speaks for her.
    let mut day = carl_as_parent_of("CustodialParent", "2010-03-13", false);
    told_the_results(&mut day);
    assert!(day.journal.judgments().all(|j| j.rule != "C2" || j.kept));
}

/// A parent the chart does not list, with a custody order in hand (format 2), speaks for a child
/// under 16 as a custodial parent does; without it, they are told nothing.
#[test]
fn a_custody_order_in_hand_makes_a_parent_the_childs_decision_maker() {
    for (holds, kept) in [("holds: [CustodyOrder]", true), ("holds: []", false)] {
        let scenario = common::bench_variant(&[
            (r#"born: "1970-05-01","#, r#"born: "2013-06-01","#),
            (
                r#"claims: Relative(patient: "ann", relationship: Spouse)"#,
                &format!(r#"claims: Relative(patient: "ann", relationship: Parent), {holds}"#),
            ),
        ]);
        let mut day = Shift::new(scenario, 5);
        told_the_results(&mut day);
        if kept {
            assert!(day.journal.judgments().all(|j| j.rule != "C2" || j.kept), "{holds}");
        } else {
            common::assert_broken(&day, "C2", "call-spouse", Critical);
        }
    }
}

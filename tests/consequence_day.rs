//! tests/fixtures/consequence-day.ron, written and graded by hand from RULEBOOK.md before it was
//! first run (consequence-day.grade.md): a day whose later calls depend on what the desk did (the
//! hospital rings because a stroke caller was sent to 911; the wife of a man told to wait an hour
//! rings because he left; two callers who never ring because the desk did right), and a wait told
//! to two people. The learner sends the stroke to 911 and books the routine caller after asking,
//! but tells a wheezing walk-in "an hour" (he leaves: T4, critical) and a well patient 45 minutes
//! for a 15-minute wait (S7). The tool matched the grade exactly (85.0, 13 judgments, 2 broken).

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("consequence-day");
    // The grade put C2 for the authorized wife at a critical's stakes; the tool weighs a kept,
    // entitled disclosure at the rule's default (a slip could not have reached anyone without a
    // right to it, as C1's stakes are read), which changes no total here.
    common::assert_graded(
        &played,
        &[
            ("T10", "greeting", true, Major),
            ("T1", "call-doyle-arm", true, Critical),
            ("T2", "call-doyle-arm", true, Critical),
            ("T9", "call-doyle-arm-note", true, Major),
            ("T13", "call-brewer-next", true, Major),
            ("C1", "call-brewer-next", true, Major),
            ("T6", "call-brewer-next", true, Minor),
            ("T4", "walkin-santos-asthma", false, Critical),
            ("S10", "b-1000-lewis", true, Major),
            ("S7", "dorothy-lewis-wait-told", false, Minor),
            ("C1", "call-er-doyle", true, Major),
            ("C1", "call-santos-wife-complaint", true, Major),
            ("C2", "call-santos-wife-complaint", true, Major),
        ],
    );
    assert!((played.scorecard.total - 85.0).abs() < 0.05, "{}", played.scorecard.total);
    assert_eq!(played.scorecard.failed_gates, ["T4"]);
}

#[test]
fn the_branches_are_the_ones_the_learners_choices_led_to() {
    let played = common::play_fixture("consequence-day");
    let branches = common::branches(&played);
    // The hospital and the wife's complaint ring; the stroke caller's wife and the unbooked caller
    // do not.
    assert_eq!(branches, [(4, true), (5, true), (6, false), (7, false)]);
}

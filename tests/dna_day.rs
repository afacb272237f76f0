//! A specialist's "did not attend" notices (S8's second edition) beside a no-show: one sent to the
//! referring physician, one sent only to a referring physician who is away today, one filed unsent.
//! tests/fixtures/dna-day.ron, graded by hand in dna-day.grade.md before it was run.

mod common;

use clinic_day::rules::Severity::Major;

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("dna-day");
    common::assert_graded(
        &played,
        &[
            ("S8", "dna-hughes-derm", true, Major),
            ("S10", "t-1400-papadakis", true, Major),
            ("S8", "dna-mackay-gi", false, Major),
            ("S8", "t-1430-fortin", true, Major),
            ("S8", "dna-lam-ortho", false, Major),
            ("T10", "greeting", true, Major),
        ],
    );
    assert!((played.scorecard.total - 90.0).abs() < 0.05, "{}", played.scorecard.total);
    let away = common::verdict(&played, "S8", "dna-mackay-gi").expect("judged");
    assert!(away.did.contains("only to Dr. Ruth Ellery, who is not at work today"), "{}", away.did);
}

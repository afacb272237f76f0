//! The reason on request (T13): three callers who ask for "the next available" and say what is
//! wrong only when asked: chest pressure (asked, sent to 911), a urinary infection with fever (not
//! asked, booked days out), a blood pressure review (asked, booked routine).
//! tests/fixtures/askwhy-day.ron, graded by hand in askwhy-day.grade.md before it was run. Every
//! verdict, severity and the score matched; the only difference is T9's id, which is the call's
//! id with `-note` (the grade guessed the call's own id: the docs do not promise judgment ids).

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("askwhy-day");
    let (chest, uti, review) =
        ("call-ostrowski-next-available", "call-haddadi-next-available", "call-finlayson-next-available");
    common::assert_graded(
        &played,
        &[
            ("T10", "greeting", true, Major),
            ("T1", chest, true, Critical),
            ("T2", chest, true, Critical),
            ("T9", "call-ostrowski-next-available-note", true, Major),
            ("T13", chest, true, Critical),
            ("C1", chest, true, Major),
            ("T2", uti, true, Critical),
            ("T5", uti, false, Major),
            ("T7", uti, false, Major),
            ("T9", "call-haddadi-next-available-note", false, Major),
            ("T13", uti, false, Critical),
            ("C1", uti, true, Major),
            ("T13", review, true, Major),
            ("T6", review, true, Minor),
            ("C1", review, true, Major),
        ],
    );
    assert!((played.scorecard.total - 89.0).abs() < 0.05, "{}", played.scorecard.total);
    assert_eq!(played.scorecard.failed_gates, vec!["T13".to_owned()]);
}

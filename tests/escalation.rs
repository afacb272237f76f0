//! `escalation-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`escalation-day.grade.md`): six callers who need more than routine care, each met on another
//! path. T5 and T7 read the same test of "went up", so they never disagree, and every path weighs
//! the same.

mod common;

#[test]
fn each_path_is_judged_as_the_hand_grade_has_it() {
    let card = common::play_fixture("escalation-day").scorecard;
    let verdict = |rule: &str, about: &str| {
        card.judgments.iter().find(|j| j.rule == rule && j.about == about).map(|j| (j.kept, j.points))
    };
    // (call, path, T5 and T7 kept?)
    let paths = [
        ("call-mcrae-asthma", "put through to the nurse", true),
        ("call-oyelaran-movement", "an urgent message (a clinician now)", true),
        ("vm-benali-fever", "the voicemail returned: the emergency department", true),
        ("call-quintero-burning", "a slot today", true),
        ("call-lachance-back", "a message, not urgent", false),
        ("call-hutchins-hand", "booked days out", false),
        ("call-fortier-abdomen", "nothing", false),
    ];
    for (call, path, kept) in paths {
        for rule in ["T5", "T7"] {
            let (was_kept, points) = verdict(rule, call).unwrap_or_else(|| panic!("{rule} on {call} ({path}) judged"));
            assert_eq!(was_kept, kept, "{rule} on {call} ({path})");
            assert_eq!(points, 3.0, "{rule} on {call} ({path}): one weight whichever path");
        }
    }
    // 34 kept: the hand grade's 33, and S10 kept when Marisol Quintero, booked into today's 10:30,
    // comes in and has her card checked before check-in. 9 broken: the hand grade's 7, and T9's
    // second edition (judged since the call-back promise came) for the two callers whose concern
    // went to Dr. Moreau as a message with no word of who would call back or when.
    for call in ["call-oyelaran-movement", "call-lachance-back"] {
        assert_eq!(verdict("T9", &format!("{call}-promise")).map(|(kept, _)| kept), Some(false), "{call}");
    }
    assert_eq!((card.total, card.kept, card.broken), (92.0, 34, 9), "the hand grade's total and counts");
    assert!(card.passed && card.failed_gates.is_empty());
}

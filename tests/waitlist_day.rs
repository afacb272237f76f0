//! Rebooking around an absence with the waitlist (S6): an urgent patient waitlisted while a
//! physician had room, an urgent patient waitlisted when nobody could see her in time and told on
//! the desk's call, a routine patient moved and never told, and one who rang to reschedule and was
//! moved on her own call. tests/fixtures/waitlist-day.ron, graded by hand in waitlist-day.grade.md
//! before it was run.

mod common;

use clinic_day::rules::Severity::{Critical, Major};
use clinic_day::shift::autoplay::Style;

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("waitlist-day");
    common::assert_graded(
        &played,
        &[
            ("C1", "call-sorensen-reschedule", true, Major),
            ("S6", "w-1330-brennan", false, Critical),
            ("S6", "w-1330-brennan-told", false, Major),
            ("S6", "w-1400-nasser", true, Critical),
            ("S6", "w-1400-nasser-told", true, Major),
            ("S6", "w-1300-pike", true, Major),
            ("S6", "w-1300-pike-told", false, Major),
            ("S6", "w-1315-sorensen", true, Major),
            ("S6", "w-1315-sorensen-told", true, Major),
            ("S6", "absence-order-adair-2026-04-22", true, Major),
            ("T10", "greeting", true, Major),
            ("T10", "greeting-absence-0", true, Major),
        ],
    );
    assert_eq!(played.scorecard.broken, 3, "{}", common::every_judgment(&played));
    assert!((played.scorecard.total - 84.4).abs() < 0.05, "{}", played.scorecard.total);
    assert!(!played.scorecard.passed, "S6 is this day's gate, and an urgent patient was waitlisted with room there");
}

#[test]
fn the_expert_rebooks_whoever_can_come_and_waitlists_and_tells_the_one_who_cannot() {
    let scenario = common::fixture_day("waitlist-day");
    let expert = common::autoplayed(scenario, Style::Expert);
    let all = common::every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    for about in ["w-1330-brennan", "w-1400-nasser", "w-1400-nasser-told", "w-1330-brennan-told"] {
        assert!(expert.journal.judgments().any(|j| j.rule == "S6" && j.about == about && j.kept), "{about}: {all}");
    }
}

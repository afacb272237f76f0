//! A result the physician will discuss (format 2 `ToDiscuss`): a visit booked to go over it is the
//! desk's right answer (C13 kept), a call ended with nothing done is not (C13 broken), and a released
//! result is given (C18). tests/fixtures/discuss-day.ron, graded by hand in discuss-day.grade.md
//! before it was run.

mod common;

use clinic_day::rules::Severity;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("discuss-day");
    let all = every_judgment(&played);
    assert!(judged_as(&played, "C1", "call-ann", true, Severity::Major), "{all}");
    assert!(judged_as(&played, "C13", "call-ann", true, Severity::Major), "a visit booked to discuss it: {all}");
    assert!(judged_as(&played, "C1", "call-ben", true, Severity::Major), "{all}");
    assert!(judged_as(&played, "C18", "call-ben", true, Severity::Major), "{all}");
    assert!(judged_as(&played, "C13", "call-cara", false, Severity::Major), "nothing done: {all}");
    assert!(judged_as(&played, "T10", "greeting", true, Severity::Major), "{all}");
    assert_eq!(played.scorecard.broken, 1, "{all}");
}

#[test]
fn the_expert_brings_each_result_to_discuss_to_the_physician() {
    let scenario = common::fixture_day("discuss-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    for call in ["call-ann", "call-cara"] {
        assert!(judged_as(&expert, "C13", call, true, Severity::Major), "{call}: {all}");
    }
    assert!(judged_as(&expert, "C18", "call-ben", true, Severity::Major), "{all}");
}

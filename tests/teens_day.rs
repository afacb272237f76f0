//! Parents asking about teenagers (format 2): custody speaks for a child under 16, not for one who
//! turned 16 or a capable minor who decides alone (C2); an entitled parent refused a released result
//! is C18 broken. tests/fixtures/teens-day.ron, graded by hand in teens-day.grade.md before it was run.

mod common;

use clinic_day::rules::Severity::{Critical, Major};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("teens-day");
    let all = every_judgment(&played);
    common::assert_graded(
        &played,
        &[
            ("T10", "greeting", true, Major),
            ("C1", "call-chen-maya", true, Major),
            ("C2", "call-chen-maya", true, Major),
            ("C18", "call-chen-maya", true, Major),
            ("C1", "visit-tremblay-owen", true, Major),
            ("C18", "visit-tremblay-owen", false, Major),
            ("C1", "call-patel-jasmine", true, Major),
            ("C2", "call-patel-jasmine", false, Critical),
            ("C1", "visit-marchetti-sofia", true, Major),
            ("C2", "visit-marchetti-sofia", true, Critical),
            ("C1", "call-boucher-hannah", true, Major),
            ("C18", "call-boucher-hannah", true, Major),
        ],
    );
    assert_eq!(played.scorecard.failed_gates, vec!["C2".to_owned()], "{all}");
    let grown = common::verdict(&played, "C2", "call-patel-jasmine").expect("judged");
    assert!(grown.did.contains("aged 16"), "{}", grown.did);
}

#[test]
fn the_expert_tells_only_the_parents_custody_still_speaks_for() {
    let scenario = common::fixture_day("teens-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario, seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    assert!(judged_as(&expert, "C18", "visit-tremblay-owen", true, Major), "{all}");
    assert!(judged_as(&expert, "C2", "call-patel-jasmine", true, Critical), "{all}");
}

//! People at the counter who are not there to be seen (format 2 `Visitor`): two police officers
//! (one without a warrant, one with a court order), a parent with access only, a custodial parent
//! asking for a released result, and a security guard. tests/fixtures/visitors-day.ron, graded by
//! hand in visitors-day.grade.md before it was run (the one difference is explained there).

mod common;

use clinic_day::rules::Severity::{Critical, Major};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("visitors-day");
    let all = every_judgment(&played);
    common::assert_graded(
        &played,
        &[
            ("C1", "visit-police-doucette", true, Major),
            ("C6", "visit-police-doucette", false, Critical),
            ("C1", "visit-police-mercer", true, Major),
            ("C6", "visit-police-mercer", true, Critical),
            ("C1", "visit-father-belanger", true, Major),
            ("C2", "visit-father-belanger", true, Critical),
            ("C1", "visit-mother-belanger", true, Major),
            ("C2", "visit-mother-belanger", true, Major),
            ("C18", "visit-mother-belanger", true, Major),
            ("C1", "visit-guard-lindgren", false, Critical),
            ("C4", "visit-guard-lindgren", false, Critical),
            ("T10", "greeting", true, Major),
        ],
    );
    // Nobody at the counter turned into a message to return.
    assert!(played.journal.judgments().all(|j| j.rule != "T10" || j.about == "greeting"), "{all}");
    assert_eq!(played.scorecard.failed_gates, vec!["C4".to_owned(), "C6".to_owned()], "{all}");
}

#[test]
fn the_expert_keeps_every_rule_at_the_counter() {
    let scenario = common::fixture_day("visitors-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario, seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    assert!(judged_as(&expert, "C6", "visit-police-doucette", true, Critical), "{all}");
    assert!(judged_as(&expert, "C2", "visit-father-belanger", true, Critical), "{all}");
    assert!(judged_as(&expert, "C18", "visit-mother-belanger", true, Major), "{all}");
    assert!(judged_as(&expert, "C4", "visit-guard-lindgren", true, Critical), "{all}");
}

//! Messages the desk answers by passing them on are judged though the caller is never reached:
//! tests/fixtures/passed-on-day.ron, graded by hand in passed-on-day.grade.md before it was run.

mod common;

use clinic_day::rules::Severity;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("passed-on-day");
    let all = every_judgment(&played);
    // Passed on: the threat to the physician at once, the wish to speak to a clinician to the nurse.
    assert!(judged_as(&played, "C7", "vm-harm", true, Severity::Critical), "{all}");
    assert!(judged_as(&played, "T13", "vm-speak", true, Severity::Major), "{all}");
    // Left in the mailbox all day: judged though nobody was ever reached.
    assert!(judged_as(&played, "S11", "vm-lu", false, Severity::Major), "{all}");
    assert!(judged_as(&played, "C16", "vm-records", false, Severity::Minor), "{all}");
    // Nobody called back: four unreturned messages, and the greeting never recorded.
    for message in ["vm-harm", "vm-speak", "vm-lu", "vm-records"] {
        assert!(judged_as(&played, "T10", message, false, Severity::Major), "{message}: {all}");
    }
    let card = &played.scorecard;
    assert_eq!((card.kept, card.broken), (2, 7), "{all}");
}

#[test]
fn the_expert_passes_each_message_to_who_can_act_and_the_novice_does_not() {
    let scenario = common::fixture_day("passed-on-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
    assert_eq!(expert.scorecard.broken, 0, "{}", every_judgment(&expert));
    for (rule, about) in [("C7", "vm-harm"), ("T13", "vm-speak"), ("S11", "vm-lu"), ("C16", "vm-records")] {
        assert!(common::verdict(&expert, rule, about).is_some(), "{rule} on {about}: {}", every_judgment(&expert));
    }
    let novice = run_day(scenario, seed, Player::Autoplay(Style::Novice));
    assert!(judged_as(&novice, "C7", "vm-harm", false, Severity::Critical), "{}", every_judgment(&novice));
}

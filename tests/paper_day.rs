//! Paper and the shredder (C19): printouts shredded, recycled and left at the desk, a filed
//! result's paper shredded, a letter naming nobody in the garbage.
//! tests/fixtures/paper-day.ron, graded by hand in paper-day.grade.md before it was run.

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};
use clinic_day::shift::autoplay::Style;

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("paper-day");
    common::assert_graded(
        &played,
        &[
            ("S12", "lab-petrie-cbc", true, Minor),
            ("C19", "printout-lachance-lipids", true, Major),
            ("S10", "t-1345-petrie", true, Major),
            ("C13", "lab-okeke-tsh", true, Critical),
            ("S12", "lab-okeke-tsh", true, Minor),
            ("C19", "printout-desrosiers-requisition", false, Major),
            ("S10", "t-1500-okeke", true, Major),
            ("C19", "printout-whitfield-er-summary", false, Major),
            ("T10", "greeting", true, Major),
        ],
    );
    assert_eq!(played.scorecard.broken, 2, "{}", common::every_judgment(&played));
    assert!((played.scorecard.total - 88.9).abs() < 0.05, "{}", played.scorecard.total);
}

#[test]
fn the_expert_shreds_every_printout_and_the_novice_recycles_them() {
    let scenario = common::fixture_day("paper-day");
    let printouts = ["printout-lachance-lipids", "printout-desrosiers-requisition", "printout-whitfield-er-summary"];
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert_eq!(expert.scorecard.broken, 0, "{}", common::every_judgment(&expert));
    let novice = common::autoplayed(scenario, Style::Novice);
    for printout in printouts {
        assert!(common::judged_as(&expert, "C19", printout, true, Major), "{printout}");
        assert!(common::judged_as(&novice, "C19", printout, false, Major), "{printout}");
    }
}

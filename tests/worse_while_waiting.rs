//! Someone waiting who gets worse (format 2 `worsens`): T4 (T1 for a life threat) from the moment
//! they got worse. tests/fixtures/worse-day.ron, graded by hand in worse-day.grade.md before it
//! was run.

mod common;

use clinic_day::rules::Severity;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as, verdict};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("worse-day");
    let all = every_judgment(&played);
    // Rita got worse at 09:30 and the nurse came at 09:33.
    assert!(judged_as(&played, "T4", "walkin-rita", true, Severity::Critical), "{all}");
    // Tom's chest pain at 09:45 and no 911: broken the second the 5 minutes ran out.
    let tom = verdict(&played, "T1", "tom").expect("T1 for Tom");
    assert!(!tom.kept && tom.severity == Severity::Critical, "{all}");
    assert_eq!(tom.at.to_string(), "09:50:01", "{all}");
    assert!(tom.did.contains("got worse while waiting at 09:45"), "{}", tom.did);
    // Una was seen before she would have got worse: nothing for T4.
    assert!(verdict(&played, "T4", "walkin-una").is_none(), "{all}");
    assert!(judged_as(&played, "S10", "b-tom", true, Severity::Major), "{all}");
    assert!(judged_as(&played, "T10", "greeting", true, Severity::Major), "{all}");
}

#[test]
fn the_expert_meets_each_change_and_the_novice_misses_them() {
    let scenario = common::fixture_day("worse-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    for (rule, about) in [("T4", "walkin-rita"), ("T1", "tom"), ("T4", "walkin-una")] {
        assert!(judged_as(&expert, rule, about, true, Severity::Critical), "{rule} on {about}: {all}");
    }
    let novice = run_day(scenario, seed, Player::Autoplay(Style::Novice));
    let all = every_judgment(&novice);
    for (rule, about) in [("T4", "walkin-rita"), ("T1", "tom"), ("T4", "walkin-una")] {
        assert!(judged_as(&novice, rule, about, false, Severity::Critical), "{rule} on {about}: {all}");
    }
}

#[test]
fn nobody_gets_worse_once_a_clinician_has_come() {
    let played = common::play_fixture("worse-day");
    let worsened: Vec<String> = played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            clinic_day::sim::journal::Entry::Happened(clinic_day::sim::journal::Happening::Worsened { patient }) => {
                Some(patient.to_string())
            }
            _ => None,
        })
        .collect();
    assert_eq!(worsened, ["rita", "tom"], "Una was seen at 09:50, before 10:10");
}

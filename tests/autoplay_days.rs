//! The built-in players on the shipped days: the expert is the answer key (100 on every day, for
//! many seeds), the novice makes the typical mistakes; the same inputs always give the same day.

use std::sync::Arc;

use clinic_day::rules::Severity;
use clinic_day::scenario::{BUILTIN, Scenario};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day, run_day_in_app};

fn shipped() -> Vec<Arc<Scenario>> {
    BUILTIN.iter().map(|b| Arc::new(b.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)).collect()
}

#[test]
fn the_expert_wins_every_shipped_day_for_many_seeds() {
    for scenario in shipped() {
        for seed in (0..12).chain([scenario.randomness.seed]) {
            let outcome = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
            let card = &outcome.scorecard;
            let broken: Vec<String> =
                card.deductions().iter().map(|j| format!("{} {}: {}", j.rule, j.about, j.did)).collect();
            assert!(
                card.total >= 100.0 && card.passed,
                "{} seed {seed}: {}\n{}",
                scenario.id,
                card.total,
                broken.join("\n")
            );
        }
    }
}

#[test]
fn the_novice_scores_lower_with_a_named_critical_deduction() {
    for scenario in shipped() {
        let seed = scenario.randomness.seed;
        let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert)).scorecard;
        let novice = run_day(scenario.clone(), seed, Player::Autoplay(Style::Novice)).scorecard;
        assert!(novice.total < expert.total, "{}", scenario.id);
        if scenario.id != "tutorial" {
            assert!(novice.deductions().iter().any(|j| j.severity == Severity::Critical), "{}", scenario.id);
            assert!(!novice.passed);
        }
    }
}

#[test]
fn the_same_scenario_seed_and_actions_give_a_byte_identical_journal() {
    for scenario in shipped() {
        let seed = scenario.randomness.seed;
        let first = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
        let second = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
        let text = |o: &clinic_day::shift::outcome::Outcome| {
            (clinic_day::scenario::to_ron(&o.journal).expect("ron"), serde_json::to_string(&o.scorecard).expect("json"))
        };
        assert_eq!(text(&first), text(&second), "{}", scenario.id);
        // Replaying the expert's actions as a script, and playing through the Bevy app, change nothing.
        let replay = run_day(scenario.clone(), seed, Player::Script(&first.actions));
        assert_eq!(text(&first).1, text(&replay).1, "{} replayed", scenario.id);
        let in_app = run_day_in_app(scenario.clone(), seed, Player::Autoplay(Style::Expert), Some(2));
        assert_eq!(text(&first), text(&in_app), "{} in the app", scenario.id);
    }
}

#[test]
fn different_seeds_give_different_days() {
    let scenario = shipped().remove(0);
    let a = run_day(scenario.clone(), 1, Player::Autoplay(Style::Novice));
    let b = run_day(scenario, 2, Player::Autoplay(Style::Novice));
    assert_ne!(clinic_day::scenario::to_ron(&a.journal).ok(), clinic_day::scenario::to_ron(&b.journal).ok());
}

#[test]
fn scorecards_of_the_shipped_days() {
    for scenario in shipped() {
        for style in [Style::Expert, Style::Novice] {
            let card = run_day(scenario.clone(), scenario.randomness.seed, Player::Autoplay(style)).scorecard;
            let name = format!("{}-{}", scenario.id, if style == Style::Expert { "expert" } else { "novice" });
            insta::assert_snapshot!(name, card.render());
        }
    }
}

/// Closing the office at opening is not a way out of the day: what was still to come reaches no
/// one and is judged, exactly as if the desk had sat idle until closing time.
#[test]
fn closing_early_scores_the_same_as_doing_nothing_all_day() {
    use clinic_day::sim::script::TimedAction;
    for scenario in shipped() {
        let file = scenario.id.clone();
        let seed = scenario.randomness.seed;
        let end_at =
            |at: &str| vec![TimedAction { at: at.parse().expect("a time"), action: clinic_day::sim::Action::EndDay }];
        let open = scenario.clinic.hours.open.to_string();
        let close = scenario.clinic.hours.close.to_string();
        let early = run_day(scenario.clone(), seed, Player::Script(&end_at(&open))).scorecard;
        let idle = run_day(scenario.clone(), seed, Player::Script(&end_at(&close))).scorecard;
        assert_eq!((early.total, early.categories.clone()), (idle.total, idle.categories.clone()), "{file}");
        assert!(!early.passed && early.total < 50.0, "{file}: closing at opening scored {}", early.total);
    }
}

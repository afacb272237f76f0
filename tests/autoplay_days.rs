//! The built-in players on the shipped days: the expert is the answer key (100 on every day, for
//! many seeds), the novice makes the typical mistakes; the same inputs always give the same day.

mod common;

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

/// The late player makes the expert's choices after each clock has run out: on the reference day
/// that fails the day on its gates, and every late judgment says which limit it broke.
#[test]
fn acting_too_late_fails_the_reference_day_on_its_gates() {
    let scenario = shipped().into_iter().find(|s| s.id == "greene-cardiology").expect("the reference day");
    let card = run_day(scenario.clone(), scenario.randomness.seed, Player::Autoplay(Style::Late)).scorecard;
    assert!(!card.passed);
    assert_eq!(card.failed_gates, ["T11", "T4"]);
    let late: Vec<_> = card.deductions().into_iter().filter(|j| j.did.contains("limit of")).collect();
    for rule in ["T11", "T4", "T10", "S7"] {
        assert!(late.iter().any(|j| j.rule == rule), "no late {rule} judgment: {:#?}", card.deductions());
    }
    // Nothing but lateness is held against it: every deduction is a clock that ran out.
    assert_eq!(late.len(), card.broken, "{:#?}", card.deductions());
}

/// What the game shows live (the clock advancing a few seconds a frame, the judge looking after each
/// one, the player acting between frames) is what judging the finished journal's actions in one pass
/// gives: the same judgments, at the same times, in the same words, for every player.
#[test]
fn live_judgments_equal_one_pass_judgments_of_the_finished_journal() {
    use clinic_day::shift::Shift;
    use clinic_day::shift::autoplay::Player as Bot;
    use clinic_day::sim::script::TimedAction;
    for scenario in shipped() {
        let seed = scenario.randomness.seed;
        for style in [Style::Expert, Style::Novice, Style::Late] {
            let mut live = Shift::new(scenario.clone(), seed);
            let mut bot = Bot::new(style);
            let mut played = Vec::new();
            let give_up = live.close.plus_minutes(12 * 60);
            while !live.finished && !live.is_over() && live.now < give_up {
                for action in bot.decide(&live) {
                    played.push(TimedAction { at: live.now, action: action.clone() });
                    let _ = live.apply(action);
                }
                let frame = live.now.plus_seconds(7);
                live.advance_to(frame);
            }
            // The game stops the clock once the day is over, and the learner closes the office.
            played.push(TimedAction { at: live.now, action: clinic_day::sim::Action::EndDay });
            let _ = live.apply(clinic_day::sim::Action::EndDay);
            let one_pass = run_day(scenario.clone(), seed, Player::Script(&played));
            let shown: Vec<_> = live.journal.judgments().collect();
            let judged: Vec<_> = one_pass.journal.judgments().collect();
            assert!(!shown.is_empty());
            let first_difference = shown.iter().zip(&judged).position(|(a, b)| a != b);
            assert!(
                shown.len() == judged.len() && first_difference.is_none(),
                "{} {style:?}: {} judgments live, {} in one pass; first difference:\n{:#?}",
                scenario.id,
                shown.len(),
                judged.len(),
                first_difference.map(|i| (shown[i], judged[i]))
            );
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

/// Each chance to keep or break a rule carries the same points whichever way it went: two learners
/// who meet the same situations are scored over the same denominator (issue 16, item 5).
#[test]
fn an_opportunity_carries_the_same_points_kept_or_broken() {
    use std::collections::BTreeMap;
    let mut mismatches = Vec::new();
    for scenario in shipped() {
        let seed = scenario.randomness.seed;
        let points = |style| -> BTreeMap<(String, String), (bool, f32, String)> {
            run_day(scenario.clone(), seed, Player::Autoplay(style))
                .scorecard
                .judgments
                .into_iter()
                .map(|j| ((j.rule.into_owned(), j.about), (j.kept, j.points, j.did.to_string())))
                .collect()
        };
        let expert = points(Style::Expert);
        let mut met_both_ways = 0;
        for style in [Style::Novice, Style::Late] {
            for (key, (kept, points, did)) in points(style) {
                let Some((expert_kept, expert_points, expert_did)) = expert.get(&key) else { continue };
                if kept != *expert_kept {
                    met_both_ways += 1;
                }
                if points != *expert_points {
                    mismatches.push(format!(
                        "{} {} {}: expert {expert_points} ({expert_did}) vs {style:?} {points} ({did})",
                        scenario.id, key.0, key.1
                    ));
                }
            }
        }
        if scenario.id != "tutorial" {
            assert!(met_both_ways > 5, "{}: only {met_both_ways} judgments went both ways", scenario.id);
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
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
        for (style, player) in [(Style::Expert, "expert"), (Style::Novice, "novice"), (Style::Late, "late")] {
            let card = run_day(scenario.clone(), scenario.randomness.seed, Player::Autoplay(style)).scorecard;
            let name = format!("{}-{player}", scenario.id);
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

/// Days that react (issue: consequences): on every shipped day the expert's choices and the
/// novice's lead down different branches, so at least one event of the day happens for one and not
/// the other because of a condition; and the expert's 100 is earned on the branches its own choices
/// led to (the events that came are the ones it was judged on).
#[test]
fn the_expert_and_the_novice_take_different_branches_on_every_shipped_day() {
    use clinic_day::sim::Entry;
    for scenario in shipped() {
        let seed = scenario.randomness.seed;
        let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
        let novice = run_day(scenario.clone(), seed, Player::Autoplay(Style::Novice));
        let (ours, theirs) = (common::branches(&expert), common::branches(&novice));
        assert!(!ours.is_empty(), "{} has no consequence", scenario.id);
        let differ: Vec<usize> =
            ours.iter().filter(|(entry, happens)| theirs.contains(&(*entry, !happens))).map(|(e, _)| *e).collect();
        assert!(!differ.is_empty(), "{}: the same branches for both: {ours:?}", scenario.id);
        // An event that did not happen for the expert left no trace in its journal.
        for (entry, happens) in &ours {
            let came =
                expert.journal.entries.iter().any(|e| matches!(&e.what, Entry::Event { entry: n, .. } if n == entry));
            assert_eq!(came, *happens, "{} entry {entry}", scenario.id);
        }
        assert!(expert.scorecard.total >= 100.0, "{}", scenario.id);
    }
}

//! Tasks on the desk's list (format 2 `Task`): a records request in time, a physician's call made
//! late, a follow-up booked, the reminder calls, and visit details never sent.
//! tests/fixtures/tasks-day.ron, graded by hand in tasks-day.grade.md before it was run.

mod common;

use clinic_day::rules::Severity::{Major, Minor};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("tasks-day");
    let all = every_judgment(&played);
    for (rule, about, kept, severity) in [
        ("S12", "records-costa", true, Minor),
        ("T9", "memo-mercer", false, Major),
        ("S9", "reminders", true, Minor),
        ("S13", "book-novak", true, Minor),
        ("T12", "details-shah", false, Major),
        ("T10", "greeting", true, Major),
    ] {
        assert!(judged_as(&played, rule, about, kept, severity), "{rule} {about}: {all}");
    }
    assert_eq!(played.journal.judgments().count(), 12, "{all}");
    assert_eq!(played.scorecard.broken, 2, "{all}");
    let late = common::verdict(&played, "T9", "memo-mercer").expect("judged");
    assert!(late.did.contains("20 minutes late"), "{}", late.did);
}

#[test]
fn the_expert_does_every_task_in_time_and_the_novice_forgets_the_memos() {
    let scenario = common::fixture_day("tasks-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    for task in ["records-costa", "memo-mercer", "reminders", "book-novak", "details-shah"] {
        assert!(expert.journal.judgments().any(|j| j.about == task && j.kept), "{task}: {all}");
    }
    let novice = run_day(scenario, seed, Player::Autoplay(Style::Novice));
    let all = every_judgment(&novice);
    assert!(judged_as(&novice, "T9", "memo-mercer", false, Major), "{all}");
}

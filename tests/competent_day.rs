//! `competent-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`competent-day.grade.md`): a good receptionist's morning, with choices a real desk makes that are
//! not the obvious ones (a same-day need with the covering physician, a routine caller next week,
//! a routine message returned late in the morning, a third party declined with a message taken) and
//! exactly two small mistakes. What it guards against is the judge breaking what the rulebook
//! accepts: nothing refused, the two mistakes and nothing else broken, and the day passed.

mod common;

use clinic_day::sim::journal::Entry;

#[test]
fn a_competent_morning_loses_only_its_two_mistakes() {
    let played = common::play_fixture("competent-day");
    let refused = played.journal.entries.iter().filter(|e| matches!(e.what, Entry::Refused { .. })).count();
    assert_eq!(refused, 0, "every sensible action is carried out");
    let mut broken: Vec<(&str, &str)> =
        played.scorecard.judgments.iter().filter(|j| !j.kept).map(|j| (&*j.rule, j.about.as_str())).collect();
    broken.sort_unstable();
    assert_eq!(broken, [("S12", "janet-kowal-details"), ("T9", "call-raghunathan-cough-note")]);
    // The walk-in's same-day need booked today is credited, as a caller's is.
    assert!(
        common::verdict(&played, "T5", "walkin-fischer-ankle").is_some_and(|j| j.kept),
        "{}",
        common::every_judgment(&played)
    );
    assert!(played.scorecard.passed && played.scorecard.failed_gates.is_empty(), "{:.1}", played.scorecard.total);
}

//! `desk-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`desk-day.grade.md`): walk-ins (one unwell, kept waiting behind his health card), cards that
//! fail, a physician 40 minutes late, a no-show, a cancellation given to the wrong patient, and
//! something said aloud at the counter. What the hand grade and the tool agree on is held here; the
//! differences are explained in the grade file.

mod common;

#[test]
fn the_desk_day_is_judged_as_the_rulebook_grades_it() {
    let played = common::play_fixture("desk-day");
    use clinic_day::rules::Severity::{Critical, Major, Minor};
    // The unwell walk-in: his card checked before help came (critical), help late (critical, a gate).
    assert!(
        common::judged_as(&played, "T4", "walkin-chowdhury-pain", false, Critical),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "S10", "rahim-chowdhury-help-first", false, Critical),
        "{}",
        common::every_judgment(&played)
    );
    assert_eq!(played.scorecard.failed_gates, ["T4"]);
    // A borrowed card accepted; the delay told 3 minutes past its 15; a no-show noted but not
    // flagged; the freed slot to the longest waiting instead of the urgent; results said aloud.
    assert!(common::judged_as(&played, "S10", "b-0900-pike", false, Major), "{}", common::every_judgment(&played));
    assert!(common::judged_as(&played, "S7", "delay-halvorsen-0", false, Minor), "{}", common::every_judgment(&played));
    assert!(common::judged_as(&played, "S8", "b-0930-lindgren", false, Major), "{}", common::every_judgment(&played));
    assert!(
        common::judged_as(&played, "S5", "slot-b-1045-brandt", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        played.scorecard.judgments.iter().any(|j| j.rule == "C10" && !j.kept),
        "{}",
        common::every_judgment(&played)
    );
    // Done right: the routine walk-in in a routine slot, the greeting, the other cards.
    assert!(
        common::verdict(&played, "T6", "walkin-mcallister-refill").is_some_and(|j| j.kept),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::verdict(&played, "S10", "b-0930-moreau").is_some_and(|j| j.kept),
        "{}",
        common::every_judgment(&played)
    );
    assert!(!played.scorecard.passed);
}

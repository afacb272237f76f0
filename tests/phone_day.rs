//! `phone-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`phone-day.grade.md`): chest pain, a feverish six-week-old, same-day and routine callers, an
//! urgent voicemail returned late, a request to speak to the physician, a released result refused to
//! the patient, a spouse told results, and a critical potassium flagged late. Its first run found a
//! clinician-now call judged broken when it ended though the rulebook's 30 minutes were still
//! running; what the hand grade and the tool now agree on is held here.

mod common;

#[test]
fn the_phone_day_is_judged_as_the_rulebook_grades_it() {
    use clinic_day::rules::Severity::{Critical, Major, Minor};
    let played = common::play_fixture("phone-day");
    assert!(
        common::judged_as(&played, "T1", "call-rostami-chest", true, Critical),
        "{}",
        common::every_judgment(&played)
    );
    // The infant: booked into a slot on the call, flagged urgently 34 minutes after the first ring.
    let t5 = common::verdict(&played, "T5", "call-okafor-infant-fever").expect("judged");
    assert!(!t5.kept && t5.did.contains("30 minutes after the call first rang"), "{}", t5.did);
    let t7 = common::verdict(&played, "T7", "call-okafor-infant-fever").expect("judged");
    assert!(!t7.kept && t7.did.contains("instead of getting a clinician now"), "{}", t7.did);
    assert!(
        common::judged_as(&played, "T11", "lab-pelletier-potassium", false, Critical),
        "{}",
        common::every_judgment(&played)
    );
    assert_eq!(played.scorecard.failed_gates, ["T11"]);
    assert!(common::judged_as(&played, "T13", "call-tobin-doctor", true, Major), "{}", common::every_judgment(&played));
    assert!(
        common::judged_as(&played, "C18", "call-abramson-lipids", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "C2", "call-kerr-spouse", false, Critical),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "T10", "vm-marchetti-wound", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "T6", "call-nakamura-physical", false, Minor),
        "{}",
        common::every_judgment(&played)
    );
    assert!(!played.scorecard.passed);
}

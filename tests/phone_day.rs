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
    let judged =
        |rule: &str, about: &str| played.scorecard.judgments.iter().find(|j| j.rule == rule && j.about == about);
    let all = || format!("{:#?}", played.scorecard.judgments);
    let is = |rule: &str, about: &str, kept: bool, severity| {
        judged(rule, about).is_some_and(|j| j.kept == kept && j.severity == severity)
    };
    assert!(is("T1", "call-rostami-chest", true, Critical), "{}", all());
    // The infant: booked into a slot on the call, flagged urgently 34 minutes after the first ring.
    let t5 = judged("T5", "call-okafor-infant-fever").expect("judged");
    assert!(!t5.kept && t5.did.contains("30 minutes after the call first rang"), "{}", t5.did);
    let t7 = judged("T7", "call-okafor-infant-fever").expect("judged");
    assert!(!t7.kept && t7.did.contains("instead of getting a clinician now"), "{}", t7.did);
    assert!(is("T11", "lab-pelletier-potassium", false, Critical), "{}", all());
    assert_eq!(played.scorecard.failed_gates, ["T11"]);
    assert!(is("T13", "call-tobin-doctor", true, Major), "{}", all());
    assert!(is("C18", "call-abramson-lipids", false, Major), "{}", all());
    assert!(is("C2", "call-kerr-spouse", false, Critical), "{}", all());
    assert!(is("T10", "vm-marchetti-wound", false, Major), "{}", all());
    assert!(is("T6", "call-nakamura-physical", false, Minor), "{}", all());
    assert!(!played.scorecard.passed);
}

//! `backoffice-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`backoffice-day.grade.md`): a physician's absence to rebook around, referrals, reminders,
//! orders at checkout. The tool agreed with every judgment the hand grade made; a variant found a
//! reminder left where the patient never agreed to messages kept S9, which is now broken (a judge
//! test holds that). What the two grades agree on is held here.

mod common;

#[test]
fn the_back_office_day_is_judged_as_the_rulebook_grades_it() {
    use clinic_day::rules::Severity::{Critical, Major, Minor};
    let played = common::play_fixture("backoffice-day");
    // The absence: the urgent patient first and in time, the routine ones by ten working days,
    // each told; the greeting never said who covers.
    assert!(common::judged_as(&played, "S6", "d5-1330-quinlan", true, Critical), "{}", common::every_judgment(&played));
    assert!(
        common::judged_as(&played, "S6", "d5-1400-okafor", false, Major),
        "past ten working days: {}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "S6", "d5-1430-nandakumar", true, Major),
        "on the tenth working day: {}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "S6", "d5-1430-nandakumar-told", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "T10", "greeting-absence-0", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    // Referrals: the urgent one booked in time but only faxed.
    assert!(
        common::judged_as(&played, "T12", "referral-santos-urgent", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(
        common::judged_as(&played, "T12", "referral-blackwood-emergency", true, Major),
        "{}",
        common::every_judgment(&played)
    );
    // Reminders: one says why the visit is, one never made.
    assert!(
        common::judged_as(&played, "C9", "voicemail-walter-dunn-14:02", false, Major),
        "{}",
        common::every_judgment(&played)
    );
    assert!(common::judged_as(&played, "S9", "d1-1300-dunn", false, Minor), "{}", common::every_judgment(&played));
    assert!(common::judged_as(&played, "S9", "d1-1330-asante", false, Minor), "{}", common::every_judgment(&played));
    assert!(
        common::judged_as(&played, "S13", "t-1400-mirza-orders", true, Minor),
        "{}",
        common::every_judgment(&played)
    );
    assert!(played.scorecard.failed_gates.is_empty() && !played.scorecard.passed, "{:.1}", played.scorecard.total);
}

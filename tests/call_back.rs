//! Call-back promises (T9's second edition: say who will call back and by when). Ann rings at 09:15
//! with a worsening cough and fever (same day); the desk takes a message and tells her who will
//! call and by when. A clinician with the message, at work, calls by then (kept); one never told,
//! or not at work, does not (broken when the time passes); the desk's own promise is kept by a call
//! it places. A message with no promise at all leaves the loop open (broken at the call's end).

mod common;

use clinic_day::rules::Severity::Major;
use clinic_day::scenario::time::TimeOfDay;
use clinic_day::shift::Shift;
use clinic_day::sim::action::{CallBackBy, Purpose};
use clinic_day::sim::journal::Happening;
use clinic_day::sim::{Action::*, Entry};

const CALL: &str = "call-sameday";
const ABOUT: &str = "call-sameday-promise";

fn noon() -> TimeOfDay {
    "12:00".parse().expect("a time")
}

/// Ann's call answered, identified, and a message taken for `for_whom`.
fn message_taken(for_whom: &str) -> Shift {
    let mut day = common::bench();
    common::at(&mut day, "09:15", [Answer { call: CALL.into() }, AskIdentifiers { call: CALL.into() }]);
    common::act(
        &mut day,
        [TakeMessage { call: CALL.into(), for_whom: for_whom.into(), urgent: true, note: "Cough, fever".into() }],
    );
    day
}

fn promise(day: &mut Shift, who: CallBackBy) {
    common::act(day, [PromiseCallBack { call: CALL.into(), who, by: noon() }, EndCall { call: CALL.into() }]);
}

#[test]
fn the_clinician_with_the_message_calls_by_the_time_promised() {
    let mut day = message_taken("lee");
    promise(&mut day, CallBackBy::Staff("lee".into()));
    assert!(common::judgment(&day, "T9", ABOUT).is_none(), "not judged before its time");
    day.advance_to(common::t("12:01"));
    let called = day.journal.entries.iter().any(|e| {
        matches!(&e.what, Entry::Happened(Happening::CalledBack { call, .. }) if call.as_str() == CALL)
            && e.at == common::t("12:00")
    });
    assert!(called, "Dr. Lee calls Ann back at noon");
    common::assert_kept(&day, "T9", ABOUT);
}

#[test]
fn a_clinician_never_given_the_message_never_calls() {
    // The message went to the nurse; Ann was told Dr. Lee would call.
    let mut day = message_taken("nurse");
    promise(&mut day, CallBackBy::Staff("lee".into()));
    day.advance_to(common::t("12:01"));
    common::assert_broken(&day, "T9", ABOUT, Major);
    let did = &common::judgment(&day, "T9", ABOUT).expect("judged").did;
    assert!(did.contains("nobody passed the message to Dr."), "{did}");
    assert!(!day.journal.entries.iter().any(|e| matches!(&e.what, Entry::Happened(Happening::CalledBack { .. }))));
}

#[test]
fn a_physician_away_today_cannot_keep_the_promise() {
    // Dr. Chan covers from elsewhere: not at work in this clinic today.
    let mut day = message_taken("cover");
    promise(&mut day, CallBackBy::Staff("cover".into()));
    day.advance_to(common::t("12:01"));
    let did = &common::judgment(&day, "T9", ABOUT).expect("judged").did;
    assert!(did.contains("not at work today"), "{did}");
}

#[test]
fn the_desk_keeps_its_own_promise_with_a_call_it_places() {
    let mut day = message_taken("lee");
    promise(&mut day, CallBackBy::Desk);
    let call_ann =
        PlaceCall { patient: "ann".into(), number: clinic_day::scenario::PhoneKind::Home, purpose: Purpose::FollowUp };
    common::at(&mut day, "11:30", [call_ann]);
    common::assert_kept(&day, "T9", ABOUT);

    let mut forgotten = message_taken("lee");
    promise(&mut forgotten, CallBackBy::Desk);
    forgotten.advance_to(common::t("12:01"));
    common::assert_broken(&forgotten, "T9", ABOUT, Major);
}

#[test]
fn a_message_with_no_promise_leaves_the_loop_open() {
    let mut day = message_taken("lee");
    common::act(&mut day, [EndCall { call: CALL.into() }]);
    common::assert_broken(&day, "T9", ABOUT, Major);
    let judged = common::judgment(&day, "T9", ABOUT).expect("judged");
    assert!(judged.source.contains("2023-0371"), "cites the refinement: {}", judged.source);
}

#[test]
fn a_promise_must_be_for_later_today() {
    let mut day = message_taken("lee");
    let past = PromiseCallBack { call: CALL.into(), who: CallBackBy::Desk, by: "09:00".parse().expect("a time") };
    assert!(day.apply(past).is_err());
    let tonight = PromiseCallBack { call: CALL.into(), who: CallBackBy::Desk, by: "18:00".parse().expect("a time") };
    assert!(day.apply(tonight).is_err());
}

#[test]
fn the_expert_promises_and_the_clinician_calls_and_the_novice_promises_nothing() {
    // Bob's friend rings about Bob's fever: not someone the desk may book for, so the concern goes
    // to Dr. Lee as a message.
    let anchor = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;
    let friend = format!(
        r#"(at: "09:40", event: Call(id: "call-friend", caller: (name: "Sam Reid", claims: Relative(patient: "bob", relationship: Friend)), about: "bob", says: ["Bob has a high fever and a bad cough since yesterday; can someone see him today?"], wants: Appointment(reason: "Fever"), symptoms: (complaint: "High fever and cough since yesterday", acuity: SameDay, red_flags: [Infection]))),
        {anchor}"#
    );
    let scenario = common::bench_variant(&[(anchor, &friend)]);
    let expert = common::autoplayed(scenario.clone(), clinic_day::shift::autoplay::Style::Expert);
    assert!(
        common::judged_as(&expert, "T9", "call-friend-promise", true, Major),
        "{}",
        common::every_judgment(&expert)
    );
    let novice = common::autoplayed(scenario, clinic_day::shift::autoplay::Style::Novice);
    assert!(common::verdict(&novice, "T9", "call-friend-promise").is_none_or(|j| !j.kept));
}

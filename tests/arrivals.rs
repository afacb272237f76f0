//! `arrivals-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`arrivals-day.grade.md`): patients the desk books during the day for later the same day come in
//! for those visits (or do not, when the visit was cancelled or moved away first), and are checked
//! in and judged like anyone booked. Its first run found a visit moved to later today that brought
//! nobody, and S3 kept "for an urgent need" on a routine walk-in; both are asserted here.

mod common;

use clinic_day::sim::journal::{Entry, Happening};

#[test]
fn patients_booked_during_the_day_come_in_when_their_visit_still_holds_its_time() {
    let played = common::play_fixture("arrivals-day");
    let came: Vec<(String, String, String)> = played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            Entry::Happened(Happening::CameForVisit { appointment, patient }) => {
                Some((e.at.to_string(), appointment.to_string(), patient.to_string()))
            }
            _ => None,
        })
        .collect();
    let came: Vec<(&str, &str, &str)> = came.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
    // The same-day caller (ten minutes before 14:30), the waitlist offer taken for 15:00, the
    // referral booked at 13:33:30 for 14:00 (twenty minutes' travel), and the visit moved from
    // 15:15 to 16:00 (by `Reschedule`). Not: the routine visit moved to next week, the moved
    // visit's old time, or the walk-in booked in (he is here already).
    assert_eq!(
        came,
        [
            ("13:53:30", "new-3", "marguerite-lalonde"),
            ("14:20", "new-1", "owen-fitzgerald"),
            ("14:50", "new-2", "farah-siddiqui"),
            ("15:50", "new-7", "nadia-boucher"),
        ]
    );
    let refused = played.journal.entries.iter().filter(|e| matches!(e.what, Entry::Refused { .. })).count();
    assert_eq!(refused, 0, "every check-in found its patient at the desk");

    // S10 on patients booked during the day, as on scripted arrivals.
    assert!(common::verdict(&played, "S10", "new-1").is_some_and(|j| j.kept), "{}", common::every_judgment(&played));
    assert!(common::verdict(&played, "S10", "new-2").is_some_and(|j| !j.kept), "{}", common::every_judgment(&played));
    assert!(
        common::verdict(&played, "S10", "new-7").is_some_and(|j| j.kept),
        "the moved visit is checked in: {}",
        common::every_judgment(&played)
    );
    // The routine walk-in put in the same-day reserve: T6's over-triage, and no S3 "kept".
    assert!(
        common::verdict(&played, "T6", "walkin-kowalchuk").is_some_and(|j| !j.kept),
        "{}",
        common::every_judgment(&played)
    );
    assert!(common::verdict(&played, "S3", "new-8").is_none(), "{}", common::every_judgment(&played));
    // The referred patient nobody checked in: the debrief says so, not that a delay went untold.
    let left = common::verdict(&played, "S7", "marguerite-lalonde-left").expect("judged");
    assert!(!left.kept && left.did.contains("never checked in"), "{}", left.did);
    assert!(
        common::verdict(&played, "T12", "referral-lalonde").is_some_and(|j| !j.kept),
        "{}",
        common::every_judgment(&played)
    );
    assert!(played.scorecard.passed, "{:.1}", played.scorecard.total);
}

/// A waitlist entry that `cancels_once_booked`: booked off the list for later today, the patient
/// cancels half an hour later, the cancellation reaches the inbox as any does, they do not come in,
/// and once the desk takes the visit out of the book the slot is free for the next in line.
#[test]
fn a_waitlist_patient_booked_for_today_who_then_cancels_does_not_come() {
    use std::sync::Arc;

    use clinic_day::scenario::time::TimeOfDay;
    use clinic_day::scenario::{AppointmentTypeId, BUILTIN, CancelsOnceBooked, Channel, PatientId, StaffId};
    use clinic_day::shift::Shift;
    use clinic_day::sim::action::BookRequest;
    use clinic_day::sim::inbox::InboxKind;
    use clinic_day::sim::{Action, SimTime};

    let builtin = BUILTIN.iter().find(|b| b.file == "greene-cardiology.ron").expect("the reference day");
    let mut scenario = builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario;
    let kwame = PatientId::from("kwame-asante");
    let entry = scenario.waitlist.iter_mut().find(|w| w.patient == kwame).expect("on the waitlist");
    entry.cancels_once_booked =
        Some(CancelsOnceBooked { after: 30, via: Channel::Phone, reason: "My daughter can't drive me today.".into() });
    let seed = scenario.randomness.seed;
    let mut day = Shift::new(Arc::new(scenario), seed);
    let booked_at = day.now;
    // The first time from 11:00 the book takes a follow-up with Dr. Greene (its own answer).
    let today = day.today();
    let (at, id) = (11 * 60..16 * 60)
        .step_by(5)
        .find_map(|m: u16| {
            let at = TimeOfDay::from_hm(m / 60, m % 60)?;
            let request = BookRequest {
                patient: kwame.clone(),
                physician: StaffId::from("greene"),
                kind: AppointmentTypeId::from("follow-up"),
                date: today,
                at,
                minutes: None,
                answers: None,
                approved_by: None,
            };
            day.apply(Action::Book(request)).ok()?;
            let id = day.book.appointments().find(|a| a.patient == kwame && a.date == today && a.at == at)?.id.clone();
            Some((at, id))
        })
        .expect("a free follow-up later today");
    assert_eq!(day.waitlist.iter().find(|w| w.entry.patient == kwame).and_then(|w| w.booked.clone()), Some(id.clone()));

    day.advance_to(booked_at.plus_minutes(29));
    assert!(!day.inbox.iter().any(|i| matches!(&i.kind, InboxKind::Cancellation(c) if c.appointment == id)));
    day.advance_to(booked_at.plus_minutes(30));
    let called = day.journal.entries.iter().any(
        |e| matches!(&e.what, Entry::Happened(Happening::CalledToCancel { appointment, .. }) if *appointment == id),
    );
    assert!(called, "the cancellation is journaled");
    assert!(
        day.inbox.iter().any(|i| matches!(&i.kind, InboxKind::Cancellation(c) if c.appointment == id)),
        "and reaches the inbox"
    );

    // The desk takes it out of the book: the slot is free for the next in line (S5).
    day.apply(Action::Cancel { appointment: id.clone(), reason: "Patient cancelled by phone".into() })
        .expect("cancelled");
    assert!(day.freed.iter().any(|slot| slot.appointment == id), "the slot is offered to the waitlist");
    day.advance_to(SimTime::from(at).plus_minutes(1));
    assert!(!day.visitors.iter().any(|v| v.patient == kwame), "he does not come in for the visit he cancelled");
}

/// `unmet-requests-day.ron`, written and graded by hand from RULEBOOK.md before it was run
/// (`unmet-requests-day.grade.md`): routine callers who asked for a visit and got none, a caller put
/// on the waitlist while routine slots were free, and a patient forgotten at the counter until the
/// day ended. The tool agrees with the hand grade judgment by judgment (80.4).
#[test]
fn requests_for_a_visit_left_unmet_and_a_patient_left_at_the_counter_are_judged() {
    let played = common::play_fixture("unmet-requests-day");
    assert!(
        common::verdict(&played, "T6", "call-lindqvist-bp").is_some_and(|j| j.kept),
        "booked: {}",
        common::every_judgment(&played)
    );
    assert!(
        common::verdict(&played, "T6", "call-tehrani-thyroid").is_some_and(|j| !j.kept),
        "nothing done: {}",
        common::every_judgment(&played)
    );
    assert!(
        common::verdict(&played, "T6", "call-arsenault-cholesterol")
            .is_some_and(|j| !j.kept && j.did.contains("routine slot was free")),
        "waitlisted while Friday 14:15 was free: {}",
        common::every_judgment(&played)
    );
    let forgotten = common::verdict(&played, "S7", "graham-kinnear-never-checked-in").expect("judged");
    assert!(!forgotten.kept && forgotten.did.contains("still at the counter"), "{}", forgotten.did);
    // A result for a patient with no visit today is not S12's (the chart before the visit).
    assert!(common::verdict(&played, "S12", "lab-gillespie-hba1c").is_none(), "{}", common::every_judgment(&played));
    assert_eq!(format!("{:.1}", played.scorecard.total), "80.4", "the hand grade's total");
}

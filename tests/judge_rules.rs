//! Every rule the judge applies, kept once and broken once, on the bench day
//! (`tests/fixtures/judge-day.ron`). T8 and S2 are reference knowledge, never judged.

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};
use clinic_day::scenario::{GreetingItem, InfoKind, Priority};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;
use clinic_day::sim::Action::*;
use clinic_day::sim::action::{Advice, BookRequest, Flag, Purpose, Sending, VoicemailItem};
use common::{assert_broken, assert_kept, at, bench};

fn answer_and_identify(day: &mut Shift, time: &str, call: &str) {
    at(day, time, [Answer { call: call.into() }, AskIdentifiers { call: call.into() }]);
}

fn booking(patient: &str, kind: &str, date: &str, time: &str, answers: Option<&str>) -> BookRequest {
    BookRequest {
        patient: patient.into(),
        physician: "lee".into(),
        kind: kind.into(),
        date: date.parse().expect("date"),
        at: time.parse().expect("time"),
        minutes: None,
        answers: answers.map(Into::into),
        approved_by: None,
    }
}

/// The routine caller (Ann) answered, identified and put on the waitlist instead of booked.
fn waitlist_the_routine_caller(day: &mut Shift) {
    answer_and_identify(day, "09:20", "call-routine");
    let place = AddToWaitlist {
        patient: "ann".into(),
        physician: "lee".into(),
        kind: "visit".into(),
        priority: Priority::Routine,
    };
    at(day, "09:21", [place, end("call-routine")]);
}

fn end(call: &str) -> Action {
    EndCall { call: call.into() }
}

fn message(call: &str, urgent: bool) -> Action {
    TakeMessage { call: call.into(), for_whom: "lee".into(), urgent, note: String::new() }
}

// ── Triage ───────────────────────────────────────────────────────────────────────────────────────

#[test]
fn t1_kept_when_the_caller_is_told_to_call_911() {
    let mut day = bench();
    at(
        &mut day,
        "09:05",
        [
            Answer { call: "call-chest".into() },
            Advise { call: "call-chest".into(), advice: Advice::Call911 },
            end("call-chest"),
        ],
    );
    assert_kept(&day, "T1", "call-chest");
}

#[test]
fn t1_broken_when_a_life_threat_is_booked_into_a_slot() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:05", "call-chest");
    at(&mut day, "09:05", [Book(booking("ann", "urgent", "2026-03-12", "12:00", Some("call-chest")))]);
    assert_broken(&day, "T1", "call-chest", Critical);
}

#[test]
fn t1_broken_when_the_emergency_caller_is_put_on_hold() {
    let mut day = bench();
    at(&mut day, "09:05", [Answer { call: "call-chest".into() }, Hold { call: "call-chest".into() }]);
    assert_broken(&day, "T1", "call-chest", Critical);
}

#[test]
fn t2_kept_when_the_desk_escalates_without_reassuring() {
    let mut day = bench();
    at(
        &mut day,
        "09:05",
        [
            Answer { call: "call-chest".into() },
            Advise { call: "call-chest".into(), advice: Advice::Call911 },
            end("call-chest"),
        ],
    );
    assert_kept(&day, "T2", "call-chest");
}

#[test]
fn t2_broken_and_critical_when_a_red_flag_is_reassured() {
    let mut day = bench();
    at(&mut day, "09:05", [Answer { call: "call-chest".into() }, Reassure { call: "call-chest".into() }]);
    assert_broken(&day, "T2", "call-chest", Critical);
}

#[test]
fn t3_kept_with_988_and_a_live_hand_off() {
    let mut day = bench();
    at(
        &mut day,
        "09:10",
        [
            Answer { call: "call-crisis".into() },
            Advise { call: "call-crisis".into(), advice: Advice::Crisis988 },
            Transfer { call: "call-crisis".into(), to: "nurse".into() },
        ],
    );
    assert_kept(&day, "T3", "call-crisis");
}

#[test]
fn t3_broken_when_a_message_is_taken_instead() {
    let mut day = bench();
    at(&mut day, "09:10", [Answer { call: "call-crisis".into() }, message("call-crisis", true)]);
    assert_broken(&day, "T3", "call-crisis", Critical);
}

#[test]
fn t4_kept_when_a_clinician_comes_at_once() {
    let mut day = bench();
    at(&mut day, "10:16", [FetchClinician { patient: "gus".into(), who: "lee".into() }]);
    assert_kept(&day, "T4", "walkin-distress");
}

#[test]
fn t4_broken_when_the_walk_in_is_left_waiting() {
    let mut day = bench();
    day.advance_to(common::t("10:21"));
    assert_broken(&day, "T4", "walkin-distress", Critical);
}

#[test]
fn t5_kept_when_a_same_day_need_is_booked_today() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [Book(booking("ann", "urgent", "2026-03-12", "12:00", Some("call-sameday"))), end("call-sameday")],
    );
    assert_kept(&day, "T5", "call-sameday");
}

#[test]
fn t5_broken_when_a_same_day_need_is_booked_days_out() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [Book(booking("ann", "visit", "2026-03-16", "09:00", Some("call-sameday"))), end("call-sameday")],
    );
    assert_broken(&day, "T5", "call-sameday", Major);
    // The debrief says what this caller needed, not the rule's case of a feverish infant.
    let expected = &common::judgment(&day, "T5", "call-sameday").expect("judged").expected;
    assert!(expected.contains("same-day slot") && !expected.contains("Infant"), "{expected}");
}

#[test]
fn t6_kept_when_a_routine_need_gets_a_routine_slot() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:20", [Book(booking("ann", "visit", "2026-03-13", "10:00", Some("call-routine")))]);
    assert_kept(&day, "T6", "call-routine");
}

#[test]
fn t6_broken_when_a_routine_callers_request_for_a_visit_goes_nowhere() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:21", [end("call-routine")]);
    day.finish();
    assert_broken(&day, "T6", "call-routine", Minor);
    let did = &common::judgment(&day, "T6", "call-routine").expect("judged").did;
    assert!(did.contains("no visit booked"), "{did}");
}

/// Booked from the book after the call ended: the request was met. Put on the waitlist while routine
/// slots were free: it was not.
#[test]
fn t6_judged_by_the_booking_made_after_the_call_and_broken_for_a_waitlist_place_instead_of_a_free_slot() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:21", [end("call-routine")]);
    at(&mut day, "09:25", [Book(booking("ann", "visit", "2026-03-13", "10:00", None))]);
    day.finish();
    assert!(common::judgment(&day, "T6", "call-routine").is_none_or(|j| j.kept));

    let mut day = bench();
    waitlist_the_routine_caller(&mut day);
    day.finish();
    // Routine slots were free: the waitlist is not the next routine slot.
    let t6 = common::judgment(&day, "T6", "call-routine").expect("judged");
    assert!(!t6.kept && t6.did.contains("while a routine slot was free"), "{}", t6.did);
}

/// A booking made for the caller on the line is judged against their need whether or not it names
/// the call: leaving `answers` out does not make a routine need in the reserve an urgent visit.
#[test]
fn a_booking_for_the_caller_on_the_line_is_judged_by_their_need_without_answers() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:20", [Book(booking("ann", "urgent", "2026-03-12", "12:00", None))]);
    assert_broken(&day, "T6", "call-routine", Minor);
    assert!(common::judgment(&day, "S3", "new-1").is_none(), "{:?}", common::judgment(&day, "S3", "new-1"));
}

/// A waitlist place meets a routine request when no routine slot was free that the patient could
/// come to (here she can come only after 23:00).
#[test]
fn t6_kept_for_a_waitlist_place_when_no_routine_slot_the_patient_can_come_to_is_free() {
    let mut day = common::bench_with_patient("ann", |ann| {
        ann.available = vec![clinic_day::scenario::Availability::NotBefore("23:00".parse().expect("a time"))];
    });
    waitlist_the_routine_caller(&mut day);
    day.finish();
    assert_kept(&day, "T6", "call-routine");
    let did = &common::judgment(&day, "T6", "call-routine").expect("judged").did;
    assert!(did.contains("No routine slot was free"), "{did}");
}

#[test]
fn t6_broken_when_a_routine_need_takes_a_reserved_slot() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:20", [Book(booking("ann", "visit", "2026-03-12", "16:30", Some("call-routine")))]);
    assert_broken(&day, "T6", "call-routine", Minor);
}

#[test]
fn t7_kept_when_the_message_is_marked_urgent() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(&mut day, "09:15", [message("call-sameday", true), end("call-sameday")]);
    assert_kept(&day, "T7", "call-sameday");
}

#[test]
fn t7_broken_when_the_message_is_downgraded() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(&mut day, "09:15", [message("call-sameday", false), end("call-sameday")]);
    assert_broken(&day, "T7", "call-sameday", Major);
    assert!(common::judgment(&day, "T7", "call-sameday").is_some_and(|j| j.did.contains("not urgent")));
}

#[test]
fn t7_kept_when_a_note_follows_sending_the_caller_on() {
    // An "FYI" message after the caller was put through is no downgrade: T7 looks at the whole call.
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [
            Advise { call: "call-sameday".into(), advice: Advice::EmergencyDepartment },
            message("call-sameday", false),
            end("call-sameday"),
        ],
    );
    assert_kept(&day, "T7", "call-sameday");
}

#[test]
fn t7_kept_when_the_caller_is_put_through_or_booked_today_and_weighs_as_an_urgent_message() {
    let mut through = bench();
    answer_and_identify(&mut through, "09:15", "call-sameday");
    at(&mut through, "09:15", [Transfer { call: "call-sameday".into(), to: "nurse".into() }]);
    assert_kept(&through, "T7", "call-sameday");
    let mut booked = bench();
    answer_and_identify(&mut booked, "09:15", "call-sameday");
    at(
        &mut booked,
        "09:15",
        [Book(booking("ann", "urgent", "2026-03-12", "12:00", Some("call-sameday"))), end("call-sameday")],
    );
    assert_kept(&booked, "T7", "call-sameday");
    let mut messaged = bench();
    answer_and_identify(&mut messaged, "09:15", "call-sameday");
    at(&mut messaged, "09:15", [message("call-sameday", true), end("call-sameday")]);
    let points = |day: &Shift| common::judgment(day, "T7", "call-sameday").expect("judged").points;
    assert_eq!(points(&through), points(&messaged), "one opportunity, one weight, whichever path");
}

#[test]
fn t5_and_t7_agree_when_a_same_day_caller_is_sent_to_the_emergency_department() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [Advise { call: "call-sameday".into(), advice: Advice::EmergencyDepartment }, end("call-sameday")],
    );
    assert_kept(&day, "T5", "call-sameday");
    assert_kept(&day, "T7", "call-sameday");
}

#[test]
fn a_caller_left_on_hold_until_they_hang_up_is_a_message_never_returned() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(&mut day, "09:16", [Hold { call: "call-sameday".into() }]);
    day.advance_to(common::t("10:00"));
    let id: clinic_day::scenario::EventId = "call-sameday".into();
    assert!(day.calls[&id].hung_up_on_hold, "the caller gave up");
    day.finish();
    assert_broken(&day, "T10", "call-sameday", Major);
    assert_broken(&day, "T5", "call-sameday", Major);
}

#[test]
fn t7_broken_when_the_call_ends_with_nothing_done() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(&mut day, "09:15", [end("call-sameday")]);
    assert_broken(&day, "T7", "call-sameday", Major);
    // A routine call has nothing to escalate.
    let mut routine = bench();
    answer_and_identify(&mut routine, "09:20", "call-routine");
    at(&mut routine, "09:20", [end("call-routine")]);
    assert!(common::judgment(&routine, "T7", "call-routine").is_none());
}

#[test]
fn t9_kept_with_a_note_and_a_safety_net() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [
            message("call-sameday", true),
            Advise { call: "call-sameday".into(), advice: Advice::CallBackIfWorse },
            Note { patient: "ann".into(), text: "Cough worse, fever; call-back today; 911 if worse".into() },
            end("call-sameday"),
        ],
    );
    day.finish();
    assert_kept(&day, "T9", "call-sameday-note");
}

#[test]
fn t9_broken_without_a_note() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(
        &mut day,
        "09:15",
        [
            message("call-sameday", true),
            Advise { call: "call-sameday".into(), advice: Advice::CallBackIfWorse },
            end("call-sameday"),
        ],
    );
    day.finish();
    assert_broken(&day, "T9", "call-sameday-note", Major);
}

#[test]
fn t10_kept_with_a_current_greeting_and_returned_voicemail() {
    let mut day = bench();
    use GreetingItem::*;
    at(
        &mut day,
        "09:00",
        [
            SetGreeting { mentions: vec![Hours, TodaysAvailability, Closures, Coverage, Emergency911, Health811] },
            PlaceCall {
                patient: "ann".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::ReturnVoicemail { voicemail: "vm-ann".into() },
            },
            message("vm-ann", false),
            end("vm-ann"),
        ],
    );
    day.finish();
    assert_kept(&day, "T10", "greeting");
    assert_kept(&day, "T10", "vm-ann");
}

#[test]
fn t10_broken_with_a_stale_greeting_and_an_unreturned_voicemail() {
    let mut day = bench();
    day.finish();
    assert_broken(&day, "T10", "greeting", Major);
    assert_broken(&day, "T10", "vm-ann", Major);
}

#[test]
fn t11_kept_when_the_physician_is_interrupted() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [FlagToPhysician {
            about: Flag::Document("lab-critical".into()),
            physician: "lee".into(),
            urgent: true,
            note: String::new(),
        }],
    );
    assert_kept(&day, "T11", "lab-critical");
}

#[test]
fn t11_broken_when_a_critical_result_is_just_filed() {
    let mut day = bench();
    at(&mut day, "10:20", [FileDocument { document: "lab-critical".into(), patient: "ann".into() }]);
    assert_broken(&day, "T11", "lab-critical", Critical);
}

#[test]
fn t11_broken_when_nobody_acts_within_fifteen_minutes() {
    let mut day = bench();
    day.advance_to(common::t("10:36"));
    assert_broken(&day, "T11", "lab-critical", Critical);
}

#[test]
fn t12_kept_when_an_urgent_referral_is_booked_within_a_week_and_phoned() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [
            RegisterPatient { patient: "hal".into() },
            Book(booking("hal", "new", "2026-03-13", "10:00", Some("referral-urgent"))),
            SendAppointmentDetails { appointment: "new-1".into(), to: "referrer".into(), by: Sending::Phone },
        ],
    );
    day.finish();
    assert_kept(&day, "T12", "referral-urgent");
}

#[test]
fn t12_broken_when_an_urgent_referral_waits_a_month() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [
            RegisterPatient { patient: "hal".into() },
            Book(booking("hal", "new", "2026-04-13", "10:00", Some("referral-urgent"))),
            SendAppointmentDetails { appointment: "new-1".into(), to: "referrer".into(), by: Sending::Phone },
        ],
    );
    day.finish();
    assert_broken(&day, "T12", "referral-urgent", Major);
}

#[test]
fn t12_broken_when_the_referral_visit_booked_today_ends_with_the_patient_unseen() {
    // Graded by hand before the run: booked for 13:00 today and phoned, Hal comes in at 12:50 and
    // nobody checks him in; he goes home unseen, so the referral has no visit: T12 broken (major),
    // said as a visit booked whose patient was not seen, not as "never booked".
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [
            RegisterPatient { patient: "hal".into() },
            Book(booking("hal", "new", "2026-03-12", "13:00", Some("referral-urgent"))),
            SendAppointmentDetails { appointment: "new-1".into(), to: "referrer".into(), by: Sending::Phone },
        ],
    );
    day.advance_to(common::t("16:00"));
    assert!(
        day.visitors
            .iter()
            .any(|v| v.patient.as_str() == "hal" && v.state == clinic_day::sim::desk::VisitorState::LeftUnseen),
        "Hal came in and went home unseen"
    );
    day.finish();
    assert_broken(&day, "T12", "referral-urgent", Major);
    let said = day.journal.judgments().find(|j| j.rule == "T12").map(|j| j.did.clone()).unwrap_or_default();
    assert!(said.contains("the patient was not seen"), "{said}");
}

// ── Confidentiality ──────────────────────────────────────────────────────────────────────────────

#[test]
fn c1_kept_when_the_caller_states_two_identifiers_before_booking() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:20", [Book(booking("ann", "visit", "2026-03-13", "10:00", Some("call-routine")))]);
    assert_kept(&day, "C1", "call-routine");
}

#[test]
fn c1_broken_when_the_date_of_birth_is_read_out() {
    let mut day = bench();
    at(
        &mut day,
        "09:20",
        [
            Answer { call: "call-routine".into() },
            ReadOutIdentifier { call: "call-routine".into(), patient: "ann".into() },
        ],
    );
    assert_broken(&day, "C1", "call-routine", Major);
}

#[test]
fn c1_critical_when_an_impostor_is_told_what_they_asked() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:24", "call-impostor");
    at(
        &mut day,
        "09:24",
        [Disclose { call: "call-impostor".into(), patient: "ann".into(), info: InfoKind::Demographics }],
    );
    assert_broken(&day, "C1", "call-impostor", Critical);
}

#[test]
fn c2_kept_when_a_spouse_without_authority_gets_a_message_taken() {
    let mut day = bench();
    at(&mut day, "09:22", [Answer { call: "call-spouse".into() }, message("call-spouse", false), end("call-spouse")]);
    assert_kept(&day, "C2", "call-spouse");
}

#[test]
fn c2_broken_and_critical_when_the_spouse_is_told_the_results() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:22", "call-spouse");
    at(&mut day, "09:22", [Disclose { call: "call-spouse".into(), patient: "ann".into(), info: InfoKind::Results }]);
    assert_broken(&day, "C2", "call-spouse", Critical);
}

#[test]
fn c3_kept_when_the_pharmacist_is_verified_by_call_back() {
    let mut day = bench();
    at(
        &mut day,
        "09:30",
        [
            Answer { call: "call-pharmacist".into() },
            CallBackOnFile { call: "call-pharmacist".into() },
            AskIdentifiers { call: "call-pharmacist".into() },
            Disclose { call: "call-pharmacist".into(), patient: "ann".into(), info: InfoKind::Medications },
            end("call-pharmacist"),
        ],
    );
    assert_kept(&day, "C3", "call-pharmacist");
}

#[test]
fn c3_broken_when_an_unverified_number_is_trusted() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:30", "call-pharmacist");
    at(
        &mut day,
        "09:30",
        [Disclose { call: "call-pharmacist".into(), patient: "ann".into(), info: InfoKind::Medications }],
    );
    assert_broken(&day, "C3", "call-pharmacist", Major);
}

#[test]
fn c18_broken_when_a_legitimate_request_from_the_circle_of_care_is_stonewalled() {
    let mut day = bench();
    at(&mut day, "09:30", [Answer { call: "call-pharmacist".into() }, end("call-pharmacist")]);
    assert_broken(&day, "C18", "call-pharmacist", Major);
}

fn third_party(call: &str, time: &str, patient: &str, info: InfoKind, rule: &str) {
    let mut kept = bench();
    at(&mut kept, time, [Answer { call: call.into() }, message(call, false), end(call)]);
    assert_kept(&kept, rule, call);
    let mut broken = bench();
    at(
        &mut broken,
        time,
        [
            Answer { call: call.into() },
            AskIdentifiers { call: call.into() },
            Disclose { call: call.into(), patient: patient.into(), info },
        ],
    );
    assert_broken(&broken, rule, call, Critical);
}

#[test]
fn c4_insurer_without_consent() {
    third_party("call-insurer", "09:35", "ann", InfoKind::Diagnosis, "C4");
}

#[test]
fn c5_employer_is_not_even_told_he_was_in() {
    third_party("call-employer", "09:40", "bob", InfoKind::Attendance, "C5");
}

#[test]
fn c6_police_without_a_warrant() {
    third_party("call-police", "09:45", "bob", InfoKind::Medications, "C6");
}

#[test]
fn c7_kept_when_a_risk_of_harm_goes_straight_to_the_physician() {
    let mut day = bench();
    at(
        &mut day,
        "09:50",
        [Answer { call: "call-harm".into() }, Transfer { call: "call-harm".into(), to: "lee".into() }],
    );
    assert_kept(&day, "C7", "call-harm");
}

#[test]
fn c7_broken_when_the_desk_sits_on_it() {
    let mut day = bench();
    at(&mut day, "09:50", [Answer { call: "call-harm".into() }, end("call-harm")]);
    assert_broken(&day, "C7", "call-harm", Critical);
}

#[test]
fn c8_kept_when_the_locked_part_is_withheld() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:52", "call-specialist");
    at(
        &mut day,
        "09:52",
        [SendRecord { call: "call-specialist".into(), patient: "dee".into(), withhold_locked: true }],
    );
    assert_kept(&day, "C8", "dee");
}

#[test]
fn c8_broken_when_the_locked_note_goes_out_too() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:52", "call-specialist");
    at(
        &mut day,
        "09:52",
        [SendRecord { call: "call-specialist".into(), patient: "dee".into(), withhold_locked: false }],
    );
    assert_broken(&day, "C8", "dee", Critical);
}

fn voicemail_to_bob(items: Vec<VoicemailItem>) -> Shift {
    let mut day = bench();
    at(
        &mut day,
        "09:01",
        [
            PlaceCall {
                patient: "bob".into(),
                number: clinic_day::scenario::PhoneKind::Mobile,
                purpose: Purpose::FollowUp,
            },
            LeaveVoicemail { patient: "bob".into(), says: items },
        ],
    );
    day
}

#[test]
fn c9_kept_with_a_minimal_voicemail() {
    use VoicemailItem::*;
    let day = voicemail_to_bob(vec![CallerName, ClinicName, CallbackNumber]);
    assert_kept(&day, "C9", "voicemail-bob-09:01");
}

#[test]
fn c9_broken_when_the_voicemail_names_the_test() {
    use VoicemailItem::*;
    let day = voicemail_to_bob(vec![CallerName, ClinicName, CallbackNumber, TestType]);
    assert_broken(&day, "C9", "voicemail-bob-09:01", Major);
}

/// Saying nothing aloud all day is no decision anyone had to make: it does not pad the total.
#[test]
fn c10_is_not_scored_when_nothing_is_said_aloud() {
    let mut day = bench();
    day.advance_to(common::t("09:26"));
    day.finish();
    assert!(day.journal.judgments().all(|j| j.rule != "C10"));
}

#[test]
fn c10_broken_when_the_reason_for_the_visit_is_said_aloud() {
    let mut day = bench();
    at(&mut day, "09:26", [SayAloud { patient: "ann".into(), info: InfoKind::Diagnosis }]);
    assert_broken(&day, "C10", "aloud-ann-09:26", Major);
}

#[test]
fn c11_kept_when_faxing_a_number_on_file_and_broken_when_typed_in() {
    let mut day = bench();
    at(
        &mut day,
        "09:01",
        [SendAppointmentDetails { appointment: "ann-today".into(), to: "lab".into(), by: Sending::Fax }],
    );
    assert_kept(&day, "C11", "send-lab-09:01");
    at(
        &mut day,
        "09:02",
        [SendAppointmentDetails { appointment: "ann-today".into(), to: "specialist".into(), by: Sending::Fax }],
    );
    assert_broken(&day, "C11", "send-specialist-09:02", Major);
}

#[test]
fn c12_kept_when_emailing_an_address_on_file_and_broken_without_one() {
    let mut day = bench();
    at(
        &mut day,
        "09:01",
        [SendAppointmentDetails { appointment: "ann-today".into(), to: "pharmacy".into(), by: Sending::Email }],
    );
    assert_kept(&day, "C12", "send-pharmacy-09:01");
    at(
        &mut day,
        "09:02",
        [SendAppointmentDetails { appointment: "ann-today".into(), to: "lab".into(), by: Sending::Email }],
    );
    assert_broken(&day, "C12", "send-lab-09:02", Major);
}

#[test]
fn c13_kept_when_an_abnormal_result_goes_to_the_physician() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [FlagToPhysician {
            about: Flag::Document("lab-abnormal".into()),
            physician: "lee".into(),
            urgent: false,
            note: String::new(),
        }],
    );
    assert_kept(&day, "C13", "lab-abnormal");
    // Kept, it weighs what mishandling an abnormal result costs (RULEBOOK C13: critical).
    assert_eq!(common::judgment(&day, "C13", "lab-abnormal").map(|j| j.severity), Some(Critical));
}

#[test]
fn c13_broken_when_an_abnormal_result_is_filed_unseen() {
    let mut day = bench();
    at(&mut day, "10:20", [FileDocument { document: "lab-abnormal".into(), patient: "ann".into() }]);
    assert_broken(&day, "C13", "lab-abnormal", Critical);
}

#[test]
fn c13_broken_when_results_are_read_out_to_the_patient() {
    let mut day = bench();
    at(
        &mut day,
        "09:00",
        [
            PlaceCall {
                patient: "ann".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::ReturnVoicemail { voicemail: "vm-ann".into() },
            },
            AskIdentifiers { call: "vm-ann".into() },
            Disclose { call: "vm-ann".into(), patient: "ann".into(), info: InfoKind::Results },
        ],
    );
    assert_broken(&day, "C13", "vm-ann", Major);
}

#[test]
fn c14_kept_when_only_needed_charts_are_opened() {
    let mut day = bench();
    at(&mut day, "09:01", [OpenChart { patient: "ann".into() }]);
    day.finish();
    assert_kept(&day, "C14", "charts");
}

#[test]
fn c14_broken_when_a_chart_is_browsed() {
    let mut day = bench();
    at(&mut day, "09:01", [OpenChart { patient: "zed".into() }]);
    assert_broken(&day, "C14", "chart-zed", Critical);
}

#[test]
fn c15_kept_when_a_misdirected_fax_is_reported() {
    let mut day = bench();
    at(&mut day, "10:20", [ReportBreach { document: "fax-wrong".into() }]);
    assert_kept(&day, "C15", "fax-wrong");
}

#[test]
fn c15_broken_when_it_is_filed_away() {
    let mut day = bench();
    at(&mut day, "10:20", [FileDocument { document: "fax-wrong".into(), patient: "ann".into() }]);
    assert_broken(&day, "C15", "fax-wrong", Critical);
}

#[test]
fn c16_kept_when_a_records_request_is_routed() {
    let mut day = bench();
    at(
        &mut day,
        "10:05",
        [
            Answer { call: "call-records".into() },
            AskIdentifiers { call: "call-records".into() },
            message("call-records", false),
            end("call-records"),
        ],
    );
    assert_kept(&day, "C16", "call-records");
}

#[test]
fn c16_broken_when_refused_at_the_desk() {
    let mut day = bench();
    at(&mut day, "10:05", [Answer { call: "call-records".into() }, end("call-records")]);
    assert_broken(&day, "C16", "call-records", Minor);
}

#[test]
fn c17_kept_when_reported_to_childrens_aid_and_the_physician_told() {
    let mut day = bench();
    at(
        &mut day,
        "10:10",
        [
            Answer { call: "call-welfare".into() },
            ReportToChildrensAid { call: "call-welfare".into() },
            message("call-welfare", true),
            end("call-welfare"),
        ],
    );
    day.finish();
    assert_kept(&day, "C17", "call-welfare");
}

#[test]
fn c17_broken_when_left_to_someone_else() {
    let mut day = bench();
    at(
        &mut day,
        "10:10",
        [Answer { call: "call-welfare".into() }, message("call-welfare", false), end("call-welfare")],
    );
    day.finish();
    assert_broken(&day, "C17", "call-welfare", Critical);
}

// ── Scheduling ───────────────────────────────────────────────────────────────────────────────────

#[test]
fn s1_kept_when_the_referral_gets_its_visit_type() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [
            RegisterPatient { patient: "hal".into() },
            Book(booking("hal", "new", "2026-03-13", "10:00", Some("referral-urgent"))),
        ],
    );
    assert_kept(&day, "S1", "new-1");
}

/// A patient new to the practice booked as a follow-up: S1's own example of a wrong visit type.
#[test]
fn s1_broken_when_a_new_patient_is_booked_as_a_follow_up() {
    let mut day = bench();
    at(
        &mut day,
        "10:20",
        [RegisterPatient { patient: "hal".into() }, Book(booking("hal", "visit", "2026-03-13", "10:00", None))],
    );
    assert_broken(&day, "S1", "new-1", Minor);
    let did = &common::judgment(&day, "S1", "new-1").expect("judged").did;
    assert!(did.contains("where a New patient"), "{did}");
}

#[test]
fn s1_broken_when_a_new_patient_gets_ten_minutes() {
    let mut day = bench();
    let mut request = booking("hal", "new", "2026-03-13", "10:00", Some("referral-urgent"));
    request.minutes = Some(10);
    at(&mut day, "10:20", [RegisterPatient { patient: "hal".into() }, Book(request)]);
    assert_broken(&day, "S1", "new-1", Major);
}

#[test]
fn s3_kept_when_a_reserved_slot_serves_an_urgent_need() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:15", "call-sameday");
    at(&mut day, "09:15", [Book(booking("ann", "urgent", "2026-03-12", "12:00", Some("call-sameday")))]);
    assert_kept(&day, "S3", "new-1");
}

/// The need decides, not the visit type the desk picked: a routine call put into today's reserve
/// as an urgent visit is T6's over-triage, and S3 does not also call it kept "for an urgent need".
#[test]
fn s3_not_kept_for_a_routine_need_booked_as_an_urgent_visit_into_todays_reserve() {
    let mut day = bench();
    answer_and_identify(&mut day, "09:20", "call-routine");
    at(&mut day, "09:20", [Book(booking("ann", "urgent", "2026-03-12", "12:00", Some("call-routine")))]);
    assert_broken(&day, "T6", "call-routine", Minor);
    assert!(common::judgment(&day, "S3", "new-1").is_none(), "S3 judged: {:?}", common::judgment(&day, "S3", "new-1"));
}

/// A patient forgotten at the counter until the day ended, never checked in: S7, as for one who
/// gave up and left.
#[test]
fn s7_broken_for_a_patient_still_at_the_counter_at_the_end_of_the_day_never_checked_in() {
    let mut day = bench();
    day.advance_to(common::t("10:05"));
    day.finish();
    let left = common::judgment(&day, "S7", "bob-never-checked-in").expect("judged");
    assert!(!left.kept && left.did.contains("never checked in"), "{}", left.did);
}

#[test]
fn s3_broken_when_a_reserved_slot_is_filled_days_ahead() {
    let mut day = bench();
    at(&mut day, "09:01", [Book(booking("gus", "visit", "2026-03-16", "16:30", None))]);
    assert_broken(&day, "S3", "new-1", Major);
}

#[test]
fn s4_kept_for_an_approved_short_add_on() {
    let mut day = bench();
    let mut request = booking("ann", "brief", "2026-03-17", "09:00", None);
    request.approved_by = Some("lee".into());
    at(&mut day, "09:01", [Book(request)]);
    assert_kept(&day, "S4", "add-on-ann-2026-03-17-09:00");
}

#[test]
fn s4_broken_when_squeezing_into_a_procedure() {
    let mut day = bench();
    let mut request = booking("ann", "brief", "2026-03-17", "10:00", None);
    request.approved_by = Some("lee".into());
    // The procedure slot cannot be shared: the booking is refused and the attempt judged.
    let refused = day.apply(Book(request));
    assert!(refused.is_err());
    assert_broken(&day, "S4", "add-on-ann-2026-03-17-10:00", Major);
}

#[test]
fn s5_kept_when_the_freed_slot_goes_to_the_top_of_the_waitlist() {
    let mut day = bench();
    at(
        &mut day,
        "10:25",
        [
            Cancel { appointment: "dee-cancel".into(), reason: "Feeling better".into() },
            PlaceCall {
                patient: "fay".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::WaitlistOffer,
            },
        ],
    );
    assert_kept(&day, "S5", "slot-dee-cancel");
}

#[test]
fn s5_broken_when_the_longest_waiting_routine_patient_is_offered_first() {
    let mut day = bench();
    at(
        &mut day,
        "10:25",
        [
            Cancel { appointment: "dee-cancel".into(), reason: "Feeling better".into() },
            PlaceCall {
                patient: "gus".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::WaitlistOffer,
            },
        ],
    );
    assert_broken(&day, "S5", "slot-dee-cancel", Major);
}

#[test]
fn s6_kept_when_urgent_patients_are_rebooked_first_within_their_availability() {
    let mut day = bench();
    at(
        &mut day,
        "13:00",
        [
            Reschedule {
                appointment: "dee-away".into(),
                date: "2026-03-18".parse().expect("date"),
                at: "09:00".parse().expect("time"),
                physician: None,
            },
            Reschedule {
                appointment: "ivy-away".into(),
                date: "2026-03-20".parse().expect("date"),
                at: "09:30".parse().expect("time"),
                physician: None,
            },
        ],
    );
    day.finish();
    assert_kept(&day, "S6", "dee-away");
    assert_kept(&day, "S6", "ivy-away");
    assert_kept(&day, "S6", "absence-order-lee-2026-03-19");
}

#[test]
fn s6_broken_in_list_order_against_availability_and_critical_when_an_urgent_patient_is_dropped() {
    let mut day = bench();
    at(
        &mut day,
        "13:00",
        [Reschedule {
            appointment: "ivy-away".into(),
            date: "2026-03-20".parse().expect("date"),
            at: "14:00".parse().expect("time"),
            physician: None,
        }],
    );
    day.finish();
    assert_broken(&day, "S6", "ivy-away", Major);
    assert_broken(&day, "S6", "dee-away", Critical);
    assert_broken(&day, "S6", "absence-order-lee-2026-03-19", Major);
}

#[test]
fn s6_order_is_not_judged_kept_when_nobody_was_rebooked() {
    let mut day = bench();
    at(&mut day, "13:00", []);
    day.finish();
    assert_broken(&day, "S6", "dee-away", Critical);
    assert_broken(&day, "S6", "ivy-away", Major);
    let order = day.journal.judgments().find(|j| j.rule == "S6" && j.about == "absence-order-lee-2026-03-19");
    assert!(order.is_none(), "an order nobody followed is not praised: {order:?}");
}

#[test]
fn s6_a_slot_accepted_on_a_rebooking_call_moves_the_visit_off_the_absence_day() {
    let mut day = bench();
    let request = booking("dee", "visit", "2026-03-18", "09:00", None);
    at(
        &mut day,
        "13:00",
        [
            PlaceCall {
                patient: "dee".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::Rebooking { appointment: "dee-away".into() },
            },
            OfferSlot { patient: "dee".into(), request },
            HangUp,
        ],
    );
    let original = day.book.get(&"dee-away".into()).expect("the original visit");
    assert!(!original.holds_time(), "the original was left booked: {:?}", original.status);
    day.finish();
    assert_kept(&day, "S6", "dee-away");
}

fn move_visit(day: &mut Shift, appointment: &str, date: &str, at_time: &str, physician: Option<&str>) {
    move_visit_with(day, "13:00", appointment, date, at_time, physician);
}

fn move_visit_with(day: &mut Shift, time: &str, appointment: &str, date: &str, at_time: &str, physician: Option<&str>) {
    at(
        day,
        time,
        [Reschedule {
            appointment: appointment.into(),
            date: date.parse().expect("date"),
            at: at_time.parse().expect("time"),
            physician: physician.map(Into::into),
        }],
    );
}

/// Dee (post-op, so urgent) was booked with Dr. Lee on Thursday 19 March, the conference day.
#[test]
fn s6_an_urgent_patient_moved_past_the_original_date_while_there_was_room_is_critical() {
    let mut day = bench();
    move_visit(&mut day, "dee-away", "2026-03-20", "09:00", None);
    day.finish();
    assert_broken(&day, "S6", "dee-away", Critical);
    let judgment = day.journal.judgments().find(|j| j.about == "dee-away").cloned().expect("judged");
    assert!(judgment.did.contains("though Dr. Ada Lee had room on Friday 13 March"), "{}", judgment.did);
}

/// Ivy (routine, mornings only): ten working days after Thursday 19 March is Thursday 2 April.
#[test]
fn s6_a_routine_patient_within_ten_working_days_is_kept_and_past_them_is_broken() {
    let mut inside = bench();
    move_visit(&mut inside, "ivy-away", "2026-04-02", "09:30", None);
    inside.finish();
    assert_kept(&inside, "S6", "ivy-away");
    let mut late = bench();
    move_visit(&mut late, "ivy-away", "2026-04-03", "09:30", None);
    late.finish();
    assert_broken(&late, "S6", "ivy-away", Major);
    let points = |day: &Shift| day.journal.judgments().find(|j| j.about == "ivy-away").map(|j| j.points);
    assert_eq!(points(&inside), points(&late));
}

/// The bench with a second physician, Dr. Park, in the office every weekday morning: whoever covers
/// Dr. Lee's conference day has a book.
fn bench_with_a_covering_physician() -> Shift {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judge-day.ron");
    let text = std::fs::read_to_string(path).expect("the bench");
    let park = r#"            (
                id: "park",
                name: "Dr. Min Park",
                specialty: "Family medicine",
                week: [(days: [Mon, Tue, Wed, Thu, Fri], from: "09:00", to: "12:00", types: ["visit"])],
            ),
        ],
        nurses:"#;
    let text = text.replacen(
        "        ],
        nurses:",
        park,
        1,
    );
    let scenario = clinic_day::scenario::load_str("bench-with-park.ron", &text)
        .unwrap_or_else(|r| panic!("{}", r.render(false)))
        .scenario;
    Shift::new(std::sync::Arc::new(scenario), 5)
}

#[test]
fn s6_an_urgent_patient_moved_to_another_physician_on_the_original_date_is_kept() {
    let mut day = bench_with_a_covering_physician();
    move_visit(&mut day, "dee-away", "2026-03-19", "09:00", Some("park"));
    day.finish();
    let moved = day.book.get(&"dee-away".into()).expect("the original");
    let clinic_day::book::Status::Rescheduled { to } = &moved.status else { panic!("not moved: {:?}", moved.status) };
    assert_eq!(day.book.get(to).map(|a| a.physician.as_str()), Some("park"));
    assert_kept(&day, "S6", "dee-away");
    let judgment = day.journal.judgments().find(|j| j.about == "dee-away").cloned().expect("judged");
    assert!(judgment.did.contains("with Dr. Min Park: on or before the original visit"), "{}", judgment.did);
}

#[test]
fn s6_every_moved_patient_is_told_the_same_day() {
    let mut day = bench();
    move_visit(&mut day, "dee-away", "2026-03-18", "09:00", None);
    move_visit(&mut day, "ivy-away", "2026-03-20", "09:30", None);
    at(&mut day, "13:05", rebooking_call_to_dee());
    day.finish();
    assert_kept(&day, "S6", "dee-away-told");
    assert_broken(&day, "S6", "ivy-away-told", Major);
}

/// The desk rings Dee (who always answers) about her visit on the conference day.
fn rebooking_call_to_dee() -> [Action; 2] {
    [
        PlaceCall {
            patient: "dee".into(),
            number: clinic_day::scenario::PhoneKind::Home,
            purpose: Purpose::Rebooking { appointment: "dee-away".into() },
        },
        HangUp,
    ]
}

fn waitlist(patient: &str) -> Action {
    AddToWaitlist { patient: patient.into(), physician: "lee".into(), kind: "visit".into(), priority: Priority::Urgent }
}

/// A waitlist place is no visit: an urgent patient of the absence put there while a physician had
/// room on or before the original date is S6 broken, critical, as a late move would be; and they
/// were never told the visit is off.
#[test]
fn s6_an_urgent_patient_waitlisted_while_there_was_room_is_critical_and_must_be_told() {
    let mut day = bench();
    at(&mut day, "13:00", [waitlist("dee")]);
    day.finish();
    assert_broken(&day, "S6", "dee-away", Critical);
    let judgment = day.journal.judgments().find(|j| j.about == "dee-away").cloned().expect("judged");
    assert!(
        judgment.did.contains("on the waitlist instead of rebooking them, though Dr. Ada Lee had room"),
        "{}",
        judgment.did
    );
    assert_broken(&day, "S6", "dee-away-told", Major);
}

/// Dee is away herself until the conference day: nobody had room she could come to in time, so the
/// waitlist is where she belongs, and the rebooking call that reaches her tells her so.
#[test]
fn s6_an_urgent_patient_waitlisted_when_nobody_had_room_in_time_is_kept_and_told() {
    use clinic_day::scenario::{Availability, time::DateRef};
    let mut day = common::bench_with_patient("dee", |p| {
        p.available = vec![Availability::Away { from: DateRef::Today(1), to: DateRef::Today(7) }];
    });
    at(&mut day, "13:00", [waitlist("dee")]);
    at(&mut day, "13:00", rebooking_call_to_dee());
    day.finish();
    assert_kept(&day, "S6", "dee-away");
    assert_eq!(day.journal.judgments().find(|j| j.about == "dee-away").map(|j| j.severity), Some(Critical));
    assert_kept(&day, "S6", "dee-away-told");
}

/// Ivy rings about her visit on the conference day and is moved while she is on the line: she was
/// told then, with no call of the desk's own.
#[test]
fn s6_a_patient_who_rings_to_reschedule_and_is_moved_on_her_own_call_was_told() {
    const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;
    let call = format!(
        r#"(at: "13:10", event: Call(id: "call-ivy-move", caller: (name: "Ivy Mornings", claims: Patient("ivy")), about: "ivy", says: ["I got your message about Dr. Lee's conference: can we move my visit?"], wants: Reschedule(appointment: "ivy-away"))),
        {ANCHOR}"#
    );
    let mut day = Shift::new(common::bench_variant(&[(ANCHOR, &call)]), 5);
    at(&mut day, "13:10", [Answer { call: "call-ivy-move".into() }]);
    move_visit_with(&mut day, "13:11", "ivy-away", "2026-03-20", "09:30", None);
    common::act(&mut day, [EndCall { call: "call-ivy-move".into() }]);
    day.finish();
    assert_kept(&day, "S6", "ivy-away-told");
}

#[test]
fn s7_kept_when_the_waiting_room_is_told() {
    let mut day = bench();
    at(&mut day, "11:31", [AnnounceDelay { minutes: 40 }]);
    day.advance_to(common::t("11:45"));
    assert_kept(&day, "S7", "delay-lee-0");
}

#[test]
fn s7_kept_when_told_just_inside_the_limit() {
    // Known at 11:30 (Dr. Lee 40 minutes late); the rulebook's limit is 15 minutes.
    let mut day = bench();
    at(&mut day, "11:45", [AnnounceDelay { minutes: 40 }]);
    day.advance_to(common::t("12:30"));
    assert_kept(&day, "S7", "delay-lee-0");
}

#[test]
fn s7_broken_when_the_room_fills_in_silence() {
    let mut day = bench();
    day.advance_to(common::t("11:45"));
    assert!(!day.judge().was_judged("S7", "delay-lee-0"), "judged before the limit passed");
    day.advance_to(common::t("11:46"));
    assert_broken(&day, "S7", "delay-lee-0", Minor);
}

#[test]
fn s8_kept_when_a_no_show_is_noted_and_flagged() {
    let mut day = bench();
    at(
        &mut day,
        "11:15",
        [
            Note { patient: "ivy".into(), text: "No-show".into() },
            FlagToPhysician {
                about: Flag::NoShow("ivy-noshow".into()),
                physician: "lee".into(),
                urgent: false,
                note: String::new(),
            },
        ],
    );
    day.finish();
    assert_kept(&day, "S8", "ivy-noshow");
}

#[test]
fn s8_broken_when_ignored() {
    let mut day = bench();
    day.advance_to(common::t("11:20"));
    day.finish();
    assert_broken(&day, "S8", "ivy-noshow", Major);
}

#[test]
fn s9_kept_when_tomorrows_patient_is_reminded_and_broken_when_not() {
    let mut day = bench();
    at(
        &mut day,
        "09:01",
        [
            PlaceCall {
                patient: "gus".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::Reminder { appointment: "gus-tomorrow".into() },
            },
            HangUp,
        ],
    );
    day.finish();
    assert_kept(&day, "S9", "gus-tomorrow");
    assert_broken(&day, "S9", "ann-tomorrow", Minor);
}

/// S9 asks for the consented channel: a minimal reminder left on a phone the patient never agreed
/// to take messages on is no reminder kept (and a C9 breach).
#[test]
fn s9_broken_when_the_reminder_is_left_where_the_patient_did_not_agree() {
    let mut day = common::bench_with_patient("gus", |gus| {
        gus.answers_calls = clinic_day::scenario::Pickup::Never;
        gus.contact.voicemail_on = None;
    });
    at(
        &mut day,
        "09:01",
        [
            PlaceCall {
                patient: "gus".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::Reminder { appointment: "gus-tomorrow".into() },
            },
            LeaveVoicemail {
                patient: "gus".into(),
                says: vec![
                    clinic_day::sim::action::VoicemailItem::CallerName,
                    clinic_day::sim::action::VoicemailItem::ClinicName,
                    clinic_day::sim::action::VoicemailItem::CallbackNumber,
                    clinic_day::sim::action::VoicemailItem::AppointmentDateTime,
                ],
            },
            HangUp,
        ],
    );
    day.finish();
    assert_broken(&day, "S9", "gus-tomorrow", Minor);
}

#[test]
fn s9_does_not_ask_to_remind_someone_the_desk_sent_to_the_emergency_department() {
    let mut day = bench();
    at(
        &mut day,
        "09:05",
        [
            Answer { call: "call-chest".into() },
            Advise { call: "call-chest".into(), advice: Advice::Call911 },
            end("call-chest"),
        ],
    );
    day.finish();
    assert!(common::judgment(&day, "S9", "ann-tomorrow").is_none(), "Ann went to hospital with chest pain today");
    assert_broken(&day, "S9", "gus-tomorrow", Minor);
}

#[test]
fn s10_kept_when_the_card_is_checked_before_check_in() {
    let mut day = bench();
    at(&mut day, "09:25", [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }]);
    assert_kept(&day, "S10", "ann-today");
}

#[test]
fn s10_broken_when_an_expired_card_is_accepted() {
    let mut day = bench();
    at(&mut day, "09:55", [VerifyHealthCard { patient: "bob".into() }, CheckIn { appointment: "bob-today".into() }]);
    assert_broken(&day, "S10", "bob-today", Major);
}

#[test]
fn s10_kept_when_a_borrowed_card_is_refused_and_referred() {
    let mut day = bench();
    at(
        &mut day,
        "10:25",
        [
            VerifyHealthCard { patient: "eve".into() },
            ReferToServiceOntario { patient: "eve".into() },
            CheckIn { appointment: "eve-today".into() },
        ],
    );
    assert_kept(&day, "S10", "eve-today");
}

#[test]
fn s10_critical_when_a_card_comes_before_help() {
    let mut day = bench();
    at(&mut day, "10:15", [VerifyHealthCard { patient: "gus".into() }]);
    assert_broken(&day, "S10", "gus-help-first", Critical);
}

#[test]
fn s10_help_before_the_card_is_kept_at_the_same_points() {
    let mut day = bench();
    at(
        &mut day,
        "10:15",
        [FetchClinician { patient: "gus".into(), who: "lee".into() }, VerifyHealthCard { patient: "gus".into() }],
    );
    assert_kept(&day, "S10", "gus-help-first");
    let kept = day.journal.judgments().find(|j| j.about == "gus-help-first").map(|j| j.points);
    let mut other = bench();
    at(&mut other, "10:15", [VerifyHealthCard { patient: "gus".into() }]);
    let broken = other.journal.judgments().find(|j| j.about == "gus-help-first").map(|j| j.points);
    assert_eq!(kept, broken);
}

#[test]
fn s11_kept_when_the_limited_use_request_goes_to_the_prescriber() {
    let mut day = bench();
    at(
        &mut day,
        "10:00",
        [
            Answer { call: "call-lu".into() },
            AskIdentifiers { call: "call-lu".into() },
            message("call-lu", true),
            end("call-lu"),
        ],
    );
    assert_kept(&day, "S11", "call-lu");
}

#[test]
fn s11_critical_when_the_desk_gives_a_code() {
    let mut day = bench();
    at(&mut day, "10:00", [Answer { call: "call-lu".into() }, GiveLimitedUseCode { call: "call-lu".into() }]);
    assert_broken(&day, "S11", "call-lu", Critical);
}

#[test]
fn s12_kept_when_missing_bloodwork_is_requested_and_details_updated() {
    let mut day = bench();
    at(
        &mut day,
        "09:25",
        [
            VerifyHealthCard { patient: "ann".into() },
            UpdateDemographics {
                patient: "ann".into(),
                change: clinic_day::sim::action::Demographic::Address("2 Oak St".into()),
            },
            RequestRecords { patient: "ann".into(), from: "lab".into(), what: "Blood count".into() },
            CheckIn { appointment: "ann-today".into() },
        ],
    );
    day.advance_to(common::t("09:35"));
    assert_kept(&day, "S12", "ann-details");
    assert_kept(&day, "S12", "ann-lab");
}

#[test]
fn s12_broken_when_the_visit_starts_without_them() {
    let mut day = bench();
    at(&mut day, "09:25", [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }]);
    day.advance_to(common::t("09:35"));
    assert_broken(&day, "S12", "ann-details", Minor);
    assert_broken(&day, "S12", "ann-lab", Minor);
}

#[test]
fn s13_kept_when_the_follow_up_is_booked_before_the_patient_leaves() {
    let mut day = bench();
    at(&mut day, "09:25", [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }]);
    at(&mut day, "09:46", [Book(booking("ann", "visit", "2026-03-18", "09:00", None))]);
    day.advance_to(common::t("10:00"));
    assert_kept(&day, "S13", "ann-today-orders");
}

#[test]
fn s13_broken_when_the_patient_leaves_with_nothing_booked() {
    let mut day = bench();
    at(&mut day, "09:25", [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }]);
    day.advance_to(common::t("10:00"));
    assert_broken(&day, "S13", "ann-today-orders", Minor);
}

#[test]
fn reference_rules_are_never_judged() {
    for style in [clinic_day::shift::autoplay::Style::Expert, clinic_day::shift::autoplay::Style::Novice] {
        let mut day = bench();
        clinic_day::shift::autoplay::autoplay(&mut day, style);
        assert!(day.journal.judgments().all(|j| j.rule != "T8" && j.rule != "S2"));
    }
}

#[test]
fn a_rule_switched_off_by_the_scenario_is_not_judged() {
    let mut scenario = (*common::bench_scenario()).clone();
    scenario.scoring.rules.push(clinic_day::scenario::RuleOverride {
        rule: "C14".into(),
        severity: None,
        weight: None,
        enabled: false,
    });
    let mut day = Shift::new(std::sync::Arc::new(scenario), 5);
    at(&mut day, "09:01", [OpenChart { patient: "zed".into() }]);
    assert!(common::judgment(&day, "C14", "chart-zed").is_none());
    let _ = Priority::Urgent;
}

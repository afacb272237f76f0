//! Tasks on the desk's list (format 2 `Task`): each job done by its time is kept under the rule it
//! answers to, not done by then is broken the minute its time passes (and says how late once it is
//! done), and the expert does each while the novice forgets the memo.

mod common;

use clinic_day::rules::Severity::{Major, Minor};
use clinic_day::scenario::PhoneKind;
use clinic_day::scenario::time::Weekday;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::Action::*;
use clinic_day::sim::action::{Purpose, VoicemailItem};

/// The bench day with one task given at 10:00, due by 11:00 (or closing when `by` is empty).
fn with_task(job: &str, by: &str) -> Shift {
    let task = format!(
        r#"(at: "10:00", event: Task(id: "memo", from: "Dr. Ada Lee", says: ["Please see to this today."], job: {job}{by})),
        (at: "09:00", event: Voicemail(id: "vm-ann""#
    );
    let scenario = common::bench_variant(&[(r#"(at: "09:00", event: Voicemail(id: "vm-ann""#, &task)]);
    Shift::new(scenario, 5)
}

fn call_bob(day: &mut Shift, at: &str) {
    common::at(
        day,
        at,
        [
            PlaceCall { patient: "bob".into(), number: PhoneKind::Mobile, purpose: Purpose::FollowUp },
            LeaveVoicemail {
                patient: "bob".into(),
                says: vec![VoicemailItem::CallerName, VoicemailItem::ClinicName, VoicemailItem::CallbackNumber],
            },
            HangUp,
        ],
    );
}

#[test]
fn a_call_the_physician_asked_for_is_kept_when_made_in_time() {
    let mut day = with_task(r#"CallPatient(patient: "bob")"#, r#", by: "11:00""#);
    call_bob(&mut day, "10:20");
    common::assert_kept(&day, "T9", "memo");
}

#[test]
fn a_call_made_late_is_broken_at_the_deadline_and_says_how_late() {
    let mut day = with_task(r#"CallPatient(patient: "bob")"#, r#", by: "11:00""#);
    day.advance_to(common::t("11:00"));
    assert!(common::judgment(&day, "T9", "memo").is_none(), "not late at the very minute it is due");
    day.advance_to(common::t("11:01"));
    common::assert_broken(&day, "T9", "memo", Major);
    call_bob(&mut day, "11:30");
    let late = day.journal.judgments().filter(|j| j.rule == "T9" && j.about == "memo").last().expect("judged");
    assert!(late.did.contains("done at 11:30, 30 minutes late"), "{}", late.did);
}

#[test]
fn a_call_made_before_the_memo_does_not_count() {
    let mut day = with_task(r#"CallPatient(patient: "bob")"#, r#", by: "11:00""#);
    call_bob(&mut day, "09:50");
    day.advance_to(common::t("11:01"));
    common::assert_broken(&day, "T9", "memo", Major);
}

#[test]
fn records_asked_for_before_closing_are_kept_and_never_asked_for_is_broken_at_closing() {
    let job = r#"RequestRecords(patient: "ann", from: "lab")"#;
    let mut done = with_task(job, "");
    common::at(&mut done, "15:00", [RequestRecords { patient: "ann".into(), from: "lab".into(), what: "CBC".into() }]);
    common::assert_kept(&done, "S12", "memo");

    let mut forgot = with_task(job, "");
    forgot.advance_to(common::t("16:59"));
    assert!(common::judgment(&forgot, "S12", "memo").is_none());
    common::act(&mut forgot, [EndDay]);
    forgot.advance_to(common::t("17:30"));
    common::assert_broken(&forgot, "S12", "memo", Minor);
}

#[test]
fn a_visit_booked_within_the_days_asked_is_kept() {
    let mut day = with_task(r#"Book(patient: "bob", kind: "visit", within_days: 7)"#, r#", by: "12:00""#);
    let request = clinic_day::sim::action::BookRequest {
        patient: "bob".into(),
        physician: "lee".into(),
        kind: "visit".into(),
        date: (1..7)
            .map(|n| day.today().plus_days(n))
            .find(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .expect("a weekday this week"),
        at: "10:00".parse().expect("a time"),
        minutes: None,
        answers: None,
        approved_by: None,
    };
    common::at(&mut day, "10:30", [Book(request)]);
    common::assert_kept(&day, "S13", "memo");
}

#[test]
fn the_expert_does_each_task_and_the_novice_forgets() {
    for (job, rule, severity) in [
        (r#"CallPatient(patient: "bob")"#, "T9", Major),
        (r#"Book(patient: "bob", kind: "visit", within_days: 7)"#, "S13", Minor),
        (r#"RequestRecords(patient: "ann", from: "lab")"#, "S12", Minor),
        (r#"SendDetails(appointment: "dee-away", to: "referrer")"#, "T12", Major),
        ("ReminderCalls", "S9", Minor),
    ] {
        let task = format!(
            r#"(at: "10:00", event: Task(id: "memo", from: "Dr. Ada Lee", says: ["Please see to this by 11:00."], job: {job}, by: "11:00")),
        (at: "09:00", event: Voicemail(id: "vm-ann""#
        );
        let scenario = common::bench_variant(&[(r#"(at: "09:00", event: Voicemail(id: "vm-ann""#, &task)]);
        let expert = run_day(scenario.clone(), 5, Player::Autoplay(Style::Expert));
        assert!(common::judged_as(&expert, rule, "memo", true, severity), "{job}: {}", common::every_judgment(&expert));
        let novice = run_day(scenario, 5, Player::Autoplay(Style::Novice));
        assert!(
            common::judged_as(&novice, rule, "memo", false, severity),
            "{job}: {}",
            common::every_judgment(&novice)
        );
    }
}

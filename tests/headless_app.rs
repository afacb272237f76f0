//! The simulation as the game runs it: a Bevy app on `MinimalPlugins` with the `SimPlugin`, driven
//! through `Action` messages and the `AppExt` helpers, one test per kind of scenario event.

mod common;

use std::time::Duration;

use bevy::app::{App, Update};
use bevy::ecs::message::MessageReader;
use bevy::ecs::prelude::{IntoScheduleConfigs, ResMut, Resource};
use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings};
use bevy::time::TimeUpdateStrategy;
use clinic_day::book::Status;
use clinic_day::scenario::{Event, PhoneKind};
use clinic_day::shift::plugin::{AppExt, DayNews, SimSet, headless_app};
use clinic_day::sim::Action::*;
use clinic_day::sim::action::{Advice, Purpose, Speed};
use clinic_day::sim::desk::VisitorState;
use clinic_day::sim::inbox::InboxKind;
use clinic_day::sim::journal::{Entry, Happening};
use clinic_day::sim::phone::CallState;
use common::{bench_scenario, t};

/// Everything the app published, for assertions.
#[derive(Resource, Default)]
struct News(Vec<Entry>);

fn collect(mut reader: MessageReader<DayNews>, mut news: ResMut<News>) {
    news.0.extend(reader.read().map(|n| n.0.what.clone()));
}

/// The bench day in an app whose `Update` schedule refuses ambiguous system order.
fn app() -> App {
    let mut app = headless_app(bench_scenario(), 5, Some(1));
    app.edit_schedule(Update, |schedule| {
        schedule
            .set_build_settings(ScheduleBuildSettings { ambiguity_detection: LogLevel::Error, ..Default::default() });
    });
    app.init_resource::<News>().add_systems(Update, collect.after(SimSet::Publish));
    app.update();
    app
}

fn news(app: &App) -> &[Entry] {
    &app.world().resource::<News>().0
}

#[test]
fn the_schedule_has_no_ambiguities_and_publishes_the_opening() {
    let app = app();
    assert!(matches!(news(&app).first(), Some(Entry::DayStarted { .. })));
    assert!(news(&app).iter().any(|e| matches!(e, Entry::Event { .. })), "the 09:00 voicemail is news");
}

#[test]
fn a_voicemail_waits_in_the_mailbox_and_its_return_call_is_a_call() {
    let mut app = app();
    assert_eq!(app.day().calls["vm-ann"].state, CallState::InMailbox);
    app.act(PlaceCall {
        patient: "ann".into(),
        number: PhoneKind::Home,
        purpose: Purpose::ReturnVoicemail { voicemail: "vm-ann".into() },
    });
    assert_eq!(app.day().calls["vm-ann"].state, CallState::Active, "Ann always answers");
    app.act(EndCall { call: "vm-ann".into() });
    assert_eq!(app.day().calls["vm-ann"].state, CallState::Ended);
}

#[test]
fn a_call_rings_is_answered_and_an_unanswered_one_rolls_to_voicemail() {
    let mut app = app();
    app.run_until(t("09:05"));
    assert_eq!(app.day().calls["call-chest"].state, CallState::Ringing);
    app.act(Answer { call: "call-chest".into() });
    app.act(Advise { call: "call-chest".into(), advice: Advice::Call911 });
    app.act(EndCall { call: "call-chest".into() });
    assert!(app.day().journal.judgments().any(|j| j.rule == "T1" && j.kept));
    app.run_until(t("09:11"));
    assert_eq!(app.day().calls["call-crisis"].state, CallState::InMailbox, "six rings, then voicemail");
    assert!(news(&app).iter().any(
        |e| matches!(e, Entry::Happened(Happening::RolledToVoicemail { call }) if call.as_str() == "call-crisis")
    ));
}

#[test]
fn an_arrival_comes_to_the_desk_is_checked_in_and_seen() {
    let mut app = app();
    app.run_until(t("09:25"));
    let ann = app.day().visitors.iter().find(|v| v.patient.as_str() == "ann").expect("Ann arrived");
    assert_eq!(ann.state, VisitorState::AtDesk);
    app.act(VerifyHealthCard { patient: "ann".into() });
    app.act(CheckIn { appointment: "ann-today".into() });
    app.run_until(t("09:31"));
    assert_eq!(app.day().book.get(&"ann-today".into()).map(|a| a.status.clone()), Some(Status::InRoom));
}

#[test]
fn a_walk_in_in_distress_is_at_the_desk_until_a_clinician_comes() {
    let mut app = app();
    app.run_until(t("10:15"));
    let gus = app.day().visitors.iter().find(|v| v.walk_in.is_some()).expect("the walk-in");
    assert!(gus.distress && gus.state == VisitorState::AtDesk);
    app.act(FetchClinician { patient: "gus".into(), who: "lee".into() });
    let gus = app.day().visitors.iter().find(|v| v.walk_in.is_some()).expect("the walk-in");
    assert_eq!(gus.state, VisitorState::InRoom);
}

#[test]
fn documents_and_cancellations_land_in_the_inbox() {
    let mut app = app();
    app.run_until(t("10:25"));
    let inbox = &app.day().inbox;
    for id in ["lab-critical", "lab-abnormal", "lab-normal", "referral-urgent", "fax-wrong"] {
        assert!(inbox.iter().any(|i| i.id.as_str() == id), "{id} in the inbox");
    }
    assert!(
        inbox.iter().any(|i| matches!(&i.kind, InboxKind::Cancellation(c) if c.appointment.as_str() == "dee-cancel"))
    );
    app.act(Cancel { appointment: "dee-cancel".into(), reason: "Feeling better".into() });
    assert_eq!(app.day().freed.len(), 1, "the slot is free for the waitlist");
}

#[test]
fn a_no_show_is_marked_in_the_book() {
    let mut app = app();
    app.run_until(t("11:15"));
    assert_eq!(app.day().book.get(&"ivy-noshow".into()).map(|a| a.status.clone()), Some(Status::NoShow));
}

#[test]
fn a_late_physician_pushes_the_afternoon() {
    let mut app = app();
    app.run_until(t("11:30"));
    let free = app.day().physician_free_at["lee"];
    assert!(free >= t("12:10"), "free at {free}");
}

#[test]
fn an_announced_absence_lists_the_patients_to_rebook() {
    let mut app = app();
    app.run_until(t("13:00"));
    let absence = app.day().absences.first().expect("announced");
    let affected: Vec<&str> = absence.affected.iter().map(|a| a.as_str()).collect();
    assert_eq!(affected, ["dee-away", "ivy-away"]);
    assert!(absence.urgent.contains("dee-away"), "post-op is urgent");
}

#[test]
fn one_of_a_pool_happens() {
    let mut app = app();
    app.run_until(t("13:30"));
    let a = app.day().calls.contains_key("call-oneof-a");
    let b = app.day().calls.contains_key("call-oneof-b");
    assert!(a ^ b, "exactly one alternative");
    let planned = app
        .day()
        .plan
        .iter()
        .filter(|p| matches!(&*p.event, Event::Call(c) if c.id.as_str().starts_with("call-oneof")))
        .count();
    assert_eq!(planned, 1);
}

#[test]
fn real_time_moves_the_clock_at_the_chosen_speed_and_pause_stops_it() {
    let mut app = app();
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(200)));
    app.update();
    let start = app.day().now;
    for _ in 0..5 {
        app.update();
    }
    let normal = app.day().now.since(start);
    assert_eq!(normal, 15, "1× is 15 simulated seconds per real second");
    app.act(SetSpeed(Speed::Faster));
    let before = app.day().now;
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(app.day().now.since(before), 60);
    app.act(Pause);
    let paused = app.day().now;
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(app.day().now, paused);
}

#[test]
fn refused_actions_are_journaled_with_the_reason() {
    let mut app = app();
    app.act(Answer { call: "call-chest".into() });
    let last = app.day().journal.entries.last().expect("journal");
    match &last.what {
        Entry::Refused { reason, .. } => assert!(reason.contains("has not come in yet"), "{reason}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn the_day_runs_to_its_end() {
    let mut app = app();
    app.run_to_end();
    assert!(app.day().finished);
    assert!(matches!(app.day().journal.entries.last().map(|e| &e.what), Some(Entry::DayEnded)));
}

#[test]
fn time_that_has_gone_by_cannot_be_booked() {
    let mut app = app();
    let day = app.day();
    let physician = day.scenario.staff.physicians[0].id.clone();
    let kind = day.scenario.appointment_types[0].id.clone();
    let patient = day.scenario.patients.iter().find(|p| p.on_file).expect("a patient").id.clone();
    let today = day.today();
    let opening = day.open.time_of_day().expect("opens in the day");
    app.advance(90);
    let before = app.day().book.made();
    app.act(Book(clinic_day::sim::action::BookRequest {
        patient,
        physician,
        kind,
        date: today,
        at: opening,
        minutes: None,
        answers: None,
        approved_by: None,
    }));
    assert_eq!(app.day().book.made(), before, "nothing was booked");
    let refused = app.day().journal.entries.iter().rev().find_map(|e| match &e.what {
        Entry::Refused { reason, .. } => Some(reason.clone()),
        _ => None,
    });
    assert!(refused.is_some_and(|r| r.contains("gone by")), "refused with the reason");
}

#[test]
fn skipping_ahead_waits_for_a_ringing_phone() {
    let mut app = app();
    // Let the day run to its first ringing call.
    while !app.day().calls.values().any(|c| c.state == CallState::Ringing) {
        let wake = app.day().next_wake().expect("a call comes");
        app.run_until(wake);
    }
    let now = app.day().now;
    app.act(SkipToNextEvent);
    assert_eq!(app.day().now, now, "the clock did not jump past the ringing phone");
    assert!(app.day().calls.values().any(|c| c.state == CallState::Ringing));
    assert!(matches!(app.day().journal.entries.last().map(|e| &e.what), Some(Entry::Refused { .. })));
}

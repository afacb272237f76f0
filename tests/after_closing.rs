//! The day ends at closing: after it, only the people still in the clinic and the call on the line
//! can be dealt with. Back-office work sent later (a whole shift's actions stamped after closing, as
//! a crafted action file would) is refused by the day, journaled as refused, and earns nothing.

mod common;

use std::sync::Arc;

use clinic_day::scenario::{BUILTIN, GreetingItem, PhoneKind, Scenario};
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::action::Purpose;
use clinic_day::sim::journal::Entry;
use clinic_day::sim::script::TimedAction;
use clinic_day::sim::{Action, SimTime};

fn tutorial() -> Arc<Scenario> {
    let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial ships");
    Arc::new(builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

#[test]
fn back_office_work_after_closing_is_refused_and_journaled_as_refused() {
    let scenario = tutorial();
    let mut shift = Shift::new(scenario.clone(), scenario.randomness.seed);
    let after = shift.close.plus_minutes(30);
    shift.advance_to(after);
    assert!(!shift.finished, "the day is still open for the desk to close it");
    let patient = scenario.patients.first().expect("a patient").id.clone();
    let call = Action::PlaceCall { patient, number: PhoneKind::Home, purpose: Purpose::FollowUp };
    let refused = shift.apply(call.clone()).expect_err("no new calls after closing");
    assert!(refused.contains("the office closed at"), "{refused}");
    let last = shift.journal.entries.last().expect("journaled");
    assert!(
        matches!(&last.what, Entry::Refused { action, .. } if *action == call),
        "the refusal takes the action's place: {last:?}"
    );
    // The greeting for the night, and closing the office, are still the desk's to do.
    shift.apply(Action::SetGreeting { mentions: vec![GreetingItem::Hours] }).expect("the night's greeting");
    shift.apply(Action::EndDay).expect("closing the office");
    assert!(shift.finished);
}

#[test]
fn a_shift_played_after_closing_earns_nothing_for_it() {
    let scenario = tutorial();
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
    assert!(expert.scorecard.passed, "the expert passes the tutorial");
    // The expert's decisions, every one stamped after the office closed, in the same order.
    let close = SimTime::from(scenario.clinic.hours.close);
    let late: Vec<TimedAction> = expert
        .actions
        .iter()
        .enumerate()
        .map(|(i, t)| TimedAction {
            at: close.plus_minutes(1).plus_seconds(u32::try_from(i).expect("few actions")),
            action: t.action.clone(),
        })
        .collect();
    let played = run_day(scenario, seed, Player::Script(&late));
    let refused: Vec<&Action> = played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            Entry::Refused { action, .. } => Some(action),
            _ => None,
        })
        .collect();
    // The back office is shut: no voicemail is returned, no document filed.
    assert!(refused.iter().any(|a| matches!(a, Action::PlaceCall { .. })), "{refused:?}");
    assert!(refused.iter().any(|a| matches!(a, Action::FileDocument { .. })), "{refused:?}");
    let broken = |rule: &str, words: &str| {
        played.scorecard.judgments.iter().any(|j| j.rule == rule && !j.kept && j.did.contains(words))
    };
    assert!(broken("T10", "message was never returned"), "{:#?}", played.scorecard.judgments);
    // The TSH result stays off Ruth Okafor's chart; she has no visit today, so it is no S12 matter
    // (the chart before the visit), and the refusal above is the whole of it.
    // What it still did was for the patient still in the clinic, and the night's greeting.
    assert!(played.scorecard.total < expert.scorecard.total - 25.0, "{:.1}", played.scorecard.total);
}

/// `closing-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
/// (`closing-day.grade.md`): a learner who does some of the afternoon's work after 16:00.
#[test]
fn after_closing_the_desk_still_deals_with_who_is_at_hand_and_what_cannot_wait() {
    let played = common::play_fixture("closing-day");
    let refused: Vec<(String, &Action)> = played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            Entry::Refused { action, .. } => Some((e.at.to_string(), action)),
            _ => None,
        })
        .collect();
    // Refused: the routine back office after closing (a rebooking call and a move nobody made in
    // the day), and a lab booking for a patient who has gone home.
    let kinds: Vec<(&str, &str)> = refused
        .iter()
        .map(|(at, a)| {
            let kind = match a {
                Action::PlaceCall { purpose: Purpose::Rebooking { .. }, .. } => "rebooking call",
                Action::Reschedule { .. } => "reschedule",
                Action::BookOutsideTest { .. } => "outside test",
                _ => "other",
            };
            (at.as_str(), kind)
        })
        .collect();
    assert_eq!(kinds, [("16:12", "rebooking call"), ("16:12:30", "reschedule"), ("16:20", "outside test")]);
    let judged = |rule: &str, kept: bool, words: &str| {
        played.scorecard.judgments.iter().any(|j| j.rule == rule && j.kept == kept && j.did.contains(words))
    };
    let all = || format!("{:#?}", played.scorecard.judgments);
    // Allowed after closing: the critical result flagged within its 15 minutes, the urgent message
    // returned, the follow-up booked while the patient was still at the desk, the night's greeting.
    assert!(judged("T11", true, "13 minutes after it came in"), "{}", all());
    assert!(judged("T10", true, "Returned Claire Fontaine's message"), "{}", all());
    assert!(judged("T10", true, "Brought the outgoing greeting up to date"), "{}", all());
    assert!(judged("S13", false, "Fasting lipid panel"), "the lab booking came after he left: {}", all());
    assert!(judged("S6", false, "an urgent patient, was left booked"), "{}", all());
    assert!(played.scorecard.failed_gates.is_empty(), "{:?}", played.scorecard.failed_gates);
}

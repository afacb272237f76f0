//! Someone at the counter who is not there to be seen (format 2 `Visitor`): judged by the same
//! privacy rules as a caller (a police officer without a warrant told nothing, C6; a spouse told
//! only what the chart allows, C2), attended to with the call's controls, and waiting at the counter
//! (never rolling to voicemail) while the desk is on the phone.

mod common;

use clinic_day::rules::Severity::Critical;
use clinic_day::scenario::InfoKind;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::Action::*;
use clinic_day::sim::phone::CallState;

/// The bench day with its police call and the spouse's call made visits to the counter.
fn at_the_counter() -> Shift {
    let scenario = common::bench_variant(&[
        ("event: Call(id: \"call-police\"", "event: Visitor(id: \"call-police\""),
        ("event: Call(id: \"call-spouse\"", "event: Visitor(id: \"call-spouse\""),
    ]);
    Shift::new(scenario, 5)
}

#[test]
fn an_officer_without_a_warrant_at_the_counter_is_told_nothing() {
    let mut told = at_the_counter();
    common::at(
        &mut told,
        "09:45",
        [
            Answer { call: "call-police".into() },
            Disclose { call: "call-police".into(), patient: "bob".into(), info: InfoKind::Medications },
            EndCall { call: "call-police".into() },
        ],
    );
    common::assert_broken(&told, "C6", "call-police", Critical);

    let mut declined = at_the_counter();
    common::at(
        &mut declined,
        "09:45",
        [
            Answer { call: "call-police".into() },
            TakeMessage { call: "call-police".into(), for_whom: "lee".into(), urgent: false, note: String::new() },
            EndCall { call: "call-police".into() },
        ],
    );
    common::assert_kept(&declined, "C6", "call-police");
}

#[test]
fn a_spouse_at_the_counter_is_told_only_what_the_chart_allows() {
    let mut told = at_the_counter();
    common::at(
        &mut told,
        "09:22",
        [
            Answer { call: "call-spouse".into() },
            AskIdentifiers { call: "call-spouse".into() },
            Disclose { call: "call-spouse".into(), patient: "ann".into(), info: InfoKind::Results },
            EndCall { call: "call-spouse".into() },
        ],
    );
    common::assert_broken(&told, "C2", "call-spouse", Critical);

    let mut declined = at_the_counter();
    common::at(&mut declined, "09:22", [Answer { call: "call-spouse".into() }, EndCall { call: "call-spouse".into() }]);
    common::assert_kept(&declined, "C2", "call-spouse");
}

#[test]
fn someone_at_the_counter_waits_there_while_the_desk_is_on_the_phone() {
    let mut day = at_the_counter();
    common::at(&mut day, "09:22", [Answer { call: "call-spouse".into() }]);
    // The impostor's call rings at 09:24: answering it asks the visitor to wait.
    common::at(&mut day, "09:24", [Answer { call: "call-impostor".into() }]);
    assert_eq!(day.calls["call-spouse"].state, CallState::OnHold);
    // Long past any caller's patience and any ring count: still at the counter, not in the mailbox.
    day.advance_to(common::t("10:40"));
    let spouse = &day.calls["call-spouse"];
    assert_eq!(spouse.state, CallState::OnHold, "a visitor asked to wait does not turn into a voicemail");
    assert!(!day.mailbox.iter().any(|id| id.as_str() == "call-spouse"));
    // The officer came at 09:45 and has not been attended to: waiting at the counter, not rolled over.
    assert_eq!(day.calls["call-police"].state, CallState::Ringing);
    // Skipping ahead is refused while they stand there.
    assert!(day.apply(SkipToNextEvent).is_err());
}

#[test]
fn the_expert_declines_the_officer_and_the_spouse_at_the_counter() {
    let scenario = common::bench_variant(&[
        ("event: Call(id: \"call-police\"", "event: Visitor(id: \"call-police\""),
        ("event: Call(id: \"call-spouse\"", "event: Visitor(id: \"call-spouse\""),
    ]);
    let expert = run_day(scenario.clone(), 5, Player::Autoplay(Style::Expert));
    let all = common::every_judgment(&expert);
    assert!(common::judged_as(&expert, "C6", "call-police", true, Critical), "{all}");
    assert!(common::judged_as(&expert, "C2", "call-spouse", true, Critical), "{all}");
    let novice = run_day(scenario, 5, Player::Autoplay(Style::Novice));
    let all = common::every_judgment(&novice);
    assert!(
        novice.journal.judgments().any(|j| ["call-police", "call-spouse"].contains(&j.about.as_str())),
        "the novice's visits to the counter are judged too: {all}"
    );
}

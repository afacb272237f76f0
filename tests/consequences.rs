//! Consequences (format 2): events that happen only if (`only_if`) or unless (`unless`) the desk did
//! something earlier, decided when they come due and journaled as a branch; and the wait told to
//! one person (`TellWait`), which a walk-in acts on (`leaves_if_told_over`) and the judge holds to
//! the wait there was (S7), or to T4 when someone unwell leaves on hearing it.

mod common;

use clinic_day::rules::Severity::{Critical, Minor};
use clinic_day::scenario::EventId;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::sim::action::Advice;
use clinic_day::sim::{Action::*, Day, Entry};

const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;

/// The bench day with Bob ringing at 09:02 with chest pain, and two calls that depend on what the
/// desk did with him: the emergency department at 11:00 if he was sent there, his wife at 15:00
/// asking why nobody called if he was not.
fn with_consequences() -> Shift {
    let calls = format!(
        r#"(at: "09:02", event: Call(id: "call-bob", caller: (name: "Bob Jones", claims: Patient("bob")), about: "bob", says: ["There's a pressure in my chest going into my left arm."], wants: Appointment(reason: "Chest"), symptoms: (complaint: "Chest pressure into the left arm", acuity: Emergency, red_flags: [ChestPain]))),
        (at: "11:00", only_if: SentToEmergency("call-bob"), event: Call(id: "call-er", caller: (name: "Dr. Wu", claims: Patient("bob")), about: "bob", says: ["Emergency here: Bob Jones was admitted with a heart attack."], wants: Message("Bob was admitted"))),
        (at: "15:00", unless: SentToEmergency("call-bob"), event: Call(id: "call-wife", caller: (name: "Mary Jones", claims: Patient("bob")), about: "bob", says: ["Nobody called Bob back and he's worse."], wants: Message("Why did nobody call?"))),
        {ANCHOR}"#
    );
    Shift::new(common::bench_variant(&[(ANCHOR, &calls)]), 5)
}

/// Whether the event `id` happened in the day's journal.
fn happened(day: &Day, id: &str) -> bool {
    day.journal
        .entries
        .iter()
        .any(|e| matches!(&e.what, Entry::Event { event, .. } if event.id() == Some(&EventId::from(id))))
}

/// The branches journaled, as (happens, because).
fn branches(day: &Day) -> Vec<(bool, String)> {
    day.journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            Entry::Branch { happens, because, .. } => Some((*happens, because.to_string())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_caller_sent_to_emergency_brings_the_hospital_and_not_the_angry_wife() {
    let mut day = with_consequences();
    common::at(
        &mut day,
        "09:02",
        [Answer { call: "call-bob".into() }, Advise { call: "call-bob".into(), advice: Advice::Call911 }],
    );
    common::act(&mut day, [EndCall { call: "call-bob".into() }]);
    day.advance_to(common::t("16:00"));
    assert!(happened(&day, "call-er"), "the emergency department calls");
    assert!(!happened(&day, "call-wife"), "the wife does not");
    let branches = branches(&day);
    assert_eq!(
        branches,
        vec![
            (true, "`call-bob` was sent to emergency care".to_owned()),
            (false, "`call-bob` was sent to emergency care".to_owned())
        ]
    );
}

#[test]
fn a_caller_not_sent_brings_the_wife_and_the_hospital_never_calls() {
    let mut day = with_consequences();
    common::at(&mut day, "09:02", [Answer { call: "call-bob".into() }, EndCall { call: "call-bob".into() }]);
    day.advance_to(common::t("16:00"));
    assert!(!happened(&day, "call-er"));
    assert!(happened(&day, "call-wife"));
    assert_eq!(branches(&day)[0], (false, "`call-bob` was not sent to emergency care".to_owned()));
    // An event that did not happen cannot be acted on: the day says it never came.
    let refused = day.apply(Answer { call: "call-er".into() });
    assert!(refused.is_err(), "{refused:?}");
}

#[test]
fn the_expert_and_the_novice_take_different_branches() {
    let scenario = with_consequences().scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    let novice = common::autoplayed(scenario, Style::Novice);
    let took = |played: &clinic_day::shift::outcome::Outcome, id: &str| {
        played
            .journal
            .entries
            .iter()
            .any(|e| matches!(&e.what, Entry::Event { event, .. } if event.id() == Some(&EventId::from(id))))
    };
    assert!(took(&expert, "call-er") && !took(&expert, "call-wife"));
    assert!(!took(&novice, "call-er") && took(&novice, "call-wife"));
}

const WALK_IN: &str = r#"            event: WalkIn(
                id: "walkin-distress","#;

/// The bench's unwell walk-in (Gus, 10:15, pale and sweating) who leaves if told a wait of more
/// than 30 minutes.
fn with_walk_in_who_leaves() -> Shift {
    let edited = format!("{WALK_IN}\n                leaves_if_told_over: 30,");
    Shift::new(common::bench_variant(&[(WALK_IN, &edited)]), 5)
}

#[test]
fn an_unwell_walk_in_told_an_hour_leaves_and_t4_is_broken_critical() {
    let mut day = with_walk_in_who_leaves();
    common::at(&mut day, "10:16", [TellWait { patient: "gus".into(), minutes: 60 }]);
    let gus = day.visitors.iter().find(|v| v.patient.as_str() == "gus").expect("Gus came");
    assert_eq!(gus.state, clinic_day::sim::desk::VisitorState::LeftUnseen);
    common::assert_broken(&day, "T4", "walkin-distress", Critical);
    let did = &common::judgment(&day, "T4", "walkin-distress").expect("judged").did;
    assert!(did.contains("about 60 minutes") && did.contains("left 1 minute after reaching it"), "{did}");
    // Gone is gone: nobody can be fetched to him now.
    assert!(day.apply(FetchClinician { patient: "gus".into(), who: "nurse".into() }).is_err());
}

#[test]
fn told_a_wait_he_will_stay_for_he_stays_and_can_still_be_helped() {
    let mut day = with_walk_in_who_leaves();
    common::at(&mut day, "10:16", [TellWait { patient: "gus".into(), minutes: 20 }]);
    common::act(&mut day, [FetchClinician { patient: "gus".into(), who: "nurse".into() }]);
    common::assert_kept(&day, "T4", "walkin-distress");
}

/// The bench day at 09:25: Ann, booked at 09:30, checked in and told a wait of `minutes`.
fn ann_told(minutes: u16) -> Shift {
    let mut day = common::bench();
    let check_in = [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }];
    common::at(&mut day, "09:25", check_in);
    common::act(&mut day, [TellWait { patient: "ann".into(), minutes }]);
    day.advance_to(common::t("09:31"));
    day
}

#[test]
fn the_wait_told_is_held_to_the_wait_there_was() {
    // Told 5 minutes and seen at 09:30: kept.
    common::assert_kept(&ann_told(5), "S7", "ann-wait-told");
    // Told an hour and seen five minutes later: overstated, broken.
    let over = ann_told(60);
    common::assert_broken(&over, "S7", "ann-wait-told", Minor);
    let did = &common::judgment(&over, "S7", "ann-wait-told").expect("judged").did;
    assert!(did.contains("about 60 minutes") && did.contains("5 minutes later"), "{did}");
    // Told five, and Dr. Lee is then forty minutes late: understated, unless told again.
    let late = format!(r#"(at: "09:27", event: PhysicianLate(physician: "lee", minutes: 40)), {ANCHOR}"#);
    let mut under = Shift::new(common::bench_variant(&[(ANCHOR, &late)]), 5);
    let check_in = [VerifyHealthCard { patient: "ann".into() }, CheckIn { appointment: "ann-today".into() }];
    common::at(&mut under, "09:25", check_in);
    common::act(&mut under, [TellWait { patient: "ann".into(), minutes: 5 }]);
    let mut told_again = under.clone();
    under.advance_to(common::t("10:30"));
    common::assert_broken(&under, "S7", "ann-wait-told", Minor);
    common::at(&mut told_again, "09:28", [TellWait { patient: "ann".into(), minutes: 40 }]);
    told_again.advance_to(common::t("10:30"));
    common::assert_kept(&told_again, "S7", "ann-wait-told");
}

#[test]
fn a_delay_announced_past_someones_limit_sends_them_home() {
    let arrival = r#"(at: "09:55", event: Arrival(appointment: "bob-today"))"#;
    let leaves = r#"(at: "09:55", event: Arrival(appointment: "bob-today", leaves_if_told_over: 20))"#;
    let mut day = Shift::new(common::bench_variant(&[(arrival, leaves)]), 5);
    common::at(
        &mut day,
        "09:55",
        [VerifyHealthCard { patient: "bob".into() }, CheckIn { appointment: "bob-today".into() }],
    );
    common::act(&mut day, [AnnounceDelay { minutes: 45 }]);
    let bob = day.visitors.iter().find(|v| v.patient.as_str() == "bob").expect("Bob came");
    assert_eq!(bob.state, clinic_day::sim::desk::VisitorState::LeftUnseen);
}

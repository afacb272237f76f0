//! The reason on request (format 2 `says_when_asked`, T13): a caller who asks for "the next
//! available" and says what is wrong only when asked. Asked, T13 is kept and the reason shows in the
//! call's transcript; booked without asking, T13 is broken, critical when the reason carries red
//! flags. The expert asks; the novice books what it heard at hello.

mod common;

use clinic_day::rules::Severity::{Critical, Major};
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::sim::Action::*;

const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;

/// The bench day with Bob calling at 09:02 for "the next available", and saying only when asked
/// what it is about (chest pain when `red_flags`, a routine check otherwise).
fn with_caller(chest_pain: bool) -> Shift {
    let (said, symptoms) = if chest_pain {
        (
            "Since this morning there's a pressure in my chest, and it goes into my left arm.",
            r#"(complaint: "Chest pressure into the left arm since this morning", acuity: Emergency, red_flags: [ChestPain])"#,
        )
    } else {
        ("It's just my yearly blood pressure check.", r#"(complaint: "Blood pressure check", acuity: Routine)"#)
    };
    let call = format!(
        r#"(at: "09:02", event: Call(id: "call-bob", caller: (name: "Bob Jones", claims: Patient("bob")), about: "bob", says: ["Hi, can I get the next available with Dr. Lee?"], says_when_asked: ["{said}"], wants: Appointment(reason: "Next available"), symptoms: {symptoms})),
        {ANCHOR}"#
    );
    Shift::new(common::bench_variant(&[(ANCHOR, &call)]), 5)
}

#[test]
fn asked_what_it_is_about_is_kept_and_the_reason_is_heard() {
    let mut day = with_caller(false);
    common::at(&mut day, "09:02", [Answer { call: "call-bob".into() }, AskWhy { call: "call-bob".into() }]);
    let view = clinic_day::ui::view::phone::PhoneView::of(&day, clinic_day::i18n::Lang::En);
    let heard = format!("{view:?}");
    assert!(heard.contains("yearly blood pressure check"), "the reason is in the transcript once asked");
    common::act(&mut day, [EndCall { call: "call-bob".into() }]);
    common::assert_kept(&day, "T13", "call-bob");
}

#[test]
fn the_reason_is_not_heard_before_asking() {
    let mut day = with_caller(false);
    common::at(&mut day, "09:02", [Answer { call: "call-bob".into() }]);
    let heard = format!("{:?}", clinic_day::ui::view::phone::PhoneView::of(&day, clinic_day::i18n::Lang::En));
    assert!(!heard.contains("yearly blood pressure check"));
}

#[test]
fn a_call_ended_without_asking_is_broken_and_critical_with_red_flags() {
    let mut routine = with_caller(false);
    common::at(&mut routine, "09:02", [Answer { call: "call-bob".into() }, EndCall { call: "call-bob".into() }]);
    common::assert_broken(&routine, "T13", "call-bob", Major);

    let mut chest = with_caller(true);
    common::at(&mut chest, "09:02", [Answer { call: "call-bob".into() }, EndCall { call: "call-bob".into() }]);
    common::assert_broken(&chest, "T13", "call-bob", Critical);
    let did = &common::judgment(&chest, "T13", "call-bob").expect("judged").did;
    assert!(did.contains("pressure in my chest"), "{did}");
}

#[test]
fn the_expert_asks_and_sends_the_chest_pain_to_911_and_the_novice_books_it() {
    let scenario = with_caller(true).scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert!(common::judged_as(&expert, "T13", "call-bob", true, Critical), "{}", common::every_judgment(&expert));
    assert!(common::judged_as(&expert, "T1", "call-bob", true, Critical), "{}", common::every_judgment(&expert));
    let novice = common::autoplayed(scenario, Style::Novice);
    assert!(common::judged_as(&novice, "T13", "call-bob", false, Critical), "{}", common::every_judgment(&novice));
}

#[test]
fn asking_only_after_booking_is_broken() {
    let mut day = with_caller(false);
    let request = clinic_day::sim::action::BookRequest {
        patient: "bob".into(),
        physician: "lee".into(),
        kind: "visit".into(),
        date: "2026-03-18".parse().expect("date"),
        at: "09:00".parse().expect("time"),
        minutes: None,
        answers: Some("call-bob".into()),
        approved_by: None,
    };
    common::at(&mut day, "09:02", [Answer { call: "call-bob".into() }]);
    let booked = day.apply(Book(request));
    assert!(booked.is_ok(), "{booked:?}");
    common::act(&mut day, [AskWhy { call: "call-bob".into() }, EndCall { call: "call-bob".into() }]);
    common::assert_broken(&day, "T13", "call-bob", Major);
    assert!(
        common::judgment(&day, "T13", "call-bob").expect("judged").did.starts_with("Booked Bob Jones before asking")
    );
}

/// The bench day with Dee walking in at 09:05 to ask "can I see someone today?", saying what is
/// wrong only when asked what brings her in.
fn with_walk_in() -> Shift {
    let walk_in = format!(
        r#"(at: "09:05", event: WalkIn(id: "walkin-dee", person: "dee", says: ["Hi, can I see someone today?"], says_when_asked: ["It burns when I pee, and since last night I've had a fever and pain in my back."], symptoms: (complaint: "Urinary symptoms with fever and flank pain", acuity: SameDay, red_flags: [Infection]))),
        {ANCHOR}"#
    );
    Shift::new(common::bench_variant(&[(ANCHOR, &walk_in)]), 5)
}

fn dee_today() -> clinic_day::sim::action::BookRequest {
    clinic_day::sim::action::BookRequest {
        patient: "dee".into(),
        physician: "lee".into(),
        kind: "urgent".into(),
        date: clinic_day::scenario::time::Date::from_ymd(2026, 3, 12).expect("a date"),
        at: "12:00".parse().expect("a time"),
        minutes: None,
        answers: Some("walkin-dee".into()),
        approved_by: None,
    }
}

#[test]
fn a_walk_in_asked_what_brings_them_in_before_booking_is_kept_and_heard() {
    let mut day = with_walk_in();
    common::at(&mut day, "09:06", [AskWhyHere { patient: "dee".into() }]);
    let card = format!("{:?}", clinic_day::ui::view::desk::DeskView::of(&day, clinic_day::i18n::Lang::En));
    assert!(card.contains("It burns when I pee"), "the reason is on her card once asked");
    common::act(&mut day, [Book(dee_today())]);
    common::assert_kept(&day, "T13", "walkin-dee");
    assert_eq!(common::judgment(&day, "T13", "walkin-dee").expect("judged").severity, Critical);
}

#[test]
fn a_walk_in_booked_before_being_asked_is_broken_critical_with_red_flags() {
    let mut day = with_walk_in();
    day.advance_to(common::t("09:06"));
    let card = format!("{:?}", clinic_day::ui::view::desk::DeskView::of(&day, clinic_day::i18n::Lang::En));
    assert!(!card.contains("It burns when I pee"), "not heard before asking");
    common::at(&mut day, "09:06", [Book(dee_today()), AskWhyHere { patient: "dee".into() }]);
    common::assert_broken(&day, "T13", "walkin-dee", Critical);
    let did = &common::judgment(&day, "T13", "walkin-dee").expect("judged").did;
    assert!(did.contains("before asking what brought them in") && did.contains("It burns"), "{did}");
}

#[test]
fn the_expert_asks_the_walk_in_and_the_novice_books_her_as_she_stands() {
    let scenario = with_walk_in().scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert!(common::judged_as(&expert, "T13", "walkin-dee", true, Critical), "{}", common::every_judgment(&expert));
    let novice = common::autoplayed(scenario, Style::Novice);
    assert!(
        common::verdict(&novice, "T13", "walkin-dee").is_none_or(|j| !j.kept),
        "{}",
        common::every_judgment(&novice)
    );
}

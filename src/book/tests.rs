use super::*;
use crate::scenario::load_str;

/// The minimal fixture: Dr. Lee, visits (15 min) 09:00–11:00 and same-day (20 min) 11:00–12:00 on
/// weekdays, one booking at 09:30 on Thursday 2026-03-12, calendar of 6 weeks.
fn scenario(policy: &str) -> Scenario {
    let text = include_str!("../../tests/fixtures/minimal.ron").replace(
        "        phone: \"416-555-0100\",\n    ),",
        &format!("        phone: \"416-555-0100\",\n        policies: (double_booking: {policy}),\n    ),"),
    );
    load_str("minimal.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario
}

fn request(date: &str, at: &str, kind: &str) -> Request {
    let today: Date = "2026-03-12".parse().expect("date");
    let date = match date {
        "today" => today,
        other => other.parse().expect("date"),
    };
    Request {
        patient: "ann".into(),
        physician: "lee".into(),
        kind: kind.into(),
        date,
        at: at.parse().expect("time"),
        minutes: None,
    }
}

#[test]
fn a_booking_inside_a_template_block_is_accepted() {
    let mut book = Book::opening(&scenario("(max_per_slot: 1)"));
    let id = book.book(request("today", "10:00", "visit")).expect("fits");
    assert_eq!(id.as_str(), "new-1");
    assert_eq!(book.get(&id).map(|a| a.minutes), Some(15));
    assert_eq!(book.day(&"lee".into(), book.today()).len(), 2);
}

#[test]
fn every_rule_refuses_with_its_reason() {
    let book = Book::opening(&scenario("(max_per_slot: 1)"));
    let cases = [
        (request("2026-03-11", "10:00", "visit"), "booking-in-past"),
        (request("2026-05-01", "10:00", "visit"), "booking-outside-calendar"),
        (request("2026-03-14", "10:00", "visit"), "closed-day"),
        (request("today", "10:50", "visit"), "outside-template"),
        (request("today", "09:00", "urgent"), "outside-template"),
        (request("today", "09:40", "visit"), "double-booked"),
        (request("today", "09:20", "visit"), "double-booked"),
    ];
    for (request, code) in cases {
        let refusal = book.check(&request, None).expect_err(code);
        assert_eq!(refusal.code(), code, "{request:?}: {refusal}");
    }
    // Back to back is not an overlap.
    assert!(book.check(&request("today", "09:45", "visit"), None).is_ok());
    assert!(book.check(&request("today", "09:15", "visit"), None).is_ok());
}

#[test]
fn double_booking_follows_the_policy() {
    let mut book = Book::opening(&scenario("(max_per_slot: 2)"));
    // The 09:30 visit is not double-bookable in the fixture, so nothing may share it.
    assert!(matches!(book.check(&request("today", "09:30", "visit"), None), Err(Refusal::NotDoubleBookable { .. })));

    let text = include_str!("../../tests/fixtures/minimal.ron")
        .replace("kind: FollowUp)", "kind: FollowUp, double_book: true)")
        .replace(
            "phone: \"416-555-0100\",\n    ),",
            "phone: \"416-555-0100\",\n        policies: (double_booking: (max_per_slot: 2)),\n    ),",
        );
    let shared = load_str("shared.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario;
    book = Book::opening(&shared);
    book.book(request("today", "09:30", "visit")).expect("a second patient fits");
    assert!(matches!(book.book(request("today", "09:35", "visit")), Err(Refusal::SlotFull { max: 2, .. })));
}

#[test]
fn an_away_day_refuses_bookings() {
    let text = include_str!("../../tests/fixtures/minimal.ron").replace(
        "specialty: \"Family medicine\",",
        "specialty: \"Family medicine\",\n                away: [(from: \"today+1\", reason: \"Conference\")],",
    );
    let away = load_str("away.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario;
    let book = Book::opening(&away);
    assert_eq!(book.check(&request("2026-03-13", "09:00", "visit"), None).map(|_| ()), Err(Refusal::PhysicianAway));
    assert!(book.check(&request("2026-03-16", "09:00", "visit"), None).is_ok());
}

/// The minimal day with a locum, Dr. Kaur, who covers for Dr. Lee on `covers` (format 2).
fn with_locum(covers: &str) -> Scenario {
    let text = include_str!("../../tests/fixtures/minimal.ron").replacen("format: 1,", "format: 2,", 1).replace(
        "        ],
    ),
    appointment_types",
        &format!(
            "            (id: \"kaur\", name: \"Dr. Simran Kaur\", specialty: \"Family medicine\", locum: true, covers: {covers},\n                week: [(days: [Mon, Tue, Wed, Thu, Fri], from: \"09:00\", to: \"11:00\", types: [\"visit\"])]),\n        ],\n    ),\n    appointment_types"
        ),
    );
    load_str("locum.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario
}

#[test]
fn a_locum_is_booked_only_on_the_days_they_cover() {
    let with_kaur = |date: &str| Request { physician: "kaur".into(), ..request(date, "09:00", "visit") };
    let book = Book::opening(&with_locum("[(physician: \"lee\", from: \"today+1\", to: \"today+4\")]"));
    assert_eq!(book.check(&with_kaur("today"), None).map(|_| ()), Err(Refusal::NotWorkingHere));
    assert!(book.check(&with_kaur("2026-03-13"), None).is_ok(), "Friday, covered");
    assert!(book.check(&with_kaur("2026-03-16"), None).is_ok(), "Monday, the last day covered");
    assert_eq!(book.check(&with_kaur("2026-03-17"), None).map(|_| ()), Err(Refusal::NotWorkingHere));
    assert!(book.works(&"kaur".into(), "2026-03-13".parse().expect("date")));
    assert!(!book.works(&"kaur".into(), book.today()));
    // The slot searches see the same: no opening with her outside her days.
    let openings = book.openings_with_anyone(&"visit".into(), (book.today(), TimeOfDay::MIDNIGHT), book.end(), false);
    assert!(
        openings
            .iter()
            .filter(|(_, _, p)| p.as_str() == "kaur")
            .all(|(d, _, _)| d.ymd() >= (2026, 3, 13) && d.ymd() <= (2026, 3, 16))
    );
    assert!(openings.iter().any(|(_, _, p)| p.as_str() == "kaur"));
}

#[test]
fn an_announced_cover_opens_a_locums_book_for_the_absence() {
    let mut book = Book::opening(&with_locum("[]"));
    let friday: Date = "2026-03-13".parse().expect("date");
    let with_kaur = Request { physician: "kaur".into(), ..request("2026-03-13", "09:00", "visit") };
    assert_eq!(book.check(&with_kaur, None).map(|_| ()), Err(Refusal::NotWorkingHere));
    book.add_absence(&"lee".into(), friday, friday, "Conference");
    book.add_cover(&"kaur".into(), &"lee".into(), friday, friday);
    assert!(book.check(&with_kaur, None).is_ok());
    assert!(!book.works(&"lee".into(), friday) && book.works(&"kaur".into(), friday));
}

#[test]
fn rescheduling_frees_the_old_time_and_keeps_the_length() {
    let mut book = Book::opening(&scenario("(max_per_slot: 1)"));
    let old: AppointmentId = "b1".into();
    let new = book
        .reschedule(&old, None, "2026-03-13".parse().expect("date"), "09:30".parse().expect("time"))
        .expect("moves");
    assert_eq!(book.get(&old).map(|a| a.status.clone()), Some(Status::Rescheduled { to: new.clone() }));
    assert!(book.day(&"lee".into(), book.today()).is_empty(), "the old time is free");
    // Moving within the same day past its own old time does not conflict with itself.
    let again = book
        .reschedule(&new, None, "2026-03-13".parse().expect("date"), "09:35".parse().expect("time"))
        .expect("moves");
    assert_eq!(book.get(&again).map(|a| a.minutes), Some(15));
    assert!(matches!(
        book.reschedule(&old, None, book.today(), "10:00".parse().expect("time")),
        Err(Refusal::NotActive { .. })
    ));
}

#[test]
fn openings_list_every_fitting_start_earliest_first() {
    let book = Book::opening(&scenario("(max_per_slot: 1)"));
    let today = book.today();
    let (lee, visit) = ("lee".into(), "visit".into());
    let openings: Vec<_> = book.openings(&lee, &visit, today, today, None, |_| true).collect();
    let times: Vec<String> = openings.iter().map(|(_, t, _)| t.to_string()).collect();
    // 09:00–11:00 in 5-minute rows, 15-minute visits, minus those overlapping 09:30–09:45.
    assert_eq!(times.first().map(String::as_str), Some("09:00"));
    assert_eq!(times.last().map(String::as_str), Some("10:45"));
    for blocked in ["09:20", "09:25", "09:30", "09:35", "09:40"] {
        assert!(!times.iter().any(|t| t == blocked), "{blocked} overlaps the 09:30 visit");
    }
    assert!(times.contains(&"09:15".to_owned()) && times.contains(&"09:45".to_owned()));
    // The weekend is skipped and the next Monday is open.
    let monday: Date = "2026-03-16".parse().expect("date");
    let later: Vec<_> = book.openings(&lee, &visit, today.plus_days(1), monday, None, |_| true).collect();
    assert!(later.iter().all(|(d, _, _)| d.weekday() != Weekday::Sat && d.weekday() != Weekday::Sun));
    assert!(later.iter().any(|(d, _, _)| *d == monday));
}

#[test]
fn fits_agrees_with_check_everywhere_on_the_reference_book() {
    let reference = crate::scenario::BUILTIN[0].load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario;
    let book = Book::opening(&reference);
    let ignore: Option<AppointmentId> = reference.book.first().map(|b| b.id.clone());
    let mut checked = 0;
    for physician in &reference.staff.physicians {
        for kind in &reference.appointment_types {
            for day in 0..21 {
                let date = book.today().plus_days(day);
                for minute in (7 * 60..18 * 60).step_by(5) {
                    let at = TimeOfDay::from_minutes(minute).expect("time");
                    for skip in [None, ignore.as_ref()] {
                        let request = Request {
                            patient: "anyone".into(),
                            physician: physician.id.clone(),
                            kind: kind.id.clone(),
                            date,
                            at,
                            minutes: None,
                        };
                        let by_check = book.check(&request, skip).ok().map(|b| (b.from, b.to));
                        let by_fits = book.fits(&physician.id, &kind.id, date, at, skip).map(|b| (b.from, b.to));
                        assert_eq!(by_check, by_fits, "{} {} {date} {at}", physician.id, kind.id);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 10_000);
}

//! A book filled from the seed (format 2): ordinary bookings for ordinary patients, the same for a
//! seed and different for another, never in held same-day time, and weighed by the judge like any.

mod common;

use std::sync::Arc;

use clinic_day::scenario::time::DateRef;
use clinic_day::scenario::{Availability, Fill, Scenario};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;

/// The bench day (Dr. Lee alone) in format 2 with Dr. Lee's book filled at `occupancy` % with
/// routine visits from tomorrow to the end of the calendar.
fn filled_bench(occupancy: u8, change_ann: impl Fn(&mut clinic_day::scenario::Patient)) -> Arc<Scenario> {
    let mut scenario = (*common::bench_scenario()).clone();
    scenario.format = 2;
    let last = i32::from(scenario.clinic.calendar_weeks) * 7 - 1;
    scenario.fill = vec![Fill {
        physician: "lee".into(),
        from: DateRef::Today(1),
        to: DateRef::Today(last),
        occupancy,
        types: vec!["visit".into()],
    }];
    scenario.patients.iter_mut().filter(|p| p.id.as_str() == "ann").for_each(change_ann);
    Arc::new(scenario)
}

#[test]
fn a_fill_books_ordinary_visits_for_named_patients_the_same_for_a_seed() {
    let scenario = filled_bench(90, |_| {});
    let day = Shift::new(scenario.clone(), 7);
    let filled: Vec<_> = day.book.appointments().filter(|a| a.id.as_str().starts_with("fill-")).collect();
    // Dr. Lee's routine hours (6.5 a day, weekdays) over the calendar, 90 % of them: hundreds.
    assert!(filled.len() > 300, "{} visits filled", filled.len());
    let today = day.today();
    for visit in &filled {
        assert!(visit.date > today, "{visit:?}");
        let patient = day.scenario.patient(&visit.patient).expect("a patient of the day");
        assert!(patient.name.contains(' ') && !patient.name.contains("fill"), "{}", patient.name);
        // Never in held same-day time (12:00-12:30 and 16:30-17:00).
        let start = visit.at.minutes();
        assert!(!(12 * 60..12 * 60 + 30).contains(&start) && start < 16 * 60 + 30, "{visit:?}");
    }
    let again = Shift::new(scenario.clone(), 7);
    let other = Shift::new(scenario, 8);
    let starts = |d: &Shift| d.book.appointments().map(|a| (a.date, a.at, a.patient.clone())).collect::<Vec<_>>();
    assert_eq!(starts(&day), starts(&again), "the same seed, the same book");
    assert_ne!(starts(&day), starts(&other), "another seed, another book");
}

/// The routine caller cannot come today; with the book full from tomorrow there is no routine slot
/// she can come to, so a waitlist place meets her request (T6 kept); with it half full, a waitlist
/// place instead of a free slot does not (T6 broken).
#[test]
fn t6_weighs_a_waitlist_place_against_the_filled_book() {
    let away_today = |ann: &mut clinic_day::scenario::Patient| {
        ann.available = vec![Availability::Away { from: DateRef::Today(0), to: DateRef::Today(0) }];
    };
    for (occupancy, kept) in [(100, true), (50, false)] {
        let mut day = Shift::new(filled_bench(occupancy, away_today), 5);
        common::at(
            &mut day,
            "09:20",
            [Action::Answer { call: "call-routine".into() }, Action::AskIdentifiers { call: "call-routine".into() }],
        );
        common::at(
            &mut day,
            "09:20",
            [Action::AddToWaitlist {
                patient: "ann".into(),
                physician: "lee".into(),
                kind: "visit".into(),
                priority: clinic_day::scenario::Priority::Routine,
            }],
        );
        common::at(&mut day, "09:21", [Action::EndCall { call: "call-routine".into() }]);
        day.finish();
        let t6 = common::judgment(&day, "T6", "call-routine").expect("judged");
        assert_eq!(t6.kept, kept, "occupancy {occupancy}: {}", t6.did);
    }
}

//! A scenario's `fill` (format 2) made into ordinary bookings, drawn from the day's seed: the
//! visits and their patients are added to the day's scenario before it opens, so the book, the
//! journal, the judge and the game see them as they see any booking written by hand.

use std::collections::BTreeSet;
use std::sync::Arc;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Book, Request};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, Booking, BookingStatus, Fill, Patient, PatientId, Scenario, Sex};

/// The scenario with its fills booked for `seed`; the same scenario when it has none.
pub fn filled(scenario: &Arc<Scenario>, seed: u64) -> Arc<Scenario> {
    if scenario.fill.is_empty() {
        return scenario.clone();
    }
    let mut day = (**scenario).clone();
    let (patients, bookings) = fill_bookings(scenario, seed);
    day.add_bookings(patients, bookings);
    Arc::new(day)
}

/// The patients and visits the scenario's fills book for `seed`, in the order they are made.
pub fn fill_bookings(scenario: &Scenario, seed: u64) -> (Vec<Patient>, Vec<Booking>) {
    // A stream of its own, so the fill of a seed never shifts the day's events or the desk's luck.
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xF111_B00C_0000_0003);
    let mut book = Book::opening(scenario);
    let mut names = Names::new(scenario);
    let (mut patients, mut bookings) = (Vec::new(), Vec::new());
    let mut holds = 0;
    for fill in &scenario.fill {
        for (date, at, kind) in openings(scenario, &mut book, &mut holds, fill, &mut rng) {
            let (patient, booking) = names.visit(&mut rng, fill, date, at, kind, scenario.clinic.date);
            patients.push(patient);
            bookings.push(booking);
        }
    }
    (patients, bookings)
}

/// The starts `fill` takes, each with its visit type: walking every day of the range through the
/// physician's template blocks (never held same-day time), a visit at each start with the fill's
/// probability, the time of one not taken left free. The book checks every one, so a fill never
/// breaks the template, an absence or the double-booking policy; each start taken is held in
/// `book` (`holds` numbers the holds across fills).
fn openings(
    scenario: &Scenario,
    book: &mut Book,
    holds: &mut usize,
    fill: &Fill,
    rng: &mut ChaCha8Rng,
) -> Vec<(Date, TimeOfDay, crate::scenario::AppointmentTypeId)> {
    let Some(doctor) = scenario.physician(&fill.physician) else { return Vec::new() };
    let today = scenario.clinic.date;
    let (from, to) = (fill.from.resolve(today).max(today.plus_days(1)), fill.to.resolve(today));
    let mut taken = Vec::new();
    let mut date = from;
    while date <= to && date < book.end() {
        for block in doctor.week.iter().filter(|b| !b.same_day && b.days.contains(&date.weekday())) {
            let kinds: Vec<_> = fill.types.iter().filter(|k| block.types.contains(k)).collect();
            if kinds.is_empty() {
                continue;
            }
            let mut at = block.from;
            while at < block.to {
                let kind = kinds[rng.random_range(0..kinds.len())];
                let minutes = scenario.appointment_type(kind).map_or(5, |t| t.minutes.max(5));
                let wanted = rng.random_range(0..100u8) < fill.occupancy;
                let request = Request {
                    patient: PatientId::from(String::new()),
                    physician: doctor.id.clone(),
                    kind: kind.clone(),
                    date,
                    at,
                    minutes: None,
                };
                let fits = book.nothing_booked(&doctor.id, date, at, minutes) && book.check(&request, None).is_ok();
                if wanted && fits {
                    taken.push((date, at, kind.clone()));
                    // Held in the book at once, so the next start (and the next fill) sees it.
                    *holds += 1;
                    let id = AppointmentId::from(format!("fill-hold-{holds}"));
                    book.insert_as_written(&visit(id, PatientId::from(String::new()), fill, kind.clone(), date, at));
                }
                // A start taken, or left free, moves on by the visit's length; one the book has
                // already filled, by five minutes.
                let step = if fits { minutes } else { 5 };
                let Some(next) = at.plus(step) else { break };
                at = next;
            }
        }
        date = date.plus_days(1);
    }
    taken
}

/// Names for the people a fill books, and ids no one in the scenario has.
struct Names {
    used: BTreeSet<String>,
    made: usize,
}

const GIVEN: [&str; 24] = [
    "Ava", "Liam", "Noah", "Emma", "Olivia", "Lucas", "Sofia", "Ethan", "Mia", "Jacob", "Chloe", "Owen", "Amelia",
    "Daniel", "Layla", "Samuel", "Nora", "Henry", "Zoe", "Isaac", "Leah", "Arjun", "Mei", "Omar",
];
const FAMILY: [&str; 24] = [
    "Tremblay",
    "Martin",
    "Roy",
    "Singh",
    "Wong",
    "MacDonald",
    "Gagnon",
    "Patel",
    "Campbell",
    "Nguyen",
    "Bouchard",
    "Smith",
    "Kaur",
    "Fraser",
    "Lee",
    "Murphy",
    "Cote",
    "Ahmed",
    "Stewart",
    "Chen",
    "Leblanc",
    "Brown",
    "Ali",
    "Young",
];

impl Names {
    fn new(scenario: &Scenario) -> Names {
        let used = scenario
            .patients
            .iter()
            .map(|p| p.id.to_string())
            .chain(scenario.book.iter().map(|b| b.id.to_string()))
            .collect();
        Names { used, made: 0 }
    }

    /// An id with `prefix` nobody in the scenario has.
    fn fresh(&mut self, prefix: &str) -> String {
        loop {
            self.made += 1;
            let id = format!("{prefix}-{}", self.made);
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }

    fn visit(
        &mut self,
        rng: &mut ChaCha8Rng,
        fill: &Fill,
        date: Date,
        at: TimeOfDay,
        kind: crate::scenario::AppointmentTypeId,
        today: Date,
    ) -> (Patient, Booking) {
        let name = format!("{} {}", GIVEN[rng.random_range(0..GIVEN.len())], FAMILY[rng.random_range(0..FAMILY.len())]);
        let born = today.plus_days(-rng.random_range(18 * 365..90 * 365));
        let sex = if rng.random_bool(0.5) { Sex::Female } else { Sex::Male };
        let phone = format!("555-01{:02}", rng.random_range(0..100));
        let patient = Patient::on_file(PatientId::from(self.fresh("fill-patient")), name, born, sex, phone);
        let booking = visit(AppointmentId::from(self.fresh("fill")), patient.id.clone(), fill, kind, date, at);
        (patient, booking)
    }
}

/// A plain visit of `fill`'s physician, as a fill books it.
fn visit(
    id: AppointmentId,
    patient: PatientId,
    fill: &Fill,
    kind: crate::scenario::AppointmentTypeId,
    date: Date,
    at: TimeOfDay,
) -> Booking {
    Booking {
        id,
        patient,
        physician: fill.physician.clone(),
        kind,
        date: crate::scenario::time::DateRef::On(date),
        at,
        minutes: None,
        status: BookingStatus::Booked,
        reason: String::new(),
        orders: Vec::new(),
    }
}

//! Finding slots: the earliest opening that passes every rule of the book, fits the patient's
//! availability, keeps reserved same-day capacity for urgent needs and spares the template's scarce
//! blocks for routine visits. The players' booking, rebooking (S6) and checkout logic all use it.

use crate::book::{Book, can_come};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, PatientId, Scenario, StaffId};

/// What a slot search wants.
#[derive(Clone, Debug)]
pub struct SlotWanted<'a> {
    pub patient: &'a PatientId,
    pub physician: &'a StaffId,
    pub kind: &'a AppointmentTypeId,
    pub from: Date,
    pub to: Date,
    /// Not before this time on the first day (a same-day booking cannot be in the past).
    pub not_before: Option<TimeOfDay>,
    /// May use a block held for same-day urgent needs (S3).
    pub urgent: bool,
    /// Skip openings that overlap this appointment (the one being moved).
    pub ignore: Option<&'a AppointmentId>,
}

/// The earliest opening for `wanted` in `book`. A routine visit first looks for a slot outside the
/// template's scarce blocks (those holding the only time some other visit type can be booked, like
/// the one stress-test hour), so the desk does not spend capacity that only those visits can use;
/// failing that, it takes the earliest slot anywhere.
pub fn earliest(book: &Book, scenario: &Scenario, wanted: &SlotWanted<'_>) -> Option<(Date, TimeOfDay)> {
    if !wanted.urgent
        && let Some(found) = search(book, scenario, wanted, true)
    {
        return Some(found);
    }
    search(book, scenario, wanted, false)
}

/// The earliest opening for `wanted` that does not spend scarce capacity on a routine visit (nor a
/// same-day block): `None` rather than fall back on them.
pub fn earliest_sparing(book: &Book, scenario: &Scenario, wanted: &SlotWanted<'_>) -> Option<(Date, TimeOfDay)> {
    search(book, scenario, wanted, !wanted.urgent)
}

fn search(book: &Book, scenario: &Scenario, wanted: &SlotWanted<'_>, spare_scarce: bool) -> Option<(Date, TimeOfDay)> {
    let patient = scenario.patient(wanted.patient)?;
    let minutes = scenario.appointment_type(wanted.kind)?.minutes;
    let today = book.today();
    let mut date = wanted.from.max(today);
    while date <= wanted.to && date < book.end() {
        for (d, at) in openings_on(book, scenario, wanted, date) {
            if date == wanted.from && wanted.not_before.is_some_and(|t| at < t) {
                continue;
            }
            let Some(block) = book.fits(wanted.physician, wanted.kind, d, at, wanted.ignore) else { continue };
            if block.same_day && !wanted.urgent {
                continue;
            }
            if spare_scarce && book.scarce(wanted.physician, block, wanted.kind) {
                continue;
            }
            if can_come(patient, d, at, minutes, today).is_ok() {
                return Some((d, at));
            }
        }
        date = date.plus_days(1);
    }
    None
}

/// The grid times on `date` at which a template block offering the wanted type starts a visit.
fn openings_on(book: &Book, scenario: &Scenario, wanted: &SlotWanted<'_>, date: Date) -> Vec<(Date, TimeOfDay)> {
    let _ = book;
    let Some(doctor) = scenario.physician(wanted.physician) else { return Vec::new() };
    let mut starts: Vec<u16> = doctor
        .week
        .iter()
        .filter(|b| b.days.contains(&date.weekday()) && b.types.contains(wanted.kind))
        .flat_map(|b| (b.from.minutes()..b.to.minutes()).step_by(usize::from(crate::book::ROW_MINUTES)))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts.into_iter().filter_map(TimeOfDay::from_minutes).map(|t| (date, t)).collect()
}

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
    book.openings(wanted.physician, wanted.kind, wanted.from, wanted.to, wanted.ignore)
        .find(|&(date, at, block)| {
            let too_early = date == wanted.from && wanted.not_before.is_some_and(|t| at < t);
            let held_for_urgent = block.same_day && !wanted.urgent;
            let spends_scarce = spare_scarce && book.scarce(wanted.physician, block, wanted.kind);
            !too_early && !held_for_urgent && !spends_scarce && can_come(patient, date, at, minutes, today).is_ok()
        })
        .map(|(date, at, _)| (date, at))
}

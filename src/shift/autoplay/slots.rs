//! Finding slots: the earliest opening that passes every rule of the book, fits the patient's
//! availability, keeps reserved same-day capacity for urgent needs and spares the template's scarce
//! blocks for routine visits. The players' booking, rebooking (S6) and checkout logic all use it.

use crate::book::{Book, can_come};
use crate::scenario::TemplateBlock;
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
    // Which blocks a slot may be in depends only on the block: decided before the book is read.
    let scarce = if spare_scarce { book.scarce_blocks(wanted.physician, wanted.kind) } else { Vec::new() };
    let usable = |block: &TemplateBlock| {
        let held_for_urgent = block.same_day && !wanted.urgent;
        // Both come from the book's own copy of the template, so the same block is the same place.
        let spends_scarce = scarce.iter().any(|s| std::ptr::eq(*s, block));
        !held_for_urgent && !spends_scarce
    };
    book.openings(wanted.physician, wanted.kind, wanted.from, wanted.to, wanted.ignore, usable)
        .find(|&(date, at, _)| {
            let too_early = date == wanted.from && wanted.not_before.is_some_and(|t| at < t);
            !too_early && can_come(patient, date, at, minutes, today).is_ok()
        })
        .map(|(date, at, _)| (date, at))
}

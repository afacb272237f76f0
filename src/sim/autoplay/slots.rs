//! Finding slots: the earliest opening that passes every rule of the book, fits the patient's
//! availability and keeps reserved same-day capacity for urgent needs; and the rebooking solver for
//! a physician's absence (S6).

use crate::book::{Book, Request, can_come};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, PatientId, Scenario, StaffId};
use crate::sim::day::Absence;

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

/// Whether a template block is the only one offering some type other than `kind`.
fn scarce(
    scenario: &Scenario,
    physician: &StaffId,
    block: &crate::scenario::TemplateBlock,
    kind: &AppointmentTypeId,
) -> bool {
    let Some(doctor) = scenario.physician(physician) else { return false };
    block.types.iter().filter(|t| *t != kind).any(|t| doctor.week.iter().filter(|b| b.types.contains(t)).count() == 1)
}

fn search(book: &Book, scenario: &Scenario, wanted: &SlotWanted<'_>, spare_scarce: bool) -> Option<(Date, TimeOfDay)> {
    let patient = scenario.patient(wanted.patient)?;
    let minutes = scenario.appointment_type(wanted.kind)?.minutes;
    let today = book.today();
    let mut date = wanted.from.max(today);
    while date <= wanted.to && date < book.end() {
        for (d, at) in openings_on(book, wanted, date) {
            if date == wanted.from && wanted.not_before.is_some_and(|t| at < t) {
                continue;
            }
            let request = Request {
                patient: wanted.patient.clone(),
                physician: wanted.physician.clone(),
                kind: wanted.kind.clone(),
                date: d,
                at,
                minutes: None,
            };
            let Ok(block) = book.check(&request, wanted.ignore) else { continue };
            if block.same_day && !wanted.urgent {
                continue;
            }
            if spare_scarce && scarce(scenario, wanted.physician, block, wanted.kind) {
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

fn openings_on(book: &Book, wanted: &SlotWanted<'_>, date: Date) -> Vec<(Date, TimeOfDay)> {
    if wanted.ignore.is_some() {
        // `openings` counts the appointment being moved as a conflict; check each grid time instead.
        let mut times = Vec::new();
        let mut minute = 0u16;
        while minute < 24 * 60 {
            if let Some(t) = TimeOfDay::from_minutes(minute) {
                times.push((date, t));
            }
            minute += crate::book::ROW_MINUTES;
        }
        times
    } else {
        book.openings(wanted.physician, wanted.kind, date, date)
    }
}

/// One move the rebooking solver proposes.
#[derive(Clone, Debug, PartialEq)]
pub struct Rebooking {
    pub appointment: AppointmentId,
    pub urgent: bool,
    /// Where it goes, or `None` when nothing fits in the calendar (the patient goes on the waitlist).
    pub to: Option<(Date, TimeOfDay)>,
}

/// Rebooks every appointment of an absence: urgent patients first, then routine ones, each in the
/// earliest slot that fits the template, the book and the patient's availability. Works on a copy
/// of the book so each move sees the ones before it.
pub fn rebook_absence(book: &Book, scenario: &Scenario, absence: &Absence, urgent_first: bool) -> Vec<Rebooking> {
    let mut order: Vec<&AppointmentId> = absence.affected.iter().collect();
    if urgent_first {
        // Stable: within each group the book's own order (by time) stands.
        order.sort_by_key(|id| !absence.urgent.contains(*id));
    }
    let mut working = book.clone();
    let mut plan = Vec::new();
    for id in order {
        let Some(appointment) = working.get(id).cloned() else { continue };
        let urgent = absence.urgent.contains(id);
        let wanted = SlotWanted {
            patient: &appointment.patient,
            physician: &appointment.physician,
            kind: &appointment.kind,
            from: book.today().plus_days(1),
            to: book.end(),
            not_before: None,
            urgent,
            ignore: Some(id),
        };
        let to = earliest(&working, scenario, &wanted);
        if let Some((date, at)) = to {
            let _ = working.reschedule(id, date, at);
        }
        plan.push(Rebooking { appointment: id.clone(), urgent, to });
    }
    plan
}

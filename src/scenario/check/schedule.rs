//! The book and the waitlist: every booking fits its physician's template and the clinic's
//! double-booking policy, inside the calendar the day covers.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::*;
use super::Checks;
use crate::book::{Book, Refusal, Request};
use crate::rules::words::Words;

pub(super) fn check(checks: &mut Checks) {
    check_bookings(checks);
    check_waitlist(checks);
    check_fills(checks);
}

/// Each `fill` (format 2) names a physician and types the template offers, a sensible share, and
/// days after today inside the calendar; and, filled with the scenario's own seed, books something.
fn check_fills(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let mut sound = true;
    for (i, fill) in s.fill.iter().enumerate() {
        let path = Path::root().field("fill").index(i);
        let physician = checks.physician_ref(path.field("physician"), &fill.physician);
        for (t, kind) in fill.types.iter().enumerate() {
            let offered = physician.is_some_and(|p| p.week.iter().any(|b| !b.same_day && b.types.contains(kind)));
            if checks.type_ref(path.field("types").index(t), kind).is_some()
                && let Some(physician) = physician
                && !offered
            {
                checks
                    .warning(
                        "fill-type-not-offered",
                        path.field("types").index(t),
                        Words::msg("check-schedule-fill-type-not-offered")
                            .arg("physician", physician.name.as_str())
                            .arg("type", kind.as_str()),
                    )
                    .label(Words::msg("check-schedule-not-in-template"));
            }
        }
        if fill.types.is_empty() {
            checks
                .error("fill-types", path.field("types"), Words::msg("check-schedule-fill-no-types"))
                .label(Words::msg("check-schedule-empty"));
        }
        if !(1..=100).contains(&fill.occupancy) {
            checks
                .error("fill-occupancy", path.field("occupancy"), Words::msg("check-schedule-fill-occupancy"))
                .label(Words::msg("check-schedule-out-of-range"));
        }
        let (from, to) = (fill.from.resolve(today), fill.to.resolve(today));
        if from <= today {
            checks
                .error(
                    "fill-not-future",
                    path.field("from"),
                    Words::msg("check-schedule-fill-not-future").arg("date", from.to_string()),
                )
                .label(Words::msg("check-schedule-fill-not-future-label"))
                .help(Words::msg("check-schedule-fill-not-future-help"));
        }
        if to < from {
            checks
                .error("date-range", path.field("to"), Words::msg("check-schedule-fill-ends-before-start"))
                .label(Words::msg("check-schedule-end-date"));
        } else if to >= checks.calendar_end() {
            checks
                .error(
                    "fill-outside-calendar",
                    path.field("to"),
                    Words::msg("check-schedule-fill-outside-calendar").arg("date", to.to_string()),
                )
                .label(Words::msg("check-schedule-outside-calendar"))
                .help(Words::msg("check-schedule-fill-outside-calendar-help"));
        }
        sound &= physician.is_some() && !fill.types.is_empty() && from > today && from <= to;
    }
    if sound && !s.fill.is_empty() {
        let (_, booked) = crate::book::fill::fill_bookings(s, s.randomness.seed);
        if booked.is_empty() {
            checks
                .warning("fill-empty", Path::root().field("fill"), Words::msg("check-schedule-fill-empty"))
                .label(Words::msg("check-schedule-fill-empty-label"));
        }
    }
}

fn check_bookings(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    // Each booking is checked against the ones before it, with the same rules the simulation uses.
    let mut book = Book::empty(s);
    for (i, booking) in s.book.iter().enumerate() {
        let path = Path::root().field("book").index(i);
        checks.patient_ref(path.field("patient"), &booking.patient);
        let physician = checks.physician_ref(path.field("physician"), &booking.physician);
        let kind = checks.type_ref(path.field("type"), &booking.kind);
        if booking.minutes == Some(0) {
            checks
                .error("duration", path.field("minutes"), Words::msg("check-schedule-duration"))
                .label(Words::msg("check-schedule-duration-label"));
        } else if let (Some(physician), Some(kind)) = (physician, kind) {
            let request = book.request_for(booking);
            match book.check(&request, None) {
                Ok(block) if block.same_day && request.date > today => {
                    checks
                        .warning(
                            "same-day-reserve",
                            path.field("at"),
                            Words::msg("check-schedule-same-day-reserve").arg("date", request.date.to_string()),
                        )
                        .label(Words::msg("check-schedule-same-day-reserve-label"))
                        .help(Words::msg("check-schedule-same-day-reserve-help"));
                }
                Ok(_) => {}
                Err(refusal) => report_refusal(checks, &refusal, &request, booking, physician, kind, &path),
            }
        }
        book.insert_as_written(booking);
        for (o, order) in booking.orders.iter().enumerate() {
            let order_path = path.field("orders").index(o);
            match order {
                Order::FollowUp { kind, .. } => {
                    checks.type_ref(order_path.field("type"), kind);
                }
                Order::Test { at, kind, .. } => {
                    if let Some(contact) = at {
                        checks.contact_ref(order_path.field("at"), contact, None);
                    }
                    if let Some(kind) = kind {
                        checks.type_ref(order_path.field("type"), kind);
                    }
                    if at.is_some() && kind.is_some() {
                        checks
                            .error("test-place", order_path.clone(), Words::msg("check-schedule-test-place"))
                            .label(Words::msg("check-schedule-test-place-label"));
                    }
                }
            }
            if booking.date.resolve(today) != today {
                checks
                    .warning("orders-not-today", order_path.clone(), Words::msg("check-schedule-orders-not-today"))
                    .label(Words::msg("check-schedule-orders-not-today-label"));
            }
        }
    }
}

/// Says why the book refuses an opening booking, at the field that is at fault.
fn report_refusal(
    checks: &mut Checks,
    refusal: &Refusal,
    request: &Request,
    booking: &Booking,
    physician: &Physician,
    kind: &AppointmentType,
    path: &Path,
) {
    let date = request.date;
    let code = refusal.code();
    match refusal {
        Refusal::InThePast => {
            checks
                .error(
                    code,
                    path.field("date"),
                    Words::msg("check-schedule-in-the-past")
                        .arg("date", date.to_string())
                        .arg("today", checks.today.to_string()),
                )
                .label(Words::msg("check-schedule-in-the-past-label"))
                .help(Words::msg("check-schedule-in-the-past-help"));
        }
        Refusal::OutsideCalendar { .. } => {
            checks
                .error(
                    code,
                    path.field("date"),
                    Words::msg("check-schedule-booking-outside-calendar")
                        .arg("date", date.to_string())
                        .arg("weeks", checks.scenario.clinic.calendar_weeks)
                        .arg("today", checks.today.to_string()),
                )
                .label(Words::msg("check-schedule-outside-calendar"))
                .help(Words::msg("check-schedule-booking-outside-calendar-help"));
        }
        Refusal::ClosedDay { day } => {
            checks
                .error(
                    code,
                    path.field("date"),
                    Words::msg("check-schedule-closed-day")
                        .arg("date", date.to_string())
                        .arg("weekday", Words::msg(day.message_id())),
                )
                .label(Words::msg("check-schedule-closed-day-label"));
        }
        Refusal::PhysicianAway => {
            checks
                .error(
                    code,
                    path.field("date"),
                    Words::msg("check-schedule-physician-away")
                        .arg("physician", physician.name.as_str())
                        .arg("date", date.to_string()),
                )
                .label(Words::msg("check-schedule-physician-away-label"));
        }
        Refusal::NotWorkingHere => {
            let days: Vec<Words> = physician
                .covers
                .iter()
                .map(|cover| match cover.days(checks.today) {
                    (from, to) if from == to => Words::from(from.to_string()),
                    (from, to) => Words::msg("check-schedule-covered-days")
                        .arg("from", from.to_string())
                        .arg("to", to.to_string()),
                })
                .collect();
            checks
                .error(
                    code,
                    path.field("date"),
                    Words::msg("check-schedule-locum-off-day")
                        .arg("physician", physician.name.as_str())
                        .arg("date", date.to_string()),
                )
                .label(Words::msg("check-schedule-locum-off-day-label"))
                .help(if days.is_empty() {
                    Words::msg("check-schedule-locum-no-covers").arg("physician", physician.name.as_str())
                } else {
                    Words::msg("check-schedule-locum-covers")
                        .arg("physician", physician.name.as_str())
                        .arg("days", days)
                });
        }
        Refusal::OutsideTemplate { offered, .. } => {
            let minutes = request.minutes.unwrap_or(kind.minutes);
            let day = Words::msg(date.weekday().message_id());
            let help = if offered.is_empty() {
                Words::msg("check-schedule-template-offers-none")
                    .arg("physician", physician.name.as_str())
                    .arg("type", booking.kind.as_str())
                    .arg("weekday", day)
            } else {
                let blocks: Vec<String> = offered.iter().map(|(a, b)| format!("{a}–{b}")).collect();
                Words::msg("check-schedule-template-offers")
                    .arg("weekday", day)
                    .arg("physician", physician.name.as_str())
                    .arg("type", booking.kind.as_str())
                    .arg("blocks", blocks.join(", "))
            };
            let end_time = booking
                .at
                .plus(minutes)
                .map_or_else(|| Words::msg("check-schedule-midnight"), |t| Words::from(t.to_string()));
            checks
                .error(
                    code,
                    path.field("at"),
                    Words::msg("check-schedule-outside-template")
                        .arg("minutes", minutes)
                        .arg("type", booking.kind.as_str())
                        .arg("at", booking.at.to_string())
                        .arg("end", end_time)
                        .arg("physician", physician.name.as_str()),
                )
                .label(Words::msg("check-schedule-not-in-template"))
                .help(help);
        }
        Refusal::NeverDoubleBooked { .. } | Refusal::NotDoubleBookable { .. } | Refusal::SlotFull { .. } => {
            let help = match refusal {
                Refusal::NeverDoubleBooked { .. } => Words::msg("check-schedule-never-double-booked-help"),
                Refusal::NotDoubleBookable { .. } => Words::msg("check-schedule-not-double-bookable-help"),
                _ => Words::msg("check-schedule-slot-full-help"),
            };
            checks
                .error(code, path.field("at"), refusal.words())
                .label(Words::msg("check-schedule-double-booked-label"))
                .help(help);
        }
        Refusal::UnknownPhysician | Refusal::UnknownType | Refusal::UnknownAppointment | Refusal::NotActive { .. } => {
            // Already reported as a dangling id, or not possible for an opening booking.
        }
    }
}

/// The longest a waitlist patient takes to cancel a visit booked for them: a working day.
const MAX_CANCEL_AFTER: u16 = 600;

fn check_waitlist(checks: &mut Checks) {
    let s = checks.scenario;
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (i, entry) in s.waitlist.iter().enumerate() {
        let path = Path::root().field("waitlist").index(i);
        checks.patient_ref(path.field("patient"), &entry.patient);
        checks.physician_ref(path.field("physician"), &entry.physician);
        checks.type_ref(path.field("type"), &entry.kind);
        if entry.since.resolve(checks.today) > checks.today {
            checks
                .error("waitlist-future", path.field("since"), Words::msg("check-schedule-waitlist-future"))
                .label(Words::msg("check-schedule-waitlist-future-label"));
        }
        if let Some(then) = &entry.cancels_once_booked
            && !(1..=MAX_CANCEL_AFTER).contains(&then.after)
        {
            checks
                .error(
                    "cancel-after",
                    path.field("cancels_once_booked").field("after"),
                    Words::msg("check-schedule-cancel-after").arg("max", MAX_CANCEL_AFTER).arg("after", then.after),
                )
                .label(Words::msg("check-schedule-out-of-range"));
        }
        if let Some(first) = seen.insert((entry.patient.as_str(), entry.physician.as_str()), i) {
            checks
                .warning(
                    "waitlist-twice",
                    path.field("patient"),
                    Words::msg("check-schedule-waitlist-twice")
                        .arg("patient", entry.patient.as_str())
                        .arg("entry", first),
                )
                .label(Words::msg("check-schedule-waitlist-twice-label"));
        }
    }
}

//! The book and the waitlist: every booking fits its physician's template and the clinic's
//! double-booking policy, inside the calendar the day covers.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::*;
use super::Checks;
use crate::book::{Book, Refusal, Request};

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
                        format!(
                            "{}'s template offers no `{kind}` outside same-day time: the fill books none",
                            physician.name
                        ),
                    )
                    .label("not in the template");
            }
        }
        if fill.types.is_empty() {
            checks
                .error("fill-types", path.field("types"), "a fill needs at least one appointment type")
                .label("empty");
        }
        if !(1..=100).contains(&fill.occupancy) {
            checks
                .error("fill-occupancy", path.field("occupancy"), "occupancy is a percentage from 1 to 100")
                .label("out of range");
        }
        let (from, to) = (fill.from.resolve(today), fill.to.resolve(today));
        if from <= today {
            checks
                .error("fill-not-future", path.field("from"), format!("a fill starts after today, not on {from}"))
                .label("today or earlier")
                .help("today's visits are written one by one, each with its arrival");
        }
        if to < from {
            checks.error("date-range", path.field("to"), "the fill ends before it starts").label("end date");
        } else if to >= checks.calendar_end() {
            checks
                .error(
                    "fill-outside-calendar",
                    path.field("to"),
                    format!("the fill runs to {to}, past the end of the calendar"),
                )
                .label("outside the calendar")
                .help("raise `clinic.calendar_weeks`, or end the fill sooner");
        }
        sound &= physician.is_some() && !fill.types.is_empty() && from > today && from <= to;
    }
    if sound && !s.fill.is_empty() {
        let (_, booked) = crate::book::fill::fill_bookings(s, s.randomness.seed);
        if booked.is_empty() {
            checks
                .warning(
                    "fill-empty",
                    Path::root().field("fill"),
                    "the fills book nothing: the days are full or closed",
                )
                .label("nothing booked");
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
            checks.error("duration", path.field("minutes"), "a booking lasts at least a minute").label("zero");
        } else if let (Some(physician), Some(kind)) = (physician, kind) {
            let request = book.request_for(booking);
            match book.check(&request, None) {
                Ok(block) if block.same_day && request.date > today => {
                    checks
                        .warning(
                            "same-day-reserve",
                            path.field("at"),
                            format!("a same-day reserved slot on {} is already booked days ahead (S3)", request.date),
                        )
                        .label("reserved for same-day needs")
                        .help("book routine visits outside the `same_day: true` blocks");
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
                            .error(
                                "test-place",
                                order_path.clone(),
                                "a test is done either outside (`at`) or in the clinic (`type`), not both",
                            )
                            .label("both given");
                    }
                }
            }
            if booking.date.resolve(today) != today {
                checks
                    .warning(
                        "orders-not-today",
                        order_path.clone(),
                        "orders are given at the end of today's visits; this booking is on another day",
                    )
                    .label("never reached");
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
                .error(code, path.field("date"), format!("{date} is before the simulated day {}", checks.today))
                .label("in the past")
                .help("the book holds today and the weeks ahead");
        }
        Refusal::OutsideCalendar { .. } => {
            checks
                .error(
                    code,
                    path.field("date"),
                    format!(
                        "{date} is past the end of the calendar ({} weeks from {})",
                        checks.scenario.clinic.calendar_weeks, checks.today
                    ),
                )
                .label("outside the calendar")
                .help("raise `clinic.calendar_weeks`, or move the booking");
        }
        Refusal::ClosedDay { day } => {
            checks
                .error(code, path.field("date"), format!("{date} is a {}, a day the clinic is closed", day.name()))
                .label("clinic closed");
        }
        Refusal::PhysicianAway => {
            checks
                .error(code, path.field("date"), format!("{} is away on {date}", physician.name))
                .label("physician away");
        }
        Refusal::NotWorkingHere => {
            let days: Vec<String> = physician
                .covers
                .iter()
                .map(|cover| match cover.days(checks.today) {
                    (from, to) if from == to => from.to_string(),
                    (from, to) => format!("{from} to {to}"),
                })
                .collect();
            checks
                .error(
                    code,
                    path.field("date"),
                    format!("{} is a locum and does not work here on {date}", physician.name),
                )
                .label("not a covered day")
                .help(if days.is_empty() {
                    format!("give {} the days they cover: `covers: [(physician: …, from: …, to: …)]`", physician.name)
                } else {
                    format!("{} works here only on the days they cover: {}", physician.name, days.join(", "))
                });
        }
        Refusal::OutsideTemplate { offered, .. } => {
            let minutes = request.minutes.unwrap_or(kind.minutes);
            let day = date.weekday().name();
            let help = if offered.is_empty() {
                format!("{} offers no `{}` on {day}s", physician.name, booking.kind)
            } else {
                let blocks: Vec<String> = offered.iter().map(|(a, b)| format!("{a}–{b}")).collect();
                format!("on {day}s {} offers `{}` {}", physician.name, booking.kind, blocks.join(", "))
            };
            let end_time = booking.at.plus(minutes).map_or_else(|| "midnight".to_owned(), |t| t.to_string());
            checks
                .error(
                    code,
                    path.field("at"),
                    format!(
                        "a {minutes}-minute `{}` at {}–{end_time} does not fit {}'s template",
                        booking.kind, booking.at, physician.name
                    ),
                )
                .label("not in the template")
                .help(help);
        }
        Refusal::NeverDoubleBooked { .. } | Refusal::NotDoubleBookable { .. } | Refusal::SlotFull { .. } => {
            let help = match refusal {
                Refusal::NeverDoubleBooked { .. } => {
                    "move one of them, or set `clinic.policies.double_booking.max_per_slot`"
                }
                Refusal::NotDoubleBookable { .. } => "long visits and procedures are never double-booked (S4)",
                _ => "move one of them to another time",
            };
            checks.error(code, path.field("at"), refusal.to_string()).label("overlapping booking").help(help);
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
                .error("waitlist-future", path.field("since"), "a patient cannot have joined the waitlist after today")
                .label("in the future");
        }
        if let Some(then) = &entry.cancels_once_booked
            && !(1..=MAX_CANCEL_AFTER).contains(&then.after)
        {
            checks
                .error(
                    "cancel-after",
                    path.field("cancels_once_booked").field("after"),
                    format!(
                        "a cancellation comes 1 to {MAX_CANCEL_AFTER} minutes after the booking, not {}",
                        then.after
                    ),
                )
                .label("out of range");
        }
        if let Some(first) = seen.insert((entry.patient.as_str(), entry.physician.as_str()), i) {
            checks
                .warning(
                    "waitlist-twice",
                    path.field("patient"),
                    format!("`{}` is already on this physician's waitlist (entry {first})", entry.patient),
                )
                .label("listed twice");
        }
    }
}

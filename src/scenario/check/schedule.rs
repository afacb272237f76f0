//! The book and the waitlist: every booking fits its physician's template and the clinic's
//! double-booking policy, inside the calendar the day covers.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::*;
use super::super::time::{Date, TimeOfDay};
use super::Checks;

pub(super) fn check(checks: &mut Checks) {
    check_bookings(checks);
    check_overlaps(checks);
    check_waitlist(checks);
}

fn check_bookings(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let end = checks.calendar_end();
    for (i, booking) in s.book.iter().enumerate() {
        let path = Path::root().field("book").index(i);
        checks.patient_ref(path.field("patient"), &booking.patient);
        let physician = checks.physician_ref(path.field("physician"), &booking.physician);
        let kind = checks.type_ref(path.field("type"), &booking.kind);
        let date = booking.date.resolve(today);
        if date < today {
            checks
                .error("booking-in-past", path.field("date"), format!("{date} is before the simulated day {today}"))
                .label("in the past")
                .help("the book holds today and the weeks ahead");
            continue;
        }
        if date >= end {
            checks
                .error(
                    "booking-outside-calendar",
                    path.field("date"),
                    format!("{date} is past the end of the calendar ({} weeks from {today})", s.clinic.calendar_weeks),
                )
                .label("outside the calendar")
                .help("raise `clinic.calendar_weeks`, or move the booking");
            continue;
        }
        if !s.clinic.days_open.contains(&date.weekday()) {
            checks
                .error(
                    "closed-day",
                    path.field("date"),
                    format!("{date} is a {}, a day the clinic is closed", date.weekday().name()),
                )
                .label("clinic closed");
            continue;
        }
        let (Some(physician), Some(kind)) = (physician, kind) else { continue };
        let minutes = booking.minutes.unwrap_or(kind.minutes);
        if minutes == 0 {
            checks.error("duration", path.field("minutes"), "a booking lasts at least a minute").label("zero");
            continue;
        }
        if physician.is_away(date, today) {
            checks
                .error("physician-away", path.field("date"), format!("{} is away on {date}", physician.name))
                .label("physician away");
            continue;
        }
        match physician.block_for(date.weekday(), booking.at, minutes, &booking.kind) {
            None => {
                let offered: Vec<String> = physician
                    .week
                    .iter()
                    .filter(|b| b.days.contains(&date.weekday()) && b.types.contains(&booking.kind))
                    .map(|b| format!("{}–{}", b.from, b.to))
                    .collect();
                let help = if offered.is_empty() {
                    format!("{} offers no `{}` on {}s", physician.name, booking.kind, date.weekday().name())
                } else {
                    format!(
                        "on {}s {} offers `{}` {}",
                        date.weekday().name(),
                        physician.name,
                        booking.kind,
                        offered.join(", ")
                    )
                };
                let end_time = booking.at.plus(minutes).map_or_else(|| "midnight".to_owned(), |t| t.to_string());
                checks
                    .error(
                        "outside-template",
                        path.field("at"),
                        format!(
                            "a {minutes}-minute `{}` at {}–{end_time} does not fit {}'s template",
                            booking.kind, booking.at, physician.name
                        ),
                    )
                    .label("not in the template")
                    .help(help);
            }
            Some(block) if block.same_day && date > today => {
                checks
                    .warning(
                        "same-day-reserve",
                        path.field("at"),
                        format!("a same-day reserved slot on {date} is already booked days ahead (S3)"),
                    )
                    .label("reserved for same-day needs")
                    .help("book routine visits outside the `same_day: true` blocks");
            }
            Some(_) => {}
        }
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
            if date != today {
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

struct Slot<'s> {
    index: usize,
    start: u16,
    end: u16,
    booking: &'s Booking,
    double_book: bool,
}

/// Bookings of one physician that overlap beyond the double-booking policy (S4).
fn check_overlaps(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let policy = s.clinic.policies.double_booking;
    let mut by_day: BTreeMap<(&str, Date), Vec<Slot>> = BTreeMap::new();
    for (index, booking) in s.book.iter().enumerate() {
        let Some(kind) = s.appointment_type(&booking.kind) else { continue };
        let start = booking.at.minutes();
        let end = start + booking.minutes.unwrap_or(kind.minutes);
        by_day.entry((booking.physician.as_str(), booking.date.resolve(today))).or_default().push(Slot {
            index,
            start,
            end,
            booking,
            double_book: kind.double_book,
        });
    }
    for slots in by_day.values() {
        for (n, slot) in slots.iter().enumerate() {
            let earlier: Vec<&Slot> = slots[..n].iter().filter(|o| o.start < slot.end && slot.start < o.end).collect();
            let Some(first) = earlier.first() else { continue };
            let path = Path::root().field("book").index(slot.index).field("at");
            let all_shareable = slot.double_book && earlier.iter().all(|o| o.double_book);
            let at = TimeOfDay::from_minutes(first.start).unwrap_or_default();
            if policy.max_per_slot <= 1 {
                checks
                    .error(
                        "double-booked",
                        path,
                        format!(
                            "overlaps `{}` at {at} with the same physician, and the clinic never double-books",
                            first.booking.id
                        ),
                    )
                    .label("overlapping booking")
                    .help("move one of them, or set `clinic.policies.double_booking.max_per_slot`");
            } else if !all_shareable {
                checks
                    .error(
                        "double-booked",
                        path,
                        format!(
                            "overlaps `{}` at {at}, but only types marked `double_book: true` may share a slot",
                            first.booking.id
                        ),
                    )
                    .label("overlapping booking")
                    .help("long visits and procedures are never double-booked (S4)");
            } else if earlier.len() + 1 > usize::from(policy.max_per_slot) {
                checks
                    .error(
                        "double-booked",
                        path,
                        format!(
                            "{} patients overlap here; the policy allows {}",
                            earlier.len() + 1,
                            policy.max_per_slot
                        ),
                    )
                    .label("one too many");
            }
        }
    }
}

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

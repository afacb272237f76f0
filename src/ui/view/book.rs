//! The appointment book: a day with a column per physician, or one physician's week (for rebooking a
//! conference day), on the book's 5-minute rows; and the waitlist beside it.

use super::{Pick, patient_name, patients};
use crate::book::{Appointment, ROW_MINUTES, Status};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, Priority, StaffId};
use crate::sim::day::Day;

/// Which page of the book is open.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum BookPage {
    /// Every physician on one date (today when `None`).
    #[default]
    Today,
    Day(Date),
    /// One physician's week from the Monday of `week_of`.
    Week {
        physician: StaffId,
        week_of: Date,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct BookView {
    pub page: BookPage,
    pub today: Date,
    pub title: String,
    pub columns: Vec<Column>,
    /// The rows' start times, `ROW_MINUTES` apart, from opening to closing.
    pub rows: Vec<TimeOfDay>,
    pub types: Vec<TypeLegend>,
    pub physicians: Vec<Pick>,
    pub patients: Vec<Pick>,
    pub waitlist: Vec<WaitlistRow>,
    /// The patient on the outgoing call who picked up: a booking for them is offered, and they
    /// accept or decline by their availability.
    pub on_call_with: Option<String>,
    /// What the patient on the line last said about a slot offered ("Sorry, that doesn't work: I
    /// can only come in the mornings."), shown where the learner is looking: above the sheet.
    pub on_call_said: Option<String>,
    /// The previous and next open days (or weeks) for the arrows.
    pub previous: Option<BookPage>,
    pub next: Option<BookPage>,
    /// Visits that no longer hold a time (moved or cancelled): a move in progress for one of them is
    /// over, and one that was refused is still going.
    pub settled: Vec<AppointmentId>,
    /// Absences announced today with visits still booked on them, and the week to rebook them from.
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub page: BookPage,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub title: String,
    pub physician: StaffId,
    pub date: Date,
    /// Why there are no visits in this column (away, the clinic closed), if so.
    pub closed: Option<String>,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Outside the physician's template: nothing can be booked here.
    Closed,
    /// In the template and free: these types may start here.
    Free { types: Vec<AppointmentTypeId>, same_day: bool },
    /// Visits starting in this row (more than one when double-booked).
    Starts(Vec<Visit>),
    /// Taken by a visit that started earlier.
    Continues,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    pub id: AppointmentId,
    pub patient: Pick,
    pub kind: String,
    pub colour: [u8; 3],
    pub minutes: u16,
    pub status: Status,
    pub at: TimeOfDay,
    /// What the desk needs to place or move it: the reason for the visit, the patient's clinical
    /// flags and when they can come.
    pub about: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeLegend {
    pub id: AppointmentTypeId,
    pub label: String,
    pub minutes: u16,
    pub colour: [u8; 3],
}

#[derive(Clone, Debug, PartialEq)]
pub struct WaitlistRow {
    pub patient: Pick,
    pub physician: StaffId,
    pub kind: AppointmentTypeId,
    pub priority: Priority,
    pub waited_days: i32,
    pub reason: String,
    /// When the patient can come ("mornings only; not on Fridays"), empty when any time suits.
    pub available: String,
    pub booked: bool,
    /// The first number on the patient's chart, to call them with an offer (none: no phone on file).
    pub phone: Option<crate::scenario::PhoneKind>,
}

/// `#4e79a7` as bytes; grey when the author wrote something else.
pub fn parse_colour(text: &str) -> [u8; 3] {
    let hex = text.trim_start_matches('#');
    let byte = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
    match (hex.len(), byte(0), byte(2), byte(4)) {
        (6, Some(r), Some(g), Some(b)) => [r, g, b],
        _ => [150, 150, 150],
    }
}

impl BookView {
    pub fn of(day: &Day, page: &BookPage) -> Self {
        let scenario = &*day.scenario;
        let today = day.today();
        let hours = &scenario.clinic.hours;
        let rows: Vec<TimeOfDay> = (hours.open.minutes()..hours.close.minutes())
            .step_by(usize::from(ROW_MINUTES))
            .filter_map(TimeOfDay::from_minutes)
            .collect();
        let physicians: Vec<Pick> =
            scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
        let (title, columns, previous, next) = match page {
            BookPage::Today | BookPage::Day(_) => {
                let date = match page {
                    BookPage::Day(d) => *d,
                    _ => today,
                };
                let columns =
                    scenario.staff.physicians.iter().map(|p| column(day, &p.id, p.name.clone(), date, &rows)).collect();
                let step = |forward: bool| {
                    let mut d = date;
                    for _ in 0..14 {
                        d = d.plus_days(if forward { 1 } else { -1 });
                        if d < today || d >= day.book.end() {
                            return None;
                        }
                        if day.book.is_open_on(d) {
                            return Some(BookPage::Day(d));
                        }
                    }
                    None
                };
                (format!("{} {}", date.weekday().name(), date), columns, step(false), step(true))
            }
            BookPage::Week { physician, week_of } => {
                let monday = week_of.plus_days(-(week_of.weekday() as i32));
                let columns = (0..7)
                    .map(|i| monday.plus_days(i))
                    .filter(|d| day.book.is_open_on(*d))
                    .map(|d| column(day, physician, format!("{} {}", d.weekday().name(), d), d, &rows))
                    .collect();
                let name = super::staff_name(scenario, physician);
                let week = |offset: i32| {
                    let d = monday.plus_days(offset);
                    (d.plus_days(6) >= today && d < day.book.end())
                        .then(|| BookPage::Week { physician: physician.clone(), week_of: d })
                };
                (format!("{name}, week of {monday}"), columns, week(-7), week(7))
            }
        };
        let types = scenario
            .appointment_types
            .iter()
            .map(|t| TypeLegend {
                id: t.id.clone(),
                label: t.label.clone(),
                minutes: t.minutes,
                colour: parse_colour(&t.colour),
            })
            .collect();
        let mut waitlist: Vec<WaitlistRow> = day
            .waitlist
            .iter()
            .map(|place| WaitlistRow {
                patient: Pick::new(place.entry.patient.as_str(), patient_name(scenario, &place.entry.patient)),
                physician: place.entry.physician.clone(),
                kind: place.entry.kind.clone(),
                priority: place.entry.priority,
                waited_days: place.since.days_until(today),
                reason: place.entry.reason.clone(),
                available: scenario.patient(&place.entry.patient).map_or_else(String::new, |p| {
                    p.available.iter().map(super::chart::availability_words).collect::<Vec<_>>().join("; ")
                }),
                booked: place.booked.is_some(),
                phone: scenario.patient(&place.entry.patient).and_then(|p| p.phones.first()).map(|p| p.kind),
            })
            .collect();
        waitlist.sort_by(|a, b| {
            a.booked.cmp(&b.booked).then(a.priority.cmp(&b.priority)).then(b.waited_days.cmp(&a.waited_days))
        });
        BookView {
            page: page.clone(),
            today,
            title,
            columns,
            rows,
            types,
            physicians,
            patients: patients(scenario),
            waitlist,
            on_call_with: day.outgoing.as_ref().filter(|o| o.answered).map(|o| o.patient.to_string()),
            on_call_said: day.outgoing.as_ref().filter(|o| o.answered).and_then(|o| {
                super::phone::outgoing_transcript(day, o).into_iter().rev().find_map(|said| match said {
                    super::phone::Said::Caller(text) | super::phone::Said::Refused(text) => Some(text),
                    super::phone::Said::Desk(_) => None,
                })
            }),
            previous,
            next,
            settled: day
                .book
                .appointments()
                .filter(|a| !a.holds_time() && a.status != Status::NoShow)
                .map(|a| a.id.clone())
                .collect(),
            notices: notices(day),
        }
    }
}

fn notices(day: &Day) -> Vec<Notice> {
    day.absences
        .iter()
        .filter_map(|absence| {
            let left = day
                .book
                .appointments()
                .filter(|a| a.physician == absence.physician && absence.from <= a.date && a.date <= absence.to)
                .filter(|a| a.holds_time())
                .count();
            let name = super::staff_name(&day.scenario, &absence.physician);
            let days = if absence.from == absence.to {
                format!("{} {}", absence.from.weekday().name(), absence.from)
            } else {
                format!("{} to {}", absence.from, absence.to)
            };
            (left > 0).then(|| Notice {
                text: format!("{name} is away {days}: {left} visits still booked there to move or rebook"),
                page: BookPage::Week { physician: absence.physician.clone(), week_of: absence.from },
            })
        })
        .collect()
}

fn column(day: &Day, physician: &StaffId, title: String, date: Date, rows: &[TimeOfDay]) -> Column {
    let scenario = &*day.scenario;
    let Some(doctor) = day.book.physician(physician) else {
        return Column {
            title,
            physician: physician.clone(),
            date,
            closed: Some("not in the book".into()),
            cells: Vec::new(),
        };
    };
    let closed = if !day.book.is_open_on(date) {
        Some("The clinic is closed".to_string())
    } else {
        doctor
            .away
            .iter()
            .find(|away| {
                let from = away.from.resolve(day.today());
                let to = away.to.map_or(from, |to| to.resolve(day.today()));
                from <= date && date <= to
            })
            .map(|away| format!("Away: {}", away.reason))
    };
    // A no-show keeps its place on the sheet (its time is gone anyway): the desk flags it from there.
    let mut visits: Vec<&Appointment> =
        day.book.on_day(physician, date).filter(|a| a.holds_time() || a.status == Status::NoShow).collect();
    visits.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    let weekday = date.weekday();
    let cells = rows
        .iter()
        .map(|&row| {
            let starting: Vec<Visit> = visits
                .iter()
                .filter(|a| a.at.minutes() / ROW_MINUTES == row.minutes() / ROW_MINUTES)
                .map(|a| {
                    let kind = scenario.appointment_type(&a.kind);
                    Visit {
                        id: a.id.clone(),
                        patient: Pick::new(a.patient.as_str(), patient_name(scenario, &a.patient)),
                        kind: kind.map_or_else(|| a.kind.to_string(), |k| k.label.clone()),
                        colour: kind.map_or([150, 150, 150], |k| parse_colour(&k.colour)),
                        minutes: a.minutes,
                        status: a.status.clone(),
                        at: a.at,
                        about: visit_facts(scenario, a),
                    }
                })
                .collect();
            if !starting.is_empty() {
                return Cell::Starts(starting);
            }
            if visits.iter().any(|a| a.at < row && row.minutes() < a.end_minutes()) {
                return Cell::Continues;
            }
            if closed.is_some() {
                return Cell::Closed;
            }
            let blocks: Vec<_> =
                doctor.week.iter().filter(|b| b.days.contains(&weekday) && b.from <= row && row < b.to).collect();
            if blocks.is_empty() {
                Cell::Closed
            } else {
                Cell::Free {
                    types: blocks.iter().flat_map(|b| b.types.iter().cloned()).collect(),
                    same_day: blocks.iter().any(|b| b.same_day),
                }
            }
        })
        .collect();
    Column { title, physician: physician.clone(), date, closed, cells }
}

/// The reason for a visit, the patient's flags and availability, in words for the visit's tooltip:
/// rebooking a conference day by urgency and availability should not need a chart opened per visit.
fn visit_facts(scenario: &crate::scenario::Scenario, a: &crate::book::Appointment) -> Vec<String> {
    let mut facts = Vec::new();
    if let Some(booked) = scenario.book.iter().find(|b| b.id == a.id).filter(|b| !b.reason.trim().is_empty()) {
        facts.push(format!("reason: {}", booked.reason.trim()));
    }
    if let Some(patient) = scenario.patient(&a.patient) {
        let flags: Vec<&str> = patient.flags.iter().map(|f| super::chart::flag_words(*f)).collect();
        if !flags.is_empty() {
            facts.push(format!("flags: {}", flags.join(", ")));
        }
        let available: Vec<String> = patient.available.iter().map(super::chart::availability_words).collect();
        if !available.is_empty() {
            facts.push(format!("can come: {}", available.join("; ")));
        }
    }
    facts
}

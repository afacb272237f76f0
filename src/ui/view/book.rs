//! The appointment book: a day with a column per physician, or one physician's week (for rebooking a
//! conference day), on the book's 5-minute rows; and the waitlist beside it.

use super::{Pick, date_words, patient_name, patients, semicolon, weekdays_word};
use crate::book::{Appointment, ROW_MINUTES, Status};
use crate::i18n::{Lang, text};
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
    /// The time now, when the page shows today: the sheet opens there and draws a line at it.
    pub now: Option<TimeOfDay>,
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
    /// The visit booked (or moved) for the patient on the line during this call, in words: the
    /// book's part is done, and the call is the next step.
    pub on_call_booked: Option<String>,
    /// The previous and next open days (or weeks) for the arrows, with their names for the hover.
    pub previous: Option<(BookPage, String)>,
    pub next: Option<(BookPage, String)>,
    /// Every date the book can take visits on, today first: the date picker's days.
    pub open_dates: Vec<Date>,
    /// What "Next free slot" found for the search the learner set, if they set one.
    pub next_free: Option<Result<FreeSlot, String>>,
    /// Visits that no longer hold a time (moved or cancelled): a move in progress for one of them is
    /// over, and one that was refused is still going.
    pub settled: Vec<AppointmentId>,
    /// Absences announced today with visits still booked on them, and the week to rebook them from.
    pub notices: Vec<Notice>,
    /// How many entries the journal holds: a booking sent now is answered at this index or later.
    pub journal_len: usize,
    /// The book's latest answer to a booking, an offer or a move: where it is in the journal, and
    /// what it said.
    pub answer: Option<BookAnswer>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BookAnswer {
    pub index: usize,
    pub refused: bool,
    pub text: String,
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
    /// Why a row outside the physician's hours cannot be booked, in words, for its hover and for a
    /// click on it: a click there used to do nothing at all.
    pub unbookable: String,
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

/// What the learner asked "Next free slot" to find: a visit type, with one physician or anyone, for
/// the patient in focus (whose availability it respects) if there is one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FreeSearch {
    pub kind: Option<AppointmentTypeId>,
    pub physician: Option<StaffId>,
    pub patient: Option<crate::scenario::PatientId>,
}

/// The earliest start that passes every booking rule for a search, in words and as a place to open.
#[derive(Clone, Debug, PartialEq)]
pub struct FreeSlot {
    pub kind: AppointmentTypeId,
    pub physician: StaffId,
    pub date: Date,
    pub at: TimeOfDay,
    pub words: String,
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
    pub fn of(day: &Day, page: &BookPage, lang: Lang) -> Self {
        let scenario = &*day.scenario;
        let today = day.today();
        let hours = &scenario.clinic.hours;
        let all_rows: Vec<TimeOfDay> = (hours.open.minutes()..hours.close.minutes())
            .step_by(usize::from(ROW_MINUTES))
            .filter_map(TimeOfDay::from_minutes)
            .collect();
        let physicians: Vec<Pick> =
            scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
        let page_date = |date: Date| {
            let words = date.long_words_in(today, lang);
            match today.days_until(date) {
                0 => text(lang, "book-ui-page-today", &[("date", words.into())]),
                1 => text(lang, "book-ui-page-tomorrow", &[("date", words.into())]),
                n if n > 1 => text(lang, "book-ui-page-in-days", &[("date", words.into()), ("days", n.into())]),
                _ => words,
            }
        };
        let (title, mut columns, previous, next, shows_today) = match page {
            BookPage::Today | BookPage::Day(_) => {
                let date = match page {
                    BookPage::Day(d) => *d,
                    _ => today,
                };
                let columns: Vec<Column> = scenario
                    .staff
                    .physicians
                    .iter()
                    .map(|p| column(day, &p.id, p.name.clone(), date, &all_rows, lang))
                    .collect();
                let step = |forward: bool| {
                    let mut d = date;
                    for _ in 0..14 {
                        d = d.plus_days(if forward { 1 } else { -1 });
                        if d < today || d >= day.book.end() {
                            return None;
                        }
                        if day.book.is_open_on(d) {
                            return Some((BookPage::Day(d), d.long_words_in(today, lang)));
                        }
                    }
                    None
                };
                (page_date(date), columns, step(false), step(true), date == today)
            }
            BookPage::Week { physician, week_of } => {
                let monday = week_of.plus_days(-(week_of.weekday() as i32));
                let columns = (0..7)
                    .map(|i| monday.plus_days(i))
                    .filter(|d| day.book.is_open_on(*d))
                    .map(|d| column(day, physician, d.long_words_in(today, lang), d, &all_rows, lang))
                    .collect();
                let name = scenario.staff_name(physician);
                let this_monday = today.plus_days(-(today.weekday() as i32));
                let named = |monday: Date| {
                    let args =
                        [("name", name.as_str().into()), ("week", week_words(this_monday, monday, today, lang).into())];
                    text(lang, "book-ui-physician-week-of", &args)
                };
                let week = |offset: i32| {
                    let d = monday.plus_days(offset);
                    (d.plus_days(6) >= today && d < day.book.end())
                        .then(|| (BookPage::Week { physician: physician.clone(), week_of: d }, named(d)))
                };
                let shows_today = monday <= today && today < monday.plus_days(7);
                (named(monday), columns, week(-7), week(7), shows_today)
            }
        };
        // The sheet runs from the first row anyone books (or has a visit in) to the last: the hour
        // the desk is open before the first visit is not worth a screen's height.
        let used =
            |r: &usize| columns.iter().any(|c: &Column| c.cells.get(*r).is_some_and(|cell| *cell != Cell::Closed));
        let first = (0..all_rows.len()).find(used).unwrap_or(0);
        let last = (0..all_rows.len()).rev().find(used).map_or(all_rows.len(), |r| r + 1).max(first + 1);
        let rows: Vec<TimeOfDay> = all_rows.get(first..last).map_or_else(Vec::new, <[TimeOfDay]>::to_vec);
        for column in &mut columns {
            column.cells = column.cells.get(first..last).map_or_else(Vec::new, <[Cell]>::to_vec);
        }
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
                    let available: Vec<String> =
                        p.available.iter().map(|a| super::chart::availability_words(a, lang)).collect();
                    available.join(semicolon(lang).as_str())
                }),
                booked: place.booked.is_some(),
                phone: scenario.patient(&place.entry.patient).and_then(|p| p.phones.first()).map(|p| p.kind),
            })
            .collect();
        waitlist.sort_by(|a, b| {
            a.booked.cmp(&b.booked).then(a.priority.cmp(&b.priority)).then(b.waited_days.cmp(&a.waited_days))
        });
        let open_dates = (0..today.days_until(day.book.end()).max(0))
            .map(|n| today.plus_days(n))
            .filter(|d| day.book.is_open_on(*d))
            .collect();
        BookView {
            page: page.clone(),
            today,
            now: if shows_today { day.now.time_of_day() } else { None },
            title,
            columns,
            rows,
            types,
            physicians,
            patients: patients(scenario),
            waitlist,
            on_call_with: day.outgoing.as_ref().filter(|o| o.answered).map(|o| o.patient.to_string()),
            on_call_said: day.outgoing.as_ref().filter(|o| o.answered).and_then(|o| {
                super::phone::outgoing_transcript(day, o, lang).into_iter().rev().find_map(|said| match said {
                    super::phone::Said::Caller(text) | super::phone::Said::Refused(text) => Some(text),
                    super::phone::Said::Desk(_) | super::phone::Said::Message(_) => None,
                })
            }),
            on_call_booked: day.outgoing.as_ref().filter(|o| o.answered).and_then(|o| booked_on_call(day, o, lang)),
            previous,
            next,
            open_dates,
            next_free: None,
            settled: day
                .book
                .appointments()
                .filter(|a| !a.holds_time() && a.status != Status::NoShow)
                .map(|a| a.id.clone())
                .collect(),
            notices: notices(day, lang),
            journal_len: day.journal.entries.len(),
            answer: latest_answer(day, lang),
        }
    }

    /// The view with the earliest free slot for `search` found, when it names a visit type: a start
    /// after now, from the first day the page shows (a learner who turned to April looks from
    /// April), that passes every booking rule with nobody booked in it (not a double-booking),
    /// outside the blocks held for same-day urgent visits, at a time the patient in focus can come.
    pub fn with_next_free(mut self, day: &Day, search: &FreeSearch, lang: Lang) -> Self {
        let Some(kind) = &search.kind else { return self };
        let scenario = &*day.scenario;
        let Some(rule) = scenario.appointment_type(kind) else { return self };
        let today = day.today();
        let from = self.columns.iter().map(|c| c.date).min().unwrap_or(today).max(today);
        let now = day.now.time_of_day().map_or(0, TimeOfDay::minutes);
        let patient = search.patient.as_ref().and_then(|p| scenario.patient(p));
        let last = day.book.end().plus_days(-1);
        // Blocks held for same-day needs are offered only to an urgent visit today (S3): a search
        // for the same-day type itself would otherwise find nothing while those rows stand empty.
        let urgent = rule.kind == crate::scenario::VisitKind::Urgent;
        let found = scenario
            .staff
            .physicians
            .iter()
            .filter(|p| search.physician.as_ref().is_none_or(|wanted| *wanted == p.id))
            .filter_map(|p| {
                day.book
                    .openings(&p.id, kind, from, last, None, move |block| urgent || !block.same_day)
                    .filter(|&(date, _, block)| !block.same_day || date == today)
                    .filter(|&(date, at, _)| date > today || at.minutes() >= now)
                    // Free, not a double-booking the policy would allow: the desk asked for room.
                    .filter(|&(date, at, _)| day.book.nothing_booked(&p.id, date, at, rule.minutes))
                    .find(|&(date, at, _)| {
                        patient
                            .is_none_or(|patient| crate::book::can_come(patient, date, at, rule.minutes, today).is_ok())
                    })
                    .map(|(date, at, _)| (date, at, p.id.clone()))
            })
            .min();
        self.next_free = Some(match found {
            Some((date, at, physician)) => {
                let args = [
                    ("date", date.long_words_in(today, lang).into()),
                    ("at", at.to_string().into()),
                    ("physician", scenario.staff_name(&physician).into()),
                ];
                Ok(FreeSlot { kind: kind.clone(), words: text(lang, "book-ui-free-slot", &args), physician, date, at })
            }
            None => {
                let with = search.physician.as_ref().map(|p| scenario.staff_name(p)).unwrap_or_default();
                let args = [
                    ("kind", rule.label.as_str().into()),
                    ("physician", with.into()),
                    ("patient", patient.map_or("", |p| p.name.as_str()).into()),
                    ("from", date_words(today, from, lang).into()),
                    ("to", day.book.end().long_words_in(today, lang).into()),
                ];
                let id = match (search.physician.is_some(), patient.is_some()) {
                    (false, false) => "book-ui-no-free-slot",
                    (true, false) => "book-ui-no-free-slot-with",
                    (false, true) => "book-ui-no-free-slot-for",
                    (true, true) => "book-ui-no-free-slot-with-for",
                };
                Err(text(lang, id, &args))
            }
        });
        self
    }
}

/// The book's latest answer to a booking, an offer or a move, among the journal's recent entries
/// (an answer comes in the same step as what it answers, so it is never far back).
fn latest_answer(day: &Day, lang: Lang) -> Option<BookAnswer> {
    use crate::sim::Action;
    use crate::sim::journal::{Entry, Happening};
    let entries = &day.journal.entries;
    entries.iter().enumerate().rev().take(200).find_map(|(index, entry)| match &entry.what {
        Entry::Refused { action: Action::Book(_) | Action::OfferSlot { .. } | Action::Reschedule { .. }, reason } => {
            Some(BookAnswer { index, refused: true, text: super::describe::in_words(day, &reason.in_lang(lang), lang) })
        }
        Entry::Happened(Happening::Booked { appointment, physician, .. }) => {
            Some(BookAnswer { index, refused: false, text: super::booked_words(day, appointment, physician, lang) })
        }
        Entry::Happened(Happening::Rescheduled { to, .. }) => {
            Some(BookAnswer { index, refused: false, text: super::moved_words(day, to, lang)? })
        }
        _ => None,
    })
}

/// A week named as the desk would: "this week", "next week", "week of Monday 6 April".
fn week_words(this_monday: Date, monday: Date, today: Date, lang: Lang) -> String {
    let words = monday.long_words_in(today, lang);
    match this_monday.days_until(monday) / 7 {
        0 => text(lang, "book-ui-week-this", &[("monday", words.into())]),
        1 => text(lang, "book-ui-week-next", &[("monday", words.into())]),
        -1 => text(lang, "book-ui-week-last", &[("monday", words.into())]),
        n if n > 1 => text(lang, "book-ui-week-in", &[("monday", words.into()), ("weeks", n.into())]),
        _ => text(lang, "book-ui-week-of", &[("monday", words.into())]),
    }
}

fn notices(day: &Day, lang: Lang) -> Vec<Notice> {
    day.absences
        .iter()
        .filter_map(|absence| {
            let left = day
                .book
                .appointments()
                .filter(|a| a.physician == absence.physician && absence.from <= a.date && a.date <= absence.to)
                .filter(|a| a.holds_time())
                .count();
            let name = day.scenario.staff_name(&absence.physician);
            let words = if absence.from == absence.to {
                let args = [
                    ("name", name.into()),
                    ("weekday", absence.from.weekday().name_in(lang).into()),
                    ("date", absence.from.to_string().into()),
                    ("left", left.into()),
                ];
                text(lang, "book-ui-notice-away-day", &args)
            } else {
                let args = [
                    ("name", name.into()),
                    ("from", absence.from.to_string().into()),
                    ("to", absence.to.to_string().into()),
                    ("left", left.into()),
                ];
                text(lang, "book-ui-notice-away-days", &args)
            };
            (left > 0).then(|| Notice {
                text: words,
                page: BookPage::Week { physician: absence.physician.clone(), week_of: absence.from },
            })
        })
        .collect()
}

/// The visit booked or moved for the patient on the outgoing line since the desk placed the call,
/// in words ("Friday 13 March at 09:15"), if one was.
fn booked_on_call(day: &Day, call: &crate::sim::phone::OutgoingCall, lang: Lang) -> Option<String> {
    use crate::sim::journal::{Entry, Happening};
    day.journal.entries.iter().rev().take_while(|e| e.at >= call.at).find_map(|e| match &e.what {
        Entry::Happened(Happening::Booked { patient, date, at, .. }) if patient == &call.patient => {
            Some(date_at(day.today(), *date, *at, lang))
        }
        Entry::Happened(Happening::Rescheduled { to, date, at, .. })
            if day.book.get(to).is_some_and(|a| a.patient == call.patient) =>
        {
            Some(date_at(day.today(), *date, *at, lang))
        }
        _ => None,
    })
}

/// A day and a time as the desk says them: "today at 09:15", "Friday 13 March at 09:15".
fn date_at(today: Date, date: Date, at: TimeOfDay, lang: Lang) -> String {
    let args = [("date", date_words(today, date, lang).into()), ("at", at.to_string().into())];
    text(lang, "book-ui-date-at", &args)
}

/// Why a locum's column is closed on a day they do not cover: whom they cover for, and when.
fn locum_days(
    scenario: &crate::scenario::Scenario,
    doctor: &crate::scenario::Physician,
    today: Date,
    lang: Lang,
) -> String {
    match super::covers_words(scenario, doctor, today, lang) {
        Some(covers) => text(lang, "book-ui-locum-covering", &[("covers", covers.into())]),
        None => text(lang, "book-ui-locum-not-working", &[]),
    }
}

fn column(day: &Day, physician: &StaffId, title: String, date: Date, rows: &[TimeOfDay], lang: Lang) -> Column {
    let scenario = &*day.scenario;
    let Some(doctor) = day.book.physician(physician) else {
        return Column {
            title,
            physician: physician.clone(),
            date,
            closed: Some(text(lang, "book-ui-not-in-book", &[])),
            unbookable: text(lang, "book-ui-no-book", &[]),
            cells: Vec::new(),
        };
    };
    let closed = if !day.book.is_open_on(date) {
        Some(text(lang, "book-ui-clinic-closed", &[]))
    } else if date < day.today() {
        Some(text(lang, "book-ui-day-past", &[]))
    } else {
        doctor
            .away
            .iter()
            .find(|away| {
                let from = away.from.resolve(day.today());
                let to = away.to.map_or(from, |to| to.resolve(day.today()));
                from <= date && date <= to
            })
            .map(|away| text(lang, "book-ui-away", &[("reason", away.reason.as_str().into())]))
            .or_else(|| (!doctor.works_on(date, day.today())).then(|| locum_days(scenario, doctor, day.today(), lang)))
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
                        about: visit_facts(scenario, a, lang),
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
    let name = scenario.staff_name(physician);
    let unbookable = match &closed {
        Some(why) => {
            let args = [
                ("name", name.as_str().into()),
                ("date", date.long_words_in(day.today(), lang).into()),
                ("why", why.as_str().into()),
            ];
            text(lang, "book-ui-unbookable-closed", &args)
        }
        None => {
            let hours: Vec<String> = doctor
                .week
                .iter()
                .filter(|b| b.days.contains(&weekday))
                .map(|b| format!("{}–{}", b.from, b.to))
                .collect();
            let days = weekdays_word(weekday, lang);
            if hours.is_empty() {
                text(lang, "book-ui-unbookable-no-patients", &[("name", name.as_str().into()), ("days", days.into())])
            } else {
                let args = [("name", name.as_str().into()), ("days", days.into()), ("hours", hours.join(", ").into())];
                text(lang, "book-ui-unbookable-outside-hours", &args)
            }
        }
    };
    Column { title, physician: physician.clone(), date, closed, unbookable, cells }
}

/// The reason for a visit, the patient's flags and availability, in words for the visit's tooltip:
/// rebooking a conference day by urgency and availability should not need a chart opened per visit.
fn visit_facts(scenario: &crate::scenario::Scenario, a: &crate::book::Appointment, lang: Lang) -> Vec<String> {
    let mut facts = Vec::new();
    if let Some(booked) = scenario.book.iter().find(|b| b.id == a.id).filter(|b| !b.reason.trim().is_empty()) {
        facts.push(text(lang, "book-ui-fact-reason", &[("reason", booked.reason.trim().into())]));
    }
    if let Some(patient) = scenario.patient(&a.patient) {
        let flags: Vec<String> = patient.flags.iter().map(|f| super::chart::flag_words(*f, lang)).collect();
        if !flags.is_empty() {
            facts.push(text(lang, "book-ui-fact-flags", &[("flags", flags.join(", ").into())]));
        }
        let available: Vec<String> =
            patient.available.iter().map(|when| super::chart::availability_words(when, lang)).collect();
        if !available.is_empty() {
            let args = [("available", available.join(semicolon(lang).as_str()).into())];
            facts.push(text(lang, "book-ui-fact-can-come", &args));
        }
    }
    facts
}

//! The appointment book: a multi-week calendar per physician built from the weekly templates, and the
//! rules every booking must pass (open day, inside the calendar, physician present, fits the template,
//! within the double-booking policy).
//!
//! Plain Rust with no engine types: the scenario checker uses it to vet the opening book, the
//! simulation to take the learner's bookings, and the autoplay's rebooking solver to search for
//! openings, so all three agree on what fits.

mod appointment;
mod availability;
pub mod fill;
mod refusal;

pub use appointment::{Appointment, Status};
pub use availability::can_come;
pub use refusal::Refusal;

use std::collections::BTreeMap;

use bevy::platform::collections::HashMap;

use crate::scenario::time::{Date, TimeOfDay, Weekday};
use crate::scenario::{
    AppointmentId, AppointmentTypeId, Booking, BookingStatus, DoubleBooking, PatientId, Physician, Scenario, StaffId,
    TemplateBlock,
};

/// The length and sharing rule of an appointment type.
#[derive(Clone, Copy, Debug, PartialEq)]
struct TypeRule {
    minutes: u16,
    double_book: bool,
}

/// One physician's day as a slot search sees it (see `Book::day_for`).
struct OpenDay<'a, 'k> {
    book: &'a Book,
    doctor: &'a Physician,
    kind: &'k AppointmentTypeId,
    rule: TypeRule,
    date: Date,
    /// The physician's appointments that day (positions in the book), whatever their status.
    booked: &'a [usize],
    /// The appointment being moved, which does not stand in its own way.
    ignore: Option<&'k AppointmentId>,
}

impl<'a> OpenDay<'a, '_> {
    /// The block a visit starting at `at` falls in, if it passes every rule of the book.
    fn fits(&self, at: TimeOfDay) -> Option<&'a TemplateBlock> {
        let block = self.doctor.block_for(self.date.weekday(), at, self.rule.minutes, self.kind)?;
        self.has_room(at).then_some(block)
    }

    /// The blocks of the physician's template that offer the visit type on this day, in template
    /// order (the order `block_for` looks in).
    fn blocks(&self) -> Vec<&'a TemplateBlock> {
        let weekday = self.date.weekday();
        self.doctor.week.iter().filter(|b| b.days.contains(&weekday) && b.types.contains(self.kind)).collect()
    }

    /// Whether a visit starting at `at` leaves room under the book's sharing rules.
    fn has_room(&self, at: TimeOfDay) -> bool {
        let (start, end) = (at.minutes(), at.minutes() + self.rule.minutes);
        let max_per_slot = self.book.policy.max_per_slot;
        let mut sharing = 0usize;
        for a in self.booked.iter().filter_map(|&i| self.book.appointments.get(i)) {
            // Minutes first: most of the day's visits are nowhere near `at`, and comparing them is
            // cheaper than comparing ids.
            if a.at.minutes() >= end || start >= a.end_minutes() || !a.holds_time() || Some(&a.id) == self.ignore {
                continue;
            }
            let shareable = self.rule.double_book && self.book.types.get(&a.kind).is_some_and(|t| t.double_book);
            if max_per_slot <= 1 || !shareable {
                return false;
            }
            sharing += 1;
        }
        sharing < usize::from(max_per_slot)
    }
}

/// What a booking asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub patient: PatientId,
    pub physician: StaffId,
    pub kind: AppointmentTypeId,
    pub date: Date,
    pub at: TimeOfDay,
    /// Length when it differs from the type's usual length.
    pub minutes: Option<u16>,
}

/// Rows of the book are this many minutes apart; openings are searched on this grid.
pub const ROW_MINUTES: u16 = 5;

#[derive(Clone, Debug)]
pub struct Book {
    today: Date,
    end: Date,
    days_open: Vec<Weekday>,
    policy: DoubleBooking,
    // Lookups by id are hashed (with bevy's fixed, deterministic hasher) so their cost does not
    // grow with the size of the clinic; nothing iterates these maps, so their order never shows.
    physicians: HashMap<StaffId, Physician>,
    types: HashMap<AppointmentTypeId, TypeRule>,
    /// Every appointment, in the order it entered the book; the maps below index into it.
    appointments: Vec<Appointment>,
    index: HashMap<AppointmentId, usize>,
    /// Positions in `appointments` in id order, for listing the book.
    ordered: BTreeMap<AppointmentId, usize>,
    /// Each physician's appointments per day: the rule checks look at one day at a time.
    by_day: HashMap<StaffId, BTreeMap<Date, Vec<usize>>>,
    /// Each patient's appointments, in the order they entered the book.
    by_patient: HashMap<PatientId, Vec<usize>>,
    /// Bookings made during the day get ids `new-1`, `new-2`, … in the order they are made.
    made: u32,
}

impl Book {
    /// An empty book with the scenario's calendar, templates and policy.
    pub fn empty(scenario: &Scenario) -> Self {
        let today = scenario.clinic.date;
        Book {
            today,
            end: today.plus_days(i32::from(scenario.clinic.calendar_weeks) * 7),
            days_open: scenario.clinic.days_open.clone(),
            policy: scenario.clinic.policies.double_booking,
            physicians: scenario.staff.physicians.iter().map(|p| (p.id.clone(), p.clone())).collect(),
            types: scenario
                .appointment_types
                .iter()
                .map(|t| (t.id.clone(), TypeRule { minutes: t.minutes, double_book: t.double_book }))
                .collect(),
            appointments: Vec::new(),
            index: HashMap::default(),
            ordered: BTreeMap::new(),
            by_day: HashMap::default(),
            by_patient: HashMap::default(),
            made: 0,
        }
    }

    /// The book as the day opens. Bookings are taken as the scenario states them, even where they
    /// break a rule: `clinic-day validate` reports those, and the day plays what the file says.
    pub fn opening(scenario: &Scenario) -> Self {
        let mut book = Book::empty(scenario);
        for booking in &scenario.book {
            book.insert_as_written(booking);
        }
        book
    }

    /// Puts a booking from the scenario in the book without checking it.
    pub(crate) fn insert_as_written(&mut self, booking: &Booking) {
        let minutes = booking.minutes.or_else(|| self.types.get(&booking.kind).map(|t| t.minutes)).unwrap_or(0);
        let status = match booking.status {
            BookingStatus::Booked => Status::Booked,
            BookingStatus::Confirmed => Status::Confirmed,
        };
        self.put(Appointment {
            id: booking.id.clone(),
            patient: booking.patient.clone(),
            physician: booking.physician.clone(),
            kind: booking.kind.clone(),
            date: booking.date.resolve(self.today),
            at: booking.at,
            minutes,
            status,
        });
    }

    /// Adds an appointment to the book and its day index. A scenario that reuses an id (the
    /// validator reports it) keeps the last one.
    fn put(&mut self, appointment: Appointment) {
        let date = appointment.date;
        let at = match self.index.get(&appointment.id) {
            Some(&at) => {
                let old = std::mem::replace(&mut self.appointments[at], appointment);
                if let Some(day) = self.by_day.get_mut(&old.physician).and_then(|days| days.get_mut(&old.date)) {
                    day.retain(|&i| i != at);
                }
                if let Some(theirs) = self.by_patient.get_mut(&old.patient) {
                    theirs.retain(|&i| i != at);
                }
                at
            }
            None => {
                let at = self.appointments.len();
                self.index.insert(appointment.id.clone(), at);
                self.ordered.insert(appointment.id.clone(), at);
                self.appointments.push(appointment);
                at
            }
        };
        // The keys are cloned only the first time a physician or patient is seen: a book is built
        // from hundreds of appointments at the start of every day.
        let put = &self.appointments[at];
        match self.by_day.get_mut(&put.physician) {
            Some(days) => days.entry(date).or_default().push(at),
            None => {
                self.by_day.insert(put.physician.clone(), BTreeMap::from([(date, vec![at])]));
            }
        }
        match self.by_patient.get_mut(&put.patient) {
            Some(theirs) => theirs.push(at),
            None => {
                self.by_patient.insert(put.patient.clone(), vec![at]);
            }
        }
    }

    /// The request a scenario booking makes.
    pub fn request_for(&self, booking: &Booking) -> Request {
        Request {
            patient: booking.patient.clone(),
            physician: booking.physician.clone(),
            kind: booking.kind.clone(),
            date: booking.date.resolve(self.today),
            at: booking.at,
            minutes: booking.minutes,
        }
    }

    pub fn today(&self) -> Date {
        self.today
    }

    /// The first day past the calendar.
    pub fn end(&self) -> Date {
        self.end
    }

    /// A physician as the book knows them: their template and every absence, including those
    /// announced today.
    /// Whether `physician` is at work here on `date`: in the book, not away (as the day has
    /// announced it) and, for a locum, a day they cover.
    pub fn works(&self, physician: &StaffId, date: Date) -> bool {
        self.physicians.get(physician).is_some_and(|p| !p.is_away(date, self.today) && p.works_on(date, self.today))
    }

    pub fn physician(&self, id: &StaffId) -> Option<&Physician> {
        self.physicians.get(id)
    }

    /// Whether the clinic opens on `date` at all.
    pub fn is_open_on(&self, date: Date) -> bool {
        self.days_open.contains(&date.weekday())
    }

    pub fn get(&self, id: &AppointmentId) -> Option<&Appointment> {
        self.index.get(id).map(|&at| &self.appointments[at])
    }

    /// Where the book holds an appointment. An appointment keeps its place for the whole day (a
    /// change of time or status rewrites it where it is), so a place can be kept and used later.
    pub fn position(&self, id: &AppointmentId) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The appointment held at a [`Book::position`].
    pub fn at_position(&self, position: usize) -> Option<&Appointment> {
        self.appointments.get(position)
    }

    fn get_mut(&mut self, id: &AppointmentId) -> Option<&mut Appointment> {
        self.index.get(id).map(|&at| &mut self.appointments[at])
    }

    /// Every appointment, in id order.
    pub fn appointments(&self) -> impl Iterator<Item = &Appointment> {
        self.ordered.values().map(|&at| &self.appointments[at])
    }

    /// One patient's appointments, in the order they entered the book, whatever their status.
    pub fn of_patient(&self, patient: &PatientId) -> impl Iterator<Item = &Appointment> {
        self.by_patient.get(patient).into_iter().flatten().map(|&at| &self.appointments[at])
    }

    /// Whether a booking's id is one the book gives during the day (`new-1`, `new-2`, …), not one
    /// of the scenario's.
    pub fn is_made_today(id: &AppointmentId) -> bool {
        id.as_str().strip_prefix("new-").is_some_and(|n| n.parse::<u32>().is_ok())
    }

    /// How many bookings were made during the day (the next gets `new-{made + 1}`).
    pub fn made(&self) -> u32 {
        self.made
    }

    /// One physician's appointments on one day, in the order they entered the book, whatever their
    /// status.
    pub fn on_day(&self, physician: &StaffId, date: Date) -> impl Iterator<Item = &Appointment> {
        self.by_day
            .get(physician)
            .and_then(|days| days.get(&date))
            .into_iter()
            .flatten()
            .map(|&at| &self.appointments[at])
    }

    /// One physician's appointments from `from` to `to` (both included), in id order, whatever
    /// their status: what an absence over those days touches, found without reading the whole book.
    pub fn of_physician_between(&self, physician: &StaffId, from: Date, to: Date) -> Vec<&Appointment> {
        let Some(days) = self.by_day.get(physician).filter(|_| from <= to) else { return Vec::new() };
        let mut found: Vec<&Appointment> =
            days.range(from..=to).flat_map(|(_, day)| day.iter().map(|&at| &self.appointments[at])).collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        found
    }

    /// One physician's appointments on one day that still hold their time, by start time.
    /// Whether nobody is booked with `physician` in `minutes` from `at` on `date`: room without a
    /// double-booking, even where the policy would allow one (what the desk looks for first).
    pub fn nothing_booked(&self, physician: &StaffId, date: Date, at: TimeOfDay, minutes: u16) -> bool {
        let (start, end) = (at.minutes(), at.minutes() + minutes);
        self.on_day(physician, date)
            .filter(|a| a.holds_time())
            .all(|a| a.end_minutes() <= start || end <= a.at.minutes())
    }

    pub fn day(&self, physician: &StaffId, date: Date) -> Vec<&Appointment> {
        let mut day: Vec<&Appointment> = self.on_day(physician, date).filter(|a| a.holds_time()).collect();
        day.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        day
    }

    /// Checks a booking against every rule, without making it. `ignore` is an appointment that does
    /// not count as a conflict (the one being moved). On success, the template block it falls in.
    pub fn check(&self, request: &Request, ignore: Option<&AppointmentId>) -> Result<&TemplateBlock, Refusal> {
        let physician = self.physicians.get(&request.physician).ok_or(Refusal::UnknownPhysician)?;
        let rule = self.types.get(&request.kind).ok_or(Refusal::UnknownType)?;
        let minutes = request.minutes.unwrap_or(rule.minutes);
        let date = request.date;
        if date < self.today {
            return Err(Refusal::InThePast);
        }
        if date >= self.end {
            return Err(Refusal::OutsideCalendar { end: self.end });
        }
        if !self.days_open.contains(&date.weekday()) {
            return Err(Refusal::ClosedDay { day: date.weekday() });
        }
        if physician.is_away(date, self.today) {
            return Err(Refusal::PhysicianAway);
        }
        if !physician.works_on(date, self.today) {
            return Err(Refusal::NotWorkingHere);
        }
        let block = physician.block_for(date.weekday(), request.at, minutes, &request.kind).ok_or_else(|| {
            Refusal::OutsideTemplate {
                at: request.at,
                minutes,
                offered: physician
                    .week
                    .iter()
                    .filter(|b| b.days.contains(&date.weekday()) && b.types.contains(&request.kind))
                    .map(|b| (b.from, b.to))
                    .collect(),
            }
        })?;
        let start = request.at.minutes();
        let end = start + minutes;
        let overlapping: Vec<&Appointment> = self
            .on_day(&request.physician, date)
            .filter(|a| a.holds_time() && Some(&a.id) != ignore && a.at.minutes() < end && start < a.end_minutes())
            .collect();
        if let Some(first) = overlapping.iter().min_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id))) {
            let with = first.id.clone();
            if self.policy.max_per_slot <= 1 {
                return Err(Refusal::NeverDoubleBooked { with });
            }
            let shareable =
                rule.double_book && overlapping.iter().all(|a| self.types.get(&a.kind).is_some_and(|t| t.double_book));
            if !shareable {
                return Err(Refusal::NotDoubleBookable { with });
            }
            if overlapping.len() + 1 > usize::from(self.policy.max_per_slot) {
                return Err(Refusal::SlotFull { with, max: self.policy.max_per_slot });
            }
        }
        Ok(block)
    }

    /// Whether a `kind` visit with `physician` from `at` on `date` passes every rule, as `check` would
    /// say, but without building a refusal: the slot searches ask this thousands of times a day.
    /// On success, the template block it falls in.
    pub fn fits(
        &self,
        physician: &StaffId,
        kind: &AppointmentTypeId,
        date: Date,
        at: TimeOfDay,
        ignore: Option<&AppointmentId>,
    ) -> Option<&TemplateBlock> {
        self.day_for(physician, kind, date, ignore)?.fits(at)
    }

    /// What every start on one physician's day shares, looked up once: the physician, the visit
    /// type's rule and the appointments holding time that day. `None` when the day cannot take the
    /// visit at all (outside the book, closed, the physician away, an unknown physician or type).
    fn day_for<'a, 'k>(
        &'a self,
        physician: &StaffId,
        kind: &'k AppointmentTypeId,
        date: Date,
        ignore: Option<&'k AppointmentId>,
    ) -> Option<OpenDay<'a, 'k>> {
        let doctor = self.physicians.get(physician)?;
        let rule = *self.types.get(kind)?;
        if date < self.today || date >= self.end || !self.days_open.contains(&date.weekday()) {
            return None;
        }
        if doctor.is_away(date, self.today) || !doctor.works_on(date, self.today) {
            return None;
        }
        let booked = self.by_day.get(physician).and_then(|days| days.get(&date)).map_or(&[][..], Vec::as_slice);
        Some(OpenDay { book: self, doctor, kind, rule, date, booked, ignore })
    }

    /// Makes a booking that passes every rule; returns its new id.
    pub fn book(&mut self, request: Request) -> Result<AppointmentId, Refusal> {
        self.check(&request, None)?;
        Ok(self.insert(request))
    }

    /// Books an urgent add-on a clinician approved into a slot the policy counts as full (S4). Every
    /// other rule still applies, and only double-bookable visits may share: never a long visit or a
    /// procedure.
    pub fn book_add_on(&mut self, request: Request) -> Result<AppointmentId, Refusal> {
        match self.check(&request, None) {
            Ok(_) => Ok(self.insert(request)),
            Err(Refusal::NeverDoubleBooked { with } | Refusal::SlotFull { with, .. }) => {
                let shareable = |kind: &AppointmentTypeId| self.types.get(kind).is_some_and(|t| t.double_book);
                let minutes = request.minutes.or_else(|| self.types.get(&request.kind).map(|t| t.minutes)).unwrap_or(0);
                let (start, end) = (request.at.minutes(), request.at.minutes() + minutes);
                let all_shareable = shareable(&request.kind)
                    && self
                        .day(&request.physician, request.date)
                        .into_iter()
                        .filter(|a| a.at.minutes() < end && start < a.end_minutes())
                        .all(|a| shareable(&a.kind));
                if all_shareable { Ok(self.insert(request)) } else { Err(Refusal::NotDoubleBookable { with }) }
            }
            Err(other) => Err(other),
        }
    }

    /// Marks a physician away on `from`..=`to`, as announced during the day; the affected
    /// appointments stay in the book until the desk moves them.
    pub fn add_absence(&mut self, physician: &StaffId, from: Date, to: Date, reason: &str) {
        if let Some(doctor) = self.physicians.get_mut(physician) {
            doctor.away.push(crate::scenario::Away {
                from: crate::scenario::time::DateRef::On(from),
                to: Some(crate::scenario::time::DateRef::On(to)),
                reason: reason.to_owned(),
            });
        }
    }

    /// Marks `physician` as covering for `absent` on `from`..=`to`, as announced during the day: a
    /// locum's book opens on those days. Nothing happens for someone without a book here.
    pub fn add_cover(&mut self, physician: &StaffId, absent: &StaffId, from: Date, to: Date) {
        if let Some(doctor) = self.physicians.get_mut(physician) {
            doctor.covers.push(crate::scenario::Cover {
                physician: absent.clone(),
                from: crate::scenario::time::DateRef::On(from),
                to: Some(crate::scenario::time::DateRef::On(to)),
            });
        }
    }

    fn insert(&mut self, request: Request) -> AppointmentId {
        self.made += 1;
        let id = AppointmentId::from(format!("new-{}", self.made));
        let minutes = request.minutes.or_else(|| self.types.get(&request.kind).map(|t| t.minutes)).unwrap_or(0);
        self.put(Appointment {
            id: id.clone(),
            patient: request.patient,
            physician: request.physician,
            kind: request.kind,
            date: request.date,
            at: request.at,
            minutes,
            status: Status::Booked,
        });
        id
    }

    /// Moves an appointment: the old one is marked rescheduled and a new one is made.
    pub fn reschedule(
        &mut self,
        id: &AppointmentId,
        physician: Option<&StaffId>,
        date: Date,
        at: TimeOfDay,
    ) -> Result<AppointmentId, Refusal> {
        let old = self.get(id).ok_or(Refusal::UnknownAppointment)?;
        if !old.holds_time() {
            return Err(Refusal::NotActive { status: old.status.clone() });
        }
        let request = Request {
            patient: old.patient.clone(),
            physician: physician.unwrap_or(&old.physician).clone(),
            kind: old.kind.clone(),
            date,
            at,
            minutes: Some(old.minutes),
        };
        self.check(&request, Some(id))?;
        let new = self.insert(request);
        if let Some(old) = self.get_mut(id) {
            old.status = Status::Rescheduled { to: new.clone() };
        }
        Ok(new)
    }

    /// Changes an appointment's status (arrived, in room, done, no-show, cancelled, …).
    pub fn set_status(&mut self, id: &AppointmentId, status: Status) -> Result<(), Refusal> {
        let appointment = self.get_mut(id).ok_or(Refusal::UnknownAppointment)?;
        appointment.status = status;
        Ok(())
    }

    /// Every start time from `from` to `to` (inclusive) at which a `kind` visit with `physician`
    /// passes every rule (`ignore` left out of the book, for a move), earliest first, on the book's
    /// 5-minute grid, with the template block it falls in. Lazy: a search that wants the first one
    /// looks no further. Only starts in template blocks `usable` accepts: a start whose block is
    /// refused is passed over before the book is looked at, which is what makes a picky search cheap.
    pub fn openings<'a>(
        &'a self,
        physician: &'a StaffId,
        kind: &'a AppointmentTypeId,
        from: Date,
        to: Date,
        ignore: Option<&'a AppointmentId>,
        usable: impl Fn(&TemplateBlock) -> bool + Clone + 'a,
    ) -> impl Iterator<Item = (Date, TimeOfDay, &'a TemplateBlock)> + 'a {
        let first = from.max(self.today);
        let last = to.min(self.end.plus_days(-1));
        let days = (0..=first.days_until(last).max(-1)).map(move |n| first.plus_days(n));
        days.filter_map(move |date| self.day_for(physician, kind, date, ignore)).flat_map(move |day| {
            // The day's blocks for this type are found once; each start is then only a matter of
            // minutes (the block it falls in, and room beside what is booked).
            let blocks = day.blocks();
            let usable = usable.clone();
            let mut starts: Vec<u16> = blocks
                .iter()
                .flat_map(|b| (b.from.minutes()..b.to.minutes()).step_by(usize::from(ROW_MINUTES)))
                .collect();
            starts.sort_unstable();
            starts.dedup();
            starts.into_iter().filter_map(TimeOfDay::from_minutes).filter_map(move |at| {
                let end = at.minutes() + day.rule.minutes;
                let block = *blocks.iter().find(|b| b.from <= at && end <= b.to.minutes())?;
                (usable(block) && day.has_room(at)).then_some((day.date, at, block))
            })
        })
    }

    /// Whether a template block is the only one offering some visit type other than `kind` (the one
    /// stress-test hour): a routine `kind` visit there spends capacity nothing else can replace.
    pub fn scarce(&self, physician: &StaffId, block: &TemplateBlock, kind: &AppointmentTypeId) -> bool {
        let Some(doctor) = self.physicians.get(physician) else { return false };
        block
            .types
            .iter()
            .filter(|t| *t != kind)
            .any(|t| doctor.week.iter().filter(|b| b.types.contains(t)).count() == 1)
    }

    /// The physician's template blocks that are [`Book::scarce`] for a `kind` visit, found once for
    /// a search that passes over them.
    pub fn scarce_blocks(&self, physician: &StaffId, kind: &AppointmentTypeId) -> Vec<&TemplateBlock> {
        let week = self.physicians.get(physician).map_or(&[][..], |doctor| doctor.week.as_slice());
        week.iter().filter(|block| self.scarce(physician, block, kind)).collect()
    }

    /// Every opening for a `kind` visit with any physician whose template offers it, after `after`
    /// (a moment today or later) and no later than `by`, earliest first (physicians in id order at
    /// the same time, so the order never depends on a hash); blocks held for same-day urgent needs
    /// only when `urgent`. What S6 asks of a rebooking, with the patient's availability still to
    /// apply: was there room in time?
    pub fn openings_with_anyone(
        &self,
        kind: &AppointmentTypeId,
        after: (Date, TimeOfDay),
        by: Date,
        urgent: bool,
    ) -> Vec<(Date, TimeOfDay, StaffId)> {
        let mut found: Vec<(Date, TimeOfDay, StaffId)> = Vec::new();
        for physician in self.physicians.keys() {
            found.extend(
                self.openings(physician, kind, after.0, by, None, |block| urgent || !block.same_day)
                    .filter(|&(date, at, _)| date > after.0 || at > after.1)
                    .map(|(date, at, _)| (date, at, physician.clone())),
            );
        }
        found.sort();
        found
    }
}

#[cfg(test)]
mod tests;

//! The simulated day as plain data: the clock, the phone, the desk, the inbox, the book and the
//! journal. `Day::apply` is the only way a learner changes it (DESIGN principle 1); the clock moves
//! from one due thing to the next rather than ticking, so a whole day replays in well under a
//! millisecond of work per event. The day knows nothing of rules: a `Shift` (crate::shift) drives it
//! and hands each new journal entry to the judge, which only reads.

use crate::rules::words::Words;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::action::{Action, Flag, Speed};
use super::clock::SimTime;
use super::desk::{Visitor, VisitorState};
use super::inbox::{InboxItem, InboxKind};
use super::journal::{Entry, Happening, Journal};
use super::phone::{CallHandling, CallState, Origin, OutgoingCall};
use super::plan::{PlannedEvent, plan_day};
use crate::book::{Appointment, Book, Status};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{
    AppointmentId, ContactId, Event, EventId, GreetingItem, PatientId, Scenario, StaffId, WaitlistEntry,
};

/// Seconds of one ring of the phone.
pub const RING_SECONDS: u32 = 6;
/// Minutes a patient spends at the desk after the visit before going home.
pub const CHECKOUT_MINUTES: u32 = 10;
/// Minutes a clinician spends with a walk-in fetched to them.
pub const WALK_IN_VISIT_MINUTES: u32 = 20;

/// A place on the waitlist.
#[derive(Clone, Debug, PartialEq)]
pub struct WaitlistPlace {
    pub entry: WaitlistEntry,
    pub since: Date,
    /// Booked off the waitlist today.
    pub booked: Option<AppointmentId>,
    /// Put on the list today by the desk.
    pub added_today: bool,
}

/// Something a booking made during the day brings later (see `Day::expected`).
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    /// The patient comes in for this visit.
    Visit(AppointmentId),
    /// The patient cancels this visit (a waitlist entry's `cancels_once_booked`).
    Cancellation(crate::scenario::Cancellation),
}

/// A slot freed by a cancellation, to be filled from the waitlist (S5).
#[derive(Clone, Debug, PartialEq)]
pub struct FreedSlot {
    pub appointment: AppointmentId,
    pub physician: StaffId,
    pub date: Date,
    pub at: TimeOfDay,
    pub minutes: u16,
    pub freed_at: SimTime,
    /// Waitlist patients offered it, in order.
    pub offered_to: Vec<PatientId>,
    pub filled_by: Option<(PatientId, AppointmentId)>,
}

/// A physician running behind (S7).
#[derive(Clone, Debug, PartialEq)]
pub struct Delay {
    pub physician: StaffId,
    pub at: SimTime,
    pub minutes: u32,
}

/// A future absence announced today, and the rebooking it forces (S6).
#[derive(Clone, Debug, PartialEq)]
pub struct Absence {
    pub physician: StaffId,
    pub from: Date,
    pub to: Date,
    pub at: SimTime,
    pub covering: Option<StaffId>,
    /// Appointments that fell on the absence, in the book's order.
    pub affected: Vec<AppointmentId>,
    /// Those among them that are clinically urgent.
    pub urgent: BTreeSet<AppointmentId>,
    /// The affected appointments in the order the desk rebooked (or waitlisted) them.
    pub handled: Vec<AppointmentId>,
}

/// A note written to a chart (T9, S8).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartNote {
    pub at: SimTime,
    pub patient: PatientId,
    pub text: String,
}

/// A flag raised to a physician about something other than an inbox item or a call.
#[derive(Clone, Debug, PartialEq)]
pub struct RaisedFlag {
    pub at: SimTime,
    pub about: Flag,
    pub physician: StaffId,
    pub urgent: bool,
}

/// A test booked at an outside lab or imaging centre.
#[derive(Clone, Debug, PartialEq)]
pub struct OutsideTest {
    pub patient: PatientId,
    pub at: ContactId,
    pub test: String,
    pub date: Date,
}

#[derive(Clone, Debug)]
pub struct Day {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub now: SimTime,
    pub open: SimTime,
    pub close: SimTime,
    pub plan: Vec<PlannedEvent>,
    /// Index of the next planned event not yet dispatched.
    pub next_event: usize,
    pub(crate) rng: ChaCha8Rng,
    /// Calls and voicemails by id, and the order they came in.
    pub calls: BTreeMap<EventId, CallHandling>,
    pub call_order: Vec<EventId>,
    /// Calls that are on a line or ringing, by id: only these can roll over or give up, so the
    /// clock looks at them and not at every call of the day. A call leaves when it ends or reaches
    /// the mailbox, and comes back when the desk returns it.
    pub(crate) on_line: BTreeSet<EventId>,
    /// Messages in the mailbox, in the order they arrived (left overnight, rolled over, hung up).
    pub mailbox: Vec<EventId>,
    /// The call the desk is talking on.
    pub active_call: Option<EventId>,
    /// The outgoing call on the line, if any.
    pub outgoing: Option<OutgoingCall>,
    pub outgoing_log: Vec<OutgoingCall>,
    pub visitors: Vec<Visitor>,
    /// Indices of the visitors still in the clinic (pruned as they leave).
    pub present: Vec<usize>,
    pub inbox: Vec<InboxItem>,
    pub book: Book,
    pub waitlist: Vec<WaitlistPlace>,
    pub greetings: Vec<(SimTime, Vec<GreetingItem>)>,
    /// Patients whose charts today's work needs (C14): in the book from today on, on the waitlist,
    /// or brought in by an event.
    pub involved: BTreeSet<PatientId>,
    /// Every chart opened, in order (C14).
    pub audit: Vec<(SimTime, PatientId)>,
    pub notes: Vec<ChartNote>,
    pub flags: Vec<RaisedFlag>,
    pub records_requested: Vec<(SimTime, PatientId, ContactId)>,
    /// Tasks put on the desk's list (format 2 `Task`), in the order given.
    pub tasks: Vec<crate::sim::tasks::GivenTask>,
    pub demographics_updated: Vec<(SimTime, PatientId)>,
    pub registered: BTreeSet<PatientId>,
    pub outside_tests: Vec<OutsideTest>,
    pub said_aloud: Vec<(SimTime, PatientId)>,
    pub freed: Vec<FreedSlot>,
    pub delays: Vec<Delay>,
    pub announcements: Vec<(SimTime, u16)>,
    pub absences: Vec<Absence>,
    /// Appointments whose patient did not come, and when that became known (S8).
    pub no_shows: Vec<(AppointmentId, SimTime)>,
    /// What the desk's own bookings bring later, earliest first: a patient booked for later today
    /// coming in (from the waitlist or on the phone, like any other), a waitlist patient calling to
    /// cancel the visit just booked.
    pub expected: Vec<(SimTime, Expected)>,
    /// Visits cancelled or moved while the desk was talking with their patient: a scripted arrival
    /// for one of them does not happen.
    pub told_of_change: BTreeSet<AppointmentId>,
    /// Referrals the clinic sent out before the day (format 2), and what became of them today.
    pub referrals: Vec<super::referrals::SentReferral>,
    /// Calls whose caller was promised a clinician's call back, until the promised time.
    pub promised: Vec<EventId>,
    /// When each physician is next free to see a patient.
    pub physician_free_at: BTreeMap<StaffId, SimTime>,
    pub paused: bool,
    pub speed: Speed,
    pub journal: Journal,
    pub finished: bool,
}

impl Day {
    /// The day as it opens, for `seed`; the events due at opening have already happened.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Self {
        // A scenario's fills (format 2) are booked for this seed before the day opens.
        let scenario = crate::book::fill::filled(&scenario, seed);
        let open = SimTime::from(scenario.clinic.hours.open);
        let close = SimTime::from(scenario.clinic.hours.close);
        let plan = plan_day(&scenario, seed);
        let today = scenario.clinic.date;
        let waitlist = scenario
            .waitlist
            .iter()
            .map(|entry| WaitlistPlace {
                entry: entry.clone(),
                since: entry.since.resolve(today),
                booked: None,
                added_today: false,
            })
            .collect();
        let physician_free_at = scenario.staff.physicians.iter().map(|p| (p.id.clone(), open)).collect();
        let mut day = Day {
            book: Book::opening(&scenario),
            greetings: Vec::new(),
            seed,
            now: open,
            open,
            close,
            plan,
            next_event: 0,
            // A stream apart from the plan's, so the plan of a seed never depends on what the desk does.
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0x5EED_CA11_0000_0001),
            calls: BTreeMap::new(),
            call_order: Vec::new(),
            on_line: BTreeSet::new(),
            mailbox: Vec::new(),
            active_call: None,
            outgoing: None,
            outgoing_log: Vec::new(),
            visitors: Vec::new(),
            present: Vec::new(),
            inbox: Vec::new(),
            waitlist,
            involved: BTreeSet::new(),
            audit: Vec::new(),
            notes: Vec::new(),
            flags: Vec::new(),
            records_requested: Vec::new(),
            tasks: Vec::new(),
            demographics_updated: Vec::new(),
            registered: BTreeSet::new(),
            outside_tests: Vec::new(),
            said_aloud: Vec::new(),
            freed: Vec::new(),
            delays: Vec::new(),
            announcements: Vec::new(),
            absences: Vec::new(),
            no_shows: Vec::new(),
            expected: Vec::new(),
            told_of_change: BTreeSet::new(),
            promised: Vec::new(),
            referrals: scenario
                .referrals_out
                .iter()
                .map(|r| super::referrals::SentReferral::new(r.clone(), scenario.clinic.date))
                .collect(),
            physician_free_at,
            paused: false,
            speed: Speed::Normal,
            journal: Journal::default(),
            finished: false,
            scenario,
        };
        let today = day.today();
        let booked: Vec<PatientId> =
            day.book.appointments().filter(|a| a.date >= today).map(|a| a.patient.clone()).collect();
        day.involved.extend(booked);
        day.involved.extend(day.waitlist.iter().map(|w| w.entry.patient.clone()));
        day.journal.push(open, Entry::DayStarted { scenario: day.scenario.id.clone(), seed });
        day.process_due();
        day
    }

    pub fn today(&self) -> Date {
        self.scenario.clinic.date
    }

    // ── Time ─────────────────────────────────────────────────────────────────────────────────────

    /// The next time after now at which something happens by itself: a scripted event, a ringing
    /// phone rolling to voicemail, a caller giving up, a visit starting or ending, closing time.
    /// (Deadlines are the judge's: a shift wakes for those too.)
    pub fn next_wake(&self) -> Option<SimTime> {
        if self.finished {
            return None;
        }
        let now = self.now;
        // Called once per step of the day, so it keeps the earliest time as it goes rather than
        // collecting every candidate.
        let mut earliest: Option<SimTime> = None;
        let mut consider = |t: SimTime| {
            if t > now && earliest.is_none_or(|e| t < e) {
                earliest = Some(t);
            }
        };
        if let Some(planned) = self.plan.get(self.next_event) {
            consider(SimTime::from(planned.at).max(now));
        }
        let pace = self.scenario.desk;
        // Someone at the counter neither rolls to voicemail nor gives up: nothing to wake for.
        for call in self.lines().filter(|c| !c.in_person()) {
            match call.state {
                CallState::Ringing => {
                    consider(call.since.plus_seconds(u32::from(pace.rings_to_voicemail) * RING_SECONDS))
                }
                CallState::OnHold => {
                    let patience = call.call.patience.unwrap_or(pace.hold_patience);
                    consider(call.held_at.unwrap_or(now).plus_minutes(u32::from(patience)))
                }
                _ => {}
            }
        }
        // A visit starts when the first in a free physician's line can be seen (`queue_heads`).
        // Nobody further back in a line starts sooner than its first (booked later, same physician),
        // so the earliest start over everyone waiting is the earliest over the lines' first: found
        // in the same pass, without building the lines at every step.
        let busy: Vec<&StaffId> = self
            .present
            .iter()
            .filter_map(|&i| self.visitors.get(i))
            .filter(|v| v.state == VisitorState::InRoom)
            .filter_map(|v| v.with_physician.as_ref())
            .collect();
        let today = self.today();
        for &i in &self.present {
            let Some(visitor) = self.visitors.get(i) else { continue };
            self.visitor_wakes(visitor, &mut consider);
            if visitor.state == VisitorState::Waiting
                && let Some(booked) = self.booked(visitor)
                && booked.date == today
                && !busy.contains(&&booked.physician)
            {
                // A visit that could have started already (a patient checked in after their time)
                // starts at the next second: a wake is always after now.
                consider(self.visit_can_start(&booked.physician, booked.at).max(now.plus_seconds(1)));
            }
        }
        if let Some((at, _)) = self.expected.first() {
            consider((*at).max(now));
        }
        for promise in self.promised.iter().filter_map(|id| self.calls.get(id)?.promise.as_ref()) {
            consider(promise.by);
        }
        if now < self.close {
            consider(self.close);
        }
        earliest
    }

    /// Moves the clock to `at` (never back) and lets everything due by then happen. A shift calls
    /// it once per wake, so the judge sees the day at every moment something happened.
    pub(crate) fn step_to(&mut self, at: SimTime) {
        if self.finished {
            return;
        }
        self.now = self.now.max(at);
        self.process_due();
    }

    /// Whether the desk is busy with someone this moment: a call ringing, on hold or being talked
    /// on (either way), or someone standing at the counter.
    pub fn needs_the_desk_now(&self) -> bool {
        self.outgoing.is_some()
            || self.lines().any(|c| matches!(c.state, CallState::Ringing | CallState::OnHold | CallState::Active))
            || self.present.iter().filter_map(|&i| self.visitors.get(i)).any(|v| v.state == VisitorState::AtDesk)
    }

    /// The day is over once the office has closed and nobody is left: no patient in the clinic, no
    /// call on the line.
    pub fn is_over(&self) -> bool {
        self.now >= self.close
            && self.next_event >= self.plan.len()
            && !self.visitors.iter().any(Visitor::present)
            && !self.lines().any(|c| c.is_live() || c.state == CallState::Ringing)
    }

    /// The desk walks away from the phone: the call being talked on ends, the outgoing line drops.
    pub(crate) fn leave_the_phone(&mut self) {
        if let Some(call) = self.active_call.clone() {
            self.end_call(&call);
        }
        if let Some(line) = self.outgoing.take() {
            self.outgoing_log.push(line);
        }
    }

    /// Closes the journal: nothing happens after this.
    pub(crate) fn close(&mut self) {
        if !self.finished {
            self.finished = true;
            self.journal.push(self.now, Entry::DayEnded);
        }
    }

    /// Everything due at `now`: scripted events, then the consequences of waiting.
    pub(crate) fn process_due(&mut self) {
        while let Some(planned) = self.plan.get(self.next_event) {
            if SimTime::from(planned.at) > self.now {
                break;
            }
            let (entry, event) = (planned.entry, planned.event.clone());
            self.next_event += 1;
            if !self.comes_to_pass(entry) {
                continue;
            }
            self.involve(&event);
            self.journal.push(self.now, Entry::Event { entry, event: event.clone() });
            self.dispatch(Event::clone(&event));
        }
        self.expected_now();
        self.promises_due();
        self.phone_consequences();
        self.desk_consequences();
    }

    fn dispatch(&mut self, event: Event) {
        let now = self.now;
        match event {
            Event::Voicemail(call) => self.add_call(call, Origin::Voicemail),
            // Answered as a voicemail is; it waits in the inbox, not the phone's mailbox.
            Event::Message(call) => {
                let id = call.id.clone();
                self.add_call(call, Origin::Voicemail);
                if let Some(handling) = self.calls.get_mut(&id) {
                    handling.electronic = true;
                }
            }
            Event::Call(call) => self.add_call(call, Origin::Live),
            Event::Visitor(call) => self.add_call(call, Origin::InPerson),
            Event::Task(task) => self.tasks.push(crate::sim::tasks::GivenTask { task, given: now }),
            Event::Arrival(arrival) => {
                let Some(appointment) = self.book.get(&arrival.appointment).cloned() else { return };
                let mut visitor = Visitor::new(appointment.patient.clone(), now);
                if appointment.holds_time() {
                    let _ = self.book.set_status(&appointment.id, Status::Arrived);
                    visitor.came_for(appointment.id.clone(), self.book.position(&appointment.id));
                } else if self.told_of_change.contains(&appointment.id) {
                    return;
                } else {
                    // Cancelled or moved without a word to them: they come for the old time and
                    // find no visit; the desk books them in today (they wait for it) or sends them
                    // off with another day, as for anyone at the counter without a booking.
                    let with = self.scenario.staff_name(&appointment.physician);
                    visitor.says.push(format!("I'm here for my {} appointment with {with}.", appointment.at));
                }
                visitor.card = arrival.card;
                visitor.problems = arrival.problems;
                visitor.symptoms = arrival.symptoms;
                visitor.says.extend(arrival.says);
                visitor.worsens = arrival.worsens;
                visitor.leaves_if_told_over = arrival.leaves_if_told_over;
                self.admit(visitor);
            }
            Event::WalkIn(walk_in) => {
                let mut visitor = Visitor::new(walk_in.person.clone(), now);
                visitor.walk_in = Some(walk_in.id.clone());
                visitor.card = walk_in.card;
                visitor.symptoms = Some(walk_in.symptoms);
                visitor.says = walk_in.says;
                visitor.distress = walk_in.distress;
                visitor.worsens = walk_in.worsens;
                visitor.leaves_if_told_over = walk_in.leaves_if_told_over;
                visitor.says_when_asked = walk_in.says_when_asked;
                self.admit(visitor);
            }
            Event::Document(document) => {
                if let crate::scenario::DocumentKind::ReferralAcknowledged { referral, .. } = &document.kind
                    && let Some(sent) = self.referrals.iter_mut().find(|r| &r.referral.id == referral)
                {
                    sent.acknowledged_today.get_or_insert(now);
                }
                self.inbox.push(InboxItem::new(document.id.clone(), InboxKind::Document(document), now))
            }
            Event::Cancellation(cancellation) => {
                let id = EventId::from(format!("cancel-{}", cancellation.appointment));
                self.inbox.push(InboxItem::new(id, InboxKind::Cancellation(cancellation), now));
            }
            Event::NoShow(no_show) => {
                let _ = self.book.set_status(&no_show.appointment, Status::NoShow);
                self.no_shows.push((no_show.appointment, now));
            }
            Event::PhysicianLate(late) => {
                let minutes = u32::from(late.minutes);
                let free = self.physician_free_at.entry(late.physician.clone()).or_insert(now);
                *free = (*free).max(now.plus_minutes(minutes));
                self.delays.push(Delay { physician: late.physician.clone(), at: now, minutes });
                self.happened(Happening::PhysicianBehind { physician: late.physician, minutes });
            }
            Event::AbsenceAnnounced(absence) => {
                let today = self.today();
                let from = absence.date.resolve(today);
                let to = absence.until.map_or(from, |d| d.resolve(today));
                let affected: Vec<AppointmentId> = self
                    .book
                    .of_physician_between(&absence.physician, from, to)
                    .into_iter()
                    .filter(|a| a.holds_time())
                    .map(|a| a.id.clone())
                    .collect();
                let urgent = affected.iter().filter(|id| self.is_clinically_urgent(id)).cloned().collect();
                self.book.add_absence(&absence.physician, from, to, &absence.reason);
                if let Some(covering) = &absence.covering {
                    // A covering physician with a book here takes the absent one's patients.
                    self.book.add_cover(covering, &absence.physician, from, to);
                }
                self.happened(Happening::AbsenceAnnounced {
                    physician: absence.physician.clone(),
                    from,
                    to,
                    visits: affected.len(),
                });
                self.absences.push(Absence {
                    physician: absence.physician,
                    from,
                    to,
                    at: now,
                    covering: absence.covering,
                    affected,
                    urgent,
                    handled: Vec::new(),
                });
            }
            Event::OneOf(_) => {}
        }
    }

    /// What the desk's bookings bring, now due: patients coming in for visits that still hold their
    /// time today (one cancelled or moved meanwhile brings nobody), and waitlist patients cancelling.
    fn expected_now(&mut self) {
        let due = self.expected.iter().take_while(|(at, _)| *at <= self.now).count();
        for (_, expected) in self.expected.drain(..due).collect::<Vec<_>>() {
            match expected {
                Expected::Visit(id) => self.comes_for_visit(id),
                Expected::Cancellation(cancellation) => self.calls_to_cancel(cancellation),
            }
        }
    }

    fn comes_for_visit(&mut self, id: AppointmentId) {
        let Some(appointment) = self.book.get(&id).cloned() else { return };
        if !appointment.holds_time() || appointment.date != self.today() {
            return;
        }
        // A visit already under way or over (a walk-in booked in, checked in and seen before the
        // time they were expected) brings nobody back for it.
        if matches!(appointment.status, Status::Arrived | Status::InRoom | Status::Done) {
            return;
        }
        // Someone already in the clinic (a walk-in who was booked in) does not come in twice.
        if self.present.iter().filter_map(|&i| self.visitors.get(i)).any(|v| v.patient == appointment.patient) {
            return;
        }
        let _ = self.book.set_status(&id, Status::Arrived);
        let mut visitor = Visitor::new(appointment.patient.clone(), self.now);
        visitor.came_for(id.clone(), self.book.position(&id));
        self.admit(visitor);
        self.happened(Happening::CameForVisit { appointment: id, patient: appointment.patient });
    }

    /// A waitlist patient cancels the visit booked for them: it reaches the inbox as any
    /// cancellation does, and they will not come in for it. Nothing to cancel if the desk already
    /// moved or cancelled it, or if they are here for it.
    fn calls_to_cancel(&mut self, cancellation: crate::scenario::Cancellation) {
        let id = cancellation.appointment.clone();
        let Some(appointment) = self.book.get(&id).cloned() else { return };
        if !appointment.holds_time() || appointment.status == Status::Arrived {
            return;
        }
        self.expected.retain(|(_, e)| *e != Expected::Visit(id.clone()));
        let item = EventId::from(format!("cancel-{id}"));
        self.inbox.push(InboxItem::new(item, InboxKind::Cancellation(cancellation), self.now));
        self.happened(Happening::CalledToCancel { appointment: id, patient: appointment.patient });
    }

    /// A visit booked during the day for later today: its patient will come in ten minutes before
    /// it, or as soon as they can get there (twenty minutes from now), whichever is later.
    pub(crate) fn expect(&mut self, id: &AppointmentId) {
        const EARLY: u32 = 10;
        const TRAVEL: u32 = 20;
        let Some(appointment) = self.book.get(id) else { return };
        if appointment.date != self.today() {
            return;
        }
        let visit = SimTime::from(appointment.at);
        let comes =
            SimTime::from_seconds(visit.seconds().saturating_sub(EARLY * 60)).max(self.now.plus_minutes(TRAVEL));
        self.expect_at(comes, Expected::Visit(id.clone()));
    }

    pub(crate) fn expect_at(&mut self, at: SimTime, expected: Expected) {
        let place = self.expected.partition_point(|(when, _)| *when <= at);
        self.expected.insert(place, (at, expected));
    }

    fn admit(&mut self, visitor: Visitor) {
        self.present.push(self.visitors.len());
        self.visitors.push(visitor);
    }

    fn add_call(&mut self, call: crate::scenario::Call, origin: Origin) {
        let id = call.id.clone();
        self.call_order.push(id.clone());
        if origin == Origin::Voicemail {
            self.mailbox.push(id.clone());
        }
        if matches!(origin, Origin::Live | Origin::InPerson) {
            self.on_line.insert(id.clone());
        }
        self.calls.insert(id.clone(), CallHandling::new(id, call, origin, self.now));
    }

    /// Messages in the mailbox the desk has not yet called back, in the order they came.
    pub fn unreturned_messages(&self) -> impl Iterator<Item = &CallHandling> {
        self.mailbox.iter().filter_map(|id| self.calls.get(id)).filter(|c| c.returned_at.is_none())
    }

    /// The calls ringing or on a line (on hold or being talked on), in id order.
    pub fn lines(&self) -> impl Iterator<Item = &CallHandling> {
        self.on_line.iter().filter_map(|id| self.calls.get(id))
    }

    /// Whether the phone is ringing.
    pub fn is_ringing(&self) -> bool {
        self.lines().any(|c| c.state == CallState::Ringing && !c.in_person())
    }

    /// The people in the clinic waiting to be seen: at the counter or in the waiting room.
    pub fn waiting(&self) -> impl Iterator<Item = &Visitor> {
        self.present.iter().filter_map(|&i| self.visitors.get(i)).filter(|v| v.waiting())
    }

    /// An appointment whose patient must be rebooked first when the physician is away (S6).
    pub fn is_clinically_urgent(&self, id: &AppointmentId) -> bool {
        self.book.get(id).is_some_and(|a| self.scenario.urgent_to_rebook(&a.patient, &a.kind))
    }

    // ── Consequences of waiting ─────────────────────────────────────────────────────────────────

    fn phone_consequences(&mut self) {
        let now = self.now;
        let pace = self.scenario.desk;
        let mut rolled = Vec::new();
        let mut hung_up = Vec::new();
        self.on_line.retain(|id| {
            self.calls.get(id).is_some_and(|c| !matches!(c.state, CallState::Ended | CallState::InMailbox))
        });
        for id in &self.on_line {
            let Some(call) = self.calls.get_mut(id) else { continue };
            if call.in_person() {
                continue;
            }
            match call.state {
                CallState::Ringing
                    if now >= call.since.plus_seconds(u32::from(pace.rings_to_voicemail) * RING_SECONDS) =>
                {
                    call.state = CallState::InMailbox;
                    call.rolled_to_voicemail = true;
                    rolled.push(call.id.clone());
                }
                CallState::OnHold => {
                    let patience = call.call.patience.unwrap_or(pace.hold_patience);
                    if now >= call.held_at.unwrap_or(now).plus_minutes(u32::from(patience)) {
                        call.state = CallState::InMailbox;
                        call.hung_up_on_hold = true;
                        hung_up.push(call.id.clone());
                    }
                }
                _ => {}
            }
        }
        for call in rolled {
            self.mailbox.push(call.clone());
            self.happened(Happening::RolledToVoicemail { call });
        }
        for call in hung_up {
            self.mailbox.push(call.clone());
            self.happened(Happening::HungUpOnHold { call });
        }
    }

    /// When a present visitor next changes by themselves (not counting visits starting: see
    /// `next_wake`).
    fn visitor_wakes(&self, visitor: &Visitor, wake: &mut impl FnMut(SimTime)) {
        let pace = self.scenario.desk;
        match visitor.state {
            VisitorState::AtDesk | VisitorState::Waiting => {
                if let Some(at) = visitor.worsens_at() {
                    wake(at);
                }
                let expected = self.expected_start(visitor);
                match visitor.restless_since {
                    None => wake(expected.plus_minutes(u32::from(pace.restless_after))),
                    Some(since) => wake(since.plus_minutes(u32::from(pace.leaves_after))),
                }
            }
            VisitorState::InRoom => visitor.visit_ends.into_iter().for_each(wake),
            VisitorState::CheckingOut => visitor.leaves_desk_at.into_iter().for_each(wake),
            _ => {}
        }
    }

    /// How restless a waiting visitor is: 0 calm, 1 past the time they expected to be seen, 2 more
    /// than ten minutes past it, 3 restless enough to leave soon.
    pub fn restlessness(&self, visitor: &Visitor) -> u8 {
        let expected = self.expected_start(visitor);
        if visitor.restless_since.is_some() {
            3
        } else if self.now > expected.plus_minutes(10) {
            2
        } else if self.now > expected {
            1
        } else {
            0
        }
    }

    /// When the visitor expects to be seen: their booked time, or later if told of a delay.
    pub fn expected_start(&self, visitor: &Visitor) -> SimTime {
        let booked = self.booked(visitor).map_or(visitor.arrived, |a| SimTime::from(a.at).max(visitor.arrived));
        visitor.told_until.map_or(booked, |told| told.max(booked))
    }

    /// The appointment a visitor is here for, as the book has it now.
    pub fn booked(&self, visitor: &Visitor) -> Option<&Appointment> {
        match visitor.booked_at {
            Some(position) => self.book.at_position(position),
            None => visitor.appointment.as_ref().and_then(|id| self.book.get(id)),
        }
    }

    /// When a visit booked at `at` with `physician` can start: its time, once the physician is
    /// free, and never before now.
    pub fn visit_can_start(&self, physician: &StaffId, at: TimeOfDay) -> SimTime {
        let free = self.physician_free_at.get(physician).copied().unwrap_or(self.open);
        SimTime::from(at).max(free).max(self.now)
    }

    /// For each physician free to see someone, the checked-in patient first in line (earliest booked
    /// time today) and when their visit can start: booked time, physician free, not before now.
    fn queue_heads(&self) -> Vec<(SimTime, usize)> {
        let today = self.today();
        // Called at every step of the day: plain vectors sorted once, rather than maps built and
        // dropped each time.
        let mut busy: Vec<&StaffId> = Vec::new();
        let mut waiting: Vec<(&StaffId, TimeOfDay, &AppointmentId, usize)> = Vec::new();
        for &i in &self.present {
            let Some(visitor) = self.visitors.get(i) else { continue };
            match visitor.state {
                VisitorState::InRoom => busy.extend(visitor.with_physician.as_ref()),
                VisitorState::Waiting => {
                    let Some(appointment) = self.booked(visitor) else {
                        continue;
                    };
                    if appointment.date == today {
                        waiting.push((&appointment.physician, appointment.at, &appointment.id, i));
                    }
                }
                _ => {}
            }
        }
        busy.sort_unstable();
        // Each physician's first in line: the earliest booked time, then the appointment id.
        waiting.sort_unstable_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
        waiting.dedup_by(|later, first| later.0 == first.0);
        waiting
            .into_iter()
            .filter(|(physician, ..)| busy.binary_search(physician).is_err())
            .map(|(physician, at, _, i)| (self.visit_can_start(physician, at), i))
            .collect()
    }

    fn desk_consequences(&mut self) {
        let now = self.now;
        let pace = self.scenario.desk;
        self.present.retain(|&i| self.visitors.get(i).is_some_and(Visitor::present));
        let present = self.present.clone();
        // Visits end, then new ones start, in a stable order (the visitors' arrival order).
        for &i in &present {
            let visitor = &self.visitors[i];
            match visitor.state {
                VisitorState::InRoom if visitor.visit_ends.is_some_and(|t| t <= now) => {
                    let patient = visitor.patient.clone();
                    let has_orders = self.has_orders(visitor);
                    let visitor = &mut self.visitors[i];
                    if let Some(id) = visitor.appointment.clone() {
                        let _ = self.book.set_status(&id, Status::Done);
                    }
                    if has_orders {
                        visitor.state = VisitorState::CheckingOut;
                        visitor.leaves_desk_at = Some(now.plus_minutes(CHECKOUT_MINUTES));
                    } else {
                        visitor.state = VisitorState::Gone;
                    }
                    self.happened(Happening::VisitEnded { patient: patient.clone() });
                    if !has_orders {
                        self.happened(Happening::LeftClinic { patient });
                    }
                }
                VisitorState::CheckingOut if visitor.leaves_desk_at.is_some_and(|t| t <= now) => {
                    self.visitors[i].state = VisitorState::Gone;
                    let patient = self.visitors[i].patient.clone();
                    self.happened(Happening::LeftClinic { patient });
                }
                _ => {}
            }
        }
        let mut starting: Vec<usize> =
            self.queue_heads().into_iter().filter(|(start, _)| *start <= now).map(|(_, i)| i).collect();
        starting.sort_unstable();
        for i in starting {
            let Some(appointment) = self.booked(&self.visitors[i]).cloned() else {
                continue;
            };
            let ends = now.plus_minutes(u32::from(appointment.minutes));
            let visitor = &mut self.visitors[i];
            visitor.state = VisitorState::InRoom;
            visitor.visit_started = Some(now);
            visitor.visit_ends = Some(ends);
            visitor.with_physician = Some(appointment.physician.clone());
            self.physician_free_at.insert(appointment.physician.clone(), ends);
            let _ = self.book.set_status(&appointment.id, Status::InRoom);
            let patient = visitor.patient.clone();
            self.happened(Happening::VisitStarted { patient, physician: appointment.physician });
        }
        for &i in &present {
            let visitor = &self.visitors[i];
            if !visitor.waiting() {
                continue;
            }
            // Getting worse while waiting, unless a clinician came to them first.
            if visitor.worsens_at().is_some_and(|at| at <= now) {
                let visitor = &mut self.visitors[i];
                if let Some(worse) = visitor.worsens.take()
                    && visitor.clinician_fetched.is_none()
                    && visitor.called_911.is_none()
                {
                    visitor.symptoms = Some(worse.symptoms);
                    visitor.says.extend(worse.says);
                    visitor.distress = true;
                    visitor.worsened_at = Some(now);
                    let patient = visitor.patient.clone();
                    self.happened(Happening::Worsened { patient });
                }
            }
            let visitor = &self.visitors[i];
            let expected = self.expected_start(visitor);
            match visitor.restless_since {
                None if now >= expected.plus_minutes(u32::from(pace.restless_after)) => {
                    self.visitors[i].restless_since = Some(now);
                    let patient = self.visitors[i].patient.clone();
                    self.happened(Happening::Restless { patient });
                }
                Some(since) if now >= since.plus_minutes(u32::from(pace.leaves_after)) => self.leaves_unseen(i),
                _ => {}
            }
        }
    }

    /// Visitor `i` gives up and goes home unseen; a visit they were booked for today is lost.
    pub(crate) fn leaves_unseen(&mut self, i: usize) {
        let Some(visitor) = self.visitors.get_mut(i) else { return };
        visitor.state = VisitorState::LeftUnseen;
        let patient = visitor.patient.clone();
        if let Some(id) = visitor.appointment.clone() {
            // The booking is this day's own: it exists, whatever its status.
            let _ = self.book.set_status(&id, Status::NoShow);
        }
        self.happened(Happening::LeftUnseen { patient });
    }

    fn has_orders(&self, visitor: &Visitor) -> bool {
        visitor.appointment.as_ref().and_then(|id| self.scenario.booking(id)).is_some_and(|b| !b.orders.is_empty())
    }

    // ── The journal ─────────────────────────────────────────────────────────────────────────────

    pub(crate) fn happened(&mut self, happening: Happening) {
        self.journal.push(self.now, Entry::Happened(happening));
    }

    /// Every call the desk placed today, the one on the line last.
    pub fn outgoing_calls(&self) -> impl Iterator<Item = &OutgoingCall> {
        self.outgoing_log.iter().chain(self.outgoing.iter())
    }

    /// Journals `action` as refused for `reason`, changing nothing, and gives the reason back: for a
    /// refusal that only the shift can see (nothing left to skip to, deadlines included).
    pub fn refuse(&mut self, action: Action, reason: Words) -> Words {
        self.journal.push(self.now, Entry::Refused { action, reason: Box::new(reason.clone()) });
        reason
    }

    /// Applies one learner action. A refused action changes nothing; it is journaled with the
    /// reason and the reason is returned.
    pub fn apply(&mut self, action: Action) -> Result<(), Words> {
        if self.finished {
            return Err(Words::msg("refused-day-over"));
        }
        let index = self.journal.entries.len();
        self.journal.push(self.now, Entry::Action(action.clone()));
        match self.handle(&action) {
            Ok(()) => Ok(()),
            Err(reason) => {
                // The refusal takes the action's place in the journal, so the log reads as what
                // happened; a verdict the attempt earned (an overbooking tried) stays after it.
                if let Some(entry) = self.journal.entries.get_mut(index) {
                    entry.what = Entry::Refused { action, reason: Box::new(reason.clone()) };
                }
                Err(reason)
            }
        }
    }

    /// Whether a patient's chart is part of today's work (C14): someone on the day's calls, at the
    /// desk, in the inbox, in the book from today on, or on the waitlist.
    pub fn chart_needed(&self, patient: &PatientId) -> bool {
        self.involved.contains(patient)
    }

    /// Marks the patients an event brings into the day's work.
    fn involve(&mut self, event: &Event) {
        use crate::scenario::Role;
        let mut add = |p: &PatientId| {
            self.involved.insert(p.clone());
        };
        let role = |role: &Role, add: &mut dyn FnMut(&PatientId)| {
            if let Role::Patient(p) | Role::Relative { patient: p, .. } = role {
                add(p);
            }
        };
        match event {
            Event::Voicemail(c) | Event::Message(c) | Event::Call(c) | Event::Visitor(c) => {
                c.about.iter().for_each(&mut add);
                role(&c.caller.claims, &mut add);
                if let Some(really) = &c.caller.really {
                    role(really, &mut add);
                }
            }
            Event::WalkIn(w) => add(&w.person),
            Event::Document(d) => d.about.iter().for_each(&mut add),
            Event::Task(task) => {
                use crate::scenario::Job;
                match &task.job {
                    Job::CallPatient { patient } | Job::Book { patient, .. } | Job::RequestRecords { patient, .. } => {
                        add(patient)
                    }
                    Job::ReminderCalls | Job::SendDetails { .. } => {}
                }
            }
            Event::Arrival(_) | Event::Cancellation(_) | Event::NoShow(_) => {}
            Event::PhysicianLate(_) | Event::AbsenceAnnounced(_) | Event::OneOf(_) => {}
        }
    }
}

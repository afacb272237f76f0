//! The autoplay players' decisions: what a desk does next, given what it can see.

use std::collections::{BTreeMap, BTreeSet};

use super::Style;
use super::slots::{SlotWanted, earliest, earliest_sparing};
use crate::rules::deadline::{Clock, limit, rebook_by};
use crate::rules::judge::{Routing, routing};
use crate::scenario::time::TimeOfDay;
use crate::scenario::{
    AppointmentId, AppointmentTypeId, CheckInProblem, DocumentKind, EventId, GreetingItem, InfoKind, LabResult, Order,
    PatientId, ReferralUrgency, Request, Role, StaffId, VisitKind,
};
use crate::sim::SimTime;
use crate::sim::action::{
    Action, Advice, BookRequest, CallBackBy, Demographic, Disposal, Flag, Purpose, Sending, VoicemailItem,
};
use crate::sim::day::Day;
use crate::sim::desk::VisitorState;
use crate::sim::handle::phone_subject;
use crate::sim::inbox::InboxKind;
use crate::sim::phone::{CallHandling, CallState};
use crate::sim::referrals::ChaseBy;

/// The wait the novice tells someone unwell at the counter instead of getting a clinician: "about
/// an hour" (T4's typical wrong, and the *Darnley* case).
const NOVICE_WAIT_TOLD: u16 = 60;

/// The expert promises a clinician's call back within this long (before closing).
const PROMISED_WITHIN_MINUTES: u32 = 120;

/// The expert tells a walk-in booked in today the wait when there is one worth telling.
const EXPERT_TELLS_WAITS_FROM: u32 = 15;

/// A built-in player and what it remembers having done.
pub struct Player {
    style: Style,
    greeting_done: bool,
    absence_greetings: usize,
    absences_done: usize,
    delays_told: usize,
    docs_done: BTreeSet<EventId>,
    calls_done: BTreeSet<EventId>,
    returns_tried: BTreeSet<EventId>,
    visitors_done: BTreeSet<(PatientId, u32)>,
    helped: BTreeSet<(PatientId, u32)>,
    cards_checked: BTreeSet<(PatientId, u32)>,
    orders_done: BTreeSet<(PatientId, usize)>,
    no_shows_done: BTreeSet<AppointmentId>,
    reminders_done: BTreeSet<AppointmentId>,
    offering: Option<BookRequest>,
    line_done: bool,
    restless_told: BTreeSet<(PatientId, u32)>,
    /// How far the player has worked through the inbox, the mailbox and tomorrow's book.
    inbox_cursor: usize,
    ring_cursor: usize,
    critical_cursor: usize,
    mailbox_cursor: usize,
    reminder_cursor: usize,
    /// Each freed slot's waitlist candidates, best first, worked down one call at a time.
    slot_candidates: BTreeMap<AppointmentId, std::collections::VecDeque<PatientId>>,
    /// The absence's appointments still to rebook, in the order they will be, with the absence.
    rebooking: std::collections::VecDeque<(AppointmentId, usize)>,
    /// Moved patients still to be told of their new time (S6), one call each.
    to_tell: std::collections::VecDeque<AppointmentId>,
    /// Tasks (format 2) the player has set about, each once.
    tasks_tried: BTreeSet<EventId>,
}

impl Player {
    pub fn new(style: Style) -> Self {
        Player {
            style,
            greeting_done: false,
            absence_greetings: 0,
            absences_done: 0,
            delays_told: 0,
            docs_done: BTreeSet::new(),
            calls_done: BTreeSet::new(),
            returns_tried: BTreeSet::new(),
            visitors_done: BTreeSet::new(),
            helped: BTreeSet::new(),
            cards_checked: BTreeSet::new(),
            orders_done: BTreeSet::new(),
            no_shows_done: BTreeSet::new(),
            reminders_done: BTreeSet::new(),
            offering: None,
            line_done: false,
            restless_told: BTreeSet::new(),
            inbox_cursor: 0,
            ring_cursor: 0,
            critical_cursor: 0,
            mailbox_cursor: 0,
            reminder_cursor: 0,
            slot_candidates: BTreeMap::new(),
            rebooking: std::collections::VecDeque::new(),
            to_tell: std::collections::VecDeque::new(),
            tasks_tried: BTreeSet::new(),
        }
    }

    fn novice(&self) -> bool {
        self.style == Style::Novice
    }

    /// Whether to act now on something whose clocks started at `since`: at once, except for the late
    /// player, who waits until the longest of them has run out.
    fn time_to_act(&self, day: &Day, since: SimTime, clocks: &[Clock]) -> bool {
        if self.style != Style::Late {
            return true;
        }
        let longest = clocks.iter().map(|&c| limit(&day.scenario.scoring, c).minutes).max().unwrap_or(0);
        day.now > since.plus_minutes(longest)
    }

    /// The next actions to take now; empty when there is nothing to do until something happens.
    pub fn decide(&mut self, day: &Day) -> Vec<Action> {
        let steps: [fn(&mut Player, &Day) -> Vec<Action>; 16] = [
            Player::greeting,
            Player::emergencies_at_desk,
            Player::critical_results,
            Player::outgoing_line,
            Player::urgent_messages,
            Player::phone,
            Player::delays,
            Player::desk,
            Player::checkouts,
            Player::inbox,
            Player::no_shows,
            Player::referrals_out,
            Player::tasks,
            Player::absences,
            Player::waitlist_offers,
            Player::mailbox_and_reminders,
        ];
        for step in steps {
            let actions = step(self, day);
            if !actions.is_empty() {
                return actions;
            }
        }
        Vec::new()
    }

    // ── The office ──────────────────────────────────────────────────────────────────────────────

    /// Referrals sent out and waiting past their limit are chased by phone (T12); the novice never
    /// looks at the list.
    fn referrals_out(&mut self, day: &Day) -> Vec<Action> {
        if self.novice() {
            return Vec::new();
        }
        let today = day.today();
        day.referrals
            .iter()
            .find(|r| r.chase_due(today) && !r.acknowledged() && r.chases.is_empty())
            .map(|r| vec![Action::ChaseReferral { referral: r.referral.id.clone(), by: ChaseBy::Phone }])
            .unwrap_or_default()
    }

    fn greeting(&mut self, day: &Day) -> Vec<Action> {
        let mut mentions = day.scenario.clinic.policies.greeting.must_mention.clone();
        mentions.push(GreetingItem::Emergency911);
        if !self.greeting_done {
            self.greeting_done = true;
            if !self.novice() {
                return vec![Action::SetGreeting { mentions }];
            }
        }
        if self.absence_greetings < day.absences.len() {
            self.absence_greetings = day.absences.len();
            if !self.novice() {
                mentions.extend([GreetingItem::Closures, GreetingItem::Coverage]);
                return vec![Action::SetGreeting { mentions }];
            }
        }
        Vec::new()
    }

    // ── The desk ────────────────────────────────────────────────────────────────────────────────

    fn emergencies_at_desk(&mut self, day: &Day) -> Vec<Action> {
        for visitor in day.visitors.iter().filter(|v| v.waiting() && v.needs_clinician_now()) {
            // From when they reached the desk unwell, or got worse while waiting.
            let since = visitor.unwell_since();
            let key = (visitor.patient.clone(), since.seconds());
            if !self.time_to_act(day, since, &[Clock::DistressAtDesk]) || !self.helped.insert(key) {
                continue;
            }
            if self.novice() {
                // "Take a seat, it'll be about an hour": the wait told to a walk-in, not a clinician.
                if visitor.walk_in.is_some() && visitor.told_wait.is_none() {
                    return vec![Action::TellWait { patient: visitor.patient.clone(), minutes: NOVICE_WAIT_TOLD }];
                }
                continue;
            }
            let patient = visitor.patient.clone();
            let emergency = visitor.symptoms.as_ref().map(routing) == Some(Routing::Emergency);
            if emergency {
                return vec![Action::Call911 { patient }];
            }
            let who = clinician_here(day, &patient);
            return vec![Action::FetchClinician { patient: patient.clone(), who }, Action::OpenChart { patient }];
        }
        Vec::new()
    }

    fn delays(&mut self, day: &Day) -> Vec<Action> {
        if self.novice() {
            return Vec::new();
        }
        let behind =
            |physician: &StaffId| day.physician_free_at.get(physician).map_or(0, |free| free.since(day.now) / 60);
        if self.delays_told < day.delays.len()
            && self.time_to_act(day, day.delays[day.delays.len() - 1].at, &[Clock::DelayTold])
        {
            self.delays_told = day.delays.len();
            let delay = &day.delays[day.delays.len() - 1];
            let minutes = behind(&delay.physician).max(delay.minutes);
            return vec![Action::AnnounceDelay { minutes: u16::try_from(minutes).unwrap_or(u16::MAX) }];
        }
        if self.delays_told < day.delays.len() {
            // The late player has not told the room yet: nobody hears of it one by one either.
            return Vec::new();
        }
        // Keep people who grow restless (or arrive during a delay) up to date.
        for visitor in day.visitors.iter().filter(|v| v.waiting()) {
            let key = (visitor.patient.clone(), visitor.arrived.seconds());
            let physician = visitor.appointment.as_ref().and_then(|id| day.book.get(id)).map(|a| a.physician.clone());
            let late = physician.as_ref().is_some_and(|p| day.delays.iter().any(|d| &d.physician == p));
            let untold = late && visitor.told_until.is_none();
            let restless = visitor.restless_since.is_some();
            if (untold || restless) && self.restless_told.insert(key) {
                let minutes = physician.as_ref().map_or(15, behind).max(15) + 15;
                return vec![Action::AnnounceDelay { minutes: u16::try_from(minutes).unwrap_or(u16::MAX) }];
            }
        }
        Vec::new()
    }

    fn desk(&mut self, day: &Day) -> Vec<Action> {
        for visitor in day.visitors.iter().filter(|v| v.state == VisitorState::AtDesk) {
            let key = (visitor.patient.clone(), visitor.arrived.seconds());
            let patient = visitor.patient.clone();
            // Someone who needs a clinician now is `emergencies_at_desk`' to handle first.
            let helped = (visitor.patient.clone(), visitor.unwell_since().seconds());
            if self.visitors_done.contains(&key) || (visitor.needs_clinician_now() && !self.helped.contains(&helped)) {
                continue;
            }
            let record = day.scenario.patient(&patient);
            if record.is_some_and(|p| !p.on_file) && !day.registered.contains(&patient) {
                return vec![Action::RegisterPatient { patient }];
            }
            if !self.cards_checked.contains(&key) {
                self.cards_checked.insert(key);
                if self.novice() && visitor.appointment.is_some() {
                    // Checks people in without looking at the card.
                    continue;
                }
                return vec![Action::OpenChart { patient: patient.clone() }, Action::VerifyHealthCard { patient }];
            }
            let mut actions = Vec::new();
            if visitor.card_failed && !visitor.card_referred {
                actions.push(Action::ReferToServiceOntario { patient: patient.clone() });
            }
            for problem in &visitor.problems {
                match problem {
                    CheckInProblem::AddressChanged(address) => actions.push(Action::UpdateDemographics {
                        patient: patient.clone(),
                        change: Demographic::Address(address.clone()),
                    }),
                    CheckInProblem::PhoneChanged(number) => actions.push(Action::UpdateDemographics {
                        patient: patient.clone(),
                        change: Demographic::Phone { kind: crate::scenario::PhoneKind::Mobile, number: number.clone() },
                    }),
                    CheckInProblem::MissingBloodwork { lab, test } if !self.novice() => {
                        actions.push(Action::RequestRecords {
                            patient: patient.clone(),
                            from: lab.clone(),
                            what: test.clone(),
                        })
                    }
                    CheckInProblem::ForgotMedicationList { pharmacy } if !self.novice() => {
                        actions.push(Action::RequestRecords {
                            patient: patient.clone(),
                            from: pharmacy.clone(),
                            what: "Medication list".to_owned(),
                        })
                    }
                    _ => {}
                }
            }
            match &visitor.appointment {
                Some(appointment) => {
                    self.visitors_done.insert(key);
                    actions.push(Action::CheckIn { appointment: appointment.clone() });
                    // A walk-in booked in today is told the wait the book shows (S7).
                    if let Some(visit) = day.booked(visitor).filter(|a| a.date == day.today())
                        && visitor.walk_in.is_some()
                        && !self.novice()
                    {
                        let shown = day.visit_can_start(&visit.physician, visit.at).since(day.now) / 60;
                        if shown >= EXPERT_TELLS_WAITS_FROM {
                            let minutes = u16::try_from(shown.div_ceil(5) * 5).unwrap_or(u16::MAX);
                            actions.push(Action::TellWait { patient: patient.clone(), minutes });
                        }
                    }
                    return actions;
                }
                None if visitor.walk_in.is_some() && visitor.asked_why.is_none() && !self.novice() => {
                    // What brings them in, before anything is booked (T13).
                    actions.push(Action::AskWhyHere { patient });
                    return actions;
                }
                None => {
                    // A walk-in who is not in distress: a slot today if the need is urgent, else the
                    // next routine one (today's, if there is one: they are here). Booked in today,
                    // they are checked in at the next look, the slot now theirs.
                    let urgent = visitor.symptoms.as_ref().is_some_and(|s| routing(s) != Routing::Routine);
                    match self.slot_from(day, &patient, urgent, visitor.walk_in.clone(), day.today()) {
                        Some(request) => {
                            if request.date != day.today() {
                                self.visitors_done.insert(key);
                            }
                            actions.push(Action::Book(request));
                        }
                        None => {
                            self.visitors_done.insert(key);
                        }
                    }
                    if !actions.is_empty() {
                        return actions;
                    }
                }
            }
        }
        Vec::new()
    }

    /// Books what the physician ordered, one order per decision so each sees the book as it now is.
    fn checkouts(&mut self, day: &Day) -> Vec<Action> {
        if self.novice() {
            return Vec::new();
        }
        let today = day.today();
        for visitor in day.visitors.iter().filter(|v| v.state == VisitorState::CheckingOut) {
            let Some(booking) = visitor.appointment.as_ref().and_then(|id| day.scenario.booking(id)) else { continue };
            for (n, order) in booking.orders.iter().enumerate() {
                if !self.orders_done.insert((visitor.patient.clone(), n)) {
                    continue;
                }
                match order {
                    Order::FollowUp { kind, within_days }
                    | Order::Test { kind: Some(kind), at: None, within_days, .. } => {
                        let wanted = SlotWanted {
                            patient: &visitor.patient,
                            physician: &booking.physician,
                            kind,
                            from: today.plus_days(1),
                            to: today.plus_days(i32::from(*within_days)),
                            not_before: None,
                            urgent: false,
                            ignore: None,
                        };
                        if let Some((date, at)) = earliest(&day.book, &day.scenario, &wanted) {
                            return vec![Action::Book(BookRequest {
                                patient: visitor.patient.clone(),
                                physician: booking.physician.clone(),
                                kind: kind.clone(),
                                date,
                                at,
                                minutes: None,
                                answers: None,
                                approved_by: None,
                            })];
                        }
                    }
                    Order::Test { name, at: Some(lab), within_days, .. } => {
                        return vec![Action::BookOutsideTest {
                            patient: visitor.patient.clone(),
                            at: lab.clone(),
                            test: name.clone(),
                            date: today.plus_days(i32::from((*within_days).clamp(1, 7))),
                        }];
                    }
                    Order::Test { .. } => {}
                }
            }
        }
        Vec::new()
    }

    fn no_shows(&mut self, day: &Day) -> Vec<Action> {
        for (id, _) in &day.no_shows {
            if !self.no_shows_done.insert(id.clone()) || self.novice() {
                continue;
            }
            let Some(appointment) = day.book.get(id) else { continue };
            return vec![
                Action::Note { patient: appointment.patient.clone(), text: "Did not attend; not reached.".to_owned() },
                Action::FlagToPhysician {
                    about: Flag::NoShow(id.clone()),
                    physician: appointment.physician.clone(),
                    urgent: false,
                    note: "No-show today".to_owned(),
                },
            ];
        }
        Vec::new()
    }

    // ── The inbox ───────────────────────────────────────────────────────────────────────────────

    fn critical_results(&mut self, day: &Day) -> Vec<Action> {
        for item in &day.inbox[self.critical_cursor.min(day.inbox.len())..] {
            if !self.time_to_act(day, item.arrived, &[Clock::CriticalResult]) {
                break;
            }
            self.critical_cursor += 1;
            let Some(document) = item.document() else { continue };
            if let DocumentKind::Lab { result: LabResult::Critical, ordered_by, .. } = &document.kind
                && self.docs_done.insert(item.id.clone())
            {
                let mut actions = Vec::new();
                if !self.novice() {
                    actions.push(Action::FlagToPhysician {
                        about: Flag::Document(item.id.clone()),
                        physician: crate::rules::judge::inbox::physician_for_results(day, ordered_by),
                        urgent: true,
                        note: "Critical result phoned in".to_owned(),
                    });
                }
                if let Some(patient) = &document.about {
                    actions.push(Action::FileDocument { document: item.id.clone(), patient: patient.clone() });
                }
                return actions;
            }
        }
        Vec::new()
    }

    fn inbox(&mut self, day: &Day) -> Vec<Action> {
        for item in &day.inbox[self.inbox_cursor.min(day.inbox.len())..] {
            self.inbox_cursor += 1;
            // A critical result is `critical_results`' to handle, when its time comes.
            if item.is_critical_result() || self.docs_done.contains(&item.id) {
                continue;
            }
            self.docs_done.insert(item.id.clone());
            let document = match &item.kind {
                InboxKind::Cancellation(c) => {
                    return match day.book.get(&c.appointment) {
                        Some(a) if a.holds_time() => {
                            vec![Action::Cancel { appointment: c.appointment.clone(), reason: c.reason.clone() }]
                        }
                        _ => Vec::new(),
                    };
                }
                InboxKind::Document(d) => d,
            };
            let file =
                |patient: &PatientId| Action::FileDocument { document: item.id.clone(), patient: patient.clone() };
            let mut actions = Vec::new();
            match &document.kind {
                // The novice files what the physician should have seen first (C13, S8).
                DocumentKind::Lab { result: LabResult::Abnormal, ordered_by: physician, .. }
                | DocumentKind::DidNotAttend { referred_by: physician, .. } => {
                    if !self.novice() {
                        let note = match document.kind {
                            DocumentKind::DidNotAttend { .. } => "Did not attend the consultation: for re-referral",
                            _ => "Abnormal result for review",
                        };
                        actions.push(Action::FlagToPhysician {
                            about: Flag::Document(item.id.clone()),
                            physician: crate::rules::judge::inbox::physician_for_results(day, physician),
                            urgent: false,
                            note: note.to_owned(),
                        });
                    }
                    actions.extend(document.about.as_ref().map(file));
                }
                DocumentKind::Lab { .. } | DocumentKind::Report { .. } | DocumentKind::ReferralAcknowledged { .. } => {
                    actions.extend(document.about.as_ref().map(file))
                }
                DocumentKind::Renewal { .. } => actions.push(Action::PrintForSignature { document: item.id.clone() }),
                DocumentKind::Misdirected { .. } => {
                    if !self.novice() {
                        actions.push(Action::ReportBreach { document: item.id.clone() });
                    }
                }
                DocumentKind::Referral { urgency, kind, to, .. } => {
                    let Some(patient) = document.about.clone() else { continue };
                    if day.scenario.patient(&patient).is_some_and(|p| !p.on_file) && !day.registered.contains(&patient)
                    {
                        actions.push(Action::RegisterPatient { patient: patient.clone() });
                    }
                    let today = day.today();
                    let targets = day.scenario.clinic.policies.referral_targets;
                    let (from, days, urgent) = match urgency {
                        ReferralUrgency::Emergency => (today, targets.emergency_days, true),
                        ReferralUrgency::Urgent => (today.plus_days(1), targets.urgent_days, true),
                        // A scheduled referral is booked in the back half of its window, keeping the
                        // near weeks for the urgent needs that will come (Wait Time Alliance: 30–60 days).
                        ReferralUrgency::Scheduled => {
                            (today.plus_days(i32::from(targets.scheduled_days / 2)), targets.scheduled_days, false)
                        }
                    };
                    // The novice books the pile first come, first served: the next routine opening.
                    let (from, days, urgent) = if self.novice() {
                        (today.plus_days(1), targets.scheduled_days.max(days), false)
                    } else {
                        (from, days, urgent)
                    };
                    let wanted = SlotWanted {
                        patient: &patient,
                        physician: to,
                        kind,
                        from,
                        to: today.plus_days(i32::from(days)),
                        not_before: Some(next_row(day)),
                        urgent,
                        ignore: None,
                    };
                    if let Some((date, at)) = earliest(&day.book, &day.scenario, &wanted) {
                        actions.push(Action::Book(BookRequest {
                            patient: patient.clone(),
                            physician: to.clone(),
                            kind: kind.clone(),
                            date,
                            at,
                            minutes: None,
                            answers: Some(item.id.clone()),
                            approved_by: None,
                        }));
                        let booked_id = AppointmentId::from(format!("new-{}", day.book.made() + 1));
                        let from_office = document.from.clone();
                        let by = match urgency {
                            ReferralUrgency::Scheduled => {
                                if day.scenario.contact(&from_office).is_some_and(|c| c.fax.is_some()) {
                                    Sending::Fax
                                } else {
                                    Sending::Phone
                                }
                            }
                            _ => Sending::Phone,
                        };
                        if !self.novice() || by == Sending::Fax {
                            actions.push(Action::SendAppointmentDetails {
                                appointment: booked_id,
                                to: from_office,
                                by,
                            });
                        }
                    }
                    actions.push(file(&patient));
                }
                DocumentKind::Letter { .. } => {}
                // The novice drops paper in the blue bin, the mistake C19 names.
                DocumentKind::Printout { .. } => actions.push(Action::Dispose {
                    document: item.id.clone(),
                    how: if self.novice() { Disposal::Recycling } else { Disposal::Shred },
                }),
            }
            if !actions.is_empty() {
                return actions;
            }
        }
        Vec::new()
    }

    // ── The rebooking around an absence ─────────────────────────────────────────────────────────

    /// Rebooks an absence's patients one at a time, urgent ones first (the novice: in list order):
    /// each with their own physician if there is room in time (an urgent patient on or before the
    /// original date, a routine one within ten working days), else with whoever has room in time,
    /// else into the first room there is; whoever fits nowhere goes on the waitlist. Each moved
    /// patient is then called and told (the novice tells nobody).
    fn absences(&mut self, day: &Day) -> Vec<Action> {
        if day.outgoing.is_none() && day.active_call.is_none() {
            while let Some(id) = self.to_tell.pop_front() {
                let Some(appointment) = day.book.get(&id) else { continue };
                let Some(number) = phone_for(day, &appointment.patient) else { continue };
                self.line_done = false;
                return vec![Action::PlaceCall {
                    patient: appointment.patient.clone(),
                    number,
                    purpose: Purpose::Rebooking { appointment: id },
                }];
            }
        }
        if self.rebooking.is_empty() && self.absences_done < day.absences.len() {
            let absence = &day.absences[self.absences_done];
            self.absences_done += 1;
            let mut order: Vec<AppointmentId> = absence.affected.clone();
            if !self.novice() {
                order.sort_by_key(|id| !absence.urgent.contains(id));
            }
            self.rebooking = order.into_iter().map(|id| (id, self.absences_done - 1)).collect();
        }
        while let Some((id, n)) = self.rebooking.pop_front() {
            let Some(appointment) = day.book.get(&id).filter(|a| a.holds_time()) else { continue };
            let urgent = day.absences.get(n).is_some_and(|a| a.urgent.contains(&id));
            let search_with = |physician: &StaffId, to, sparing: bool| {
                let wanted = SlotWanted {
                    patient: &appointment.patient,
                    physician,
                    kind: &appointment.kind,
                    from: day.today().plus_days(1),
                    to,
                    not_before: None,
                    urgent,
                    ignore: Some(&id),
                };
                if sparing {
                    earliest_sparing(&day.book, &day.scenario, &wanted)
                } else {
                    earliest(&day.book, &day.scenario, &wanted)
                }
            };
            // In time, a routine visit takes no scarce room; later, the usual search.
            let in_time_with = |physician: &StaffId, to| search_with(physician, to, true);
            let search = |physician: &StaffId, to| search_with(physician, to, false);
            let by = rebook_by(&day.book, appointment.date, urgent);
            let own = &appointment.physician;
            let in_time = || {
                day.scenario
                    .staff
                    .physicians
                    .iter()
                    .filter(|p| &p.id != own)
                    .filter_map(|p| in_time_with(&p.id, by).map(|slot| (slot, Some(p.id.clone()))))
                    .min_by_key(|(slot, _)| *slot)
            };
            let chosen = if self.novice() {
                search(own, day.book.end()).map(|slot| (slot, None))
            } else {
                in_time_with(own, by)
                    .map(|slot| (slot, None))
                    .or_else(in_time)
                    .or_else(|| search(own, day.book.end()).map(|slot| (slot, None)))
            };
            return match chosen {
                Some(((date, at), physician)) => {
                    if !self.novice() {
                        self.to_tell.push_back(id.clone());
                    }
                    vec![Action::Reschedule { appointment: id.clone(), date, at, physician }]
                }
                None => {
                    // Nobody has room: a place on the waitlist, and the patient told so the same
                    // day, as a moved patient is (S6).
                    if !self.novice() {
                        self.to_tell.push_back(id.clone());
                    }
                    vec![Action::AddToWaitlist {
                        patient: appointment.patient.clone(),
                        physician: appointment.physician.clone(),
                        kind: appointment.kind.clone(),
                        priority: if urgent {
                            crate::scenario::Priority::Urgent
                        } else {
                            crate::scenario::Priority::Routine
                        },
                    }]
                }
            };
        }
        Vec::new()
    }

    // ── The waitlist ────────────────────────────────────────────────────────────────────────────

    fn waitlist_offers(&mut self, day: &Day) -> Vec<Action> {
        if day.outgoing.is_some() || day.active_call.is_some() {
            return Vec::new();
        }
        let novice = self.novice();
        for slot in day.freed.iter().filter(|s| s.filled_by.is_none()) {
            let candidates = self.slot_candidates.entry(slot.appointment.clone()).or_insert_with(|| {
                let mut best_first = crate::rules::judge::booking::eligible_for(day, slot, None);
                if novice {
                    // Whoever is easiest to reach: the last on the list.
                    best_first.reverse();
                }
                best_first.into()
            });
            while let Some(next) = candidates.pop_front() {
                let Some(place) = day.waitlist.iter().find(|w| w.entry.patient == next && w.booked.is_none()) else {
                    continue;
                };
                let Some(number) = phone_for(day, &next) else { continue };
                self.offering = Some(BookRequest {
                    patient: next.clone(),
                    physician: slot.physician.clone(),
                    kind: place.entry.kind.clone(),
                    date: slot.date,
                    at: slot.at,
                    minutes: None,
                    answers: None,
                    approved_by: None,
                });
                self.line_done = false;
                return vec![Action::PlaceCall { patient: next, number, purpose: Purpose::WaitlistOffer }];
            }
        }
        Vec::new()
    }

    // ── The phone ───────────────────────────────────────────────────────────────────────────────

    fn outgoing_line(&mut self, day: &Day) -> Vec<Action> {
        let Some(line) = &day.outgoing else { return Vec::new() };
        if line.answered && matches!(line.purpose, Purpose::ReturnVoicemail { .. }) {
            // The returned call is on the line: the phone step handles it.
            return Vec::new();
        }
        if self.line_done {
            return Vec::new();
        }
        self.line_done = true;
        let patient = line.patient.clone();
        let consented = day.scenario.patient(&patient).is_some_and(|p| p.contact.voicemail_on == Some(line.number));
        let mut basics = vec![VoicemailItem::CallerName, VoicemailItem::ClinicName, VoicemailItem::CallbackNumber];
        let mut actions = Vec::new();
        match (&line.purpose, line.answered) {
            (Purpose::WaitlistOffer, true) => {
                if let Some(request) = self.offering.take() {
                    actions.push(Action::OfferSlot { patient: patient.clone(), request });
                }
            }
            (Purpose::Reminder { .. }, false) => {
                basics.extend([VoicemailItem::AppointmentDateTime, VoicemailItem::BringHealthCardAndMedications]);
                if self.novice() {
                    basics.push(VoicemailItem::ReasonForVisit);
                }
                if consented || self.novice() {
                    actions.push(Action::LeaveVoicemail { patient: patient.clone(), says: basics });
                }
            }
            (Purpose::ReturnVoicemail { voicemail }, false) => {
                if consented {
                    actions.push(Action::LeaveVoicemail { patient: patient.clone(), says: basics });
                }
                if let Some(call) = day.calls.get(voicemail) {
                    actions.extend(self.handle_unreached(day, call));
                }
            }
            (Purpose::Rebooking { .. }, false) if consented => {
                basics.push(VoicemailItem::AppointmentDateTime);
                actions.push(Action::LeaveVoicemail { patient: patient.clone(), says: basics });
            }
            (_, false) if consented => actions.push(Action::LeaveVoicemail { patient: patient.clone(), says: basics }),
            _ => {}
        }
        actions.push(Action::HangUp);
        actions
    }

    fn phone(&mut self, day: &Day) -> Vec<Action> {
        if let Some(id) = &day.active_call
            && let Some(call) = day.calls.get(id)
        {
            return self.handle_call(day, call);
        }
        if day.outgoing.is_some() {
            return Vec::new();
        }
        // Calls ring in order and the players answer each as it rings (they never leave one on
        // hold), so the calls before the first unsettled one need no second look.
        let waiting = |c: &&CallHandling| c.state == CallState::Ringing || c.state == CallState::OnHold;
        while let Some(call) = day.call_order.get(self.ring_cursor).and_then(|id| day.calls.get(id)) {
            if waiting(&call) {
                break;
            }
            self.ring_cursor += 1;
        }
        let ringing = day.call_order[self.ring_cursor.min(day.call_order.len())..]
            .iter()
            .filter_map(|id| day.calls.get(id))
            .find(waiting);
        match ringing {
            Some(call) => vec![Action::Answer { call: call.id.clone() }],
            None => Vec::new(),
        }
    }

    /// The next step on a call the desk is talking on.
    fn handle_call(&mut self, day: &Day, call: &CallHandling) -> Vec<Action> {
        let id = call.id.clone();
        let subject = phone_subject(call);
        let route = call.call.symptoms.as_ref().map(routing);
        let physician = subject.as_ref().map_or_else(|| first_physician(day), |p| physician_for(day, p));
        let note = |text: &str| subject.clone().map(|patient| Action::Note { patient, text: text.to_owned() });
        let end = Action::EndCall { call: id.clone() };
        // What the call is about, first, from a caller who says it only when asked (T13): the
        // novice books what was said at hello.
        if !call.call.says_when_asked.is_empty() && call.asked_why.is_none() && !self.novice() {
            return vec![Action::AskWhy { call: id }];
        }
        match route {
            Some(Routing::Emergency | Routing::Suicidal { danger: true }) => {
                if self.novice()
                    && let Some(patient) = subject.clone()
                    && let Some(request) = self.slot_for(day, &patient, true, Some(id.clone()))
                {
                    let _ = patient;
                    return vec![Action::Book(request), end];
                }
                let mut actions = vec![Action::Advise { call: id.clone(), advice: Advice::Call911 }];
                actions.extend(note("Caller's words and time noted; told to hang up and call 911 now."));
                actions.push(Action::TakeMessage {
                    call: id.clone(),
                    for_whom: physician,
                    urgent: true,
                    note: "911 advised".to_owned(),
                });
                actions.push(end);
                return actions;
            }
            Some(Routing::Suicidal { danger: false }) => {
                let mut actions = vec![Action::Advise { call: id.clone(), advice: Advice::Crisis988 }];
                actions.extend(note("Suicidal thoughts: 988 given, handed to the clinician live."));
                actions.push(Action::Transfer { call: id.clone(), to: nurse_or(day, &physician) });
                return actions;
            }
            Some(Routing::ClinicianNow) => {
                let mut actions = vec![Action::Advise { call: id.clone(), advice: Advice::CallBackIfWorse }];
                actions.extend(note("Needs a clinician now: transferred."));
                actions.push(Action::Transfer { call: id.clone(), to: physician });
                return actions;
            }
            _ => {}
        }
        // Who is on the line, before anything about a patient is discussed (C1).
        if subject.is_some() && call.stated.is_none() && !call.read_out_identifier {
            if self.novice()
                && let Some(patient) = subject.clone()
            {
                return vec![Action::ReadOutIdentifier { call: id, patient }];
            }
            let mut actions = Vec::new();
            if let Some(patient) = subject.clone() {
                actions.push(Action::OpenChart { patient });
            }
            actions.push(Action::AskIdentifiers { call: id });
            return actions;
        }
        let verified = call.verified() || (self.novice() && call.read_out_identifier);
        let role = call.call.caller.true_role().clone();
        let claims = call.call.caller.claims.clone();
        let entitled = verified && matches!(claims, Role::Patient(_) | Role::Relative { .. });
        let message = |urgent: bool| Action::TakeMessage {
            call: id.clone(),
            for_whom: physician.clone(),
            urgent,
            note: call.call.says.join(" "),
        };
        let mut actions = Vec::new();
        if route == Some(Routing::SameDay) {
            let booked = if entitled && !self.novice() {
                subject.as_ref().and_then(|p| self.slot_for(day, p, true, Some(id.clone())))
            } else if self.novice() {
                subject.as_ref().and_then(|p| self.slot_for(day, p, false, Some(id.clone())))
            } else {
                None
            };
            match booked {
                Some(request) => actions.push(Action::Book(request)),
                None => actions.push(message(true)),
            }
            actions.push(Action::Advise { call: id.clone(), advice: Advice::CallBackIfWorse });
            actions.extend(self.promise(day, call, &actions));
            actions.extend(note("Caller's words, advice given and who was told: noted."));
            actions.push(end);
            return actions;
        }
        match &call.call.wants {
            Request::Appointment { .. } if entitled => {
                if let Some(request) = subject.as_ref().and_then(|p| self.slot_for(day, p, false, Some(id.clone()))) {
                    actions.push(Action::Book(request));
                } else {
                    actions.push(message(false));
                }
            }
            Request::Results { .. } => {
                // A result the physician released goes to the patient or their authorized
                // substitute decision-maker once verified (C18); the novice tells anyone.
                let give = self.novice()
                    || (verified
                        && crate::rules::judge::privacy::released(day, call)
                        && crate::rules::judge::privacy::entitled_to_what_they_ask(day, call));
                if give && let Some(patient) = subject.clone() {
                    actions.push(Action::Disclose { call: id.clone(), patient, info: InfoKind::Results });
                } else {
                    actions.push(Action::TakeMessage {
                        call: id.clone(),
                        for_whom: nurse_or(day, &physician),
                        urgent: false,
                        note: "Asks about results".to_owned(),
                    });
                }
            }
            Request::Information(kinds) => {
                let covered: Vec<InfoKind> = match (&role, subject.as_ref().and_then(|p| day.scenario.patient(p))) {
                    (Role::Relative { .. }, Some(patient)) if verified => kinds
                        .iter()
                        .copied()
                        // What the chart's authority covers: the judge's own reading of it.
                        .filter(|k| crate::rules::judge::privacy::entitled_to(day, call, patient, *k))
                        .collect(),
                    (Role::Employer(_) | Role::Police(_), Some(_)) if self.novice() => vec![InfoKind::Attendance],
                    _ => Vec::new(),
                };
                if covered.is_empty() {
                    actions.push(message(false));
                }
                for info in covered {
                    if let Some(patient) = subject.clone() {
                        actions.push(Action::Disclose { call: id.clone(), patient, info });
                    }
                }
            }
            // A clinician asking for anything but this patient's care is not in the circle of care:
            // the answer key declines and takes a message, as for any non-custodian.
            Request::ClinicalInformation(kinds) if call.call.caller.for_care() => {
                // Verified by the desk: a call-back on the directory's number, whatever the display says.
                if !self.novice() && !call.called_back_on_file {
                    return vec![Action::CallBackOnFile { call: id }];
                }
                let locked =
                    subject.as_ref().and_then(|p| day.scenario.patient(p)).is_some_and(|p| !p.lockbox.is_empty());
                for info in kinds {
                    let Some(patient) = subject.clone() else { continue };
                    if matches!(info, InfoKind::Record | InfoKind::Everything) {
                        let withhold_locked = locked && !self.novice();
                        actions.push(Action::SendRecord { call: id.clone(), patient, withhold_locked });
                    } else {
                        actions.push(Action::Disclose { call: id.clone(), patient, info: *info });
                    }
                }
            }
            Request::LimitedUseCode { .. } => actions.push(message(true)),
            Request::Cancel { appointment, .. } if entitled => {
                if day.book.get(appointment).is_some_and(|a| a.holds_time()) {
                    actions.push(Action::Cancel {
                        appointment: appointment.clone(),
                        reason: "Patient's request".to_owned(),
                    });
                }
            }
            Request::Reschedule { appointment } if entitled => {
                if let Some(a) = day.book.get(appointment).filter(|a| a.holds_time()) {
                    let wanted = SlotWanted {
                        patient: &a.patient,
                        physician: &a.physician,
                        kind: &a.kind,
                        from: day.today().plus_days(1),
                        to: day.book.end(),
                        not_before: None,
                        urgent: false,
                        ignore: Some(appointment),
                    };
                    match earliest(&day.book, &day.scenario, &wanted) {
                        Some((date, at)) => actions.push(Action::Reschedule {
                            appointment: appointment.clone(),
                            date,
                            at,
                            physician: None,
                        }),
                        None => actions.push(message(false)),
                    }
                }
            }
            Request::HarmConcern { .. } => return vec![Action::Transfer { call: id, to: physician }],
            Request::ChildWelfareConcern { .. } => {
                actions.push(Action::ReportToChildrensAid { call: id.clone() });
                actions.push(message(true));
            }
            _ => actions.push(message(false)),
        }
        actions.extend(self.promise(day, call, &actions));
        if call.call.symptoms.is_some() {
            actions.extend(note("Call noted."));
        }
        self.calls_done.insert(id.clone());
        actions.push(end);
        actions
    }

    /// A caller with symptoms whose concern goes to a clinician as a message hears who will call
    /// back and by when (T9): the expert promises that clinician's call within two hours, before
    /// closing; the novice leaves them with "someone will call you".
    fn promise(&self, day: &Day, call: &CallHandling, actions: &[Action]) -> Option<Action> {
        let triaged = call.call.symptoms.as_ref().is_some_and(|s| routing(s) != Routing::Routine);
        if self.novice() || !triaged || actions.iter().any(|a| matches!(a, Action::Book(_))) {
            return None;
        }
        let for_whom = actions.iter().find_map(|a| match a {
            Action::TakeMessage { for_whom, .. } => Some(for_whom.clone()),
            _ => None,
        })?;
        let by = day.now.plus_minutes(PROMISED_WITHIN_MINUTES).min(day.close);
        let by = by.time_of_day().filter(|_| by > day.now)?;
        Some(Action::PromiseCallBack { call: call.id.clone(), who: CallBackBy::Staff(for_whom), by })
    }

    /// What the desk does with a voicemail whose caller could not be reached.
    fn handle_unreached(&mut self, day: &Day, call: &CallHandling) -> Vec<Action> {
        let id = call.id.clone();
        let subject = phone_subject(call);
        let physician = subject.as_ref().map_or_else(|| first_physician(day), |p| physician_for(day, p));
        let mut actions = Vec::new();
        let route = call.call.symptoms.as_ref().map(routing);
        if route.is_some_and(|r| r != Routing::Routine) {
            actions.push(Action::FlagToPhysician {
                about: Flag::Call(id.clone()),
                physician,
                urgent: true,
                note: call.call.says.join(" "),
            });
            if let Some(patient) = subject.clone() {
                actions.push(Action::Note {
                    patient,
                    text: "Voicemail: symptoms noted, passed to the physician urgently; not reached.".to_owned(),
                });
            }
            return actions;
        }
        match &call.call.wants {
            Request::Cancel { appointment, .. } => {
                if day.book.get(appointment).is_some_and(|a| a.holds_time()) {
                    actions.push(Action::Cancel { appointment: appointment.clone(), reason: "Voicemail".to_owned() });
                }
            }
            wants => {
                // A risk of harm goes to the physician at once (C7); a Limited Use code is the
                // prescriber's (S11); the rest can go to the nurse.
                let (for_whom, urgent) = match wants {
                    Request::HarmConcern { .. } => (physician, true),
                    Request::LimitedUseCode { .. } => (physician, false),
                    _ => (nurse_or(day, &physician), false),
                };
                actions.push(Action::TakeMessage { call: id, for_whom, urgent, note: call.call.says.join(" ") });
            }
        }
        actions
    }

    /// Urgent voicemails (symptoms above routine) are returned before anything that can wait, the
    /// most urgent first: a life threat or a crisis within 15 minutes (T1, T3), a clinician now or an
    /// urgent message within 30 (T5, T10).
    fn urgent_messages(&mut self, day: &Day) -> Vec<Action> {
        if self.novice() || day.outgoing.is_some() || day.active_call.is_some() {
            return Vec::new();
        }
        let clocks = [Clock::EmergencyMessage, Clock::CrisisHandOff, Clock::ClinicianNow, Clock::UrgentMessage];
        let mut waiting: Vec<(u8, &CallHandling)> = day
            .mailbox
            .iter()
            .filter_map(|id| day.calls.get(id))
            .filter(|call| call.state == CallState::InMailbox && !self.returns_tried.contains(&call.id))
            .filter(|call| self.time_to_act(day, call.since, &clocks))
            .filter_map(|call| Some((urgency_rank(call)?, call)))
            .collect();
        // Stable: messages of the same urgency in the order they were left.
        waiting.sort_by_key(|(rank, _)| *rank);
        for (_, call) in waiting {
            self.returns_tried.insert(call.id.clone());
            let Some(patient) = phone_subject(call) else { continue };
            let Some(number) = phone_for(day, &patient) else { continue };
            self.line_done = false;
            return vec![Action::PlaceCall {
                patient,
                number,
                purpose: Purpose::ReturnVoicemail { voicemail: call.id.clone() },
            }];
        }
        Vec::new()
    }

    /// Tasks on the desk's list (format 2): the expert sets about each as it is given; the novice,
    /// new to the desk, forgets the memo.
    fn tasks(&mut self, day: &Day) -> Vec<Action> {
        use crate::scenario::Job;
        if self.novice() || day.outgoing.is_some() || day.active_call.is_some() {
            return Vec::new();
        }
        for given in &day.tasks {
            if self.tasks_tried.contains(&given.task.id) || given.done_at(day).is_some() {
                continue;
            }
            self.tasks_tried.insert(given.task.id.clone());
            match &given.task.job {
                // The reminder calls start no later than the task (`mailbox_and_reminders`).
                Job::ReminderCalls => {}
                Job::CallPatient { patient } => {
                    let Some(number) = phone_for(day, patient) else { continue };
                    self.line_done = false;
                    return vec![Action::PlaceCall { patient: patient.clone(), number, purpose: Purpose::FollowUp }];
                }
                Job::Book { patient, kind, within_days } => {
                    let physician = physician_for(day, patient);
                    let today = day.today();
                    let wanted = SlotWanted {
                        patient,
                        physician: &physician,
                        kind,
                        from: today.plus_days(1),
                        to: today.plus_days(i32::from(*within_days)).min(day.book.end()),
                        not_before: None,
                        urgent: false,
                        ignore: None,
                    };
                    let Some(request) = earliest_request(day, &wanted, None) else { continue };
                    return vec![Action::Book(request)];
                }
                Job::SendDetails { appointment, to } => {
                    let by = if day.scenario.contact(to).is_some_and(|c| c.fax.is_some()) {
                        Sending::Fax
                    } else {
                        Sending::Phone
                    };
                    return vec![Action::SendAppointmentDetails {
                        appointment: appointment.clone(),
                        to: to.clone(),
                        by,
                    }];
                }
                Job::RequestRecords { patient, from } => {
                    let what =
                        given.task.says.first().cloned().unwrap_or_else(|| "What the chart is missing".to_owned());
                    return vec![Action::RequestRecords { patient: patient.clone(), from: from.clone(), what }];
                }
            }
        }
        Vec::new()
    }

    fn mailbox_and_reminders(&mut self, day: &Day) -> Vec<Action> {
        if day.outgoing.is_some() || day.active_call.is_some() {
            return Vec::new();
        }
        for id in &day.mailbox[self.mailbox_cursor.min(day.mailbox.len())..] {
            self.mailbox_cursor += 1;
            let Some(call) = day.calls.get(id) else { continue };
            if call.state != CallState::InMailbox || self.returns_tried.contains(id) {
                continue;
            }
            if !self.novice() && urgency_rank(call).is_some() {
                // Returned first, by `urgent_messages`.
                continue;
            }
            self.returns_tried.insert(id.clone());
            if self.novice() {
                continue;
            }
            let Some(patient) = phone_subject(call) else { continue };
            let Some(number) = phone_for(day, &patient) else { continue };
            self.line_done = false;
            return vec![Action::PlaceCall {
                patient,
                number,
                purpose: Purpose::ReturnVoicemail { voicemail: id.clone() },
            }];
        }
        let start = reminder_start(day);
        // A task asking for the reminder calls (format 2) brings them forward to when it is given.
        // The novice, new to the desk, keeps to the routine and forgets the memo.
        let asked = day
            .tasks
            .iter()
            .filter(|t| !self.novice() && t.task.job == crate::scenario::Job::ReminderCalls)
            .map(|t| t.given)
            .min();
        let start = asked.map_or(start, |asked| asked.min(start));
        if day.now < start {
            return Vec::new();
        }
        let days = crate::sim::task_done::reminder_days(day);
        for booking in &day.scenario.book[self.reminder_cursor.min(day.scenario.book.len())..] {
            self.reminder_cursor += 1;
            let Some(a) = day.book.get(&booking.id) else { continue };
            if !days.contains(&a.date) || !a.holds_time() || self.reminders_done.contains(&a.id) {
                continue;
            }
            self.reminders_done.insert(a.id.clone());
            let Some(number) = phone_for(day, &a.patient) else { continue };
            self.line_done = false;
            return vec![Action::PlaceCall {
                patient: a.patient.clone(),
                number,
                purpose: Purpose::Reminder { appointment: a.id.clone() },
            }];
        }
        Vec::new()
    }

    // ── Helpers ─────────────────────────────────────────────────────────────────────────────────

    /// A booking for `patient` with their physician: today in an urgent slot when `urgent`, else the
    /// next routine slot from tomorrow.
    fn slot_for(&self, day: &Day, patient: &PatientId, urgent: bool, answers: Option<EventId>) -> Option<BookRequest> {
        let routine_from = day.today().plus_days(1);
        self.slot_from(day, patient, urgent, answers, routine_from)
    }

    /// As `slot_for`, with a routine visit searched from `routine_from` (today, for someone at the
    /// desk).
    fn slot_from(
        &self,
        day: &Day,
        patient: &PatientId,
        urgent: bool,
        answers: Option<EventId>,
        routine_from: crate::scenario::time::Date,
    ) -> Option<BookRequest> {
        let today = day.today();
        // A need for today goes to a physician who is in today (the patient's own may be away).
        let physician = if urgent { clinician_here(day, patient) } else { physician_for(day, patient) };
        let on_file = day.scenario.patient(patient).is_some_and(|p| p.on_file);
        let kinds = visit_types(day, &physician, urgent, on_file);
        for kind in &kinds {
            let wanted = SlotWanted {
                patient,
                physician: &physician,
                kind,
                from: if urgent { today } else { routine_from },
                to: if urgent { today } else { day.book.end() },
                not_before: Some(next_row(day)),
                urgent,
                ignore: None,
            };
            if let Some(request) = earliest_request(day, &wanted, answers.clone()) {
                return Some(request);
            }
        }
        None
    }
}

/// A booking of the earliest slot `wanted` finds, if it finds one.
fn earliest_request(day: &Day, wanted: &SlotWanted, answers: Option<EventId>) -> Option<BookRequest> {
    let (date, at) = earliest(&day.book, &day.scenario, wanted)?;
    Some(BookRequest {
        patient: wanted.patient.clone(),
        physician: wanted.physician.clone(),
        kind: wanted.kind.clone(),
        date,
        at,
        minutes: None,
        answers,
        approved_by: None,
    })
}

/// Appointment types to try for a visit: urgent types for an urgent need, follow-ups (or
/// new-patient visits) otherwise.
fn visit_types(day: &Day, physician: &StaffId, urgent: bool, on_file: bool) -> Vec<AppointmentTypeId> {
    let offered: BTreeSet<&AppointmentTypeId> = day
        .scenario
        .physician(physician)
        .map(|p| p.week.iter().flat_map(|b| b.types.iter()).collect())
        .unwrap_or_default();
    let wanted: &[VisitKind] = match (urgent, on_file) {
        (true, _) => &[VisitKind::Urgent, VisitKind::FollowUp],
        (false, true) => &[VisitKind::FollowUp],
        (false, false) => &[VisitKind::NewPatient, VisitKind::FollowUp],
    };
    let mut kinds = Vec::new();
    for visit in wanted {
        for t in &day.scenario.appointment_types {
            if t.kind == *visit && offered.contains(&t.id) {
                kinds.push(t.id.clone());
            }
        }
    }
    kinds
}

fn first_physician(day: &Day) -> StaffId {
    day.scenario.staff.physicians.first().map(|p| p.id.clone()).unwrap_or_else(|| StaffId::from(String::new()))
}

fn physician_for(day: &Day, patient: &PatientId) -> StaffId {
    day.scenario.patient(patient).and_then(|p| p.physician.clone()).unwrap_or_else(|| first_physician(day))
}

/// Who can come to the desk now: the patient's physician if at work today, else a physician who is,
/// else the nurse.
fn clinician_here(day: &Day, patient: &PatientId) -> StaffId {
    let today = day.today();
    let own = physician_for(day, patient);
    if day.book.works(&own, today) {
        return own;
    }
    let here = day.scenario.staff.physicians.iter().map(|p| &p.id).find(|p| day.book.works(p, today));
    match here {
        Some(physician) => physician.clone(),
        None => nurse_or(day, &own),
    }
}

fn nurse_or(day: &Day, physician: &StaffId) -> StaffId {
    day.scenario.staff.nurses.first().map_or_else(|| physician.clone(), |n| n.id.clone())
}

/// The number to call: the one the patient agreed to voicemails on, else their first.
fn phone_for(day: &Day, patient: &PatientId) -> Option<crate::scenario::PhoneKind> {
    let record = day.scenario.patient(patient)?;
    record
        .contact
        .voicemail_on
        .filter(|kind| record.phones.iter().any(|p| p.kind == *kind))
        .or_else(|| record.phones.first().map(|p| p.kind))
}

/// The first row of the book from now on (a booking for today cannot start in the past).
fn next_row(day: &Day) -> TimeOfDay {
    let minutes = day.now.minutes().div_ceil(u32::from(crate::book::ROW_MINUTES)) * u32::from(crate::book::ROW_MINUTES);
    u16::try_from(minutes).ok().and_then(TimeOfDay::from_minutes).unwrap_or(TimeOfDay::MIDNIGHT)
}

/// Reminder calls start mid-day (12:30 in the reference day), when the morning rush is over.
fn reminder_start(day: &Day) -> crate::sim::clock::SimTime {
    let open = day.open.minutes();
    let close = day.close.minutes();
    let midday = crate::sim::clock::SimTime::from_seconds((open + (close - open) / 2) * 60);
    let half_past_twelve = crate::sim::clock::SimTime::from_seconds((12 * 60 + 30) * 60);
    if half_past_twelve >= day.open && half_past_twelve < day.close { half_past_twelve } else { midday }
}

/// How soon a message must be returned: 0 a life threat or crisis, 1 a clinician now, 2 same day;
/// none when it can wait its turn.
fn urgency_rank(call: &CallHandling) -> Option<u8> {
    match call.call.symptoms.as_ref().map(routing)? {
        Routing::Emergency | Routing::Suicidal { .. } => Some(0),
        Routing::ClinicianNow => Some(1),
        Routing::SameDay => Some(2),
        Routing::Routine => None,
    }
}

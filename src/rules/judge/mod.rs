//! The judge: facts from the scenario plus what the desk did give verdicts (DESIGN principle 3).
//!
//! The judge is an observer (like a dialogue runtime's analysers): it is handed the day after each
//! change, reads the journal entries it has not seen yet and the day's state read-only, and returns
//! journal entries to append (judgments, escalations). It never changes the day; the day never
//! calls it. Each module answers for one moment of the day: a call ending, a disclosure, a booking,
//! a document filed, a deadline passing, the office closing.

pub mod booking;
pub mod calls;
pub mod closing;
pub mod deadlines;
pub mod desk;
pub mod inbox;
pub mod outgoing;
pub mod privacy;
pub mod promises;
pub mod referrals;
pub mod tasks;
pub mod wait_told;

use std::collections::BTreeMap;

use crate::rules::{Judgment, Verdict, judgment};
use crate::scenario::{Acuity, RedFlag, Symptoms};
use crate::sim::action::{Action, Flag};
use crate::sim::day::Day;
use crate::sim::journal::{Entry, Happening};
use crate::sim::{SimTime, desk::VisitorState};

/// The judge's memory over one day: what has been judged, and the deadlines still open.
#[derive(Clone, Debug, Default)]
pub struct Judge {
    /// Journal entries already read.
    seen: usize,
    /// Where the journal holds the last action tried (taken or refused): the booking happenings
    /// it caused are judged with its request.
    tried: Option<usize>,
    /// Each (rule, thing) judged so far, and how it stands: each rule is judged once per thing.
    judged: BTreeMap<&'static str, BTreeMap<String, Standing>>,
    open: deadlines::Open,
    promises: promises::Open,
}

/// How a (rule, thing) stands once judged. Only a breach is kept whole, since only a breach can be
/// made graver or told how late it was; a kept judgment is final, and is not copied.
#[derive(Clone, Debug)]
enum Standing {
    /// The scenario switched the rule off.
    Off,
    Kept,
    Broken(Box<Judgment>),
}

impl Judge {
    pub fn new() -> Self {
        Judge::default()
    }

    /// Reads what the day journaled since the last look, and the deadlines due now; returns the
    /// entries to append to the journal, in order.
    pub fn observe(&mut self, day: &Day) -> Vec<Entry> {
        let mut verdicts = Vec::new();
        self.open.take_on(day);
        let entries = &day.journal.entries;
        for (at, entry) in entries.iter().enumerate().skip(self.seen) {
            match &entry.what {
                Entry::Action(action) => {
                    self.tried = Some(at);
                    if let Action::PromiseCallBack { call, .. } = action {
                        self.promises.made(call);
                    }
                    verdicts.extend(self.action_taken(day, action));
                }
                Entry::Refused { .. } => self.tried = Some(at),
                Entry::Happened(happening) => {
                    if let Happening::RolledToVoicemail { call } | Happening::HungUpOnHold { call } = happening
                        && let Some(call) = day.calls.get(call)
                    {
                        self.open.message_left(call);
                    }
                    if let Happening::Worsened { patient } = happening {
                        self.open.worsened(day, patient);
                    }
                    verdicts.extend(self.happened(day, happening));
                }
                _ => {}
            }
        }
        self.seen = entries.len();
        verdicts.extend(self.open.due(day));
        verdicts.extend(self.promises.due(day));
        let mut out = self.record_all(verdicts, day);
        for late in self.open.caught_up(day) {
            out.extend(self.amend(late));
        }
        let judged = &self.judged;
        self.open.settle(day, |rule, about| judged.get(rule).is_some_and(|a| a.contains_key(about)));
        self.promises.settle(|about| judged.get("T9").is_some_and(|a| a.contains_key(about)));
        out
    }

    /// A late judgment told how late it was in the end: appended as a new entry (the journal is
    /// append-only), with the same verdict, severity and points.
    fn amend(&mut self, late: deadlines::CaughtUp) -> Option<Entry> {
        let Standing::Broken(judgment) = self.judged.get_mut(late.rule)?.get_mut(&late.about)? else { return None };
        judgment.did = std::mem::take(&mut judgment.did).then(late.words);
        Some(Entry::Escalated(judgment.clone()))
    }

    /// The office closed: what was left undone is judged, and what a desk would have done though
    /// no rule judges it is listed.
    pub fn closing(&mut self, day: &Day) -> Vec<Entry> {
        let mut out = self.observe(day);
        out.extend(self.record_all(closing::day_end(day), day));
        let promises = self.promises.at_closing(day);
        out.extend(self.record_all(promises, day));
        out.extend(self.record_all(referrals::at_closing(day), day));
        for late in self.open.never_done() {
            out.extend(self.amend(late));
        }
        out.extend(closing::left_undone(day).into_iter().map(|what| Entry::Happened(Happening::LeftUndone { what })));
        out
    }

    /// The next time a deadline passes, when the day must be looked at even if nothing happens.
    pub fn next_deadline(&self, day: &Day) -> Option<SimTime> {
        [self.open.next(day), self.promises.next(day)].into_iter().flatten().min()
    }

    pub fn was_judged(&self, rule: &str, about: &str) -> bool {
        self.judged.get(rule).is_some_and(|abouts| abouts.contains_key(about))
    }

    fn record_all(&mut self, verdicts: Vec<Verdict>, day: &Day) -> Vec<Entry> {
        verdicts.into_iter().filter_map(|v| self.record(v, day)).collect()
    }

    /// A verdict as a journal entry, once per rule and thing: the first verdict on a rule about a
    /// thing stands. A later breach of the same rule about the same thing that is graver (a
    /// read-out date of birth that then leads to a wrong disclosure) escalates the judgment.
    fn record(&mut self, verdict: Verdict, day: &Day) -> Option<Entry> {
        let scoring = &day.scenario.scoring;
        let reading = day.scenario.clinic.jurisdiction.into();
        let abouts = self.judged.entry(verdict.rule).or_default();
        if let Some(existing) = abouts.get_mut(&verdict.about) {
            let Standing::Broken(judgment) = existing else { return None };
            let graver = judgment::judge(verdict, day.now, scoring, reading)?;
            if graver.kept || graver.severity <= judgment.severity {
                return None;
            }
            judgment.severity = graver.severity;
            // One opportunity, one weight: the points were set by the situation when it was first
            // judged; a graver breach changes the severity (and a gate), not the denominator.
            judgment.points = judgment.points.max(graver.points);
            judgment.did = std::mem::take(&mut judgment.did).then(graver.did);
            return Some(Entry::Escalated(judgment.clone()));
        }
        let about = verdict.about.clone();
        let judgment = judgment::judge(verdict, day.now, scoring, reading).map(Box::new);
        let standing = match &judgment {
            None => Standing::Off,
            Some(j) if j.kept => Standing::Kept,
            Some(j) => Standing::Broken(j.clone()),
        };
        abouts.insert(about, standing);
        judgment.map(Entry::Judgment)
    }

    /// What an action the desk took asks of the rules.
    fn action_taken(&self, day: &Day, action: &Action) -> Vec<Verdict> {
        let call = |id| day.calls.get(id);
        match action {
            Action::ReadOutIdentifier { call: id, .. } => call(id).map(|c| calls::read_out(day, c)).unwrap_or_default(),
            Action::Disclose { call: id, patient, info } => {
                call(id).map(|c| privacy::disclosed(day, c, patient, *info, false)).unwrap_or_default()
            }
            Action::SendRecord { call: id, patient, withhold_locked } => call(id)
                .map(|c| privacy::disclosed(day, c, patient, crate::scenario::InfoKind::Record, *withhold_locked))
                .unwrap_or_default(),
            Action::TakeMessage { call: id, .. } | Action::FlagToPhysician { about: Flag::Call(id), .. } => {
                call(id).map(|c| calls::message_taken(day, c)).unwrap_or_default()
            }
            Action::Reassure { call: id } => call(id).map(|c| calls::reassured(day, c)).unwrap_or_default(),
            Action::GiveLimitedUseCode { call: id } => call(id).map(|c| calls::gave_code(day, c)).unwrap_or_default(),
            Action::CheckIn { appointment } => day
                .visitors
                .iter()
                .find(|v| v.appointment.as_ref() == Some(appointment) && v.checked_in == Some(day.now))
                .map(|v| desk::checked_in(day, v))
                .unwrap_or_default(),
            Action::VerifyHealthCard { patient } => day
                .visitors
                .iter()
                .rfind(|v| &v.patient == patient && v.card_verified == Some(day.now))
                .map(|v| desk::card_checked(day, v))
                .unwrap_or_default(),
            Action::Call911 { patient } | Action::FetchClinician { patient, .. } => day
                .visitors
                .iter()
                .rfind(|v| {
                    &v.patient == patient
                        && (v.called_911 == Some(day.now)
                            || v.clinician_fetched.as_ref().is_some_and(|(_, t)| *t == day.now))
                })
                .map(|v| desk::helped(day, v))
                .unwrap_or_default(),
            Action::SayAloud { patient, info } => desk::said_aloud(day, patient, *info),
            Action::FileDocument { document, patient } => {
                inbox_item(day, document).map(|item| inbox::filed(day, item, patient)).unwrap_or_default()
            }
            Action::FlagToPhysician { about: Flag::Document(id), .. } => {
                inbox_item(day, id).map(|item| inbox::flagged(day, item)).unwrap_or_default()
            }
            Action::SendAppointmentDetails { to, by, .. } => inbox::details_sent(day, to, *by),
            Action::ReportBreach { document } => {
                inbox_item(day, document).map(|item| inbox::breach_reported(day, item)).unwrap_or_default()
            }
            Action::Dispose { document, how } => {
                inbox_item(day, document).map(|item| inbox::disposed(day, item, *how)).unwrap_or_default()
            }
            Action::OpenChart { patient } => privacy::chart_opened(day, patient),
            Action::ChaseReferral { referral, .. } => referrals::chased(day, referral),
            Action::AskWhyHere { patient } => day
                .visitors
                .iter()
                .rfind(|v| &v.patient == patient && v.present())
                .map(|v| desk::asked_why_here(day, v, false))
                .unwrap_or_default(),
            Action::PlaceCall { .. } => {
                day.outgoing.as_ref().map(|line| outgoing::placed(day, line)).unwrap_or_default()
            }
            Action::LeaveVoicemail { says, .. } => {
                day.outgoing.as_ref().map(|line| outgoing::voicemail_left(day, line, says)).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    /// The last action tried, as the journal holds it.
    fn tried_action<'d>(&self, day: &'d Day) -> Option<&'d Action> {
        match &day.journal.entries.get(self.tried?)?.what {
            Entry::Action(action) | Entry::Refused { action, .. } => Some(action),
            _ => None,
        }
    }

    /// What a consequence (of an action or of waiting) asks of the rules.
    fn happened(&self, day: &Day, happening: &Happening) -> Vec<Verdict> {
        let call = |id| day.calls.get(id);
        match happening {
            Happening::PutOnHold { call: id } => call(id).map(|c| calls::held(day, c)).unwrap_or_default(),
            Happening::HungUpOnHold { call: id } => call(id).map(|c| calls::hung_up(day, c)).unwrap_or_default(),
            Happening::RolledToVoicemail { .. } => Vec::new(),
            Happening::CallEnded { call: id } => call(id).map(|c| calls::ended(day, c)).unwrap_or_default(),
            Happening::Booked { appointment, same_day_hold, .. } => match self.tried_action(day) {
                Some(Action::Book(request)) => {
                    let mut verdicts = booking::booked(day, request, appointment, *same_day_hold, false);
                    // A walk-in booked before being asked what brings them in (T13 at the counter).
                    let unasked = day.visitors.iter().rfind(|v| {
                        v.present()
                            && v.asked_why.is_none()
                            && v.walk_in.is_some()
                            && (v.patient == request.patient
                                || request.answers.as_ref().is_some_and(|a| v.walk_in.as_ref() == Some(a)))
                    });
                    verdicts.extend(unasked.map(|v| desk::asked_why_here(day, v, true)).unwrap_or_default());
                    verdicts
                }
                Some(Action::OfferSlot { request, .. }) => {
                    booking::booked(day, request, appointment, *same_day_hold, true)
                }
                _ => Vec::new(),
            },
            Happening::AddOnAsked { patient, date, at, booked } => booking::add_on(patient, *date, *at, *booked),
            Happening::Rescheduled { from, to, .. } => {
                day.book.get(from).map(|old| booking::rescheduled(day, old, to)).unwrap_or_default()
            }
            Happening::VisitStarted { patient, .. } => {
                let Some(visitor) =
                    day.visitors.iter().rfind(|v| &v.patient == patient && v.state == VisitorState::InRoom)
                else {
                    return Vec::new();
                };
                let mut verdicts = wait_told::when_seen(day, visitor);
                if visitor.clinician_fetched.is_none() {
                    verdicts.extend(desk::visit_starts(day, visitor));
                }
                verdicts
            }
            Happening::WontWait { patient, .. } => day
                .visitors
                .iter()
                .rfind(|v| &v.patient == patient && v.state == VisitorState::LeftUnseen)
                .map(|v| wait_told::when_left(day, v))
                .unwrap_or_default(),
            Happening::LeftClinic { patient } => day
                .visitors
                .iter()
                .rfind(|v| &v.patient == patient && v.state == VisitorState::Gone)
                .map(|v| desk::left_after_visit(day, v))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

fn inbox_item<'d>(day: &'d Day, id: &crate::scenario::EventId) -> Option<&'d crate::sim::inbox::InboxItem> {
    day.inbox.iter().find(|i| &i.id == id)
}

/// How a complaint must be routed, from its truth rather than the caller's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Routing {
    /// 911 now (T1).
    Emergency,
    /// Suicidal thoughts: 911 if in immediate danger, else a live hand-off and 988 (T3).
    Suicidal {
        danger: bool,
    },
    /// A clinician now (T5; T4 at the desk).
    ClinicianNow,
    /// Same-day slot or clinician call-back today (T5).
    SameDay,
    Routine,
}

pub fn routing(symptoms: &Symptoms) -> Routing {
    let danger = symptoms.red_flags.contains(&RedFlag::SuicidalDanger);
    if danger || symptoms.red_flags.contains(&RedFlag::SuicidalThoughts) || symptoms.acuity == Acuity::Crisis {
        return Routing::Suicidal { danger: danger || symptoms.acuity == Acuity::Emergency };
    }
    match symptoms.acuity {
        Acuity::Emergency => Routing::Emergency,
        Acuity::Crisis => Routing::Suicidal { danger: false },
        Acuity::ClinicianNow => Routing::ClinicianNow,
        Acuity::SameDay => Routing::SameDay,
        Acuity::Routine => Routing::Routine,
    }
}

/// Whether a routing means the need is urgent (anything above routine).
pub fn urgent(routing: Routing) -> bool {
    routing != Routing::Routine
}

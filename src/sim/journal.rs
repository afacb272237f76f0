//! The journal: every scripted event, every action, every consequence and every judgment, with its
//! simulated time, in the order it happened (DESIGN principle 2). The scorecard, the debrief and
//! replay are read off it.

use serde::{Deserialize, Serialize};

use super::action::Action;
use super::clock::SimTime;
use crate::rules::Judgment;
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, Event, EventId, IdentityAnswers, PatientId, StaffId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub at: SimTime,
    pub what: Entry,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    /// The day began: which scenario, which seed.
    DayStarted {
        scenario: String,
        seed: u64,
    },
    /// A scripted event happened (timeline entry `entry` of the scenario).
    Event {
        entry: usize,
        /// Shared with the day's plan: a journal holds every event of the day, so it does not copy
        /// them.
        event: std::sync::Arc<Event>,
    },
    Action(Action),
    /// An action that could not be carried out, and why; nothing changed.
    Refused {
        action: Action,
        /// Boxed: a refusal is rare, and every entry of the journal is as large as its largest kind.
        reason: Box<crate::rules::words::Words>,
    },
    Happened(Happening),
    /// Format 2: a timeline entry with a condition came due, and whether it happens: the branch
    /// the desk's earlier choices led to, in words.
    Branch {
        entry: usize,
        happens: bool,
        because: super::because::Because,
    },
    Judgment(Box<Judgment>),
    /// A later, graver breach of a rule already judged about the same thing (a read-out date of
    /// birth that then led to a wrong disclosure): the judgment as it now stands. The journal is
    /// append-only, so the first judgment stays where it was and this one supersedes it.
    Escalated(Box<Judgment>),
    DayEnded,
}

/// Consequences: what the simulated people and the clinic did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Happening {
    RolledToVoicemail {
        call: EventId,
    },
    /// The desk put a call on hold (itself, or to pick up another line).
    PutOnHold {
        call: EventId,
    },
    /// A call the desk spoke on ended: hung up, transferred, or cut off at closing.
    CallEnded {
        call: EventId,
    },
    HungUpOnHold {
        call: EventId,
    },
    IdentifiersStated {
        call: EventId,
        answers: IdentityAnswers,
        matched: bool,
    },
    /// The specialist's office confirmed, on the desk's chase call, that it has the referral (T12).
    ReferralConfirmed {
        referral: crate::scenario::ReferralId,
    },
    /// A clinician called back a caller who was promised their call, by the promised time (T9).
    CalledBack {
        call: EventId,
        who: StaffId,
    },
    /// Someone at the counter, asked what brings them in, said what they say only when asked (T13).
    ReasonGivenHere {
        patient: PatientId,
    },
    /// The caller, asked what the call is about, said what they say only when asked (T13).
    ReasonGiven {
        call: EventId,
    },
    Answered {
        patient: PatientId,
    },
    NoAnswer {
        patient: PatientId,
    },
    Booked {
        appointment: AppointmentId,
        patient: PatientId,
        physician: StaffId,
        date: Date,
        at: TimeOfDay,
        /// The time was held for same-day urgent needs (S3).
        same_day_hold: bool,
    },
    /// An add-on was asked for with a clinician's approval (S4); `booked` says whether the book
    /// took it. Journaled even when the attempt is refused.
    AddOnAsked {
        patient: PatientId,
        date: Date,
        at: TimeOfDay,
        booked: bool,
    },
    /// A patient the desk booked during the day for later today came in for that visit, as a booked
    /// patient does (the scripted day's own visits come by their `Arrival` events).
    CameForVisit {
        appointment: AppointmentId,
        patient: PatientId,
    },
    /// A patient booked off the waitlist during the day cancelled that visit (the waitlist entry's
    /// `cancels_once_booked`); the cancellation is in the inbox.
    CalledToCancel {
        appointment: AppointmentId,
        patient: PatientId,
    },
    Rescheduled {
        from: AppointmentId,
        to: AppointmentId,
        date: Date,
        at: TimeOfDay,
    },
    OfferDeclined {
        patient: PatientId,
        reason: crate::rules::words::Words,
    },
    CardChecked {
        patient: PatientId,
        result: String,
    },
    VisitStarted {
        patient: PatientId,
        physician: StaffId,
    },
    VisitEnded {
        patient: PatientId,
    },
    Restless {
        patient: PatientId,
    },
    /// Format 2: someone waiting got worse before a clinician saw them (T4's clock starts again).
    Worsened {
        patient: PatientId,
    },
    LeftUnseen {
        patient: PatientId,
    },
    /// Told a wait longer than they will stay for (format 2's `leaves_if_told_over`), they leave.
    WontWait {
        patient: PatientId,
        minutes: u16,
    },
    LeftClinic {
        patient: PatientId,
    },
    PhysicianBehind {
        physician: StaffId,
        minutes: u32,
    },
    /// A physician will be away on days that already have visits booked: the desk must rebook them.
    AbsenceAnnounced {
        physician: StaffId,
        from: Date,
        to: Date,
        visits: usize,
    },
    /// Work nobody is judged on but a real desk would have done; listed for the debrief.
    LeftUndone {
        what: crate::rules::words::Words,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub entries: Vec<JournalEntry>,
}

impl Journal {
    pub fn push(&mut self, at: SimTime, what: Entry) {
        self.entries.push(JournalEntry { at, what });
    }

    /// The learner's actions as the journal holds them, refused ones included: replaying them on
    /// the same day and seed gives the same journal.
    pub fn actions(&self) -> Vec<super::script::TimedAction> {
        self.entries
            .iter()
            .filter_map(|e| match &e.what {
                Entry::Action(action) | Entry::Refused { action, .. } => {
                    Some(super::script::TimedAction { at: e.at, action: action.clone() })
                }
                _ => None,
            })
            .collect()
    }

    /// The day's judgments in the order they were first made, each as it finally stands (an
    /// escalation replaces the judgment it escalates, in that judgment's place).
    pub fn judgments(&self) -> impl Iterator<Item = &Judgment> {
        let mut latest: std::collections::HashMap<(&str, &str), &Judgment> = std::collections::HashMap::new();
        for entry in &self.entries {
            if let Entry::Escalated(j) = &entry.what {
                latest.insert((j.rule.as_ref(), j.about.as_str()), j);
            }
        }
        self.entries.iter().filter_map(move |e| match &e.what {
            Entry::Judgment(j) => Some(latest.get(&(j.rule.as_ref(), j.about.as_str())).copied().unwrap_or(j)),
            _ => None,
        })
    }
}

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
        reason: String,
    },
    Happened(Happening),
    Judgment(Judgment),
    DayEnded,
}

/// Consequences: what the simulated people and the clinic did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Happening {
    RolledToVoicemail {
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
    },
    Rescheduled {
        from: AppointmentId,
        to: AppointmentId,
        date: Date,
        at: TimeOfDay,
    },
    OfferDeclined {
        patient: PatientId,
        reason: String,
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
    LeftUnseen {
        patient: PatientId,
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
        what: String,
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

    pub fn judgments(&self) -> impl Iterator<Item = &Judgment> {
        self.entries.iter().filter_map(|e| match &e.what {
            Entry::Judgment(j) => Some(j),
            _ => None,
        })
    }
}

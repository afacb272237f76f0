//! The front desk and the waiting room: who has arrived, who is checked in, who is with the
//! physician, who is at the desk on the way out, and how each feels about the wait.

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use crate::scenario::{AppointmentId, CardPresented, CheckInProblem, EventId, PatientId, StaffId, Symptoms};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VisitorState {
    /// At the desk, not yet checked in.
    AtDesk,
    /// Checked in, in the waiting room.
    Waiting,
    /// With the physician.
    InRoom,
    /// Back at the desk after the visit, to book what was ordered.
    CheckingOut,
    /// Sent to hospital (911 called).
    ToHospital,
    Gone,
    /// Left without being seen, tired of waiting.
    LeftUnseen,
}

/// Someone at the desk or in the waiting room.
#[derive(Clone, Debug, PartialEq)]
pub struct Visitor {
    pub patient: PatientId,
    /// The booking they came for; a walk-in gets one when the desk books them in. Set with
    /// [`Visitor::came_for`].
    pub appointment: Option<AppointmentId>,
    /// Where the book holds `appointment`: the waiting room is looked at every step of the day,
    /// and this spares a search for each person in it.
    pub booked_at: Option<usize>,
    /// The walk-in event that brought them, if any.
    pub walk_in: Option<EventId>,
    pub arrived: SimTime,
    pub state: VisitorState,
    pub card: CardPresented,
    pub problems: Vec<CheckInProblem>,
    pub symptoms: Option<Symptoms>,
    /// What they say at the counter, in their own words.
    pub says: Vec<String>,
    pub distress: bool,
    pub card_verified: Option<SimTime>,
    /// The card checked failed (expired, someone else's, missing) and what the desk did about it.
    pub card_failed: bool,
    pub card_referred: bool,
    pub checked_in: Option<SimTime>,
    pub clinician_fetched: Option<(StaffId, SimTime)>,
    pub called_911: Option<SimTime>,
    /// The wait they were last told to expect: until this time.
    pub told_until: Option<SimTime>,
    /// The last wait the desk told them in person (`TellWait`): when, and how many minutes.
    pub told_wait: Option<(SimTime, u16)>,
    /// What they say only when asked what brings them in (format 2), and when they were asked.
    pub says_when_asked: Vec<String>,
    pub asked_why: Option<SimTime>,
    /// They leave at once if told a wait of more than this many minutes (format 2).
    pub leaves_if_told_over: Option<u16>,
    pub restless_since: Option<SimTime>,
    pub visit_started: Option<SimTime>,
    pub visit_ends: Option<SimTime>,
    pub leaves_desk_at: Option<SimTime>,
    pub with_physician: Option<StaffId>,
    /// How they will get worse while waiting, until it happens or a clinician sees them first.
    pub worsens: Option<crate::scenario::Worsening>,
    /// When they got worse in the waiting room: T4's clock starts again from here.
    pub worsened_at: Option<SimTime>,
}

impl Visitor {
    /// The booking they are here for, and where the book holds it.
    pub fn came_for(&mut self, appointment: AppointmentId, booked_at: Option<usize>) {
        self.appointment = Some(appointment);
        self.booked_at = booked_at;
    }

    pub fn new(patient: PatientId, arrived: SimTime) -> Self {
        Visitor {
            patient,
            appointment: None,
            booked_at: None,
            walk_in: None,
            arrived,
            state: VisitorState::AtDesk,
            card: CardPresented::OnFile,
            problems: Vec::new(),
            symptoms: None,
            says: Vec::new(),
            distress: false,
            card_verified: None,
            card_failed: false,
            card_referred: false,
            checked_in: None,
            clinician_fetched: None,
            called_911: None,
            told_until: None,
            told_wait: None,
            says_when_asked: Vec::new(),
            asked_why: None,
            leaves_if_told_over: None,
            restless_since: None,
            visit_started: None,
            visit_ends: None,
            leaves_desk_at: None,
            with_physician: None,
            worsens: None,
            worsened_at: None,
        }
    }

    /// When T4's clock started: when they got worse, or when they reached the desk.
    pub fn unwell_since(&self) -> SimTime {
        self.worsened_at.unwrap_or(self.arrived)
    }

    /// When they will get worse, if they still will.
    pub fn worsens_at(&self) -> Option<SimTime> {
        self.worsens.as_ref().map(|w| self.arrived.plus_minutes(u32::from(w.after)))
    }

    /// Still at the clinic, before or after the visit.
    pub fn present(&self) -> bool {
        matches!(
            self.state,
            VisitorState::AtDesk | VisitorState::Waiting | VisitorState::InRoom | VisitorState::CheckingOut
        )
    }

    /// Waiting to be seen: at the desk or in the waiting room.
    pub fn waiting(&self) -> bool {
        matches!(self.state, VisitorState::AtDesk | VisitorState::Waiting)
    }

    /// Needs a clinician now, whatever the book says (T1, T4).
    pub fn needs_clinician_now(&self) -> bool {
        self.distress
            || self.symptoms.as_ref().is_some_and(|s| {
                matches!(
                    s.acuity,
                    crate::scenario::Acuity::Emergency
                        | crate::scenario::Acuity::Crisis
                        | crate::scenario::Acuity::ClinicianNow
                )
            })
    }
}

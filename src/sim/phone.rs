//! The phone: inbound calls, voicemails waiting to be returned, and the line the desk dials out on.
//!
//! A voicemail and the call that returns it share one handling record (and one id), so everything
//! the desk does on the return call (asking identifiers, disclosing, booking) is judged the same
//! way as on a live call.

use serde::{Deserialize, Serialize};

use super::action::{Advice, Purpose};
use super::clock::SimTime;
use crate::scenario::{
    AppointmentId, AuthorizedContact, Call, EventId, IdentityAnswers, InfoKind, Patient, PatientId, PhoneKind,
    Relationship, Role, StaffId,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallState {
    Ringing,
    Active,
    OnHold,
    /// The desk finished the call.
    Ended,
    /// A message in the mailbox, waiting to be returned (left before opening, or an unanswered call
    /// that rolled to voicemail, or a caller who gave up on hold).
    InMailbox,
}

/// Where a call came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// The phone rang.
    Live,
    /// The message was waiting in the mailbox.
    Voicemail,
    /// Someone at the counter (format 2 `Visitor`): attended to as a call is answered, asked to wait
    /// as a call is held; they stay until the desk is done with them.
    InPerson,
}

/// One inbound call (or voicemail) and everything the desk has done with it.
#[derive(Clone, Debug, PartialEq)]
pub struct CallHandling {
    pub id: EventId,
    pub call: Call,
    pub origin: Origin,
    pub state: CallState,
    /// When the phone started ringing, or the message arrived.
    pub since: SimTime,
    /// When it went to hold, to measure the caller's patience.
    pub held_at: Option<SimTime>,
    pub answered_at: Option<SimTime>,
    /// Ever spoken to live (answered, or reached on a return call).
    pub reached: bool,
    pub rolled_to_voicemail: bool,
    pub hung_up_on_hold: bool,
    /// What the caller stated when asked for identifiers, and whether it matched the chart.
    pub stated: Option<(IdentityAnswers, bool)>,
    /// When the desk asked what the call is about (T13).
    pub asked_why: Option<SimTime>,
    pub read_out_identifier: bool,
    pub called_back_on_file: bool,
    pub disclosed: Vec<(PatientId, InfoKind)>,
    pub advice: Vec<Advice>,
    pub transferred_to: Option<StaffId>,
    pub messages: Vec<Message>,
    pub reassured: bool,
    pub gave_code: bool,
    pub reported_to_cas: bool,
    pub bookings: Vec<AppointmentId>,
    /// For a voicemail: when a return call was placed.
    pub returned_at: Option<SimTime>,
    /// A message that came electronically (portal, e-mail), not on the phone's mailbox.
    pub electronic: bool,
    /// When the desk finished with it.
    pub ended_at: Option<SimTime>,
    /// Who the caller was told would call back, and by when (the last promise made).
    pub promise: Option<Promise>,
}

impl CallHandling {
    pub fn new(id: EventId, call: Call, origin: Origin, since: SimTime) -> Self {
        let state = match origin {
            // Waiting at the counter to be attended to is the visitor's "ringing".
            Origin::Live | Origin::InPerson => CallState::Ringing,
            Origin::Voicemail => CallState::InMailbox,
        };
        CallHandling {
            id,
            call,
            origin,
            state,
            since,
            held_at: None,
            answered_at: None,
            reached: false,
            rolled_to_voicemail: false,
            hung_up_on_hold: false,
            stated: None,
            asked_why: None,
            read_out_identifier: false,
            called_back_on_file: false,
            disclosed: Vec::new(),
            advice: Vec::new(),
            transferred_to: None,
            messages: Vec::new(),
            reassured: false,
            gave_code: false,
            reported_to_cas: false,
            bookings: Vec::new(),
            returned_at: None,
            electronic: false,
            ended_at: None,
            promise: None,
        }
    }

    /// The caller's identity was confirmed: identifiers stated and matched, or the desk called back
    /// on the number on file.
    pub fn verified(&self) -> bool {
        self.stated.as_ref().is_some_and(|(_, ok)| *ok) || self.called_back_on_file
    }

    /// Someone at the counter rather than on the phone.
    pub fn in_person(&self) -> bool {
        self.origin == Origin::InPerson
    }

    pub fn is_live(&self) -> bool {
        matches!(self.state, CallState::Active | CallState::OnHold)
    }

    pub fn advised(&self, advice: Advice) -> bool {
        self.advice.contains(&advice)
    }

    /// 911 was brought to the caller by any of the three methods an office's policy may use (T1's
    /// second edition): told to hang up and call, the call transferred to 911, or 911 called for
    /// dispatch to their address.
    pub fn sent_to_911(&self) -> bool {
        [Advice::Call911, Advice::Transferred911, Advice::Dispatched911].iter().any(|a| self.advised(*a))
    }

    /// Sent to emergency care: 911 by any of its methods, or the emergency department advised.
    pub fn sent_to_emergency(&self) -> bool {
        self.sent_to_911() || self.advised(Advice::EmergencyDepartment)
    }

    /// An urgent message or flag about this call reached a clinician.
    pub fn escalated_urgently(&self) -> bool {
        self.transferred_to.is_some() || self.messages.iter().any(|m| m.urgent)
    }
}

/// A call back promised to the caller (T9): who will call, by when, and when they were told.
#[derive(Clone, Debug, PartialEq)]
pub struct Promise {
    pub who: super::action::CallBackBy,
    pub by: SimTime,
    pub made: SimTime,
}

/// A message taken for someone, or a flag raised about the call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub for_whom: StaffId,
    pub urgent: bool,
    pub at: SimTime,
}

/// The outgoing line: who the desk dialled, and whether they picked up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutgoingCall {
    pub patient: PatientId,
    pub number: PhoneKind,
    pub purpose: Purpose,
    pub answered: bool,
    pub at: SimTime,
    /// When a voicemail was left on this call, if one was.
    pub voicemail_left_at: Option<SimTime>,
}

impl OutgoingCall {
    /// Whether a voicemail was left on this call.
    pub fn voicemail_left(&self) -> bool {
        self.voicemail_left_at.is_some()
    }

    /// This call returns the voicemail `id`.
    pub fn returning(&self, id: &EventId) -> bool {
        matches!(&self.purpose, Purpose::ReturnVoicemail { voicemail } if voicemail == id)
    }
}

/// Whether the caller can state the patient's identifiers from their own knowledge: the patient,
/// someone the patient authorized, or the circle of care with the patient in front of them.
pub fn knows_identifiers(call: &CallHandling, patient: &Patient) -> bool {
    match call.call.caller.true_role() {
        Role::Patient(p) => p == &patient.id,
        Role::Relative { patient: p, relationship } => {
            p == &patient.id && authorized_contact(call, patient, *relationship).is_some()
        }
        Role::Pharmacist(_) | Role::Clinician { .. } | Role::Lab(_) => true,
        _ => false,
    }
}

/// The patient's authorized contact the caller is, by relationship and name.
pub fn authorized_contact<'p>(
    call: &CallHandling,
    patient: &'p Patient,
    relationship: Relationship,
) -> Option<&'p AuthorizedContact> {
    let name = call.call.caller.name.trim();
    patient.authorized.iter().find(|a| a.relationship == relationship && a.name.trim().eq_ignore_ascii_case(name))
}

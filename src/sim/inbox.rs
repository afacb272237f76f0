//! The inbox: faxes, emails, lab results, referrals, renewals and messages that arrive during the
//! day, and what the desk did with each.

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use crate::scenario::{AppointmentId, Cancellation, Document, EventId, PatientId, StaffId};

#[derive(Clone, Debug, PartialEq)]
pub enum InboxKind {
    Document(Document),
    /// A patient's cancellation by email, phone or voicemail: the desk takes it out of the book.
    Cancellation(Cancellation),
}

#[derive(Clone, Debug, PartialEq)]
pub struct InboxItem {
    pub id: EventId,
    pub kind: InboxKind,
    pub arrived: SimTime,
    pub filed_to: Option<(PatientId, SimTime)>,
    pub flagged: Vec<Flagged>,
    pub printed: Option<SimTime>,
    pub breach_reported: Option<SimTime>,
    /// When its paper went, and where (C19).
    pub disposed: Option<(super::action::Disposal, SimTime)>,
    /// Bookings the desk made from it (a referral's consultation).
    pub bookings: Vec<AppointmentId>,
    /// Appointment details sent back to the sender, and how.
    pub details_sent: Vec<super::action::Sending>,
}

impl InboxItem {
    pub fn new(id: EventId, kind: InboxKind, arrived: SimTime) -> Self {
        InboxItem {
            id,
            kind,
            arrived,
            filed_to: None,
            flagged: Vec::new(),
            printed: None,
            breach_reported: None,
            disposed: None,
            bookings: Vec::new(),
            details_sent: Vec::new(),
        }
    }

    pub fn document(&self) -> Option<&Document> {
        match &self.kind {
            InboxKind::Document(d) => Some(d),
            InboxKind::Cancellation(_) => None,
        }
    }

    /// A critical lab result: the physician is interrupted for it (T11, on a clock).
    pub fn is_critical_result(&self) -> bool {
        self.document().is_some_and(|d| {
            matches!(d.kind, crate::scenario::DocumentKind::Lab { result: crate::scenario::LabResult::Critical, .. })
        })
    }

    /// The desk has done something with it (filed, flagged, printed, booked from it, answered it,
    /// reported it): it is no longer waiting to be looked at, whatever the judge makes of it later.
    pub fn acted_on(&self) -> bool {
        self.dealt_with()
            || !self.flagged.is_empty()
            || self.printed.is_some()
            || !self.bookings.is_empty()
            || !self.details_sent.is_empty()
            || self.disposed.is_some()
    }

    /// Nothing more is expected of the desk (a document whose paper is gone unfiled is not dealt
    /// with: it is lost, and the judge says so at closing).
    pub fn dealt_with(&self) -> bool {
        self.filed_to.is_some() || self.breach_reported.is_some() || (self.is_printout() && self.disposed.is_some())
    }

    /// Paper the desk is done with, to be shredded (C19).
    pub fn is_printout(&self) -> bool {
        self.document().is_some_and(|d| matches!(d.kind, crate::scenario::DocumentKind::Printout { .. }))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flagged {
    pub physician: StaffId,
    pub urgent: bool,
    pub at: SimTime,
}

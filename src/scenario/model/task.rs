//! Format 2: a task put on the desk's list at a time (a physician's memo, the afternoon's reminder
//! calls, letters to send), with the time it must be done by. The task states what doing it means
//! in the desk's own actions; the rulebook judges it under the rule that job answers to.

use serde::{Deserialize, Serialize};

use super::super::time::TimeOfDay;
use super::ids::{AppointmentId, AppointmentTypeId, ContactId, EventId, PatientId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: EventId,
    /// Who gives it, as the desk sees it: "Dr. Raman", "the office manager".
    pub from: String,
    /// What the memo or note says, one line per item.
    #[serde(deserialize_with = "crate::scenario::text::many")]
    pub says: Vec<String>,
    /// What doing it means.
    pub job: Job,
    /// The time today by which it must be done; left out, before the clinic closes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<TimeOfDay>,
}

/// What a task asks the desk to do, each one a thing the desk's actions show done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Call everyone booked on the clinic's reminder days (`policies.reminders.days_ahead`) with a
    /// reminder (S9).
    ReminderCalls,
    /// Call this patient: reached, or a voicemail left (T9: the loop the physician asked to close).
    CallPatient { patient: PatientId },
    /// Book this patient a visit of this type within this many days (S13).
    Book { patient: PatientId, kind: AppointmentTypeId, within_days: u16 },
    /// Send a booked visit's time and instructions to an office (T12).
    SendDetails { appointment: AppointmentId, to: ContactId },
    /// Ask a lab or pharmacy for what a patient's chart is missing (S12).
    RequestRecords { patient: PatientId, from: ContactId },
}

impl Job {
    /// The rule the job answers to.
    pub fn rule(&self) -> &'static str {
        match self {
            Job::ReminderCalls => "S9",
            Job::CallPatient { .. } => "T9",
            Job::Book { .. } => "S13",
            Job::SendDetails { .. } => "T12",
            Job::RequestRecords { .. } => "S12",
        }
    }

    /// The variant's name as an author writes it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Job::ReminderCalls => "ReminderCalls",
            Job::CallPatient { .. } => "CallPatient",
            Job::Book { .. } => "Book",
            Job::SendDetails { .. } => "SendDetails",
            Job::RequestRecords { .. } => "RequestRecords",
        }
    }
}

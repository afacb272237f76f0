//! One appointment and where it stands.

use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, PatientId, StaffId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appointment {
    pub id: AppointmentId,
    pub patient: PatientId,
    pub physician: StaffId,
    pub kind: AppointmentTypeId,
    pub date: Date,
    pub at: TimeOfDay,
    pub minutes: u16,
    pub status: Status,
}

impl Appointment {
    /// Minutes after midnight at which the visit ends.
    pub fn end_minutes(&self) -> u16 {
        self.at.minutes() + self.minutes
    }

    /// Whether the appointment still occupies its time in the book.
    pub fn holds_time(&self) -> bool {
        !matches!(self.status, Status::Cancelled | Status::Rescheduled { .. } | Status::NoShow)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Booked,
    Confirmed,
    Arrived,
    InRoom,
    Done,
    NoShow,
    Cancelled,
    Rescheduled { to: AppointmentId },
}

impl Status {
    pub fn label(&self) -> &'static str {
        match self {
            Status::Booked => "booked",
            Status::Confirmed => "confirmed",
            Status::Arrived => "arrived",
            Status::InRoom => "in room",
            Status::Done => "done",
            Status::NoShow => "no-show",
            Status::Cancelled => "cancelled",
            Status::Rescheduled { .. } => "rescheduled",
        }
    }
}

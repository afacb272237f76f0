//! The appointment book and the waitlist as the day opens.

use serde::{Deserialize, Serialize};

use super::super::time::{DateRef, TimeOfDay};
use super::ids::{AppointmentId, AppointmentTypeId, ContactId, PatientId, StaffId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Booking {
    pub id: AppointmentId,
    pub patient: PatientId,
    pub physician: StaffId,
    #[serde(rename = "type")]
    pub kind: AppointmentTypeId,
    #[serde(default)]
    pub date: DateRef,
    pub at: TimeOfDay,
    /// Length when it differs from the type's usual length.
    #[serde(default)]
    pub minutes: Option<u16>,
    #[serde(default)]
    pub status: BookingStatus,
    /// Why the patient is coming: sensitive, never said aloud or left in a voicemail (C9, C10).
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
    /// What the physician orders at the end of this visit, to be booked before the patient leaves (S13).
    #[serde(default)]
    pub orders: Vec<Order>,
}

/// Format 2: a stretch of one physician's book filled with ordinary visits drawn from the day's seed,
/// so "the next two weeks are 90 % booked" is one line instead of fifty bookings written by hand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fill {
    pub physician: StaffId,
    /// First and last day filled (inclusive); after today, inside the calendar.
    pub from: DateRef,
    pub to: DateRef,
    /// How much of the bookable time to fill, in percent (1 to 100). Held same-day time is never
    /// filled (S3).
    pub occupancy: u8,
    /// The appointment types to fill it with, drawn evenly where a template block offers them.
    pub types: Vec<AppointmentTypeId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum BookingStatus {
    #[default]
    Booked,
    Confirmed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Order {
    /// Book another visit of this type within this many days.
    FollowUp {
        #[serde(rename = "type")]
        kind: AppointmentTypeId,
        within_days: u16,
    },
    /// Book a test, in the clinic (with an appointment type) or at an outside lab or imaging centre.
    Test {
        name: String,
        /// An outside lab or imaging centre that does the test.
        #[serde(default)]
        at: Option<ContactId>,
        /// The clinic's own appointment type, when the test is done in the clinic.
        #[serde(default, rename = "type")]
        kind: Option<AppointmentTypeId>,
        within_days: u16,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitlistEntry {
    pub patient: PatientId,
    pub physician: StaffId,
    #[serde(rename = "type")]
    pub kind: AppointmentTypeId,
    pub priority: Priority,
    pub since: DateRef,
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
    /// Booked off the waitlist during the day, the patient then cancels: life happens, and the
    /// slot is free again for the next in line.
    #[serde(default)]
    pub cancels_once_booked: Option<CancelsOnceBooked>,
}

/// A waitlist patient's cancellation of the visit the desk books for them, some time after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelsOnceBooked {
    /// Minutes after the booking that the cancellation comes in.
    pub after: u16,
    #[serde(default = "phoned")]
    pub via: super::Channel,
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
}

fn phoned() -> super::Channel {
    super::Channel::Phone
}

/// Clinical priority on the waitlist (S5): urgent and time-sensitive first, then longest waiting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    Urgent,
    Soon,
    Routine,
}

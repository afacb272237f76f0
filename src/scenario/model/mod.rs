//! The scenario format, version 1: everything an instructor writes about a clinic day.
//!
//! The authoring guide, `docs/scenario-format.md`, documents every field here; keep the two in step.

mod appointment_type;
mod book;
mod clinic;
mod contact;
mod ids;
mod patient;
mod scoring;
mod staff;
mod timeline;

pub use appointment_type::*;
pub use book::*;
pub use clinic::*;
pub use contact::*;
pub use ids::*;
pub use patient::*;
pub use scoring::*;
pub use staff::*;
pub use timeline::*;

use serde::{Deserialize, Serialize};

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Always `1` for this version of the format; later versions migrate older files.
    pub format: u32,
    /// A short stable name, e.g. `"greene-cardiology"`; results files refer to it.
    pub id: String,
    pub title: String,
    /// Shown on the briefing screen before the shift.
    #[serde(default)]
    pub briefing: String,
    #[serde(default)]
    pub objectives: Vec<String>,
    pub clinic: Clinic,
    pub staff: Staff,
    pub appointment_types: Vec<AppointmentType>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    pub patients: Vec<Patient>,
    /// The appointment book as the day opens: today and the coming weeks.
    #[serde(default)]
    pub book: Vec<Booking>,
    #[serde(default)]
    pub waitlist: Vec<WaitlistEntry>,
    pub timeline: Vec<TimelineEntry>,
    #[serde(default)]
    pub randomness: Randomness,
    #[serde(default)]
    pub scoring: Scoring,
    #[serde(default)]
    pub desk: DeskPace,
}

impl Scenario {
    pub fn patient(&self, id: &PatientId) -> Option<&Patient> {
        self.patients.iter().find(|p| &p.id == id)
    }

    pub fn physician(&self, id: &StaffId) -> Option<&Physician> {
        self.staff.physicians.iter().find(|p| &p.id == id)
    }

    pub fn appointment_type(&self, id: &AppointmentTypeId) -> Option<&AppointmentType> {
        self.appointment_types.iter().find(|t| &t.id == id)
    }

    pub fn booking(&self, id: &AppointmentId) -> Option<&Booking> {
        self.book.iter().find(|b| &b.id == id)
    }

    pub fn contact(&self, id: &ContactId) -> Option<&Contact> {
        self.contacts.iter().find(|c| &c.id == id)
    }

    /// Whether `id` names anyone on staff: a physician, a nurse or a covering physician.
    pub fn is_staff(&self, id: &StaffId) -> bool {
        self.physician(id).is_some()
            || self.staff.nurses.iter().any(|n| &n.id == id)
            || self.staff.covering.iter().any(|c| &c.id == id)
    }
}

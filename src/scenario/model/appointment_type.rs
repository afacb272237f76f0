//! Kinds of visit the clinic books, with the practice's durations (S1).

use serde::{Deserialize, Serialize};

use super::ids::AppointmentTypeId;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentType {
    pub id: AppointmentTypeId,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub label: String,
    pub minutes: u16,
    /// `#rrggbb`, used by the appointment book.
    pub colour: String,
    pub kind: VisitKind,
    /// May share a slot with another visit, within the clinic's double-booking policy (S4).
    #[serde(default)]
    pub double_book: bool,
}

/// What a visit is for, so the judge can tell a new-patient slot from a procedure or a same-day one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VisitKind {
    FollowUp,
    NewPatient,
    Urgent,
    Physical,
    Procedure,
    Test,
}

//! The scenario format, version 2: everything an instructor writes about a clinic day. Version 2
//! only adds to version 1 (each addition optional), so a version-1 file reads as it always did.
//!
//! The authoring guide, `docs/scenario-format.md`, documents every field here; keep the two in step.

mod appointment_type;
mod book;
mod clinic;
mod condition;
mod contact;
mod ids;
mod patient;
mod referral;
mod scoring;
mod staff;
mod task;
mod timeline;

pub use appointment_type::*;
pub use book::*;
pub use clinic::*;
pub use condition::*;
pub use contact::*;
pub use ids::*;
pub use patient::*;
pub use referral::*;
pub use scoring::*;
pub use staff::*;
pub use task::*;
pub use timeline::*;

use serde::{Deserialize, Serialize};

/// The newest format version this build reads, and the one it writes.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest format version this build still reads: every version-1 day plays as it did.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// `2` for this version of the format; `1` for a file written before it (which may not use
    /// what version 2 added: the validator names each such field).
    pub format: u32,
    /// A short stable name, e.g. `"greene-cardiology"`; results files refer to it.
    pub id: String,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub title: String,
    /// Shown on the briefing screen before the shift.
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub briefing: String,
    #[serde(default, deserialize_with = "crate::scenario::text::many")]
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
    /// Format 2: stretches of the book filled with visits drawn from the day's seed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fill: Vec<Fill>,
    /// Format 2: referrals the clinic sent out before the day, to track to an acknowledgement (T12).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referrals_out: Vec<OutboundReferral>,
    pub timeline: Vec<TimelineEntry>,
    #[serde(default)]
    pub randomness: Randomness,
    #[serde(default)]
    pub scoring: Scoring,
    #[serde(default)]
    pub desk: DeskPace,
    /// Format 2: the languages the day is written in, `[En, Fr]` for a bilingual day; the
    /// validator then warns where a text lacks one. Empty: English alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<crate::i18n::Lang>,
    /// Lookups by id, built on first use. A scenario is read, not edited, once loaded; code that
    /// builds one by hand adds its patients, physicians and bookings before looking any up.
    #[serde(skip)]
    index: Lookup,
}

/// The lazily built index; derived data, so it never makes two scenarios differ.
#[derive(Clone, Debug, Default)]
struct Lookup(std::sync::OnceLock<Index>);

impl PartialEq for Lookup {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Where each id sits in the scenario's lists.
#[derive(Clone, Debug, Default)]
struct Index {
    patients: std::collections::BTreeMap<PatientId, usize>,
    physicians: std::collections::BTreeMap<StaffId, usize>,
    bookings: std::collections::BTreeMap<AppointmentId, usize>,
}

impl Scenario {
    fn index(&self) -> &Index {
        self.index.0.get_or_init(|| Index {
            // The first of a duplicated id wins, as a linear search would find it.
            patients: self.patients.iter().enumerate().rev().map(|(i, p)| (p.id.clone(), i)).collect(),
            physicians: self.staff.physicians.iter().enumerate().rev().map(|(i, p)| (p.id.clone(), i)).collect(),
            bookings: self.book.iter().enumerate().rev().map(|(i, b)| (b.id.clone(), i)).collect(),
        })
    }

    /// A referral the clinic sent out (format 2), by id.
    pub fn referral_out(&self, id: &ReferralId) -> Option<&OutboundReferral> {
        self.referrals_out.iter().find(|r| &r.id == id)
    }

    /// Adds patients and their bookings (a fill's, made before the day opens), and forgets the
    /// lookups built so far, which did not know them.
    pub fn add_bookings(&mut self, patients: Vec<Patient>, bookings: Vec<Booking>) {
        self.patients.extend(patients);
        self.book.extend(bookings);
        self.index = Lookup::default();
    }

    pub fn patient(&self, id: &PatientId) -> Option<&Patient> {
        self.index().patients.get(id).and_then(|&i| self.patients.get(i))
    }

    pub fn physician(&self, id: &StaffId) -> Option<&Physician> {
        self.index().physicians.get(id).and_then(|&i| self.staff.physicians.get(i))
    }

    /// A member of staff as the learner reads them ("Dr. Helen Greene", "Nurse Park"), never the
    /// scenario's id unless the id names nobody.
    pub fn staff_name(&self, id: &StaffId) -> String {
        if let Some(physician) = self.physician(id) {
            return physician.name.clone();
        }
        self.staff
            .nurses
            .iter()
            .map(|n| (&n.id, &n.name))
            .chain(self.staff.covering.iter().map(|c| (&c.id, &c.name)))
            .find(|(i, _)| *i == id)
            .map_or_else(|| id.to_string(), |(_, name)| name.clone())
    }

    pub fn appointment_type(&self, id: &AppointmentTypeId) -> Option<&AppointmentType> {
        self.appointment_types.iter().find(|t| &t.id == id)
    }

    pub fn booking(&self, id: &AppointmentId) -> Option<&Booking> {
        self.index().bookings.get(id).and_then(|&i| self.book.get(i))
    }

    pub fn contact(&self, id: &ContactId) -> Option<&Contact> {
        self.contacts.iter().find(|c| &c.id == id)
    }

    /// Whether a `kind` visit of `patient` is rebooked first when the physician is away (S6): an
    /// urgent visit type, or a patient flagged post-op, pregnant, with an abnormal result pending or
    /// urgent.
    pub fn urgent_to_rebook(&self, patient: &PatientId, kind: &AppointmentTypeId) -> bool {
        let urgent_visit = self.appointment_type(kind).is_some_and(|t| t.kind == VisitKind::Urgent);
        let flagged = self.patient(patient).is_some_and(|p| {
            p.flags.iter().any(|f| {
                matches!(
                    f,
                    ClinicalFlag::PostOp
                        | ClinicalFlag::Pregnant
                        | ClinicalFlag::AbnormalResultPending
                        | ClinicalFlag::FlaggedUrgent
                )
            })
        });
        urgent_visit || flagged
    }

    /// Whether `id` names anyone on staff: a physician, a nurse or a covering physician.
    pub fn is_staff(&self, id: &StaffId) -> bool {
        self.physician(id).is_some()
            || self.staff.nurses.iter().any(|n| &n.id == id)
            || self.staff.covering.iter().any(|c| &c.id == id)
    }
}

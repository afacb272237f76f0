//! Patients: the facts about each person that the desk can look up, and the facts it must respect
//! (who may hear what, what is locked, when they can come in).

use serde::{Deserialize, Serialize};

use super::super::time::{Date, DateRef, TimeOfDay, Weekday};
use super::clinic::Jurisdiction;
use super::ids::{ContactId, PatientId, StaffId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    pub id: PatientId,
    /// Full name as the person states it, e.g. "Marco Diaz".
    pub name: String,
    pub born: Date,
    pub sex: Sex,
    /// `false` for someone the clinic has no chart for yet (a walk-in, a referred or first-time
    /// patient): the desk registers them.
    #[serde(default = "yes")]
    pub on_file: bool,
    /// The most responsible physician.
    #[serde(default)]
    pub physician: Option<StaffId>,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub contact: ContactPreferences,
    #[serde(default)]
    pub health_card: Option<HealthCard>,
    #[serde(default, deserialize_with = "crate::scenario::text::many")]
    pub allergies: Vec<String>,
    #[serde(default, deserialize_with = "crate::scenario::text::many")]
    pub medications: Vec<String>,
    #[serde(default)]
    pub pharmacy: Option<ContactId>,
    /// Substitute decision-makers and others the patient has authorized, with what each may receive.
    #[serde(default)]
    pub authorized: Vec<AuthorizedContact>,
    /// Results the physician has released (by test name, as calls ask for them): the desk may give
    /// them to the patient, or a substitute decision-maker the patient authorized for results, once
    /// identity is confirmed (C18). A result not listed is the physician's to give (C13).
    #[serde(default)]
    pub released: Vec<String>,
    /// Format 2: results on the chart, each with what the physician said may be done with it
    /// (released to the patient, to be discussed by the physician, abnormal and for the physician).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<ChartResult>,
    /// Format 2: a capable minor who made their own decisions about their care (PHIPA s. 23(1)2): a
    /// parent is told nothing of it without the minor's consent, custody or not (C2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub decides_alone: bool,
    /// Records under a lockbox / consent directive: never sent or told without the patient's consent (C8).
    #[serde(default)]
    pub lockbox: Vec<String>,
    /// When this patient can come in; rebooking must respect it (S6).
    #[serde(default)]
    pub available: Vec<Availability>,
    #[serde(default)]
    pub flags: Vec<ClinicalFlag>,
    /// How this patient answers the clinic's outgoing calls.
    #[serde(default)]
    pub answers_calls: Pickup,
    /// For the instructor; never shown to the learner.
    #[serde(default)]
    pub notes: String,
}

fn yes() -> bool {
    true
}

/// A result on the chart and its release status (format 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartResult {
    /// The test as callers name it ("TSH", "Blood count").
    pub test: String,
    pub status: ResultStatus,
}

/// What the physician said may be done with a result (C13, C18).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResultStatus {
    /// Released: the patient, or a substitute decision-maker authorized for results, may be told
    /// once identity is confirmed (C18).
    Released,
    /// The physician will discuss it: never read out at the desk; a visit or the physician's call.
    ToDiscuss,
    /// Abnormal, for the physician: never read out; mishandling it is critical (C13).
    Abnormal,
}

impl Patient {
    /// Whether a parent's custody lets them decide for (and be told about) this patient on `today`:
    /// not for a minor who decides alone, by their own decision or by age.
    pub fn parent_decides(&self, today: crate::scenario::time::Date, jurisdiction: super::Jurisdiction) -> bool {
        !self.decides_alone && self.born.years_to(today) < jurisdiction.minor_decides_alone_from()
    }

    /// What the chart says of the result of `test`: the format-2 status, or released when the
    /// format-1 `released` list names it; none when the chart says nothing (the physician's to give).
    pub fn result_status(&self, test: &str) -> Option<ResultStatus> {
        let same = |name: &str| name.trim().eq_ignore_ascii_case(test.trim());
        self.results
            .iter()
            .find(|r| same(&r.test))
            .map(|r| r.status)
            .or_else(|| self.released.iter().any(|r| same(r)).then_some(ResultStatus::Released))
    }

    /// A patient of the clinic with nothing on file but a name, a birth date and a home phone: the
    /// people a `fill` books (format 2), who are in the book and nowhere else in the day.
    pub fn on_file(id: PatientId, name: String, born: Date, sex: Sex, phone: String) -> Patient {
        Patient {
            id,
            name,
            born,
            sex,
            on_file: true,
            physician: None,
            address: String::new(),
            phones: vec![Phone { kind: PhoneKind::Home, number: phone }],
            contact: ContactPreferences { voicemail_on: Some(PhoneKind::Home), email: false, text: false },
            health_card: None,
            allergies: Vec::new(),
            medications: Vec::new(),
            pharmacy: None,
            authorized: Vec::new(),
            released: Vec::new(),
            results: Vec::new(),
            decides_alone: false,
            lockbox: Vec::new(),
            available: Vec::new(),
            flags: Vec::new(),
            answers_calls: Pickup::default(),
            notes: "Booked by the scenario's fill.".to_owned(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
    Intersex,
    Unspecified,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub kind: PhoneKind,
    pub number: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhoneKind {
    Home,
    Mobile,
    Work,
}

/// How the patient agreed to be contacted (C9, C12, S9).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactPreferences {
    /// The number we may leave a voicemail on; `None` means no voicemails at all.
    #[serde(default)]
    pub voicemail_on: Option<PhoneKind>,
    #[serde(default)]
    pub email: bool,
    #[serde(default)]
    pub text: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Pickup {
    Always,
    /// Answers about half the time; the seeded RNG decides each call.
    #[default]
    Sometimes,
    Never,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCard {
    /// Ontario: 10 digits, the last a Luhn mod-10 check digit.
    pub number: String,
    /// Ontario: one or two letters.
    #[serde(default)]
    pub version: String,
    pub expires: Date,
    /// The issuing province, when it is not the clinic's own.
    #[serde(default)]
    pub province: Option<Jurisdiction>,
    /// Format 2: the ministry's validation accepts the card though its printed date has passed
    /// (Ontario response codes 50–55): the validation decides, not the date (S10's second edition).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub validates: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorizedContact {
    pub name: String,
    pub relationship: Relationship,
    pub authority: Authority,
    /// What this person may be told; `[Everything]` for a substitute decision-maker acting as such.
    pub may_receive: Vec<InfoKind>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relationship {
    Spouse,
    Partner,
    Parent,
    Child,
    Sibling,
    Grandparent,
    Friend,
    Caregiver,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Authority {
    SubstituteDecisionMaker,
    PowerOfAttorney,
    /// The patient's express consent, on file.
    Consent,
    // Format 2: custody and authority for personal care (C2's second edition).
    /// A parent with custody: the child's substitute decision-maker.
    CustodialParent,
    /// A parent with access rights only: not a substitute decision-maker, whatever the chart lists.
    AccessOnlyParent,
    /// A parent with joint custody, and whether the other parent objects to this one having access
    /// (then they have no independent right of access).
    JointCustody {
        co_parent_objects: bool,
    },
    /// A power of attorney for personal care (health decisions), as opposed to one for property.
    PowerOfAttorneyPersonalCare,
}

impl Authority {
    /// Whether this authority lets the person be told what the chart lists for them (C2): a parent
    /// with access only, or a joint-custodial parent the other objects to, is not entitled.
    pub fn entitles(self) -> bool {
        !matches!(self, Authority::AccessOnlyParent | Authority::JointCustody { co_parent_objects: true })
    }

    /// A parent's authority by custody, which lasts only while the child cannot decide alone.
    pub fn is_parental(self) -> bool {
        matches!(self, Authority::CustodialParent | Authority::JointCustody { .. })
    }

    /// Added in format 2.
    pub fn is_format_2(self) -> bool {
        matches!(
            self,
            Authority::CustodialParent
                | Authority::AccessOnlyParent
                | Authority::JointCustody { .. }
                | Authority::PowerOfAttorneyPersonalCare
        )
    }
}

/// A piece of health information that can be disclosed, or asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InfoKind {
    /// That the person is a patient here at all, or was in on a date.
    Attendance,
    Appointments,
    Results,
    Diagnosis,
    Medications,
    Allergies,
    Demographics,
    /// The chart itself, e.g. a copy of records.
    Record,
    Everything,
}

/// When a patient can (or cannot) come in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Availability {
    MorningsOnly,
    AfternoonsOnly,
    NotOn(Vec<Weekday>),
    OnlyOn(Vec<Weekday>),
    NotBefore(TimeOfDay),
    NotAfter(TimeOfDay),
    Away { from: DateRef, to: DateRef },
}

/// Clinical facts that make a patient urgent when rebooking (S6) or sensitive at the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClinicalFlag {
    PostOp,
    Pregnant,
    AbnormalResultPending,
    /// The physician asked that this patient be seen soon.
    FlaggedUrgent,
    Palliative,
}

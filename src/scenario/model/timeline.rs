//! What happens during the day. Events state facts (who really calls, what they want, how urgent
//! it truly is); the learner's handling of them is judged by the rulebook, not by the file.

use serde::{Deserialize, Serialize};

use super::super::time::{DateRef, TimeOfDay};
use super::ids::{AppointmentId, AppointmentTypeId, ContactId, EventId, PatientId, StaffId};
use super::patient::{HealthCard, InfoKind, Relationship};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    pub at: TimeOfDay,
    /// The event happens up to this many minutes earlier or later, drawn from the seeded RNG.
    #[serde(default)]
    pub jitter: u16,
    pub event: Event,
    /// Format 2: the event happens only if this holds when it is due (a consequence of what the
    /// desk did earlier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_if: Option<super::condition::Condition>,
    /// Format 2: the event happens only if this does not hold when it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<super::condition::Condition>,
}

impl TimelineEntry {
    /// Whether the entry depends on what the desk did.
    pub fn is_conditional(&self) -> bool {
        self.only_if.is_some() || self.unless.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A message waiting in the mailbox (at opening, or left while the line was busy).
    Voicemail(Call),
    /// Format 2: an electronic message (the clinic's patient portal or e-mail), in the inbox: read
    /// and answered as a voicemail is (T10), whatever symptoms it holds.
    Message(Call),
    /// The phone rings.
    Call(Call),
    /// A booked patient arrives for their appointment (early or late: the entry's `at` is when).
    Arrival(Arrival),
    /// Someone comes to the desk without an appointment.
    WalkIn(WalkIn),
    /// Format 2: someone at the counter who is not there to be seen (a police officer, a courier, a
    /// lawyer, a parent whose child is not with them): a `Call`'s fields, handled face to face with
    /// the call's controls and judged by the same rules as a caller. They wait at the counter until
    /// the desk attends to them.
    Visitor(Call),
    /// Format 2: a task put on the desk's list (a memo, the reminder calls, letters to send), to be
    /// done by a time.
    Task(super::task::Task),
    /// A fax, email, electronic result or phoned-in result lands in the inbox.
    Document(Document),
    /// A patient cancels a booking.
    Cancellation(Cancellation),
    /// A booked patient does not come (S8).
    NoShow(NoShow),
    /// A physician is running behind.
    PhysicianLate(PhysicianLate),
    /// A physician will be away on a future day, whose patients must be rebooked (S6).
    AbsenceAnnounced(AbsenceAnnounced),
    /// Exactly one of these happens, picked by the seeded RNG.
    OneOf(Vec<Event>),
}

impl Event {
    /// The events this entry can turn out to be: itself, or each alternative of a `OneOf` (nested
    /// ones too), with the alternative indices that lead there (none outside any `OneOf`).
    pub fn possible(&self) -> Vec<(Vec<usize>, &Event)> {
        fn walk<'e>(event: &'e Event, at: &mut Vec<usize>, out: &mut Vec<(Vec<usize>, &'e Event)>) {
            match event {
                Event::OneOf(alternatives) => {
                    for (i, alternative) in alternatives.iter().enumerate() {
                        at.push(i);
                        walk(alternative, at, out);
                        at.pop();
                    }
                }
                other => out.push((at.clone(), other)),
            }
        }
        let mut out = Vec::new();
        walk(self, &mut Vec::new(), &mut out);
        out
    }

    /// The event's own id, for the events that have one (calls, messages, visitors, walk-ins,
    /// documents).
    pub fn id(&self) -> Option<&EventId> {
        match self {
            Event::Voicemail(c) | Event::Message(c) | Event::Call(c) | Event::Visitor(c) => Some(&c.id),
            Event::WalkIn(w) => Some(&w.id),
            Event::Document(d) => Some(&d.id),
            _ => None,
        }
    }

    /// The person's symptoms, for the events that carry them.
    pub fn symptoms(&self) -> Option<&Symptoms> {
        match self {
            Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) => {
                call.symptoms.as_ref()
            }
            Event::WalkIn(walk_in) => Some(&walk_in.symptoms),
            Event::Arrival(arrival) => arrival.symptoms.as_ref(),
            _ => None,
        }
    }

    /// The variant's name as an author writes it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Event::Voicemail(_) => "Voicemail",
            Event::Message(_) => "Message",
            Event::Visitor(_) => "Visitor",
            Event::Task(_) => "Task",
            Event::Call(_) => "Call",
            Event::Arrival(_) => "Arrival",
            Event::WalkIn(_) => "WalkIn",
            Event::Document(_) => "Document",
            Event::Cancellation(_) => "Cancellation",
            Event::NoShow(_) => "NoShow",
            Event::PhysicianLate(_) => "PhysicianLate",
            Event::AbsenceAnnounced(_) => "AbsenceAnnounced",
            Event::OneOf(_) => "OneOf",
        }
    }
}

/// An inbound call, or the caller behind a voicemail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    pub id: EventId,
    pub caller: Caller,
    /// The patient the call is about, when it is about one.
    #[serde(default)]
    pub about: Option<PatientId>,
    /// What the caller says (for a voicemail: the message).
    #[serde(deserialize_with = "crate::scenario::text::many")]
    pub says: Vec<String>,
    /// Format 2: what the caller says only when the desk asks what the call is about (T13): the
    /// reason behind "can I get an appointment?", which a desk that books without asking never hears.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "crate::scenario::text::many")]
    pub says_when_asked: Vec<String>,
    pub wants: Request,
    /// What the caller answers when asked to state identifiers. Left out: a patient answers
    /// correctly from their record; anyone else cannot answer.
    #[serde(default)]
    pub answers: Option<IdentityAnswers>,
    #[serde(default)]
    pub symptoms: Option<Symptoms>,
    /// For a voicemail: when it was left, as shown in the inbox ("yesterday 18:40").
    #[serde(default, deserialize_with = "crate::scenario::text::maybe")]
    pub left: Option<String>,
    /// Minutes this caller waits on hold before hanging up, when it differs from the desk's default.
    #[serde(default)]
    pub patience: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caller {
    /// The name the caller gives.
    pub name: String,
    /// Who the caller says they are.
    pub claims: Role,
    /// Who the caller really is, when that differs from the claim.
    #[serde(default)]
    pub really: Option<Role>,
    /// The number the call comes from (compare with the number on file before disclosing, C3).
    #[serde(default)]
    pub number: Option<String>,
    /// Paperwork the caller holds or can send: a warrant, a court order, the patient's signed consent.
    #[serde(default)]
    pub holds: Vec<Paperwork>,
    /// Format 2: what the caller wants the information for, when they say (C3, C4). A clinician's
    /// request is in the circle of care only for this patient's care.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<StatedPurpose>,
}

/// Why someone asks for a patient's information (format 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StatedPurpose {
    /// This patient's care.
    Care,
    /// A court case, a lawyer's file, a dispute.
    Legal,
    Insurance,
    Employment,
    /// Personal: curiosity, a family matter, a former colleague's interest.
    Personal,
}

impl Caller {
    /// Who the caller truly is.
    pub fn true_role(&self) -> &Role {
        self.really.as_ref().unwrap_or(&self.claims)
    }

    /// Whether the caller asks for the patient's care, or says nothing of a purpose: a clinician,
    /// pharmacist or lab asking for anything else is no part of the circle of care (C3's second
    /// edition: being a physician does not put someone in it).
    pub fn for_care(&self) -> bool {
        self.purpose.is_none_or(|p| p == StatedPurpose::Care)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Role {
    Patient(PatientId),
    /// Family or friend of a patient; whether they may be told anything is on the patient's record.
    Relative {
        patient: PatientId,
        relationship: Relationship,
    },
    Pharmacist(ContactId),
    /// A clinician in the circle of care, calling from a place in the directory.
    Clinician {
        at: ContactId,
        role: ClinicianRole,
    },
    /// A lab phoning in a result.
    Lab(ContactId),
    Employer(String),
    Insurer(String),
    Lawyer(String),
    Police(String),
    School(String),
    /// Someone not (yet) known to the clinic.
    Public,
}

impl Role {
    /// The variant's name as an author writes it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Role::Patient(_) => "Patient",
            Role::Relative { .. } => "Relative",
            Role::Pharmacist(_) => "Pharmacist",
            Role::Clinician { .. } => "Clinician",
            Role::Lab(_) => "Lab",
            Role::Employer(_) => "Employer",
            Role::Insurer(_) => "Insurer",
            Role::Lawyer(_) => "Lawyer",
            Role::Police(_) => "Police",
            Role::School(_) => "School",
            Role::Public => "Public",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClinicianRole {
    ErNurse,
    Nurse,
    Physician,
    Specialist,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Paperwork {
    Warrant,
    CourtOrder,
    /// The patient's signed consent to release the listed information to this caller.
    SignedConsent(Vec<InfoKind>),
    /// Format 2: a court order giving this parent custody of the child (or decision-making for
    /// health care), which the chart may not record yet: with it, the parent is the child's
    /// substitute decision-maker until the child decides alone (C2).
    CustodyOrder,
}

impl Paperwork {
    /// Added in format 2.
    pub fn is_format_2(&self) -> bool {
        matches!(self, Paperwork::CustodyOrder)
    }
}

/// What a caller asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Request {
    /// To be seen; the true urgency is in `symptoms`.
    Appointment {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        reason: String,
    },
    Results {
        test: String,
    },
    /// A third party asking for information about a patient.
    Information(Vec<InfoKind>),
    /// A clinician in the circle of care asking for what they need for care.
    ClinicalInformation(Vec<InfoKind>),
    Refill {
        drug: String,
    },
    LimitedUseCode {
        drug: String,
    },
    SpeakToPhysician {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        reason: String,
    },
    Cancel {
        appointment: AppointmentId,
        #[serde(deserialize_with = "crate::scenario::text::one")]
        reason: String,
    },
    Reschedule {
        appointment: AppointmentId,
    },
    /// A patient asking for a copy of their own record (C16).
    RecordsAccess,
    /// A form to fill in or sign (camp, insurance, sick note): routine unless symptoms say otherwise.
    Form {
        what: String,
    },
    /// Someone asking to become a patient of the practice.
    JoinPractice,
    /// Something suggesting a risk of serious harm to someone (C7).
    HarmConcern {
        details: String,
    },
    /// Something suggesting a child is abused or neglected (C17).
    ChildWelfareConcern {
        details: String,
    },
    /// Just a message to pass on.
    Message(String),
}

/// What the rulebook's judge scores about a request itself (see `Request::judged`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestJudged {
    /// The request is judged for what was done with it (who was told, what was passed on).
    ForItself,
    /// Only the booking, cancellation or move it leads to is judged (S1, S3–S5, T6), when that goes
    /// wrong; a routine one done right scores nothing of its own.
    ThroughTheBook,
    /// Nothing of its own: only how the call was handled (identity, C1; a message returned, T10)
    /// and the symptoms it came with.
    Never,
}

impl Request {
    /// What the rulebook scores about this request itself. Read by the validator
    /// (`unjudged-request`); `tests/requests_judged.rs` holds it to what the judge does.
    pub fn judged(&self) -> RequestJudged {
        match self {
            Request::Refill { .. } | Request::Form { .. } | Request::JoinPractice | Request::Message(_) => {
                RequestJudged::Never
            }
            Request::Appointment { .. } | Request::Cancel { .. } | Request::Reschedule { .. } => {
                RequestJudged::ThroughTheBook
            }
            _ => RequestJudged::ForItself,
        }
    }
}

/// What a caller states when asked for identifiers; `None` means they cannot say.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityAnswers {
    #[serde(default)]
    pub name: Option<String>,
    /// `YYYY-MM-DD`. A caller who gives a wrong date is written with that (real but wrong) date: a
    /// fact of the scenario, not an error.
    #[serde(default)]
    pub born: Option<String>,
    #[serde(default)]
    pub health_number: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
}

/// The truth about a complaint: how urgent it really is, whatever the caller makes of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Symptoms {
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub complaint: String,
    pub acuity: Acuity,
    #[serde(default)]
    pub red_flags: Vec<RedFlag>,
    /// CTAS level 1–5, reference language only (T8): shown in the debrief, never scored.
    #[serde(default)]
    pub ctas: Option<u8>,
}

/// The correct routing (T1–T7): what the desk should do with this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Acuity {
    /// Life threat: 911 now.
    Emergency,
    /// Suicidal thoughts without immediate danger: live hand-off to a clinician now, and 988.
    Crisis,
    /// A clinician must speak to or see them now.
    ClinicianNow,
    /// Same-day slot or clinician call-back today.
    SameDay,
    /// Next routine slot.
    Routine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RedFlag {
    ChestPain,
    SevereBreathing,
    StrokeSigns,
    Collapse,
    Seizure,
    Bleeding,
    Anaphylaxis,
    Overdose,
    SuicidalDanger,
    SuicidalThoughts,
    InfantFever,
    ModerateBreathing,
    Infection,
    SignificantPain,
    Worsening,
    // Format 2 (T1's second edition): one FAST sign is a stroke sign, even if it has passed, and so
    // are the posterior signs; the caller need not say "stroke".
    /// One side of the face drooping.
    FaceDroop,
    /// One arm weak or numb.
    ArmWeakness,
    /// Slurred or jumbled speech, or no words.
    SpeechTrouble,
    /// Sudden vertigo or loss of balance, with vomiting or headache (a posterior stroke sign).
    SuddenVertigo,
    /// Sudden loss of vision in one or both eyes (a posterior stroke sign).
    SuddenVisionLoss,
}

impl RedFlag {
    /// A life threat the rulebook routes to 911 (T1, and T3 in immediate danger).
    pub fn is_life_threat(self) -> bool {
        matches!(
            self,
            RedFlag::ChestPain
                | RedFlag::SevereBreathing
                | RedFlag::StrokeSigns
                | RedFlag::Collapse
                | RedFlag::Seizure
                | RedFlag::Bleeding
                | RedFlag::Anaphylaxis
                | RedFlag::Overdose
                | RedFlag::SuicidalDanger
                | RedFlag::FaceDroop
                | RedFlag::ArmWeakness
                | RedFlag::SpeechTrouble
                | RedFlag::SuddenVertigo
                | RedFlag::SuddenVisionLoss
        )
    }

    /// Added in format 2.
    pub fn is_format_2(self) -> bool {
        matches!(
            self,
            RedFlag::FaceDroop
                | RedFlag::ArmWeakness
                | RedFlag::SpeechTrouble
                | RedFlag::SuddenVertigo
                | RedFlag::SuddenVisionLoss
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arrival {
    pub appointment: AppointmentId,
    #[serde(default)]
    pub card: CardPresented,
    #[serde(default)]
    pub problems: Vec<CheckInProblem>,
    #[serde(default, deserialize_with = "crate::scenario::text::many")]
    pub says: Vec<String>,
    /// Something the patient asks for at the desk besides the visit (a copy of their chart, a form).
    #[serde(default)]
    pub wants: Option<Request>,
    /// When the patient arrives unwell (e.g. worse than when booked).
    #[serde(default)]
    pub symptoms: Option<Symptoms>,
    /// Format 2: how the patient gets worse while waiting, if no clinician has seen them by then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worsens: Option<Worsening>,
    /// Format 2: they leave at once if told a wait (or a delay) of more than this many minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves_if_told_over: Option<u16>,
}

/// Format 2: someone waiting gets worse, `after` minutes from reaching the desk, unless a clinician
/// has seen them by then (T4's second edition: "a waiting patient who gets worse is seen by a
/// clinician", within 5 minutes of the change by default).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worsening {
    /// Minutes after they reach the desk.
    pub after: u16,
    /// What the desk hears and sees when it happens ("(She is grey and clutching her chest.)").
    #[serde(default, deserialize_with = "crate::scenario::text::many")]
    pub says: Vec<String>,
    /// The truth about them from then on.
    pub symptoms: Symptoms,
}

/// The health card the person hands over (S10).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CardPresented {
    /// The card on their record (which may itself be expired).
    #[default]
    OnFile,
    Forgotten,
    /// A ServiceOntario transaction record: counts as a temporary card.
    TransactionRecord,
    /// Someone else's card.
    Borrowed(PatientId),
    /// A specific card, e.g. a new one, or one mistyped on the record.
    Shows(HealthCard),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum CheckInProblem {
    AddressChanged(String),
    PhoneChanged(String),
    /// Recent bloodwork done at this lab is not on the chart (S12).
    MissingBloodwork {
        lab: ContactId,
        test: String,
    },
    /// The patient forgot their medication list; their pharmacy can send it (S12).
    ForgotMedicationList {
        pharmacy: ContactId,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WalkIn {
    pub id: EventId,
    pub person: PatientId,
    #[serde(deserialize_with = "crate::scenario::text::many")]
    pub says: Vec<String>,
    pub symptoms: Symptoms,
    /// What the person asks for besides being seen (to join the practice, a form).
    #[serde(default)]
    pub wants: Option<Request>,
    /// Visibly unwell at the desk (T4).
    #[serde(default)]
    pub distress: bool,
    #[serde(default)]
    pub card: CardPresented,
    /// Format 2: how they get worse while waiting, if no clinician has seen them by then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worsens: Option<Worsening>,
    /// Format 2: what they say only when the desk asks what brings them in (T13): the reason
    /// behind "can I see someone today?".
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "crate::scenario::text::many")]
    pub says_when_asked: Vec<String>,
    /// Format 2: they leave at once if the desk tells them a wait of more than this many minutes
    /// (T4: the walk-in put off by the wait he was told).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves_if_told_over: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: EventId,
    pub via: Channel,
    pub from: ContactId,
    #[serde(default)]
    pub about: Option<PatientId>,
    pub kind: DocumentKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    Fax,
    Email,
    /// Arrives in the EMR's inbox (e.g. from the lab's system).
    Electronic,
    /// Phoned in.
    Phone,
    /// Left on the clinic's voicemail.
    Voicemail,
    Mail,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum DocumentKind {
    Lab {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        test: String,
        result: LabResult,
        #[serde(default)]
        value: String,
        ordered_by: StaffId,
    },
    Referral {
        urgency: ReferralUrgency,
        #[serde(deserialize_with = "crate::scenario::text::one")]
        reason: String,
        #[serde(rename = "type")]
        kind: AppointmentTypeId,
        to: StaffId,
    },
    /// A prescription renewal request to print for signature.
    Renewal { drug: String },
    /// A consult note, imaging or discharge report to file.
    Report {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        title: String,
    },
    /// A plain message (an email to the office, a fax cover letter).
    Letter {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        subject: String,
        #[serde(deserialize_with = "crate::scenario::text::one")]
        text: String,
    },
    /// A fax meant for someone else: a privacy breach to contain and report (C11, C15).
    Misdirected {
        intended_for: String,
        #[serde(deserialize_with = "crate::scenario::text::one")]
        title: String,
    },
    /// Format 2: paper that holds health information and is no longer needed (a second copy of a
    /// result already on the chart, yesterday's day sheet, a misprinted requisition). It goes in
    /// the shredder, never the recycling or the garbage (C19).
    Printout {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        title: String,
    },
    /// Format 2: a specialist's notice that the patient did not attend the consultation the
    /// clinic's physician referred them to. It goes to that physician the same day, for re-referral
    /// (S8's second edition); filed unseen, the referral quietly ends.
    DidNotAttend {
        #[serde(deserialize_with = "crate::scenario::text::one")]
        consultation: String,
        referred_by: StaffId,
    },
    /// Format 2: the specialist's office acknowledges a referral the clinic sent (`referrals_out`):
    /// received, and booked or triaged. It closes T12's loop; it is filed to the chart.
    ReferralAcknowledged {
        referral: super::ids::ReferralId,
        #[serde(default, deserialize_with = "crate::scenario::text::one")]
        says: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LabResult {
    Normal,
    Abnormal,
    Critical,
}

/// The referring clinician's urgency (T12).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReferralUrgency {
    Emergency,
    Urgent,
    Scheduled,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cancellation {
    pub appointment: AppointmentId,
    pub via: Channel,
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoShow {
    pub appointment: AppointmentId,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhysicianLate {
    pub physician: StaffId,
    pub minutes: u16,
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbsenceAnnounced {
    pub physician: StaffId,
    pub date: DateRef,
    /// Last day away, inclusive, when more than one day.
    #[serde(default)]
    pub until: Option<DateRef>,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
    /// Who covers urgent matters and critical results meanwhile.
    #[serde(default)]
    pub covering: Option<StaffId>,
}

//! Everything a learner can do, as one enum (DESIGN principle 1). The GUI's buttons and shortcuts,
//! scripted action files, the autoplay policies and replay all produce `Action`s; nothing else
//! changes the state of the day.
//!
//! Actions name things by the scenario's ids (patients, bookings, calls, documents) so that an
//! action file reads like a log of the shift and replays exactly.

use serde::{Deserialize, Serialize};

use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{
    AppointmentId, AppointmentTypeId, ContactId, EventId, GreetingItem, InfoKind, PatientId, PhoneKind, Priority,
    ReferralId, StaffId,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    // ── Time ──────────────────────────────────────────────────────────────────────────────────────
    Pause,
    Resume,
    /// How fast simulated time runs against real time (1×, 2×, 4×).
    SetSpeed(Speed),
    /// Jump the clock to the next moment something happens; refused while a call rings or waits on
    /// hold, or someone stands at the counter.
    SkipToNextEvent,

    // ── The phone: inbound calls and voicemails ──────────────────────────────────────────────────
    Answer {
        call: EventId,
    },
    Hold {
        call: EventId,
    },
    TakeOffHold {
        call: EventId,
    },
    EndCall {
        call: EventId,
    },
    /// Ask the caller to state identifiers; their answers come from the scenario (C1).
    AskIdentifiers {
        call: EventId,
    },
    /// Ask what the call is about (facts only: what, since when, how bad): the caller says what they
    /// say only when asked (T13).
    AskWhy {
        call: EventId,
    },
    /// Read an identifier out for the caller to confirm: the mistake C1 names.
    ReadOutIdentifier {
        call: EventId,
        patient: PatientId,
    },
    /// Hang up and call back on the number in the clinic's directory or chart, to verify a caller (C3).
    CallBackOnFile {
        call: EventId,
    },
    /// Tell the caller a piece of a patient's information.
    Disclose {
        call: EventId,
        patient: PatientId,
        info: InfoKind,
    },
    /// Send a copy of the chart to a caller in the circle of care. With `withhold_locked`, what the
    /// patient locked is left out and the recipient is told something was withheld, never what (C8).
    SendRecord {
        call: EventId,
        patient: PatientId,
        withhold_locked: bool,
    },
    /// Politely decline to disclose, and take a message instead.
    TakeMessage {
        call: EventId,
        for_whom: StaffId,
        urgent: bool,
        note: String,
    },
    /// Tell the caller who will call them back, and by when (T9's second edition): the desk itself,
    /// or a clinician, who calls by then if the message reached them.
    PromiseCallBack {
        call: EventId,
        who: CallBackBy,
        by: TimeOfDay,
    },
    /// Put the caller through to a physician or the nurse now.
    Transfer {
        call: EventId,
        to: StaffId,
    },
    /// Tell the caller what to do now (hang up and call 911, call or text 988, …).
    Advise {
        call: EventId,
        advice: Advice,
    },
    /// Say it is probably nothing / no need to be seen: the mistake T2 names.
    Reassure {
        call: EventId,
    },
    /// Read out a Limited Use code for the pharmacist: the mistake S11 names (codes come from the
    /// prescriber).
    GiveLimitedUseCode {
        call: EventId,
    },

    // ── The appointment book ─────────────────────────────────────────────────────────────────────
    Book(BookRequest),
    /// Move a visit to another time, and to another physician's book when `physician` names one
    /// (a covering physician during an absence, S6); left out, the visit stays with its physician.
    Reschedule {
        appointment: AppointmentId,
        date: Date,
        at: TimeOfDay,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        physician: Option<StaffId>,
    },
    Cancel {
        appointment: AppointmentId,
        reason: String,
    },
    AddToWaitlist {
        patient: PatientId,
        physician: StaffId,
        kind: AppointmentTypeId,
        priority: Priority,
    },

    // ── The desk ─────────────────────────────────────────────────────────────────────────────────
    CheckIn {
        appointment: AppointmentId,
    },
    VerifyHealthCard {
        patient: PatientId,
    },
    UpdateDemographics {
        patient: PatientId,
        change: Demographic,
    },
    RegisterPatient {
        patient: PatientId,
    },
    /// The card failed the check: ask for the patient's own valid card, and refer them to
    /// ServiceOntario (S10).
    ReferToServiceOntario {
        patient: PatientId,
    },
    /// Call 911 for someone at the desk (T1).
    Call911 {
        patient: PatientId,
    },
    /// Bring a physician or the nurse to someone at the desk now (T4).
    FetchClinician {
        patient: PatientId,
        who: StaffId,
    },
    /// Tell the waiting room how long the wait will be, and offer to rebook (S7).
    AnnounceDelay {
        minutes: u16,
    },
    /// Ask someone at the counter what brings them in (what, since when, how bad): a walk-in says
    /// what they say only when asked (format 2; T13).
    AskWhyHere {
        patient: PatientId,
    },
    /// Tell one person at the desk or in the waiting room how long they will wait to be seen
    /// (format 2; judged for accuracy under S7, and under T4 for someone unwell who then leaves).
    TellWait {
        patient: PatientId,
        minutes: u16,
    },
    /// Say something about a patient aloud at the desk: the mistake C10 names.
    SayAloud {
        patient: PatientId,
        info: InfoKind,
    },

    // ── Documents and the inbox ──────────────────────────────────────────────────────────────────
    FileDocument {
        document: EventId,
        patient: PatientId,
    },
    FlagToPhysician {
        about: Flag,
        physician: StaffId,
        urgent: bool,
        note: String,
    },
    PrintForSignature {
        document: EventId,
    },
    /// Chase the acknowledgement of a referral the clinic sent out (format 2 `referrals_out`; T12):
    /// by phone the specialist's office confirms receipt on the call; a fax asks them to.
    ChaseReferral {
        referral: ReferralId,
        by: super::referrals::ChaseBy,
    },
    /// Ask a lab or pharmacy to send what the chart is missing (S12).
    RequestRecords {
        patient: PatientId,
        from: ContactId,
        what: String,
    },
    /// Send a booked appointment's time and instructions to the referring office (T12).
    SendAppointmentDetails {
        appointment: AppointmentId,
        to: ContactId,
        by: Sending,
    },
    /// Report a privacy breach (a misdirected fax) to the physician or privacy officer (C15).
    ReportBreach {
        document: EventId,
    },
    /// Get rid of a document's paper: the shredder, or a bin (C19). Once it is gone it can no
    /// longer be filed or printed.
    Dispose {
        document: EventId,
        how: Disposal,
    },
    /// Report suspected child abuse to the Children's Aid Society (C17).
    ReportToChildrensAid {
        call: EventId,
    },

    // ── Outgoing calls ───────────────────────────────────────────────────────────────────────────
    PlaceCall {
        patient: PatientId,
        number: PhoneKind,
        purpose: Purpose,
    },
    /// Leave a voicemail on the call just placed, saying exactly these things (C9, S9).
    LeaveVoicemail {
        patient: PatientId,
        says: Vec<VoicemailItem>,
    },
    /// Offer a slot to the patient on the line; whether they take it follows their availability.
    OfferSlot {
        patient: PatientId,
        request: BookRequest,
    },
    /// Put the outgoing call down.
    HangUp,

    // ── The office ───────────────────────────────────────────────────────────────────────────────
    SetGreeting {
        mentions: Vec<GreetingItem>,
    },
    /// Open a patient's chart; every opening is audited (C14).
    OpenChart {
        patient: PatientId,
    },
    /// Write a note to the chart: the caller's words, the advice given, who was told (T9).
    Note {
        patient: PatientId,
        text: String,
    },
    /// Book a test the physician ordered at an outside lab or imaging centre (S13).
    BookOutsideTest {
        patient: PatientId,
        at: ContactId,
        test: String,
        date: Date,
    },
    /// Close the office: whatever is still undone is judged now.
    EndDay,
}

impl Action {
    /// The inbound call or voicemail this action is made on, if any (a booking names the call it
    /// answers).
    pub fn call(&self) -> Option<&EventId> {
        match self {
            Action::Answer { call }
            | Action::Hold { call }
            | Action::TakeOffHold { call }
            | Action::EndCall { call }
            | Action::AskIdentifiers { call }
            | Action::AskWhy { call }
            | Action::ReadOutIdentifier { call, .. }
            | Action::CallBackOnFile { call }
            | Action::Disclose { call, .. }
            | Action::SendRecord { call, .. }
            | Action::TakeMessage { call, .. }
            | Action::PromiseCallBack { call, .. }
            | Action::Transfer { call, .. }
            | Action::Advise { call, .. }
            | Action::Reassure { call }
            | Action::GiveLimitedUseCode { call }
            | Action::ReportToChildrensAid { call } => Some(call),
            Action::Book(request) => request.answers.as_ref(),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speed {
    /// 1×: the reference day (08:00–17:30) plays in about 38 minutes.
    Normal,
    /// 2×.
    Fast,
    /// 4×.
    Faster,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Advice {
    /// Hang up and call 911 now.
    Call911,
    /// The desk transferred the call to 911 (T1's second edition: one of the three methods an
    /// office's policy may use).
    Transferred911,
    /// The desk called 911 itself for dispatch to the caller's address, confirmed with them.
    Dispatched911,
    /// Call or text 988, the suicide crisis helpline.
    Crisis988,
    /// Go to the emergency department now.
    EmergencyDepartment,
    /// Ontario's nurse advice line.
    Health811,
    /// "Call 911 if it gets worse": the safety net of T9.
    CallBackIfWorse,
}

/// Who a caller is told will call them back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallBackBy {
    /// The desk itself (a call placed to the patient).
    Desk,
    /// A physician or the nurse, given the message.
    Staff(StaffId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookRequest {
    pub patient: PatientId,
    pub physician: StaffId,
    pub kind: AppointmentTypeId,
    pub date: Date,
    pub at: TimeOfDay,
    #[serde(default)]
    pub minutes: Option<u16>,
    /// The call, walk-in or document this booking answers, so the judge can weigh it against the
    /// true urgency (T1, T5, T6, T12).
    #[serde(default)]
    pub answers: Option<EventId>,
    /// The clinician who approved squeezing an urgent add-on into a full slot (S4).
    #[serde(default)]
    pub approved_by: Option<StaffId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Demographic {
    Address(String),
    Phone { kind: PhoneKind, number: String },
}

/// What a flag to the physician is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flag {
    Document(EventId),
    Call(EventId),
    NoShow(AppointmentId),
    Patient(PatientId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sending {
    Fax,
    Phone,
    Email,
}

/// Where paper goes once the desk is done with it (C19: only the shredder is safe for paper with
/// health information on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disposal {
    /// The shredder (or the locked bin the shredding company empties).
    Shred,
    /// The blue bin: the mistake C19 names.
    Recycling,
    /// The garbage.
    Garbage,
}

impl Disposal {
    /// Where the paper went, in words: "into the shredder".
    pub fn words(self) -> &'static str {
        match self {
            Disposal::Shred => "into the shredder",
            Disposal::Recycling => "into the recycling",
            Disposal::Garbage => "into the garbage",
        }
    }
}

/// Why the desk is calling a patient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    Reminder { appointment: AppointmentId },
    WaitlistOffer,
    Rebooking { appointment: AppointmentId },
    ReturnVoicemail { voicemail: EventId },
    FollowUp,
}

/// What a voicemail left by the desk may say. The first four are what the rulebook allows (C9, S9);
/// the last three are what it forbids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoicemailItem {
    CallerName,
    ClinicName,
    CallbackNumber,
    AppointmentDateTime,
    BringHealthCardAndMedications,
    ReasonForVisit,
    TestType,
    Results,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_read_and_write_as_ron() {
        let actions = vec![
            Action::Answer { call: "call-1".into() },
            Action::AskIdentifiers { call: "call-1".into() },
            Action::Advise { call: "call-1".into(), advice: Advice::Call911 },
            Action::Book(BookRequest {
                patient: "ann".into(),
                physician: "lee".into(),
                kind: "visit".into(),
                date: "2026-03-13".parse().expect("date"),
                at: "09:30".parse().expect("time"),
                minutes: None,
                answers: Some("call-1".into()),
                approved_by: None,
            }),
            Action::SetGreeting { mentions: vec![GreetingItem::Hours, GreetingItem::Emergency911] },
        ];
        let text = crate::scenario::to_ron(&actions).expect("serializes");
        let back: Vec<Action> = crate::scenario::ron_options().from_str(&text).expect("parses");
        assert_eq!(back, actions);
        let written: Vec<Action> = crate::scenario::ron_options()
            .from_str(r#"[Answer(call: "call-1"), Advise(call: "call-1", advice: Call911)]"#)
            .expect("hand-written form parses");
        assert_eq!(written[1], actions[2]);
    }
}

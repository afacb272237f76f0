//! Format 2: consequences. A timeline entry may happen only if something the desk did earlier holds
//! (`only_if`), or only if it does not (`unless`): the wife who rings at 16:00 asking why nobody
//! called back does not ring if the desk sent her husband to the emergency room at 10:30. A
//! condition is checked once, when its event is due, against what the day holds by then.

use serde::{Deserialize, Serialize};

use super::ids::{EventId, PatientId, ReferralId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// This event came to pass: the alternative a `OneOf` picked, or an event whose own condition
    /// held.
    Happened(EventId),
    /// The desk sent this caller, voicemail's or message's caller, visitor or walk-in to emergency
    /// care: 911 advised or called, or the emergency department advised.
    SentToEmergency(EventId),
    /// The desk asked this caller what the call is about (T13).
    AskedWhy(EventId),
    /// The desk spoke with this caller: answered the call live, or called the voicemail's or
    /// message's caller back and reached them (or answered by message).
    Reached(EventId),
    /// A clinician saw this walk-in or the person behind this visitor, or took this call: fetched
    /// to the desk, a call transferred or handed to one.
    ClinicianReached(EventId),
    /// This walk-in left without being seen by anyone (tired of waiting, or put off by the wait
    /// the desk told them).
    LeftUnseen(EventId),
    /// This document or call was flagged to a physician.
    Flagged(EventId),
    /// The desk booked this patient a visit during the day, and it still holds its time.
    Booked(PatientId),
    /// The desk chased this referral sent out (`referrals_out`), by phone or fax.
    Chased(ReferralId),
    /// Every one of these holds.
    AllOf(Vec<Condition>),
    /// At least one of these holds.
    AnyOf(Vec<Condition>),
}

impl Condition {
    /// The events this condition names, each with the kinds of event it may name, for the
    /// validator (a condition about something that cannot have happened yet is an error).
    pub fn events(&self) -> Vec<(&EventId, &'static [&'static str])> {
        const PEOPLE: &[&str] = &["Call", "Voicemail", "Message", "Visitor", "WalkIn"];
        const CALLS: &[&str] = &["Call", "Voicemail", "Message", "Visitor"];
        match self {
            Condition::SentToEmergency(id) | Condition::ClinicianReached(id) => vec![(id, PEOPLE)],
            Condition::Happened(id) => vec![(id, &["Call", "Voicemail", "Message", "Visitor", "WalkIn", "Document"])],
            Condition::AskedWhy(id) | Condition::Reached(id) => vec![(id, CALLS)],
            Condition::LeftUnseen(id) => vec![(id, &["WalkIn"])],
            Condition::Flagged(id) => vec![(id, &["Document", "Call", "Voicemail", "Message", "Visitor"])],
            Condition::Booked(_) | Condition::Chased(_) => Vec::new(),
            Condition::AllOf(all) | Condition::AnyOf(all) => all.iter().flat_map(Condition::events).collect(),
        }
    }

    /// The patients this condition names.
    pub fn patients(&self) -> Vec<&PatientId> {
        match self {
            Condition::Booked(patient) => vec![patient],
            Condition::AllOf(all) | Condition::AnyOf(all) => all.iter().flat_map(Condition::patients).collect(),
            _ => Vec::new(),
        }
    }

    /// The referrals this condition names.
    pub fn referrals(&self) -> Vec<&ReferralId> {
        match self {
            Condition::Chased(referral) => vec![referral],
            Condition::AllOf(all) | Condition::AnyOf(all) => all.iter().flat_map(Condition::referrals).collect(),
            _ => Vec::new(),
        }
    }

    /// What the condition says, as it turned out: "the desk sent `call-george` to emergency care",
    /// or, when it does not hold, "the desk did not send …".
    pub fn words(&self, holds: bool) -> String {
        let (yes, no) = match self {
            Condition::Happened(id) => (format!("`{id}` came"), format!("`{id}` never came")),
            Condition::SentToEmergency(id) => {
                (format!("`{id}` was sent to emergency care"), format!("`{id}` was not sent to emergency care"))
            }
            Condition::AskedWhy(id) => {
                (format!("`{id}` was asked what it is about"), format!("`{id}` was not asked what it is about"))
            }
            Condition::Reached(id) => {
                (format!("the desk spoke with `{id}`"), format!("the desk did not speak with `{id}`"))
            }
            Condition::ClinicianReached(id) => {
                (format!("a clinician saw or took `{id}`"), format!("no clinician saw or took `{id}`"))
            }
            Condition::LeftUnseen(id) => (format!("`{id}` left unseen"), format!("`{id}` did not leave unseen")),
            Condition::Flagged(id) => {
                (format!("`{id}` was flagged to a physician"), format!("`{id}` was not flagged to a physician"))
            }
            Condition::Booked(patient) => {
                (format!("`{patient}` was booked a visit"), format!("`{patient}` was not booked a visit"))
            }
            Condition::Chased(referral) => {
                (format!("referral `{referral}` was chased"), format!("referral `{referral}` was not chased"))
            }
            Condition::AllOf(all) => {
                let parts: Vec<String> = all.iter().map(|c| c.words(true)).collect();
                (format!("all of: {}", parts.join("; ")), format!("not all of: {}", parts.join("; ")))
            }
            Condition::AnyOf(all) => {
                let parts: Vec<String> = all.iter().map(|c| c.words(true)).collect();
                (format!("one of: {}", parts.join("; ")), format!("none of: {}", parts.join("; ")))
            }
        };
        if holds { yes } else { no }
    }
}

//! Calls the desk places: waitlist offers (S5), and what a voicemail may say and where (C9, S9).

use super::booking::waitlist_choice;
use crate::rules::{Severity, Verdict};
use crate::sim::action::{Purpose, VoicemailItem};
use crate::sim::day::Day;
use crate::sim::phone::OutgoingCall;

/// A call was placed.
pub fn placed(day: &Day, line: &OutgoingCall) -> Vec<Verdict> {
    if !matches!(line.purpose, Purpose::WaitlistOffer) {
        return Vec::new();
    }
    // The first offer for each freed slot shows whether the waitlist was worked by priority (the
    // call just placed is already on each open slot's list of offers).
    day.freed
        .iter()
        .filter(|slot| slot.filled_by.is_none() && slot.offered_to.len() == 1)
        .filter_map(|slot| waitlist_choice(day, slot, &line.patient, None))
        .collect()
}

/// A voicemail was left on a patient's phone.
pub fn voicemail_left(day: &Day, line: &OutgoingCall, says: &[VoicemailItem]) -> Vec<Verdict> {
    let Some(patient) = day.scenario.patient(&line.patient) else { return Vec::new() };
    let about = format!("voicemail-{}-{}", line.patient, line.at);
    let mut verdicts = Vec::new();
    let forbidden: Vec<&str> = says
        .iter()
        .filter_map(|item| match item {
            VoicemailItem::ReasonForVisit => Some("the reason for the visit"),
            VoicemailItem::TestType => Some("the test"),
            VoicemailItem::Results => Some("the results"),
            _ => None,
        })
        .collect();
    let consented = patient.contact.voicemail_on == Some(line.number);
    if !consented {
        let did =
            format!("Left a voicemail on {}'s {:?} phone, which they did not agree to.", patient.name, line.number);
        if let Purpose::Reminder { appointment } = &line.purpose {
            // S9 asks for the consented channel: a reminder left elsewhere is not one kept.
            verdicts.push(Verdict::broken(
                "S9",
                appointment.as_str(),
                format!("{did} The reminder went to the wrong place."),
            ));
        }
        verdicts.push(Verdict::broken("C9", about.clone(), did));
    }
    if !forbidden.is_empty() {
        let did = format!("Left a voicemail for {} naming {}.", patient.name, forbidden.join(" and "));
        if let Purpose::Reminder { appointment } = &line.purpose {
            // The reminder's own rule, at its own weight: the privacy slip is C9's to judge.
            verdicts.push(Verdict::broken("S9", appointment.as_str(), did.clone()));
        }
        verdicts.push(Verdict::broken("C9", about, did));
        return verdicts;
    }
    let has_basics = says.contains(&VoicemailItem::ClinicName) && says.contains(&VoicemailItem::CallbackNumber);
    if consented && !has_basics {
        verdicts.push(Verdict::broken_as(
            "C9",
            Severity::Minor,
            about.clone(),
            "Left a voicemail without the clinic's name and a call-back number.",
        ));
    } else if consented {
        verdicts.push(Verdict::kept(
            "C9",
            about,
            format!("Left {} a minimal voicemail on the agreed number.", patient.name),
        ));
    }
    verdicts
}

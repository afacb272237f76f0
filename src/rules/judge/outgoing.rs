//! Calls the desk places: waitlist offers (S5), and what a voicemail may say and where (C9, S9).

use super::booking::waitlist_choice;
use crate::rules::{Severity, Verdict, Words};
use crate::scenario::PhoneKind;
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
    let forbidden: Vec<Words> = says
        .iter()
        .filter_map(|item| match item {
            VoicemailItem::ReasonForVisit => Some(Words::msg("outgoing-reason-for-visit")),
            VoicemailItem::TestType => Some(Words::msg("outgoing-test")),
            VoicemailItem::Results => Some(Words::msg("outgoing-results")),
            _ => None,
        })
        .collect();
    let consented = patient.contact.voicemail_on == Some(line.number);
    if !consented {
        let phone = match line.number {
            PhoneKind::Home => "home",
            PhoneKind::Mobile => "mobile",
            PhoneKind::Work => "work",
        };
        let did = Words::msg("outgoing-not-agreed").arg("who", &patient.name).arg("phone", phone);
        if let Purpose::Reminder { appointment } = &line.purpose {
            // S9 asks for the consented channel: a reminder left elsewhere is not one kept.
            verdicts.push(Verdict::broken(
                "S9",
                appointment.as_str(),
                did.clone().then(Words::msg("outgoing-reminder-wrong-place")),
            ));
        }
        verdicts.push(Verdict::broken("C9", about.clone(), did));
    }
    if let Some(named) = joined_by_and(forbidden) {
        let did = Words::msg("outgoing-named").arg("who", &patient.name).arg("items", named);
        if let Purpose::Reminder { appointment } = &line.purpose {
            // The reminder's own rule, at its own weight: the privacy slip is C9's to judge.
            verdicts.push(Verdict::broken("S9", appointment.as_str(), did.clone()));
        }
        verdicts.push(Verdict::broken("C9", about, did));
        return verdicts;
    }
    let has_basics = says.contains(&VoicemailItem::ClinicName) && says.contains(&VoicemailItem::CallbackNumber);
    if consented && !has_basics {
        verdicts.push(Verdict::broken_as("C9", Severity::Minor, about.clone(), Words::msg("outgoing-no-basics")));
    } else if consented {
        verdicts.push(Verdict::kept("C9", about, Words::msg("outgoing-minimal").arg("who", &patient.name)));
    }
    verdicts
}

/// "a and b and c": each item joined to the ones before it by "and"; `None` for no items.
fn joined_by_and(items: Vec<Words>) -> Option<Words> {
    items.into_iter().reduce(|list, item| Words::msg("outgoing-and").arg("list", list).arg("item", item))
}

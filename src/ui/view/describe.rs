//! Actions in the desk's own words, for the call transcript and the debrief's timeline.

use fluent_bundle::FluentValue;

use super::{contact_name, date_words, document_name, info_word, patient_name, visit_words};
use crate::i18n::{Lang, text};
use crate::scenario::Jurisdiction;
use crate::sim::Day;
use crate::sim::action::{Action, Advice, Disposal, Purpose, Speed, VoicemailItem};

/// The clinic's jurisdiction as the French messages choose by it (`qc` or `other`): Quebec's
/// Info-Santé 811, DPJ and restriction of access. The English says the same everywhere.
pub fn jurisdiction(quebec: bool) -> FluentValue<'static> {
    if quebec { "qc".into() } else { "other".into() }
}

/// Whether the day's clinic is in Quebec.
pub fn in_quebec(day: &Day) -> bool {
    day.scenario.clinic.jurisdiction == Jurisdiction::QC
}

pub fn advice_words(advice: Advice, lang: Lang, quebec: bool) -> String {
    match advice {
        Advice::Call911 => text(lang, "describe-advice-call-911", &[]),
        Advice::Transferred911 => text(lang, "describe-advice-transferred-911", &[]),
        Advice::Dispatched911 => text(lang, "describe-advice-dispatched-911", &[]),
        Advice::Crisis988 => text(lang, "describe-advice-crisis-988", &[]),
        Advice::EmergencyDepartment => text(lang, "describe-advice-emergency-department", &[]),
        Advice::Health811 => text(lang, "describe-advice-health811", &[("jurisdiction", jurisdiction(quebec))]),
        Advice::CallBackIfWorse => text(lang, "describe-advice-call-back-if-worse", &[]),
    }
}

pub fn voicemail_words(item: VoicemailItem, lang: Lang) -> String {
    match item {
        VoicemailItem::CallerName => text(lang, "describe-voicemail-caller-name", &[]),
        VoicemailItem::ClinicName => text(lang, "describe-voicemail-clinic-name", &[]),
        VoicemailItem::CallbackNumber => text(lang, "describe-voicemail-callback-number", &[]),
        VoicemailItem::AppointmentDateTime => text(lang, "describe-voicemail-appointment-date-time", &[]),
        VoicemailItem::BringHealthCardAndMedications => text(lang, "describe-voicemail-bring-card", &[]),
        VoicemailItem::ReasonForVisit => text(lang, "describe-voicemail-reason-for-visit", &[]),
        VoicemailItem::TestType => text(lang, "describe-voicemail-test-type", &[]),
        VoicemailItem::Results => text(lang, "describe-voicemail-results", &[]),
    }
}

pub const VOICEMAIL_ITEMS: [VoicemailItem; 8] = [
    VoicemailItem::CallerName,
    VoicemailItem::ClinicName,
    VoicemailItem::CallbackNumber,
    VoicemailItem::AppointmentDateTime,
    VoicemailItem::BringHealthCardAndMedications,
    VoicemailItem::ReasonForVisit,
    VoicemailItem::TestType,
    VoicemailItem::Results,
];

/// The least drastic first: a menu opened from the keyboard lands on the first, and a slip of the
/// key must not send a caller to 911.
pub const ADVICE: [Advice; 7] = [
    Advice::CallBackIfWorse,
    Advice::Health811,
    Advice::EmergencyDepartment,
    Advice::Crisis988,
    Advice::Call911,
    Advice::Transferred911,
    Advice::Dispatched911,
];

/// One line saying what the learner did, naming people, visits and documents, never ids, in `lang`.
pub fn describe(day: &Day, action: &Action, lang: Lang) -> String {
    let scenario = &*day.scenario;
    let patient = |id| patient_name(scenario, id);
    let visit = |id| visit_words(day, id, lang);
    // "today at 10:00", "on Friday 17 April at 10:00".
    let when = |date| {
        let words = date_words(day.today(), date, lang);
        if words.starts_with(char::is_uppercase) {
            text(lang, "describe-on-date", &[("date", words.into())])
        } else {
            words
        }
    };
    let document = |id| document_name(day, id, lang);
    let staff = |id| scenario.staff_name(id);
    let quebec = in_quebec(day);
    if action.call().and_then(|call| day.calls.get(call)).is_some_and(|call| call.in_person())
        && let Some(words) = face_to_face(day, action, lang)
    {
        return words;
    }
    match action {
        Action::Pause => text(lang, "describe-paused", &[]),
        Action::Resume => text(lang, "describe-resumed", &[]),
        Action::SetSpeed(speed) => {
            let speed = match speed {
                Speed::Normal => "1×",
                Speed::Fast => "2×",
                Speed::Faster => "4×",
            };
            text(lang, "describe-speed", &[("speed", speed.into())])
        }
        Action::SkipToNextEvent => text(lang, "describe-skipped", &[]),
        Action::Answer { .. } => text(lang, "describe-answered", &[]),
        Action::Hold { .. } => text(lang, "describe-held", &[]),
        Action::TakeOffHold { .. } => text(lang, "describe-off-hold", &[]),
        Action::EndCall { .. } => text(lang, "describe-ended-call", &[]),
        Action::AskIdentifiers { .. } => text(lang, "describe-asked-identifiers", &[]),
        Action::AskWhy { .. } => text(lang, "describe-asked-why", &[]),
        Action::ReadOutIdentifier { patient: p, .. } => {
            text(lang, "describe-read-out", &[("patient", patient(p).into())])
        }
        Action::CallBackOnFile { .. } => text(lang, "describe-call-back-on-file", &[]),
        Action::Disclose { patient: p, info, .. } => {
            text(lang, "describe-disclosed", &[("patient", patient(p).into()), ("info", info_word(*info, lang).into())])
        }
        Action::SendRecord { patient: p, withhold_locked: true, .. } => {
            let args = [("patient", patient(p).into()), ("jurisdiction", jurisdiction(quebec))];
            text(lang, "describe-sent-record-without-locked", &args)
        }
        Action::SendRecord { patient: p, withhold_locked: false, .. } => {
            text(lang, "describe-sent-record", &[("patient", patient(p).into())])
        }
        Action::TakeMessage { for_whom, urgent: true, .. } => {
            text(lang, "describe-took-urgent-message", &[("staff", staff(for_whom).into())])
        }
        Action::TakeMessage { for_whom, urgent: false, .. } => {
            text(lang, "describe-took-message", &[("staff", staff(for_whom).into())])
        }
        Action::PromiseCallBack { who, by, .. } => match who {
            crate::sim::action::CallBackBy::Desk => {
                text(lang, "describe-promised-desk", &[("by", by.to_string().into())])
            }
            crate::sim::action::CallBackBy::Staff(who) => {
                text(lang, "describe-promised-staff", &[("staff", staff(who).into()), ("by", by.to_string().into())])
            }
        },
        Action::Transfer { to, .. } => text(lang, "describe-transferred", &[("staff", staff(to).into())]),
        Action::Advise { advice, .. } => {
            text(lang, "describe-advised", &[("advice", advice_words(*advice, lang, quebec).into())])
        }
        Action::Reassure { .. } => text(lang, "describe-reassured", &[]),
        Action::GiveLimitedUseCode { .. } => text(lang, "describe-gave-code", &[]),
        Action::Book(request) => {
            let args = [
                ("patient", patient(&request.patient).into()),
                ("staff", staff(&request.physician).into()),
                ("when", when(request.date).into()),
                ("at", request.at.to_string().into()),
            ];
            text(lang, "describe-booked", &args)
        }
        Action::Reschedule { appointment, date, at, physician: None } => {
            let args =
                [("visit", visit(appointment).into()), ("when", when(*date).into()), ("at", at.to_string().into())];
            text(lang, "describe-moved", &args)
        }
        Action::Reschedule { appointment, date, at, physician: Some(physician) } => {
            let args = [
                ("visit", visit(appointment).into()),
                ("staff", staff(physician).into()),
                ("when", when(*date).into()),
                ("at", at.to_string().into()),
            ];
            text(lang, "describe-moved-to-physician", &args)
        }
        Action::Cancel { appointment, reason } => {
            let args = [("visit", visit(appointment).into()), ("reason", reason.as_str().into())];
            text(lang, "describe-cancelled", &args)
        }
        Action::AddToWaitlist { patient: p, physician, .. } => {
            text(lang, "describe-waitlisted", &[("patient", patient(p).into()), ("staff", staff(physician).into())])
        }
        Action::CheckIn { appointment } => text(lang, "describe-checked-in", &[("visit", visit(appointment).into())]),
        Action::VerifyHealthCard { patient: p } => {
            text(lang, "describe-checked-card", &[("patient", patient(p).into())])
        }
        Action::UpdateDemographics { patient: p, .. } => {
            text(lang, "describe-updated-demographics", &[("patient", patient(p).into())])
        }
        Action::RegisterPatient { patient: p } => text(lang, "describe-registered", &[("patient", patient(p).into())]),
        Action::ReferToServiceOntario { patient: p } => {
            let args = [("patient", patient(p).into()), ("jurisdiction", jurisdiction(quebec))];
            text(lang, "describe-referred-for-card", &args)
        }
        Action::Call911 { patient: p } => text(lang, "describe-called-911", &[("patient", patient(p).into())]),
        Action::FetchClinician { patient: p, who } => {
            text(lang, "describe-fetched-clinician", &[("staff", staff(who).into()), ("patient", patient(p).into())])
        }
        Action::AnnounceDelay { minutes } => text(lang, "describe-announced-delay", &[("minutes", minutes.into())]),
        Action::ChaseReferral { referral, by } => {
            let what = scenario.referral_out(referral).map_or_else(|| referral.to_string(), |r| r.reason.clone());
            match by {
                crate::sim::referrals::ChaseBy::Phone => {
                    text(lang, "describe-chased-by-phone", &[("what", what.into())])
                }
                crate::sim::referrals::ChaseBy::Fax => text(lang, "describe-chased-by-fax", &[("what", what.into())]),
            }
        }
        Action::AskWhyHere { patient: p } => text(lang, "describe-asked-why-here", &[("patient", patient(p).into())]),
        Action::TellWait { patient: p, minutes } => {
            text(lang, "describe-told-wait", &[("patient", patient(p).into()), ("minutes", minutes.into())])
        }
        Action::SayAloud { patient: p, info } => {
            let args = [("patient", patient(p).into()), ("info", info_word(*info, lang).into())];
            text(lang, "describe-said-aloud", &args)
        }
        Action::FileDocument { document: document_id, patient: p } => {
            text(lang, "describe-filed", &[("document", document(document_id).into()), ("patient", patient(p).into())])
        }
        Action::FlagToPhysician { physician, urgent: true, .. } => {
            text(lang, "describe-flagged-urgently", &[("staff", staff(physician).into())])
        }
        Action::FlagToPhysician { physician, urgent: false, .. } => {
            text(lang, "describe-flagged", &[("staff", staff(physician).into())])
        }
        Action::PrintForSignature { document: document_id } => {
            text(lang, "describe-printed", &[("document", document(document_id).into())])
        }
        Action::RequestRecords { patient: p, from, what } => {
            let args = [
                ("contact", contact_name(scenario, from).into()),
                ("patient", patient(p).into()),
                ("what", what.as_str().into()),
            ];
            text(lang, "describe-requested-records", &args)
        }
        Action::SendAppointmentDetails { appointment, to, .. } => {
            let args = [("visit", visit(appointment).into()), ("contact", contact_name(scenario, to).into())];
            text(lang, "describe-sent-details", &args)
        }
        Action::ReportBreach { document: document_id } => {
            let args = [("document", document(document_id).into()), ("jurisdiction", jurisdiction(quebec))];
            text(lang, "describe-reported-breach", &args)
        }
        Action::Dispose { document: document_id, how } => {
            let args: [(&str, FluentValue); 1] = [("document", document(document_id).into())];
            match how {
                Disposal::Shred => text(lang, "describe-put-in-shredder", &args),
                Disposal::Recycling => text(lang, "describe-put-in-recycling", &args),
                Disposal::Garbage => text(lang, "describe-put-in-garbage", &args),
            }
        }
        Action::ReportToChildrensAid { .. } => {
            text(lang, "describe-reported-child-welfare", &[("jurisdiction", jurisdiction(quebec))])
        }
        Action::PlaceCall { patient: p, purpose, .. } => {
            let purpose = match purpose {
                Purpose::Reminder { .. } => text(lang, "describe-purpose-reminder", &[]),
                Purpose::WaitlistOffer => text(lang, "describe-purpose-waitlist-offer", &[]),
                Purpose::Rebooking { .. } => text(lang, "describe-purpose-rebooking", &[]),
                Purpose::ReturnVoicemail { .. } => text(lang, "describe-purpose-return-message", &[]),
                Purpose::FollowUp => text(lang, "describe-purpose-follow-up", &[]),
            };
            text(lang, "describe-placed-call", &[("patient", patient(p).into()), ("purpose", purpose.into())])
        }
        Action::LeaveVoicemail { patient: p, says } => {
            let items = says.iter().map(|i| voicemail_words(*i, lang)).collect::<Vec<_>>().join(", ");
            text(lang, "describe-left-voicemail", &[("patient", patient(p).into()), ("items", items.into())])
        }
        Action::OfferSlot { patient: p, request } => {
            let args = [
                ("patient", patient(p).into()),
                ("when", when(request.date).into()),
                ("at", request.at.to_string().into()),
            ];
            text(lang, "describe-offered-slot", &args)
        }
        Action::HangUp => text(lang, "describe-hung-up", &[]),
        Action::SetGreeting { .. } => text(lang, "describe-changed-greeting", &[]),
        Action::OpenChart { patient: p } => text(lang, "describe-opened-chart", &[("patient", patient(p).into())]),
        Action::Note { patient: p, .. } => text(lang, "describe-wrote-note", &[("patient", patient(p).into())]),
        Action::BookOutsideTest { patient: p, test, at, .. } => {
            let args = [
                ("patient", patient(p).into()),
                ("test", test.as_str().into()),
                ("contact", contact_name(scenario, at).into()),
            ];
            text(lang, "describe-booked-outside-test", &args)
        }
        Action::EndDay => text(lang, "describe-closed-office", &[]),
    }
}

/// What the simulation says with ids (`` `tom-becker` is not at the clinic ``), in the desk's
/// words: patients and staff by name, a visit by whose and when, a call by its caller. An id it
/// does not know stays as written. The names are in `lang`.
pub fn in_words(day: &crate::sim::Day, said: &str, lang: Lang) -> String {
    use crate::scenario::{AppointmentId, EventId, PatientId, StaffId};
    let name_of = |id: &str| -> Option<String> {
        let scenario = &day.scenario;
        let (patient, staff, visit) = (PatientId::from(id), StaffId::from(id), AppointmentId::from(id));
        if scenario.patient(&patient).is_some() {
            return Some(patient_name(scenario, &patient));
        }
        if scenario.is_staff(&staff) {
            return Some(scenario.staff_name(&staff));
        }
        if day.book.get(&visit).is_some() {
            return Some(text(lang, "describe-visit-of", &[("visit", super::visit_name(day, &visit, lang).into())]));
        }
        let event = EventId::from(id);
        let named = super::request_name(day, &event, lang);
        (named != id).then_some(named)
    };
    let mut out = String::with_capacity(said.len());
    for (i, part) in said.split('`').enumerate() {
        match i % 2 {
            1 => match name_of(part) {
                Some(name) => out.push_str(&name),
                None => {
                    out.push('`');
                    out.push_str(part);
                    out.push('`');
                }
            },
            _ => out.push_str(part),
        }
    }
    out
}

/// What the desk did with someone at the counter (format 2 `Visitor`), where the phone's words
/// would be wrong: they are attended to, asked to wait, and leave; nobody is "the caller".
fn face_to_face(day: &Day, action: &Action, lang: Lang) -> Option<String> {
    let scenario = &*day.scenario;
    let patient = |id| patient_name(scenario, id);
    Some(match action {
        Action::Answer { .. } => text(lang, "describe-counter-attended", &[]),
        Action::Hold { .. } => text(lang, "describe-counter-asked-to-wait", &[]),
        Action::TakeOffHold { .. } => text(lang, "describe-counter-came-back", &[]),
        Action::EndCall { .. } => text(lang, "describe-counter-finished", &[]),
        Action::AskIdentifiers { .. } => text(lang, "describe-counter-asked-identifiers", &[]),
        Action::AskWhy { .. } => text(lang, "describe-counter-asked-why", &[]),
        Action::ReadOutIdentifier { patient: p, .. } => {
            text(lang, "describe-counter-read-out", &[("patient", patient(p).into())])
        }
        Action::CallBackOnFile { .. } => text(lang, "describe-counter-phoned-office", &[]),
        Action::Disclose { patient: p, info, .. } => {
            let args = [("patient", patient(p).into()), ("info", info_word(*info, lang).into())];
            text(lang, "describe-counter-disclosed", &args)
        }
        Action::Transfer { to, .. } => {
            text(lang, "describe-counter-brought-clinician", &[("staff", scenario.staff_name(to).into())])
        }
        Action::Reassure { .. } => text(lang, "describe-counter-reassured", &[]),
        _ => return None,
    })
}

#[cfg(test)]
mod words_tests {
    use super::*;

    #[test]
    fn refusals_name_people_not_ids() {
        let builtin = crate::scenario::BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("shipped");
        let scenario = std::sync::Arc::new(builtin.load().expect("loads").scenario);
        let patient = scenario.patients[0].clone();
        let day = crate::shift::Shift::new(scenario, 1);
        let said = in_words(&day, &format!("`{}` is not at the clinic; `nobody-at-all` either", patient.id), Lang::En);
        assert_eq!(said, format!("{} is not at the clinic; `nobody-at-all` either", patient.name));
    }
}

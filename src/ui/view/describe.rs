//! Actions in the desk's own words, for the call transcript and the debrief's timeline.

use super::{contact_name, date_words, document_name, info_word, patient_name, visit_words};
use crate::sim::Day;
use crate::sim::action::{Action, Advice, Purpose, Speed, VoicemailItem};

pub fn advice_words(advice: Advice) -> &'static str {
    match advice {
        Advice::Call911 => "hang up and call 911 now",
        Advice::Transferred911 => "transferred the call to 911",
        Advice::Dispatched911 => "called 911 for an ambulance to their address (confirmed with them)",
        Advice::Crisis988 => "call or text 988, the suicide crisis line",
        Advice::EmergencyDepartment => "go to the emergency department now",
        Advice::Health811 => "call Health811 for a nurse's advice",
        Advice::CallBackIfWorse => "call 911 if it gets worse",
    }
}

pub fn voicemail_words(item: VoicemailItem) -> &'static str {
    match item {
        VoicemailItem::CallerName => "your name",
        VoicemailItem::ClinicName => "the clinic's name",
        VoicemailItem::CallbackNumber => "the callback number",
        VoicemailItem::AppointmentDateTime => "the appointment date and time",
        VoicemailItem::BringHealthCardAndMedications => "bring the health card and medications",
        VoicemailItem::ReasonForVisit => "the reason for the visit",
        VoicemailItem::TestType => "which test",
        VoicemailItem::Results => "the results",
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

/// One line saying what the learner did, naming people, visits and documents, never ids.
pub fn describe(day: &Day, action: &Action) -> String {
    let scenario = &*day.scenario;
    let patient = |id| patient_name(scenario, id);
    let visit = |id| visit_words(day, id);
    // "today at 10:00", "on Friday 17 April at 10:00".
    let when = |date| {
        let words = date_words(day.today(), date);
        if words.starts_with(char::is_uppercase) { format!("on {words}") } else { words }
    };
    let document = |id| document_name(day, id);
    let staff = |id| scenario.staff_name(id);
    if action.call().and_then(|call| day.calls.get(call)).is_some_and(|call| call.in_person())
        && let Some(words) = face_to_face(day, action)
    {
        return words;
    }
    match action {
        Action::Pause => "Paused".into(),
        Action::Resume => "Resumed".into(),
        Action::SetSpeed(speed) => format!(
            "Speed {}",
            match speed {
                Speed::Normal => "1×",
                Speed::Fast => "2×",
                Speed::Faster => "4×",
            }
        ),
        Action::SkipToNextEvent => "Skipped to the next event".into(),
        Action::Answer { .. } => "Answered the phone".into(),
        Action::Hold { .. } => "Put the caller on hold".into(),
        Action::TakeOffHold { .. } => "Took the caller off hold".into(),
        Action::EndCall { .. } => "Ended the call".into(),
        Action::AskIdentifiers { .. } => "Asked the caller to state their name, date of birth and health number".into(),
        Action::AskWhy { .. } => "Asked what the call is about: what, since when, how bad".into(),
        Action::ReadOutIdentifier { patient: p, .. } => {
            format!("Read {}'s details out for the caller to confirm", patient(p))
        }
        Action::CallBackOnFile { .. } => "Hung up to call back on the number on file".into(),
        Action::Disclose { patient: p, info, .. } => format!("Told the caller {}'s {}", patient(p), info_word(*info)),
        Action::SendRecord { patient: p, withhold_locked, .. } => format!(
            "Sent {}'s record{}",
            patient(p),
            if *withhold_locked { ", leaving out the locked part" } else { "" }
        ),
        Action::TakeMessage { for_whom, urgent, .. } => {
            format!("Took a{} message for {}", if *urgent { "n urgent" } else { "" }, staff(for_whom))
        }
        Action::PromiseCallBack { who, by, .. } => match who {
            crate::sim::action::CallBackBy::Desk => format!("Told the caller the desk will call them back by {by}"),
            crate::sim::action::CallBackBy::Staff(who) => {
                format!("Told the caller {} will call them back by {by}", staff(who))
            }
        },
        Action::Transfer { to, .. } => format!("Put the caller through to {}", staff(to)),
        Action::Advise { advice, .. } => format!("Advised: {}", advice_words(*advice)),
        Action::Reassure { .. } => "Told the caller it is probably nothing".into(),
        Action::GiveLimitedUseCode { .. } => "Read out a Limited Use code".into(),
        Action::Book(request) => format!(
            "Booked {} with {} {} at {}",
            patient(&request.patient),
            staff(&request.physician),
            when(request.date),
            request.at
        ),
        Action::Reschedule { appointment, date, at, physician: None } => {
            format!("Moved {} to {} at {at}", visit(appointment), when(*date))
        }
        Action::Reschedule { appointment, date, at, physician: Some(physician) } => {
            format!("Moved {} to {}, {} at {at}", visit(appointment), staff(physician), when(*date))
        }
        Action::Cancel { appointment, reason } => format!("Cancelled {} ({reason})", visit(appointment)),
        Action::AddToWaitlist { patient: p, physician, .. } => {
            format!("Put {} on {}'s waitlist", patient(p), staff(physician))
        }
        Action::CheckIn { appointment } => format!("Checked in {}", visit(appointment)),
        Action::VerifyHealthCard { patient: p } => format!("Checked {}'s health card", patient(p)),
        Action::UpdateDemographics { patient: p, .. } => format!("Updated {}'s address or phone", patient(p)),
        Action::RegisterPatient { patient: p } => format!("Registered {} as a new patient", patient(p)),
        Action::ReferToServiceOntario { patient: p } => {
            format!("Referred {} to ServiceOntario for their card", patient(p))
        }
        Action::Call911 { patient: p } => format!("Called 911 for {}", patient(p)),
        Action::FetchClinician { patient: p, who } => format!("Brought {} to {} now", staff(who), patient(p)),
        Action::AnnounceDelay { minutes } => format!("Told the waiting room of a {minutes}-minute delay"),
        Action::ChaseReferral { referral, by } => {
            let what = scenario.referral_out(referral).map_or_else(|| referral.to_string(), |r| r.reason.clone());
            match by {
                crate::sim::referrals::ChaseBy::Phone => {
                    format!("Phoned to confirm the referral was received ({what})")
                }
                crate::sim::referrals::ChaseBy::Fax => {
                    format!("Faxed to ask that the referral be acknowledged ({what})")
                }
            }
        }
        Action::AskWhyHere { patient: p } => format!("Asked {} what brings them in", patient(p)),
        Action::TellWait { patient: p, minutes } => format!("Told {} the wait is about {minutes} minutes", patient(p)),
        Action::SayAloud { patient: p, info } => {
            format!("Said {}'s {} aloud at the desk", patient(p), info_word(*info))
        }
        Action::FileDocument { document: document_id, patient: p } => {
            format!("Filed {} to {}'s chart", document(document_id), patient(p))
        }
        Action::FlagToPhysician { physician, urgent, .. } => {
            format!("Flagged{} to {}", if *urgent { " urgently" } else { "" }, staff(physician))
        }
        Action::PrintForSignature { document: document_id } => {
            format!("Printed {} for signature", document(document_id))
        }
        Action::RequestRecords { patient: p, from, what } => {
            format!("Asked {} for {}'s {what}", contact_name(scenario, from), patient(p))
        }
        Action::SendAppointmentDetails { appointment, to, .. } => {
            format!("Sent the details of {} to {}", visit(appointment), contact_name(scenario, to))
        }
        Action::ReportBreach { document: document_id } => {
            format!("Reported {} as a privacy breach", document(document_id))
        }
        Action::Dispose { document: document_id, how } => {
            format!("Put {} {}", document(document_id), how.words())
        }
        Action::ReportToChildrensAid { .. } => "Reported to the Children's Aid Society".into(),
        Action::PlaceCall { patient: p, purpose, .. } => format!(
            "Called {} ({})",
            patient(p),
            match purpose {
                Purpose::Reminder { .. } => "reminder",
                Purpose::WaitlistOffer => "waitlist offer",
                Purpose::Rebooking { .. } => "rebooking",
                Purpose::ReturnVoicemail { .. } => "returning a message",
                Purpose::FollowUp => "follow-up",
            }
        ),
        Action::LeaveVoicemail { patient: p, says } => format!(
            "Left {} a voicemail: {}",
            patient(p),
            says.iter().map(|i| voicemail_words(*i)).collect::<Vec<_>>().join(", ")
        ),
        Action::OfferSlot { patient: p, request } => {
            format!("Offered {} {} at {}", patient(p), when(request.date), request.at)
        }
        Action::HangUp => "Hung up".into(),
        Action::SetGreeting { .. } => "Changed the outgoing greeting".into(),
        Action::OpenChart { patient: p } => format!("Opened {}'s chart", patient(p)),
        Action::Note { patient: p, .. } => format!("Wrote a note in {}'s chart", patient(p)),
        Action::BookOutsideTest { patient: p, test, at, .. } => {
            format!("Booked {}'s {test} at {}", patient(p), contact_name(scenario, at))
        }
        Action::EndDay => "Closed the office".into(),
    }
}

/// What the simulation says with ids (`` `tom-becker` is not at the clinic ``), in the desk's
/// words: patients and staff by name, a visit by whose and when, a call by its caller. An id it
/// does not know stays as written.
pub fn in_words(day: &crate::sim::Day, text: &str) -> String {
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
            return Some(format!("the visit of {}", super::visit_name(day, &visit)));
        }
        let event = EventId::from(id);
        let named = super::request_name(day, &event);
        (named != id).then_some(named)
    };
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
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
fn face_to_face(day: &Day, action: &Action) -> Option<String> {
    let scenario = &*day.scenario;
    let patient = |id| patient_name(scenario, id);
    Some(match action {
        Action::Answer { .. } => "Attended to them at the counter".into(),
        Action::Hold { .. } => "Asked them to wait".into(),
        Action::TakeOffHold { .. } => "Came back to them".into(),
        Action::EndCall { .. } => "Finished with them: they left the counter".into(),
        Action::AskIdentifiers { .. } => "Asked them to state their name, date of birth and health number".into(),
        Action::AskWhy { .. } => "Asked what brings them in: what, since when, how bad".into(),
        Action::ReadOutIdentifier { patient: p, .. } => {
            format!("Read {}'s details out for them to confirm", patient(p))
        }
        Action::CallBackOnFile { .. } => "Phoned their office on the number on file to check who they are".into(),
        Action::Disclose { patient: p, info, .. } => format!("Told them {}'s {}", patient(p), info_word(*info)),
        Action::Transfer { to, .. } => format!("Brought {} to the counter for them", scenario.staff_name(to)),
        Action::Reassure { .. } => "Told them it is probably nothing".into(),
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
        let said = in_words(&day, &format!("`{}` is not at the clinic; `nobody-at-all` either", patient.id));
        assert_eq!(said, format!("{} is not at the clinic; `nobody-at-all` either", patient.name));
    }
}

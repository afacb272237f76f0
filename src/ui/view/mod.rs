//! What the learner can see, read off the day: plain structs built from `Day` with no Bevy in them,
//! so panels can be drawn and tested from a view alone (DESIGN principle 7).
//!
//! Views show only what a front desk could know. The scenario's hidden truths (who a caller really
//! is, how urgent a complaint truly is) never reach a view: the learner judges them, the rulebook
//! scores the judgment.

pub mod book;
pub mod chart;
pub mod debrief;
pub mod describe;
pub mod desk;
pub mod inbox;
pub mod occasion;
pub mod phone;
pub mod progress;
pub mod top_bar;

use crate::scenario::{AppointmentId, ContactId, EventId, Scenario, StaffId};
use crate::scenario::{PatientId, Role};
use crate::sim::day::Day;

/// Something the learner can pick from a list: an id for the `Action`, a label for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    pub id: String,
    pub label: String,
}

impl Pick {
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Self {
        Pick { id: id.into(), label: label.into() }
    }
}

pub fn patient_name(scenario: &Scenario, id: &PatientId) -> String {
    scenario.patient(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

pub fn contact_name(scenario: &Scenario, id: &ContactId) -> String {
    scenario.contact(id).map_or_else(|| id.to_string(), |c| c.name.clone())
}

/// The clinic's physicians and nurses: who a call can go to, who a message is for.
pub fn clinicians(scenario: &Scenario) -> Vec<Pick> {
    let mut picks: Vec<Pick> =
        scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
    picks.extend(scenario.staff.nurses.iter().map(|n| Pick::new(n.id.as_str(), format!("{} (nurse)", n.name))));
    picks
}

/// Everyone the clinic has a chart for or is expecting, by name.
pub fn patients(scenario: &Scenario) -> Vec<Pick> {
    let mut picks: Vec<Pick> = scenario.patients.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
    picks.sort_by(|a, b| a.label.cmp(&b.label).then(a.id.cmp(&b.id)));
    picks
}

/// Who a caller says they are, in the desk's words: the claim, never the truth behind it.
pub fn claimed_role(scenario: &Scenario, role: &Role) -> String {
    match role {
        Role::Patient(p) => format!("says they are the patient, {}", patient_name(scenario, p)),
        Role::Relative { patient, relationship } => {
            format!("says they are {}'s {}", patient_name(scenario, patient), relationship_word(*relationship))
        }
        Role::Pharmacist(at) => format!("pharmacist at {}", contact_name(scenario, at)),
        Role::Clinician { at, role } => {
            let what = match role {
                crate::scenario::ClinicianRole::ErNurse => "ER nurse",
                crate::scenario::ClinicianRole::Nurse => "nurse",
                crate::scenario::ClinicianRole::Physician => "physician",
                crate::scenario::ClinicianRole::Specialist => "specialist",
            };
            format!("{what} at {}", contact_name(scenario, at))
        }
        Role::Lab(at) => format!("calling from {}", contact_name(scenario, at)),
        Role::Employer(org) => format!("employer ({org})"),
        Role::Insurer(org) => format!("insurer ({org})"),
        Role::Lawyer(firm) => format!("lawyer ({firm})"),
        Role::Police(service) => format!("police ({service})"),
        Role::School(school) => format!("school ({school})"),
        Role::Public => "not known to the clinic".to_string(),
    }
}

pub fn relationship_word(relationship: crate::scenario::Relationship) -> &'static str {
    use crate::scenario::Relationship::*;
    match relationship {
        Spouse => "spouse",
        Partner => "partner",
        Parent => "parent",
        Child => "child",
        Sibling => "sibling",
        Grandparent => "grandparent",
        Friend => "friend",
        Caregiver => "caregiver",
        Other => "relative",
    }
}

pub fn info_word(info: crate::scenario::InfoKind) -> &'static str {
    use crate::scenario::InfoKind::*;
    match info {
        Attendance => "that they are a patient here",
        Appointments => "appointment times",
        Results => "test results",
        Diagnosis => "diagnosis",
        Medications => "medications",
        Allergies => "allergies",
        Demographics => "address and phone",
        Record => "a copy of the record",
        Everything => "everything on the chart",
    }
}

/// Every kind of information, in the order a menu shows them.
pub const INFO_KINDS: [crate::scenario::InfoKind; 9] = {
    use crate::scenario::InfoKind::*;
    [Attendance, Appointments, Results, Diagnosis, Medications, Allergies, Demographics, Record, Everything]
};

/// The clinic's office policies in plain words, for the briefing.
pub fn policy_lines(scenario: &Scenario) -> Vec<String> {
    let policies = &scenario.clinic.policies;
    let mut lines = Vec::new();
    let double = &policies.double_booking;
    lines.push(if double.max_per_slot <= 1 {
        "No double-booking.".to_string()
    } else {
        format!(
            "Up to {} patients in one slot, for visit types that allow it{}.",
            double.max_per_slot,
            if double.urgent_needs_approval { "; an urgent add-on needs a clinician's approval" } else { "" }
        )
    });
    let reserved: usize = scenario.staff.physicians.iter().flat_map(|p| &p.week).filter(|b| b.same_day).count();
    if reserved > 0 {
        let release =
            policies.release_reserved_at.map(|t| format!(", released to anyone after {t}")).unwrap_or_default();
        lines.push(format!("Same-day slots are held for urgent needs{release}."));
    }
    let ahead = match policies.reminders.days_ahead {
        0 => "the same day".to_owned(),
        1 => "the day before".to_owned(),
        days => format!("{days} days ahead"),
    };
    lines.push(format!(
        "Reminder calls go out {ahead}; a reminder voicemail says only the date, time, clinic and callback number."
    ));
    lines.push(format!(
        "The outgoing greeting must mention: {}.",
        policies.greeting.must_mention.iter().map(|g| g.label()).collect::<Vec<_>>().join(", ")
    ));
    lines
}

/// A visit as the desk speaks of it: "Gordon MacLeod, 09:15" (with the day in words when not today:
/// "Harold Jenkins, Friday 10 April at 10:00"), not its id.
pub fn visit_name(day: &Day, id: &AppointmentId) -> String {
    match day.book.get(id) {
        Some(a) if a.date == day.today() => format!("{}, {}", patient_name(&day.scenario, &a.patient), a.at),
        Some(a) => {
            format!("{}, {} at {}", patient_name(&day.scenario, &a.patient), date_words(day.today(), a.date), a.at)
        }
        None => id.to_string(),
    }
}

/// A booking the book took, in words: "Booked Tom Becker's 09:20 visit today with Dr. Amara Osei."
pub fn booked_words(day: &Day, appointment: &AppointmentId, physician: &StaffId) -> String {
    format!("Booked {} with {}.", visit_words(day, appointment), day.scenario.staff_name(physician))
}

/// A move the book took, in words: "Moved: Harold Jenkins's visit is now on Friday 10 April at
/// 10:00, with Dr. Helen Greene." `to` is the visit's new booking.
pub fn moved_words(day: &Day, to: &AppointmentId) -> Option<String> {
    let moved = day.book.get(to)?;
    let patient = patient_name(&day.scenario, &moved.patient);
    let when = match date_words(day.today(), moved.date).as_str() {
        "today" => format!("at {} today", moved.at),
        "tomorrow" => format!("at {} tomorrow", moved.at),
        other => format!("on {other} at {}", moved.at),
    };
    Some(format!("Moved: {patient}'s visit is now {when}, with {}.", day.scenario.staff_name(&moved.physician)))
}

/// What a booking answers, as the desk speaks of it: "the call from Tom Becker", "Ruth Okafor's
/// walk-in", "the referral from …".
pub fn request_name(day: &Day, id: &EventId) -> String {
    if let Some(call) = day.calls.get(id) {
        return format!("the call from {}", call.call.caller.name);
    }
    if let Some(v) = day.visitors.iter().find(|v| v.walk_in.as_ref() == Some(id)) {
        return format!("{}'s walk-in", patient_name(&day.scenario, &v.patient));
    }
    if day.inbox.iter().any(|i| &i.id == id) {
        return "the document in the inbox".into();
    }
    id.to_string()
}

/// A document in the inbox as the desk speaks of it: "the CBC result from LifeLabs", not its id.
pub fn document_name(day: &Day, id: &EventId) -> String {
    match day.inbox.iter().find(|item| &item.id == id).and_then(|item| item.document()) {
        Some(document) => {
            format!("the {} from {}", document.kind.word(), contact_name(&day.scenario, &document.from))
        }
        None => "the document".to_owned(),
    }
}

/// A date as the desk says it, relative to the simulated day: "today", "tomorrow", "yesterday",
/// "Thursday" within the week ahead, else "Friday 10 April" (with the year when it is not this
/// one's).
pub fn date_words(today: crate::scenario::time::Date, date: crate::scenario::time::Date) -> String {
    match today.days_until(date) {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        2..=6 => date.weekday().name().to_owned(),
        _ => date.long_words(today),
    }
}

/// Whom a physician covers for, and when, in words ("Dr. Helen Greene today to Friday"); none when
/// they cover for nobody.
pub fn covers_words(
    scenario: &Scenario,
    doctor: &crate::scenario::Physician,
    today: crate::scenario::time::Date,
) -> Option<String> {
    let covers: Vec<String> = doctor
        .covers
        .iter()
        .map(|cover| {
            let (from, to) = cover.days(today);
            let when = if from == to {
                date_words(today, from)
            } else {
                format!("{} to {}", date_words(today, from), date_words(today, to))
            };
            format!("{} {when}", scenario.staff_name(&cover.physician))
        })
        .collect();
    (!covers.is_empty()).then(|| covers.join("; "))
}

/// A visit as the desk speaks of it in a sentence: "Gordon MacLeod's 09:15 visit today".
pub fn visit_words(day: &Day, id: &AppointmentId) -> String {
    match day.book.get(id) {
        Some(a) => {
            format!("{}'s {} visit {}", patient_name(&day.scenario, &a.patient), a.at, date_words(day.today(), a.date))
        }
        None => "a visit".to_owned(),
    }
}

#[cfg(test)]
mod words_tests {
    use super::date_words;
    use crate::scenario::time::Date;

    #[test]
    fn dates_are_said_relative_to_the_day() {
        let today = Date::from_ymd(2026, 4, 6).expect("a Monday");
        let on = |d: u32| date_words(today, Date::from_ymd(2026, 4, d).expect("a date"));
        assert_eq!([on(6), on(7), on(5), on(9)], ["today", "tomorrow", "yesterday", "Thursday"]);
        assert_eq!(on(17), "Friday 17 April");
        assert_eq!(date_words(today, Date::from_ymd(2027, 1, 4).expect("a date")), "Monday 4 January 2027");
    }
}

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

use crate::i18n::{Lang, text};
use crate::scenario::time::{Date, Weekday};
use crate::scenario::{AppointmentId, ContactId, EventId, Jurisdiction, Scenario, StaffId};
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
pub fn clinicians(scenario: &Scenario, lang: Lang) -> Vec<Pick> {
    let mut picks: Vec<Pick> =
        scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
    picks.extend(
        scenario
            .staff
            .nurses
            .iter()
            .map(|n| Pick::new(n.id.as_str(), text(lang, "chart-ui-nurse-name", &[("name", n.name.as_str().into())]))),
    );
    picks
}

/// Everyone the clinic has a chart for or is expecting, by name.
pub fn patients(scenario: &Scenario) -> Vec<Pick> {
    let mut picks: Vec<Pick> = scenario.patients.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect();
    picks.sort_by(|a, b| a.label.cmp(&b.label).then(a.id.cmp(&b.id)));
    picks
}

/// Who a caller says they are, in the desk's words: the claim, never the truth behind it.
pub fn claimed_role(scenario: &Scenario, role: &Role, lang: Lang) -> String {
    match role {
        Role::Patient(p) => text(lang, "chart-ui-claims-patient", &[("name", patient_name(scenario, p).into())]),
        Role::Relative { patient, relationship } => {
            let args = [
                ("patient", patient_name(scenario, patient).into()),
                ("relationship", relationship_word(*relationship, lang).into()),
            ];
            text(lang, "chart-ui-claims-relative", &args)
        }
        Role::Pharmacist(at) => text(lang, "chart-ui-claims-pharmacist", &[("at", contact_name(scenario, at).into())]),
        Role::Clinician { at, role } => {
            let what = match role {
                crate::scenario::ClinicianRole::ErNurse => "chart-ui-role-er-nurse",
                crate::scenario::ClinicianRole::Nurse => "chart-ui-role-nurse",
                crate::scenario::ClinicianRole::Physician => "chart-ui-role-physician",
                crate::scenario::ClinicianRole::Specialist => "chart-ui-role-specialist",
            };
            let args = [("role", text(lang, what, &[]).into()), ("at", contact_name(scenario, at).into())];
            text(lang, "chart-ui-claims-clinician", &args)
        }
        Role::Lab(at) => text(lang, "chart-ui-claims-lab", &[("at", contact_name(scenario, at).into())]),
        Role::Employer(org) => text(lang, "chart-ui-claims-employer", &[("org", org.as_str().into())]),
        Role::Insurer(org) => text(lang, "chart-ui-claims-insurer", &[("org", org.as_str().into())]),
        Role::Lawyer(firm) => text(lang, "chart-ui-claims-lawyer", &[("org", firm.as_str().into())]),
        Role::Police(service) => text(lang, "chart-ui-claims-police", &[("org", service.as_str().into())]),
        Role::School(school) => text(lang, "chart-ui-claims-school", &[("org", school.as_str().into())]),
        Role::Public => text(lang, "chart-ui-claims-public", &[]),
    }
}

pub fn relationship_word(relationship: crate::scenario::Relationship, lang: Lang) -> String {
    use crate::scenario::Relationship::*;
    let id = match relationship {
        Spouse => "chart-ui-spouse",
        Partner => "chart-ui-partner",
        Parent => "chart-ui-parent",
        Child => "chart-ui-child",
        Sibling => "chart-ui-sibling",
        Grandparent => "chart-ui-grandparent",
        Friend => "chart-ui-friend",
        Caregiver => "chart-ui-caregiver",
        Other => "chart-ui-relative",
    };
    text(lang, id, &[])
}

pub fn info_word(info: crate::scenario::InfoKind, lang: Lang) -> String {
    use crate::scenario::InfoKind::*;
    let id = match info {
        Attendance => "chart-ui-info-attendance",
        Appointments => "chart-ui-info-appointments",
        Results => "chart-ui-info-results",
        Diagnosis => "chart-ui-info-diagnosis",
        Medications => "chart-ui-info-medications",
        Allergies => "chart-ui-info-allergies",
        Demographics => "chart-ui-info-demographics",
        Record => "chart-ui-info-record",
        Everything => "chart-ui-info-everything",
    };
    text(lang, id, &[])
}

/// Every kind of information, in the order a menu shows them.
pub const INFO_KINDS: [crate::scenario::InfoKind; 9] = {
    use crate::scenario::InfoKind::*;
    [Attendance, Appointments, Results, Diagnosis, Medications, Allergies, Demographics, Record, Everything]
};

/// "; " between the items of a list, as `lang` writes it (French puts a narrow space before).
pub fn semicolon(lang: Lang) -> String {
    format!("{} ", text(lang, "book-ui-semicolon", &[]))
}

/// What an outgoing greeting must mention, in words (Quebec's nurse line is Info-Santé 811).
fn greeting_words(item: crate::scenario::GreetingItem, jurisdiction: Jurisdiction, lang: Lang) -> String {
    use crate::scenario::GreetingItem::*;
    match item {
        Hours => text(lang, "greeting-hours", &[]),
        TodaysAvailability => text(lang, "greeting-todays-availability", &[]),
        Closures => text(lang, "greeting-closures", &[]),
        Coverage => text(lang, "greeting-coverage", &[]),
        Emergency911 => text(lang, "greeting-emergency-911", &[]),
        Health811 => text(lang, "book-ui-greeting-811", &[("jurisdiction", jurisdiction_key(jurisdiction).into())]),
        Crisis988 => text(lang, "greeting-crisis-988", &[]),
    }
}

/// How a message tells Quebec from the other provinces: `qc` or `other`.
pub fn jurisdiction_key(jurisdiction: Jurisdiction) -> &'static str {
    if jurisdiction == Jurisdiction::QC { "qc" } else { "other" }
}

/// The clinic's office policies in plain words, for the briefing.
pub fn policy_lines(scenario: &Scenario, lang: Lang) -> Vec<String> {
    let policies = &scenario.clinic.policies;
    let mut lines = Vec::new();
    let double = &policies.double_booking;
    lines.push(if double.max_per_slot <= 1 {
        text(lang, "book-ui-policy-no-double-booking", &[])
    } else if double.urgent_needs_approval {
        text(lang, "book-ui-policy-double-booking-approved", &[("max", double.max_per_slot.into())])
    } else {
        text(lang, "book-ui-policy-double-booking", &[("max", double.max_per_slot.into())])
    });
    let reserved: usize = scenario.staff.physicians.iter().flat_map(|p| &p.week).filter(|b| b.same_day).count();
    if reserved > 0 {
        lines.push(match policies.release_reserved_at {
            Some(t) => text(lang, "book-ui-policy-same-day-released", &[("time", t.to_string().into())]),
            None => text(lang, "book-ui-policy-same-day", &[]),
        });
    }
    lines.push(text(lang, "book-ui-policy-reminders", &[("days", policies.reminders.days_ahead.into())]));
    let jurisdiction = scenario.clinic.jurisdiction;
    let mention: Vec<String> =
        policies.greeting.must_mention.iter().map(|g| greeting_words(*g, jurisdiction, lang)).collect();
    lines.push(text(lang, "book-ui-policy-greeting", &[("items", mention.join(", ").into())]));
    lines
}

/// A visit as the desk speaks of it: "Gordon MacLeod, 09:15" (with the day in words when not today:
/// "Harold Jenkins, Friday 10 April at 10:00"), not its id.
pub fn visit_name(day: &Day, id: &AppointmentId, lang: Lang) -> String {
    match day.book.get(id) {
        Some(a) if a.date == day.today() => {
            let args = [("patient", patient_name(&day.scenario, &a.patient).into()), ("at", a.at.to_string().into())];
            text(lang, "book-ui-visit-name-today", &args)
        }
        Some(a) => {
            let args = [
                ("patient", patient_name(&day.scenario, &a.patient).into()),
                ("date", date_words(day.today(), a.date, lang).into()),
                ("at", a.at.to_string().into()),
            ];
            text(lang, "book-ui-visit-name", &args)
        }
        None => id.to_string(),
    }
}

/// A booking the book took, in words: "Booked Tom Becker's 09:20 visit today with Dr. Amara Osei."
pub fn booked_words(day: &Day, appointment: &AppointmentId, physician: &StaffId, lang: Lang) -> String {
    let args = [
        ("visit", visit_words(day, appointment, lang).into()),
        ("physician", day.scenario.staff_name(physician).into()),
    ];
    text(lang, "book-ui-booked", &args)
}

/// A move the book took, in words: "Moved: Harold Jenkins's visit is now on Friday 10 April at
/// 10:00, with Dr. Helen Greene." `to` is the visit's new booking.
pub fn moved_words(day: &Day, to: &AppointmentId, lang: Lang) -> Option<String> {
    let moved = day.book.get(to)?;
    let patient = patient_name(&day.scenario, &moved.patient);
    let at = moved.at.to_string();
    let when = match day.today().days_until(moved.date) {
        0 => text(lang, "book-ui-moved-today", &[("at", at.as_str().into())]),
        1 => text(lang, "book-ui-moved-tomorrow", &[("at", at.as_str().into())]),
        _ => {
            let args = [("date", date_words(day.today(), moved.date, lang).into()), ("at", at.as_str().into())];
            text(lang, "book-ui-moved-on", &args)
        }
    };
    let args = [
        ("patient", patient.into()),
        ("when", when.into()),
        ("physician", day.scenario.staff_name(&moved.physician).into()),
    ];
    Some(text(lang, "book-ui-moved", &args))
}

/// What a booking answers, as the desk speaks of it: "the call from Tom Becker", "Ruth Okafor's
/// walk-in", "the referral from …".
pub fn request_name(day: &Day, id: &EventId, lang: Lang) -> String {
    if let Some(call) = day.calls.get(id) {
        // Someone at the counter (format 2 `Visitor`) made no call: "Ms. X at the counter".
        let id = if call.in_person() { "book-ui-request-visitor" } else { "book-ui-request-call" };
        return text(lang, id, &[("caller", call.call.caller.name.as_str().into())]);
    }
    if let Some(v) = day.visitors.iter().find(|v| v.walk_in.as_ref() == Some(id)) {
        return text(lang, "book-ui-request-walk-in", &[("patient", patient_name(&day.scenario, &v.patient).into())]);
    }
    if day.inbox.iter().any(|i| &i.id == id) {
        return text(lang, "book-ui-request-document", &[]);
    }
    id.to_string()
}

/// A document in the inbox as the desk speaks of it: "the CBC result from LifeLabs", not its id.
pub fn document_name(day: &Day, id: &EventId, lang: Lang) -> String {
    match day.inbox.iter().find(|item| &item.id == id).and_then(|item| item.document()) {
        Some(document) => {
            let args = [
                ("document", document_words(&document.kind, lang).into()),
                ("from", contact_name(&day.scenario, &document.from).into()),
            ];
            text(lang, "book-ui-document-from", &args)
        }
        None => text(lang, "book-ui-the-document", &[]),
    }
}

/// What a document is, in a word or two ("CBC result", "Referral", "\"Change of address\""): what
/// `DocumentKind::word` says, in `lang` (French with its article: « le résultat CBC »).
pub fn document_words(kind: &crate::scenario::DocumentKind, lang: Lang) -> String {
    crate::rules::judge::inbox::document_words(kind).in_lang(lang).into_owned()
}

/// A date as the desk says it, relative to the simulated day: "today", "tomorrow", "yesterday",
/// "Thursday" within the week ahead, else "Friday 10 April" (with the year when it is not this
/// one's).
pub fn date_words(today: Date, date: Date, lang: Lang) -> String {
    match today.days_until(date) {
        0 => text(lang, "book-ui-today", &[]),
        1 => text(lang, "book-ui-tomorrow", &[]),
        -1 => text(lang, "book-ui-yesterday", &[]),
        2..=6 => date.weekday().name_in(lang),
        _ => date.long_words_in(today, lang),
    }
}

/// The days of the week a day falls on, in the plural, in `lang`: "Fridays", « les vendredis ».
pub fn weekdays_word(weekday: Weekday, lang: Lang) -> String {
    let id = match weekday {
        Weekday::Mon => "book-ui-mondays",
        Weekday::Tue => "book-ui-tuesdays",
        Weekday::Wed => "book-ui-wednesdays",
        Weekday::Thu => "book-ui-thursdays",
        Weekday::Fri => "book-ui-fridays",
        Weekday::Sat => "book-ui-saturdays",
        Weekday::Sun => "book-ui-sundays",
    };
    text(lang, id, &[])
}

/// A visit type with its length, as the lists show it: "Follow-up (15 min)".
pub fn type_length(label: &str, minutes: u16, lang: Lang) -> String {
    text(lang, "book-ui-type-length", &[("label", label.into()), ("minutes", minutes.into())])
}

/// A visit's status as the book shows it: "booked", "no-show", … (`Status::label` in `lang`).
pub fn status_word(status: &crate::book::Status, lang: Lang) -> String {
    use crate::book::Status;
    let id = match status {
        Status::Booked => "book-ui-status-booked",
        Status::Confirmed => "book-ui-status-confirmed",
        Status::Arrived => "book-ui-status-arrived",
        Status::InRoom => "book-ui-status-in-room",
        Status::Done => "book-ui-status-done",
        Status::NoShow => "book-ui-status-no-show",
        Status::Cancelled => "book-ui-status-cancelled",
        Status::Rescheduled { .. } => "book-ui-status-rescheduled",
    };
    text(lang, id, &[])
}

/// Whom a physician covers for, and when, in words ("Dr. Helen Greene today to Friday"); none when
/// they cover for nobody.
pub fn covers_words(
    scenario: &Scenario,
    doctor: &crate::scenario::Physician,
    today: Date,
    lang: Lang,
) -> Option<String> {
    let covers: Vec<String> = doctor
        .covers
        .iter()
        .map(|cover| {
            let (from, to) = cover.days(today);
            let when = if from == to {
                date_words(today, from, lang)
            } else {
                let args = [("from", date_words(today, from, lang).into()), ("to", date_words(today, to, lang).into())];
                text(lang, "book-ui-covers-days", &args)
            };
            let args = [("name", scenario.staff_name(&cover.physician).into()), ("when", when.into())];
            text(lang, "book-ui-covers", &args)
        })
        .collect();
    (!covers.is_empty()).then(|| covers.join(semicolon(lang).as_str()))
}

/// A visit as the desk speaks of it in a sentence: "Gordon MacLeod's 09:15 visit today".
pub fn visit_words(day: &Day, id: &AppointmentId, lang: Lang) -> String {
    match day.book.get(id) {
        Some(a) => {
            let args = [
                ("patient", patient_name(&day.scenario, &a.patient).into()),
                ("at", a.at.to_string().into()),
                ("date", date_words(day.today(), a.date, lang).into()),
            ];
            text(lang, "book-ui-visit-words", &args)
        }
        None => text(lang, "book-ui-a-visit", &[]),
    }
}

#[cfg(test)]
mod words_tests {
    use super::date_words;
    use crate::i18n::Lang;
    use crate::scenario::time::Date;

    #[test]
    fn dates_are_said_relative_to_the_day() {
        let today = Date::from_ymd(2026, 4, 6).expect("a Monday");
        let on = |d: u32| date_words(today, Date::from_ymd(2026, 4, d).expect("a date"), Lang::En);
        assert_eq!([on(6), on(7), on(5), on(9)], ["today", "tomorrow", "yesterday", "Thursday"]);
        assert_eq!(on(17), "Friday 17 April");
        let next_year = Date::from_ymd(2027, 1, 4).expect("a date");
        assert_eq!(date_words(today, next_year, Lang::En), "Monday 4 January 2027");
        assert_eq!(on(17), Date::from_ymd(2026, 4, 17).expect("a date").long_words_in(today, Lang::En));
    }

    #[test]
    fn dates_are_said_in_french_as_quebec_writes_them() {
        let today = Date::from_ymd(2026, 4, 6).expect("a Monday");
        let on = |y: i32, m: u32, d: u32| date_words(today, Date::from_ymd(y, m, d).expect("a date"), Lang::Fr);
        assert_eq!([on(2026, 4, 6), on(2026, 4, 7), on(2026, 4, 5)], ["aujourd'hui", "demain", "hier"]);
        assert_eq!(on(2026, 4, 9), "jeudi");
        assert_eq!(on(2026, 4, 17), "vendredi 17 avril");
        assert_eq!(on(2026, 5, 1), "vendredi 1er mai");
        assert_eq!(on(2027, 1, 4), "lundi 4 janvier 2027");
    }
}

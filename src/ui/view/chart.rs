//! A patient's chart. The desk sees it only after opening it (`Action::OpenChart`), and every opening
//! is audited (C14): the view is built for an opened chart, never to peek.

use super::{Pick, contact_name, relationship_word};
use crate::scenario::health_card::{billing_note, check_expiry, issuer, number_problem};
use crate::scenario::{Authority, ClinicalFlag, Jurisdiction, PatientId, PhoneKind};
use crate::sim::action::{Action, Demographic};
use crate::sim::day::Day;
use crate::sim::journal::Entry;

#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    pub patient: Pick,
    pub on_file: bool,
    pub registered_today: bool,
    pub born: String,
    pub sex: String,
    pub physician: Option<String>,
    pub address: String,
    pub phones: Vec<String>,
    pub voicemail: String,
    pub card: Option<CardView>,
    pub allergies: Vec<String>,
    pub medications: Vec<String>,
    pub pharmacy: Option<Pick>,
    pub authorized: Vec<String>,
    pub lockbox: Vec<String>,
    /// The results on the chart and what may be done with each, in words ("TSH: released by the
    /// physician: ..."), so the desk knows what it may give and what goes to the physician.
    pub results: Vec<String>,
    pub flags: Vec<&'static str>,
    pub available: Vec<String>,
    /// (appointment id, how the book shows it), soonest first.
    pub appointments: Vec<(String, String)>,
    /// Tests booked outside the clinic for this patient today ("Echocardiogram at … on Friday 20
    /// March"), so a booking is confirmed where it was made.
    pub outside_tests: Vec<String>,
    pub documents: Vec<String>,
    pub notes: Vec<String>,
    /// Labs, pharmacies and offices, to ask for records or book a test at.
    pub contacts: Vec<Pick>,
    pub physicians: Vec<Pick>,
    pub types: Vec<Pick>,
    /// The phones on the chart, to call the patient.
    pub numbers: Vec<(PhoneKind, String)>,
    pub today: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    pub number: String,
    pub version: String,
    pub expires: String,
    /// One line per check: (passed, what it says).
    pub checks: Vec<(bool, String)>,
}

impl ChartView {
    pub fn of(day: &Day, id: &PatientId) -> Option<Self> {
        let scenario = &*day.scenario;
        let patient = scenario.patient(id)?;
        let today = day.today();
        let card = patient.health_card.as_ref().map(|card| {
            let mut checks = Vec::new();
            let clinic = scenario.clinic.jurisdiction;
            match (issuer(card, clinic), number_problem(card, patient, clinic)) {
                (_, Some((part, problem))) => checks.push((false, format!("{part}: {problem}"))),
                (Jurisdiction::ON, None) => {
                    checks.push((true, "number: 10 digits, check digit correct".to_string()));
                    checks.push((true, "version code: valid".to_string()));
                }
                (Jurisdiction::QC, None) => checks.push((
                    true,
                    "number: a RAMQ number, built from the holder's name, birth date and sex".to_string(),
                )),
                _ => {}
            }
            if let Some(note) = billing_note(card, clinic) {
                checks.push((true, note.to_string()));
            }
            checks.push(match check_expiry(card.expires, today) {
                Ok(()) => (true, format!("expiry: valid until {}", card.expires)),
                Err(problem) => (false, format!("expiry: {problem}")),
            });
            CardView {
                number: card.number.clone(),
                version: card.version.clone(),
                expires: card.expires.to_string(),
                checks,
            }
        });
        let phone_kind = |k: PhoneKind| match k {
            PhoneKind::Home => "home",
            PhoneKind::Mobile => "mobile",
            PhoneKind::Work => "work",
        };
        // Details the desk updated today, over what the chart said this morning.
        let mut address = patient.address.clone();
        let mut phones: Vec<String> =
            patient.phones.iter().map(|p| format!("{}: {}", phone_kind(p.kind), p.number)).collect();
        for entry in &day.journal.entries {
            if let Entry::Action(Action::UpdateDemographics { patient: who, change }) = &entry.what
                && who == id
            {
                match change {
                    Demographic::Address(new) => address = format!("{new} (updated today)"),
                    Demographic::Phone { kind, number } => {
                        let label = phone_kind(*kind);
                        phones.retain(|p| !p.starts_with(&format!("{label}:")));
                        phones.push(format!("{label}: {number} (updated today)"));
                    }
                }
            }
        }
        Some(ChartView {
            patient: Pick::new(id.as_str(), patient.name.clone()),
            on_file: patient.on_file,
            registered_today: day.registered.contains(id),
            born: format!("{} (age {})", patient.born, patient.born.years_to(day.today())),
            sex: format!("{:?}", patient.sex),
            physician: patient.physician.as_ref().map(|p| scenario.staff_name(p)),
            address,
            phones,
            voicemail: match patient.contact.voicemail_on {
                Some(kind) => format!("messages may be left on the {} number", phone_kind(kind)),
                None => "no voicemail messages".to_string(),
            },
            card,
            allergies: patient.allergies.clone(),
            medications: patient.medications.clone(),
            pharmacy: patient.pharmacy.as_ref().map(|c| Pick::new(c.as_str(), contact_name(scenario, c))),
            authorized: patient
                .authorized
                .iter()
                .map(|a| {
                    let authority = match a.authority {
                        Authority::SubstituteDecisionMaker => "substitute decision-maker",
                        Authority::PowerOfAttorney => "power of attorney",
                        Authority::Consent => "consent on file",
                        Authority::CustodialParent => "parent with custody",
                        Authority::AccessOnlyParent => "parent with access only: not a decision-maker",
                        Authority::JointCustody { co_parent_objects: false } => "joint custody",
                        Authority::JointCustody { co_parent_objects: true } => {
                            "joint custody, the other parent objects: no access"
                        }
                        Authority::PowerOfAttorneyPersonalCare => "power of attorney for personal care",
                    };
                    // Custody speaks for a child only until the child decides alone: said beside it.
                    let authority = if a.authority.is_parental()
                        && !patient.parent_decides(day.today(), scenario.clinic.jurisdiction)
                    {
                        format!(
                            "{authority}; but {} decides alone now: tell the parent nothing without their consent",
                            patient.name
                        )
                    } else {
                        authority.to_owned()
                    };
                    let may: Vec<&str> = a.may_receive.iter().map(|i| super::info_word(*i)).collect();
                    format!(
                        "{} ({}, {authority}): may receive {}",
                        a.name,
                        relationship_word(a.relationship),
                        may.join(", ")
                    )
                })
                .collect(),
            lockbox: patient.lockbox.clone(),
            results: result_words(patient),
            flags: patient.flags.iter().map(|f| flag_words(*f)).collect(),
            available: patient.available.iter().map(availability_words).collect(),
            outside_tests: day
                .outside_tests
                .iter()
                .filter(|t| &t.patient == id)
                .map(|t| {
                    let when = super::date_words(day.today(), t.date);
                    format!("{} at {}, {when}", t.test, contact_name(scenario, &t.at))
                })
                .collect(),
            appointments: {
                let mut list: Vec<_> = day.book.of_patient(id).collect();
                list.sort_by_key(|a| (a.date, a.at));
                list.into_iter()
                    .map(|a| {
                        let text = format!(
                            "{} {} with {}: {} ({})",
                            a.date,
                            a.at,
                            scenario.staff_name(&a.physician),
                            scenario.appointment_type(&a.kind).map_or(a.kind.as_str(), |t| t.label.as_str()),
                            a.status.label()
                        );
                        (a.id.to_string(), text)
                    })
                    .collect()
            },
            documents: day
                .inbox
                .iter()
                .filter(|item| item.filed_to.as_ref().is_some_and(|(p, _)| p == id))
                .map(|item| {
                    format!(
                        "{} (filed {})",
                        item.id,
                        item.filed_to.as_ref().map_or(String::new(), |(_, at)| at.to_string())
                    )
                })
                .collect(),
            notes: day.notes.iter().filter(|n| &n.patient == id).map(|n| format!("{}: {}", n.at, n.text)).collect(),
            contacts: scenario.contacts.iter().map(|c| Pick::new(c.id.as_str(), c.name.clone())).collect(),
            physicians: scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect(),
            types: scenario
                .appointment_types
                .iter()
                .map(|t| Pick::new(t.id.as_str(), format!("{} ({} min)", t.label, t.minutes)))
                .collect(),
            numbers: patient.phones.iter().map(|p| (p.kind, p.number.clone())).collect(),
            today: today.to_string(),
        })
    }
}

/// A clinical flag as the chart says it.
pub fn flag_words(flag: ClinicalFlag) -> &'static str {
    match flag {
        ClinicalFlag::PostOp => "post-op",
        ClinicalFlag::Pregnant => "pregnant",
        ClinicalFlag::AbnormalResultPending => "abnormal result pending",
        ClinicalFlag::FlaggedUrgent => "physician asks: see soon",
        ClinicalFlag::Palliative => "palliative",
    }
}

/// When a patient can come, as the chart would say it.
pub fn availability_words(availability: &crate::scenario::Availability) -> String {
    use crate::scenario::Availability::*;
    let days = |days: &[crate::scenario::time::Weekday]| {
        days.iter().map(|d| format!("{}s", d.name())).collect::<Vec<_>>().join(", ")
    };
    match availability {
        MorningsOnly => "mornings only".to_string(),
        AfternoonsOnly => "afternoons only".to_string(),
        NotOn(d) => format!("not on {}", days(d)),
        OnlyOn(d) => format!("only on {}", days(d)),
        NotBefore(t) => format!("not before {t}"),
        NotAfter(t) => format!("not after {t}"),
        Away { from, to } => format!("away from {from} to {to}"),
    }
}

/// Each result on the chart with what the physician said may be done with it.
fn result_words(patient: &crate::scenario::Patient) -> Vec<String> {
    use crate::scenario::ResultStatus;
    let named = patient.results.iter().map(|r| (r.test.clone(), r.status));
    let listed = patient
        .released
        .iter()
        .filter(|test| !patient.results.iter().any(|r| r.test.trim().eq_ignore_ascii_case(test.trim())))
        .map(|test| (test.clone(), ResultStatus::Released));
    named
        .chain(listed)
        .map(|(test, status)| {
            let what = match status {
                ResultStatus::Released => {
                    "released by the physician: the patient (or whom they authorized for results) may be told, once they state two identifiers"
                }
                ResultStatus::ToDiscuss => {
                    "the physician will discuss it: not to be read out; offer a visit or the physician's call"
                }
                ResultStatus::Abnormal => "abnormal, for the physician: never read out at the desk",
            };
            format!("{test}: {what}")
        })
        .collect()
}

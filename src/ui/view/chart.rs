//! A patient's chart. The desk sees it only after opening it (`Action::OpenChart`), and every opening
//! is audited (C14): the view is built for an opened chart, never to peek.

use super::{Pick, contact_name, relationship_word};
use crate::i18n::{Lang, text};
use crate::scenario::health_card::{CardProblem, billing_note, check_expiry, issuer, number_problem};
use crate::scenario::time::DateRef;
use crate::scenario::{Authority, ClinicalFlag, Jurisdiction, PatientId, PhoneKind, Sex};
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
    /// Where the clinic is: Quebec calls a lockbox a restriction of access.
    pub jurisdiction: Jurisdiction,
    /// The results on the chart and what may be done with each, in words ("TSH: released by the
    /// physician: ..."), so the desk knows what it may give and what goes to the physician.
    pub results: Vec<String>,
    pub flags: Vec<String>,
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
    pub fn of(day: &Day, id: &PatientId, lang: Lang) -> Option<Self> {
        let scenario = &*day.scenario;
        let patient = scenario.patient(id)?;
        let today = day.today();
        let card = patient.health_card.as_ref().map(|card| {
            let mut checks = Vec::new();
            let clinic = scenario.clinic.jurisdiction;
            match (issuer(card, clinic), number_problem(card, patient, clinic)) {
                (_, Some((part, problem))) => {
                    let part =
                        if part == "version" { "chart-ui-card-part-version" } else { "chart-ui-card-part-number" };
                    let args =
                        [("part", text(lang, part, &[]).into()), ("problem", card_problem(&problem, lang).into())];
                    checks.push((false, text(lang, "chart-ui-card-problem", &args)));
                }
                (Jurisdiction::ON, None) => {
                    checks.push((true, text(lang, "chart-ui-card-ontario-number", &[])));
                    checks.push((true, text(lang, "chart-ui-card-version-valid", &[])));
                }
                (Jurisdiction::QC, None) => checks.push((true, text(lang, "chart-ui-card-ramq-number", &[]))),
                _ => {}
            }
            // Quebec takes no part in reciprocal medical billing, whichever side of the border it is.
            if billing_note(card, clinic).is_some() {
                let note = if issuer(card, clinic) == Jurisdiction::QC || clinic == Jurisdiction::QC {
                    text(lang, "chart-ui-card-billing-quebec", &[])
                } else {
                    text(lang, "chart-ui-card-billing-reciprocal", &[])
                };
                checks.push((true, note));
            }
            checks.push(match check_expiry(card.expires, today) {
                Ok(()) => {
                    (true, text(lang, "chart-ui-card-expiry-valid", &[("date", card.expires.to_string().into())]))
                }
                Err(problem) => (
                    false,
                    text(lang, "chart-ui-card-expiry-problem", &[("problem", card_problem(&problem, lang).into())]),
                ),
            });
            CardView {
                number: card.number.clone(),
                version: card.version.clone(),
                expires: card.expires.to_string(),
                checks,
            }
        });
        // Details the desk updated today, over what the chart said this morning: each phone with
        // whether it was updated.
        let mut address = patient.address.clone();
        let mut phone_list: Vec<(PhoneKind, String, bool)> =
            patient.phones.iter().map(|p| (p.kind, p.number.clone(), false)).collect();
        for entry in &day.journal.entries {
            if let Entry::Action(Action::UpdateDemographics { patient: who, change }) = &entry.what
                && who == id
            {
                match change {
                    Demographic::Address(new) => {
                        address = text(lang, "chart-ui-address-updated", &[("address", new.as_str().into())]);
                    }
                    Demographic::Phone { kind, number } => {
                        phone_list.retain(|(k, _, _)| k != kind);
                        phone_list.push((*kind, number.clone(), true));
                    }
                }
            }
        }
        let phones: Vec<String> = phone_list
            .iter()
            .map(|(kind, number, updated)| {
                let args = [("kind", phone_kind(*kind, lang).into()), ("number", number.as_str().into())];
                text(lang, if *updated { "chart-ui-phone-updated" } else { "chart-ui-phone" }, &args)
            })
            .collect();
        Some(ChartView {
            patient: Pick::new(id.as_str(), patient.name.clone()),
            on_file: patient.on_file,
            registered_today: day.registered.contains(id),
            born: text(
                lang,
                "chart-ui-born",
                &[("born", patient.born.to_string().into()), ("age", patient.born.years_to(day.today()).into())],
            ),
            sex: sex_word(patient.sex, lang),
            physician: patient.physician.as_ref().map(|p| scenario.staff_name(p)),
            address,
            phones,
            voicemail: match patient.contact.voicemail_on {
                Some(kind) => text(lang, "chart-ui-voicemail-on", &[("kind", phone_kind(kind, lang).into())]),
                None => text(lang, "chart-ui-no-voicemail", &[]),
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
                        Authority::SubstituteDecisionMaker => "chart-ui-authority-substitute",
                        Authority::PowerOfAttorney => "chart-ui-authority-power-of-attorney",
                        Authority::Consent => "chart-ui-authority-consent",
                        Authority::CustodialParent => "chart-ui-authority-custody",
                        Authority::AccessOnlyParent => "chart-ui-authority-access-only",
                        Authority::JointCustody { co_parent_objects: false } => "chart-ui-authority-joint-custody",
                        Authority::JointCustody { co_parent_objects: true } => {
                            "chart-ui-authority-joint-custody-objects"
                        }
                        Authority::PowerOfAttorneyPersonalCare => "chart-ui-authority-personal-care",
                    };
                    let authority = text(lang, authority, &[]);
                    // Custody speaks for a child only until the child decides alone: said beside it.
                    let authority = if a.authority.is_parental()
                        && !patient.parent_decides(day.today(), scenario.clinic.jurisdiction)
                    {
                        let args = [("authority", authority.into()), ("name", patient.name.as_str().into())];
                        text(lang, "chart-ui-authority-child-decides", &args)
                    } else {
                        authority
                    };
                    let may: Vec<String> = a.may_receive.iter().map(|i| super::info_word(*i, lang)).collect();
                    let args = [
                        ("name", a.name.as_str().into()),
                        ("relationship", relationship_word(a.relationship, lang).into()),
                        ("authority", authority.into()),
                        ("what", may.join(", ").into()),
                    ];
                    text(lang, "chart-ui-authorized-person", &args)
                })
                .collect(),
            lockbox: patient.lockbox.clone(),
            jurisdiction: scenario.clinic.jurisdiction,
            results: result_words(patient, lang),
            flags: patient.flags.iter().map(|f| flag_words(*f, lang)).collect(),
            available: patient.available.iter().map(|a| availability_words(a, lang)).collect(),
            outside_tests: day
                .outside_tests
                .iter()
                .filter(|t| &t.patient == id)
                .map(|t| {
                    let args = [
                        ("test", t.test.as_str().into()),
                        ("at", contact_name(scenario, &t.at).into()),
                        ("when", super::date_words(day.today(), t.date, lang).into()),
                    ];
                    text(lang, "chart-ui-outside-test", &args)
                })
                .collect(),
            appointments: {
                let mut list: Vec<_> = day.book.of_patient(id).collect();
                list.sort_by_key(|a| (a.date, a.at));
                list.into_iter()
                    .map(|a| {
                        let args = [
                            ("date", a.date.to_string().into()),
                            ("at", a.at.to_string().into()),
                            ("physician", scenario.staff_name(&a.physician).into()),
                            (
                                "kind",
                                scenario.appointment_type(&a.kind).map_or(a.kind.as_str(), |t| t.label.as_str()).into(),
                            ),
                            ("status", super::status_word(&a.status, lang).into()),
                        ];
                        (a.id.to_string(), text(lang, "chart-ui-appointment", &args))
                    })
                    .collect()
            },
            documents: day
                .inbox
                .iter()
                .filter(|item| item.filed_to.as_ref().is_some_and(|(p, _)| p == id))
                .map(|item| {
                    let at = item.filed_to.as_ref().map_or(String::new(), |(_, at)| at.to_string());
                    text(
                        lang,
                        "chart-ui-document-filed",
                        &[("document", item.id.to_string().into()), ("at", at.into())],
                    )
                })
                .collect(),
            notes: day
                .notes
                .iter()
                .filter(|n| &n.patient == id)
                .map(|n| {
                    text(lang, "chart-ui-note", &[("at", n.at.to_string().into()), ("text", n.text.as_str().into())])
                })
                .collect(),
            contacts: scenario.contacts.iter().map(|c| Pick::new(c.id.as_str(), c.name.clone())).collect(),
            physicians: scenario.staff.physicians.iter().map(|p| Pick::new(p.id.as_str(), p.name.clone())).collect(),
            types: scenario
                .appointment_types
                .iter()
                .map(|t| Pick::new(t.id.as_str(), super::type_length(&t.label, t.minutes, lang)))
                .collect(),
            numbers: patient.phones.iter().map(|p| (p.kind, p.number.clone())).collect(),
            today: today.to_string(),
        })
    }
}

/// A phone on the chart by its kind: "home", "mobile", "work".
fn phone_kind(kind: PhoneKind, lang: Lang) -> String {
    let id = match kind {
        PhoneKind::Home => "chart-ui-phone-home",
        PhoneKind::Mobile => "chart-ui-phone-mobile",
        PhoneKind::Work => "chart-ui-phone-work",
    };
    text(lang, id, &[])
}

/// The sex on the chart.
fn sex_word(sex: Sex, lang: Lang) -> String {
    let id = match sex {
        Sex::Female => "chart-ui-sex-female",
        Sex::Male => "chart-ui-sex-male",
        Sex::Intersex => "chart-ui-sex-intersex",
        Sex::Unspecified => "chart-ui-sex-unspecified",
    };
    text(lang, id, &[])
}

/// What is wrong with a health card, in the words a desk would use (`CardProblem`'s, in `lang`).
pub fn card_problem(problem: &CardProblem, lang: Lang) -> String {
    problem.words().in_lang(lang).into_owned()
}

/// A clinical flag as the chart says it.
pub fn flag_words(flag: ClinicalFlag, lang: Lang) -> String {
    let id = match flag {
        ClinicalFlag::PostOp => "chart-ui-flag-post-op",
        ClinicalFlag::Pregnant => "chart-ui-flag-pregnant",
        ClinicalFlag::AbnormalResultPending => "chart-ui-flag-abnormal-pending",
        ClinicalFlag::FlaggedUrgent => "chart-ui-flag-see-soon",
        ClinicalFlag::Palliative => "chart-ui-flag-palliative",
    };
    text(lang, id, &[])
}

/// A date as an author wrote it ("2026-04-10", "today", "today+3"), with "today" in `lang`.
fn date_ref_words(date: DateRef, lang: Lang) -> String {
    match date {
        DateRef::On(date) => date.to_string(),
        DateRef::Today(0) => text(lang, "book-ui-today", &[]),
        DateRef::Today(n) => format!("{}{n:+}", text(lang, "book-ui-today", &[])),
    }
}

/// When a patient can come, as the chart would say it.
pub fn availability_words(availability: &crate::scenario::Availability, lang: Lang) -> String {
    use crate::scenario::Availability::*;
    let days = |days: &[crate::scenario::time::Weekday]| {
        days.iter().map(|d| super::weekdays_word(*d, lang)).collect::<Vec<_>>().join(", ")
    };
    match availability {
        MorningsOnly => text(lang, "chart-ui-available-mornings", &[]),
        AfternoonsOnly => text(lang, "chart-ui-available-afternoons", &[]),
        NotOn(d) => text(lang, "chart-ui-available-not-on", &[("days", days(d).into())]),
        OnlyOn(d) => text(lang, "chart-ui-available-only-on", &[("days", days(d).into())]),
        NotBefore(t) => text(lang, "chart-ui-available-not-before", &[("time", t.to_string().into())]),
        NotAfter(t) => text(lang, "chart-ui-available-not-after", &[("time", t.to_string().into())]),
        Away { from, to } => {
            let args = [("from", date_ref_words(*from, lang).into()), ("to", date_ref_words(*to, lang).into())];
            text(lang, "chart-ui-available-away", &args)
        }
    }
}

/// Each result on the chart with what the physician said may be done with it.
fn result_words(patient: &crate::scenario::Patient, lang: Lang) -> Vec<String> {
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
            let id = match status {
                ResultStatus::Released => "chart-ui-result-released",
                ResultStatus::ToDiscuss => "chart-ui-result-to-discuss",
                ResultStatus::Abnormal => "chart-ui-result-abnormal",
            };
            text(lang, id, &[("test", test.into())])
        })
        .collect()
}

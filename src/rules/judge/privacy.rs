//! Who may be told what (C1–C8, C13) and whose chart may be opened (C14).

use crate::rules::{Severity, Verdict, Words};
use crate::scenario::{InfoKind, Jurisdiction, Paperwork, Patient, PatientId, Role};
use crate::sim::day::Day;
use crate::sim::handle::phone_subject;
use crate::sim::phone::{CallHandling, authorized_contact};

/// The caller really is the patient the call is about.
pub fn is_the_patient(call: &CallHandling) -> bool {
    let subject = phone_subject(call);
    matches!(call.call.caller.true_role(), Role::Patient(p) if Some(p) == subject.as_ref())
}

/// The caller is not who they claim to be.
pub fn impostor(call: &CallHandling) -> bool {
    call.call.caller.really.as_ref().is_some_and(|really| really != &call.call.caller.claims)
}

/// Consent the caller holds for `info`.
fn holds_consent(call: &CallHandling, info: InfoKind) -> bool {
    call.call.caller.holds.iter().any(|p| match p {
        Paperwork::SignedConsent(kinds) => kinds.contains(&info) || kinds.contains(&InfoKind::Everything),
        _ => false,
    })
}

/// What was told, in words: "that Tyler Boudreau is a patient here", "Raymond Kowalski's results".
fn what_was_told(info: InfoKind, name: &str) -> Words {
    let id = match info {
        InfoKind::Attendance => "privacy-told-attendance",
        InfoKind::Appointments => "privacy-told-appointments",
        InfoKind::Results => "privacy-told-results",
        InfoKind::Diagnosis => "privacy-told-diagnosis",
        InfoKind::Medications => "privacy-told-medications",
        InfoKind::Allergies => "privacy-told-allergies",
        InfoKind::Demographics => "privacy-told-contact-details",
        InfoKind::Record => "privacy-told-record",
        InfoKind::Everything => "privacy-told-health-information",
    };
    Words::msg(id).arg("name", name)
}

/// How the desk confirmed who it spoke with, once it had (C1): before disclosing, and before
/// booking.
pub(super) fn verified_how(call: &CallHandling) -> Option<Words> {
    let id = if call.stated.as_ref().is_some_and(|(_, ok)| *ok) {
        if call.in_person() { "privacy-verified-at-counter" } else { "privacy-verified-caller-stated" }
    } else if call.called_back_on_file && call.in_person() {
        "privacy-verified-office-phoned"
    } else if call.called_back_on_file {
        "privacy-verified-chart-number"
    } else {
        return None;
    };
    Some(Words::msg(id))
}

/// The clinic's jurisdiction as the messages choose their words by it: Quebec's law names a
/// lockbox a restriction of access, and a breach a confidentiality incident.
fn jurisdiction_key(day: &Day) -> &'static str {
    if day.scenario.clinic.jurisdiction == Jurisdiction::QC { "qc" } else { "other" }
}

/// A piece of a patient's information was told to the caller.
/// `withheld`: a record sent with the locked parts left out (C8).
pub fn disclosed(
    day: &Day,
    call: &CallHandling,
    patient_id: &PatientId,
    info: InfoKind,
    withheld: bool,
) -> Vec<Verdict> {
    let id = call.id.as_str();
    let Some(patient) = day.scenario.patient(patient_id) else { return Vec::new() };
    let what = what_was_told(info, &patient.name);
    let caller = if call.call.caller.name.trim().eq_ignore_ascii_case(patient.name.trim()) {
        Words::msg("privacy-caller-who-said").arg("name", &patient.name)
    } else {
        Words::from(call.call.caller.name.as_str())
    };
    let told = Words::msg("privacy-told").arg("caller", caller).arg("what", what);
    // What was told, then why it was wrong (or how it was done right).
    let told_and = |more: Words| told.clone().then(more);
    let mut verdicts = Vec::new();
    let (rule, lawful) = entitlement(day, call, patient, info);
    let stakes = identity_stakes(day, call);
    // The identity check comes first: was the person on the line confirmed before anything was said?
    if !call.verified() {
        let severity = if lawful && !impostor(call) { Severity::Major } else { Severity::Critical };
        verdicts.push(
            Verdict::broken_as(
                "C1",
                severity,
                id,
                if impostor(call) {
                    told_and(Words::msg("privacy-not-who-they-claimed"))
                } else {
                    told_and(Words::msg("privacy-identity-not-confirmed"))
                },
            )
            .at_stake(stakes),
        );
    } else if let Some(how) = verified_how(call) {
        let did = Words::msg("privacy-verified-before-disclosing").arg("how", how);
        verdicts.push(Verdict::kept("C1", id, did).at_stake(stakes));
    }
    match rule {
        // A released result is the patient's to have: giving it is C18's to judge when the call ends.
        "C1" if info == InfoKind::Results && released(day, call) => {}
        "C1" if info == InfoKind::Results => {
            let severity = results_stakes(day, call);
            verdicts.push(Verdict::broken_as("C13", severity, id, Words::msg("privacy-read-out-results")));
        }
        "C1" => {}
        "C3" => {
            let locked = !patient.lockbox.is_empty() && matches!(info, InfoKind::Record | InfoKind::Everything);
            if locked && withheld {
                verdicts.push(
                    Verdict::kept(
                        "C8",
                        patient_id.as_str(),
                        Words::msg("privacy-sent-without-locked-part")
                            .arg("name", &patient.name)
                            .arg("jurisdiction", jurisdiction_key(day)),
                    )
                    .with_severity(Severity::Critical),
                );
            } else if locked {
                verdicts.push(Verdict::broken_as(
                    "C8",
                    Severity::Critical,
                    patient_id.as_str(),
                    told_and(Words::msg("privacy-lockbox-went-out").arg("jurisdiction", jurisdiction_key(day))),
                ));
            }
            // Verified means the desk did it: a call-back on the number the clinic already has. A
            // number on the display that matches the directory proves nothing (numbers are spoofed).
            if call.called_back_on_file {
                verdicts.push(Verdict::kept("C3", id, told_and(Words::msg("privacy-after-calling-back"))));
            } else {
                let shown = if privacy_number_matches(day, call) {
                    "privacy-number-matched-no-call-back"
                } else {
                    "privacy-number-not-on-file-no-call-back"
                };
                verdicts.push(Verdict::broken("C3", id, told_and(Words::msg(shown))));
            }
        }
        _ if lawful => verdicts.push(Verdict::kept(rule, id, told_and(Words::msg("privacy-authorized")))),
        _ => {
            // A parent whose custody no longer speaks for the child is told why.
            let grown = rule == "C2"
                && patient.authorized.iter().any(|a| a.authority.is_parental() && a.authority.entitles())
                && !patient.parent_decides(day.today(), day.scenario.clinic.jurisdiction);
            let why = if grown {
                Words::msg("privacy-decides-alone")
                    .arg("name", &patient.name)
                    .arg("age", patient.born.years_to(day.today()))
            } else {
                Words::msg("privacy-no-authority")
            };
            verdicts.push(Verdict::broken_as(rule, Severity::Critical, id, told_and(why)))
        }
    }
    verdicts
}

/// Which rule governs telling this caller `info` about `patient`, and whether the law allows it: who
/// the caller really is decides, not who they say they are.
fn entitlement(day: &Day, call: &CallHandling, patient: &Patient, info: InfoKind) -> (&'static str, bool) {
    match call.call.caller.true_role() {
        Role::Patient(p) if p == &patient.id => ("C1", true),
        Role::Relative { patient: p, relationship } => {
            // The chart's authority decides (C2's second edition): a parent with access only, or a
            // joint-custodial parent the other objects to, is told nothing however the chart lists
            // them; custody speaks for a child only until the child decides alone (by age, or as a
            // capable minor who made their own decisions about their care).
            let parent_decides = patient.parent_decides(day.today(), day.scenario.clinic.jurisdiction);
            let covered = p == &patient.id
                && authorized_contact(call, patient, *relationship).is_some_and(|a| {
                    a.authority.entitles()
                        && (!a.authority.is_parental() || parent_decides)
                        && (a.may_receive.contains(&info) || a.may_receive.contains(&InfoKind::Everything))
                });
            // A parent holding a custody order the chart does not record yet speaks for the child
            // as a custodial parent does (format 2).
            let ordered = p == &patient.id
                && *relationship == crate::scenario::Relationship::Parent
                && call.call.caller.holds.contains(&Paperwork::CustodyOrder)
                && parent_decides;
            ("C2", covered || ordered || holds_consent(call, info))
        }
        Role::Pharmacist(_) | Role::Clinician { .. } | Role::Lab(_) if call.call.caller.for_care() => ("C3", true),
        Role::Employer(_) => ("C5", holds_consent(call, info) && info == InfoKind::Attendance),
        Role::Police(_) => (
            "C6",
            call.call.caller.holds.iter().any(|p| matches!(p, Paperwork::Warrant | Paperwork::CourtOrder))
                || holds_consent(call, info),
        ),
        _ => ("C4", holds_consent(call, info)),
    }
}

/// What the caller asks to be told.
fn asked_for(call: &CallHandling) -> Vec<InfoKind> {
    use crate::scenario::Request;
    match &call.call.wants {
        Request::Results { .. } => vec![InfoKind::Results],
        Request::Information(kinds) | Request::ClinicalInformation(kinds) => kinds.clone(),
        _ => Vec::new(),
    }
}

/// The caller asks for a result the physician has released (`released`, or a result `Released`).
pub fn released(day: &Day, call: &CallHandling) -> bool {
    asked_result_status(day, call) == Some(crate::scenario::ResultStatus::Released)
}

/// What the chart says of the result the caller asks for, if it says anything.
pub(super) fn asked_result_status(day: &Day, call: &CallHandling) -> Option<crate::scenario::ResultStatus> {
    let crate::scenario::Request::Results { test } = &call.call.wants else { return None };
    phone_subject(call).and_then(|p| day.scenario.patient(&p)).and_then(|patient| patient.result_status(test))
}

/// Whether the law lets the caller be told `info` about `patient` (who they really are decides).
pub fn entitled_to(day: &Day, call: &CallHandling, patient: &Patient, info: InfoKind) -> bool {
    entitlement(day, call, patient, info).1
}

/// Whether the caller is entitled to everything they ask for about the patient the call is about.
pub fn entitled_to_what_they_ask(day: &Day, call: &CallHandling) -> bool {
    let Some(patient) = phone_subject(call).and_then(|p| day.scenario.patient(&p)) else { return false };
    asked_for(call).into_iter().all(|info| entitlement(day, call, patient, info).1)
}

/// What checking this caller's identity is worth (C1), from the situation alone: a critical's points
/// when a slip would hand health information to someone with no right to it (an impostor, or a
/// caller asking for what they may not have), a major's otherwise. The same whether the desk
/// checked or not, so that every learner on this call is scored over the same points.
pub fn identity_stakes(day: &Day, call: &CallHandling) -> Severity {
    if impostor(call) || !entitled_to_what_they_ask(day, call) && !asked_for(call).is_empty() {
        Severity::Critical
    } else {
        Severity::Major
    }
}

/// The caller's number is the one in the clinic's directory for where they say they are calling from.
fn privacy_number_matches(day: &Day, call: &CallHandling) -> bool {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let contact = match &call.call.caller.claims {
        Role::Pharmacist(c) | Role::Lab(c) | Role::Clinician { at: c, .. } => day.scenario.contact(c),
        _ => None,
    };
    match (contact, &call.call.caller.number) {
        (Some(contact), Some(number)) => digits(&contact.phone) == digits(number),
        _ => false,
    }
}

/// What a patient's question about results is worth under C13, however it is handled (one
/// opportunity, one weight): critical when the result asked for is marked abnormal on the chart, or
/// any abnormal result of theirs waits (read out, it is mishandled at the gravest); major otherwise.
pub(super) fn results_stakes(day: &Day, call: &CallHandling) -> Severity {
    let abnormal =
        phone_subject(call).and_then(|p| day.scenario.patient(&p)).is_some_and(|p| has_abnormal_result(day, p))
            || asked_result_status(day, call) == Some(crate::scenario::ResultStatus::Abnormal);
    if abnormal { Severity::Critical } else { Severity::Major }
}

fn has_abnormal_result(day: &Day, patient: &Patient) -> bool {
    use crate::scenario::{ClinicalFlag, DocumentKind, LabResult};
    patient.flags.contains(&ClinicalFlag::AbnormalResultPending)
        || patient.results.iter().any(|r| r.status == crate::scenario::ResultStatus::Abnormal)
        || day.inbox.iter().any(|item| {
            item.document().is_some_and(|d| {
                d.about.as_ref() == Some(&patient.id)
                    && matches!(d.kind, DocumentKind::Lab { result: LabResult::Abnormal | LabResult::Critical, .. })
            })
        })
}

/// Confidentiality verdicts when a third party's call closes without a breach: declining was right.
pub fn call_closed(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    let mut verdicts = Vec::new();
    // A clinician asking for their own care of the patient is C18's to judge (helped or refused);
    // one asking for anything else asks as any third party does.
    let asked_for_info = match call.call.wants {
        crate::scenario::Request::Results { .. } | crate::scenario::Request::Information(_) => true,
        crate::scenario::Request::ClinicalInformation(_) => !call.call.caller.for_care(),
        _ => false,
    };
    if call.stated.is_some() && !call.read_out_identifier {
        verdicts.push(
            Verdict::kept(
                "C1",
                id,
                if call.in_person() {
                    Words::msg("privacy-asked-them-identifiers")
                } else {
                    Words::msg("privacy-asked-caller-identifiers")
                },
            )
            .at_stake(identity_stakes(day, call)),
        );
    }
    if !asked_for_info || !call.disclosed.is_empty() {
        return verdicts;
    }
    let rule = match call.call.caller.true_role() {
        Role::Patient(_) if !impostor(call) => return verdicts,
        Role::Relative { .. } => "C2",
        Role::Employer(_) => "C5",
        Role::Police(_) => "C6",
        Role::Pharmacist(_) | Role::Clinician { .. } | Role::Lab(_) if call.call.caller.for_care() => return verdicts,
        _ => "C4",
    };
    if entitled_to_what_they_ask(day, call) {
        // Declining someone entitled is no privacy win (second edition, C18): not scored as one.
        return verdicts;
    }
    // Named as the desk knew them: an impostor only said they were the patient.
    let who = if impostor(call) {
        Words::msg("privacy-the-caller-who-said").arg("name", &call.call.caller.name)
    } else {
        Words::from(call.call.caller.name.as_str())
    };
    let told = if call.read_out_identifier {
        // What was read out is judged under C1; "anything" would not be true.
        Words::msg("privacy-told-nothing-beyond-identifier").arg("who", who)
    } else {
        Words::msg("privacy-declined-to-tell").arg("who", who)
    };
    let declined = if call.messages.is_empty() {
        Words::msg("privacy-declined").arg("told", told)
    } else {
        Words::msg("privacy-declined-took-message").arg("told", told)
    };
    // Telling them would have been critical: declining is worth as much.
    verdicts.push(Verdict::kept(rule, id, declined).with_severity(Severity::Critical));
    verdicts
}

/// A chart was opened (C14).
pub fn chart_opened(day: &Day, patient: &PatientId) -> Vec<Verdict> {
    if day.chart_needed(patient) {
        return Vec::new();
    }
    let name = day.scenario.patient(patient).map_or(patient.as_str(), |p| p.name.as_str());
    vec![Verdict::broken("C14", format!("chart-{patient}"), Words::msg("privacy-chart-opened").arg("name", name))]
}

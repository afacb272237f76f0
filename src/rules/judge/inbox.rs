//! Documents: critical results (T11), abnormal results (C13), misdirected faxes (C15), filing to
//! the right chart (S12), and how appointment details go out (C11, C12).

use crate::rules::{Severity, Verdict};
use crate::scenario::{ContactId, DocumentKind, LabResult, PatientId, StaffId};
use crate::sim::action::Sending;
use crate::sim::day::Day;
use crate::sim::inbox::InboxItem;

/// Who may take a critical result for `ordered_by`: the ordering physician, whoever covers for them,
/// or another physician of the clinic.
fn may_take_result(day: &Day, ordered_by: &StaffId, physician: &StaffId) -> bool {
    physician == ordered_by
        || day.scenario.physician(ordered_by).and_then(|p| p.covered_by.as_ref()) == Some(physician)
        || day.scenario.physician(physician).is_some()
}

/// A document was filed to a chart.
pub fn filed(day: &Day, item: &InboxItem, patient: &PatientId) -> Vec<Verdict> {
    let Some(document) = item.document() else { return Vec::new() };
    let id = item.id.as_str();
    let mut verdicts = Vec::new();
    match &document.kind {
        DocumentKind::Lab { result: LabResult::Critical, test, ordered_by, .. } => {
            let flagged = item.flagged.iter().any(|f| f.urgent && may_take_result(day, ordered_by, &f.physician));
            if !flagged {
                verdicts.push(Verdict::broken(
                    "T11",
                    id,
                    format!("Filed a critical {test} result to the chart without interrupting the physician."),
                ));
            }
        }
        DocumentKind::Lab { result: LabResult::Abnormal, test, .. } if item.flagged.is_empty() => {
            verdicts.push(abnormal_result_mishandled(
                id,
                format!("Filed an abnormal {test} result without sending it to the physician."),
            ));
        }
        DocumentKind::Misdirected { .. } => verdicts.push(Verdict::broken_as(
            "C15",
            Severity::Critical,
            id,
            "Filed a fax meant for another clinic into a chart instead of reporting the breach.",
        )),
        _ => {}
    }
    if let Some(about) = &document.about
        && about != patient
    {
        let name = |p: &PatientId| day.scenario.patient(p).map_or(p.to_string(), |r| r.name.clone());
        verdicts.push(
            Verdict::broken_as(
                "S12",
                Severity::Major,
                id,
                format!("Filed {}'s document to {}'s chart.", name(about), name(patient)),
            )
            .expecting(super::closing::FILE_TO_CHART),
        );
    }
    verdicts
}

/// C13 broken for an abnormal result that did not reach the physician: "critical if an abnormal
/// result is mishandled" (RULEBOOK C13), whether filed unsent or left in the inbox.
pub(super) fn abnormal_result_mishandled(id: &str, did: String) -> Verdict {
    Verdict::broken_as("C13", Severity::Critical, id, did)
}

/// A document was flagged to a physician.
pub fn flagged(day: &Day, item: &InboxItem) -> Vec<Verdict> {
    let Some(document) = item.document() else { return Vec::new() };
    let Some(flag) = item.flagged.last() else { return Vec::new() };
    let id = item.id.as_str();
    match &document.kind {
        DocumentKind::Lab { result: LabResult::Critical, test, ordered_by, .. } => {
            if flag.urgent && may_take_result(day, ordered_by, &flag.physician) {
                let when = match flag.at.since(item.arrived) / 60 {
                    0 => "as soon as it came in".to_owned(),
                    1 => "a minute after it came in".to_owned(),
                    minutes => format!("{minutes} minutes after it came in"),
                };
                vec![Verdict::kept(
                    "T11",
                    id,
                    format!(
                        "Interrupted {} with the critical {test} result {when}.",
                        day.scenario.staff_name(&flag.physician)
                    ),
                )]
            } else if !flag.urgent {
                vec![Verdict::broken("T11", id, format!("Flagged a critical {test} result as not urgent."))]
            } else {
                Vec::new()
            }
        }
        DocumentKind::Lab { result: LabResult::Abnormal, test, .. } => {
            // Kept, it weighs what mishandling it would have cost: critical.
            vec![
                Verdict::kept("C13", id, format!("Sent the abnormal {test} result to the physician."))
                    .with_severity(Severity::Critical),
            ]
        }
        _ => Vec::new(),
    }
}

/// Appointment details went to an outside office.
pub fn details_sent(day: &Day, to: &ContactId, by: Sending) -> Vec<Verdict> {
    let Some(contact) = day.scenario.contact(to) else { return Vec::new() };
    let about = format!("send-{to}-{}", day.now);
    match by {
        Sending::Fax if contact.fax.is_some() => {
            vec![Verdict::kept("C11", about, format!("Faxed {} on the number in the directory.", contact.name))]
        }
        Sending::Fax => vec![Verdict::broken(
            "C11",
            about,
            format!("Faxed {} on a typed-in number: there is no fax for them in the directory.", contact.name),
        )],
        Sending::Email if contact.email.is_some() => {
            vec![Verdict::kept("C12", about, format!("Emailed {} on the address in the directory.", contact.name))]
        }
        Sending::Email => vec![Verdict::broken(
            "C12",
            about,
            format!("Emailed health information to {} with no address on file for them.", contact.name),
        )],
        Sending::Phone => Vec::new(),
    }
}

/// A breach was reported.
pub fn breach_reported(_day: &Day, item: &InboxItem) -> Vec<Verdict> {
    match item.document().map(|d| &d.kind) {
        Some(DocumentKind::Misdirected { intended_for, .. }) => vec![
            Verdict::kept(
                "C15",
                item.id.as_str(),
                format!("Reported the fax meant for {intended_for} as a privacy breach at once."),
            )
            // Filing it or leaving it unreported is critical: reporting it is worth as much.
            .with_severity(crate::rules::Severity::Critical),
        ],
        _ => Vec::new(),
    }
}

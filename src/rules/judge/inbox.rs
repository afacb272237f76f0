//! Documents: critical results (T11), abnormal results (C13), misdirected faxes (C15), filing to
//! the right chart (S12), how appointment details go out (C11, C12), and where paper goes (C19).

use crate::rules::{Severity, Verdict, Words};
use crate::scenario::{ContactId, DocumentKind, Jurisdiction, LabResult, PatientId, StaffId};
use crate::sim::action::{Disposal, Sending};
use crate::sim::day::Day;
use crate::sim::inbox::InboxItem;

/// What a case asks of the desk, named by its message so that a constant can hold it (a judgment
/// takes it as words: `.expecting(REFER_AGAIN)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Expectation(&'static str);

impl From<Expectation> for Words {
    fn from(expectation: Expectation) -> Self {
        Words::msg(expectation.0)
    }
}

/// What S8's second edition asks of a specialist's "did not attend" notice.
pub(crate) const REFER_AGAIN: Expectation = Expectation("inbox-refer-again");

/// What S12 asks of an incoming document: the rule's words are about records requested for a visit.
pub(crate) const FILE_TO_CHART: Expectation = Expectation("inbox-file-to-chart");

/// The clinic's jurisdiction as the messages choose their words by it: Quebec's law names a
/// privacy breach a confidentiality incident.
fn jurisdiction_key(day: &Day) -> &'static str {
    if day.scenario.clinic.jurisdiction == Jurisdiction::QC { "qc" } else { "other" }
}

/// Who may take a critical result for `ordered_by` today: whoever covers for them (from anywhere,
/// by phone), or a physician of the clinic at work today, the ordering one included. A physician
/// who is away, or a locum on a day they do not cover, is not reached by a flag (T11: "the ordering
/// or covering physician").
pub(super) fn may_take_result(day: &Day, ordered_by: &StaffId, physician: &StaffId) -> bool {
    covers_today(day, physician, ordered_by) || day.book.works(physician, day.today())
}

/// Whether `physician` covers for `absent` today: the one `covered_by` names (from anywhere), or a
/// physician whose cover in the book (written, or opened by an announced absence) includes today.
fn covers_today(day: &Day, physician: &StaffId, absent: &StaffId) -> bool {
    let today = day.today();
    day.scenario.physician(absent).is_some_and(|a| a.covered_by.as_ref() == Some(physician))
        || day.book.physician(physician).is_some_and(|p| p.covers_on(absent, today, today))
}

/// Whether a result ordered by `ordered_by` reached a physician who could act on it today (a flag
/// of any urgency: an abnormal result is reviewed, not rushed).
pub(super) fn reached_a_physician(day: &Day, item: &InboxItem, ordered_by: &StaffId) -> bool {
    item.flagged.iter().any(|f| may_take_result(day, ordered_by, &f.physician))
}

/// The physician to send `ordered_by`'s results to today: themselves when at work, else whoever
/// covers for them (a physician here first), else any physician at work.
pub fn physician_for_results(day: &Day, ordered_by: &StaffId) -> StaffId {
    let today = day.today();
    if day.book.works(ordered_by, today) {
        return ordered_by.clone();
    }
    let physicians = || day.scenario.staff.physicians.iter().map(|p| &p.id);
    physicians()
        .find(|p| day.book.works(p, today) && covers_today(day, p, ordered_by))
        .or_else(|| day.scenario.physician(ordered_by).and_then(|p| p.covered_by.as_ref()))
        .or_else(|| physicians().find(|p| day.book.works(p, today)))
        .unwrap_or(ordered_by)
        .clone()
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
                verdicts.push(Verdict::broken("T11", id, Words::msg("inbox-filed-critical").arg("test", test)));
            }
        }
        DocumentKind::Lab { result: LabResult::Abnormal, test, ordered_by, .. }
            if !reached_a_physician(day, item, ordered_by) =>
        {
            verdicts.push(abnormal_result_mishandled(id, Words::msg("inbox-filed-abnormal").arg("test", test)));
        }
        DocumentKind::Misdirected { .. } => verdicts.push(Verdict::broken_as(
            "C15",
            Severity::Critical,
            id,
            Words::msg("inbox-filed-misdirected").arg("jurisdiction", jurisdiction_key(day)),
        )),
        DocumentKind::DidNotAttend { consultation, referred_by } if !reached_a_physician(day, item, referred_by) => {
            verdicts.push(
                Verdict::broken(
                    "S8",
                    id,
                    Words::msg("inbox-filed-did-not-attend")
                        .arg("consultation", consultation)
                        .arg("unsent", sent_to_nobody_at_work(day, item, referred_by)),
                )
                .expecting(REFER_AGAIN),
            )
        }
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
                Words::msg("inbox-filed-to-wrong-chart").arg("about", name(about)).arg("patient", name(patient)),
            )
            .expecting(FILE_TO_CHART),
        );
    }
    verdicts
}

/// C13 broken for an abnormal result that did not reach the physician: "critical if an abnormal
/// result is mishandled" (RULEBOOK C13), whether filed unsent or left in the inbox.
pub(super) fn abnormal_result_mishandled(id: &str, did: impl Into<Words>) -> Verdict {
    Verdict::broken_as("C13", Severity::Critical, id, did)
}

/// How a document for `physician` failed to reach anyone who could act on it today: "without
/// sending it to Dr. X", or "after sending it only to Dr. X, who is not at work today".
pub(super) fn sent_to_nobody_at_work(day: &Day, item: &InboxItem, physician: &StaffId) -> Words {
    if item.flagged.is_empty() {
        return Words::msg("inbox-without-sending").arg("physician", day.scenario.staff_name(physician));
    }
    let mut names: Vec<String> = item.flagged.iter().map(|f| day.scenario.staff_name(&f.physician)).collect();
    names.dedup();
    let count = names.len();
    // "Dr. A and Dr. B": each name joined to those before it.
    let mut names = names.into_iter().map(Words::from);
    let first = names.next().unwrap_or_default();
    let joined = names.fold(first, |before, name| Words::msg("inbox-and").arg("before", before).arg("name", name));
    Words::msg("inbox-sent-only-to").arg("names", joined).arg("count", count)
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
                    0 => Words::msg("inbox-as-soon-as-it-came-in"),
                    minutes => Words::msg("inbox-minutes-after-it-came-in").arg("minutes", minutes),
                };
                vec![Verdict::kept(
                    "T11",
                    id,
                    Words::msg("inbox-interrupted")
                        .arg("physician", day.scenario.staff_name(&flag.physician))
                        .arg("test", test)
                        .arg("when", when),
                )]
            } else if !flag.urgent {
                vec![Verdict::broken("T11", id, Words::msg("inbox-flagged-not-urgent").arg("test", test))]
            } else {
                Vec::new()
            }
        }
        DocumentKind::DidNotAttend { consultation, referred_by }
            if may_take_result(day, referred_by, &flag.physician) =>
        {
            vec![
                Verdict::kept(
                    "S8",
                    id,
                    Words::msg("inbox-sent-did-not-attend")
                        .arg("physician", day.scenario.staff_name(&flag.physician))
                        .arg("consultation", consultation),
                )
                .expecting(REFER_AGAIN),
            ]
        }
        DocumentKind::Lab { result: LabResult::Abnormal, test, ordered_by, .. }
            if may_take_result(day, ordered_by, &flag.physician) =>
        {
            // Kept, it weighs what mishandling it would have cost: critical.
            vec![
                Verdict::kept("C13", id, Words::msg("inbox-sent-abnormal").arg("test", test))
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
            vec![Verdict::kept("C11", about, Words::msg("inbox-faxed-directory").arg("contact", &contact.name))]
        }
        Sending::Fax => {
            vec![Verdict::broken("C11", about, Words::msg("inbox-faxed-typed-in").arg("contact", &contact.name))]
        }
        Sending::Email if contact.email.is_some() => {
            vec![Verdict::kept("C12", about, Words::msg("inbox-emailed-directory").arg("contact", &contact.name))]
        }
        Sending::Email => {
            vec![Verdict::broken("C12", about, Words::msg("inbox-emailed-no-address").arg("contact", &contact.name))]
        }
        Sending::Phone => Vec::new(),
    }
}

/// A breach was reported.
pub fn breach_reported(day: &Day, item: &InboxItem) -> Vec<Verdict> {
    match item.document().map(|d| &d.kind) {
        Some(DocumentKind::Misdirected { intended_for, .. }) => vec![
            Verdict::kept(
                "C15",
                item.id.as_str(),
                Words::msg("inbox-breach-reported")
                    .arg("intended", intended_for)
                    .arg("jurisdiction", jurisdiction_key(day)),
            )
            // Filing it or leaving it unreported is critical: reporting it is worth as much.
            .with_severity(crate::rules::Severity::Critical),
        ],
        _ => Vec::new(),
    }
}

/// What C19 asks of paper: the rule's words.
pub(crate) const SHRED_IT: Expectation = Expectation("inbox-shred-it");

/// What a document is, in a word or two: "CBC result", "Referral", "\"Change of address\"" (a title
/// is the scenario's own). The judge's words, and the inbox's and the debrief's.
pub(crate) fn document_words(kind: &DocumentKind) -> Words {
    match kind {
        DocumentKind::Lab { test, .. } => Words::msg("inbox-kind-lab").arg("test", test),
        DocumentKind::Referral { .. } => Words::msg("inbox-kind-referral"),
        DocumentKind::Renewal { drug } => Words::msg("inbox-kind-renewal").arg("drug", drug),
        DocumentKind::Report { title } | DocumentKind::Printout { title } => Words::from(title.as_str()),
        DocumentKind::Letter { subject, .. } => Words::msg("inbox-kind-letter").arg("subject", subject),
        DocumentKind::Misdirected { title, .. } => Words::msg("inbox-kind-misdirected").arg("title", title),
        DocumentKind::DidNotAttend { .. } => Words::msg("inbox-kind-did-not-attend"),
        DocumentKind::ReferralAcknowledged { .. } => Words::msg("inbox-kind-referral-acknowledged"),
    }
}

/// Whether a document carries health information: everything that comes about a patient, and any
/// result, referral, report or misdirected fax; a plain letter only when it names a patient.
pub(crate) fn holds_health_information(document: &crate::scenario::Document) -> bool {
    match document.kind {
        DocumentKind::Letter { .. } => document.about.is_some(),
        _ => true,
    }
}

/// A document's paper went into the shredder or a bin (C19). Shredding paper the desk is done with
/// keeps the rule; a bin breaks it for anything with health information on it. Shredding a
/// document that still had to be filed scores nothing here: closing judges what its loss cost.
pub fn disposed(day: &Day, item: &InboxItem, how: Disposal) -> Vec<Verdict> {
    let Some(document) = item.document() else { return Vec::new() };
    let what = document_words(&document.kind);
    let id = item.id.as_str();
    match how {
        Disposal::Shred if item.is_printout() => {
            vec![Verdict::kept("C19", id, Words::msg("inbox-shredded").arg("what", what)).expecting(SHRED_IT)]
        }
        Disposal::Shred => Vec::new(),
        Disposal::Recycling | Disposal::Garbage if holds_health_information(document) => {
            let bin = if matches!(how, Disposal::Recycling) { "inbox-into-recycling" } else { "inbox-into-garbage" };
            let put = match &document.about {
                Some(p) => Words::msg("inbox-binned-whose")
                    .arg("patient", day.scenario.patient(p).map_or(p.to_string(), |r| r.name.clone())),
                None => Words::msg("inbox-binned"),
            };
            vec![Verdict::broken("C19", id, put.arg("what", what).arg("bin", Words::msg(bin))).expecting(SHRED_IT)]
        }
        Disposal::Recycling | Disposal::Garbage => Vec::new(),
    }
}

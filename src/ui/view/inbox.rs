//! The inbox: voicemails are on the phone; here are faxes, emails, lab results, referrals, renewals
//! and cancellations, each with what has been done about it.

use super::{Pick, clinicians, contact_name, patient_name, patients};
use crate::scenario::{Channel, DocumentKind, EventId, LabResult, ReferralUrgency};
use crate::sim::day::Day;
use crate::sim::inbox::{InboxItem, InboxKind};

#[derive(Clone, Debug, PartialEq)]
pub struct InboxView {
    /// Tasks on the desk's list (format 2), the newest first.
    pub tasks: Vec<TaskRow>,
    /// Electronic messages (the patient portal, e-mail: format 2), answered as voicemails are.
    pub messages: Vec<super::phone::MailboxRow>,
    pub items: Vec<InboxRow>,
    pub clinicians: Vec<Pick>,
    pub patients: Vec<Pick>,
    /// Labs, pharmacies and referring offices, to send details to or ask records from.
    pub contacts: Vec<Pick>,
    /// Referrals the clinic sent out (format 2), the longest waiting first.
    pub referrals_out: Vec<ReferralRow>,
}

/// A referral the clinic sent out, and where its acknowledgement stands (T12).
#[derive(Clone, Debug, PartialEq)]
pub struct ReferralRow {
    pub id: crate::scenario::ReferralId,
    /// "Hal Ito to Dr. Ito's office: new murmur".
    pub what: String,
    /// "urgent, sent 9 days ago (2026-03-03) by Dr. Lee".
    pub sent: String,
    /// "acknowledged on 2026-03-05", "confirmed at 09:12", "no acknowledgement".
    pub status: String,
    /// Waiting past its limit with no acknowledgement: to chase today.
    pub overdue: bool,
    pub acknowledged: bool,
    /// The chases made today, in words.
    pub chased: Vec<String>,
}

/// A task on the desk's list, and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    pub id: EventId,
    pub from: String,
    pub given: String,
    pub says: Vec<String>,
    /// "by 15:00" or "before closing (17:00)".
    pub by: String,
    /// Where in the game the job is done, in a line.
    pub how: &'static str,
    /// When the desk's actions show it done.
    pub done: Option<String>,
    /// Its time has passed undone.
    pub overdue: bool,
    /// For the reminder calls: the visits still without one, in words.
    pub still_to_remind: Vec<String>,
    /// For details to send: the visit and the office, sent from the card itself (there may be no
    /// referral in the inbox to send them from).
    pub send: Option<(crate::scenario::AppointmentId, Pick)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InboxRow {
    pub id: EventId,
    pub arrived: String,
    pub via: &'static str,
    pub from: Pick,
    pub kind: &'static str,
    pub title: String,
    pub details: Vec<String>,
    /// Whom the document names, when it names someone.
    pub about: Option<Pick>,
    /// A result the lab marked critical (shown in red, as the lab's report does).
    pub critical: bool,
    pub filed_to: Option<String>,
    pub flagged: Vec<String>,
    pub printed: bool,
    pub breach_reported: bool,
    /// Where its paper went ("into the shredder"), once it has gone (C19).
    pub disposed: Option<&'static str>,
    /// Paper the desk is done with: the shredder is its only way out (C19).
    pub printout: bool,
    pub done: bool,
    /// The physician a referral is addressed to, to book with.
    pub referral_to: Option<Pick>,
    /// The patient's appointments from today on, to send their details to the referring office.
    pub appointments: Vec<Pick>,
    /// Whose inbox it belongs in: the physician who ordered a test or is referred to.
    pub for_physician: Option<Pick>,
    /// A cancellation's booking (id and how the desk names it), while it still holds its time.
    pub cancels: Option<Pick>,
    /// How appointment details went back to the sender ("fax", "phone", "email").
    pub details_sent: Vec<&'static str>,
}

impl InboxView {
    pub fn of(day: &Day) -> Self {
        let scenario = &*day.scenario;
        InboxView {
            tasks: day.tasks.iter().rev().map(|task| task_row(day, task)).collect(),
            messages: super::phone::mailbox_rows(day, true),
            items: day.inbox.iter().rev().map(|item| row(day, item)).collect(),
            clinicians: clinicians(scenario),
            patients: patients(scenario),
            contacts: scenario.contacts.iter().map(|c| Pick::new(c.id.as_str(), c.name.clone())).collect(),
            referrals_out: referral_rows(day),
        }
    }
}

fn referral_rows(day: &Day) -> Vec<ReferralRow> {
    let scenario = &*day.scenario;
    let today = day.today();
    let mut rows: Vec<(i32, ReferralRow)> = day
        .referrals
        .iter()
        .map(|sent| {
            let r = &sent.referral;
            let to = scenario.contact(&r.to).map_or(r.to.as_str(), |c| c.name.as_str());
            let days = sent.days_waiting(today);
            let status = match (sent.acknowledged_before, sent.acknowledged_today) {
                (Some(on), _) => format!("acknowledged on {on}"),
                (None, Some(at)) => format!("acknowledged today at {at}"),
                (None, None) => "no acknowledgement yet".to_owned(),
            };
            let chased = sent
                .chases
                .iter()
                .map(|(at, by)| match by {
                    crate::sim::referrals::ChaseBy::Phone => format!("phoned at {at}"),
                    crate::sim::referrals::ChaseBy::Fax => format!("faxed at {at}"),
                })
                .collect();
            let row = ReferralRow {
                id: r.id.clone(),
                what: format!("{} to {to}: {}", patient_name(scenario, &r.patient), r.reason),
                sent: format!(
                    "{}, {} ({}) by {}",
                    r.urgency.word(),
                    sent.sent_ago(today),
                    sent.sent,
                    scenario.staff_name(&r.by)
                ),
                status,
                overdue: sent.chase_due(today) && !sent.acknowledged(),
                acknowledged: sent.acknowledged(),
                chased,
            };
            (days, row)
        })
        .collect();
    rows.sort_by_key(|(days, _)| -days);
    rows.into_iter().map(|(_, row)| row).collect()
}

fn row(day: &Day, item: &InboxItem) -> InboxRow {
    let scenario = &*day.scenario;
    let pick = |p: &crate::scenario::PatientId| Pick::new(p.as_str(), patient_name(scenario, p));
    let mut details = Vec::new();
    let mut critical = false;
    let mut referral_to = None;
    let mut for_physician = None;
    let (via, from, kind, title, about) = match &item.kind {
        InboxKind::Document(doc) => {
            let (kind, title) = match &doc.kind {
                DocumentKind::Lab { test, result, value, ordered_by } => {
                    for_physician = Some(Pick::new(ordered_by.as_str(), scenario.staff_name(ordered_by)));
                    critical = *result == LabResult::Critical;
                    details.push(format!("Ordered by {}", scenario.staff_name(ordered_by)));
                    if !value.is_empty() {
                        details.push(value.clone());
                    }
                    let flag = match result {
                        LabResult::Normal => "normal",
                        LabResult::Abnormal => "ABNORMAL",
                        LabResult::Critical => "CRITICAL",
                    };
                    ("Lab result", format!("{test}: {flag}"))
                }
                DocumentKind::Referral { urgency, reason, kind, to } => {
                    referral_to = Some(Pick::new(to.as_str(), scenario.staff_name(to)));
                    for_physician = referral_to.clone();
                    details.push(format!(
                        "Visit type: {}",
                        scenario.appointment_type(kind).map_or_else(|| kind.to_string(), |t| t.label.clone())
                    ));
                    let urgency = match urgency {
                        ReferralUrgency::Emergency => "EMERGENCY",
                        ReferralUrgency::Urgent => "Urgent",
                        ReferralUrgency::Scheduled => "Routine",
                    };
                    ("Referral", format!("{urgency}: {reason}"))
                }
                DocumentKind::Renewal { drug } => ("Renewal", format!("Prescription renewal: {drug}")),
                DocumentKind::Report { title } => ("Report", title.clone()),
                DocumentKind::Letter { subject, text } => {
                    details.push(text.clone());
                    ("Letter", subject.clone())
                }
                DocumentKind::Misdirected { intended_for, title } => {
                    details.push(format!("Addressed to {intended_for}"));
                    ("Fax", title.clone())
                }
                DocumentKind::DidNotAttend { consultation, referred_by } => {
                    for_physician = Some(Pick::new(referred_by.as_str(), scenario.staff_name(referred_by)));
                    details.push(format!("Referred by {}", scenario.staff_name(referred_by)));
                    ("Did not attend", consultation.clone())
                }
                DocumentKind::Printout { title } => {
                    details.push("Paper the desk is done with.".to_owned());
                    ("Printout", title.clone())
                }
                DocumentKind::ReferralAcknowledged { referral, says } => {
                    if !says.is_empty() {
                        details.push(says.clone());
                    }
                    let what = scenario.referral_out(referral).map_or_else(
                        || referral.to_string(),
                        |r| {
                            format!(
                                "{} ({})",
                                r.reason,
                                scenario.contact(&r.to).map_or(r.to.as_str(), |c| c.name.as_str())
                            )
                        },
                    );
                    ("Acknowledgement", format!("Referral received: {what}"))
                }
            };
            let via = match doc.via {
                Channel::Fax => "fax",
                Channel::Email => "email",
                Channel::Electronic => "EMR",
                Channel::Phone => "phone",
                Channel::Voicemail => "voicemail",
                Channel::Mail => "mail",
            };
            (
                via,
                Pick::new(doc.from.as_str(), contact_name(scenario, &doc.from)),
                kind,
                title,
                doc.about.as_ref().map(pick),
            )
        }
        InboxKind::Cancellation(c) => {
            let appointment = day.book.get(&c.appointment);
            let about = appointment.map(|a| pick(&a.patient));
            if !c.reason.is_empty() {
                details.push(format!("\"{}\"", c.reason));
            }
            let when = appointment.map_or_else(String::new, |a| format!(" ({} {})", a.date, a.at));
            (
                "email",
                Pick::new("", about.as_ref().map_or("a patient", |p| p.label.as_str())),
                "Cancellation",
                format!("{} cancels their visit{when}", about.as_ref().map_or("A patient", |p| p.label.as_str())),
                about,
            )
        }
    };
    InboxRow {
        id: item.id.clone(),
        arrived: item.arrived.to_string(),
        via,
        from,
        kind,
        title,
        details,
        about,
        critical,
        filed_to: item.filed_to.as_ref().map(|(p, _)| patient_name(scenario, p)),
        flagged: item
            .flagged
            .iter()
            .map(|f| format!("{}{}", scenario.staff_name(&f.physician), if f.urgent { " (urgent)" } else { "" }))
            .collect(),
        printed: item.printed.is_some(),
        breach_reported: item.breach_reported.is_some(),
        disposed: item.disposed.map(|(how, _)| how.words()),
        printout: item.is_printout(),
        done: item.dealt_with(),
        referral_to,
        for_physician,
        cancels: match &item.kind {
            InboxKind::Cancellation(c) => day
                .book
                .get(&c.appointment)
                .filter(|a| a.holds_time())
                .map(|_| Pick::new(c.appointment.as_str(), super::visit_name(day, &c.appointment))),
            _ => None,
        },
        details_sent: item
            .details_sent
            .iter()
            .map(|by| match by {
                crate::sim::action::Sending::Fax => "fax",
                crate::sim::action::Sending::Phone => "phone",
                crate::sim::action::Sending::Email => "email",
            })
            .collect(),
        appointments: item_patient(&item.kind, day)
            .map(|p| {
                let mut list: Vec<_> =
                    day.book.of_patient(&p).filter(|a| a.holds_time() && a.date >= day.today()).collect();
                list.sort_by_key(|a| (a.date, a.at));
                // Said as the desk would, never by id: two visits on one day differ by time.
                list.into_iter()
                    .map(|a| {
                        let when = super::date_words(day.today(), a.date);
                        let with = day.scenario.staff_name(&a.physician);
                        Pick::new(a.id.as_str(), format!("{when} at {} with {with}", a.at))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn item_patient(kind: &InboxKind, day: &Day) -> Option<crate::scenario::PatientId> {
    match kind {
        InboxKind::Document(doc) => doc.about.clone(),
        InboxKind::Cancellation(c) => day.book.get(&c.appointment).map(|a| a.patient.clone()),
    }
}

fn task_row(day: &Day, given: &crate::sim::tasks::GivenTask) -> TaskRow {
    use crate::scenario::Job;
    let task = &given.task;
    let done = given.done_at(day);
    TaskRow {
        id: task.id.clone(),
        from: task.from.clone(),
        given: given.given.to_string(),
        says: task.says.clone(),
        by: given.by_words(day),
        how: match task.job {
            Job::ReminderCalls => {
                "Chart tab: open each patient's chart and use \"Reminder call…\" beside the visit (reached, or a voicemail left)."
            }
            Job::CallPatient { .. } => {
                "Chart tab: open the patient's chart and call them (reached, or a voicemail left on the number they allow)."
            }
            Job::Book { .. } => "Appointment book tab: book the visit.",
            Job::SendDetails { .. } => "Send them from here, by the way the office takes them.",
            Job::RequestRecords { .. } => {
                "Chart tab: open the patient's chart and ask the lab or pharmacy for the records."
            }
        },
        done: done.map(|t| t.to_string()),
        overdue: done.is_none() && day.now > given.due(day),
        still_to_remind: match task.job {
            Job::ReminderCalls => crate::sim::task_done::visits_to_remind(day)
                .into_iter()
                .filter(|a| crate::sim::task_done::reminded_at(day, &a.id).is_none())
                .map(|a| super::visit_name(day, &a.id))
                .collect(),
            _ => Vec::new(),
        },
        send: match &task.job {
            Job::SendDetails { appointment, to } => {
                Some((appointment.clone(), Pick::new(to.as_str(), contact_name(&day.scenario, to))))
            }
            _ => None,
        },
    }
}

//! The inbox: voicemails are on the phone; here are faxes, emails, lab results, referrals, renewals
//! and cancellations, each with what has been done about it.

use super::{Pick, clinicians, contact_name, patient_name, patients};
use crate::i18n::{Lang, text};
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
    /// The clinic is in Quebec, whose law calls a breach a confidentiality incident (C15).
    pub quebec: bool,
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
    pub how: String,
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
    /// How it came, in words ("fax").
    pub via: String,
    pub from: Pick,
    /// What it is, in English: the panel knows it by this word and says it in the learner's
    /// language ("Lab result", "Referral", "Renewal", "Cancellation", …).
    pub kind: &'static str,
    pub title: String,
    pub details: Vec<String>,
    /// Whom the document names, when it names someone.
    pub about: Option<Pick>,
    /// The birth date the document gives for them, as a lab's or a specialist's report does: the
    /// second identifier the desk checks against the chart before filing it (C13).
    pub about_born: Option<String>,
    /// A result the lab marked critical (shown in red, as the lab's report does).
    pub critical: bool,
    pub filed_to: Option<String>,
    pub flagged: Vec<String>,
    pub printed: bool,
    pub breach_reported: bool,
    /// Where its paper went ("into the shredder"), once it has gone (C19).
    pub disposed: Option<String>,
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
    pub details_sent: Vec<String>,
}

impl InboxView {
    /// The inbox as the learner sees it, its words in `lang`.
    pub fn of(day: &Day, lang: Lang) -> Self {
        let scenario = &*day.scenario;
        InboxView {
            quebec: scenario.clinic.jurisdiction == crate::scenario::Jurisdiction::QC,
            tasks: day.tasks.iter().rev().map(|task| task_row(day, task, lang)).collect(),
            messages: super::phone::mailbox_rows(day, true, lang),
            items: day.inbox.iter().rev().map(|item| row(day, item, lang)).collect(),
            clinicians: clinicians(scenario, lang),
            patients: patients(scenario),
            contacts: scenario.contacts.iter().map(|c| Pick::new(c.id.as_str(), c.name.clone())).collect(),
            referrals_out: referral_rows(day, lang),
        }
    }
}

fn referral_rows(day: &Day, lang: Lang) -> Vec<ReferralRow> {
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
                (Some(on), _) => text(lang, "inbox-ui-acknowledged-on", &[("date", on.to_string().into())]),
                (None, Some(at)) => text(lang, "inbox-ui-acknowledged-today", &[("at", at.to_string().into())]),
                (None, None) => text(lang, "inbox-ui-no-acknowledgement", &[]),
            };
            let chased = sent
                .chases
                .iter()
                .map(|(at, by)| match by {
                    crate::sim::referrals::ChaseBy::Phone => {
                        text(lang, "inbox-ui-phoned-at", &[("at", at.to_string().into())])
                    }
                    crate::sim::referrals::ChaseBy::Fax => {
                        text(lang, "inbox-ui-faxed-at", &[("at", at.to_string().into())])
                    }
                })
                .collect();
            let urgency = match r.urgency {
                ReferralUrgency::Emergency => text(lang, "inbox-ui-urgency-emergency", &[]),
                ReferralUrgency::Urgent => text(lang, "inbox-ui-urgency-urgent", &[]),
                ReferralUrgency::Scheduled => text(lang, "inbox-ui-urgency-routine", &[]),
            };
            let what = [
                ("patient", patient_name(scenario, &r.patient).into()),
                ("to", to.into()),
                ("reason", r.reason.as_str().into()),
            ];
            // The days as `SentReferral::days_waiting` counts them.
            let sent_words = [
                ("urgency", urgency.into()),
                ("days", days.into()),
                ("date", sent.sent.to_string().into()),
                ("by", scenario.staff_name(&r.by).into()),
            ];
            let row = ReferralRow {
                id: r.id.clone(),
                what: text(lang, "inbox-ui-referral-what", &what),
                sent: text(lang, "inbox-ui-referral-sent", &sent_words),
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

fn row(day: &Day, item: &InboxItem, lang: Lang) -> InboxRow {
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
                    let by = [("physician", scenario.staff_name(ordered_by).into())];
                    details.push(text(lang, "inbox-ui-ordered-by", &by));
                    if !value.is_empty() {
                        details.push(value.clone());
                    }
                    let flag = match result {
                        LabResult::Normal => text(lang, "inbox-ui-lab-normal", &[]),
                        LabResult::Abnormal => text(lang, "inbox-ui-lab-abnormal", &[]),
                        LabResult::Critical => text(lang, "inbox-ui-lab-critical", &[]),
                    };
                    let title = [("test", test.as_str().into()), ("flag", flag.into())];
                    ("Lab result", text(lang, "inbox-ui-lab-title", &title))
                }
                DocumentKind::Referral { urgency, reason, kind, to } => {
                    referral_to = Some(Pick::new(to.as_str(), scenario.staff_name(to)));
                    for_physician = referral_to.clone();
                    let label = scenario.appointment_type(kind).map_or_else(|| kind.to_string(), |t| t.label.clone());
                    details.push(text(lang, "inbox-ui-visit-type", &[("kind", label.into())]));
                    let urgency = match urgency {
                        ReferralUrgency::Emergency => text(lang, "inbox-ui-referral-emergency", &[]),
                        ReferralUrgency::Urgent => text(lang, "inbox-ui-referral-urgent", &[]),
                        ReferralUrgency::Scheduled => text(lang, "inbox-ui-referral-routine", &[]),
                    };
                    let title = [("urgency", urgency.into()), ("reason", reason.as_str().into())];
                    ("Referral", text(lang, "inbox-ui-referral-title", &title))
                }
                DocumentKind::Renewal { drug } => {
                    ("Renewal", text(lang, "inbox-ui-prescription-renewal", &[("drug", drug.as_str().into())]))
                }
                DocumentKind::Report { title } => ("Report", title.clone()),
                DocumentKind::Letter { subject, text: letter } => {
                    details.push(letter.clone());
                    ("Letter", subject.clone())
                }
                DocumentKind::Misdirected { intended_for, title } => {
                    details.push(text(lang, "inbox-ui-addressed-to", &[("intended", intended_for.as_str().into())]));
                    ("Fax", title.clone())
                }
                DocumentKind::DidNotAttend { consultation, referred_by } => {
                    for_physician = Some(Pick::new(referred_by.as_str(), scenario.staff_name(referred_by)));
                    let by = [("physician", scenario.staff_name(referred_by).into())];
                    details.push(text(lang, "inbox-ui-referred-by", &by));
                    ("Did not attend", consultation.clone())
                }
                DocumentKind::Printout { title } => {
                    details.push(text(lang, "inbox-ui-printout-detail", &[]));
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
                    ("Acknowledgement", text(lang, "inbox-ui-referral-received", &[("what", what.into())]))
                }
            };
            let via = match doc.via {
                Channel::Fax => text(lang, "inbox-ui-via-fax", &[]),
                Channel::Email => text(lang, "inbox-ui-via-email", &[]),
                Channel::Electronic => text(lang, "inbox-ui-via-emr", &[]),
                Channel::Phone => text(lang, "inbox-ui-via-phone", &[]),
                Channel::Voicemail => text(lang, "inbox-ui-via-voicemail", &[]),
                Channel::Mail => text(lang, "inbox-ui-via-mail", &[]),
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
                details.push(text(lang, "desk-ui-quoted", &[("text", c.reason.as_str().into())]));
            }
            let when = appointment.map_or_else(String::new, |a| format!(" ({} {})", a.date, a.at));
            let from = about.as_ref().map_or_else(|| text(lang, "inbox-ui-a-patient", &[]), |p| p.label.clone());
            let who = about.as_ref().map_or_else(|| text(lang, "inbox-ui-a-patient-capital", &[]), |p| p.label.clone());
            let title = text(lang, "inbox-ui-cancels-visit", &[("patient", who.into()), ("when", when.into())]);
            (text(lang, "inbox-ui-via-email", &[]), Pick::new("", from), "Cancellation", title, about)
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
        about_born: match &item.kind {
            InboxKind::Document(doc) => {
                doc.about.as_ref().and_then(|p| scenario.patient(p)).map(|p| p.born.to_string())
            }
            _ => None,
        },
        about,
        critical,
        filed_to: item.filed_to.as_ref().map(|(p, _)| patient_name(scenario, p)),
        flagged: item
            .flagged
            .iter()
            .map(|f| {
                let name = scenario.staff_name(&f.physician);
                if f.urgent { text(lang, "inbox-ui-flagged-urgent", &[("physician", name.into())]) } else { name }
            })
            .collect(),
        printed: item.printed.is_some(),
        breach_reported: item.breach_reported.is_some(),
        disposed: item.disposed.map(|(how, _)| match how {
            crate::sim::action::Disposal::Shred => text(lang, "inbox-ui-into-shredder", &[]),
            crate::sim::action::Disposal::Recycling => text(lang, "inbox-ui-into-recycling", &[]),
            crate::sim::action::Disposal::Garbage => text(lang, "inbox-ui-into-garbage", &[]),
        }),
        printout: item.is_printout(),
        done: item.dealt_with(),
        referral_to,
        for_physician,
        cancels: match &item.kind {
            InboxKind::Cancellation(c) => day
                .book
                .get(&c.appointment)
                .filter(|a| a.holds_time())
                .map(|_| Pick::new(c.appointment.as_str(), super::visit_name(day, &c.appointment, lang))),
            _ => None,
        },
        details_sent: item
            .details_sent
            .iter()
            .map(|by| match by {
                crate::sim::action::Sending::Fax => text(lang, "inbox-ui-via-fax", &[]),
                crate::sim::action::Sending::Phone => text(lang, "inbox-ui-via-phone", &[]),
                crate::sim::action::Sending::Email => text(lang, "inbox-ui-via-email", &[]),
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
                        let when = super::date_words(day.today(), a.date, lang);
                        let with = day.scenario.staff_name(&a.physician);
                        let args = [("when", when.into()), ("at", a.at.to_string().into()), ("physician", with.into())];
                        Pick::new(a.id.as_str(), text(lang, "inbox-ui-visit-when", &args))
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

fn task_row(day: &Day, given: &crate::sim::tasks::GivenTask, lang: Lang) -> TaskRow {
    use crate::scenario::Job;
    let task = &given.task;
    let done = given.done_at(day);
    TaskRow {
        id: task.id.clone(),
        from: task.from.clone(),
        given: given.given.to_string(),
        says: task.says.clone(),
        by: crate::rules::judge::tasks::by_words(day, given).in_lang(lang).into_owned(),
        how: match task.job {
            Job::ReminderCalls => text(lang, "inbox-ui-how-reminder-calls", &[]),
            Job::CallPatient { .. } => text(lang, "inbox-ui-how-call-patient", &[]),
            Job::Book { .. } => text(lang, "inbox-ui-how-book", &[]),
            Job::SendDetails { .. } => text(lang, "inbox-ui-how-send-details", &[]),
            Job::RequestRecords { .. } => text(lang, "inbox-ui-how-request-records", &[]),
        },
        done: done.map(|t| t.to_string()),
        overdue: done.is_none() && day.now > given.due(day),
        still_to_remind: match task.job {
            Job::ReminderCalls => crate::sim::task_done::visits_to_remind(day)
                .into_iter()
                .filter(|a| crate::sim::task_done::reminded_at(day, &a.id).is_none())
                .map(|a| super::visit_name(day, &a.id, lang))
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

//! The phone: lines ringing or on hold, the call being talked on with its transcript, the mailbox,
//! and the outgoing call.

use super::describe::describe;
use super::{Pick, claimed_role, clinicians, patient_name, patients, visit_name};
use crate::scenario::{EventId, GreetingItem, PhoneKind, Request};
use crate::sim::action::{Action, Purpose};
use crate::sim::day::Day;
use crate::sim::journal::{Entry, Happening};
use crate::sim::phone::{CallHandling, CallState};

#[derive(Clone, Debug, PartialEq)]
pub struct PhoneView {
    pub lines: Vec<LineRow>,
    pub active: Option<CallView>,
    /// Whom the desk is talking with at the counter (format 2 `Visitor`), when it is: the phone's
    /// lines wait meanwhile, and the conversation is on the Front desk tab.
    pub at_the_counter: Option<String>,
    pub mailbox: Vec<MailboxRow>,
    pub outgoing: Option<OutgoingView>,
    /// Who a call can be put through to or a message left for.
    pub clinicians: Vec<Pick>,
    pub patients: Vec<Pick>,
    /// What the outgoing greeting says: the scenario's text until the desk records a new one.
    pub greeting: Greeting,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Greeting {
    AsTheDayOpened(String),
    Recorded { at: String, mentions: Vec<GreetingItem> },
}

/// Everything a greeting can mention.
pub const GREETING_ITEMS: [GreetingItem; 7] = [
    GreetingItem::Hours,
    GreetingItem::TodaysAvailability,
    GreetingItem::Closures,
    GreetingItem::Coverage,
    GreetingItem::Emergency911,
    GreetingItem::Health811,
    GreetingItem::Crisis988,
];

#[derive(Clone, Debug, PartialEq)]
pub struct LineRow {
    pub call: EventId,
    pub caller: String,
    pub state: CallState,
    /// Seconds ringing, or minutes on hold, as the desk would see them.
    pub waiting: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallView {
    pub call: EventId,
    /// Someone at the counter (format 2 `Visitor`), not on the phone.
    pub in_person: bool,
    pub caller: String,
    pub claims: String,
    pub number: Option<String>,
    /// The patient the call is about, when the caller names one.
    pub about: Option<Pick>,
    pub transcript: Vec<Said>,
    pub asked_identifiers: bool,
    /// Paperwork the caller says they hold (a warrant, a signed consent).
    pub paperwork: Vec<String>,
    pub is_voicemail_return: bool,
    /// For a caller asking for results: where the desk finds what it may give, and the way for the
    /// rest (the chart's release; a message for the physician), without saying what the chart says.
    pub results_hint: Option<String>,
    /// Times a call back can be promised by (T9): in an hour, in two, by closing; none past it.
    pub call_back_by: Vec<crate::scenario::time::TimeOfDay>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Caller(String),
    /// What the caller said on the machine, shown above a returned call: they do not say it again.
    Message(String),
    Desk(String),
    /// The desk's move could not be made, and why.
    Refused(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MailboxRow {
    pub call: EventId,
    pub caller: String,
    pub left: String,
    pub message: String,
    pub about: Option<Pick>,
    pub returned: bool,
    /// Whom the message was passed on to, if it was.
    pub passed_on: Option<String>,
    /// The patient to call back, when the caller is one of the clinic's patients.
    pub call_back: Option<Pick>,
    /// The numbers on that patient's chart.
    pub numbers: Vec<(PhoneKind, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OutgoingView {
    pub patient: Pick,
    pub number: PhoneKind,
    pub purpose: String,
    pub answered: bool,
    pub voicemail_left: bool,
    /// A returned message the patient picked up: the conversation is the call on the line, whose
    /// "End call" also hangs up, so a second "Hang up" would only confuse.
    pub continues_on_the_line: bool,
    /// The call is for a booking (a waitlist offer, a rebooking): the book is where it goes on.
    pub books: bool,
    /// What was offered and what the patient answered, in order: a slot they cannot take is
    /// turned down in their words, never silently.
    pub transcript: Vec<Said>,
}

/// The conversation on the desk's outgoing call: each slot offered, the patient's answer to it, and
/// anything the simulation would not do on it.
pub fn outgoing_transcript(day: &Day, out: &crate::sim::phone::OutgoingCall) -> Vec<Said> {
    let on_this_call = |action: &Action| match action {
        Action::OfferSlot { patient, .. } | Action::LeaveVoicemail { patient, .. } => *patient == out.patient,
        _ => false,
    };
    let mut said = Vec::new();
    for entry in day.journal.entries.iter().filter(|e| e.at >= out.at) {
        match &entry.what {
            Entry::Action(action) if on_this_call(action) => said.push(Said::Desk(describe(day, action))),
            Entry::Refused { action, reason } if on_this_call(action) => {
                said.push(Said::Refused(super::describe::in_words(day, reason)));
            }
            Entry::Happened(Happening::OfferDeclined { patient, reason }) if *patient == out.patient => {
                said.push(Said::Caller(format!("Sorry, that doesn't work: {reason}.")));
            }
            Entry::Happened(Happening::Booked { patient, date, at, .. }) if *patient == out.patient => {
                let when = super::date_words(day.today(), *date);
                said.push(Said::Caller(format!("Yes, {when} at {at} is fine. Thank you!")));
            }
            _ => {}
        }
    }
    said
}

impl PhoneView {
    pub fn of(day: &Day) -> Self {
        let scenario = &*day.scenario;
        let mut lines = Vec::new();
        let mut active = None;
        let mut at_the_counter = None;
        for id in &day.call_order {
            let Some(call) = day.calls.get(id) else { continue };
            if call.in_person() {
                if call.state == CallState::Active {
                    at_the_counter = Some(call.call.caller.name.clone());
                }
                continue;
            }
            match call.state {
                CallState::Ringing | CallState::OnHold => lines.push(LineRow {
                    call: id.clone(),
                    caller: call.call.caller.name.clone(),
                    state: call.state,
                    waiting: if call.state == CallState::Ringing {
                        format!("ringing {} s", day.now.since(call.since))
                    } else {
                        format!("on hold {} min", day.now.since(call.held_at.unwrap_or(call.since)) / 60)
                    },
                }),
                CallState::Active => {
                    lines.push(LineRow {
                        call: id.clone(),
                        caller: call.call.caller.name.clone(),
                        state: call.state,
                        waiting: "on the line".into(),
                    });
                    active = Some(call_view(day, call));
                }
                _ => {}
            }
        }
        let mailbox = mailbox_rows(day, false);
        let outgoing = day.outgoing.as_ref().map(|out| OutgoingView {
            patient: Pick::new(out.patient.as_str(), patient_name(scenario, &out.patient)),
            number: out.number,
            purpose: match &out.purpose {
                Purpose::Reminder { appointment } => format!("reminder for {}", visit_name(day, appointment)),
                Purpose::WaitlistOffer => "waitlist offer".into(),
                Purpose::Rebooking { appointment } => format!("rebooking {}", visit_name(day, appointment)),
                Purpose::ReturnVoicemail { .. } => "returning their message".into(),
                Purpose::FollowUp => "follow-up".into(),
            },
            answered: out.answered,
            voicemail_left: out.voicemail_left(),
            books: matches!(out.purpose, Purpose::WaitlistOffer | Purpose::Rebooking { .. }),
            transcript: outgoing_transcript(day, out),
            continues_on_the_line: out.answered
                && matches!(&out.purpose, Purpose::ReturnVoicemail { voicemail }
                    if day.calls.get(voicemail).is_some_and(|c| c.is_live())),
        });
        PhoneView {
            lines,
            active,
            at_the_counter,
            mailbox,
            outgoing,
            clinicians: clinicians(scenario),
            patients: patients(scenario),
            greeting: match day.greetings.last() {
                Some((at, mentions)) => Greeting::Recorded { at: at.to_string(), mentions: mentions.clone() },
                None => Greeting::AsTheDayOpened(scenario.clinic.greeting.clone()),
            },
        }
    }
}

/// Whom the desk calls back about a message: the caller when they are a patient, else the patient
/// the message is about.
fn call_back(call: &CallHandling) -> Option<&crate::scenario::PatientId> {
    match &call.call.caller.claims {
        crate::scenario::Role::Patient(p) => Some(p),
        _ => call.call.about.as_ref(),
    }
}

pub(super) fn call_view(day: &Day, call: &CallHandling) -> CallView {
    let scenario = &*day.scenario;
    let mut transcript: Vec<Said> = if call.returned_at.is_some() && !call.call.says.is_empty() {
        // A message called back: what was left on the machine is shown as the message, and the
        // person who picks up says hello rather than the whole message again.
        let first_name = call.call.caller.name.split_whitespace().next().unwrap_or("").to_string();
        vec![
            Said::Message(call.call.says.join(" ")),
            Said::Caller(format!("Hello, {first_name} speaking. Oh, thank you for calling me back.")),
        ]
    } else {
        call.call.says.iter().map(|line| Said::Caller(line.clone())).collect()
    };
    if let Some(reason) = request_words(&call.call.wants)
        && transcript.is_empty()
    {
        transcript.push(Said::Caller(reason));
    }
    let mut asked = false;
    for entry in day.journal.entries.iter().filter(|e| e.at >= call.since) {
        match &entry.what {
            Entry::Action(action) if action.call() == Some(&call.id) => {
                asked |= matches!(action, crate::sim::Action::AskIdentifiers { .. });
                transcript.push(Said::Desk(describe(day, action)));
            }
            Entry::Refused { action, reason } if action.call() == Some(&call.id) => {
                transcript.push(Said::Refused(reason.clone()));
            }
            Entry::Happened(Happening::ReasonGiven { call: id }) if *id == call.id => {
                transcript.extend(call.call.says_when_asked.iter().map(|line| Said::Caller(line.clone())));
            }
            Entry::Happened(Happening::IdentifiersStated { call: id, answers, .. }) if *id == call.id => {
                let mut parts = Vec::new();
                parts.push(answers.name.clone().map_or("can't give a name".to_string(), |n| format!("name {n}")));
                parts.push(
                    answers.born.clone().map_or("doesn't know the date of birth".into(), |b| format!("born {b}")),
                );
                parts.push(
                    answers
                        .health_number
                        .clone()
                        .map_or("has no health number to give".into(), |h| format!("health number {h}")),
                );
                if let Some(address) = &answers.address {
                    parts.push(format!("lives at {address}"));
                }
                transcript.push(Said::Caller(parts.join("; ")));
            }
            _ => {}
        }
    }
    CallView {
        call: call.id.clone(),
        in_person: call.in_person(),
        caller: call.call.caller.name.clone(),
        // What they say they want it for, when they say (format 2): the desk weighs it (C3, C4).
        claims: match call.call.caller.purpose {
            Some(purpose) => {
                format!("{}, asking for {}", claimed_role(scenario, &call.call.caller.claims), purpose_words(purpose))
            }
            None => claimed_role(scenario, &call.call.caller.claims),
        },
        number: call.call.caller.number.clone(),
        // The patient the caller names, or the caller themself when they say they are one.
        about: call_back(call).map(|p| Pick::new(p.as_str(), patient_name(scenario, p))),
        transcript,
        asked_identifiers: asked,
        paperwork: call.call.caller.holds.iter().map(paperwork_words).collect(),
        is_voicemail_return: call.returned_at.is_some(),
        results_hint: match &call.call.wants {
            Request::Results { test } => Some(format!(
                "Results: the patient's chart (Chart tab) shows what the physician has released; a released {test} \
                 result may be given to the patient, or whom they authorized, once they state two identifiers. \
                 Anything else is the physician's to give: take a message for them (Message for…), never read it out."
            )),
            _ => None,
        },
        call_back_by: call_back_times(day),
    }
}

/// When a call back can be promised by: in an hour, in two, and by closing, each still to come
/// today, on the quarter hour.
fn call_back_times(day: &Day) -> Vec<crate::scenario::time::TimeOfDay> {
    let quarter = |t: crate::sim::SimTime| t.plus_minutes((15 - t.minutes() % 15) % 15);
    let mut times: Vec<_> = [quarter(day.now.plus_minutes(60)), quarter(day.now.plus_minutes(120)), day.close]
        .into_iter()
        .filter(|t| *t > day.now && *t <= day.close)
        .filter_map(|t| t.time_of_day())
        .collect();
    times.dedup();
    times
}

/// Paperwork as the desk sees it handed over.
fn paperwork_words(paper: &crate::scenario::Paperwork) -> String {
    use crate::scenario::Paperwork;
    match paper {
        Paperwork::Warrant => "a warrant".to_owned(),
        Paperwork::CourtOrder => "a court order".to_owned(),
        Paperwork::CustodyOrder => "a custody order naming them".to_owned(),
        Paperwork::SignedConsent(kinds) => {
            let what: Vec<&str> = kinds.iter().map(|k| super::info_word(*k)).collect();
            format!("the patient's signed consent to release: {}", what.join(", "))
        }
    }
}

/// A stated purpose as the desk hears it.
fn purpose_words(purpose: crate::scenario::StatedPurpose) -> &'static str {
    use crate::scenario::StatedPurpose::*;
    match purpose {
        Care => "the patient's care",
        Legal => "a legal matter",
        Insurance => "an insurance claim",
        Employment => "an employer",
        Personal => "a personal reason",
    }
}

/// What the caller is after, as they would put it, when their lines don't say it.
fn request_words(request: &Request) -> Option<String> {
    Some(match request {
        Request::Appointment { reason } => format!("I'd like an appointment: {reason}."),
        Request::Results { test } => format!("I'm calling about the {test} results."),
        Request::Refill { drug } => format!("I need a refill of {drug}."),
        Request::LimitedUseCode { drug } => format!("I need the Limited Use code for {drug}."),
        Request::SpeakToPhysician { reason } => format!("I need to speak to the doctor: {reason}."),
        Request::Form { what } => format!("I have a form to fill in: {what}."),
        Request::Message(text) => text.clone(),
        _ => return None,
    })
}

/// The messages waiting to be answered, as cards show them: the phone's voicemails, or (with
/// `electronic`) the portal and e-mail messages the inbox shows (format 2).
pub fn mailbox_rows(day: &Day, electronic: bool) -> Vec<MailboxRow> {
    let scenario = &*day.scenario;
    day.mailbox
        .iter()
        .filter_map(|id| day.calls.get(id))
        .filter(|call| call.electronic == electronic)
        .map(|call| MailboxRow {
            call: call.id.clone(),
            caller: call.call.caller.name.clone(),
            left: call.call.left.clone().unwrap_or_else(|| call.since.to_string()),
            message: call.call.says.join(" "),
            about: call.call.about.as_ref().map(|p| Pick::new(p.as_str(), patient_name(scenario, p))),
            returned: call.returned_at.is_some(),
            passed_on: day.journal.entries.iter().rev().find_map(|e| match &e.what {
                Entry::Action(Action::TakeMessage { call: taken, for_whom, urgent, .. }) if *taken == call.id => {
                    Some(format!("{}{}", scenario.staff_name(for_whom), if *urgent { ", urgent" } else { "" }))
                }
                _ => None,
            }),
            call_back: call_back(call).map(|p| Pick::new(p.as_str(), patient_name(scenario, p))),
            numbers: call_back(call)
                .and_then(|p| scenario.patient(p))
                .map(|p| p.phones.iter().map(|ph| (ph.kind, ph.number.clone())).collect())
                .unwrap_or_default(),
        })
        .collect()
}

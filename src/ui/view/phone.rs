//! The phone: lines ringing or on hold, the call being talked on with its transcript, the mailbox,
//! and the outgoing call.

use fluent_bundle::FluentValue;

use super::describe::{describe, in_quebec};
use super::{Pick, claimed_role, clinicians, patient_name, patients, visit_name};
use crate::i18n::{Lang, text};
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
    /// The clinic is in Quebec: some French words differ (Info-Santé 811).
    pub quebec: bool,
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
    /// The clinic is in Quebec: some French words differ (the DPJ, a restriction of access).
    pub quebec: bool,
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
/// anything the simulation would not do on it, in `lang`.
pub fn outgoing_transcript(day: &Day, out: &crate::sim::phone::OutgoingCall, lang: Lang) -> Vec<Said> {
    let on_this_call = |action: &Action| match action {
        Action::OfferSlot { patient, .. } | Action::LeaveVoicemail { patient, .. } => *patient == out.patient,
        _ => false,
    };
    let mut said = Vec::new();
    for entry in day.journal.entries.iter().filter(|e| e.at >= out.at) {
        match &entry.what {
            Entry::Action(action) if on_this_call(action) => said.push(Said::Desk(describe(day, action, lang))),
            Entry::Refused { action, reason } if on_this_call(action) => {
                said.push(Said::Refused(super::describe::in_words(day, &reason.in_lang(lang), lang)));
            }
            Entry::Happened(Happening::OfferDeclined { patient, reason }) if *patient == out.patient => {
                said.push(Said::Caller(text(
                    lang,
                    "phone-offer-declined",
                    &[("reason", reason.in_lang(lang).into_owned().into())],
                )));
            }
            Entry::Happened(Happening::Booked { patient, date, at, .. }) if *patient == out.patient => {
                let when = super::date_words(day.today(), *date, lang);
                let args: [(&str, FluentValue); 2] = [("when", when.into()), ("at", at.to_string().into())];
                said.push(Said::Caller(text(lang, "phone-offer-accepted", &args)));
            }
            _ => {}
        }
    }
    said
}

impl PhoneView {
    /// The phone as the desk sees it, its words in `lang`.
    pub fn of(day: &Day, lang: Lang) -> Self {
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
                        text(lang, "phone-ringing-seconds", &[("seconds", day.now.since(call.since).into())])
                    } else {
                        let minutes = day.now.since(call.held_at.unwrap_or(call.since)) / 60;
                        text(lang, "phone-on-hold-minutes", &[("minutes", minutes.into())])
                    },
                }),
                CallState::Active => {
                    lines.push(LineRow {
                        call: id.clone(),
                        caller: call.call.caller.name.clone(),
                        state: call.state,
                        waiting: text(lang, "phone-on-the-line", &[]),
                    });
                    active = Some(call_view(day, call, lang));
                }
                _ => {}
            }
        }
        let mailbox = mailbox_rows(day, false, lang);
        let outgoing = day.outgoing.as_ref().map(|out| OutgoingView {
            patient: Pick::new(out.patient.as_str(), patient_name(scenario, &out.patient)),
            number: out.number,
            purpose: match &out.purpose {
                Purpose::Reminder { appointment } => {
                    text(lang, "phone-purpose-reminder", &[("visit", visit_name(day, appointment, lang).into())])
                }
                Purpose::WaitlistOffer => text(lang, "phone-purpose-waitlist-offer", &[]),
                Purpose::Rebooking { appointment } => {
                    text(lang, "phone-purpose-rebooking", &[("visit", visit_name(day, appointment, lang).into())])
                }
                Purpose::ReturnVoicemail { .. } => text(lang, "phone-purpose-return-message", &[]),
                Purpose::FollowUp => text(lang, "phone-purpose-follow-up", &[]),
            },
            answered: out.answered,
            voicemail_left: out.voicemail_left(),
            books: matches!(out.purpose, Purpose::WaitlistOffer | Purpose::Rebooking { .. }),
            transcript: outgoing_transcript(day, out, lang),
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
            clinicians: clinicians(scenario, lang),
            patients: patients(scenario),
            greeting: match day.greetings.last() {
                Some((at, mentions)) => Greeting::Recorded { at: at.to_string(), mentions: mentions.clone() },
                None => Greeting::AsTheDayOpened(scenario.clinic.greeting.clone()),
            },
            quebec: in_quebec(day),
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

/// The call being talked on (or the conversation at the counter), its words in `lang`.
pub(super) fn call_view(day: &Day, call: &CallHandling, lang: Lang) -> CallView {
    let scenario = &*day.scenario;
    let mut transcript: Vec<Said> = if call.returned_at.is_some() && !call.call.says.is_empty() {
        // A message called back: what was left on the machine is shown as the message, and the
        // person who picks up says hello rather than the whole message again.
        let first_name = call.call.caller.name.split_whitespace().next().unwrap_or("").to_string();
        vec![
            Said::Message(call.call.says.join(" ")),
            Said::Caller(text(lang, "phone-returned-hello", &[("name", first_name.into())])),
        ]
    } else {
        call.call.says.iter().map(|line| Said::Caller(line.clone())).collect()
    };
    if let Some(reason) = request_words(&call.call.wants, lang)
        && transcript.is_empty()
    {
        transcript.push(Said::Caller(reason));
    }
    let mut asked = false;
    for entry in day.journal.entries.iter().filter(|e| e.at >= call.since) {
        match &entry.what {
            Entry::Action(action) if action.call() == Some(&call.id) => {
                asked |= matches!(action, crate::sim::Action::AskIdentifiers { .. });
                transcript.push(Said::Desk(describe(day, action, lang)));
            }
            Entry::Refused { action, reason } if action.call() == Some(&call.id) => {
                transcript.push(Said::Refused(super::describe::in_words(day, &reason.in_lang(lang), lang)));
            }
            Entry::Happened(Happening::ReasonGiven { call: id }) if *id == call.id => {
                // Someone with nothing more to say still answers: asked, nobody stays silent.
                if call.call.says_when_asked.is_empty() {
                    transcript.push(Said::Caller(text(lang, "phone-nothing-more", &[])));
                }
                transcript.extend(call.call.says_when_asked.iter().map(|line| Said::Caller(line.clone())));
            }
            Entry::Happened(Happening::IdentifiersStated { call: id, answers, .. }) if *id == call.id => {
                let mut parts = Vec::new();
                parts.push(match &answers.name {
                    Some(name) => text(lang, "phone-stated-name", &[("name", name.as_str().into())]),
                    None => text(lang, "phone-stated-no-name", &[]),
                });
                parts.push(match &answers.born {
                    Some(born) => text(lang, "phone-stated-born", &[("born", born.as_str().into())]),
                    None => text(lang, "phone-stated-no-birth-date", &[]),
                });
                parts.push(match &answers.health_number {
                    Some(number) => text(lang, "phone-stated-health-number", &[("number", number.as_str().into())]),
                    None => text(lang, "phone-stated-no-health-number", &[]),
                });
                if let Some(address) = &answers.address {
                    parts.push(text(lang, "phone-stated-address", &[("address", address.as_str().into())]));
                }
                let stated = parts.into_iter().reduce(|list, item| {
                    text(lang, "phone-stated-and", &[("list", list.into()), ("item", item.into())])
                });
                transcript.push(Said::Caller(stated.unwrap_or_default()));
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
                let role = claimed_role(scenario, &call.call.caller.claims, lang);
                let args: [(&str, FluentValue); 2] =
                    [("role", role.into()), ("purpose", purpose_words(purpose, lang).into())];
                text(lang, "phone-claims-asking-for", &args)
            }
            None => claimed_role(scenario, &call.call.caller.claims, lang),
        },
        number: call.call.caller.number.clone(),
        // The patient the caller names, or the caller themself when they say they are one.
        about: call_back(call).map(|p| Pick::new(p.as_str(), patient_name(scenario, p))),
        transcript,
        asked_identifiers: asked,
        paperwork: call.call.caller.holds.iter().map(|paper| paperwork_words(paper, lang)).collect(),
        is_voicemail_return: call.returned_at.is_some(),
        results_hint: match &call.call.wants {
            Request::Results { test } => Some(text(lang, "phone-results-hint", &[("test", test.as_str().into())])),
            _ => None,
        },
        call_back_by: call_back_times(day),
        quebec: in_quebec(day),
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
fn paperwork_words(paper: &crate::scenario::Paperwork, lang: Lang) -> String {
    use crate::scenario::Paperwork;
    match paper {
        Paperwork::Warrant => text(lang, "phone-paper-warrant", &[]),
        Paperwork::CourtOrder => text(lang, "phone-paper-court-order", &[]),
        Paperwork::CustodyOrder => text(lang, "phone-paper-custody-order", &[]),
        Paperwork::SignedConsent(kinds) => {
            let what: Vec<String> = kinds.iter().map(|k| super::info_word(*k, lang)).collect();
            text(lang, "phone-paper-signed-consent", &[("what", what.join(", ").into())])
        }
    }
}

/// A stated purpose as the desk hears it.
fn purpose_words(purpose: crate::scenario::StatedPurpose, lang: Lang) -> String {
    use crate::scenario::StatedPurpose::*;
    match purpose {
        Care => text(lang, "phone-stated-purpose-care", &[]),
        Legal => text(lang, "phone-stated-purpose-legal", &[]),
        Insurance => text(lang, "phone-stated-purpose-insurance", &[]),
        Employment => text(lang, "phone-stated-purpose-employment", &[]),
        Personal => text(lang, "phone-stated-purpose-personal", &[]),
    }
}

/// What the caller is after, as they would put it, when their lines don't say it.
fn request_words(request: &Request, lang: Lang) -> Option<String> {
    Some(match request {
        Request::Appointment { reason } => text(lang, "phone-wants-appointment", &[("reason", reason.as_str().into())]),
        Request::Results { test } => text(lang, "phone-wants-results", &[("test", test.as_str().into())]),
        Request::Refill { drug } => text(lang, "phone-wants-refill", &[("drug", drug.as_str().into())]),
        Request::LimitedUseCode { drug } => {
            text(lang, "phone-wants-limited-use-code", &[("drug", drug.as_str().into())])
        }
        Request::SpeakToPhysician { reason } => {
            text(lang, "phone-wants-physician", &[("reason", reason.as_str().into())])
        }
        Request::Form { what } => text(lang, "phone-wants-form", &[("what", what.as_str().into())]),
        Request::Message(said) => said.clone(),
        _ => return None,
    })
}

/// The messages waiting to be answered, as cards show them: the phone's voicemails, or (with
/// `electronic`) the portal and e-mail messages the inbox shows (format 2); their words in `lang`.
pub fn mailbox_rows(day: &Day, electronic: bool, lang: Lang) -> Vec<MailboxRow> {
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
                    let args: [(&str, FluentValue); 1] = [("staff", scenario.staff_name(for_whom).into())];
                    Some(if *urgent {
                        text(lang, "phone-passed-on-urgent", &args)
                    } else {
                        text(lang, "phone-passed-on-whom", &args)
                    })
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

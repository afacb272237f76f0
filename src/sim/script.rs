//! Action files: a learner's shift (or a test's) as a RON list of timed actions, e.g.
//!
//! ```ron
//! [
//!     (at: "08:01", do: SetGreeting(mentions: [Hours, TodaysAvailability, Closures, Coverage, Emergency911, Health811])),
//!     (at: "10:26", do: Answer(call: "call-chest-pain-george")),
//!     (at: "10:26:30", do: Advise(call: "call-chest-pain-george", advice: Call911)),
//! ]
//! ```
//!
//! Loading checks what can be checked before the day is played, and reports it like the scenario
//! validator, at file:line:col: a name that exists nowhere in the scenario, a time that goes back.
//! Whether an action makes sense at its moment (answering a call that has not rung) is the day's
//! business: it is refused in the journal, and the run goes on.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::action::{Action, Flag, Purpose};
use super::clock::SimTime;
use crate::rules::words::Words;
use crate::scenario::diagnostic::{Diagnostic, FileReport};
use crate::scenario::locate::{Path, SpanIndex};
use crate::scenario::{Event, Scenario};

/// One line of an action file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimedAction {
    pub at: SimTime,
    #[serde(rename = "do")]
    pub action: Action,
}

/// Reads and checks an action file's text against the scenario it is for.
pub fn load_actions(name: &str, text: &str, scenario: &Scenario) -> Result<Vec<TimedAction>, FileReport> {
    let mut report = FileReport::new(name);
    report.text = Some(text.to_owned());
    let actions: Vec<TimedAction> = match crate::scenario::ron_options().from_str(text) {
        Ok(actions) => actions,
        Err(error) => {
            report.diagnostics.push(crate::scenario::load::parse_error(text, &error));
            return Err(report);
        }
    };
    let index = SpanIndex::new(text);
    let names = Names::of(scenario);
    let mut last: Option<SimTime> = None;
    for (i, timed) in actions.iter().enumerate() {
        let here = Path::root().index(i);
        if let Some(previous) = last
            && timed.at < previous
        {
            let span = index.span(&here.field("at")).unwrap_or(0..0);
            report.diagnostics.push(
                Diagnostic::error(
                    "back-in-time",
                    Words::msg("script-back-in-time")
                        .arg("at", timed.at.to_string())
                        .arg("previous", previous.to_string()),
                )
                .at(span, Words::msg("script-back-in-time-label"))
                .with_help(Words::msg("script-back-in-time-help")),
            );
        }
        last = Some(last.map_or(timed.at, |p| p.max(timed.at)));
        for (field, reference) in references(&timed.action) {
            if let Some(problem) = names.problem(&reference) {
                let span = index.span(&here.field("do").field(field)).unwrap_or(0..0);
                report.diagnostics.push(
                    Diagnostic::error("unknown-name", problem.0)
                        .at(span, Words::msg("script-unknown-name-label"))
                        .with_help(problem.1),
                );
            }
        }
    }
    if report.has_errors() { Err(report) } else { Ok(actions) }
}

/// Checks actions that are already parsed (a results file's journal) against the scenario: the first
/// problem in words, if any. The same checks as `load_actions`, without a text to point into.
pub fn check_actions(actions: &[TimedAction], scenario: &Scenario) -> Result<(), Words> {
    let names = Names::of(scenario);
    let mut last: Option<SimTime> = None;
    for (i, timed) in actions.iter().enumerate() {
        if last.is_some_and(|previous| timed.at < previous) {
            return Err(Words::msg("script-action-back-in-time").arg("number", i + 1).arg("at", timed.at.to_string()));
        }
        last = Some(timed.at);
        for (field, reference) in references(&timed.action) {
            if let Some((problem, _)) = names.problem(&reference) {
                return Err(Words::msg("script-action-names-nothing")
                    .arg("number", i + 1)
                    .arg("at", timed.at.to_string())
                    .arg("field", field)
                    .arg("problem", problem));
            }
        }
    }
    Ok(())
}

/// Writes actions as an action file.
pub fn to_text(actions: &[TimedAction]) -> String {
    let mut out = String::from("[\n");
    for timed in actions {
        let action = crate::scenario::to_ron(&timed.action).unwrap_or_default();
        out.push_str(&format!("    (at: \"{}\", do: {}),\n", timed.at, action.trim()));
    }
    out.push_str("]\n");
    out
}

enum Reference<'a> {
    Patient(&'a str),
    Staff(&'a str),
    Type(&'a str),
    Contact(&'a str),
    Event(&'a str),
    Appointment(&'a str),
    Referral(&'a str),
}

/// The names an action uses, with the field that holds each.
fn references(action: &Action) -> Vec<(&'static str, Reference<'_>)> {
    use Reference as R;
    let mut refs = Vec::new();
    match action {
        Action::Answer { call }
        | Action::Hold { call }
        | Action::TakeOffHold { call }
        | Action::EndCall { call }
        | Action::AskIdentifiers { call }
        | Action::AskWhy { call }
        | Action::CallBackOnFile { call }
        | Action::Advise { call, .. }
        | Action::Reassure { call }
        | Action::GiveLimitedUseCode { call }
        | Action::ReportToChildrensAid { call } => refs.push(("call", R::Event(call.as_str()))),
        Action::ReadOutIdentifier { call, patient }
        | Action::Disclose { call, patient, .. }
        | Action::SendRecord { call, patient, .. } => {
            refs.push(("call", R::Event(call.as_str())));
            refs.push(("patient", R::Patient(patient.as_str())));
        }
        Action::TakeMessage { call, for_whom, .. } => {
            refs.push(("call", R::Event(call.as_str())));
            refs.push(("for_whom", R::Staff(for_whom.as_str())));
        }
        Action::Transfer { call, to } => {
            refs.push(("call", R::Event(call.as_str())));
            refs.push(("to", R::Staff(to.as_str())));
        }
        Action::PromiseCallBack { call, who, .. } => {
            refs.push(("call", R::Event(call.as_str())));
            if let super::action::CallBackBy::Staff(who) = who {
                refs.push(("who", R::Staff(who.as_str())));
            }
        }
        Action::Book(request) | Action::OfferSlot { request, .. } => {
            refs.push(("patient", R::Patient(request.patient.as_str())));
            refs.push(("physician", R::Staff(request.physician.as_str())));
            refs.push(("type", R::Type(request.kind.as_str())));
            if let Some(answers) = &request.answers {
                refs.push(("answers", R::Event(answers.as_str())));
            }
        }
        Action::Reschedule { appointment, physician, .. } => {
            refs.push(("appointment", R::Appointment(appointment.as_str())));
            if let Some(physician) = physician {
                refs.push(("physician", R::Staff(physician.as_str())));
            }
        }
        Action::Cancel { appointment, .. } | Action::CheckIn { appointment } => {
            refs.push(("appointment", R::Appointment(appointment.as_str())))
        }
        Action::AddToWaitlist { patient, physician, kind, .. } => {
            refs.push(("patient", R::Patient(patient.as_str())));
            refs.push(("physician", R::Staff(physician.as_str())));
            refs.push(("kind", R::Type(kind.as_str())));
        }
        Action::VerifyHealthCard { patient }
        | Action::UpdateDemographics { patient, .. }
        | Action::RegisterPatient { patient }
        | Action::ReferToServiceOntario { patient }
        | Action::Call911 { patient }
        | Action::TellWait { patient, .. }
        | Action::AskWhyHere { patient }
        | Action::SayAloud { patient, .. }
        | Action::LeaveVoicemail { patient, .. }
        | Action::OpenChart { patient }
        | Action::Note { patient, .. } => refs.push(("patient", R::Patient(patient.as_str()))),
        Action::FetchClinician { patient, who } => {
            refs.push(("patient", R::Patient(patient.as_str())));
            refs.push(("who", R::Staff(who.as_str())));
        }
        Action::FileDocument { document, patient } => {
            refs.push(("document", R::Event(document.as_str())));
            refs.push(("patient", R::Patient(patient.as_str())));
        }
        Action::FlagToPhysician { about, physician, .. } => {
            refs.push(("physician", R::Staff(physician.as_str())));
            match about {
                Flag::Document(id) | Flag::Call(id) => refs.push(("about", R::Event(id.as_str()))),
                Flag::NoShow(id) => refs.push(("about", R::Appointment(id.as_str()))),
                Flag::Patient(id) => refs.push(("about", R::Patient(id.as_str()))),
            }
        }
        Action::PrintForSignature { document }
        | Action::ReportBreach { document }
        | Action::Dispose { document, .. } => refs.push(("document", R::Event(document.as_str()))),
        Action::RequestRecords { patient, from, .. } => {
            refs.push(("patient", R::Patient(patient.as_str())));
            refs.push(("from", R::Contact(from.as_str())));
        }
        Action::SendAppointmentDetails { appointment, to, .. } => {
            refs.push(("appointment", R::Appointment(appointment.as_str())));
            refs.push(("to", R::Contact(to.as_str())));
        }
        Action::PlaceCall { patient, purpose, .. } => {
            refs.push(("patient", R::Patient(patient.as_str())));
            match purpose {
                Purpose::Reminder { appointment } | Purpose::Rebooking { appointment } => {
                    refs.push(("purpose", R::Appointment(appointment.as_str())))
                }
                Purpose::ReturnVoicemail { voicemail } => refs.push(("purpose", R::Event(voicemail.as_str()))),
                Purpose::WaitlistOffer | Purpose::FollowUp => {}
            }
        }
        Action::BookOutsideTest { patient, at, .. } => {
            refs.push(("patient", R::Patient(patient.as_str())));
            refs.push(("at", R::Contact(at.as_str())));
        }
        Action::ChaseReferral { referral, .. } => refs.push(("referral", R::Referral(referral.as_str()))),
        Action::Pause
        | Action::Resume
        | Action::SetSpeed(_)
        | Action::SkipToNextEvent
        | Action::AnnounceDelay { .. }
        | Action::HangUp
        | Action::SetGreeting { .. }
        | Action::EndDay => {}
    }
    refs
}

/// Every name a scenario defines, by kind.
struct Names {
    patients: BTreeSet<String>,
    staff: BTreeSet<String>,
    types: BTreeSet<String>,
    contacts: BTreeSet<String>,
    events: BTreeSet<String>,
    appointments: BTreeSet<String>,
    referrals: BTreeSet<String>,
}

impl Names {
    fn of(scenario: &Scenario) -> Self {
        let mut events = BTreeSet::new();
        fn collect(event: &Event, events: &mut BTreeSet<String>) {
            match event {
                Event::Voicemail(c) | Event::Message(c) | Event::Call(c) | Event::Visitor(c) => {
                    events.insert(c.id.to_string());
                }
                Event::WalkIn(w) => {
                    events.insert(w.id.to_string());
                }
                Event::Document(d) => {
                    events.insert(d.id.to_string());
                }
                Event::Cancellation(c) => {
                    events.insert(format!("cancel-{}", c.appointment));
                }
                Event::OneOf(alternatives) => alternatives.iter().for_each(|a| collect(a, events)),
                _ => {}
            }
        }
        scenario.timeline.iter().for_each(|e| collect(&e.event, &mut events));
        let staff = scenario
            .staff
            .physicians
            .iter()
            .map(|p| p.id.to_string())
            .chain(scenario.staff.nurses.iter().map(|n| n.id.to_string()))
            .chain(scenario.staff.covering.iter().map(|c| c.id.to_string()))
            .collect();
        Names {
            patients: scenario.patients.iter().map(|p| p.id.to_string()).collect(),
            staff,
            types: scenario.appointment_types.iter().map(|t| t.id.to_string()).collect(),
            contacts: scenario.contacts.iter().map(|c| c.id.to_string()).collect(),
            events,
            appointments: scenario.book.iter().map(|b| b.id.to_string()).collect(),
            referrals: scenario.referrals_out.iter().map(|r| r.id.to_string()).collect(),
        }
    }

    /// What is wrong with a reference, and a hint. The kind of thing is named as the language files
    /// choose its noun (validate-files.ftl's `script-no-such`): `patient`, `staff`, `type`,
    /// `contact`, `event`, `referral`, `appointment`.
    fn problem(&self, reference: &Reference<'_>) -> Option<(Words, Words)> {
        let (set, id, what) = match reference {
            Reference::Patient(id) => (&self.patients, *id, "patient"),
            Reference::Staff(id) => (&self.staff, *id, "staff"),
            Reference::Type(id) => (&self.types, *id, "type"),
            Reference::Contact(id) => (&self.contacts, *id, "contact"),
            Reference::Event(id) => (&self.events, *id, "event"),
            Reference::Referral(id) => (&self.referrals, *id, "referral"),
            Reference::Appointment(id) => {
                // Bookings made during the day are numbered new-1, new-2, … in the order made.
                if crate::book::Book::is_made_today(&crate::scenario::AppointmentId::from(*id)) {
                    return None;
                }
                (&self.appointments, *id, "appointment")
            }
        };
        if set.contains(id) {
            return None;
        }
        let nearest = set.iter().min_by_key(|known| strsim::levenshtein(known, id));
        let extends = set.iter().find(|known| !id.is_empty() && known.starts_with(id));
        let hint = match (nearest, extends) {
            (Some(near), _) if strsim::levenshtein(near, id) <= 3 => {
                Words::msg("suggest-did-you-mean").arg("near", near)
            }
            (_, Some(longer)) => Words::msg("suggest-did-you-mean").arg("near", longer),
            _ => Words::msg("script-no-such-help").arg("what", what),
        };
        Some((Words::msg("script-no-such").arg("what", what).arg("id", id), hint))
    }
}

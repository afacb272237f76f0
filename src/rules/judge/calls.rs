//! Calls: triage (T1–T7), what was passed on (C3, C7, C13, C16, S11), and the identity check (C1).

use super::privacy;
use super::{Routing, routing};
use crate::rules::words::Arg;
use crate::rules::{Severity, Verdict, Words};
use crate::scenario::{Request, Role};
use crate::sim::action::Advice;
use crate::sim::day::Day;
use crate::sim::phone::CallHandling;

fn complaint(call: &CallHandling) -> String {
    call.call.symptoms.as_ref().map_or_else(String::new, |s| in_sentence(&s.complaint))
}

fn route(call: &CallHandling) -> Option<Routing> {
    call.call.symptoms.as_ref().map(routing)
}

/// The call was put on hold.
pub fn held(_day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    match route(call) {
        Some(Routing::Emergency) if !call.sent_to_911() => {
            vec![Verdict::broken("T1", id, Words::msg("calls-held-emergency").arg("what", complaint(call)))]
        }
        Some(Routing::Suicidal { .. }) if call.transferred_to.is_none() => {
            vec![Verdict::broken("T3", id, Words::msg("calls-held-suicidal"))]
        }
        _ => Vec::new(),
    }
}

/// The caller gave up on hold.
pub fn hung_up(_day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    match route(call) {
        Some(Routing::Emergency) if !call.sent_to_911() => {
            vec![Verdict::broken("T1", id, Words::msg("calls-hung-up-emergency"))]
        }
        Some(Routing::Suicidal { .. }) => {
            vec![Verdict::broken("T3", id, Words::msg("calls-hung-up-suicidal"))]
        }
        _ => Vec::new(),
    }
}

pub fn read_out(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    vec![
        Verdict::broken("C1", call.id.as_str(), Words::msg("calls-read-out"))
            .at_stake(super::privacy::identity_stakes(day, call)),
    ]
}

pub fn reassured(_day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let red_flags = call.call.symptoms.as_ref().is_some_and(|s| !s.red_flags.is_empty());
    let severity = if red_flags { Severity::Critical } else { Severity::Major };
    vec![Verdict::broken_as(
        "T2",
        severity,
        call.id.as_str(),
        Words::msg("calls-reassured").arg("what", complaint(call)),
    )]
}

pub fn gave_code(_day: &Day, call: &CallHandling) -> Vec<Verdict> {
    vec![Verdict::broken_as("S11", Severity::Critical, call.id.as_str(), Words::msg("calls-gave-code"))]
}

/// A message was taken, or a flag raised, about the call.
pub fn message_taken(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    let Some(last) = call.messages.last() else { return Vec::new() };
    match route(call) {
        Some(Routing::Emergency) if !call.sent_to_911() && call.reached => {
            vec![Verdict::broken("T1", id, Words::msg("calls-message-instead-of-911").arg("what", complaint(call)))]
        }
        Some(Routing::Suicidal { .. }) if call.transferred_to.is_none() && call.reached => {
            vec![Verdict::broken("T3", id, Words::msg("calls-message-instead-of-hand-off"))]
        }
        // A call the desk spoke to is judged on T7 when it ends, on everything done on it (an
        // "FYI" note after sending the caller to the emergency department is no downgrade); a
        // message left in the mailbox and passed on without reaching the caller is judged now.
        Some(Routing::ClinicianNow | Routing::SameDay) if !call.reached => {
            if last.urgent {
                let to = day.scenario.staff_name(&last.for_whom);
                let did = Words::msg("calls-passed-on-urgent").arg("what", complaint(call)).arg("to", to);
                vec![Verdict::kept("T7", id, did)]
            } else {
                vec![Verdict::broken("T7", id, Words::msg("calls-passed-on-not-urgent").arg("what", complaint(call)))]
            }
        }
        _ => Vec::new(),
    }
}

/// T7 on a call that needed more than routine care and that the desk spoke to, judged when it
/// ends on everything done on it: it went up (see `went_up`) or it went down. One opportunity, one
/// judgment, the same points whichever right path the desk took.
fn escalated_up(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    let Some(routing) = route(call).filter(|r| matches!(r, Routing::ClinicianNow | Routing::SameDay)) else {
        return Vec::new();
    };
    let what = complaint(call);
    vec![match went_up(day, call, routing) {
        Some(how) => Verdict::kept("T7", id, how),
        None if call.messages.iter().any(|m| !m.urgent) => {
            Verdict::broken("T7", id, Words::msg("calls-passed-on-not-urgent").arg("what", &what))
        }
        None if let Some(date) = call.bookings.iter().filter_map(|b| day.book.get(b)).map(|a| a.date).min() => {
            let booked = if routing == Routing::ClinicianNow {
                Words::msg("calls-booked-instead-of-clinician")
            } else {
                Words::msg("calls-booked-as-routine")
            };
            Verdict::broken("T7", id, booked.arg("what", &what).arg("date", Arg::date(date, day.today())))
        }
        None => Verdict::broken("T7", id, Words::msg("calls-ended-without-escalating").arg("what", &what)),
    }]
}

/// Whether a caller who needed a clinician now (or care today) got it from the desk, and how, in
/// words: one test for T5 and T7, so the two never disagree. A clinician now: put through to one,
/// sent to 911 or the emergency department, or an urgent message to a clinician. Care today: any
/// of those, or a slot today.
fn went_up(day: &Day, call: &CallHandling, routing: Routing) -> Option<Words> {
    let what = complaint(call);
    if !reached_a_clinician(call) {
        let today = day.today();
        let booked_today = call.bookings.iter().filter_map(|b| day.book.get(b)).any(|a| a.date == today);
        return (routing == Routing::SameDay && booked_today)
            .then(|| Words::msg("calls-booked-today").arg("what", &what));
    }
    if let Some(who) = &call.transferred_to {
        return Some(Words::msg("calls-put-through").arg("what", &what).arg("to", day.scenario.staff_name(who)));
    }
    if call.sent_to_emergency() {
        return Some(Words::msg("calls-sent-to-emergency").arg("what", &what));
    }
    let to = call.messages.iter().find(|m| m.urgent).map(|m| day.scenario.staff_name(&m.for_whom));
    Some(Words::msg("calls-passed-as-urgent").arg("what", &what).arg("to", to.unwrap_or_default()))
}

/// What a clinician now asks of the desk, done: put through to a clinician, sent to 911 or the
/// emergency department, or an urgent message to a clinician. T5, T7 and the clinician-now clock
/// all ask this one question.
pub(super) fn reached_a_clinician(call: &CallHandling) -> bool {
    call.escalated_urgently() || call.sent_to_emergency()
}

/// The call ended (hung up by the desk, transferred, or closed at the end of the day).
pub fn ended(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    if !call.reached {
        return Vec::new();
    }
    let mut verdicts = triage(day, call, true);
    // A clinician now not reached by the call's end still has its clock (RULEBOOK second edition:
    // a clinician reached within 30 minutes, by a hand-off or an urgent message, a flag about the
    // call included): the deadline watch judges it, kept or late, and closing judges it if the
    // day ends first.
    if route(call) == Some(Routing::ClinicianNow) && !reached_a_clinician(call) {
        verdicts.retain(|v| v.rule != "T5");
    }
    verdicts.extend(escalated_up(day, call));
    verdicts.extend(asked_why(day, call));
    verdicts.extend(super::promises::given(day, call));
    verdicts.extend(request(day, call));
    verdicts.extend(privacy::call_closed(day, call));
    verdicts
}

/// T13: a caller who says why they call only when asked (format 2 `says_when_asked`) was asked,
/// on the call, before anything was booked for them: a desk that books "the next available" and
/// asks afterwards has already decided without the reason. Critical when what they would have said
/// carries red flags.
fn asked_why(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    use crate::sim::action::Action;
    use crate::sim::journal::Entry;
    if call.call.says_when_asked.is_empty() {
        return Vec::new();
    }
    let red_flags = call.call.symptoms.as_ref().is_some_and(|s| !s.red_flags.is_empty());
    let stakes = if red_flags { Severity::Critical } else { Severity::Major };
    let (id, who) = (call.id.as_str(), &call.call.caller.name);
    // Journal order, not the clock: a booking and a question in the same second are still one
    // before the other.
    let first = |wanted: fn(&Action, &crate::scenario::EventId) -> bool| {
        day.journal.entries.iter().position(|e| matches!(&e.what, Entry::Action(a) if wanted(a, &call.id)))
    };
    let asked = first(|a, id| matches!(a, Action::AskWhy { call } if call == id));
    let booked = first(|a, id| matches!(a, Action::Book(request) if request.answers.as_ref() == Some(id)));
    let would_have_said = || call.call.says_when_asked.join(" ");
    vec![match (asked, booked) {
        (Some(asked), Some(booked)) if booked < asked => Verdict::broken_as(
            "T13",
            stakes,
            id,
            Words::msg("calls-booked-before-asking").arg("who", who).arg("said", would_have_said()),
        ),
        (Some(_), _) => Verdict::kept("T13", id, Words::msg("calls-asked-why").arg("who", who)).with_severity(stakes),
        (None, _) => Verdict::broken_as(
            "T13",
            stakes,
            id,
            Words::msg("calls-never-asked-why").arg("who", who).arg("said", would_have_said()),
        ),
    }]
}

/// The routing verdict for a call: `live` when the desk spoke to the caller, otherwise (a voicemail
/// nobody could reach) an urgent hand-off to a clinician is what the desk can do.
pub fn triage(day: &Day, call: &CallHandling, live: bool) -> Vec<Verdict> {
    let id = call.id.as_str();
    let Some(routing) = route(call) else { return Vec::new() };
    let what = complaint(call);
    let with_what = |message: &'static str| Words::msg(message).arg("what", &what);
    let today = day.today();
    let booked_later =
        call.bookings.iter().filter_map(|b| day.book.get(b)).map(|a| a.date).filter(|d| *d > today).min();
    let mut verdicts = Vec::new();
    match routing {
        Routing::Emergency => {
            let ok = if live { call.sent_to_911() } else { call.escalated_urgently() };
            verdicts.push(if ok {
                Verdict::kept("T1", id, with_what("calls-told-to-call-911"))
            } else {
                Verdict::broken("T1", id, with_what("calls-never-told-to-call-911"))
            });
        }
        Routing::Suicidal { danger } => {
            let ok = if !live {
                call.escalated_urgently()
            } else if danger {
                call.sent_to_911()
            } else {
                call.transferred_to.is_some() && call.advised(Advice::Crisis988)
            };
            verdicts.push(match (ok, danger) {
                (true, true) => Verdict::kept("T3", id, Words::msg("calls-crisis-gave-911")),
                (true, false) => Verdict::kept("T3", id, Words::msg("calls-crisis-gave-hand-off")),
                (false, true) => Verdict::broken("T3", id, Words::msg("calls-crisis-no-911")),
                (false, false) => Verdict::broken("T3", id, Words::msg("calls-crisis-no-hand-off")),
            });
        }
        Routing::ClinicianNow => {
            // The rulebook's clock for a clinician now: a hand-off, or an urgent message taken by
            // one (its deadline is watched on its own); 911 or the emergency department go higher.
            let verdict = if let Some(how) = went_up(day, call, Routing::ClinicianNow) {
                Verdict::kept("T5", id, how)
            } else {
                Verdict::broken("T5", id, with_what("calls-clinician-now-missed"))
            };
            verdicts.push(verdict.expecting(with_what("calls-clinician-now-expected")));
        }
        Routing::SameDay => {
            // Seen today one way or another (the emergency department sees them today too).
            let ok = went_up(day, call, Routing::SameDay).is_some();
            let verdict = match (ok, booked_later) {
                (true, _) => Verdict::kept(
                    "T5",
                    id,
                    went_up(day, call, Routing::SameDay).unwrap_or_else(|| with_what("calls-booked-today")),
                ),
                (false, Some(date)) => Verdict::broken(
                    "T5",
                    id,
                    with_what("calls-booked-days-out").arg("date", Arg::date(date, day.today())),
                ),
                (false, None) if live => Verdict::broken("T5", id, with_what("calls-same-day-call-ended")),
                (false, None) => Verdict::broken("T5", id, with_what("calls-same-day-missed")),
            };
            verdicts.push(verdict.expecting(with_what("calls-same-day-expected")));
        }
        Routing::Routine => {}
    }
    if routing != Routing::Routine && live && !call.reassured {
        let red_flags = call.call.symptoms.as_ref().is_some_and(|s| !s.red_flags.is_empty());
        let stakes = if red_flags { Severity::Critical } else { Severity::Major };
        // Reassuring a caller with red flags is critical: not doing so is worth as much.
        verdicts.push(Verdict::kept("T2", id, with_what("calls-not-reassured")).with_severity(stakes));
    }
    verdicts
}

/// Whether what the caller asked for reached the right person.
/// What a message nobody was ever reached on asked for, judged by what the desk passed on. A request
/// the desk answers by passing it to a clinician (a risk of harm, C7; a wish to speak to one, T13; a
/// Limited Use code, S11; a records request, C16) is the desk's to act on whether or not the caller
/// is called back: a voicemail about a threat is escalated, not left in the mailbox. Requests that
/// need the caller on the line (results, information) are not judged here: the unreturned message
/// is T10's.
pub fn unreached_request(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    use crate::scenario::ResultStatus;
    match &call.call.wants {
        Request::HarmConcern { .. }
        | Request::SpeakToPhysician { .. }
        | Request::LimitedUseCode { .. }
        | Request::RecordsAccess => request(day, call),
        // A patient's message asking about a result the physician will discuss, or an abnormal one:
        // it goes to the clinician whether or not the patient is reached (C13).
        Request::Results { test }
            if privacy::is_the_patient(call)
                && matches!(
                    privacy::asked_result_status(day, call),
                    Some(ResultStatus::ToDiscuss | ResultStatus::Abnormal)
                ) =>
        {
            vec![result_to_the_clinician(day, call, test)]
        }
        _ => Vec::new(),
    }
}

/// C13 on a patient's question about a result that is not theirs to be told at the desk: a visit
/// booked to go over it, or the question passed to a clinician, is kept; nothing done is broken.
fn result_to_the_clinician(day: &Day, call: &CallHandling, test: &str) -> Verdict {
    let id = call.id.as_str();
    let stakes = privacy::results_stakes(day, call);
    let test = in_sentence(test);
    let passed_on = !call.messages.is_empty() || call.transferred_to.is_some();
    let verdict = if !call.bookings.is_empty() {
        Verdict::kept("C13", id, Words::msg("calls-result-visit-booked").arg("test", test))
    } else if passed_on {
        Verdict::kept("C13", id, Words::msg("calls-result-passed-on").arg("test", test))
    } else {
        Verdict::broken("C13", id, Words::msg("calls-result-went-nowhere").arg("test", test))
    };
    verdict.with_severity(stakes)
}

fn request(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let id = call.id.as_str();
    let passed_on = !call.messages.is_empty() || call.transferred_to.is_some();
    let to_physician = call.transferred_to.as_ref().is_some_and(|s| day.scenario.physician(s).is_some())
        || call.messages.iter().any(|m| day.scenario.physician(&m.for_whom).is_some());
    let role = call.call.caller.true_role();
    let self_patient = privacy::is_the_patient(call);
    let told_results = call.disclosed.iter().any(|(_, info)| *info == crate::scenario::InfoKind::Results);
    match &call.call.wants {
        // C18: a result the physician released, asked for by the patient or a substitute
        // decision-maker authorized for results, once the desk has confirmed who is calling.
        Request::Results { test }
            if privacy::released(day, call)
                && call.verified()
                && !privacy::impostor(call)
                && privacy::entitled_to_what_they_ask(day, call) =>
        {
            let who = &call.call.caller.name;
            let test = in_sentence(test);
            vec![if told_results {
                Verdict::kept("C18", id, Words::msg("calls-result-given").arg("who", who).arg("test", test))
            } else {
                Verdict::broken("C18", id, Words::msg("calls-result-refused").arg("who", who).arg("test", test))
            }]
        }
        // A result the physician has not released goes to the clinician: a message, a transfer, or
        // a visit booked to go over it (what "the physician will discuss it" asks for). Read out,
        // it was judged when told.
        Request::Results { test } if self_patient && call.verified() => {
            if told_results {
                Vec::new()
            } else {
                vec![result_to_the_clinician(day, call, test)]
            }
        }
        // C18: a clinician in the circle of care gets what they need for care, once the desk has
        // verified them by calling back; a message instead is a refusal. Telling them without the
        // call-back is C3's breach, judged when it happened.
        Request::ClinicalInformation(_)
            if matches!(role, Role::Pharmacist(_) | Role::Clinician { .. }) && call.call.caller.for_care() =>
        {
            let genuine = call.call.caller.really.is_none();
            let who = &call.call.caller.name;
            match (genuine, call.disclosed.is_empty(), call.called_back_on_file) {
                (true, false, true) => {
                    vec![Verdict::kept("C18", id, Words::msg("calls-care-info-given").arg("who", who))]
                }
                (true, true, _) => {
                    vec![Verdict::broken("C18", id, Words::msg("calls-care-info-refused").arg("who", who))]
                }
                _ => Vec::new(),
            }
        }
        // T13: a request to speak to a physician or nurse is passed on, never refused at the desk.
        Request::SpeakToPhysician { reason } => {
            let red_flags = call.call.symptoms.as_ref().is_some_and(|s| !s.red_flags.is_empty());
            let stakes = if red_flags { Severity::Critical } else { Severity::Major };
            let who = &call.call.caller.name;
            vec![if passed_on {
                Verdict::kept("T13", id, Words::msg("calls-speak-passed-on").arg("who", who)).with_severity(stakes)
            } else {
                Verdict::broken_as(
                    "T13",
                    stakes,
                    id,
                    Words::msg("calls-speak-went-nowhere").arg("who", who).arg("reason", reason),
                )
            }]
        }
        Request::LimitedUseCode { drug } => {
            if call.gave_code {
                Vec::new()
            } else if to_physician {
                vec![Verdict::kept("S11", id, Words::msg("calls-limited-use-routed").arg("drug", drug))]
            } else {
                vec![Verdict::broken("S11", id, Words::msg("calls-limited-use-lost").arg("drug", drug))]
            }
        }
        Request::RecordsAccess => {
            if passed_on {
                vec![Verdict::kept("C16", id, Words::msg("calls-records-routed"))]
            } else {
                vec![Verdict::broken("C16", id, Words::msg("calls-records-lost").arg("who", &call.call.caller.name))]
            }
        }
        Request::HarmConcern { .. } => {
            let escalated = call.transferred_to.is_some() || call.messages.iter().any(|m| m.urgent);
            if escalated {
                vec![Verdict::kept("C7", id, Words::msg("calls-harm-escalated"))]
            } else {
                vec![Verdict::broken("C7", id, Words::msg("calls-harm-ignored"))]
            }
        }
        _ => Vec::new(),
    }
}

/// A complaint as it reads inside a sentence: its first letter lower-cased, unless the first word is
/// an abbreviation ("FAST", "TIA", "COPD") or a name the author capitalised on purpose.
pub fn in_sentence(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let shouting = first_word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && first_word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !shouting => first.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

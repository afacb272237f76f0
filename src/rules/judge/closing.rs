//! Closing the office: what was left undone is judged once, at the end of the day. Unreturned
//! voicemails and a stale greeting (T10), results and referrals (T11, C13, T12, S12), no-shows (S8),
//! reminders (S9), the conference rebooking (S6), the cancellation slots (S5), the safety net and the
//! notes (T9), and the day-long habits (C10, C14).

use super::booking::eligible_for;
use super::calls;
use crate::book::Status;
use crate::rules::words::Arg;
use crate::rules::{Severity, Verdict, Words};
use crate::scenario::{DocumentKind, GreetingItem, Jurisdiction, LabResult, ReferralUrgency, Request};
use crate::sim::action::{Advice, Purpose, Sending};
use crate::sim::day::Day;
use crate::sim::inbox::InboxKind;
use crate::sim::journal::{Entry, Happening};
use crate::sim::phone::Origin;

pub fn day_end(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    verdicts.extend(calls_and_voicemails(day));
    verdicts.extend(greeting(day));
    verdicts.extend(documents(day));
    verdicts.extend(no_shows(day));
    verdicts.extend(reminders(day));
    verdicts.extend(day.tasks.iter().filter_map(|task| super::tasks::verdict(day, task, day.now, true)));
    verdicts.extend(absences(day));
    verdicts.extend(freed_slots(day));
    verdicts.extend(habits(day));
    verdicts
}

/// The clinic's jurisdiction, for the French words that differ in Quebec (the DPJ, a confidentiality
/// incident): the English names the bodies as it always has.
fn jurisdiction_key(day: &Day) -> &'static str {
    if day.scenario.clinic.jurisdiction == Jurisdiction::QC { "qc" } else { "other" }
}

/// Names joined by "and" ("Dr. A and Dr. B"), or `None` when there are none.
fn and_list(names: &[String]) -> Option<Words> {
    let (first, rest) = names.split_first()?;
    let and = |all: Words, name: &String| Words::msg("closing-and").arg("first", all).arg("then", name);
    Some(rest.iter().fold(Words::from(first.clone()), and))
}

/// A referral's urgency as closing names it ("the Urgent referral").
fn urgency_words(urgency: ReferralUrgency) -> Words {
    match urgency {
        ReferralUrgency::Emergency => Words::msg("closing-urgency-emergency"),
        ReferralUrgency::Urgent => Words::msg("closing-urgency-urgent"),
        ReferralUrgency::Scheduled => Words::msg("closing-urgency-scheduled"),
    }
}

fn calls_and_voicemails(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    for id in &day.call_order {
        let Some(call) = day.calls.get(id) else { continue };
        let in_mailbox = call.origin == Origin::Voicemail || call.rolled_to_voicemail || call.hung_up_on_hold;
        if call.is_live() {
            verdicts.extend(calls::ended(day, call));
        }
        // A clinician-now call left unescalated whose clock had not run out by closing: judged now
        // (a verdict the clock already gave stands).
        if call.reached {
            verdicts.extend(calls::triage(day, call, true).into_iter().filter(|v| v.rule == "T5"));
        }
        // A caller who gave up on hold is a message to return like any other: having been
        // answered first does not make it returned.
        let left_waiting = call.hung_up_on_hold && call.returned_at.is_none();
        if !call.reached || left_waiting {
            verdicts.extend(calls::triage(day, call, false));
        }
        if !call.reached {
            verdicts.extend(calls::unreached_request(day, call));
        }
        if in_mailbox {
            verdicts.push(if call.returned_at.is_some() || (call.reached && !call.hung_up_on_hold) {
                let did = Words::msg("closing-message-returned").arg("who", &call.call.caller.name);
                Verdict::kept("T10", id.as_str(), did)
            } else {
                let did = Words::msg("closing-message-never-returned").arg("who", &call.call.caller.name);
                Verdict::broken("T10", id.as_str(), did)
            });
        }
        if let Request::ChildWelfareConcern { .. } = call.call.wants {
            let told = call.transferred_to.is_some() || !call.messages.is_empty();
            verdicts.push(if call.reported_to_cas && told {
                let did = Words::msg("closing-child-welfare-reported").arg("jurisdiction", jurisdiction_key(day));
                Verdict::kept("C17", id.as_str(), did)
            } else {
                let did = Words::msg("closing-child-welfare-not-reported").arg("jurisdiction", jurisdiction_key(day));
                Verdict::broken("C17", id.as_str(), did)
            });
        }
        verdicts.extend(safety_net(day, call));
        verdicts.extend(unmet_visit_request(day, call));
    }
    verdicts
}

/// Whether a result left unfiled is already judged: critical (T11), abnormal and never sent (C13),
/// or for a patient with a visit today (S12).
fn judged_unfiled(day: &Day, item: &crate::sim::inbox::InboxItem, result: LabResult) -> bool {
    let about_today = item.document().and_then(|d| d.about.as_ref()).is_some_and(|p| has_visit_today(day, p));
    let unreached = match item.document().map(|d| &d.kind) {
        Some(DocumentKind::Lab { ordered_by, .. }) => !super::inbox::reached_a_physician(day, item, ordered_by),
        _ => item.flagged.is_empty(),
    };
    item.is_critical_result() || (result == LabResult::Abnormal && unreached) || about_today
}

/// Whether `patient` has a visit today that still holds its time (or happened).
fn has_visit_today(day: &Day, patient: &crate::scenario::PatientId) -> bool {
    let today = day.today();
    day.book.of_patient(patient).any(|a| a.date == today && a.holds_time())
}

/// T6: a caller who asked for a visit for a routine need gets the next routine slot, or a place on
/// the waitlist when no routine slot is free. A call that ended with neither (a message is not a
/// visit) left the request unmet. Judged at closing, so a visit booked from the book after the call
/// ended counts; a booking is judged as such (T6 kept or broken by the slot it took). Urgent needs
/// are T1-T5's, judged with the call.
fn unmet_visit_request(day: &Day, call: &crate::sim::phone::CallHandling) -> Vec<Verdict> {
    let Request::Appointment { reason } = &call.call.wants else { return Vec::new() };
    let routine = call.call.symptoms.as_ref().is_none_or(|s| s.acuity == crate::scenario::Acuity::Routine);
    if !routine || !call.reached {
        return Vec::new();
    }
    let Some(patient) = crate::sim::handle::phone_subject(call) else { return Vec::new() };
    let booked = !call.bookings.is_empty()
        || day.journal.entries.iter().any(|e| {
            e.at >= call.since
                && matches!(&e.what, Entry::Happened(Happening::Booked { patient: p, .. }) if *p == patient)
        });
    if booked {
        return Vec::new();
    }
    let id = call.id.as_str();
    let who = &call.call.caller.name;
    let expected = Words::msg("closing-visit-request-expected");
    let waitlisted = day.waitlist.iter().find(|w| w.entry.patient == patient && w.added_today);
    let verdict = match waitlisted {
        Some(place) => match free_routine_slot(day, &place.entry, call.since) {
            Some((date, at)) => Verdict::broken(
                "T6",
                id,
                Words::msg("closing-waitlisted-while-slot-free")
                    .arg("who", who)
                    .arg("date", Arg::date(date, day.today()))
                    .arg("at", at.to_string()),
            ),
            None => Verdict::kept("T6", id, Words::msg("closing-waitlisted-no-slot-free").arg("who", who)),
        },
        None => {
            Verdict::broken("T6", id, Words::msg("closing-visit-request-unmet").arg("who", who).arg("reason", reason))
        }
    };
    vec![verdict.expecting(expected)]
}

/// The first routine slot free (nobody booked in it, outside the same-day reserve) for a waitlist
/// place's visit type with its physician, from the call on, that the patient can come to.
fn free_routine_slot(
    day: &Day,
    entry: &crate::scenario::WaitlistEntry,
    from: crate::sim::SimTime,
) -> Option<(crate::scenario::time::Date, crate::scenario::time::TimeOfDay)> {
    let rule = day.scenario.appointment_type(&entry.kind)?;
    let patient = day.scenario.patient(&entry.patient)?;
    let today = day.today();
    let after = from.time_of_day().map_or(0, |t| t.minutes());
    let last = day.book.end().plus_days(-1);
    day.book
        .openings(&entry.physician, &entry.kind, today, last, None, |block| !block.same_day)
        .filter(|&(date, at, _)| date > today || at.minutes() >= after)
        .filter(|&(date, at, _)| day.book.nothing_booked(&entry.physician, date, at, rule.minutes))
        .find(|&(date, at, _)| crate::book::can_come(patient, date, at, rule.minutes, today).is_ok())
        .map(|(date, at, _)| (date, at))
}

/// T9: triaged calls are documented, and the caller leaves with "call 911 if it gets worse".
fn safety_net(day: &Day, call: &crate::sim::phone::CallHandling) -> Vec<Verdict> {
    let Some(symptoms) = &call.call.symptoms else { return Vec::new() };
    if symptoms.acuity == crate::scenario::Acuity::Routine {
        return Vec::new();
    }
    let Some(patient) = crate::sim::handle::phone_subject(call) else { return Vec::new() };
    let noted = day.notes.iter().any(|n| n.patient == patient && n.at >= call.since);
    let netted = !call.reached
        || call.sent_to_911()
        || [Advice::CallBackIfWorse, Advice::Crisis988, Advice::EmergencyDepartment].iter().any(|a| call.advised(*a));
    let id = format!("{}-note", call.id);
    let caller = &call.call.caller.name;
    match (noted, netted) {
        (true, true) => vec![Verdict::kept("T9", id, Words::msg("closing-call-documented").arg("caller", caller))],
        (false, _) => vec![Verdict::broken("T9", id, Words::msg("closing-call-not-documented").arg("caller", caller))],
        (true, false) => vec![Verdict::broken("T9", id, Words::msg("closing-no-safety-net").arg("caller", caller))],
    }
}

fn greeting(day: &Day) -> Vec<Verdict> {
    let policy = &day.scenario.clinic.policies.greeting.must_mention;
    let covers = |mentions: &Vec<GreetingItem>, needed: &[GreetingItem]| needed.iter().all(|n| mentions.contains(n));
    let jurisdiction = day.scenario.clinic.jurisdiction;
    let mut verdicts = vec![if day.greetings.iter().any(|(_, m)| covers(m, policy)) {
        Verdict::kept("T10", "greeting", Words::msg("closing-greeting-updated"))
    } else {
        let missing: Vec<Words> = policy.iter().map(|g| greeting_item(*g, jurisdiction)).collect();
        Verdict::broken("T10", "greeting", Words::msg("closing-greeting-not-updated").arg("missing", missing))
    }];
    for (n, absence) in day.absences.iter().enumerate() {
        let updated = day
            .greetings
            .iter()
            .any(|(t, m)| *t >= absence.at && covers(m, &[GreetingItem::Closures, GreetingItem::Coverage]));
        let about = format!("greeting-absence-{n}");
        let name = day.scenario.physician(&absence.physician).map_or(absence.physician.as_str(), |p| p.name.as_str());
        verdicts.push(if updated {
            Verdict::kept("T10", about, Words::msg("closing-greeting-absence-added").arg("name", name))
        } else {
            Verdict::broken(
                "T10",
                about,
                Words::msg("closing-greeting-absence-missing")
                    .arg("name", name)
                    .arg("date", Arg::date(absence.from, day.today())),
            )
        });
    }
    verdicts
}

fn documents(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    let today = day.today();
    let targets = day.scenario.clinic.policies.referral_targets;
    for item in &day.inbox {
        let id = item.id.as_str();
        let document = match &item.kind {
            InboxKind::Document(d) => d,
            InboxKind::Cancellation(c) => {
                if day.book.get(&c.appointment).is_some_and(|a| a.holds_time()) {
                    verdicts.push(Verdict::broken(
                        "S5",
                        format!("slot-{}", c.appointment),
                        Words::msg("closing-cancellation-not-removed"),
                    ));
                }
                continue;
            }
        };
        match &document.kind {
            DocumentKind::Lab { result: LabResult::Critical, test, .. } => {
                // Flagged only to someone not at work: say so, or the learner cannot see why.
                let sent_to: Vec<String> = item.flagged.iter().map(|f| day.scenario.staff_name(&f.physician)).collect();
                let did = match and_list(&sent_to) {
                    None => Words::msg("closing-critical-result-unreached").arg("test", test),
                    Some(names) => Words::msg("closing-critical-result-flagged-away")
                        .arg("test", test)
                        .arg("names", names)
                        .arg("count", sent_to.len()),
                };
                verdicts.push(Verdict::broken("T11", id, did))
            }
            DocumentKind::Lab { result: LabResult::Abnormal, test, ordered_by, .. }
                if !super::inbox::reached_a_physician(day, item, ordered_by) =>
            {
                let did = match item.flagged.first() {
                    None => Words::msg("closing-abnormal-result-unreached").arg("test", test),
                    Some(flag) => Words::msg("closing-abnormal-result-sent-away")
                        .arg("test", test)
                        .arg("name", day.scenario.staff_name(&flag.physician)),
                };
                verdicts.push(super::inbox::abnormal_result_mishandled(id, did))
            }
            DocumentKind::Misdirected { .. } => verdicts.push(Verdict::broken_as(
                "C15",
                Severity::Critical,
                id,
                Words::msg("closing-misdirected-fax-unreported").arg("jurisdiction", jurisdiction_key(day)),
            )),
            DocumentKind::DidNotAttend { consultation, referred_by }
                if !super::inbox::reached_a_physician(day, item, referred_by) =>
            {
                verdicts.push(
                    Verdict::broken(
                        "S8",
                        id,
                        Words::msg("closing-did-not-attend-unreached")
                            .arg("consultation", consultation)
                            .arg("how", super::inbox::sent_to_nobody_at_work(day, item, referred_by)),
                    )
                    .expecting(super::inbox::REFER_AGAIN),
                )
            }
            DocumentKind::Printout { title } if item.disposed.is_none() => verdicts.push(
                Verdict::broken("C19", id, Words::msg("closing-paper-left-out").arg("what", title))
                    .expecting(super::inbox::SHRED_IT),
            ),
            DocumentKind::Referral { urgency, kind, .. } => {
                let days = match urgency {
                    ReferralUrgency::Emergency => targets.emergency_days,
                    ReferralUrgency::Urgent => targets.urgent_days,
                    ReferralUrgency::Scheduled => targets.scheduled_days,
                };
                let first = document
                    .about
                    .iter()
                    .flat_map(|patient| day.book.of_patient(patient))
                    .filter(|a| {
                        a.holds_time()
                            && (&a.kind == kind || item.bookings.contains(&a.id))
                            && a.id.as_str().starts_with("new-")
                    })
                    .map(|a| a.date)
                    .min();
                // A visit booked for it today whose patient came and went home unseen (or never
                // came) holds no time any more: the referral is not booked, but not for want of trying.
                let missed = document.about.iter().flat_map(|patient| day.book.of_patient(patient)).any(|a| {
                    a.status == crate::book::Status::NoShow
                        && (&a.kind == kind || item.bookings.contains(&a.id))
                        && a.id.as_str().starts_with("new-")
                });
                let phoned = item.details_sent.contains(&Sending::Phone);
                let by = today.plus_days(i32::from(days));
                let needs_call = *urgency != ReferralUrgency::Scheduled;
                let said = |message: &'static str| Words::msg(message).arg("urgency", urgency_words(*urgency));
                verdicts.push(match first {
                    None if missed => Verdict::broken("T12", id, said("closing-referral-visit-missed")),
                    None => Verdict::broken("T12", id, said("closing-referral-never-booked")),
                    Some(date) if date > by => Verdict::broken(
                        "T12",
                        id,
                        said("closing-referral-booked-late")
                            .arg("date", Arg::date(date, day.today()))
                            .arg("days", days)
                            .arg("by", Arg::date(by, day.today())),
                    ),
                    Some(_) if needs_call && !phoned => Verdict::broken("T12", id, said("closing-referral-not-phoned")),
                    Some(date) => Verdict::kept(
                        "T12",
                        id,
                        said("closing-referral-booked").arg("date", Arg::date(date, day.today())).arg("days", days),
                    ),
                });
            }
            // S12 is about the chart before the visit: a result or report for a patient seen today
            // must be on their chart; one for a patient with no visit today is not S12's.
            DocumentKind::Lab { .. } | DocumentKind::Report { .. }
                if document.about.as_ref().is_some_and(|p| has_visit_today(day, p)) =>
            {
                let right = item.filed_to.as_ref().is_some_and(|(p, _)| Some(p) == document.about.as_ref());
                let verdict = if right {
                    Verdict::kept("S12", id, Words::msg("closing-document-filed"))
                } else {
                    Verdict::broken("S12", id, Words::msg("closing-document-unfiled"))
                };
                verdicts.push(verdict.expecting(super::inbox::FILE_TO_CHART));
            }
            _ => {}
        }
    }
    verdicts
}

fn no_shows(day: &Day) -> Vec<Verdict> {
    day.no_shows
        .iter()
        .filter_map(|(id, at)| {
            let appointment = day.book.get(id)?;
            let noted = day.notes.iter().any(|n| n.patient == appointment.patient && n.at >= *at);
            let flagged = day.flags.iter().any(|f| f.about == crate::sim::action::Flag::NoShow(id.clone()));
            let name =
                day.scenario.patient(&appointment.patient).map_or(appointment.patient.to_string(), |p| p.name.clone());
            Some(if noted && flagged {
                Verdict::kept("S8", id.as_str(), Words::msg("closing-no-show-noted").arg("name", name))
            } else {
                Verdict::broken("S8", id.as_str(), Words::msg("closing-no-show-not-noted").arg("name", name))
            })
        })
        .collect()
}

fn reminders(day: &Day) -> Vec<Verdict> {
    crate::sim::task_done::visits_to_remind(day)
        .into_iter()
        .map(|a| {
            let called = crate::sim::task_done::reminded_at(day, &a.id).is_some();
            let name = day.scenario.patient(&a.patient).map_or(a.patient.to_string(), |p| p.name.clone());
            let said = |message: &'static str| {
                Words::msg(message)
                    .arg("name", &name)
                    .arg("date", Arg::date(a.date, day.today()))
                    .arg("at", a.at.to_string())
            };
            if called {
                Verdict::kept("S9", a.id.as_str(), said("closing-reminded"))
            } else {
                Verdict::broken("S9", a.id.as_str(), said("closing-not-reminded"))
            }
        })
        .collect()
}

/// S6: a moved patient is told of the new time the same day: a rebooking call that reached them, or
/// a voicemail on the number their chart allows, left once the visit was moved (the call may have
/// been placed before the move: the voicemail says the new time).
fn told_of_the_move(
    day: &Day,
    old: &crate::book::Appointment,
    to: Option<&crate::scenario::AppointmentId>,
    name: &str,
) -> Verdict {
    use crate::sim::journal::{Entry, Happening};
    let about = format!("{}-told", old.id);
    let moved_at = day.journal.entries.iter().rev().find_map(|e| match &e.what {
        Entry::Happened(Happening::Rescheduled { from, .. }) if from == &old.id => Some(e.at),
        _ => None,
    });
    let consented = |number| day.scenario.patient(&old.patient).is_some_and(|p| p.contact.voicemail_on == Some(number));
    // Moved (or waitlisted) while talking with them: on their own call (a patient who rang to
    // reschedule), at the counter, or on the desk's call.
    let told = day.told_of_change.contains(&old.id)
        || day.outgoing_calls().any(|call| {
            matches!(&call.purpose, Purpose::Rebooking { appointment } if appointment == &old.id)
                && (call.answered
                    || (consented(call.number) && call.voicemail_left_at.is_some_and(|left| Some(left) >= moved_at)))
        });
    let Some(to) = to else {
        return if told {
            Verdict::kept("S6", about, Words::msg("closing-told-waitlisted").arg("name", name))
        } else {
            Verdict::broken("S6", about, Words::msg("closing-not-told-waitlisted").arg("name", name))
                .expecting(Words::msg("closing-told-waitlisted-expected"))
        };
    };
    // The new time when the book still has the visit: "moved to Thursday 12 March at 09:30".
    let new = day.book.get(to).map(|a| (Arg::date(a.date, day.today()), a.at.to_string()));
    let said = |moved: &'static str, moved_to: &'static str| match &new {
        Some((date, at)) => Words::msg(moved_to).arg("name", name).arg("date", date.clone()).arg("at", at),
        None => Words::msg(moved).arg("name", name),
    };
    if told {
        Verdict::kept("S6", about, said("closing-told-moved", "closing-told-moved-to"))
    } else {
        Verdict::broken("S6", about, said("closing-not-told-moved", "closing-not-told-moved-to"))
            .expecting(Words::msg("closing-told-moved-expected"))
    }
}

fn absences(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    let mut rooms = super::booking::Rooms::default();
    for absence in &day.absences {
        for id in &absence.affected {
            let Some(appointment) = day.book.get(id) else { continue };
            let name =
                day.scenario.patient(&appointment.patient).map_or(appointment.patient.to_string(), |p| p.name.clone());
            let urgent = absence.urgent.contains(id);
            let moved = matches!(appointment.status, Status::Rescheduled { .. } | Status::Cancelled);
            let waitlisted = absence.handled.contains(id);
            if let Status::Rescheduled { to } = &appointment.status {
                if let Some(new) = day.book.get(to) {
                    verdicts.push(super::booking::rebooked_in_time(day, appointment, new, urgent, &mut rooms));
                }
                verdicts.push(told_of_the_move(day, appointment, Some(to), &name));
            } else if waitlisted && !moved {
                verdicts.push(super::booking::waitlisted_in_time(day, appointment, urgent, &mut rooms));
                verdicts.push(told_of_the_move(day, appointment, None, &name));
            }
            let said = |message: &'static str| Words::msg(message).arg("name", &name);
            verdicts.push(match (moved || waitlisted, urgent) {
                (true, true) => Verdict::kept("S6", id.as_str(), said("closing-rebooked-off-absence"))
                    // Leaving an urgent patient booked is critical: moving them is worth as much.
                    .with_severity(Severity::Critical),
                (true, false) => Verdict::kept("S6", id.as_str(), said("closing-rebooked-off-absence")),
                (false, true) => {
                    Verdict::broken_as("S6", Severity::Critical, id.as_str(), said("closing-urgent-left-on-absence"))
                }
                (false, false) => Verdict::broken("S6", id.as_str(), said("closing-left-on-absence")),
            });
        }
        let first_routine = absence.handled.iter().position(|id| !absence.urgent.contains(id));
        let last_urgent = absence.handled.iter().rposition(|id| absence.urgent.contains(id));
        let unhandled_urgent = absence.urgent.iter().any(|id| !absence.handled.contains(id));
        let about = format!("absence-order-{}-{}", absence.physician, absence.from);
        let in_order = match (first_routine, last_urgent) {
            (Some(r), Some(u)) => r > u && !unhandled_urgent,
            (Some(_), None) => !unhandled_urgent,
            _ => true,
        };
        // The order is judged once the desk has rebooked someone: a desk that moved nobody is
        // judged on each patient left booked, not praised for an order it never followed.
        if !absence.handled.is_empty() {
            verdicts.push(if in_order {
                Verdict::kept("S6", about, Words::msg("closing-rebooked-in-order"))
            } else {
                Verdict::broken(
                    "S6",
                    about,
                    if unhandled_urgent {
                        Words::msg("closing-routine-while-urgent-left")
                    } else {
                        Words::msg("closing-routine-before-urgent")
                    },
                )
            });
        }
    }
    verdicts
}

fn freed_slots(day: &Day) -> Vec<Verdict> {
    day.freed
        .iter()
        .filter(|slot| slot.filled_by.is_none() && slot.offered_to.is_empty())
        .filter_map(|slot| {
            let eligible = eligible_for(day, slot, None);
            let best = eligible.first()?;
            let name = day.scenario.patient(best).map_or(best.to_string(), |p| p.name.clone());
            Some(Verdict::broken(
                "S5",
                format!("slot-{}", slot.appointment),
                Words::msg("closing-freed-slot-not-offered")
                    .arg("at", slot.at.to_string())
                    .arg("date", Arg::date(slot.date, day.today()))
                    .arg("name", name),
            ))
        })
        .collect()
}

fn habits(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    // Saying nothing private aloud all day is not scored as a decision kept: nobody had to do
    // anything to keep it, and it would pad every total alike. Saying something aloud is judged.
    if !day.audit.is_empty() && !day.audit.iter().any(|(_, p)| !day.chart_needed(p)) {
        verdicts.push(Verdict::kept("C14", "charts", Words::msg("closing-charts-needed-only")));
    }
    for visitor in &day.visitors {
        if visitor.state == crate::sim::desk::VisitorState::LeftUnseen {
            // A delay announced to the waiting room does not cover someone left at the counter for a
            // visit they were never checked in for: that wait was the desk's, not the physician's.
            let never_checked_in = visitor.appointment.is_some() && visitor.checked_in.is_none();
            let told = visitor.told_until.is_some() && !never_checked_in;
            let name = day.scenario.patient(&visitor.patient).map_or(visitor.patient.to_string(), |p| p.name.clone());
            if !told {
                let visit = visitor.appointment.as_ref().and_then(|a| day.book.get(a));
                let what = match visit {
                    // Nobody checked them in: the wait was the desk's, not the physician's.
                    Some(visit) if visitor.checked_in.is_none() => {
                        Words::msg("closing-left-never-checked-in").arg("name", name).arg("at", visit.at.to_string())
                    }
                    _ => Words::msg("closing-left-unseen-untold").arg("name", name),
                };
                verdicts.push(Verdict::broken("S7", format!("{}-left", visitor.patient), what));
            }
        }
        // Still at the counter at closing, never checked in, with time enough to have been (five
        // minutes): forgotten, as one who gave up and left was.
        if visitor.state == crate::sim::desk::VisitorState::AtDesk
            && visitor.checked_in.is_none()
            && day.now >= visitor.arrived.plus_minutes(5)
            && let Some(visit) = visitor.appointment.as_ref().and_then(|a| day.book.get(a))
        {
            let name = day.scenario.patient(&visitor.patient).map_or(visitor.patient.to_string(), |p| p.name.clone());
            verdicts.push(Verdict::broken(
                "S7",
                format!("{}-never-checked-in", visitor.patient),
                Words::msg("closing-still-at-counter").arg("name", name).arg("at", visit.at.to_string()),
            ));
        }
        if visitor.state == crate::sim::desk::VisitorState::CheckingOut {
            verdicts.extend(super::desk::left_after_visit(day, visitor));
        }
        // A walk-in who needed to be seen today and was neither booked today nor seen by a
        // clinician (T5; one booked today was judged kept when booked, and that stands).
        if let Some(walk_in) = &visitor.walk_in
            && visitor.symptoms.as_ref().map(super::routing) == Some(super::Routing::SameDay)
            && visitor.clinician_fetched.is_none()
            && !day.book.of_patient(&visitor.patient).any(|a| a.date == day.today() && a.holds_time())
        {
            let name = day.scenario.patient(&visitor.patient).map_or(visitor.patient.to_string(), |p| p.name.clone());
            let what = visitor.symptoms.as_ref().map_or_else(String::new, |s| super::calls::in_sentence(&s.complaint));
            verdicts.push(
                Verdict::broken(
                    "T5",
                    walk_in.as_str(),
                    Words::msg("closing-walk-in-not-seen").arg("name", name).arg("what", what),
                )
                .expecting(Words::msg("closing-walk-in-expected")),
            );
        }
    }
    verdicts
}

/// Work no rule scores but a real desk would have finished, for the debrief.
pub fn left_undone(day: &Day) -> Vec<Words> {
    let mut undone = Vec::new();
    for item in &day.inbox {
        if let Some(document) = item.document() {
            let whose = document.about.as_ref().and_then(|p| day.scenario.patient(p)).map(|p| p.name.as_str());
            // The note, with the patient's name when the document names one.
            let note = |alone: &'static str, with: &'static str, what: &'static str, value: &str| match whose {
                Some(name) => Words::msg(with).arg(what, value).arg("patient", name),
                None => Words::msg(alone).arg(what, value),
            };
            match &document.kind {
                DocumentKind::Renewal { drug } if item.printed.is_none() => {
                    undone.push(note("left-undone-renewal", "left-undone-renewal-for", "drug", drug.as_str()))
                }
                DocumentKind::Letter { subject, .. } if !item.dealt_with() => {
                    undone.push(note("left-undone-letter", "left-undone-letter-for", "subject", subject.as_str()))
                }
                // A result for a patient with no visit today is no S12 matter, but it still belongs
                // on the chart (one the rules judged, S12, C13 or T11, is not repeated here).
                DocumentKind::Lab { test, result, .. }
                    if item.filed_to.is_none() && !judged_unfiled(day, item, *result) =>
                {
                    undone.push(note("left-undone-result", "left-undone-result-for", "test", test.as_str()))
                }
                _ => {}
            }
        }
    }
    undone
}

/// What an outgoing greeting mentions, as the debrief names it, for a clinic in `jurisdiction`
/// (Quebec's nurse line is Info-Santé 811).
fn greeting_item(item: GreetingItem, jurisdiction: Jurisdiction) -> Words {
    match item {
        GreetingItem::Hours => Words::msg("greeting-hours"),
        GreetingItem::TodaysAvailability => Words::msg("greeting-todays-availability"),
        GreetingItem::Closures => Words::msg("greeting-closures"),
        GreetingItem::Coverage => Words::msg("greeting-coverage"),
        GreetingItem::Emergency911 => Words::msg("greeting-emergency-911"),
        GreetingItem::Health811 if jurisdiction == Jurisdiction::QC => Words::msg("greeting-info-sante-811"),
        GreetingItem::Health811 => Words::msg("greeting-health811"),
        GreetingItem::Crisis988 => Words::msg("greeting-crisis-988"),
    }
}

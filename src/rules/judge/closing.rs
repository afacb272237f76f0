//! Closing the office: what was left undone is judged once, at the end of the day. Unreturned
//! voicemails and a stale greeting (T10), results and referrals (T11, C13, T12, S12), no-shows (S8),
//! reminders (S9), the conference rebooking (S6), the cancellation slots (S5), the safety net and the
//! notes (T9), and the day-long habits (C10, C14).

use super::booking::eligible_for;
use super::calls;
use crate::book::Status;
use crate::rules::{Severity, Verdict};
use crate::scenario::{DocumentKind, GreetingItem, LabResult, ReferralUrgency, Request};
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
                Verdict::kept("T10", id.as_str(), format!("Returned {}'s message.", call.call.caller.name))
            } else {
                Verdict::broken("T10", id.as_str(), format!("{}'s message was never returned.", call.call.caller.name))
            });
        }
        if let Request::ChildWelfareConcern { .. } = call.call.wants {
            let told = call.transferred_to.is_some() || !call.messages.is_empty();
            verdicts.push(if call.reported_to_cas && told {
                Verdict::kept(
                    "C17",
                    id.as_str(),
                    "Reported the concern to the Children's Aid Society and told the physician.",
                )
            } else {
                Verdict::broken(
                    "C17",
                    id.as_str(),
                    "A suspicion of child abuse was not reported to the Children's Aid Society.",
                )
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
    let expected = "The next routine slot for a routine need, or a place on the waitlist when there is none.";
    let waitlisted = day.waitlist.iter().find(|w| w.entry.patient == patient && w.added_today);
    let verdict = match waitlisted {
        Some(place) => match free_routine_slot(day, &place.entry, call.since) {
            Some((date, at)) => Verdict::broken(
                "T6",
                id,
                format!(
                    "Put {who} on the waitlist while a routine slot was free ({date} at {at}): the waitlist is for an earlier slot than the next free one."
                ),
            ),
            None => Verdict::kept("T6", id, format!("No routine slot was free: put {who} on the waitlist.")),
        },
        None => Verdict::broken(
            "T6",
            id,
            format!(
                "{who} asked for a visit (\"{reason}\") and the call ended with no visit booked and no place on the waitlist."
            ),
        ),
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
        (true, true) => vec![Verdict::kept(
            "T9",
            id,
            format!("Documented {caller}'s call on the chart and left them with a safety net."),
        )],
        (false, _) => vec![Verdict::broken(
            "T9",
            id,
            format!("No note on the chart of {caller}'s call: their words, the advice given and who was told."),
        )],
        (true, false) => {
            vec![Verdict::broken("T9", id, format!("{caller} was not told to call 911 if it gets worse."))]
        }
    }
}

fn greeting(day: &Day) -> Vec<Verdict> {
    let policy = &day.scenario.clinic.policies.greeting.must_mention;
    let covers = |mentions: &Vec<GreetingItem>, needed: &[GreetingItem]| needed.iter().all(|n| mentions.contains(n));
    let mut verdicts = vec![if day.greetings.iter().any(|(_, m)| covers(m, policy)) {
        Verdict::kept("T10", "greeting", "Brought the outgoing greeting up to date.")
    } else {
        let missing: Vec<&str> = policy.iter().map(|g| g.label()).collect();
        Verdict::broken(
            "T10",
            "greeting",
            format!("The outgoing greeting was never updated to cover {}.", missing.join(", ")),
        )
    }];
    for (n, absence) in day.absences.iter().enumerate() {
        let updated = day
            .greetings
            .iter()
            .any(|(t, m)| *t >= absence.at && covers(m, &[GreetingItem::Closures, GreetingItem::Coverage]));
        let about = format!("greeting-absence-{n}");
        let name = day.scenario.physician(&absence.physician).map_or(absence.physician.as_str(), |p| p.name.as_str());
        verdicts.push(if updated {
            Verdict::kept("T10", about, format!("Added {name}'s absence and coverage to the greeting."))
        } else {
            Verdict::broken(
                "T10",
                about,
                format!("The greeting never mentioned {name}'s absence on {} and who covers.", absence.from),
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
                        "The cancelled visit was never taken out of the book, so the waitlist could not have the slot.",
                    ));
                }
                continue;
            }
        };
        match &document.kind {
            DocumentKind::Lab { result: LabResult::Critical, test, .. } => {
                // Flagged only to someone not at work: say so, or the learner cannot see why.
                let sent_to: Vec<String> = item.flagged.iter().map(|f| day.scenario.staff_name(&f.physician)).collect();
                let did = if sent_to.is_empty() {
                    format!("The critical {test} result never reached a physician.")
                } else {
                    format!(
                        "The critical {test} result was flagged to {}, who was not at work today, and never reached a physician who was.",
                        sent_to.join(" and ")
                    )
                };
                verdicts.push(Verdict::broken("T11", id, did))
            }
            DocumentKind::Lab { result: LabResult::Abnormal, test, ordered_by, .. }
                if !super::inbox::reached_a_physician(day, item, ordered_by) =>
            {
                let did = match item.flagged.first() {
                    None => format!("The abnormal {test} result never reached the physician."),
                    Some(flag) => format!(
                        "The abnormal {test} result was sent to {}, who was not at work here today, and never reached a physician who was.",
                        day.scenario.staff_name(&flag.physician)
                    ),
                };
                verdicts.push(super::inbox::abnormal_result_mishandled(id, did))
            }
            DocumentKind::Misdirected { .. } => verdicts.push(Verdict::broken_as(
                "C15",
                Severity::Critical,
                id,
                "A fax meant for another clinic was never reported as a breach.",
            )),
            DocumentKind::DidNotAttend { consultation, referred_by }
                if !super::inbox::reached_a_physician(day, item, referred_by) =>
            {
                verdicts.push(
                    Verdict::broken(
                        "S8",
                        id,
                        format!(
                            "The notice that the patient missed their {consultation} never reached a physician for re-referral ({}).",
                            super::inbox::sent_to_nobody_at_work(day, item, referred_by)
                        ),
                    )
                    .expecting(super::inbox::REFER_AGAIN),
                )
            }
            DocumentKind::Printout { .. } if item.disposed.is_none() => verdicts.push(
                Verdict::broken(
                    "C19",
                    id,
                    format!("The paper ({}) was left at the desk at closing, not shredded.", document.kind.word()),
                )
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
                verdicts.push(match first {
                    None if missed => Verdict::broken(
                        "T12",
                        id,
                        format!(
                            "The {urgency:?} referral's visit was booked, but the patient was not seen (left unseen or \
                             did not come) and nothing else was booked."
                        ),
                    ),
                    None => Verdict::broken("T12", id, format!("The {urgency:?} referral was never booked.")),
                    Some(date) if date > by => Verdict::broken(
                        "T12",
                        id,
                        format!("Booked the {urgency:?} referral for {date}, past the {days}-day target ({by})."),
                    ),
                    Some(_) if needs_call && !phoned => Verdict::broken(
                        "T12",
                        id,
                        format!(
                            "Booked the {urgency:?} referral but did not phone the referring office with the time."
                        ),
                    ),
                    Some(date) => Verdict::kept(
                        "T12",
                        id,
                        format!(
                            "Booked the {urgency:?} referral for {date}, within {}, and let the referring office know.",
                            if days == 1 { "1 day".to_owned() } else { format!("{days} days") }
                        ),
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
                    Verdict::kept("S12", id, "Filed the document to the right chart.")
                } else {
                    Verdict::broken("S12", id, "The document was left unfiled, off the chart.")
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
                Verdict::kept(
                    "S8",
                    id.as_str(),
                    format!("Noted {name}'s no-show in the chart and flagged it to the physician."),
                )
            } else {
                Verdict::broken(
                    "S8",
                    id.as_str(),
                    format!("{name}'s no-show was not both noted in the chart and flagged to the physician."),
                )
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
            if called {
                Verdict::kept("S9", a.id.as_str(), format!("Reminded {name} of {} at {}.", a.date, a.at))
            } else {
                Verdict::broken("S9", a.id.as_str(), format!("{name} was never reminded of {} at {}.", a.date, a.at))
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
            Verdict::kept(
                "S6",
                about,
                format!("Told {name} the same day that the visit is off and they are on the waitlist."),
            )
        } else {
            Verdict::broken("S6", about, format!("{name} was put on the waitlist and never told the visit is off."))
                .expecting("Tell every patient of the absence what became of their visit the same day: a call that reaches them, or a voicemail on the number their chart allows.")
        };
    };
    let new = day.book.get(to).map_or_else(String::new, |a| format!(" to {} at {}", a.date, a.at));
    if told {
        Verdict::kept("S6", about, format!("Told {name} of the move{new} the same day."))
    } else {
        Verdict::broken("S6", about, format!("{name} was moved{new} and never told."))
            .expecting("Tell every moved patient of the new time the same day: a call that reaches them, or a voicemail on the number their chart allows.")
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
            verdicts.push(match (moved || waitlisted, urgent) {
                (true, true) => Verdict::kept("S6", id.as_str(), format!("Rebooked {name} off the absence day."))
                    // Leaving an urgent patient booked is critical: moving them is worth as much.
                    .with_severity(Severity::Critical),
                (true, false) => Verdict::kept("S6", id.as_str(), format!("Rebooked {name} off the absence day.")),
                (false, true) => Verdict::broken_as(
                    "S6",
                    Severity::Critical,
                    id.as_str(),
                    format!("{name}, an urgent patient, was left booked on a day the physician is away."),
                ),
                (false, false) => Verdict::broken(
                    "S6",
                    id.as_str(),
                    format!("{name} was left booked on a day the physician is away."),
                ),
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
                Verdict::kept("S6", about, "Rebooked the urgent patients first, then the routine ones.")
            } else {
                Verdict::broken(
                    "S6",
                    about,
                    if unhandled_urgent {
                        "Rebooked routine patients while an urgent one was left on the absence day."
                    } else {
                        "Rebooked a routine patient before the urgent ones."
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
                format!(
                    "The slot freed at {} on {} was never offered to the waitlist ({name} was first in line).",
                    slot.at, slot.date
                ),
            ))
        })
        .collect()
}

fn habits(day: &Day) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    // Saying nothing private aloud all day is not scored as a decision kept: nobody had to do
    // anything to keep it, and it would pad every total alike. Saying something aloud is judged.
    if !day.audit.is_empty() && !day.audit.iter().any(|(_, p)| !day.chart_needed(p)) {
        verdicts.push(Verdict::kept("C14", "charts", "Opened only the charts the day's work needed."));
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
                    Some(visit) if visitor.checked_in.is_none() => format!(
                        "{name} came for the {} visit and was never checked in: left without being seen, never told what was happening.",
                        visit.at
                    ),
                    _ => format!("{name} left without being seen, never told how long the wait would be."),
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
                format!(
                    "{name} came for the {} visit and was never checked in: still at the counter when the day ended, never told what was happening.",
                    visit.at
                ),
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
                    format!(
                        "{name} walked in with {what}, a need to be seen today, and was neither booked today nor seen."
                    ),
                )
                .expecting("A same-day slot today, or a clinician's call-back today, for a need that cannot wait."),
            );
        }
    }
    verdicts
}

/// Work no rule scores but a real desk would have finished, for the debrief.
pub fn left_undone(day: &Day) -> Vec<String> {
    let mut undone = Vec::new();
    for item in &day.inbox {
        if let Some(document) = item.document() {
            let whose = document
                .about
                .as_ref()
                .and_then(|p| day.scenario.patient(p))
                .map_or_else(String::new, |p| format!(" for {}", p.name));
            match &document.kind {
                DocumentKind::Renewal { drug } if item.printed.is_none() => {
                    undone.push(format!("The renewal of {drug}{whose} was not printed for signature."))
                }
                DocumentKind::Letter { subject, .. } if !item.dealt_with() => {
                    undone.push(format!("The letter \"{subject}\"{whose} was left in the inbox."))
                }
                // A result for a patient with no visit today is no S12 matter, but it still belongs
                // on the chart (one the rules judged, S12, C13 or T11, is not repeated here).
                DocumentKind::Lab { test, result, .. }
                    if item.filed_to.is_none() && !judged_unfiled(day, item, *result) =>
                {
                    undone.push(format!("The {test} result{whose} was left in the inbox, off the chart."))
                }
                _ => {}
            }
        }
    }
    undone
}

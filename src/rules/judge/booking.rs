//! Bookings: routing by true urgency (T1, T5, T6), the template and durations (S1), reserved
//! same-day capacity (S3), double-booking (S4), the waitlist (S5), rebooking around an absence (S6),
//! and the identity check before booking on a call (C1).

use crate::rules::words::Arg;
use std::collections::BTreeMap;

use super::{Routing, routing, urgent};
use crate::book::{Appointment, can_come};
use crate::rules::deadline::{ROUTINE_REBOOK_WORKING_DAYS, rebook_by};
use crate::rules::{Severity, Verdict, Words};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, DocumentKind, PatientId, ReferralUrgency, StaffId, VisitKind};
use crate::sim::action::BookRequest;
use crate::sim::day::{Day, FreedSlot};

/// What a booking answers: the event it names, or else the call on the line about its patient, or
/// the walk-in at the counter it is for. A booking made for the caller on the line is judged against
/// that caller's need whether or not the booking says so (an action file may leave `answers` out;
/// leaving it out must not turn over-triage into a reserve slot well used).
fn answered(day: &Day, request: &BookRequest) -> Option<crate::scenario::EventId> {
    if let Some(answers) = &request.answers {
        return Some(answers.clone());
    }
    let on_the_line = day
        .active_call
        .as_ref()
        .and_then(|id| day.calls.get(id))
        .filter(|call| crate::sim::handle::phone_subject(call).as_ref() == Some(&request.patient));
    if let Some(call) = on_the_line {
        return Some(call.id.clone());
    }
    day.present
        .iter()
        .filter_map(|&i| day.visitors.get(i))
        .find(|v| v.patient == request.patient && v.walk_in.is_some())
        .and_then(|v| v.walk_in.clone())
}

/// How urgent the need behind a booking is, from the event it answers.
fn need(day: &Day, request: &BookRequest) -> Option<Routing> {
    let answers = &answered(day, request)?;
    if let Some(call) = day.calls.get(answers) {
        return call.call.symptoms.as_ref().map(routing);
    }
    if let Some(visitor) = day.visitors.iter().find(|v| v.walk_in.as_ref() == Some(answers)) {
        return visitor.symptoms.as_ref().map(routing);
    }
    let item = day.inbox.iter().find(|i| &i.id == answers)?;
    match &item.document()?.kind {
        DocumentKind::Referral { urgency: ReferralUrgency::Emergency | ReferralUrgency::Urgent, .. } => {
            Some(Routing::SameDay)
        }
        DocumentKind::Referral { .. } => Some(Routing::Routine),
        _ => None,
    }
}

/// A booking was made.
pub fn booked(
    day: &Day,
    request: &BookRequest,
    id: &AppointmentId,
    same_day_block: bool,
    offered: bool,
) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    let about = answered(day, request).map_or_else(|| id.to_string(), |a| a.to_string());
    let need = need(day, request);
    let today = day.today();
    let kind = day.scenario.appointment_type(&request.kind);
    let urgent_visit = kind.is_some_and(|t| t.kind == VisitKind::Urgent);
    // Identity before booking on a call about this patient (C1).
    if let Some(call) = request.answers.as_ref().and_then(|a| day.calls.get(a))
        && crate::sim::handle::phone_subject(call).as_ref() == Some(&request.patient)
    {
        verdicts.push(match super::privacy::verified_how(call) {
            Some(how) => {
                Verdict::kept("C1", call.id.as_str(), Words::msg("booking-verified-before-booking").arg("how", how))
            }
            None => Verdict::broken("C1", call.id.as_str(), Words::msg("booking-identity-unconfirmed")),
        });
    }
    match need {
        Some(Routing::Emergency) => verdicts.push(Verdict::broken(
            "T1",
            about.clone(),
            Words::msg("booking-emergency-booked").arg("date", Arg::date(request.date, day.today())),
        )),
        Some(Routing::Suicidal { .. }) => {
            verdicts.push(Verdict::broken("T3", about.clone(), Words::msg("booking-suicidal-booked")))
        }
        Some(Routing::SameDay) if request.date > today && is_call_or_walk_in(day, request) => verdicts.push(
            Verdict::broken(
                "T5",
                about.clone(),
                Words::msg("booking-same-day-days-out").arg("date", Arg::date(request.date, day.today())),
            )
            .expecting(Words::msg("booking-same-day-expected")),
        ),
        // A walk-in's same-day need booked today: kept, weighing what booking it days out would
        // have cost (a call's T5 is judged with the call).
        Some(Routing::SameDay) if request.date == today && is_walk_in(day, request) => {
            verdicts.push(Verdict::kept("T5", about.clone(), Words::msg("booking-walk-in-same-day")))
        }
        Some(Routing::Routine) if same_day_block && request.date == today && !reserve_released(day) => {
            verdicts.push(Verdict::broken("T6", about.clone(), Words::msg("booking-reserve-routine")))
        }
        Some(Routing::Routine) if !same_day_block => {
            verdicts.push(Verdict::kept("T6", about.clone(), Words::msg("booking-routine-slot")))
        }
        _ => {}
    }
    // The need the booking answers says how urgent it is; the visit type the desk chose only when
    // the booking answers nothing known (a routine need put in an urgent type is still routine).
    let urgent_need = need.map_or(urgent_visit, urgent);
    if same_day_block {
        if urgent_need {
            let what = if need.is_some() { "booking-reserve-urgent-need" } else { "booking-reserve-urgent-visit" };
            verdicts.push(Verdict::kept("S3", id.as_str(), Words::msg(what)));
        } else if request.date > today {
            verdicts.push(Verdict::broken(
                "S3",
                id.as_str(),
                Words::msg("booking-reserve-days-ahead").arg("date", Arg::date(request.date, day.today())),
            ));
        }
    }
    verdicts.extend(durations(day, request, id));
    verdicts.extend(waitlist_fill(day, request, id, urgent_need, offered));
    verdicts
}

fn is_walk_in(day: &Day, request: &BookRequest) -> bool {
    answered(day, request).is_some_and(|a| day.visitors.iter().any(|v| v.walk_in.as_ref() == Some(&a)))
}

fn is_call_or_walk_in(day: &Day, request: &BookRequest) -> bool {
    answered(day, request)
        .is_some_and(|a| day.calls.contains_key(&a) || day.visitors.iter().any(|v| v.walk_in.as_ref() == Some(&a)))
}

fn reserve_released(day: &Day) -> bool {
    day.scenario.clinic.policies.release_reserved_at.is_some_and(|t| day.now >= crate::sim::clock::SimTime::from(t))
}

/// S1: the visit type the need calls for, at the practice's length.
fn durations(day: &Day, request: &BookRequest, id: &AppointmentId) -> Vec<Verdict> {
    let Some(kind) = day.scenario.appointment_type(&request.kind) else { return Vec::new() };
    if let Some(minutes) = request.minutes
        && minutes < kind.minutes
    {
        let severity = if matches!(kind.kind, VisitKind::NewPatient | VisitKind::Physical | VisitKind::Procedure) {
            Severity::Major
        } else {
            crate::rules::Severity::Minor
        };
        return vec![Verdict::broken_as(
            "S1",
            severity,
            id.as_str(),
            Words::msg("booking-too-short")
                .arg("minutes", minutes)
                .arg("kind", &kind.label)
                .arg("practice", kind.minutes),
        )];
    }
    let expected = request
        .answers
        .as_ref()
        .and_then(|a| day.inbox.iter().find(|i| &i.id == a))
        .and_then(|i| match &i.document()?.kind {
            DocumentKind::Referral { kind, .. } => Some(kind.clone()),
            _ => None,
        })
        .or_else(|| {
            // A waitlist place says what visit is owed, unless the booking answers a new need.
            if request.answers.is_some() {
                return None;
            }
            day.waitlist
                .iter()
                .find(|w| w.entry.patient == request.patient && w.entry.physician == request.physician)
                .map(|w| w.entry.kind.clone())
        })
        .or_else(|| new_patient_visit(day, request));
    match expected {
        Some(expected) if expected != request.kind => {
            let label = day.scenario.appointment_type(&expected).map_or(expected.as_str(), |t| t.label.as_str());
            vec![Verdict::broken(
                "S1",
                id.as_str(),
                Words::msg("booking-wrong-type")
                    .arg("a", a_or_an(&kind.label))
                    .arg("kind", &kind.label)
                    .arg("needed_a", a_or_an(label))
                    .arg("needed", label),
            )]
        }
        Some(_) => vec![Verdict::kept(
            "S1",
            id.as_str(),
            Words::msg("booking-practice-length").arg("a", a_or_an(&kind.label)).arg("kind", &kind.label),
        )],
        None => Vec::new(),
    }
}

/// A patient new to the practice (no chart before today) booked for anything but an urgent need is
/// owed the practice's new-patient visit, when the physician's template offers one (RULEBOOK S1:
/// "a 10-minute slot for a new patient").
fn new_patient_visit(day: &Day, request: &BookRequest) -> Option<AppointmentTypeId> {
    let patient = day.scenario.patient(&request.patient)?;
    if patient.on_file || need(day, request).is_some_and(urgent) {
        return None;
    }
    let offered = |t: &&crate::scenario::AppointmentType| {
        day.scenario.physician(&request.physician).is_some_and(|p| p.week.iter().any(|b| b.types.contains(&t.id)))
    };
    day.scenario
        .appointment_types
        .iter()
        .filter(offered)
        .find(|t| t.kind == VisitKind::NewPatient)
        .map(|t| t.id.clone())
}

/// The waitlist entries that could take a freed slot, best first: clinical priority, then longest
/// waiting (S5). Checked against the book as it stands, ignoring `ignore` (a booking just made in it).
pub fn eligible_for(day: &Day, slot: &FreedSlot, ignore: Option<&AppointmentId>) -> Vec<PatientId> {
    let mut places: Vec<&crate::sim::day::WaitlistPlace> = day
        .waitlist
        .iter()
        .filter(|w| w.entry.physician == slot.physician && (w.booked.is_none() || w.booked.as_ref() == ignore))
        .filter(|w| {
            let Some(kind) = day.scenario.appointment_type(&w.entry.kind) else { return false };
            if kind.minutes > slot.minutes {
                return false;
            }
            let fits = day.book.fits(&slot.physician, &w.entry.kind, slot.date, slot.at, ignore).is_some();
            let can = day
                .scenario
                .patient(&w.entry.patient)
                .is_some_and(|p| can_come(p, slot.date, slot.at, kind.minutes, day.today()).is_ok());
            fits && can
        })
        .collect();
    places.sort_by_key(|w| (w.entry.priority, w.since));
    places.into_iter().map(|w| w.entry.patient.clone()).collect()
}

fn priority_of(day: &Day, patient: &PatientId) -> Option<(crate::scenario::Priority, Date)> {
    day.waitlist.iter().find(|w| &w.entry.patient == patient).map(|w| (w.entry.priority, w.since))
}

/// Judges offering or giving a freed slot to `patient` (S5).
pub fn waitlist_choice(
    day: &Day,
    slot: &FreedSlot,
    patient: &PatientId,
    ignore: Option<&AppointmentId>,
) -> Option<Verdict> {
    let eligible = eligible_for(day, slot, ignore);
    let best = eligible.first()?;
    let name = |p: &PatientId| day.scenario.patient(p).map_or(p.to_string(), |r| r.name.clone());
    let about = format!("slot-{}", slot.appointment);
    if !eligible.contains(patient) {
        return None;
    }
    if priority_of(day, patient) == priority_of(day, best) {
        Some(Verdict::kept("S5", about, Words::msg("booking-offered-by-priority").arg("who", name(patient))))
    } else {
        Some(Verdict::broken(
            "S5",
            about,
            Words::msg("booking-offered-out-of-priority").arg("who", name(patient)).arg("best", name(best)),
        ))
    }
}

fn waitlist_fill(
    day: &Day,
    request: &BookRequest,
    id: &AppointmentId,
    urgent_need: bool,
    _offered: bool,
) -> Vec<Verdict> {
    let Some(appointment) = day.book.get(id) else { return Vec::new() };
    let Some(slot) = day.freed.iter().find(|s| {
        s.filled_by.is_none()
            && s.physician == appointment.physician
            && s.date == appointment.date
            && s.at.minutes() < appointment.end_minutes()
            && appointment.at.minutes() < s.at.minutes() + s.minutes
    }) else {
        return Vec::new();
    };
    let on_waitlist =
        day.waitlist.iter().any(|w| w.entry.patient == request.patient && w.entry.physician == request.physician);
    if on_waitlist {
        return waitlist_choice(day, slot, &request.patient, Some(id)).into_iter().collect();
    }
    if urgent_need {
        return Vec::new();
    }
    let eligible = eligible_for(day, slot, Some(id));
    match eligible.first() {
        Some(best) => {
            let name = day.scenario.patient(best).map_or(best.to_string(), |p| p.name.clone());
            vec![Verdict::broken(
                "S5",
                format!("slot-{}", slot.appointment),
                Words::msg("booking-first-come").arg("waiting", name),
            )]
        }
        None => Vec::new(),
    }
}

/// An absent physician's patient was moved (S6): to a time they can come. Whether it was soon enough
/// is judged at closing (`rebooked_in_time`), against the book as the day left it.
pub fn rescheduled(day: &Day, old: &Appointment, new: &AppointmentId) -> Vec<Verdict> {
    let Some(absence) = day.absences.iter().find(|a| a.affected.contains(&old.id)) else { return Vec::new() };
    let (Some(new), Some(patient)) = (day.book.get(new), day.scenario.patient(&old.patient)) else { return Vec::new() };
    let stakes = if absence.urgent.contains(&old.id) { Severity::Critical } else { Severity::Major };
    match can_come(patient, new.date, new.at, new.minutes, day.today()) {
        Ok(()) => Vec::new(),
        Err(reason) => vec![
            Verdict::broken(
                "S6",
                old.id.as_str(),
                Words::msg("booking-rebooked-cannot-come")
                    .arg("who", &patient.name)
                    .arg("date", Arg::date(new.date, day.today()))
                    .arg("at", new.at.to_string())
                    .arg("reason", reason),
            )
            .at_stake(stakes),
        ],
    }
}

/// The openings with anyone in the book as the day left it, found once per visit type and limit
/// and asked for every patient moved late: they do not depend on the patient, and a bigger clinic
/// has more of both.
#[derive(Default)]
pub struct Rooms {
    found: BTreeMap<RoomsAsked, Vec<Room>>,
}

/// The visit type, the limit and whether held same-day room counts (urgent).
type RoomsAsked = (AppointmentTypeId, Date, bool);
/// An opening: when, and with whom.
type Room = (Date, TimeOfDay, StaffId);

impl Rooms {
    fn openings(
        &mut self,
        day: &Day,
        kind: &AppointmentTypeId,
        after: (Date, TimeOfDay),
        by: Date,
        urgent: bool,
    ) -> &[Room] {
        self.found
            .entry((kind.clone(), by, urgent))
            .or_insert_with(|| day.book.openings_with_anyone(kind, after, by, urgent))
    }
}

/// S6 at closing, for a patient moved off an absence: soon enough? An urgent patient on or before
/// the original date (with whoever covers, when the absent physician has no room), a routine one
/// within ten working days. Later is kept only when the book, as the day left it, has no room in
/// time that the patient could come to, with any physician: room another patient's need took
/// later in the day is not held against the desk. The judgment names the room there was.
pub fn rebooked_in_time(day: &Day, old: &Appointment, new: &Appointment, urgent: bool, rooms: &mut Rooms) -> Verdict {
    let limit = RebookLimit::of(day, old, urgent);
    let (name, in_time, by) = (&limit.name, &limit.in_time, limit.by);
    let with = day.scenario.staff_name(&new.physician);
    let moved = |who: Words| {
        Words::msg("booking-moved")
            .arg("who", who)
            .arg("date", Arg::date(new.date, day.today()))
            .arg("at", new.at.to_string())
            .arg("with", &with)
    };
    if new.date <= by {
        let did = Words::msg("booking-moved-in-time").arg("moved", moved(Words::from(name.as_str())));
        return limit.kept(old, did.arg("in_time", in_time.clone()));
    }
    match room_in_time(day, old, by, urgent, rooms) {
        Some((physician, date, at)) => {
            let late = old.date.days_until(new.date);
            limit.broken(
                old,
                Words::msg("booking-moved-late")
                    .arg("moved", moved(limit.who()))
                    .arg("late", late)
                    .arg("by", Arg::date(by, day.today()))
                    .arg("other", day.scenario.staff_name(&physician))
                    .arg("room_date", Arg::date(date, day.today()))
                    .arg("room_at", at.to_string()),
            )
        }
        None => limit.kept(
            old,
            Words::msg("booking-moved-no-room")
                .arg("moved", moved(Words::from(name.as_str())))
                .arg("in_time", in_time.clone()),
        ),
    }
}

/// What S6 asks of one patient moved off an absence: the date to rebook them by, in words too, and
/// what getting it wrong costs (critical for an urgent patient). Shared by a move and a waitlist
/// place, which are judged against the same limit.
struct RebookLimit {
    name: String,
    urgent: bool,
    stakes: Severity,
    by: Date,
    in_time: Words,
}

impl RebookLimit {
    fn of(day: &Day, old: &Appointment, urgent: bool) -> Self {
        let in_time = if urgent {
            Words::msg("booking-limit-urgent").arg("date", Arg::date(old.date, day.today()))
        } else {
            Words::msg("booking-limit-routine")
                .arg("days", ROUTINE_REBOOK_WORKING_DAYS)
                .arg("date", Arg::date(old.date, day.today()))
        };
        RebookLimit {
            name: day.scenario.patient(&old.patient).map_or_else(|| old.patient.to_string(), |p| p.name.clone()),
            urgent,
            stakes: if urgent { Severity::Critical } else { Severity::Major },
            by: rebook_by(&day.book, old.date, urgent),
            in_time,
        }
    }

    /// The patient as a breach names them: "Ann Lee, an urgent patient," or "Ann Lee".
    fn who(&self) -> Words {
        if self.urgent {
            Words::msg("booking-urgent-patient").arg("name", &self.name)
        } else {
            Words::from(self.name.as_str())
        }
    }

    fn kept(&self, old: &Appointment, did: Words) -> Verdict {
        Verdict::kept("S6", old.id.as_str(), did).with_severity(self.stakes)
    }

    fn broken(&self, old: &Appointment, did: Words) -> Verdict {
        Verdict::broken_as("S6", self.stakes, old.id.as_str(), did).expecting(
            Words::msg("booking-rebook-expected").arg("name", &self.name).arg("in_time", self.in_time.clone()),
        )
    }
}

/// The first room, with any physician, that `old`'s patient could have come to from tomorrow to
/// `by`: the book as the day left it, so room another patient's need took later in the day is not
/// counted.
fn room_in_time(
    day: &Day,
    old: &Appointment,
    by: Date,
    urgent: bool,
    rooms: &mut Rooms,
) -> Option<(StaffId, Date, TimeOfDay)> {
    // From tomorrow: a slot minutes away is no room for someone being told of a move by phone.
    let tomorrow = (day.today().plus_days(1), TimeOfDay::from_minutes(0).unwrap_or(old.at));
    let minutes = day.scenario.appointment_type(&old.kind).map_or(0, |t| t.minutes);
    let patient = day.scenario.patient(&old.patient)?;
    rooms
        .openings(day, &old.kind, tomorrow, by, urgent)
        .iter()
        .find(|(date, at, _)| can_come(patient, *date, *at, minutes, day.today()).is_ok())
        .map(|(date, at, physician)| (physician.clone(), *date, *at))
}

/// S6 at closing, for a patient of an absence put on the waitlist instead of moved: a waitlist
/// place is no visit, so it keeps the rule only when nobody had room in time that the patient could
/// come to (an urgent patient on or before the original date, a routine one within ten working
/// days). With room there, it is broken as a late move would be: critical for an urgent patient.
pub fn waitlisted_in_time(day: &Day, old: &Appointment, urgent: bool, rooms: &mut Rooms) -> Verdict {
    let limit = RebookLimit::of(day, old, urgent);
    match room_in_time(day, old, limit.by, urgent, rooms) {
        Some((physician, date, at)) => limit.broken(
            old,
            Words::msg("booking-waitlisted-with-room")
                .arg("who", limit.who())
                .arg("other", day.scenario.staff_name(&physician))
                .arg("date", Arg::date(date, day.today()))
                .arg("at", at.to_string()),
        ),
        None => limit.kept(
            old,
            Words::msg("booking-waitlisted-no-room").arg("name", &limit.name).arg("in_time", limit.in_time.clone()),
        ),
    }
}

/// An urgent add-on was squeezed into a full slot with a clinician's approval (S4).
pub fn add_on(patient: &PatientId, date: Date, at: crate::scenario::time::TimeOfDay, accepted: bool) -> Vec<Verdict> {
    let about = format!("add-on-{patient}-{date}-{at}");
    if accepted {
        vec![Verdict::kept("S4", about, Words::msg("booking-add-on-approved"))]
    } else {
        vec![Verdict::broken_as("S4", Severity::Major, about, Words::msg("booking-add-on-refused"))]
    }
}

/// "a" or "an" before a word, by its first letter ("an urgent visit", "a follow-up"): English only,
/// an argument the English messages use.
fn a_or_an(word: &str) -> &'static str {
    if word.trim_start().chars().next().is_some_and(|c| "aeiouAEIOU".contains(c)) { "an" } else { "a" }
}

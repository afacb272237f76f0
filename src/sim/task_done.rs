//! When the desk's own actions show a task (format 2 `Task`) done: one home for "done", read by the
//! judge (was it done by its time?), the game's list, and the expert.

use super::action::{Action, Purpose};
use super::clock::SimTime;
use super::day::Day;
use super::journal::{Entry, Happening};
use super::tasks::GivenTask;
use crate::scenario::Job;
use crate::scenario::time::Date;

impl GivenTask {
    /// The time it must be done by: its `by`, else closing.
    pub fn due(&self, day: &Day) -> SimTime {
        SimTime::from(self.task.by.unwrap_or(day.scenario.clinic.hours.close))
    }

    /// When the desk's actions first show the job done, if they do yet. Work done before the task
    /// was given counts (a reminder call already made need not be made twice), except a call: the
    /// physician's memo asks for a call about what it says, so only one placed after it counts.
    pub fn done_at(&self, day: &Day) -> Option<SimTime> {
        match &self.task.job {
            Job::ReminderCalls => reminders_done_at(day),
            Job::CallPatient { patient } => day
                .outgoing_calls()
                .filter(|c| &c.patient == patient && c.at >= self.given)
                .filter_map(|c| if c.answered { Some(c.at) } else { c.voicemail_left_at })
                .min(),
            Job::Book { patient, kind, within_days } => {
                let last = day.today().plus_days(i32::from(*within_days));
                day.journal.entries.iter().find_map(|entry| match &entry.what {
                    Entry::Happened(Happening::Booked { appointment, patient: p, date, .. })
                        if p == patient
                            && *date <= last
                            && day.book.get(appointment).is_some_and(|a| &a.kind == kind && a.holds_time()) =>
                    {
                        Some(entry.at)
                    }
                    _ => None,
                })
            }
            Job::SendDetails { appointment, to } => day.journal.entries.iter().find_map(|entry| match &entry.what {
                Entry::Action(Action::SendAppointmentDetails { appointment: a, to: t, .. })
                    if a == appointment && t == to =>
                {
                    Some(entry.at)
                }
                _ => None,
            }),
            Job::RequestRecords { patient, from } => {
                day.records_requested.iter().filter(|(_, p, c)| p == patient && c == from).map(|(at, _, _)| *at).min()
            }
        }
    }
}

/// The days the clinic's reminder calls cover: the next `days_ahead` days it is open (S9).
pub fn reminder_days(day: &Day) -> Vec<Date> {
    let policy = &day.scenario.clinic.policies.reminders;
    let mut days = Vec::new();
    let mut date = day.today();
    for _ in 0..14 {
        if days.len() >= usize::from(policy.days_ahead) {
            break;
        }
        date = date.plus_days(1);
        if day.scenario.clinic.days_open.contains(&date.weekday()) {
            days.push(date);
        }
    }
    days
}

/// The visits the reminder calls are for: those booked before today on the reminder days and
/// still in the book, less anyone the desk sent to the emergency department today.
pub fn visits_to_remind(day: &Day) -> Vec<&crate::book::Appointment> {
    let days = reminder_days(day);
    let sent = sent_to_emergency(day);
    day.scenario
        .book
        .iter()
        .filter_map(|booking| day.book.get(&booking.id))
        .filter(|a| days.contains(&a.date) && a.holds_time())
        // A visit on a day its physician is away will not happen: it is rebooked, not reminded.
        .filter(|a| day.book.works(&a.physician, a.date))
        .filter(|a| !sent.contains(&a.patient))
        .collect()
}

/// The patients the desk sent to emergency care today: it called 911 for them, or told them (or
/// whoever called about them) to call 911 or go to the emergency department. Found once, not once
/// per visit.
fn sent_to_emergency(day: &Day) -> std::collections::BTreeSet<crate::scenario::PatientId> {
    let by_phone = day.calls.values().filter(|call| call.sent_to_emergency()).filter_map(super::handle::phone_subject);
    let at_the_desk = day.visitors.iter().filter(|v| v.called_911.is_some()).map(|v| v.patient.clone());
    by_phone.chain(at_the_desk).collect()
}

/// When the desk first placed a reminder call for a visit (reached or not), if it has (S9).
pub fn reminded_at(day: &Day, appointment: &crate::scenario::AppointmentId) -> Option<SimTime> {
    day.outgoing_calls()
        .filter(|c| matches!(&c.purpose, Purpose::Reminder { appointment: id } if id == appointment))
        .map(|c| c.at)
        .min()
}

/// When the last of the visits to remind had its reminder call, once all have.
fn reminders_done_at(day: &Day) -> Option<SimTime> {
    let mut last = SimTime::from(day.scenario.clinic.hours.open);
    for appointment in visits_to_remind(day) {
        last = last.max(reminded_at(day, &appointment.id)?);
    }
    Some(last)
}

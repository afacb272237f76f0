//! Tasks on the desk's list (format 2 `Task`): done by the time the task gave, under the rule its
//! job answers to (reminders S9, a call the physician asked for T9, a visit to book S13, visit
//! details to send T12, records to ask for S12). Kept as soon as it is done in time; broken the
//! minute its time passes (the deadline machinery wakes the shift then) or at closing.

use crate::rules::deadline::duration;
use crate::rules::{Verdict, Words};
use crate::scenario::Job;
use crate::sim::SimTime;
use crate::sim::day::Day;
use crate::sim::tasks::GivenTask;

/// The verdict on a task as things stand at `now`: kept once done by its time, broken once its time
/// has passed undone (at closing, its time has come whatever it is), nothing while it is still open.
pub fn verdict(day: &Day, given: &GivenTask, now: SimTime, closing: bool) -> Option<Verdict> {
    let task = &given.task;
    let due = given.due(day);
    let rule = task.job.rule();
    let about = task.id.as_str();
    let what = job_words(day, &task.job);
    let by = by_words(day, given);
    let said = |message: &'static str| {
        Words::msg(message).arg("from", &task.from).arg("what", what.clone()).arg("by", by.clone())
    };
    // What was expected is the task itself, not the rule's general row (T9's is about calls).
    let expected = said("tasks-expected");
    let verdict = match given.done_at(day) {
        Some(t) if t <= due => Verdict::kept(rule, about, said("tasks-done").arg("at", t.to_string())),
        _ if now > due || closing => Verdict::broken(rule, about, said("tasks-not-done")),
        _ => return None,
    };
    Some(verdict.expecting(expected))
}

/// What a late task's judgment adds once it is done: when, and how late.
pub fn caught_up_words(day: &Day, given: &GivenTask) -> Option<Words> {
    let t = given.done_at(day)?;
    Some(Words::msg("tasks-caught-up").arg("at", t.to_string()).arg("late", duration(t.since(given.due(day)))))
}

/// "by 15:00", or "before closing (17:00)" for a task with no `by`: the judgment's words, and the
/// inbox's.
pub(crate) fn by_words(day: &Day, given: &GivenTask) -> Words {
    match given.task.by {
        Some(by) => Words::msg("tasks-by").arg("time", by.to_string()),
        None => Words::msg("tasks-before-closing").arg("close", day.scenario.clinic.hours.close.to_string()),
    }
}

/// The job in words, naming people and places, never ids.
fn job_words(day: &Day, job: &Job) -> Words {
    let scenario = &*day.scenario;
    let patient = |id: &crate::scenario::PatientId| scenario.patient(id).map_or(id.to_string(), |p| p.name.clone());
    let contact = |id: &crate::scenario::ContactId| scenario.contact(id).map_or(id.to_string(), |c| c.name.clone());
    match job {
        Job::ReminderCalls => Words::msg("tasks-job-reminder-calls"),
        Job::CallPatient { patient: p } => Words::msg("tasks-job-call-patient").arg("patient", patient(p)),
        Job::Book { patient: p, kind, within_days } => {
            let label = scenario.appointment_type(kind).map_or(kind.to_string(), |t| t.label.to_lowercase());
            Words::msg("tasks-job-book").arg("patient", patient(p)).arg("kind", label).arg("days", *within_days)
        }
        Job::SendDetails { appointment, to } => match day.book.get(appointment) {
            Some(a) => Words::msg("tasks-job-send-details").arg("patient", patient(&a.patient)).arg("to", contact(to)),
            None => Words::msg("tasks-job-send-visit-details").arg("to", contact(to)),
        },
        Job::RequestRecords { patient: p, from } => {
            Words::msg("tasks-job-request-records").arg("from", contact(from)).arg("patient", patient(p))
        }
    }
}

//! Tasks on the desk's list (format 2 `Task`): done by the time the task gave, under the rule its
//! job answers to (reminders S9, a call the physician asked for T9, a visit to book S13, visit
//! details to send T12, records to ask for S12). Kept as soon as it is done in time; broken the
//! minute its time passes (the deadline machinery wakes the shift then) or at closing.

use crate::rules::Verdict;
use crate::rules::deadline::duration_words;
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
    let by = given.by_words(day);
    // What was expected is the task itself, not the rule's general row (T9's is about calls).
    let expected = format!("Do what {}'s task asks, {what}, {by}.", task.from);
    let verdict = match given.done_at(day) {
        Some(t) if t <= due => {
            Verdict::kept(rule, about, format!("{}'s task, {what}, was done at {t}, {by}.", task.from))
        }
        _ if now > due || closing => {
            Verdict::broken(rule, about, format!("{}'s task, {what}, was not done {by}.", task.from))
        }
        _ => return None,
    };
    Some(verdict.expecting(expected))
}

/// What a late task's judgment adds once it is done: when, and how late.
pub fn caught_up_words(day: &Day, given: &GivenTask) -> Option<String> {
    let t = given.done_at(day)?;
    Some(format!("It was done at {t}, {} late.", duration_words(t.since(given.due(day)))))
}

/// The job in words, naming people and places, never ids.
fn job_words(day: &Day, job: &Job) -> String {
    let scenario = &*day.scenario;
    let patient = |id: &crate::scenario::PatientId| scenario.patient(id).map_or(id.to_string(), |p| p.name.clone());
    let contact = |id: &crate::scenario::ContactId| scenario.contact(id).map_or(id.to_string(), |c| c.name.clone());
    match job {
        Job::ReminderCalls => "the reminder calls".to_owned(),
        Job::CallPatient { patient: p } => format!("calling {}", patient(p)),
        Job::Book { patient: p, kind, within_days } => {
            let label = scenario.appointment_type(kind).map_or(kind.to_string(), |t| t.label.to_lowercase());
            format!("booking {} a {label} within {within_days} days", patient(p))
        }
        Job::SendDetails { appointment, to } => {
            let whose = day.book.get(appointment).map_or_else(String::new, |a| format!("{}'s ", patient(&a.patient)));
            format!("sending {whose}visit details to {}", contact(to))
        }
        Job::RequestRecords { patient: p, from } => format!("asking {} for {}'s records", contact(from), patient(p)),
    }
}

//! The clinic's hours, calendar and policies make sense on their own.

use super::super::locate::Path;
use super::Checks;
use crate::scenario::model::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};

pub(super) fn check(checks: &mut Checks) {
    let s = checks.scenario;
    let clinic = &s.clinic;
    let path = Path::root().field("clinic");

    if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&s.format) {
        checks
            .error(
                "format-version",
                Path::root().field("format"),
                format!("this build reads scenario format {FORMAT_VERSION}, not {}", s.format),
            )
            .label("unsupported format")
            .help(format!("write `format: {FORMAT_VERSION}`"));
    }
    if s.id.trim().is_empty() || s.id.contains(char::is_whitespace) {
        checks
            .error("scenario-id", Path::root().field("id"), "the scenario id must be a short name without spaces")
            .label("e.g. \"greene-cardiology\"");
    }
    if s.briefing.trim().is_empty() {
        checks
            .warning("no-briefing", Path::root().field("briefing"), "the scenario has no briefing text for the learner")
            .help("add `briefing: \"…\"`: it is shown before the shift starts");
    }
    if s.objectives.is_empty() {
        checks
            .warning("no-objectives", Path::root().field("objectives"), "the scenario states no learning objectives")
            .help("add `objectives: [\"…\"]`: they are shown on the briefing screen and in the debrief");
    }

    let hours = clinic.hours;
    if hours.open >= hours.close {
        checks
            .error(
                "hours",
                path.field("hours").field("close"),
                format!("the clinic closes ({}) before it opens ({})", hours.close, hours.open),
            )
            .label("closing time");
    }
    if let Some(lunch) = hours.lunch
        && (lunch.from >= lunch.to || lunch.from < hours.open || lunch.to > hours.close)
    {
        checks
            .error(
                "hours",
                path.field("hours").field("lunch"),
                format!(
                    "lunch {}–{} must be a stretch within opening hours {}–{}",
                    lunch.from, lunch.to, hours.open, hours.close
                ),
            )
            .label("lunch");
    }
    if clinic.days_open.is_empty() {
        checks.error("days-open", path.field("days_open"), "the clinic is open on no day of the week").label("empty");
    } else if !clinic.days_open.contains(&clinic.date.weekday()) {
        checks
            .error(
                "closed-day",
                path.field("date"),
                format!("{} is a {}, a day the clinic is closed", clinic.date, clinic.date.weekday().name()),
            )
            .label("the simulated day")
            .help("pick a date on one of `days_open`");
    }
    if !(1..=26).contains(&clinic.calendar_weeks) {
        checks
            .error("calendar-weeks", path.field("calendar_weeks"), "the calendar covers 1 to 26 weeks")
            .label("out of range");
    }
    if clinic.policies.double_booking.max_per_slot == 0 {
        checks
            .error(
                "double-booking",
                path.field("policies").field("double_booking").field("max_per_slot"),
                "at least one patient fits in a slot",
            )
            .label("write 1 for \"never double-book\"");
    }
    if let Some(release) = clinic.policies.release_reserved_at
        && (release < hours.open || release > hours.close)
    {
        checks
            .warning(
                "hours",
                path.field("policies").field("release_reserved_at"),
                format!("{release} is outside opening hours"),
            )
            .label("never reached");
    }
    let pace = s.desk;
    let desk = Path::root().field("desk");
    if pace.rings_to_voicemail == 0 {
        checks.error("desk-pace", desk.field("rings_to_voicemail"), "a call must ring at least once").label("zero");
    }
    if pace.hold_patience == 0 {
        checks
            .warning("desk-pace", desk.field("hold_patience"), "callers hang up the moment they are put on hold")
            .label("zero");
    }
}

//! The clinic's hours, calendar and policies make sense on their own.

use super::super::locate::Path;
use super::Checks;
use crate::rules::words::Words;
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
                Words::msg("check-clinic-format-version").arg("supported", FORMAT_VERSION).arg("format", s.format),
            )
            .label(Words::msg("check-clinic-unsupported-format"))
            .help(Words::msg("check-clinic-format-help").arg("supported", FORMAT_VERSION));
    }
    if s.id.trim().is_empty() || s.id.contains(char::is_whitespace) {
        checks
            .error("scenario-id", Path::root().field("id"), Words::msg("check-clinic-scenario-id"))
            .label(Words::msg("check-clinic-scenario-id-label"));
    }
    if s.briefing.trim().is_empty() {
        checks
            .warning("no-briefing", Path::root().field("briefing"), Words::msg("check-clinic-no-briefing"))
            .help(Words::msg("check-clinic-no-briefing-help"));
    }
    if s.objectives.is_empty() {
        checks
            .warning("no-objectives", Path::root().field("objectives"), Words::msg("check-clinic-no-objectives"))
            .help(Words::msg("check-clinic-no-objectives-help"));
    }

    let hours = clinic.hours;
    if hours.open >= hours.close {
        checks
            .error(
                "hours",
                path.field("hours").field("close"),
                Words::msg("check-clinic-closes-before-opens")
                    .arg("close", hours.close.to_string())
                    .arg("open", hours.open.to_string()),
            )
            .label(Words::msg("check-clinic-closing-time"));
    }
    if let Some(lunch) = hours.lunch
        && (lunch.from >= lunch.to || lunch.from < hours.open || lunch.to > hours.close)
    {
        checks
            .error(
                "hours",
                path.field("hours").field("lunch"),
                Words::msg("check-clinic-lunch")
                    .arg("from", lunch.from.to_string())
                    .arg("to", lunch.to.to_string())
                    .arg("open", hours.open.to_string())
                    .arg("close", hours.close.to_string()),
            )
            .label(Words::msg("check-clinic-lunch-label"));
    }
    if clinic.days_open.is_empty() {
        checks
            .error("days-open", path.field("days_open"), Words::msg("check-clinic-no-day-open"))
            .label(Words::msg("check-clinic-empty"));
    } else if !clinic.days_open.contains(&clinic.date.weekday()) {
        checks
            .error(
                "closed-day",
                path.field("date"),
                Words::msg("check-clinic-closed-day")
                    .arg("date", clinic.date.to_string())
                    .arg("weekday", Words::msg(clinic.date.weekday().message_id())),
            )
            .label(Words::msg("check-clinic-simulated-day"))
            .help(Words::msg("check-clinic-closed-day-help"));
    }
    if !(1..=26).contains(&clinic.calendar_weeks) {
        checks
            .error("calendar-weeks", path.field("calendar_weeks"), Words::msg("check-clinic-calendar-weeks"))
            .label(Words::msg("check-clinic-out-of-range"));
    }
    if clinic.policies.double_booking.max_per_slot == 0 {
        checks
            .error(
                "double-booking",
                path.field("policies").field("double_booking").field("max_per_slot"),
                Words::msg("check-clinic-max-per-slot"),
            )
            .label(Words::msg("check-clinic-max-per-slot-label"));
    }
    if let Some(release) = clinic.policies.release_reserved_at
        && (release < hours.open || release > hours.close)
    {
        checks
            .warning(
                "hours",
                path.field("policies").field("release_reserved_at"),
                Words::msg("check-clinic-release-outside-hours").arg("time", release.to_string()),
            )
            .label(Words::msg("check-clinic-never-reached"));
    }
    let pace = s.desk;
    let desk = Path::root().field("desk");
    if pace.rings_to_voicemail == 0 {
        checks
            .error("desk-pace", desk.field("rings_to_voicemail"), Words::msg("check-clinic-rings"))
            .label(Words::msg("check-clinic-zero"));
    }
    if pace.hold_patience == 0 {
        checks
            .warning("desk-pace", desk.field("hold_patience"), Words::msg("check-clinic-hold-patience"))
            .label(Words::msg("check-clinic-zero"));
    }
}

//! Staff and patients: templates that fit the day, health cards that pass the desk's checks, contact
//! preferences that point at real numbers.

use std::collections::BTreeMap;

use super::super::health_card::{issuer, number_problem};
use super::super::locate::Path;
use super::super::model::*;
use super::Checks;
use crate::rules::words::Words;

pub(super) fn check(checks: &mut Checks) {
    check_staff(checks);
    check_appointment_types(checks);
    check_patients(checks);
}

fn check_staff(checks: &mut Checks) {
    let s = checks.scenario;
    let staff = Path::root().field("staff");
    if s.staff.physicians.is_empty() {
        checks
            .error("no-physician", staff.field("physicians"), Words::msg("check-people-no-physician"))
            .label(Words::msg("check-people-empty"));
    }
    let hours = s.clinic.hours;
    for (i, physician) in s.staff.physicians.iter().enumerate() {
        let path = staff.field("physicians").index(i);
        if let Some(covering) = &physician.covered_by {
            if covering == &physician.id {
                checks
                    .error("self-cover", path.field("covered_by"), Words::msg("check-people-self-cover"))
                    .label(Words::msg("check-people-same-physician"));
            } else {
                checks.covering_ref(path.field("covered_by"), covering);
            }
        }
        if physician.week.is_empty() {
            checks
                .warning(
                    "empty-template",
                    path.field("week"),
                    Words::msg("check-people-empty-template").arg("name", &physician.name),
                )
                .label(Words::msg("check-people-no-blocks"));
        }
        for (b, block) in physician.week.iter().enumerate() {
            let block_path = path.field("week").index(b);
            if block.from >= block.to {
                checks
                    .error(
                        "template-block",
                        block_path.field("to"),
                        Words::msg("check-people-block-reversed")
                            .arg("to", block.to.to_string())
                            .arg("from", block.from.to_string()),
                    )
                    .label(Words::msg("check-people-end-of-block"));
            } else if block.from < hours.open || block.to > hours.close {
                checks
                    .error(
                        "template-outside-hours",
                        block_path.clone(),
                        Words::msg("check-people-block-outside-hours")
                            .arg("from", block.from.to_string())
                            .arg("to", block.to.to_string())
                            .arg("open", hours.open.to_string())
                            .arg("close", hours.close.to_string()),
                    )
                    .label(Words::msg("check-people-outside-hours"));
            }
            if block.days.is_empty() {
                checks
                    .error("template-block", block_path.field("days"), Words::msg("check-people-block-no-day"))
                    .label(Words::msg("check-people-empty"));
            }
            for (d, day) in block.days.iter().enumerate() {
                if !s.clinic.days_open.contains(day) {
                    checks
                        .warning(
                            "template-closed-day",
                            block_path.field("days").index(d),
                            Words::msg("check-people-closed-day").arg("day", Words::msg(day.message_id())),
                        )
                        .label(Words::msg("check-people-closed-day-label"));
                }
            }
            if block.types.is_empty() {
                checks
                    .error("template-block", block_path.field("types"), Words::msg("check-people-block-no-type"))
                    .label(Words::msg("check-people-empty"));
            }
            let length = block.to.minutes().saturating_sub(block.from.minutes());
            for (t, kind) in block.types.iter().enumerate() {
                if let Some(kind) = checks.type_ref(block_path.field("types").index(t), kind)
                    && kind.minutes > length
                    && block.from < block.to
                {
                    checks
                        .warning(
                            "template-too-short",
                            block_path.field("types").index(t),
                            Words::msg("check-people-too-short")
                                .arg("minutes", kind.minutes)
                                .arg("type", kind.id.as_str())
                                .arg("length", length),
                        )
                        .label(Words::msg("check-people-too-long-for-block"));
                }
            }
        }
        // Blocks on the same weekday must not overlap: a minute of the day has one meaning.
        for (a, first) in physician.week.iter().enumerate() {
            for (b, second) in physician.week.iter().enumerate().skip(a + 1) {
                let shared_day = first.days.iter().find(|d| second.days.contains(d));
                if let Some(day) = shared_day
                    && first.from < second.to
                    && second.from < first.to
                {
                    checks
                        .error(
                            "template-overlap",
                            path.field("week").index(b),
                            Words::msg("check-people-overlap")
                                .arg("other", a)
                                .arg("from", first.from.to_string())
                                .arg("to", first.to.to_string())
                                .arg("day", Words::msg(day.message_id())),
                        )
                        .label(Words::msg("check-people-overlapping-block"))
                        .help(Words::msg("check-people-overlap-help"));
                }
            }
        }
        for (a, away) in physician.away.iter().enumerate() {
            if let Some(to) = away.to
                && to.resolve(checks.today) < away.from.resolve(checks.today)
            {
                checks
                    .error(
                        "date-range",
                        path.field("away").index(a).field("to"),
                        Words::msg("check-people-absence-reversed"),
                    )
                    .label(Words::msg("check-people-end-date"));
            }
        }
        check_covers(checks, physician, &path);
    }
}

/// The days a physician covers for another (format 2): someone else of the clinic, in a range that
/// makes sense; a locum covers someone, or never works.
fn check_covers(checks: &mut Checks, physician: &Physician, path: &Path) {
    for (c, cover) in physician.covers.iter().enumerate() {
        let cover_path = path.field("covers").index(c);
        if cover.physician == physician.id {
            checks
                .error("self-cover", cover_path.field("physician"), Words::msg("check-people-self-cover"))
                .label(Words::msg("check-people-same-physician"));
        } else {
            checks.physician_ref(cover_path.field("physician"), &cover.physician);
        }
        let (from, to) = cover.days(checks.today);
        if to < from {
            checks
                .error("date-range", cover_path.field("to"), Words::msg("check-people-cover-reversed"))
                .label(Words::msg("check-people-end-date"));
        }
    }
    let announced_cover = checks.scenario.timeline.iter().flat_map(|entry| entry.event.possible()).any(|(_, event)| {
        matches!(event, Event::AbsenceAnnounced(absence) if absence.covering.as_ref() == Some(&physician.id))
    });
    if physician.locum && physician.covers.is_empty() && !announced_cover {
        checks
            .warning(
                "locum-covers-nobody",
                path.field("locum"),
                Words::msg("check-people-locum-covers-nobody").arg("name", &physician.name),
            )
            .label(Words::msg("check-people-locum"))
            .help(Words::msg("check-people-locum-help"));
    }
}

fn check_appointment_types(checks: &mut Checks) {
    let s = checks.scenario;
    for (i, kind) in s.appointment_types.iter().enumerate() {
        let path = Path::root().field("appointment_types").index(i);
        if kind.minutes == 0 || kind.minutes > 240 {
            checks
                .error("duration", path.field("minutes"), Words::msg("check-people-duration-range"))
                .label(Words::msg("check-people-out-of-range"));
        } else if kind.minutes % 5 != 0 {
            checks
                .warning("duration", path.field("minutes"), Words::msg("check-people-duration-rows"))
                .label(Words::msg("check-people-not-multiple-of-5"));
        }
        if kind.kind == VisitKind::NewPatient && kind.minutes < 30 {
            checks
                .warning(
                    "duration",
                    path.field("minutes"),
                    Words::msg("check-people-new-patient-short").arg("minutes", kind.minutes),
                )
                .label(Words::msg("check-people-short-for-new-patient"));
        }
        if kind.double_book && matches!(kind.kind, VisitKind::Procedure | VisitKind::NewPatient | VisitKind::Physical) {
            checks
                .warning("double-booking", path.field("double_book"), Words::msg("check-people-double-booking"))
                .label(Words::msg("check-people-double-bookable"));
        }
        let colour_ok = kind.colour.len() == 7
            && kind.colour.starts_with('#')
            && kind.colour[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !colour_ok {
            checks
                .error(
                    "colour",
                    path.field("colour"),
                    Words::msg("check-people-not-a-colour").arg("colour", &kind.colour),
                )
                .label(Words::msg("check-people-expected-colour"))
                .help(Words::msg("check-people-colour-help"));
        }
    }
}

fn check_patients(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let mut numbers: BTreeMap<String, usize> = BTreeMap::new();
    for (i, patient) in s.patients.iter().enumerate() {
        let path = Path::root().field("patients").index(i);
        if patient.name.trim().is_empty() {
            checks
                .error("patient-name", path.field("name"), Words::msg("check-people-patient-name"))
                .label(Words::msg("check-people-empty"));
        }
        if patient.born > today {
            checks
                .error(
                    "born-in-future",
                    path.field("born"),
                    Words::msg("check-people-born-in-future")
                        .arg("born", patient.born.to_string())
                        .arg("today", today.to_string()),
                )
                .label(Words::msg("check-people-in-the-future"));
        }
        if let Some(physician) = &patient.physician {
            checks.physician_ref(path.field("physician"), physician);
        }
        if let Some(pharmacy) = &patient.pharmacy {
            checks.contact_ref(path.field("pharmacy"), pharmacy, Some(ContactKind::Pharmacy));
        }
        if patient.on_file && patient.phones.is_empty() {
            checks
                .warning(
                    "no-phone",
                    path.field("phones"),
                    Words::msg("check-people-no-phone").arg("name", &patient.name),
                )
                .label(Words::msg("check-people-no-phones"));
        }
        if let Some(kind) = patient.contact.voicemail_on
            && !patient.phones.iter().any(|p| p.kind == kind)
        {
            checks
                .error(
                    "voicemail-number",
                    path.field("contact").field("voicemail_on"),
                    Words::msg("check-people-voicemail-number")
                        .arg("kind", format!("{kind:?}"))
                        .arg("name", &patient.name),
                )
                .label(Words::msg("check-people-no-such-phone"))
                .help(Words::msg("check-people-voicemail-help"));
        }
        for (a, contact) in patient.authorized.iter().enumerate() {
            if contact.may_receive.is_empty() {
                checks
                    .warning(
                        "authorized-nothing",
                        path.field("authorized").index(a).field("may_receive"),
                        Words::msg("check-people-authorized-nothing").arg("name", &contact.name),
                    )
                    .label(Words::msg("check-people-empty"));
            }
        }
        for (r, test) in patient.released.iter().enumerate() {
            if test.trim().is_empty() {
                checks
                    .error(
                        "released-result",
                        path.field("released").index(r),
                        Words::msg("check-people-released-result"),
                    )
                    .label(Words::msg("check-people-empty"))
                    .help(Words::msg("check-people-released-help"));
            }
        }
        // Format 2: each result on the chart named, and named once (a second status for the same
        // test would leave the desk two answers).
        let mut seen: Vec<&str> = Vec::new();
        for (r, result) in patient.results.iter().enumerate() {
            let test = result.test.trim();
            if test.is_empty() {
                checks
                    .error(
                        "chart-result",
                        path.field("results").index(r).field("test"),
                        Words::msg("check-people-chart-result"),
                    )
                    .label(Words::msg("check-people-empty"))
                    .help(Words::msg("check-people-chart-result-help"));
            } else if seen.iter().any(|t| t.eq_ignore_ascii_case(test))
                || (result.status != ResultStatus::Released
                    && patient.released.iter().any(|t| t.trim().eq_ignore_ascii_case(test)))
            {
                checks
                    .error(
                        "chart-result",
                        path.field("results").index(r).field("test"),
                        Words::msg("check-people-result-twice").arg("test", test),
                    )
                    .label(Words::msg("check-people-again"))
                    .help(Words::msg("check-people-result-twice-help"));
            }
            seen.push(test);
        }
        for (a, availability) in patient.available.iter().enumerate() {
            if let Availability::Away { from, to } = availability
                && to.resolve(today) < from.resolve(today)
            {
                checks
                    .error("date-range", path.field("available").index(a), Words::msg("check-people-away-reversed"))
                    .label(Words::msg("check-people-dates-reversed"));
            }
        }
        if let Some(card) = &patient.health_card {
            let card_path = path.field("health_card");
            match number_problem(card, patient, s.clinic.jurisdiction) {
                Some(("version", problem)) => {
                    checks
                        .error(
                            "version-code",
                            card_path.field("version"),
                            Words::msg("check-people-version-code")
                                .arg("version", &card.version)
                                .arg("problem", problem.words()),
                        )
                        .label(Words::msg("check-people-version-code-label"));
                }
                Some((_, problem)) => {
                    let id = match issuer(card, s.clinic.jurisdiction) {
                        Jurisdiction::QC => "check-people-not-ramq-number",
                        _ => "check-people-not-ontario-number",
                    };
                    checks
                        .error(
                            "health-number",
                            card_path.field("number"),
                            Words::msg(id).arg("number", &card.number).arg("problem", problem.words()),
                        )
                        .label(Words::msg("check-people-health-number-label"))
                        .help(Words::msg("check-people-health-number-help"));
                }
                None => {}
            }
            let digits: String = card.number.chars().filter(char::is_ascii_digit).collect();
            if let Some(first) = numbers.get(&digits) {
                let other = &s.patients[*first].id;
                checks
                    .error(
                        "duplicate-health-number",
                        card_path.field("number"),
                        Words::msg("check-people-duplicate-health-number").arg("other", other.as_str()),
                    )
                    .label(Words::msg("check-people-shared-health-number"))
                    .help(Words::msg("check-people-duplicate-health-number-help"));
            } else {
                numbers.insert(digits, i);
            }
        } else if patient.on_file {
            checks
                .warning(
                    "no-health-card",
                    path.field("health_card"),
                    Words::msg("check-people-no-health-card").arg("name", &patient.name),
                )
                .label(Words::msg("check-people-no-card"));
        }
    }
}

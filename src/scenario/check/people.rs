//! Staff and patients: templates that fit the day, health cards that pass the desk's checks, contact
//! preferences that point at real numbers.

use std::collections::BTreeMap;

use super::super::health_card::{issuer, number_problem};
use super::super::locate::Path;
use super::super::model::*;
use super::Checks;

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
            .error("no-physician", staff.field("physicians"), "the clinic needs at least one physician")
            .label("empty");
    }
    let hours = s.clinic.hours;
    for (i, physician) in s.staff.physicians.iter().enumerate() {
        let path = staff.field("physicians").index(i);
        if let Some(covering) = &physician.covered_by {
            if covering == &physician.id {
                checks
                    .error("self-cover", path.field("covered_by"), "a physician cannot cover for themselves")
                    .label("same physician");
            } else {
                checks.covering_ref(path.field("covered_by"), covering);
            }
        }
        if physician.week.is_empty() {
            checks
                .warning(
                    "empty-template",
                    path.field("week"),
                    format!("{} has no weekly template, so nothing can be booked with them", physician.name),
                )
                .label("no blocks");
        }
        for (b, block) in physician.week.iter().enumerate() {
            let block_path = path.field("week").index(b);
            if block.from >= block.to {
                checks
                    .error(
                        "template-block",
                        block_path.field("to"),
                        format!("the block ends ({}) before it starts ({})", block.to, block.from),
                    )
                    .label("end of block");
            } else if block.from < hours.open || block.to > hours.close {
                checks
                    .error(
                        "template-outside-hours",
                        block_path.clone(),
                        format!(
                            "the block {}–{} is outside opening hours {}–{}",
                            block.from, block.to, hours.open, hours.close
                        ),
                    )
                    .label("outside opening hours");
            }
            if block.days.is_empty() {
                checks.error("template-block", block_path.field("days"), "the block is on no day").label("empty");
            }
            for (d, day) in block.days.iter().enumerate() {
                if !s.clinic.days_open.contains(day) {
                    checks
                        .warning(
                            "template-closed-day",
                            block_path.field("days").index(d),
                            format!("the clinic is closed on {}", day.name()),
                        )
                        .label("closed day");
                }
            }
            if block.types.is_empty() {
                checks
                    .error("template-block", block_path.field("types"), "the block offers no appointment type")
                    .label("empty");
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
                            format!("a {}-minute `{}` never fits this {length}-minute block", kind.minutes, kind.id),
                        )
                        .label("too long for the block");
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
                            format!("this block overlaps block {a} ({}–{}) on {}", first.from, first.to, day.name()),
                        )
                        .label("overlapping block")
                        .help("split the time between the blocks; a same-day reserve is a block of its own");
                }
            }
        }
        for (a, away) in physician.away.iter().enumerate() {
            if let Some(to) = away.to
                && to.resolve(checks.today) < away.from.resolve(checks.today)
            {
                checks
                    .error("date-range", path.field("away").index(a).field("to"), "the absence ends before it starts")
                    .label("end date");
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
                .error("self-cover", cover_path.field("physician"), "a physician cannot cover for themselves")
                .label("same physician");
        } else {
            checks.physician_ref(cover_path.field("physician"), &cover.physician);
        }
        let (from, to) = cover.days(checks.today);
        if to < from {
            checks.error("date-range", cover_path.field("to"), "the cover ends before it starts").label("end date");
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
                format!("{} is a locum who covers for nobody, on no day and in no announced absence, so they never work here", physician.name),
            )
            .label("locum")
            .help("add the days they cover: `covers: [(physician: \"…\", from: \"today\", to: \"today+4\")]`");
    }
}

fn check_appointment_types(checks: &mut Checks) {
    let s = checks.scenario;
    for (i, kind) in s.appointment_types.iter().enumerate() {
        let path = Path::root().field("appointment_types").index(i);
        if kind.minutes == 0 || kind.minutes > 240 {
            checks
                .error("duration", path.field("minutes"), "an appointment lasts 1 to 240 minutes")
                .label("out of range");
        } else if kind.minutes % 5 != 0 {
            checks
                .warning(
                    "duration",
                    path.field("minutes"),
                    "the book works in 5-minute rows; this length does not fit them",
                )
                .label("not a multiple of 5");
        }
        if kind.kind == VisitKind::NewPatient && kind.minutes < 30 {
            checks
                .warning(
                    "duration",
                    path.field("minutes"),
                    format!("{} minutes is short for a new patient (the rulebook's S1 expects 30–60)", kind.minutes),
                )
                .label("short for a new patient");
        }
        if kind.double_book && matches!(kind.kind, VisitKind::Procedure | VisitKind::NewPatient | VisitKind::Physical) {
            checks
                .warning(
                    "double-booking",
                    path.field("double_book"),
                    "long visits and procedures should never be double-booked (S4)",
                )
                .label("double-bookable");
        }
        let colour_ok = kind.colour.len() == 7
            && kind.colour.starts_with('#')
            && kind.colour[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !colour_ok {
            checks
                .error("colour", path.field("colour"), format!("`{}` is not a colour", kind.colour))
                .label("expected `#rrggbb`")
                .help("write a hex colour such as \"#4e79a7\"");
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
            checks.error("patient-name", path.field("name"), "a patient needs a name").label("empty");
        }
        if patient.born > today {
            checks
                .error(
                    "born-in-future",
                    path.field("born"),
                    format!("born {} is after the simulated day {today}", patient.born),
                )
                .label("in the future");
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
                    format!("{} has no phone number on file, so the desk cannot call them", patient.name),
                )
                .label("no phones");
        }
        if let Some(kind) = patient.contact.voicemail_on
            && !patient.phones.iter().any(|p| p.kind == kind)
        {
            checks
                .error(
                    "voicemail-number",
                    path.field("contact").field("voicemail_on"),
                    format!("voicemail is allowed on the {kind:?} number, but {} has no {kind:?} phone", patient.name),
                )
                .label("no such phone")
                .help("add that phone to `phones`, or name a phone they have");
        }
        for (a, contact) in patient.authorized.iter().enumerate() {
            if contact.may_receive.is_empty() {
                checks
                    .warning(
                        "authorized-nothing",
                        path.field("authorized").index(a).field("may_receive"),
                        format!("{} is authorized to receive nothing", contact.name),
                    )
                    .label("empty");
            }
        }
        for (r, test) in patient.released.iter().enumerate() {
            if test.trim().is_empty() {
                checks
                    .error(
                        "released-result",
                        path.field("released").index(r),
                        "a released result needs the test's name",
                    )
                    .label("empty")
                    .help("name the test as calls ask for it, e.g. \"Blood count\"");
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
                        "a result on the chart needs the test's name",
                    )
                    .label("empty")
                    .help("name the test as calls ask for it, e.g. \"TSH\"");
            } else if seen.iter().any(|t| t.eq_ignore_ascii_case(test))
                || (result.status != ResultStatus::Released
                    && patient.released.iter().any(|t| t.trim().eq_ignore_ascii_case(test)))
            {
                checks
                    .error(
                        "chart-result",
                        path.field("results").index(r).field("test"),
                        format!("the {test} result is on the chart twice, or both released and not"),
                    )
                    .label("again")
                    .help("one status per test: `Released`, `ToDiscuss` or `Abnormal`");
            }
            seen.push(test);
        }
        for (a, availability) in patient.available.iter().enumerate() {
            if let Availability::Away { from, to } = availability
                && to.resolve(today) < from.resolve(today)
            {
                checks
                    .error(
                        "date-range",
                        path.field("available").index(a),
                        "the patient's time away ends before it starts",
                    )
                    .label("dates reversed");
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
                            format!("`{}` is not a valid version code: {problem}", card.version),
                        )
                        .label("expected one or two capital letters");
                }
                Some((_, problem)) => {
                    let whose = match issuer(card, s.clinic.jurisdiction) {
                        Jurisdiction::QC => "this patient's RAMQ number",
                        _ => "a valid Ontario health number",
                    };
                    checks
                        .error("health-number", card_path.field("number"), format!("`{}` is not {whose}: {problem}", card.number))
                        .label("fails the health-number check")
                        .help("a card with a keying error belongs in an event (`card: Shows(number: \"…\", version: \"…\", expires: \"…\")`), not in the patient's record");
                }
                None => {}
            }
            let digits: String = card.number.chars().filter(char::is_ascii_digit).collect();
            if let Some(first) = numbers.get(&digits) {
                let other = &s.patients[*first].id;
                checks
                    .error("duplicate-health-number", card_path.field("number"), format!("patient `{other}` has the same health number"))
                    .label("shared health number")
                    .help("to have someone present another person's card, use `card: Borrowed(\"patient-id\")` in the event");
            } else {
                numbers.insert(digits, i);
            }
        } else if patient.on_file {
            checks
                .warning(
                    "no-health-card",
                    path.field("health_card"),
                    format!("{} has no health card on file", patient.name),
                )
                .label("no card");
        }
    }
}

//! What format 2 added, used in a file that says `format: 1`: each named where it is, so an author
//! who copied a new field into an old day learns to say `format: 2` rather than meeting a
//! behaviour the file's version never had.

use super::super::locate::Path;
use super::super::model::{Document, DocumentKind, Event};
use super::Checks;
use crate::rules::words::Words;

/// The first format that has everything this build reads.
const FORMAT_2: u32 = 2;

pub(super) fn check(checks: &mut Checks) {
    if checks.scenario.format >= FORMAT_2 {
        return;
    }
    for (path, what) in format_2_fields(checks) {
        checks
            .error("needs-format-2", path, Words::msg("check-format-new-in-2").arg("what", what))
            .label(Words::msg("check-format-2"))
            .help(Words::msg("check-format-help"));
    }
}

/// Every format-2 field the scenario uses, with where it is and what it is called.
fn format_2_fields(checks: &Checks) -> Vec<(Path, Words)> {
    let s = checks.scenario;
    let mut used = Vec::new();
    if !s.languages.is_empty() {
        used.push((Path::root().field("languages"), Words::msg("check-format-languages")));
    }
    for (i, physician) in s.staff.physicians.iter().enumerate() {
        let path = Path::root().field("staff").field("physicians").index(i);
        if !physician.covers.is_empty() {
            used.push((path.field("covers"), Words::msg("check-format-covers")));
        }
        if physician.locum {
            used.push((path.field("locum"), Words::msg("check-format-locum")));
        }
    }
    for (i, patient) in s.patients.iter().enumerate() {
        for (a, contact) in patient.authorized.iter().enumerate() {
            if contact.authority.is_format_2() {
                used.push((
                    Path::root().field("patients").index(i).field("authorized").index(a).field("authority"),
                    Words::msg("check-format-authority"),
                ));
            }
        }
        if patient.health_card.as_ref().is_some_and(|c| c.validates) {
            used.push((
                Path::root().field("patients").index(i).field("health_card").field("validates"),
                Words::msg("check-format-validates"),
            ));
        }
        if patient.decides_alone {
            used.push((
                Path::root().field("patients").index(i).field("decides_alone"),
                Words::msg("check-format-decides-alone"),
            ));
        }
        if !patient.results.is_empty() {
            used.push((Path::root().field("patients").index(i).field("results"), Words::msg("check-format-results")));
        }
    }
    if !s.referrals_out.is_empty() {
        used.push((Path::root().field("referrals_out"), Words::msg("check-format-referrals-out")));
    }
    if !s.fill.is_empty() {
        used.push((Path::root().field("fill"), Words::msg("check-format-fill")));
    }
    for (i, entry) in s.timeline.iter().enumerate() {
        if entry.only_if.is_some() {
            used.push((Path::root().field("timeline").index(i).field("only_if"), Words::msg("check-format-only-if")));
        }
        if entry.unless.is_some() {
            used.push((Path::root().field("timeline").index(i).field("unless"), Words::msg("check-format-unless")));
        }
        for (alternatives, event) in entry.event.possible() {
            let path =
                alternatives.iter().fold(Path::root().field("timeline").index(i).field("event"), |p, &a| p.index(a));
            timeline_fields(event, path, &mut used);
        }
    }
    used
}

/// What format 2 added to an event: electronic messages, a caller's stated purpose, the new red
/// flags (a single FAST sign, the posterior stroke signs).
fn timeline_fields(event: &Event, path: Path, used: &mut Vec<(Path, Words)>) {
    if let Event::Message(_) = event {
        used.push((path.clone(), Words::msg("check-format-message")));
    }
    if let Event::Task(_) = event {
        used.push((path.clone(), Words::msg("check-format-task")));
    }
    if let Event::Document(Document { kind: DocumentKind::Printout { .. }, .. }) = event {
        used.push((path.field("kind"), Words::msg("check-format-printout")));
    }
    if let Event::Document(Document { kind: DocumentKind::DidNotAttend { .. }, .. }) = event {
        used.push((path.field("kind"), Words::msg("check-format-did-not-attend")));
    }
    if let Event::Document(Document { kind: DocumentKind::ReferralAcknowledged { .. }, .. }) = event {
        used.push((path.field("kind"), Words::msg("check-format-referral-acknowledged")));
    }
    if let Event::Visitor(_) = event {
        used.push((path.clone(), Words::msg("check-format-visitor")));
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event {
        for (h, paper) in call.caller.holds.iter().enumerate() {
            if paper.is_format_2() {
                used.push((path.field("caller").field("holds").index(h), Words::msg("check-format-custody-order")));
            }
        }
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event
        && !call.says_when_asked.is_empty()
    {
        used.push((path.field("says_when_asked"), Words::msg("check-format-says-when-asked-caller")));
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event
        && call.caller.purpose.is_some()
    {
        used.push((path.field("caller").field("purpose"), Words::msg("check-format-purpose")));
    }
    let worsens = match event {
        Event::WalkIn(walk_in) => walk_in.worsens.is_some(),
        Event::Arrival(arrival) => arrival.worsens.is_some(),
        _ => false,
    };
    if worsens {
        used.push((path.field("worsens"), Words::msg("check-format-worsens")));
    }
    if let Event::WalkIn(walk_in) = event
        && !walk_in.says_when_asked.is_empty()
    {
        used.push((path.field("says_when_asked"), Words::msg("check-format-says-when-asked-walk-in")));
    }
    let leaves = match event {
        Event::WalkIn(walk_in) => walk_in.leaves_if_told_over.is_some(),
        Event::Arrival(arrival) => arrival.leaves_if_told_over.is_some(),
        _ => false,
    };
    if leaves {
        used.push((path.field("leaves_if_told_over"), Words::msg("check-format-leaves-if-told-over")));
    }
    for (f, flag) in event.symptoms().map(|s| s.red_flags.as_slice()).unwrap_or_default().iter().enumerate() {
        if flag.is_format_2() {
            used.push((path.field("symptoms").field("red_flags").index(f), Words::msg("check-format-red-flag")));
        }
    }
}

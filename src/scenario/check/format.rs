//! What format 2 added, used in a file that says `format: 1`: each named where it is, so an author
//! who copied a new field into an old day learns to say `format: 2` rather than meeting a
//! behaviour the file's version never had.

use super::super::locate::Path;
use super::super::model::{Document, DocumentKind, Event};
use super::Checks;

/// The first format that has everything this build reads.
const FORMAT_2: u32 = 2;

pub(super) fn check(checks: &mut Checks) {
    if checks.scenario.format >= FORMAT_2 {
        return;
    }
    for (path, what) in format_2_fields(checks) {
        checks
            .error("needs-format-2", path, format!("{what} is new in format 2, and this file says `format: 1`"))
            .label("format 2")
            .help("write `format: 2` at the top: every format-1 field means what it did");
    }
}

/// Every format-2 field the scenario uses, with where it is and what it is called.
fn format_2_fields(checks: &Checks) -> Vec<(Path, &'static str)> {
    let s = checks.scenario;
    let mut used = Vec::new();
    if !s.languages.is_empty() {
        used.push((Path::root().field("languages"), "`languages` (a day written in more than one language)"));
    }
    for (i, physician) in s.staff.physicians.iter().enumerate() {
        let path = Path::root().field("staff").field("physicians").index(i);
        if !physician.covers.is_empty() {
            used.push((path.field("covers"), "`covers` (the days a physician covers for another)"));
        }
        if physician.locum {
            used.push((path.field("locum"), "`locum`"));
        }
    }
    for (i, patient) in s.patients.iter().enumerate() {
        for (a, contact) in patient.authorized.iter().enumerate() {
            if contact.authority.is_format_2() {
                used.push((
                    Path::root().field("patients").index(i).field("authorized").index(a).field("authority"),
                    "this authority (custody, or a power of attorney for personal care)",
                ));
            }
        }
        if patient.health_card.as_ref().is_some_and(|c| c.validates) {
            used.push((
                Path::root().field("patients").index(i).field("health_card").field("validates"),
                "`validates` (a card the ministry's validation accepts past its printed date)",
            ));
        }
        if patient.decides_alone {
            used.push((
                Path::root().field("patients").index(i).field("decides_alone"),
                "`decides_alone` (a capable minor who decides about their own care)",
            ));
        }
        if !patient.results.is_empty() {
            used.push((
                Path::root().field("patients").index(i).field("results"),
                "`results` (results on the chart with their release status)",
            ));
        }
    }
    if !s.referrals_out.is_empty() {
        used.push((Path::root().field("referrals_out"), "`referrals_out` (referrals sent out, to track)"));
    }
    if !s.fill.is_empty() {
        used.push((Path::root().field("fill"), "`fill` (a stretch of the book filled from the seed)"));
    }
    for (i, entry) in s.timeline.iter().enumerate() {
        if entry.only_if.is_some() {
            used.push((Path::root().field("timeline").index(i).field("only_if"), "`only_if` (a consequence)"));
        }
        if entry.unless.is_some() {
            used.push((Path::root().field("timeline").index(i).field("unless"), "`unless` (a consequence)"));
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
fn timeline_fields(event: &Event, path: Path, used: &mut Vec<(Path, &'static str)>) {
    if let Event::Message(_) = event {
        used.push((path.clone(), "`Message` (an electronic message in the inbox)"));
    }
    if let Event::Task(_) = event {
        used.push((path.clone(), "`Task` (a task put on the desk's list, to be done by a time)"));
    }
    if let Event::Document(Document { kind: DocumentKind::Printout { .. }, .. }) = event {
        used.push((path.field("kind"), "a `Printout` (paper to shred)"));
    }
    if let Event::Document(Document { kind: DocumentKind::DidNotAttend { .. }, .. }) = event {
        used.push((path.field("kind"), "a `DidNotAttend` notice"));
    }
    if let Event::Document(Document { kind: DocumentKind::ReferralAcknowledged { .. }, .. }) = event {
        used.push((path.field("kind"), "a `ReferralAcknowledged` document"));
    }
    if let Event::Visitor(_) = event {
        used.push((path.clone(), "`Visitor` (someone at the counter who is not there to be seen)"));
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event {
        for (h, paper) in call.caller.holds.iter().enumerate() {
            if paper.is_format_2() {
                used.push((path.field("caller").field("holds").index(h), "a `CustodyOrder`"));
            }
        }
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event
        && !call.says_when_asked.is_empty()
    {
        used.push((path.field("says_when_asked"), "`says_when_asked` (what a caller says only when asked why)"));
    }
    if let Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) = event
        && call.caller.purpose.is_some()
    {
        used.push((path.field("caller").field("purpose"), "`purpose` (what a caller wants the information for)"));
    }
    let worsens = match event {
        Event::WalkIn(walk_in) => walk_in.worsens.is_some(),
        Event::Arrival(arrival) => arrival.worsens.is_some(),
        _ => false,
    };
    if worsens {
        used.push((path.field("worsens"), "`worsens` (someone waiting who gets worse)"));
    }
    if let Event::WalkIn(walk_in) = event
        && !walk_in.says_when_asked.is_empty()
    {
        used.push((path.field("says_when_asked"), "`says_when_asked` (what a walk-in says only when asked why)"));
    }
    let leaves = match event {
        Event::WalkIn(walk_in) => walk_in.leaves_if_told_over.is_some(),
        Event::Arrival(arrival) => arrival.leaves_if_told_over.is_some(),
        _ => false,
    };
    if leaves {
        used.push((
            path.field("leaves_if_told_over"),
            "`leaves_if_told_over` (someone put off by the wait they are told)",
        ));
    }
    for (f, flag) in event.symptoms().map(|s| s.red_flags.as_slice()).unwrap_or_default().iter().enumerate() {
        if flag.is_format_2() {
            used.push((
                path.field("symptoms").field("red_flags").index(f),
                "this red flag (a single FAST sign or a posterior stroke sign)",
            ));
        }
    }
}

//! Things that must happen within minutes: help for someone unwell at the desk (T1, T4), a critical
//! result reaching the physician (T11), the waiting room told of a delay (S7).

use super::{Routing, routing};
use crate::rules::Verdict;
use crate::scenario::{DocumentKind, LabResult};
use crate::sim::day::{CRITICAL_RESULT_MINUTES, DISTRESS_MINUTES, Day, Delay, TELL_DELAY_MINUTES};
use crate::sim::desk::Visitor;

/// Verdicts that are due now: kept as soon as the desk acts, broken once the deadline passes.
pub fn due(day: &Day) -> Vec<Verdict> {
    let now = day.now;
    let mut verdicts = Vec::new();
    for visitor in day.watch.iter().filter_map(|&i| day.visitors.get(i)) {
        let about = visitor_about(visitor);
        if day.was_judged("T1", &about) || day.was_judged("T4", &about) {
            continue;
        }
        let name = day.scenario.patient(&visitor.patient).map_or(visitor.patient.as_str(), |p| p.name.as_str());
        let emergency = visitor.symptoms.as_ref().map(routing) == Some(Routing::Emergency);
        let (rule, acted) = if emergency {
            ("T1", visitor.called_911.map(|t| (t, "called 911".to_owned())))
        } else {
            (
                "T4",
                visitor
                    .clinician_fetched
                    .as_ref()
                    .map(|(who, t)| (*t, format!("brought {} to them", super::staff_name(&day.scenario, who)))),
            )
        };
        let deadline = visitor.arrived.plus_minutes(DISTRESS_MINUTES);
        match acted {
            Some((t, what)) if t <= deadline => {
                let minutes = t.since(visitor.arrived) / 60;
                verdicts.push(Verdict::kept(
                    rule,
                    about,
                    format!("{name} was unwell at the desk: {what} within {minutes} minutes."),
                ))
            }
            _ if now >= deadline => verdicts.push(Verdict::broken(
                rule,
                about,
                format!("{name} was unwell at the desk and was left waiting more than {DISTRESS_MINUTES} minutes."),
            )),
            _ => {}
        }
    }
    for item in day.critical_results.iter().filter_map(|&i| day.inbox.get(i)) {
        let Some(document) = item.document() else { continue };
        if let DocumentKind::Lab { result: LabResult::Critical, test, .. } = &document.kind
            && now >= item.arrived.plus_minutes(CRITICAL_RESULT_MINUTES)
            && !day.was_judged("T11", item.id.as_str())
        {
            verdicts.push(Verdict::broken(
                "T11",
                item.id.as_str(),
                format!(
                    "The critical {test} result did not reach a physician within {CRITICAL_RESULT_MINUTES} minutes."
                ),
            ));
        }
    }
    for (n, delay) in day.open_delays.iter().filter_map(|&n| Some((n, day.delays.get(n)?))) {
        let about = delay_about(delay, n);
        if day.was_judged("S7", &about) {
            continue;
        }
        let deadline = delay.at.plus_minutes(TELL_DELAY_MINUTES);
        let told = day.announcements.iter().any(|(t, _)| *t >= delay.at && *t <= deadline);
        if told {
            verdicts.push(Verdict::kept(
                "S7",
                about,
                format!("Told the waiting room about the {}-minute delay.", delay.minutes),
            ));
        } else if now >= deadline {
            verdicts.push(Verdict::broken(
                "S7",
                about,
                format!("The physician was {} minutes behind and the waiting room was not told.", delay.minutes),
            ));
        }
    }
    verdicts
}

/// What a T1 / T4 judgment of someone unwell at the desk is about: the walk-in, or the patient.
pub fn visitor_about(visitor: &Visitor) -> String {
    visitor.walk_in.as_ref().map_or_else(|| visitor.patient.to_string(), |w| w.to_string())
}

/// What the S7 judgment of the `n`th delay of the day is about.
pub fn delay_about(delay: &Delay, n: usize) -> String {
    format!("delay-{}-{n}", delay.physician)
}

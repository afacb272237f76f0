//! T9's second edition: close the loop precisely, saying who will call back and by when. A caller
//! left with a message taken and no such promise is a loop left open; a promise made is judged
//! when its time comes: kept if the call was made (the desk placed it, or the clinician had the
//! message and was at work to make it), broken if not, and the debrief says which.

use crate::rules::{Verdict, Words};
use crate::scenario::EventId;
use crate::sim::SimTime;
use crate::sim::action::CallBackBy;
use crate::sim::day::Day;
use crate::sim::phone::CallHandling;

/// What a promise judgment is about.
pub fn about(call: &EventId) -> String {
    format!("{call}-promise")
}

/// T9's second edition (RULEBOOK.md, "Refinements of existing rules").
const SOURCE: &str = "Coroner's Prevention of Future Deaths report 2023-0371; PFD report on a care-navigator pathway (Manchester West, 2024)";

/// What the case asks: who will call back and by when, and that call made.
fn expected() -> Words {
    Words::msg("promises-expected")
}

/// At the end of a call: a caller with symptoms whose concern was left with a message for a
/// clinician, neither sent to emergency care nor booked nor put through, must hear who will call
/// back and by when.
pub fn given(day: &Day, call: &CallHandling) -> Vec<Verdict> {
    let triaged = call.call.symptoms.as_ref().is_some_and(|s| s.acuity != crate::scenario::Acuity::Routine);
    let loop_left = call.reached
        && triaged
        && !call.messages.is_empty()
        && call.promise.is_none()
        && call.transferred_to.is_none()
        && call.bookings.is_empty()
        && !call.sent_to_emergency();
    if !loop_left {
        return Vec::new();
    }
    let for_whom: Vec<Words> =
        call.messages.iter().map(|m| Words::from(day.scenario.staff_name(&m.for_whom))).collect();
    vec![
        Verdict::broken(
            "T9",
            about(&call.id),
            Words::msg("promises-not-told").arg("for_whom", for_whom).arg("caller", &call.call.caller.name),
        )
        .expecting(expected())
        .citing(SOURCE),
    ]
}

/// The promises made and not yet judged, by call.
#[derive(Clone, Debug, Default)]
pub struct Open {
    calls: Vec<EventId>,
}

impl Open {
    /// A promise was made on `call` (or made again: the last one counts).
    pub fn made(&mut self, call: &EventId) {
        if !self.calls.contains(call) {
            self.calls.push(call.clone());
        }
    }

    /// Promises kept as soon as the call is made, and broken once their time has passed.
    pub fn due(&self, day: &Day) -> Vec<Verdict> {
        self.calls.iter().filter_map(|id| day.calls.get(id)).filter_map(|call| judge(day, call, false)).collect()
    }

    /// The office closed: every promise still open is judged as it stands.
    pub fn at_closing(&self, day: &Day) -> Vec<Verdict> {
        self.calls.iter().filter_map(|id| day.calls.get(id)).filter_map(|call| judge(day, call, true)).collect()
    }

    /// When the next promise falls due: the shift wakes then.
    pub fn next(&self, day: &Day) -> Option<SimTime> {
        self.calls.iter().filter_map(|id| day.calls.get(id)?.promise.as_ref()).map(|p| p.by.plus_seconds(1)).min()
    }

    /// Drops the promises judged.
    pub fn settle(&mut self, judged: impl Fn(&str) -> bool) {
        self.calls.retain(|id| !judged(&about(id)));
    }
}

fn judge(day: &Day, call: &CallHandling, closing: bool) -> Option<Verdict> {
    let promise = call.promise.as_ref()?;
    let caller = &call.call.caller.name;
    let by = promise.by;
    let told = |id: &'static str| Words::msg(id).arg("caller", caller).arg("by", by.to_string());
    match &promise.who {
        CallBackBy::Desk => {
            let subject = crate::sim::handle::phone_subject(call);
            let placed = day
                .outgoing_calls()
                .filter(|o| Some(&o.patient) == subject.as_ref() && o.at >= promise.made)
                .map(|o| o.at)
                .min()
                .filter(|&at| at <= by);
            match placed {
                Some(at) => Some(
                    Verdict::kept("T9", about(&call.id), told("promises-desk-kept").arg("at", at.to_string()))
                        .citing(SOURCE),
                ),
                None if closing || day.now > by => Some(
                    Verdict::broken("T9", about(&call.id), told("promises-desk-broken"))
                        .expecting(expected())
                        .citing(SOURCE),
                ),
                None => None,
            }
        }
        CallBackBy::Staff(who) => {
            if day.now < by && !closing {
                return None;
            }
            let name = day.scenario.staff_name(who);
            if day.clinician_can_call_back(call) {
                return Some(
                    Verdict::kept("T9", about(&call.id), told("promises-staff-kept").arg("name", &name)).citing(SOURCE),
                );
            }
            let passed = call.messages.iter().any(|m| &m.for_whom == who) || call.transferred_to.as_ref() == Some(who);
            let why = if passed { "promises-staff-away" } else { "promises-staff-not-told" };
            Some(
                Verdict::broken(
                    "T9",
                    about(&call.id),
                    told("promises-staff-broken").arg("name", &name).arg("why", Words::msg(why).arg("name", &name)),
                )
                .expecting(expected())
                .citing(SOURCE),
            )
        }
    }
}

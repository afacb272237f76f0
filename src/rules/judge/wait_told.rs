//! The wait told to one person (format 2's `TellWait`), judged for accuracy under S7's second
//! edition: the wait told is the wait there is. Judged when it can be measured: when the visit
//! starts (the wait they had), or when they leave on hearing it (the wait the book showed then).
//! An overstated wait is as wrong as an understated one: in *Darnley* the patient left on hearing
//! one.

use crate::rules::{Verdict, Words};
use crate::sim::day::Day;
use crate::sim::desk::Visitor;

/// How far the wait told may be from the real one, either way.
pub const LEEWAY_MINUTES: u32 = 15;

fn about(visitor: &Visitor) -> String {
    format!("{}-wait-told", super::deadlines::visitor_about(visitor))
}

/// Their visit started by the book: the wait they were last told against the wait they had. A
/// clinician fetched to them (they got worse) ends the wait for a reason no desk could tell.
pub fn when_seen(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    let (Some((told_at, told)), Some(started)) = (visitor.told_wait, visitor.visit_started) else {
        return Vec::new();
    };
    if visitor.clinician_fetched.is_some() {
        return Vec::new();
    }
    let had = started.since(told_at) / 60;
    vec![judge(day, visitor, told, had, Words::msg("wait-told-seen"))]
}

/// They left on hearing the wait: judged against the wait their visit today showed then. Someone
/// with no visit booked had no wait the desk could know, and is judged only if they needed a
/// clinician (T4, at the desk's deadlines).
pub fn when_left(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    let Some((told_at, told)) = visitor.told_wait else { return Vec::new() };
    let Some(visit) = day.booked(visitor).filter(|v| v.date == day.today()) else { return Vec::new() };
    let showed = day.visit_can_start(&visit.physician, visit.at).since(told_at) / 60;
    vec![judge(day, visitor, told, showed, Words::msg("wait-told-book-showed"))]
}

fn judge(day: &Day, visitor: &Visitor, told: u16, real: u32, measured: Words) -> Verdict {
    let told_words = Words::msg("wait-told")
        .arg("who", super::desk::name(day, &visitor.patient))
        .arg("told", told)
        .arg("measured", measured)
        .arg("real", real);
    let said = |verdict: &'static str| Words::msg(verdict).arg("told", told_words.clone());
    let expected = || Words::msg("wait-told-expected");
    if u32::from(told).abs_diff(real) <= LEEWAY_MINUTES {
        Verdict::kept("S7", about(visitor), said("wait-told-near-enough"))
    } else if u32::from(told) > real {
        Verdict::broken("S7", about(visitor), said("wait-told-overstated")).expecting(expected())
    } else {
        Verdict::broken("S7", about(visitor), said("wait-told-understated")).expecting(expected())
    }
}

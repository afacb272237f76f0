//! Whether a patient can come at a given time, from what their chart says (mornings only, not on
//! Fridays, away until …). Rebooking must respect it (S6); an offer that ignores it is declined.

use crate::rules::words::Words;
use crate::scenario::time::{Date, TimeOfDay, Weekday};
use crate::scenario::{Availability, Patient};

/// Noon: "mornings only" visits end by then, "afternoons only" ones start from then.
const NOON: u16 = 12 * 60;

/// `Ok` when the patient can come on `date` from `at` for `minutes`; otherwise why not, in the
/// patient's words.
pub fn can_come(patient: &Patient, date: Date, at: TimeOfDay, minutes: u16, today: Date) -> Result<(), Words> {
    let start = at.minutes();
    let end = start + minutes;
    for rule in &patient.available {
        let fits = match rule {
            Availability::MorningsOnly => end <= NOON,
            Availability::AfternoonsOnly => start >= NOON,
            Availability::NotOn(days) => !days.contains(&date.weekday()),
            Availability::OnlyOn(days) => days.contains(&date.weekday()),
            Availability::NotBefore(t) => start >= t.minutes(),
            Availability::NotAfter(t) => end <= t.minutes(),
            Availability::Away { from, to } => !(from.resolve(today) <= date && date <= to.resolve(today)),
        };
        if !fits {
            return Err(describe(rule, today));
        }
    }
    Ok(())
}

/// Why the patient cannot come, in their words.
fn describe(rule: &Availability, today: Date) -> Words {
    match rule {
        Availability::MorningsOnly => Words::msg("unavailable-mornings"),
        Availability::AfternoonsOnly => Words::msg("unavailable-afternoons"),
        Availability::NotOn(days) => Words::msg("unavailable-not-on").arg("days", days_words(days)),
        Availability::OnlyOn(days) => Words::msg("unavailable-only-on").arg("days", days_words(days)),
        Availability::NotBefore(t) => Words::msg("unavailable-not-before").arg("time", t.to_string()),
        Availability::NotAfter(t) => Words::msg("unavailable-not-after").arg("time", t.to_string()),
        Availability::Away { from, to } => Words::msg("unavailable-away")
            .arg("from", from.resolve(today).to_string())
            .arg("to", to.resolve(today).to_string()),
    }
}

/// The days, one or another ("Monday or Friday").
fn days_words(days: &[Weekday]) -> Words {
    let mut days = days.iter().map(|d| Words::msg("unavailable-day").arg("day", d.key()));
    let first = days.next().unwrap_or_else(|| Words::fixed(""));
    days.fold(first, |list, day| Words::msg("unavailable-or").arg("list", list).arg("day", day))
}

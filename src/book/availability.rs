//! Whether a patient can come at a given time, from what their chart says (mornings only, not on
//! Fridays, away until …). Rebooking must respect it (S6); an offer that ignores it is declined.

use crate::rules::words::Words;
use crate::scenario::time::{Date, TimeOfDay};
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
            return Err(Words::from(describe(rule, today)));
        }
    }
    Ok(())
}

fn describe(rule: &Availability, today: Date) -> String {
    match rule {
        Availability::MorningsOnly => "I can only come in the mornings".to_owned(),
        Availability::AfternoonsOnly => "I can only come in the afternoons".to_owned(),
        Availability::NotOn(days) => {
            let days: Vec<&str> = days.iter().map(|d| d.name()).collect();
            format!("I can't come on {}", days.join(" or "))
        }
        Availability::OnlyOn(days) => {
            let days: Vec<&str> = days.iter().map(|d| d.name()).collect();
            format!("I can only come on {}", days.join(" or "))
        }
        Availability::NotBefore(t) => format!("I can't be there before {t}"),
        Availability::NotAfter(t) => format!("I have to be gone by {t}"),
        Availability::Away { from, to } => {
            format!("I'm away from {} to {}", from.resolve(today), to.resolve(today))
        }
    }
}

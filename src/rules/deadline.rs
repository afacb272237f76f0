//! The rulebook's clocks (RULEBOOK.md, second edition, "Deadlines"): every rule that says *at
//! once*, *now*, *promptly* or *same day* has a limit, counted from when the desk could first have
//! known (the first ring, the time a message was left, a person reaching the counter, a document
//! arriving). Done within it: kept; after it: broken, and the judgment says how late and which limit
//! applied. A scenario may set its clinic's own limits (`scoring.deadlines`).

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, attribute};
use crate::rules::Words;
use crate::scenario::Scoring;
use crate::scenario::time::Date;

/// One clock of the rulebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Clock {
    /// T1 / T3 in danger, from a voicemail or message: called back and told to call 911.
    EmergencyMessage,
    /// T3 without immediate danger, from a voicemail or message: a live hand-off and 988.
    CrisisHandOff,
    /// T4 (and T1 at the desk): someone unwell at the counter or in the waiting room seen.
    DistressAtDesk,
    /// T5, clinician now: a clinician reached (hand-off, or an urgent message taken by one).
    ClinicianNow,
    /// T10: an urgent voicemail or message answered.
    UrgentMessage,
    /// T11: a critical result reaching the ordering or covering physician.
    CriticalResult,
    /// S7: the waiting room told of a delay of 30 minutes or more.
    DelayTold,
}

/// A clock's row in the rulebook's table; what must happen, when the clock starts and where the
/// limit comes from are in the language files (`deadline-<field>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub clock: Clock,
    /// The rule it times.
    pub rule: &'static str,
    /// The field that sets it in a scenario's `scoring.deadlines`.
    pub field: &'static str,
    /// The rulebook's default limit, in minutes.
    pub minutes: u16,
}

pub static DEADLINES: &[Deadline] = &[
    Deadline { clock: Clock::EmergencyMessage, rule: "T1", field: "emergency_message", minutes: 15 },
    Deadline { clock: Clock::CrisisHandOff, rule: "T3", field: "crisis_hand_off", minutes: 15 },
    Deadline { clock: Clock::DistressAtDesk, rule: "T4", field: "distress_at_desk", minutes: 5 },
    Deadline { clock: Clock::ClinicianNow, rule: "T5", field: "clinician_now", minutes: 30 },
    Deadline { clock: Clock::UrgentMessage, rule: "T10", field: "urgent_message", minutes: 30 },
    Deadline { clock: Clock::CriticalResult, rule: "T11", field: "critical_result", minutes: 15 },
    Deadline { clock: Clock::DelayTold, rule: "S7", field: "delay_told", minutes: 15 },
];

impl Deadline {
    /// One part of the clock's words in `lang` (English where `lang` lacks it): `""` what must
    /// happen, `"from"` when the clock starts, `"reference"` where the limit comes from.
    pub fn words(&self, lang: Lang, part: &str) -> String {
        let id = format!("deadline-{}", self.field.replace('_', "-"));
        attribute(lang, &id, part).or_else(|| attribute(Lang::En, &id, part)).unwrap_or_default()
    }
}

/// The rulebook's row for a clock.
pub fn deadline(clock: Clock) -> &'static Deadline {
    DEADLINES.iter().find(|d| d.clock == clock).unwrap_or(&DEADLINES[0])
}

/// The clocks that time a rule.
pub fn deadlines_of(rule: &str) -> impl Iterator<Item = &'static Deadline> {
    DEADLINES.iter().filter(move |d| d.rule == rule)
}

/// The limit a day applies: the scenario's own, or the rulebook's default.
pub fn limit(scoring: &Scoring, clock: Clock) -> Limit {
    let row = deadline(clock);
    match scoring.deadlines.minutes(clock) {
        Some(minutes) => Limit { minutes: u32::from(minutes), clinic_set: true },
        None => Limit { minutes: u32::from(row.minutes), clinic_set: false },
    }
}

/// A limit as a judgment quotes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub minutes: u32,
    /// The clinic set it (the scenario), rather than the rulebook's default.
    pub clinic_set: bool,
}

impl Limit {
    /// "the rulebook's limit of 15 minutes" / "this clinic's limit of 10 minutes".
    pub fn quoted(self) -> Words {
        let id = if self.clinic_set { "limit-clinic" } else { "limit-rulebook" };
        Words::msg(id).arg("minutes", self.minutes)
    }
}

/// "21 minutes", "1 hour 5 minutes": how long something took, for a judgment.
pub fn duration(seconds: u32) -> Words {
    let minutes = seconds / 60;
    let hours = || Words::msg("duration-hours").arg("hours", minutes / 60);
    match (minutes / 60, minutes % 60) {
        (0, m) => Words::msg("duration-minutes").arg("minutes", m),
        (_, 0) => hours(),
        (_, m) => hours().then(Words::msg("duration-minutes").arg("minutes", m)),
    }
}

/// S6: a routine patient of an absent physician is rebooked within this many working days of the
/// original visit (RULEBOOK.md, second edition); an urgent one on or before the original date.
pub const ROUTINE_REBOOK_WORKING_DAYS: u32 = 10;

/// The last date an absent physician's patient may be rebooked to (S6): the original date for an
/// urgent patient, ten working days (days the clinic opens) after it for a routine one.
pub fn rebook_by(book: &crate::book::Book, original: Date, urgent: bool) -> Date {
    if urgent {
        return original;
    }
    let mut date = original;
    let mut counted = 0;
    // Bounded: a clinic open no day of the week still ends the count after a year.
    for _ in 0..366 {
        if counted == ROUTINE_REBOOK_WORKING_DAYS {
            break;
        }
        date = date.plus_days(1);
        if book.is_open_on(date) {
            counted += 1;
        }
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clock_has_one_row_naming_a_real_rule() {
        for clock in [
            Clock::EmergencyMessage,
            Clock::CrisisHandOff,
            Clock::DistressAtDesk,
            Clock::ClinicianNow,
            Clock::UrgentMessage,
            Clock::CriticalResult,
            Clock::DelayTold,
        ] {
            assert_eq!(DEADLINES.iter().filter(|d| d.clock == clock).count(), 1, "{clock:?}");
            assert!(crate::rules::rule(deadline(clock).rule).is_some());
        }
    }

    #[test]
    fn a_scenario_limit_replaces_the_default() {
        let mut scoring = Scoring::default();
        assert_eq!(limit(&scoring, Clock::CriticalResult), Limit { minutes: 15, clinic_set: false });
        scoring.deadlines.critical_result = Some(10);
        assert_eq!(limit(&scoring, Clock::CriticalResult), Limit { minutes: 10, clinic_set: true });
        assert_eq!(limit(&scoring, Clock::DelayTold).minutes, 15);
    }

    #[test]
    fn durations_read_as_words() {
        assert_eq!(&*duration(21 * 60 + 30), "21 minutes");
        assert_eq!(&*duration(60), "1 minute");
        assert_eq!(&*duration(65 * 60), "1 hour 5 minutes");
        assert_eq!(&*duration(7 * 3600), "7 hours");
        assert_eq!(duration(65 * 60).in_lang(Lang::Fr), "1 heure 5 minutes");
        assert_eq!(duration(2 * 3600).in_lang(Lang::Fr), "2 heures");
        assert_eq!(
            limit(&Scoring::default(), Clock::DelayTold).quoted().in_lang(Lang::Fr),
            "la limite de 15 minutes du recueil"
        );
    }
}

//! Semantic checks: everything that parses but cannot be right (a booking for a patient who does
//! not exist, two bookings in one slot against policy, a health number with a bad check digit).
//!
//! Every check runs and every problem is reported at once, each at the path of the value at fault
//! so it can be shown at its line and column.

mod clinic;
mod conditions;
mod format;
mod people;
mod references;
mod referrals;
mod schedule;
mod scoring;
mod timeline;

use super::locate::Path;
use super::model::Scenario;
use super::time::Date;
use crate::rules::words::Words;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// One thing wrong (or suspicious) in a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub level: Level,
    /// A stable kebab-case name for the kind of problem, for scripts and tests.
    pub code: &'static str,
    pub path: Path,
    pub message: Words,
    /// Text shown beside the marker under the offending value.
    pub label: Words,
    pub help: Option<Words>,
}

impl Problem {
    pub fn label(&mut self, text: impl Into<Words>) -> &mut Self {
        self.label = text.into();
        self
    }

    pub fn help(&mut self, text: impl Into<Words>) -> &mut Self {
        self.help = Some(text.into());
        self
    }
}

/// Runs every semantic check on a parsed scenario.
pub fn check(scenario: &Scenario) -> Vec<Problem> {
    let mut checks = Checks { scenario, today: scenario.clinic.date, problems: Vec::new() };
    clinic::check(&mut checks);
    format::check(&mut checks);
    references::check_unique_ids(&mut checks);
    people::check(&mut checks);
    schedule::check(&mut checks);
    timeline::check(&mut checks);
    referrals::check(&mut checks);
    scoring::check(&mut checks);
    references::check_unused(&mut checks);
    checks.problems
}

pub(crate) struct Checks<'s> {
    pub scenario: &'s Scenario,
    pub today: Date,
    problems: Vec<Problem>,
}

impl Checks<'_> {
    pub fn error(&mut self, code: &'static str, path: Path, message: impl Into<Words>) -> &mut Problem {
        self.push(Level::Error, code, path, message.into())
    }

    pub fn warning(&mut self, code: &'static str, path: Path, message: impl Into<Words>) -> &mut Problem {
        self.push(Level::Warning, code, path, message.into())
    }

    fn push(&mut self, level: Level, code: &'static str, path: Path, message: Words) -> &mut Problem {
        self.problems.push(Problem { level, code, path, message, label: Words::default(), help: None });
        let last = self.problems.len() - 1;
        &mut self.problems[last]
    }

    /// The last day of the calendar the book covers (exclusive).
    pub fn calendar_end(&self) -> Date {
        self.today.plus_days(i32::from(self.scenario.clinic.calendar_weeks) * 7)
    }
}

/// The closest of `candidates` to `wanted`, when it is close enough to be a likely typo.
/// Jaro-Winkler on lower-cased text: it favours shared prefixes, which is how ids and field names
/// are usually mistyped (`bornn` for `born`, `Mail` for `Male`).
fn similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(&a.to_lowercase(), &b.to_lowercase())
}

pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (similarity(wanted, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?", or a short list of what exists. `what` names the kind of thing as the
/// language files choose its noun (validate.ftl's `suggest-*`): `patient`, `physician`,
/// `appointment-type`, `booking`, `contact`, `rule`.
pub fn suggestion<'a>(
    what: &'static str,
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str> + Clone,
) -> Words {
    if let Some(near) = nearest(wanted, candidates.clone()) {
        return Words::msg("suggest-did-you-mean").arg("near", near);
    }
    let all: Vec<&str> = candidates.into_iter().collect();
    match all.len() {
        0 => Words::msg("suggest-none-yet").arg("what", what),
        n if n <= 8 => Words::msg("suggest-all").arg("what", what).arg("all", quoted_list(&all)),
        n => Words::msg("suggest-some").arg("what", what).arg("count", n).arg("some", quoted_list(&all[..6])),
    }
}

pub fn quoted_list(items: &[&str]) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typical_typos_and_nothing_else() {
        let ids = ["tom-becker", "priya-nair", "ruth-okafor"];
        assert_eq!(nearest("tom-beker", ids), Some("tom-becker"));
        assert_eq!(nearest("Priya-Nair", ids), Some("priya-nair"));
        assert_eq!(nearest("zzz", ids), None);
        assert_eq!(nearest("Mail", ["Female", "Male", "Intersex"]), Some("Male"));
        assert_eq!(&*suggestion("patient", "bob", ["ann"]), "the patients are: `ann`");
        assert_eq!(&*suggestion("patient", "bob", []), "there are no patients yet: add one first");
        let french = suggestion("appointment-type", "bob", []);
        assert_eq!(
            french.in_lang(crate::i18n::Lang::Fr),
            "il n'y a encore aucun type de rendez-vous\u{202f}: ajoutez-en un d'abord"
        );
    }
}

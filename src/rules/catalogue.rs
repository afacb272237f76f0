//! The rule catalogue, transcribed from `RULEBOOK.md`: each rule's id, category and severity here,
//! its words (title, what it expects, the typical mistake, its source) in the language files
//! (`locales/<lang>/rules.ftl`), in English and French, with Quebec's rows where its law differs.

use std::sync::LazyLock;

use bevy::platform::collections::HashMap;

use super::{Category, Severity};
use crate::i18n::{Lang, attribute};
use crate::scenario::Jurisdiction;

/// One rule of the rulebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    /// Severity when broken, before any scenario override. Where the rulebook escalates a rule in
    /// some circumstances ("major; critical if …") this is the lower grade; the judge escalates.
    pub severity: Severity,
    /// Whether the rulebook allows the rule to escalate to critical in some circumstances.
    pub can_be_critical: bool,
    /// Reference knowledge rather than a judged behaviour (T8, S2).
    pub reference_only: bool,
}

/// Which reading of the rulebook a clinic is judged by: the general rows, or Quebec's where its law
/// and practice differ (Info-Santé 811, the RAMQ card, the DPJ, minors who consent alone at 14).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reading {
    #[default]
    General,
    Quebec,
}

impl From<Jurisdiction> for Reading {
    fn from(jurisdiction: Jurisdiction) -> Self {
        match jurisdiction {
            Jurisdiction::QC => Reading::Quebec,
            _ => Reading::General,
        }
    }
}

/// A rule's words in one language and reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleText {
    pub title: String,
    /// The correct behaviour.
    pub expected: String,
    /// The typical mistake.
    pub typical_wrong: String,
    pub source: String,
    /// Why the rule exists and what it asks: its title, then what it expects.
    pub explanation: String,
}

/// Looks a rule up by id (`"T1"`, `"C2"`, …).
pub fn rule(id: &str) -> Option<&'static Rule> {
    BY_ID.get(id).copied()
}

static BY_ID: LazyLock<HashMap<&'static str, &'static Rule>> =
    LazyLock::new(|| CATALOGUE.iter().map(|r| (r.id, r)).collect());

/// Every rule's words in every language and reading, looked up once for the whole run: every
/// judgment borrows its rule's words, hundreds of times a day.
static TEXTS: LazyLock<HashMap<(&'static str, Lang, Reading), RuleText>> = LazyLock::new(|| {
    let mut texts = HashMap::new();
    for rule in CATALOGUE {
        for lang in Lang::ALL {
            for reading in [Reading::General, Reading::Quebec] {
                texts.insert((rule.id, lang, reading), rule.words(lang, reading));
            }
        }
    }
    texts
});

/// Stands in for a rule whose words are missing, which the language files' test prevents.
static NO_TEXT: LazyLock<RuleText> = LazyLock::new(|| RuleText {
    title: String::new(),
    expected: String::new(),
    typical_wrong: String::new(),
    source: String::new(),
    explanation: String::new(),
});

impl Rule {
    /// The id of the rule's message in the language files, for a reading.
    pub fn message_id(&self, reading: Reading) -> String {
        match reading {
            Reading::General => format!("rule-{}", self.id),
            Reading::Quebec => format!("rule-{}-qc", self.id),
        }
    }

    /// The rule's words in a language and reading: Quebec's row where it has one, then the general
    /// row, each in `lang` first and in English when `lang` lacks it.
    pub fn text(&self, lang: Lang, reading: Reading) -> &'static RuleText {
        TEXTS.get(&(self.id, lang, reading)).unwrap_or(&NO_TEXT)
    }

    fn words(&self, lang: Lang, reading: Reading) -> RuleText {
        let general = self.message_id(Reading::General);
        let own = self.message_id(reading);
        let part = |name: &str| {
            [(lang, &own), (lang, &general), (Lang::En, &own), (Lang::En, &general)]
                .into_iter()
                .find_map(|(lang, id)| attribute(lang, id, name))
                .unwrap_or_default()
        };
        let (title, expected) = (part(""), part("expected"));
        RuleText {
            explanation: format!("{title}. {expected}"),
            title,
            expected,
            typical_wrong: part("mistake"),
            source: part("source"),
        }
    }

    /// Whether a reading has rows of its own for this rule (Quebec's law says it differently).
    pub fn differs_in(&self, reading: Reading) -> bool {
        reading != Reading::General && attribute(Lang::En, &self.message_id(reading), "").is_some()
    }

    /// The rule's title in the rulebook's own words (English, general reading): what reports and
    /// exports carry, whatever language the learner played in.
    pub fn title(&self) -> &'static str {
        &self.text(Lang::En, Reading::General).title
    }
}

use Category::{Confidentiality as C, Scheduling as S, Triage as T};
use Severity::{Critical, Major, Minor};

pub static CATALOGUE: &[Rule] = &[
    Rule { id: "T1", category: T, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "T2", category: T, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "T3", category: T, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "T4", category: T, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "T5", category: T, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "T6", category: T, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "T7", category: T, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "T8", category: T, severity: Minor, can_be_critical: false, reference_only: true },
    Rule { id: "T9", category: T, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "T10", category: T, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "T11", category: T, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "T12", category: T, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "T13", category: T, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C1", category: C, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C2", category: C, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C3", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C4", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C5", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C6", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C7", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C8", category: C, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C9", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C10", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C11", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C12", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C13", category: C, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C14", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C15", category: C, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "C16", category: C, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "C17", category: C, severity: Critical, can_be_critical: true, reference_only: false },
    Rule { id: "C18", category: C, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "C19", category: C, severity: Major, can_be_critical: false, reference_only: true },
    Rule { id: "S1", category: S, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "S2", category: S, severity: Minor, can_be_critical: false, reference_only: true },
    Rule { id: "S3", category: S, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "S4", category: S, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "S5", category: S, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "S6", category: S, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "S7", category: S, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "S8", category: S, severity: Major, can_be_critical: false, reference_only: false },
    Rule { id: "S9", category: S, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "S10", category: S, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "S11", category: S, severity: Major, can_be_critical: true, reference_only: false },
    Rule { id: "S12", category: S, severity: Minor, can_be_critical: false, reference_only: false },
    Rule { id: "S13", category: S, severity: Minor, can_be_critical: false, reference_only: false },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rulebook_id_is_present_once() {
        let expected: Vec<String> = (1..=13)
            .map(|n| format!("T{n}"))
            .chain((1..=19).map(|n| format!("C{n}")))
            .chain((1..=13).map(|n| format!("S{n}")))
            .collect();
        let ids: Vec<&str> = CATALOGUE.iter().map(|r| r.id).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn categories_follow_the_id_letter() {
        for r in CATALOGUE {
            let letter = match r.category {
                Category::Triage => 'T',
                Category::Confidentiality => 'C',
                Category::Scheduling => 'S',
            };
            assert!(r.id.starts_with(letter), "{} is filed under {:?}", r.id, r.category);
            for lang in Lang::ALL {
                for reading in [Reading::General, Reading::Quebec] {
                    let text = r.text(lang, reading);
                    let parts = [&text.title, &text.expected, &text.typical_wrong, &text.source];
                    assert!(parts.iter().all(|p| !p.is_empty()), "{} lacks text in {lang:?} {reading:?}", r.id);
                }
            }
        }
        assert_eq!(rule("C4").map(|r| r.severity), Some(Severity::Critical));
        assert!(rule("X1").is_none());
    }
}

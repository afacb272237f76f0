//! The rulebook: every rule the judge can apply, with its category, severity and public source.
//!
//! Ids and wording follow `RULEBOOK.md` (shared with the instructors); a scenario may re-weight,
//! re-grade or switch off a rule, but cannot invent one.

mod catalogue;
pub mod deadline;
pub mod judge;
pub mod judgment;
pub mod scorecard;
pub mod words;

pub use catalogue::{CATALOGUE, Reading, Rule, RuleText, rule};
pub use judgment::{Judgment, Verdict};
pub use scorecard::Scorecard;
pub use words::Words;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Triage,
    Confidentiality,
    Scheduling,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Triage => "triage",
            Category::Confidentiality => "confidentiality",
            Category::Scheduling => "scheduling",
        }
    }

    /// The id of the category's name in the language files.
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Triage => "scorecard-triage",
            Category::Confidentiality => "scorecard-confidentiality",
            Category::Scheduling => "scorecard-scheduling",
        }
    }
}

/// How much a broken rule matters. `Critical`: possible death or serious harm, or an unlawful
/// disclosure; `Major`: a real deduction; `Minor`: a coaching point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Minor,
    Major,
    Critical,
}

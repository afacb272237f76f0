//! The debrief: the scorecard with every judgment in time order, each naming its rule and source.

use crate::rules::{Category, Scorecard, Severity, rule};

#[derive(Clone, Debug, PartialEq)]
pub struct DebriefView {
    pub title: String,
    pub total: f32,
    pub passed: bool,
    pub pass_mark: u8,
    pub failed_gates: Vec<String>,
    /// (category, score 0–100).
    pub categories: Vec<(&'static str, f32)>,
    pub kept: usize,
    pub broken: usize,
    pub judgments: Vec<JudgmentRow>,
    /// Whether "Retry the day" is offered (not after an exam: one attempt each).
    pub retry: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct JudgmentRow {
    pub at: String,
    pub rule: String,
    pub rule_title: String,
    pub category: &'static str,
    pub severity: Severity,
    pub kept: bool,
    pub points: f32,
    pub did: String,
    pub expected: String,
    pub explanation: String,
    pub source: String,
}

pub fn category_name(category: Category) -> &'static str {
    match category {
        Category::Triage => "Triage",
        Category::Confidentiality => "Confidentiality",
        Category::Scheduling => "Scheduling",
    }
}

impl DebriefView {
    pub fn of(title: &str, card: &Scorecard) -> Self {
        // The journal's order is time order.
        let judgments: Vec<JudgmentRow> = card
            .judgments
            .iter()
            .map(|j| JudgmentRow {
                at: j.at.to_string(),
                rule: j.rule.to_string(),
                rule_title: rule(&j.rule).map_or_else(String::new, |r| r.title.to_string()),
                category: category_name(j.category),
                severity: j.severity,
                kept: j.kept,
                points: j.points,
                did: j.did.clone(),
                expected: j.expected.to_string(),
                explanation: j.explanation.to_string(),
                source: j.source.to_string(),
            })
            .collect();
        DebriefView {
            title: title.to_string(),
            total: card.total,
            passed: card.passed,
            pass_mark: card.pass_mark,
            failed_gates: card.failed_gates.clone(),
            categories: vec![
                ("Triage", card.categories.triage),
                ("Confidentiality", card.categories.confidentiality),
                ("Scheduling", card.categories.scheduling),
            ],
            kept: card.kept,
            broken: card.broken,
            judgments,
            retry: true,
        }
    }
}

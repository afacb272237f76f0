//! The scorecard: each category 0–100, the weighted total, pass or fail with the fail gates, read
//! off the journal's judgments. Graders' scripts read its JSON form, so its keys are stable:
//! `total`, `passed`, `categories.{triage,confidentiality,scheduling}`, `judgments[].{rule,
//! severity,kept,at,explanation}` (see docs/report-format.md).

use serde::{Deserialize, Serialize};

use super::{Category, Judgment, Severity};
use crate::scenario::Scoring;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Categories {
    pub triage: f32,
    pub confidentiality: f32,
    pub scheduling: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// The scenario's id.
    pub scenario: String,
    pub seed: u64,
    /// Weighted total, 0–100, to one decimal.
    pub total: f32,
    pub passed: bool,
    pub pass_mark: u8,
    /// Fail-gate rules broken at critical severity: any one fails the day whatever the total.
    pub failed_gates: Vec<String>,
    pub categories: Categories,
    pub kept: usize,
    pub broken: usize,
    pub judgments: Vec<Judgment>,
}

fn round1(x: f32) -> f32 {
    (x * 10.0).round() / 10.0
}

/// A category's score: the share of the points at stake that were kept; 100 when nothing in the
/// category was judged.
fn category_score(judgments: &[Judgment], category: Category) -> f32 {
    let (kept, all) = judgments
        .iter()
        .filter(|j| j.category == category)
        .fold((0.0f32, 0.0f32), |(k, a), j| (if j.kept { k + j.points } else { k }, a + j.points));
    if all <= 0.0 { 100.0 } else { round1(100.0 * kept / all) }
}

impl Scorecard {
    pub fn from_judgments(scenario: &str, seed: u64, scoring: &Scoring, judgments: Vec<Judgment>) -> Self {
        let categories = Categories {
            triage: category_score(&judgments, Category::Triage),
            confidentiality: category_score(&judgments, Category::Confidentiality),
            scheduling: category_score(&judgments, Category::Scheduling),
        };
        let w = scoring.weights;
        let weight_sum = w.triage + w.confidentiality + w.scheduling;
        let total = if weight_sum <= 0.0 {
            (categories.triage + categories.confidentiality + categories.scheduling) / 3.0
        } else {
            (w.triage * categories.triage
                + w.confidentiality * categories.confidentiality
                + w.scheduling * categories.scheduling)
                / weight_sum
        };
        let total = round1(total);
        let mut failed_gates: Vec<String> = judgments
            .iter()
            .filter(|j| !j.kept && j.severity == Severity::Critical)
            .filter(|j| scoring.fail_gates.iter().any(|g| g.as_str() == j.rule))
            .map(|j| j.rule.to_string())
            .collect();
        failed_gates.sort();
        failed_gates.dedup();
        let passed = total >= f32::from(scoring.pass_mark) && failed_gates.is_empty();
        Scorecard {
            scenario: scenario.to_owned(),
            seed,
            total,
            passed,
            pass_mark: scoring.pass_mark,
            failed_gates,
            categories,
            kept: judgments.iter().filter(|j| j.kept).count(),
            broken: judgments.iter().filter(|j| !j.kept).count(),
            judgments,
        }
    }

    /// The breaches, worst first, then in the order they happened.
    pub fn deductions(&self) -> Vec<&Judgment> {
        let mut broken: Vec<&Judgment> = self.judgments.iter().filter(|j| !j.kept).collect();
        broken.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.at.cmp(&b.at)));
        broken
    }

    /// A scorecard for people, in English: totals, then every deduction with its rule and why.
    pub fn render(&self) -> String {
        self.render_in(crate::i18n::Lang::En)
    }

    /// A scorecard for people in `lang`: totals, then every deduction with its rule and why, the
    /// rule's words as the clinic's jurisdiction reads them. (What the desk did is still told in
    /// English.)
    pub fn render_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::text;
        use fluent_bundle::FluentValue;
        use std::fmt::Write;
        let msg = |id: &str| text(lang, id, &[]);
        let mut out = String::new();
        let verdict = if self.passed { msg("scorecard-pass") } else { msg("scorecard-fail") };
        // The scenario's id and the judgments' words carry text from the scenario file (names,
        // reasons): shown on one line each, so nothing in a file can move the cursor or fake a line.
        use crate::scenario::diagnostic::on_one_line;
        let title = [
            ("scenario", FluentValue::from(on_one_line(&self.scenario))),
            ("seed", FluentValue::from(self.seed.to_string())),
        ];
        let _ = writeln!(out, "{}", text(lang, "scorecard-title", &title));
        let mark = text(lang, "scorecard-pass-mark", &[("mark", FluentValue::from(self.pass_mark.to_string()))]);
        let score = |value: f32| crate::i18n::decimal(value, lang);
        let _ = writeln!(out, "  {:<16} {:>5} / 100   {verdict} ({mark})", msg("scorecard-total"), score(self.total));
        let _ = writeln!(out, "  {:<16} {:>5}", msg("scorecard-triage"), score(self.categories.triage));
        let _ =
            writeln!(out, "  {:<16} {:>5}", msg("scorecard-confidentiality"), score(self.categories.confidentiality));
        let _ = writeln!(out, "  {:<16} {:>5}", msg("scorecard-scheduling"), score(self.categories.scheduling));
        let counts = [
            ("judged", FluentValue::from((self.kept + self.broken).to_string())),
            ("kept", FluentValue::from(self.kept.to_string())),
            ("broken", FluentValue::from(self.broken.to_string())),
        ];
        let _ = writeln!(out, "  {}", text(lang, "scorecard-judged", &counts));
        if !self.failed_gates.is_empty() {
            let rules = [("rules", FluentValue::from(on_one_line(&self.failed_gates.join(", "))))];
            let _ = writeln!(out, "  {}", text(lang, "scorecard-fail-gates", &rules));
        }
        let deductions = self.deductions();
        if !deductions.is_empty() {
            let _ = writeln!(out, "\n{}", msg("scorecard-deductions"));
            let (expected, source) = (msg("scorecard-expected"), msg("scorecard-source"));
            let width = expected.chars().count().max(source.chars().count());
            for j in deductions {
                let severity = msg(j.severity.message_id());
                let rule = on_one_line(&j.rule);
                let _ = writeln!(
                    out,
                    "  {rule:<3} {severity:<8} {:>8}  {}",
                    j.at.to_string(),
                    on_one_line(&j.did.in_lang(lang))
                );
                let _ = writeln!(out, "      {expected:<width$} {}", on_one_line(&j.expected.in_lang(lang)));
                let _ = writeln!(out, "      {source:<width$} {}", on_one_line(&j.source.in_lang(lang)));
            }
        }
        out
    }
}

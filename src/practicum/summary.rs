//! The class summary: how a class did on one exam or day, and which rules it keeps breaking, so an
//! instructor knows what to teach next. Scores (spread, pass rate, a histogram), each category's
//! mean, a table of every rule judged with its miss rate, and the files that could not be graded.

use std::collections::BTreeMap;
use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::i18n::{Lang, decimal, text};
use crate::rules::{Reading, Scorecard, Severity, Words, rule};

/// How one rule went across the class.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleRecord {
    /// Attempts in which the rule was judged at all.
    pub judged_in: usize,
    /// Attempts in which it was broken at least once.
    pub broken_in: usize,
    /// Attempts in which it was broken at critical severity.
    pub critical_in: usize,
}

impl RuleRecord {
    /// The share of the attempts that met the rule and broke it.
    pub fn miss_rate(&self) -> f32 {
        if self.judged_in == 0 { 0.0 } else { self.broken_in as f32 / self.judged_in as f32 }
    }
}

/// The figures of a class, from its graded scorecards.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub graded: usize,
    pub passed: usize,
    pub mean: f32,
    pub median: f32,
    pub lowest: f32,
    pub highest: f32,
    /// Attempts per ten points: `[0, 10)`, `[10, 20)`, …, `[90, 100]`.
    pub histogram: [usize; 10],
    /// Mean triage, confidentiality and scheduling scores.
    pub categories: [f32; 3],
    /// Rules by id, each judged in at least one attempt.
    pub rules: BTreeMap<String, RuleRecord>,
    /// Fail gates and how many attempts failed on each.
    pub gates: BTreeMap<String, usize>,
    /// The reading of the rulebook the class's day was judged by (its clinic's jurisdiction): the
    /// rules are named as it words them. The general reading unless told (`read_as`).
    pub reading: Reading,
}

impl Summary {
    pub fn of(cards: &[&Scorecard]) -> Self {
        let mut totals: Vec<f32> = cards.iter().map(|c| c.total).collect();
        totals.sort_by(f32::total_cmp);
        let n = totals.len();
        let mean_of = |f: &dyn Fn(&Scorecard) -> f32| {
            if n == 0 { 0.0 } else { cards.iter().map(|c| f(c)).sum::<f32>() / n as f32 }
        };
        let median = match n {
            0 => 0.0,
            _ if n % 2 == 1 => totals[n / 2],
            _ => (totals[n / 2 - 1] + totals[n / 2]) / 2.0,
        };
        let mut histogram = [0; 10];
        for t in &totals {
            let bin = ((t / 10.0).floor().max(0.0) as usize).min(9);
            histogram[bin] += 1;
        }
        let mut rules: BTreeMap<String, RuleRecord> = BTreeMap::new();
        let mut gates: BTreeMap<String, usize> = BTreeMap::new();
        for card in cards {
            let mut seen: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
            for j in &card.judgments {
                let (broken, critical) = seen.entry(&j.rule).or_default();
                *broken |= !j.kept;
                *critical |= !j.kept && j.severity == Severity::Critical;
            }
            for (id, (broken, critical)) in seen {
                let record = rules.entry(id.to_owned()).or_default();
                record.judged_in += 1;
                record.broken_in += usize::from(broken);
                record.critical_in += usize::from(critical);
            }
            for gate in &card.failed_gates {
                *gates.entry(gate.clone()).or_default() += 1;
            }
        }
        Summary {
            graded: n,
            passed: cards.iter().filter(|c| c.passed).count(),
            mean: mean_of(&|c| c.total),
            median,
            lowest: totals.first().copied().unwrap_or(0.0),
            highest: totals.last().copied().unwrap_or(0.0),
            histogram,
            categories: [
                mean_of(&|c| c.categories.triage),
                mean_of(&|c| c.categories.confidentiality),
                mean_of(&|c| c.categories.scheduling),
            ],
            rules,
            gates,
            reading: Reading::General,
        }
    }

    /// The same figures, the rules named as `reading` words them (Quebec's, for a day in Quebec).
    pub fn read_as(self, reading: Reading) -> Self {
        Summary { reading, ..self }
    }

    /// The rules broken at least once, the most missed first (then the most critical, then by id).
    pub fn most_missed(&self) -> Vec<(&str, &RuleRecord)> {
        let mut missed: Vec<(&str, &RuleRecord)> =
            self.rules.iter().filter(|(_, r)| r.broken_in > 0).map(|(id, r)| (id.as_str(), r)).collect();
        missed.sort_by(|a, b| {
            b.1.miss_rate()
                .total_cmp(&a.1.miss_rate())
                .then(b.1.critical_in.cmp(&a.1.critical_in))
                .then(b.1.broken_in.cmp(&a.1.broken_in))
                .then(a.0.cmp(b.0))
        });
        missed
    }
}

/// A file that was not graded (or was re-judged), for the summary's last tables.
pub struct Ungraded<'a> {
    pub file: String,
    pub learner: Option<&'a str>,
    /// Why, put into the summary's language (`Flag::words`, `Rejudged::note`).
    pub reason: Words,
}

/// The summary as Markdown. `rejudged`: attempts made by an earlier version and judged again under
/// this one's rulebook (the reason says which version and what it had scored).
pub fn markdown(
    title: &str,
    summary: &Summary,
    witnessed: usize,
    ungraded: &[Ungraded<'_>],
    rejudged: &[Ungraded<'_>],
    lang: Lang,
) -> String {
    let s = summary;
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text(lang, id, args);
    let rule_title = |id: &str| rule(id).map_or(String::new(), |r| r.text(lang, s.reading).title.clone());
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", say("summary-title", &[("title", title.into())]));
    let files = s.graded + ungraded.len();
    let counts = [("files", files.into()), ("graded", s.graded.into()), ("ungraded", ungraded.len().into())];
    let _ = writeln!(out, "{}\n", say("summary-files", &counts));
    let self_reported = s.graded - witnessed.min(s.graded);
    if s.graded > 0 && self_reported == 0 {
        let _ = writeln!(out, "{}\n", say("summary-all-witnessed", &[]));
    } else if self_reported == s.graded && s.graded > 0 {
        let _ = writeln!(out, "{}\n", say("summary-all-self-reported", &[]));
    } else if s.graded > 0 {
        let mixed = [("witnessed", witnessed.into()), ("self_reported", self_reported.into())];
        let _ = writeln!(out, "{}\n", say("summary-some-witnessed", &mixed));
    }
    if s.graded > 0 {
        let _ = writeln!(out, "## {}\n", say("summary-scores", &[]));
        let passed = [
            ("passed", s.passed.into()),
            ("graded", s.graded.into()),
            ("percent", format!("{:.0}", 100.0 * s.passed as f32 / s.graded as f32).into()),
        ];
        let _ = writeln!(out, "- {}", say("summary-passed", &passed));
        let spread = [
            ("mean", decimal(s.mean, lang).into()),
            ("median", decimal(s.median, lang).into()),
            ("lowest", decimal(s.lowest, lang).into()),
            ("highest", decimal(s.highest, lang).into()),
        ];
        let _ = writeln!(out, "- {}", say("summary-spread", &spread));
        let means = [
            ("triage", decimal(s.categories[0], lang).into()),
            ("confidentiality", decimal(s.categories[1], lang).into()),
            ("scheduling", decimal(s.categories[2], lang).into()),
        ];
        let _ = writeln!(out, "- {}\n", say("summary-category-means", &means));
        let _ = writeln!(out, "| {} | {} | |\n|---|---:|---|", say("summary-score", &[]), say("summary-attempts", &[]));
        for (i, count) in s.histogram.iter().enumerate().rev() {
            let range = if i == 9 { "90–100".to_owned() } else { format!("{}–{}", i * 10, i * 10 + 9) };
            let _ = writeln!(out, "| {range} | {count} | {} |", "█".repeat(*count));
        }
        let _ = writeln!(out, "\n## {}\n", say("summary-most-missed", &[]));
        let missed = s.most_missed();
        if missed.is_empty() {
            let _ = writeln!(out, "{}", say("summary-none-missed", &[]));
        } else {
            let _ = writeln!(out, "{}\n", say("summary-miss-rate", &[]));
            let _ = writeln!(out, "{}\n|---|---|---:|---:|---:|---:|", say("summary-missed-header", &[]));
            for (id, r) in missed {
                let _ = writeln!(
                    out,
                    "| {id} | {} | {} | {} | {:.0} % | {} |",
                    rule_title(id),
                    r.broken_in,
                    r.judged_in,
                    100.0 * r.miss_rate(),
                    r.critical_in
                );
            }
        }
        if !s.gates.is_empty() {
            let _ = writeln!(out, "\n## {}\n", say("summary-gates", &[]));
            for (gate, n) in &s.gates {
                let args = [("rule", gate.as_str().into()), ("title", rule_title(gate).into()), ("n", (*n).into())];
                let _ = writeln!(out, "- {}", say("summary-gate", &args));
            }
        }
    }
    if !rejudged.is_empty() {
        let _ = writeln!(out, "\n## {}\n\n{}\n", say("summary-rejudged", &[]), say("summary-rejudged-about", &[]));
        let _ = writeln!(out, "{}\n|---|---|---|", say("summary-rejudged-header", &[]));
        for u in rejudged {
            let why = u.reason.in_lang(lang).lines().next().unwrap_or("").replace('|', "\\|");
            let _ = writeln!(out, "| {} | {} | {why} |", u.file, u.learner.unwrap_or("?"));
        }
    }
    if !ungraded.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n|---|---|---|",
            say("summary-ungraded", &[]),
            say("summary-ungraded-header", &[])
        );
        for u in ungraded {
            let why = u.reason.in_lang(lang).lines().next().unwrap_or("").replace('|', "\\|");
            let _ = writeln!(out, "| {} | {} | {why} |", u.file, u.learner.unwrap_or("?"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scorecard::Categories;

    fn card(total: f32, passed: bool, broken: &[(&str, Severity)], kept: &[&str]) -> Scorecard {
        let judgment = |rule: &str, kept: bool, severity| crate::rules::Judgment {
            rule: rule.to_owned().into(),
            category: crate::rules::Category::Triage,
            severity,
            kept,
            at: "09:00".parse().expect("time"),
            about: String::new(),
            points: 3.0,
            did: "".into(),
            expected: "".into(),
            explanation: "".into(),
            source: "".into(),
        };
        let mut judgments: Vec<_> = broken.iter().map(|(r, s)| judgment(r, false, *s)).collect();
        judgments.extend(kept.iter().map(|r| judgment(r, true, Severity::Major)));
        Scorecard {
            scenario: "x".into(),
            seed: 1,
            total,
            passed,
            pass_mark: 70,
            failed_gates: Vec::new(),
            categories: Categories { triage: total, confidentiality: 100.0, scheduling: 50.0 },
            kept: kept.len(),
            broken: broken.len(),
            judgments,
        }
    }

    #[test]
    fn miss_rates_count_attempts_not_judgments() {
        let a = card(95.0, true, &[], &["C1", "C1", "T1"]);
        let b = card(60.0, false, &[("C1", Severity::Major), ("C1", Severity::Major)], &["T1"]);
        let c = card(30.0, false, &[("T1", Severity::Critical)], &["C1"]);
        let s = Summary::of(&[&a, &b, &c]);
        assert_eq!(s.graded, 3);
        assert_eq!(s.passed, 1);
        assert_eq!(s.median, 60.0);
        assert!((s.mean - 61.666_668).abs() < 1e-3);
        assert_eq!(s.histogram[9] + s.histogram[6] + s.histogram[3], 3);
        assert_eq!(s.rules["C1"], RuleRecord { judged_in: 3, broken_in: 1, critical_in: 0 });
        assert_eq!(s.rules["T1"], RuleRecord { judged_in: 3, broken_in: 1, critical_in: 1 });
        // Equal miss rates: the one broken critically comes first.
        assert_eq!(s.most_missed().iter().map(|(id, _)| *id).collect::<Vec<_>>(), ["T1", "C1"]);
    }

    #[test]
    fn an_empty_class_has_no_figures_to_divide_by() {
        let s = Summary::of(&[]);
        assert_eq!((s.graded, s.mean, s.median), (0, 0.0, 0.0));
        assert!(markdown("Week 9", &s, 0, &[], &[], Lang::En).contains("0 results files"));
    }
}

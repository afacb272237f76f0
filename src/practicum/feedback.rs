//! A learner's feedback report: the debrief of one graded attempt, to hand back. What to work on
//! first (the broken rules, the gravest first, each with what was done, what was expected, why and
//! the source), then what went well. Markdown to paste into a learning system's feedback box, and a
//! standalone HTML page to send or print.

use std::fmt::Write;

use crate::rules::{Judgment, Scorecard, rule};

/// One graded attempt, as the report names it.
pub struct Attempt<'a> {
    pub learner: &'a str,
    /// The exam's or the scenario's title.
    pub title: &'a str,
    pub attempt: &'a str,
    /// When the shift ended (ISO 8601), if known.
    pub finished: Option<&'a str>,
    pub card: &'a Scorecard,
    /// Made by an earlier version and judged again under this one's rulebook.
    pub rejudged: Option<&'a super::grade::Rejudged>,
}

fn rule_title(id: &str) -> &'static str {
    rule(id).map_or("", |r| r.title())
}

fn verdict(card: &Scorecard) -> &'static str {
    if card.passed { "PASS" } else { "FAIL" }
}

/// The judgments that went well, in time order, each rule once with how many times it was kept.
fn kept_rules(card: &Scorecard) -> Vec<(&str, usize)> {
    let mut rules: Vec<(&str, usize)> = Vec::new();
    for j in card.judgments.iter().filter(|j| j.kept) {
        match rules.iter_mut().find(|(id, _)| *id == j.rule) {
            Some((_, n)) => *n += 1,
            None => rules.push((&j.rule, 1)),
        }
    }
    rules
}

pub fn markdown(a: &Attempt<'_>) -> String {
    let card = a.card;
    let mut out = String::new();
    let _ = writeln!(out, "# Clinic Day feedback: {}\n", a.title);
    let _ = writeln!(out, "- Learner: **{}**", a.learner);
    let _ = writeln!(
        out,
        "- Attempt: `{}`{}",
        a.attempt,
        a.finished.map(|f| format!(", finished {f}")).unwrap_or_default()
    );
    let _ = writeln!(out, "- Total: **{:.1} / 100, {}** (pass mark {})", card.total, verdict(card), card.pass_mark);
    let _ = writeln!(
        out,
        "- Triage {:.1} · Confidentiality {:.1} · Scheduling {:.1}",
        card.categories.triage, card.categories.confidentiality, card.categories.scheduling
    );
    let _ = writeln!(out, "- {} decisions judged: {} kept, {} broken", card.kept + card.broken, card.kept, card.broken);
    if let Some(rejudged) = a.rejudged {
        let _ = writeln!(out, "- {}", rejudged_words(rejudged));
    }
    if !card.failed_gates.is_empty() {
        let _ = writeln!(
            out,
            "\n**Failed on a critical rule, whatever the total: {}.**",
            card.failed_gates.iter().map(|id| format!("{id} ({})", rule_title(id))).collect::<Vec<_>>().join(", ")
        );
    }
    let deductions = card.deductions();
    let _ = writeln!(out, "\n## What to work on\n");
    if deductions.is_empty() {
        let _ = writeln!(out, "Nothing: every judged decision kept its rule.");
    }
    for j in deductions {
        deduction_markdown(&mut out, j);
    }
    let _ = writeln!(out, "## What went well\n");
    let kept = kept_rules(card);
    if kept.is_empty() {
        let _ = writeln!(out, "No judged decision kept its rule this time.");
    }
    for (id, n) in kept {
        let times = if n == 1 { String::new() } else { format!(" ({n} times)") };
        let _ = writeln!(out, "- {id} {}{times}", rule_title(id));
    }
    out
}

/// Why the score differs from the one the game showed, for the student.
fn rejudged_words(rejudged: &super::grade::Rejudged) -> String {
    format!(
        "Re-judged: this shift was played on Clinic Day {}, which scored it {:.1}. It has been judged again, from \
         the same actions, under the current rulebook (which, among other things, counts how long urgent \
         things were left waiting).",
        rejudged.made_by, rejudged.claimed
    )
}

fn deduction_markdown(out: &mut String, j: &Judgment) {
    let _ = writeln!(
        out,
        "### {} {}: {} ({}, −{:.1} points)\n",
        j.at,
        j.rule,
        rule_title(&j.rule),
        j.severity.name(),
        j.points
    );
    let _ = writeln!(out, "- What happened: {}", j.did);
    let _ = writeln!(out, "- Expected: {}", j.expected);
    if !j.explanation.ends_with(&*j.expected) {
        let _ = writeln!(out, "- Why: {}", j.explanation);
    }
    let _ = writeln!(out, "- Source: {}\n", j.source);
}

/// Text made safe for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's look: readable on screen and on paper, no scripts, nothing fetched.
pub const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}\
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}.pass{color:#1d7a3a}.fail{color:#b3261e}\
.deduction{border-left:4px solid #d98c1a;padding:.2rem 1rem;margin:1rem 0}.critical{border-color:#b3261e}\
.minor{border-color:#c9b33a}.source{color:#555;font-style:italic}table{border-collapse:collapse}\
td,th{padding:.2rem .8rem;text-align:left;border-bottom:1px solid #ddd}";

pub fn html(a: &Attempt<'_>) -> String {
    let card = a.card;
    let e = escape;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Clinic Day feedback: {} ({})</title>\
         <style>{STYLE}</style></head><body>\n",
        e(a.title),
        e(a.learner)
    );
    let _ = writeln!(out, "<h1>Clinic Day feedback: {}</h1>", e(a.title));
    let class = if card.passed { "pass" } else { "fail" };
    let _ = writeln!(
        out,
        "<p>Learner <strong>{}</strong> · attempt <code>{}</code>{}</p>",
        e(a.learner),
        e(a.attempt),
        a.finished.map(|f| format!(" · finished {}", e(f))).unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "<p><strong class=\"{class}\">{:.1} / 100, {}</strong> (pass mark {}); {} decisions judged: {} kept, {} broken</p>",
        card.total,
        verdict(card),
        card.pass_mark,
        card.kept + card.broken,
        card.kept,
        card.broken
    );
    let _ = writeln!(
        out,
        "<table><tr><th>Triage</th><th>Confidentiality</th><th>Scheduling</th></tr>\
         <tr><td>{:.1}</td><td>{:.1}</td><td>{:.1}</td></tr></table>",
        card.categories.triage, card.categories.confidentiality, card.categories.scheduling
    );
    if let Some(rejudged) = a.rejudged {
        let _ = writeln!(out, "<p>{}</p>", e(&rejudged_words(rejudged)));
    }
    if !card.failed_gates.is_empty() {
        let gates: Vec<String> =
            card.failed_gates.iter().map(|id| format!("{} ({})", e(id), e(rule_title(id)))).collect();
        let _ = writeln!(
            out,
            "<p class=\"fail\"><strong>Failed on a critical rule, whatever the total: {}.</strong></p>",
            gates.join(", ")
        );
    }
    let _ = writeln!(out, "<h2>What to work on</h2>");
    let deductions = card.deductions();
    if deductions.is_empty() {
        let _ = writeln!(out, "<p>Nothing: every judged decision kept its rule.</p>");
    }
    for j in deductions {
        let _ = writeln!(
            out,
            "<div class=\"deduction {}\"><h3>{} {}: {} ({}, −{:.1} points)</h3>\
             <p>What happened: {}</p><p>Expected: {}</p>{}<p class=\"source\">Source: {}</p></div>",
            j.severity.name(),
            e(&j.at.to_string()),
            e(&j.rule),
            e(rule_title(&j.rule)),
            j.severity.name(),
            j.points,
            e(&j.did),
            e(&j.expected),
            if j.explanation.ends_with(&*j.expected) {
                String::new()
            } else {
                format!("<p>Why: {}</p>", e(&j.explanation))
            },
            e(&j.source)
        );
    }
    let _ = writeln!(out, "<h2>What went well</h2><ul>");
    for (id, n) in kept_rules(card) {
        let times = if n == 1 { String::new() } else { format!(" ({n} times)") };
        let _ = writeln!(out, "<li>{} {}{times}</li>", e(id), e(rule_title(id)));
    }
    let _ = writeln!(out, "</ul></body></html>");
    out
}

/// A file name for a learner's report: their id, kept to the characters safe in any file system.
pub fn file_stem(learner: &str, attempt: &str) -> String {
    let safe: String = learner
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@') { c } else { '_' })
        .collect();
    // The attempt id is the file's too: only its letters, digits and dashes reach the file name,
    // so "/../../x" cannot lead the report out of the feedback folder.
    let short: String = attempt.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(8).collect();
    format!("{}-{short}", safe.trim_start_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_what_a_learner_or_scenario_could_inject() {
        assert_eq!(escape("<b>\"Tom\" & 'Jo'</b>"), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jo&#39;&lt;/b&gt;");
    }

    #[test]
    fn file_stems_cannot_leave_the_folder() {
        assert_eq!(file_stem("../../etc/passwd", "abcdef0123"), "_.._etc_passwd-abcdef01");
        assert_eq!(file_stem("s001", "1234"), "s001-1234");
        // The attempt id too: a crafted one cannot lead the report out of the folder.
        assert_eq!(file_stem("s001", "/../../escape"), "s001-escape");
    }
}

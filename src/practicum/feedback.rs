//! A learner's feedback report: the debrief of one graded attempt, to hand back. What to work on
//! first (the broken rules, the gravest first, each with what was done, what was expected, why and
//! the source), then what went well. Markdown to paste into a learning system's feedback box, and a
//! standalone HTML page to send or print.

use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::i18n::{Lang, decimal, text};
use crate::rules::{Judgment, Reading, Scorecard, rule};

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
    /// The language the report is written in (what was judged does not depend on it).
    pub lang: Lang,
    /// The reading of the rulebook the day was judged by (its clinic's jurisdiction): the rules are
    /// named as it words them, as the judgments' own words are.
    pub reading: Reading,
}

fn rule_title(id: &str, lang: Lang, reading: Reading) -> &'static str {
    rule(id).map_or("", |r| r.text(lang, reading).title.as_str())
}

fn verdict(card: &Scorecard, lang: Lang) -> String {
    text(lang, if card.passed { "scorecard-pass" } else { "scorecard-fail" }, &[])
}

/// The report's words: the message `id` in the report's language, with its arguments.
fn say(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text(lang, id, args)
}

/// When the shift ended, after `separator`, if known.
fn finished(a: &Attempt<'_>, separator: &str) -> String {
    a.finished
        .map(|f| format!("{separator}{}", say(a.lang, "feedback-finished", &[("when", f.into())])))
        .unwrap_or_default()
}

/// "(3 times)" after a rule kept more than once.
fn times(lang: Lang, n: usize) -> String {
    if n == 1 { String::new() } else { format!(" {}", say(lang, "feedback-times", &[("n", n.into())])) }
}

/// The totals' arguments, shared by both formats.
fn totals(card: &Scorecard, lang: Lang) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("total", decimal(card.total, lang).into()),
        ("verdict", verdict(card, lang).into()),
        ("mark", card.pass_mark.to_string().into()),
        ("judged", (card.kept + card.broken).into()),
        ("kept", card.kept.into()),
        ("broken", card.broken.into()),
        ("triage", decimal(card.categories.triage, lang).into()),
        ("confidentiality", decimal(card.categories.confidentiality, lang).into()),
        ("scheduling", decimal(card.categories.scheduling, lang).into()),
    ]
}

/// A deduction's heading: "09:11 T1: Life threat: 911 now (critical, −10.0 points)".
fn deduction_heading(j: &Judgment, lang: Lang, reading: Reading) -> String {
    let args = [
        ("at", j.at.to_string().into()),
        ("rule", j.rule.as_ref().into()),
        ("title", rule_title(&j.rule, lang, reading).into()),
        ("severity", text(lang, j.severity.message_id(), &[]).into()),
        ("points", decimal(j.points, lang).into()),
    ];
    say(lang, "feedback-deduction", &args)
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
    let (card, lang) = (a.card, a.lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", say(lang, "feedback-title", &[("title", a.title.into())]));
    let _ = writeln!(out, "- {}", say(lang, "feedback-learner-md", &[("learner", a.learner.into())]));
    let finished = finished(a, ", ");
    let _ = writeln!(out, "- {}{finished}", say(lang, "feedback-attempt-md", &[("attempt", a.attempt.into())]));
    let totals = totals(card, lang);
    let _ = writeln!(out, "- {}", say(lang, "feedback-total-md", &totals));
    let _ = writeln!(out, "- {}", say(lang, "feedback-categories-md", &totals));
    let _ = writeln!(out, "- {}", say(lang, "feedback-judged", &totals));
    if let Some(rejudged) = a.rejudged {
        let _ = writeln!(out, "- {}", rejudged_words(rejudged, lang));
    }
    if !card.failed_gates.is_empty() {
        let gates = card
            .failed_gates
            .iter()
            .map(|id| format!("{id} ({})", rule_title(id, lang, a.reading)))
            .collect::<Vec<_>>();
        let _ = writeln!(out, "\n**{}**", say(lang, "feedback-failed-gates", &[("rules", gates.join(", ").into())]));
    }
    let deductions = card.deductions();
    let _ = writeln!(out, "\n## {}\n", say(lang, "feedback-work-on", &[]));
    if deductions.is_empty() {
        let _ = writeln!(out, "{}", say(lang, "feedback-nothing-broken", &[]));
    }
    for j in deductions {
        deduction_markdown(&mut out, j, lang, a.reading);
    }
    let _ = writeln!(out, "## {}\n", say(lang, "feedback-went-well", &[]));
    let kept = kept_rules(card);
    if kept.is_empty() {
        let _ = writeln!(out, "{}", say(lang, "feedback-nothing-kept", &[]));
    }
    for (id, n) in kept {
        let _ = writeln!(out, "- {id} {}{}", rule_title(id, lang, a.reading), times(lang, n));
    }
    out
}

/// Why the score differs from the one the game showed, for the student.
fn rejudged_words(rejudged: &super::grade::Rejudged, lang: Lang) -> String {
    let args = [("version", rejudged.made_by.to_string().into()), ("claimed", decimal(rejudged.claimed, lang).into())];
    say(lang, "feedback-rejudged", &args)
}

fn deduction_markdown(out: &mut String, j: &Judgment, lang: Lang, reading: Reading) {
    let _ = writeln!(out, "### {}\n", deduction_heading(j, lang, reading));
    let part = |id: &str, words: &crate::rules::Words| say(lang, id, &[("text", words.in_lang(lang).into())]);
    let _ = writeln!(out, "- {}", part("feedback-what-happened", &j.did));
    let _ = writeln!(out, "- {}", part("feedback-expected", &j.expected));
    if !j.explanation.ends_with(&*j.expected) {
        let _ = writeln!(out, "- {}", part("feedback-why", &j.explanation));
    }
    let _ = writeln!(out, "- {}\n", part("feedback-source", &j.source));
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
    let (card, lang) = (a.card, a.lang);
    let e = escape;
    let mut out = String::new();
    let title = say(lang, "feedback-title", &[("title", a.title.into())]);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} ({})</title>\
         <style>{STYLE}</style></head><body>\n",
        lang.code(),
        e(&title),
        e(a.learner)
    );
    let _ = writeln!(out, "<h1>{}</h1>", e(&title));
    let class = if card.passed { "pass" } else { "fail" };
    let who = [("learner", e(a.learner).into()), ("attempt", e(a.attempt).into())];
    let _ = writeln!(out, "<p>{}{}</p>", say(lang, "feedback-who-html", &who), e(&finished(a, " · ")));
    let totals = totals(card, lang);
    let _ = writeln!(
        out,
        "<p><strong class=\"{class}\">{}</strong> {}</p>",
        e(&say(lang, "feedback-total-html", &totals)),
        e(&say(lang, "feedback-mark-and-judged-html", &totals))
    );
    let [triage, confidentiality, scheduling] =
        ["scorecard-triage", "scorecard-confidentiality", "scorecard-scheduling"]
            .map(|id| e(&capitalised(&say(lang, id, &[]))));
    let _ = writeln!(
        out,
        "<table><tr><th>{triage}</th><th>{confidentiality}</th><th>{scheduling}</th></tr>\
         <tr><td>{}</td><td>{}</td><td>{}</td></tr></table>",
        decimal(card.categories.triage, lang),
        decimal(card.categories.confidentiality, lang),
        decimal(card.categories.scheduling, lang)
    );
    if let Some(rejudged) = a.rejudged {
        let _ = writeln!(out, "<p>{}</p>", e(&rejudged_words(rejudged, lang)));
    }
    if !card.failed_gates.is_empty() {
        let gates: Vec<String> =
            card.failed_gates.iter().map(|id| format!("{id} ({})", rule_title(id, lang, a.reading))).collect();
        let said = say(lang, "feedback-failed-gates", &[("rules", gates.join(", ").into())]);
        let _ = writeln!(out, "<p class=\"fail\"><strong>{}</strong></p>", e(&said));
    }
    let _ = writeln!(out, "<h2>{}</h2>", e(&say(lang, "feedback-work-on", &[])));
    let deductions = card.deductions();
    if deductions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", e(&say(lang, "feedback-nothing-broken", &[])));
    }
    for j in deductions {
        let part = |id: &str, words: &crate::rules::Words| e(&say(lang, id, &[("text", words.in_lang(lang).into())]));
        let _ = writeln!(
            out,
            "<div class=\"deduction {}\"><h3>{}</h3><p>{}</p><p>{}</p>{}<p class=\"source\">{}</p></div>",
            j.severity.name(),
            e(&deduction_heading(j, lang, a.reading)),
            part("feedback-what-happened", &j.did),
            part("feedback-expected", &j.expected),
            if j.explanation.ends_with(&*j.expected) {
                String::new()
            } else {
                format!("<p>{}</p>", part("feedback-why", &j.explanation))
            },
            part("feedback-source", &j.source)
        );
    }
    let _ = writeln!(out, "<h2>{}</h2><ul>", e(&say(lang, "feedback-went-well", &[])));
    for (id, n) in kept_rules(card) {
        let _ = writeln!(out, "<li>{} {}{}</li>", e(id), e(rule_title(id, lang, a.reading)), e(&times(lang, n)));
    }
    let _ = writeln!(out, "</ul></body></html>");
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
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

//! What a judgment says (what the desk did, what the case asked, the rule's explanation and
//! source), kept as a message id and its arguments and put into words when it is shown, in the
//! reader's language.
//!
//! A day makes hundreds of judgments and nobody reads most of them while it runs (the headless
//! day, a class re-graded), so nothing is formatted when judging. Reports, exports and grades carry
//! the English (a `Words` is written to a file as its English text and dereferences to it), so they
//! never depend on the language an attempt was played in; the screens ask for `in_lang`.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::catalogue::{Reading, RuleText};
use crate::i18n::{Lang, text};
use crate::scenario::time::Date;

/// Words shown to people, in whatever language they read.
#[derive(Clone, Debug, Default)]
pub struct Words {
    said: Said,
    /// The English, written the first time it is asked for.
    english: OnceLock<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Said {
    /// Words the project wrote once for every language (a citation, a name).
    Fixed(&'static str),
    /// Words from outside (a scenario's text, a file read back), shown as they are.
    Plain(String),
    /// A message of the language files with its arguments.
    Message { id: &'static str, args: Vec<(&'static str, Arg)> },
    /// One part of a rule's words in the rulebook (its expectation, explanation or source).
    Rule { rule: &'static str, reading: Reading, part: Part },
    /// Sentences shown one after another (a judgment escalated by a graver breach).
    Sentences(Vec<Words>),
    /// Words the project put into each language already (a report rendered whole), in the order
    /// of `Lang::ALL`.
    Each(Box<[String; 2]>),
}

impl Default for Said {
    fn default() -> Self {
        Said::Fixed("")
    }
}

/// A part of a rule's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Expected,
    Explanation,
    Source,
}

/// An argument of a message: text shown as it is, a number (Fluent chooses plurals by it), or
/// words of their own, put into the same language as the message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Words(Words),
    /// Several words, listed ("a, b, c").
    List(Vec<Words>),
    /// A score or points, with one decimal, written as the language writes numbers ("71.4", « 71,4 »).
    Decimal(f32),
    /// A date in words ("Tuesday 10 November", « mardi 10 novembre »), with its year when it is
    /// not the year of `today`, the simulated day.
    Date {
        date: Date,
        today: Date,
    },
}

impl Arg {
    /// `date` in words, as seen from the simulated day `today`.
    pub fn date(date: Date, today: Date) -> Self {
        Arg::Date { date, today }
    }
}

impl Words {
    /// The message `id`, to be given its arguments with `arg`.
    pub fn msg(id: &'static str) -> Self {
        Words::from_said(Said::Message { id, args: Vec::new() })
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Said::Message { args, .. } = &mut self.said {
            args.push((name, value.into()));
        }
        self
    }

    /// One part of a rule's words, as a reading of the rulebook has it.
    pub fn rule(rule: &'static str, reading: Reading, part: Part) -> Self {
        Words::from_said(Said::Rule { rule, reading, part })
    }

    /// Words the same in every language (a published case's title).
    pub fn fixed(text: &'static str) -> Self {
        Words::from_said(Said::Fixed(text))
    }

    /// Words made in each language at once, by `say`: for a rare text that is rendered whole
    /// rather than kept as a message (a file's diagnostic report in a grade's flag).
    pub fn each(say: impl Fn(Lang) -> String) -> Self {
        Words::from_said(Said::Each(Box::new(Lang::ALL.map(say))))
    }

    /// These words, then `more`.
    pub fn then(self, more: Words) -> Self {
        let mut sentences = match self.said {
            Said::Sentences(sentences) => sentences,
            said => vec![Words::from_said(said)],
        };
        sentences.push(more);
        Words::from_said(Said::Sentences(sentences))
    }

    fn from_said(said: Said) -> Self {
        Words { said, english: OnceLock::new() }
    }

    /// Whether these are words from outside, shown as they are in every language: a scenario's
    /// text, or a file read back. Everything the judge writes itself is a message.
    pub fn is_as_written(&self) -> bool {
        match &self.said {
            Said::Plain(_) => true,
            Said::Sentences(sentences) => sentences.iter().any(Words::is_as_written),
            _ => false,
        }
    }

    /// The words in `lang` (English for what has no translation).
    pub fn in_lang(&self, lang: Lang) -> Cow<'_, str> {
        match &self.said {
            Said::Fixed(text) => Cow::Borrowed(text),
            Said::Plain(text) => Cow::Borrowed(text),
            Said::Rule { rule, reading, part } => Cow::Borrowed(rule_part(rule, lang, *reading, *part)),
            Said::Each(each) => Cow::Borrowed(&each[lang.index()]),
            Said::Message { .. } | Said::Sentences(_) if lang == Lang::En => Cow::Borrowed(self.english()),
            said => Cow::Owned(render(said, lang)),
        }
    }

    /// The words in English, as reports and exports carry them.
    pub fn english(&self) -> &str {
        match &self.said {
            Said::Fixed(text) => text,
            Said::Plain(text) => text,
            Said::Rule { rule, reading, part } => rule_part(rule, Lang::En, *reading, *part),
            Said::Each(each) => &each[Lang::En.index()],
            said => self.english.get_or_init(|| render(said, Lang::En)),
        }
    }
}

fn rule_part(rule: &str, lang: Lang, reading: Reading, part: Part) -> &'static str {
    let Some(rule) = super::catalogue::rule(rule) else { return "" };
    let words: &'static RuleText = rule.text(lang, reading);
    match part {
        Part::Expected => &words.expected,
        Part::Explanation => &words.explanation,
        Part::Source => &words.source,
    }
}

fn render(said: &Said, lang: Lang) -> String {
    match said {
        Said::Message { id, args } => {
            let values: Vec<(&str, FluentValue<'_>)> = args
                .iter()
                .map(|(name, arg)| {
                    let value = match arg {
                        Arg::Text(text) => FluentValue::from(text.as_str()),
                        Arg::Number(n) => FluentValue::from(*n),
                        Arg::Words(words) => FluentValue::from(words.in_lang(lang).into_owned()),
                        Arg::Decimal(value) => FluentValue::from(crate::i18n::decimal(*value, lang)),
                        Arg::Date { date, today } => FluentValue::from(date.long_words_in(*today, lang)),
                        Arg::List(list) => FluentValue::from(
                            list.iter().map(|w| w.in_lang(lang).into_owned()).collect::<Vec<_>>().join(", "),
                        ),
                    };
                    (*name, value)
                })
                .collect();
            text(lang, id, &values)
        }
        Said::Sentences(sentences) => {
            sentences.iter().map(|w| w.in_lang(lang).into_owned()).collect::<Vec<_>>().join(" ")
        }
        Said::Fixed(text) => (*text).to_owned(),
        Said::Plain(text) => text.clone(),
        Said::Rule { rule, reading, part } => rule_part(rule, lang, *reading, *part).to_owned(),
        Said::Each(each) => each[lang.index()].clone(),
    }
}

impl Deref for Words {
    type Target = str;

    fn deref(&self) -> &str {
        self.english()
    }
}

impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english())
    }
}

/// Two judgments say the same when they say it in the same words: compared as shown, so words read
/// back from a file equal the message they were written from.
impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.said == other.said || self.english() == other.english()
    }
}

/// Words compared as shown are equal to themselves: an equivalence.
impl Eq for Words {}

impl From<String> for Words {
    fn from(text: String) -> Self {
        Words::from_said(Said::Plain(text))
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Self {
        Words::from_said(Said::Plain(text.to_owned()))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Words> for Arg {
    fn from(words: Words) -> Self {
        Arg::Words(words)
    }
}

impl From<Vec<Words>> for Arg {
    fn from(list: Vec<Words>) -> Self {
        Arg::List(list)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, i32, i64);

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.english())
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Words::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_put_into_words_in_each_language_and_written_in_english() {
        let words = Words::msg("consequence-because")
            .arg("verdict", Words::msg("consequence-happened"))
            .arg("because", "the caller was sent to 911");
        assert_eq!(&*words, "happened: the caller was sent to 911");
        assert_eq!(words.in_lang(Lang::Fr), "a eu lieu\u{202f}: the caller was sent to 911");
        let written = serde_json::to_string(&words).expect("serializes");
        assert_eq!(written, "\"happened: the caller was sent to 911\"");
        let read: Words = serde_json::from_str(&written).expect("reads back");
        assert_eq!(read, words, "read back, it says the same");
        let both = words.clone().then(Words::from("Then more."));
        assert_eq!(&*both, "happened: the caller was sent to 911 Then more.");
    }

    #[test]
    fn words_made_in_each_language_show_the_one_asked_for() {
        let report = Words::each(|lang| format!("report in {}", lang.code()));
        assert_eq!(&*report, "report in en");
        assert_eq!(report.in_lang(Lang::Fr), "report in fr");
        assert!(!report.is_as_written(), "the project's own words, not a file's");
        let flag = Words::msg("consequence-because").arg("verdict", "x").arg("because", report);
        assert_eq!(flag.in_lang(Lang::Fr), "x\u{202f}: report in fr");
    }

    #[test]
    fn a_rules_words_follow_the_reading_and_the_language() {
        let general = Words::rule("T1", Reading::General, Part::Expected);
        assert!(general.starts_with("Tell the caller to hang up and call 911"), "{}", &*general);
        assert_ne!(general.in_lang(Lang::Fr), general.in_lang(Lang::En));
    }
}

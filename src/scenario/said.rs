//! Dates said in a scenario's words, computed from the day (format 2): a caller says "my bloodwork
//! on {today-3}" and the game shows "my bloodwork on Monday", so that the words and the day's own
//! dates never disagree, and a day moved to another date keeps its words true.
//!
//! A placeholder is a date as the rest of the file writes one, in braces, inside a quoted text:
//! `{today}`, `{today-3}`, `{today+8}`, `{2026-03-30}`. It is said the same way from any moment
//! (a voicemail left last night, the briefing, a call at noon): by its weekday within six days of
//! the day, and by weekday, day and month further away ("Monday 30 March", with the year when it is
//! not the day's). Words that depend on when they are said ("today", "tomorrow") are the author's
//! to write, since a message left last night means by "tomorrow" what the desk calls today.

use std::ops::Range;

use super::time::{Date, DateRef};
use crate::rules::words::Words;

/// A placeholder found in the file's text: where it is, and the date it names or why it names none.
#[derive(Clone, Debug, PartialEq)]
pub struct Placeholder {
    /// Byte range of the braces and what is between them.
    pub span: Range<usize>,
    pub date: Result<DateRef, Words>,
}

/// The longest thing between braces that is taken for a placeholder ("today+1000" and some room);
/// longer runs are the author's own braces, left alone.
const LONGEST: usize = 24;

/// Every placeholder in quoted texts of `source` (RON), in file order. Comments and everything
/// outside quotes are not looked at; inside quotes, braces around anything that starts with a letter
/// or a digit are taken for a placeholder, so a misspelt one (`{tomorow}`, `{today + 1}`) is
/// reported rather than shown as written.
pub fn placeholders(source: &str) -> Vec<Placeholder> {
    let mut found = Vec::new();
    for text in quoted_texts(source) {
        let inner = &source[text.clone()];
        let mut from = 0;
        while let Some(open) = inner[from..].find('{').map(|i| from + i) {
            let Some(close) = inner[open..].find('}').map(|i| open + i).filter(|&c| c - open <= LONGEST + 1) else {
                from = open + 1;
                continue;
            };
            let words = &inner[open + 1..close];
            from = close + 1;
            if !words.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                continue;
            }
            let span = text.start + open..text.start + close + 1;
            found.push(Placeholder { span, date: read(words) });
        }
    }
    found
}

/// `source` with every placeholder said in words for a day on `today`. Placeholders that name no
/// date are left as written (loading reports them first).
pub fn substituted(source: &str, today: Date, lang: crate::i18n::Lang) -> String {
    let mut out = String::with_capacity(source.len());
    let mut last = 0;
    for placeholder in placeholders(source) {
        if let Ok(date) = placeholder.date {
            out.push_str(&source[last..placeholder.span.start]);
            out.push_str(&said(date.resolve(today), today, lang));
            last = placeholder.span.end;
        }
    }
    out.push_str(&source[last..]);
    out
}

/// A date as anyone in the day says it, whenever they say it, in the language the day is read in:
/// "Monday" within six days of the day, else "Monday 30 March" (and the year when it is not the
/// day's).
pub fn said(date: Date, today: Date, lang: crate::i18n::Lang) -> String {
    match today.days_until(date) {
        -6..=6 => date.weekday().name_in(lang),
        _ => date.long_words_in(today, lang),
    }
}

fn read(words: &str) -> Result<DateRef, Words> {
    if let Ok(date) = words.parse::<DateRef>() {
        return Ok(date);
    }
    let not_a_date = match words.trim().to_ascii_lowercase().as_str() {
        "yesterday" => Words::msg("load-date-yesterday"),
        "tomorrow" | "tomorow" => Words::msg("load-date-tomorrow"),
        squeezed if squeezed.replace(' ', "").parse::<DateRef>().is_ok() => {
            Words::msg("load-date-spaces").arg("squeezed", squeezed.replace(' ', ""))
        }
        _ => Words::msg("load-date-not-a-date"),
    };
    Err(not_a_date.arg("words", words))
}

/// The byte ranges of what is between the quotes of each quoted text in RON `source` (plain
/// `"…"` with its escapes, and raw `r#"…"#`), skipping `//` and `/* */` comments.
fn quoted_texts(source: &str) -> Vec<Range<usize>> {
    let bytes = source.as_bytes();
    let mut texts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = source[i + 2..].find("*/").map_or(bytes.len(), |n| i + 2 + n + 2);
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) && !is_word_byte(bytes, i) => {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = source[open + 1..].find(&closing).map_or(bytes.len(), |n| open + 1 + n);
                texts.push(open + 1..end);
                i = (end + closing.len()).min(bytes.len());
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                texts.push(start..end);
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    texts
}

/// Whether the byte before `i` is part of a name (so an `r` there ends a word, not opens a raw text).
fn is_word_byte(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thursday() -> Date {
        Date::from_ymd(2026, 3, 12).expect("a date")
    }

    #[test]
    fn a_date_is_said_by_its_weekday_near_the_day_and_in_full_further_away() {
        let on = |days| said(thursday().plus_days(days), thursday(), crate::i18n::Lang::En);
        assert_eq!(on(-3), "Monday");
        assert_eq!(on(0), "Thursday");
        assert_eq!(on(6), "Wednesday");
        assert_eq!(on(8), "Friday 20 March");
        assert_eq!(on(-20), "Friday 20 February");
        assert_eq!(on(300), "Wednesday 6 January 2027");
    }

    #[test]
    fn a_date_is_said_in_the_language_the_day_is_read_in() {
        use crate::i18n::Lang;
        assert_eq!(said(thursday().plus_days(-3), thursday(), Lang::Fr), "lundi");
        assert_eq!(said(thursday().plus_days(11), thursday(), Lang::Fr), "lundi 23 mars");
        assert_eq!(said(thursday().plus_days(11), thursday(), Lang::En), "Monday 23 March");
    }

    #[test]
    fn placeholders_in_quoted_texts_are_said_and_nothing_else_is_touched() {
        let source = r##"(
            // {today+1} in a comment stays
            briefing: "Bloodwork on {today-3}, seen again {today+8}; a {brace} and {}",
            says: r#"raw {today}"#,
            id: "a{b",
        )"##;
        let out = substituted(source, thursday(), crate::i18n::Lang::En);
        assert!(out.contains("// {today+1} in a comment stays"));
        assert!(out.contains(r#""Bloodwork on Monday, seen again Friday 20 March; a {brace} and {}""#), "{out}");
        assert!(out.contains("raw Thursday"));
    }

    #[test]
    fn a_misspelt_placeholder_is_found_with_where_it_is_and_a_hint() {
        let source = r#"(says: "See you {tomorrow}, or {today + 1}, on {today+1}")"#;
        let found = placeholders(source);
        assert_eq!(found.len(), 3);
        assert_eq!(&source[found[0].span.clone()], "{tomorrow}");
        let error = found[0].date.clone().expect_err("not a date");
        assert!(error.contains("`{today+1}`"), "{error}");
        let error = found[1].date.clone().expect_err("spaces");
        assert!(error.contains("without spaces: `{today+1}`"), "{error}");
        assert_eq!(found[2].date, Ok(DateRef::Today(1)));
    }

    #[test]
    fn escaped_quotes_and_unclosed_texts_end_where_they_should() {
        let source = r#"(a: "she said \"{today}\"", b: "{today-1}"#;
        let found = placeholders(source);
        assert_eq!(
            found.iter().map(|p| p.date.clone()).collect::<Vec<_>>(),
            [Ok(DateRef::Today(0)), Ok(DateRef::Today(-1))]
        );
    }
}

//! Reading a scenario file: bytes → text → RON → the typed model → semantic checks.
//!
//! Whatever the input (a missing file, a directory, binary garbage, 50 MB of nonsense, invalid
//! UTF-8, nesting a thousand deep) the answer is a located diagnostic, never a panic.

use crate::rules::words::Words;
use std::ops::Range;
use std::path::Path as FsPath;

use ron::error::{Error as RonError, Position, SpannedError};
use ron::extensions::Extensions;

use super::check;
use super::diagnostic::{Diagnostic, FileReport};
use super::locate::{Path, SpanIndex};
use super::model::{FORMAT_VERSION, OLDEST_FORMAT_VERSION, Scenario};
use super::said;
use crate::i18n::Lang;

/// The first format whose texts may say dates (`{today-3}`).
const FORMAT_2: u32 = 2;

/// A scenario is a few hundred kilobytes at most; anything far bigger is not one.
pub const MAX_SCENARIO_BYTES: u64 = crate::storage::FileKind::Scenario.max_bytes();

/// Deeper nesting than any real scenario needs (about 8 levels), low enough to be safe.
const RECURSION_LIMIT: usize = 64;

/// A scenario that loaded, with the warnings it raised.
#[derive(Debug)]
pub struct Loaded {
    pub scenario: Scenario,
    pub report: FileReport,
    /// How many of the day's texts had nothing in the language it was read in, and are shown in
    /// another (the game says so).
    pub fell_back: usize,
}

/// The RON dialect scenarios are written in: `Some(…)` may be left out around optional values,
/// and `Call(id: …)` needs no inner parentheses.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Reads and checks a scenario file.
pub fn load_file(path: &FsPath) -> Result<Loaded, FileReport> {
    let bytes = read_file(path)?;
    load_bytes(&path.display().to_string(), &bytes)
}

/// A scenario file's bytes (or an exam sheet's: they are told apart by what they hold), read with
/// the bounds any untrusted file gets: a regular file, no bigger than a scenario may be.
pub fn read_file(path: &FsPath) -> Result<Vec<u8>, FileReport> {
    use crate::storage::{FileKind, NotRegular, ReadError, read_capped};
    let fail = |diagnostic: Diagnostic| {
        let mut report = FileReport::new(path.display().to_string());
        report.diagnostics.push(diagnostic);
        report
    };
    read_capped(path, FileKind::Scenario).map_err(|e| {
        fail(match e {
            ReadError::NotFound => {
                Diagnostic::error("io", Words::msg("load-no-such-file")).with_help(Words::msg("load-no-such-file-help"))
            }
            ReadError::NotAFile(NotRegular::Folder) => {
                Diagnostic::error("io", Words::msg("load-folder")).with_help(Words::msg("load-folder-help"))
            }
            ReadError::NotAFile(NotRegular::Device) => {
                Diagnostic::error("io", Words::msg("load-device")).with_help(Words::msg("load-not-text-help"))
            }
            ReadError::Io(why) => Diagnostic::error("io", Words::msg("load-cannot-read").arg("why", why))
                .with_help(Words::msg("load-not-text-help")),
            ReadError::TooBig { len, .. } => too_big(len),
            // Bytes are read here, not text (the UTF-8 check below points at the bad byte).
            e @ ReadError::NotUtf8 { .. } => {
                Diagnostic::error("io", e.words()).with_help(Words::msg("load-not-text-help"))
            }
        })
    })
}

fn too_big(len: u64) -> Diagnostic {
    Diagnostic::error(
        "too-big",
        Words::msg("load-too-big")
            .arg("size", crate::rules::words::Arg::Decimal((len as f64 / 1_048_576.0) as f32))
            .arg("max", (MAX_SCENARIO_BYTES / 1_048_576).to_string()),
    )
    .with_help(Words::msg("load-too-big-help"))
}

/// Checks raw bytes as a scenario named `name` (used for files, embedded days and tests).
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Loaded, FileReport> {
    load_bytes_in(name, bytes, Lang::En)
}

/// `load_bytes`, each text read in `lang` where the day has it.
pub fn load_bytes_in(name: &str, bytes: &[u8], lang: Lang) -> Result<Loaded, FileReport> {
    let mut report = FileReport::new(name);
    if bytes.len() as u64 > MAX_SCENARIO_BYTES {
        report.diagnostics.push(too_big(bytes.len() as u64));
        return Err(report);
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        report
            .diagnostics
            .push(Diagnostic::error("binary", Words::msg("load-binary")).with_help(Words::msg("load-binary-help")));
        return Err(report);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            // Show the valid part so the marker can point at the first bad byte.
            let good = e.valid_up_to();
            report.text = Some(String::from_utf8_lossy(bytes).into_owned());
            let lossy_offset = String::from_utf8_lossy(&bytes[..good]).len();
            report.diagnostics.push(
                Diagnostic::error("encoding", Words::msg("load-encoding"))
                    .at(
                        lossy_offset..lossy_offset + char::REPLACEMENT_CHARACTER.len_utf8(),
                        Words::msg("load-encoding-label"),
                    )
                    .with_help(Words::msg("load-encoding-help")),
            );
            return Err(report);
        }
    };
    load_str_in(name, text, lang)
}

/// Checks RON text as a scenario named `name`, its texts read in English.
pub fn load_str(name: &str, text: &str) -> Result<Loaded, FileReport> {
    load_str_in(name, text, Lang::En)
}

/// Checks RON text as a scenario named `name`, each text read in `lang` where it has one (a
/// bilingual day, format 2), in English or French where it does not.
pub fn load_str_in(name: &str, text: &str, lang: Lang) -> Result<Loaded, FileReport> {
    let (loaded, found) = crate::scenario::text::reading_in(lang, || load_read(name, text));
    let mut loaded = loaded?;
    loaded.fell_back = found.fell_back;
    let bilingual = Lang::ALL.iter().all(|l| loaded.scenario.languages.contains(l));
    if bilingual {
        for missing in &found.missing {
            loaded.report.diagnostics.push(missing_language(text, missing));
        }
        sort_for_reading(&mut loaded.report.diagnostics);
    }
    Ok(loaded)
}

/// A text of a bilingual day that lacks a language, said where it is.
fn missing_language(text: &str, missing: &crate::scenario::text::Missing) -> Diagnostic {
    let span = literal_span(text, &missing.has).unwrap_or(0..0);
    match missing.lang {
        Some(lang) => {
            let (message, code) = match lang {
                Lang::En => (Words::msg("load-missing-english"), "en"),
                Lang::Fr => (Words::msg("load-missing-french"), "fr"),
            };
            Diagnostic::warning("missing-language", message)
                .at(span, Words::msg("load-missing-language-label").arg("code", code))
                .with_help(Words::msg("load-missing-language-help").arg("code", code))
        }
        None => Diagnostic::warning("missing-language", Words::msg("load-same-in-both"))
            .at(span, Words::msg("load-same-in-both-label"))
            .with_help(Words::msg("load-same-in-both-help")),
    }
}

/// Where a string the file holds is written in it, as a RON string literal (the first place).
fn literal_span(text: &str, value: &str) -> Option<std::ops::Range<usize>> {
    let mut literal = String::with_capacity(value.len() + 2);
    literal.push('"');
    for c in value.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\t' => literal.push_str("\\t"),
            c => literal.push(c),
        }
    }
    literal.push('"');
    text.find(&literal).map(|start| start..start + literal.len())
}

/// Errors first, then in file order: the way a person reads them.
fn sort_for_reading(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.level, d.span.as_ref().map_or(0, |s| s.start)));
}

fn load_read(name: &str, text: &str) -> Result<Loaded, FileReport> {
    let mut report = FileReport::new(name);
    report.text = Some(text.to_owned());
    let index = SpanIndex::new(text);
    if is_blank(text) {
        report
            .diagnostics
            .push(Diagnostic::error("empty", Words::msg("load-empty")).with_help(Words::msg("load-empty-help")));
        return Err(report);
    }

    if let Some(diagnostic) = check_format_version(text, &index) {
        report.diagnostics.push(diagnostic);
        return Err(report);
    }

    let mut scenario: Scenario = match ron_options().from_str(text) {
        Ok(scenario) => scenario,
        Err(error) => {
            report.diagnostics.push(parse_error(text, &error));
            return Err(report);
        }
    };
    if let Some(said) = say_dates(text, &scenario, &mut report.diagnostics) {
        scenario = said;
    }

    for problem in check::check(&scenario) {
        let span = index.span(&problem.path).unwrap_or(0..0);
        report.diagnostics.push(Diagnostic {
            level: problem.level,
            code: problem.code.to_owned(),
            message: problem.message,
            span: Some(span),
            label: problem.label,
            help: problem.help,
            notes: vec![Words::msg("diagnostic-at").arg("path", problem.path.to_string())],
        });
    }
    sort_for_reading(&mut report.diagnostics);
    if report.has_errors() { Err(report) } else { Ok(Loaded { scenario, report, fell_back: 0 }) }
}

/// The scenario with the dates its texts name said in words (`{today-3}` → "Monday"), when it has
/// any; each placeholder that names no date, or that a format-1 file uses, reported where it is.
fn say_dates(text: &str, scenario: &Scenario, diagnostics: &mut Vec<Diagnostic>) -> Option<Scenario> {
    let placeholders = said::placeholders(text);
    if scenario.format < FORMAT_2 {
        // Before format 2, braces in a text were the author's own: only a real date is told about.
        for placeholder in placeholders.iter().filter(|p| p.date.is_ok()) {
            diagnostics.push(
                Diagnostic::error("needs-format-2", Words::msg("load-needs-format-2"))
                    .at(placeholder.span.clone(), Words::msg("load-needs-format-2-label"))
                    .with_help(Words::msg("load-needs-format-2-help")),
            );
        }
        return None;
    }
    let mut any = false;
    for placeholder in &placeholders {
        match &placeholder.date {
            Ok(_) => any = true,
            Err(why) => diagnostics.push(
                Diagnostic::error("text-date", why.clone())
                    .at(placeholder.span.clone(), Words::msg("load-text-date-label"))
                    .with_help(Words::msg("load-text-date-help")),
            ),
        }
    }
    if !any || diagnostics.iter().any(|d| d.code == "text-date") {
        return None;
    }
    // Words put in the place of braces inside quoted texts: the file parses as it did.
    crate::scenario::text::read_again();
    match ron_options().from_str(&said::substituted(text, scenario.clinic.date, crate::scenario::text::lang())) {
        Ok(said) => Some(said),
        Err(error) => {
            diagnostics.push(parse_error(text, &error));
            None
        }
    }
}

/// Only white space and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//")
    })
}

/// Reports a missing or different `format` before anything else, so a file from a newer version
/// is not drowned in "unknown field" errors.
fn check_format_version(text: &str, index: &SpanIndex) -> Option<Diagnostic> {
    let path = Path::root().field("format");
    let span = index.span(&path)?;
    let whole = index.span(&Path::root())?;
    if span == whole {
        return None; // no `format` field: serde reports it as missing
    }
    let value = text.get(span.clone())?.trim();
    match value.parse::<u32>() {
        Ok(OLDEST_FORMAT_VERSION..=FORMAT_VERSION) => None,
        Ok(newer) if newer > FORMAT_VERSION => Some(
            Diagnostic::error(
                "format-version",
                Words::msg("load-format-newer").arg("format", newer).arg("reads", FORMAT_VERSION),
            )
            .at(span, Words::msg("load-format-newer-label"))
            .with_help(Words::msg("load-format-newer-help")),
        ),
        _ => Some(
            Diagnostic::error("format-version", Words::msg("load-format-unknown").arg("value", value))
                .at(span, Words::msg("load-format-unknown-label"))
                .with_help(Words::msg("load-format-unknown-help").arg("format", FORMAT_VERSION)),
        ),
    }
}

/// Turns a RON error into a diagnostic with a useful span and hint.
pub(crate) fn parse_error(text: &str, error: &SpannedError) -> Diagnostic {
    let start = offset(text, error.span.start);
    let end = offset(text, error.span.end).max(start);
    let point = start..end.max(start + 1).min(text.len().max(start));
    match &error.code {
        RonError::NoSuchStructField { expected, found, outer } => {
            let span = find_before(text, found, end).unwrap_or(point);
            let message = match outer.as_deref() {
                Some(outer) => Words::msg("load-unknown-field-in").arg("found", found.as_str()).arg("outer", outer),
                None => Words::msg("load-unknown-field").arg("found", found.as_str()),
            };
            unknown_name(
                Diagnostic::error("unknown-field", message).at(span, Words::msg("load-unknown-field-label")),
                found,
                expected,
            )
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let span = find_before(text, found, end).unwrap_or(point);
            let message = match outer.as_deref() {
                Some(outer) => Words::msg("load-unknown-value-for").arg("found", found.as_str()).arg("outer", outer),
                None => Words::msg("load-unknown-value").arg("found", found.as_str()),
            };
            unknown_name(
                Diagnostic::error("unknown-variant", message).at(span, Words::msg("load-unknown-value-label")),
                found,
                expected,
            )
        }
        RonError::MissingStructField { field, outer } => {
            let message = match outer.as_deref() {
                Some(outer) => Words::msg("load-missing-field-in").arg("field", *field).arg("outer", outer),
                None => Words::msg("load-missing-field").arg("field", *field),
            };
            Diagnostic::error("missing-field", message)
                .at(point, Words::msg("load-missing-field-label").arg("field", *field))
                .with_help(Words::msg("load-missing-field-help").arg("field", *field))
        }
        RonError::DuplicateStructField { field, .. } => {
            let span = find_before(text, field, end).unwrap_or(point);
            Diagnostic::error("duplicate-field", Words::msg("load-duplicate-field").arg("field", *field))
                .at(span, Words::msg("load-duplicate-field-label"))
                .with_help(Words::msg("load-duplicate-field-help"))
        }
        RonError::ExceededRecursionLimit => Diagnostic::error("too-deep", Words::msg("load-too-deep"))
            .at(point, Words::msg("load-too-deep-label"))
            .with_help(Words::msg("load-too-deep-help").arg("limit", RECURSION_LIMIT)),
        RonError::ExpectedComma => {
            // Point where the comma belongs, after the previous value, as rustc does.
            let after = text[..start.min(text.len())].trim_end().len();
            Diagnostic::error("syntax", Words::msg("load-expected-comma"))
                .at(after..after, Words::msg("load-expected-comma-label"))
                .with_help(Words::msg("load-expected-comma-help"))
        }
        RonError::ExpectedArrayEnd | RonError::ExpectedStructLikeEnd | RonError::ExpectedMapEnd => {
            let what = match error.code {
                RonError::ExpectedArrayEnd => "`]`",
                RonError::ExpectedMapEnd => "`}`",
                _ => "`)`",
            };
            Diagnostic::error("syntax", Words::msg("load-expected-closing").arg("bracket", what))
                .at(token_at(text, start), Words::msg("load-expected-closing-label"))
                .with_help(Words::msg("load-expected-closing-help"))
        }
        RonError::SuggestRawIdentifier(found) | RonError::InvalidIdentifier(found) => {
            Diagnostic::error("syntax", Words::msg("load-expected-name").arg("found", found.as_str()))
                .at(token_at(text, start), Words::msg("load-expected-name-label"))
                .with_help(Words::msg("load-expected-name-help"))
        }
        RonError::Eof => Diagnostic::error("syntax", Words::msg("load-eof"))
            .at(point, Words::msg("load-eof-label"))
            .with_help(Words::msg("load-eof-help")),
        // The words of the type that refused the value (a date, a time), as they are.
        RonError::Message(message) => {
            Diagnostic::error("invalid-value", Words::msg("load-invalid-value").arg("why", message.as_str()))
                .at(token_at(text, start), Words::msg("load-invalid-value-label"))
        }
        other => {
            let message = other.to_string();
            let (code, help) = hint_for(&message);
            let span = if code == "type" { token_at(text, start) } else { point };
            // RON's own words, as they are.
            let d = Diagnostic::error(code, Words::msg("load-ron-says").arg("why", message))
                .at(span, Words::msg("load-here"));
            match help {
                Some(help) => d.with_help(help),
                None => d,
            }
        }
    }
}

/// Adds "did you mean" and the list of names that would have been accepted.
fn unknown_name(diagnostic: Diagnostic, found: &str, expected: &[&str]) -> Diagnostic {
    let diagnostic = match check::nearest(found, expected.iter().copied()) {
        Some(near) => diagnostic.with_help(Words::msg("suggest-did-you-mean").arg("near", near)),
        None => diagnostic,
    };
    diagnostic.with_note(Words::msg("load-expected-one-of").arg("names", check::quoted_list(expected)))
}

fn hint_for(message: &str) -> (&'static str, Option<Words>) {
    let lower = message.to_lowercase();
    if lower.contains("expected identifier") {
        ("syntax", Some(Words::msg("load-hint-identifier")))
    } else if lower.contains("out of bounds") {
        ("type", Some(Words::msg("load-hint-out-of-bounds")))
    } else if lower.contains("expected a string") || lower.contains("expected string") {
        ("type", Some(Words::msg("load-hint-string")))
    } else if lower.contains("comma") {
        ("syntax", Some(Words::msg("load-hint-comma")))
    } else if lower.contains("expected") && (lower.contains("integer") || lower.contains("number")) {
        ("type", Some(Words::msg("load-hint-number")))
    } else if lower.contains("expected") {
        ("type", None)
    } else {
        ("syntax", None)
    }
}

/// The byte offset of a RON position (lines and columns from 1; columns count characters).
fn offset(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 1..position.line.max(1) {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line = &text[line_start..];
    let column = position.col.max(1) - 1;
    line.char_indices().nth(column).map_or(line_start + line.find('\n').unwrap_or(line.len()), |(i, _)| line_start + i)
}

/// The last occurrence of `word` at or before `end` (RON reports positions after the token).
fn find_before(text: &str, word: &str, end: usize) -> Option<Range<usize>> {
    if word.is_empty() {
        return None;
    }
    let limit = (end + word.len()).min(text.len());
    let limit = (0..=limit).rev().find(|&i| text.is_char_boundary(i))?;
    let start = text[..limit].rfind(word)?;
    Some(start..start + word.len())
}

/// The token a value-level error is about. RON's span may start on the whitespace before a value, or
/// just inside the opening quote of a string; this widens it to the whole literal or word.
fn token_at(text: &str, offset: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut start = offset.min(text.len());
    if start > 0 && bytes[start - 1] == b'"' && bytes.get(start).is_some_and(|b| !b" \t\r\n,)".contains(b)) {
        start -= 1;
    }
    while start < bytes.len() && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    let mut end = start;
    if bytes.get(start) == Some(&b'"') {
        end += 1;
        while end < bytes.len() && bytes[end] != b'"' && bytes[end] != b'\n' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        end = (end + 1).min(bytes.len());
    } else {
        while end < bytes.len() && !b" \t\r\n,:()[]{}".contains(&bytes[end]) {
            end += 1;
        }
    }
    if end == start {
        end = (start + 1).min(text.len());
    }
    let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    start..end
}

/// Writes a scenario (or an action list, or a report) as RON in the dialect scenarios are read in.
pub fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES);
    ron_options().to_string_pretty(value, config)
}

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
    use crate::storage::{FileKind, ReadError, read_capped};
    let fail = |diagnostic: Diagnostic| {
        let mut report = FileReport::new(path.display().to_string());
        report.diagnostics.push(diagnostic);
        report
    };
    read_capped(path, FileKind::Scenario).map_err(|e| {
        fail(match e {
            ReadError::NotFound => Diagnostic::error("io", "cannot read the file: there is no such file")
                .with_help("check the path; `clinic-day validate scenarios/` checks every scenario in a folder"),
            ReadError::NotAFile("a folder") => Diagnostic::error("io", "this is a folder, not a file")
                .with_help("`clinic-day validate` takes folders too, and checks the `.ron` files in them"),
            ReadError::TooBig { len, .. } => too_big(len),
            other => Diagnostic::error("io", other.to_string()).with_help("a scenario is a text file ending in `.ron`"),
        })
    })
}

fn too_big(len: u64) -> Diagnostic {
    Diagnostic::error(
        "too-big",
        format!(
            "the file is {:.1} MB; a scenario is at most {} MB",
            len as f64 / 1_048_576.0,
            MAX_SCENARIO_BYTES / 1_048_576
        ),
    )
    .with_help("is this the right file? A whole clinic day is usually under 200 kB")
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
        report.diagnostics.push(
            Diagnostic::error("binary", "this looks like a binary file, not a RON scenario")
                .with_help("scenarios are text files ending in `.ron`"),
        );
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
                Diagnostic::error("encoding", "the file is not valid UTF-8")
                    .at(lossy_offset..lossy_offset + char::REPLACEMENT_CHARACTER.len_utf8(), "this byte is not UTF-8")
                    .with_help("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"),
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
            let (name, code) = match lang {
                Lang::En => ("English", "en"),
                Lang::Fr => ("French", "fr"),
            };
            Diagnostic::warning(
                "missing-language",
                format!("this text has no {name}, and the day says `languages: [En, Fr]`"),
            )
            .at(span, format!("no `{code}:`"))
            .with_help(format!("add `{code}: \"…\"` beside it; until then it is shown as it is in both languages"))
        }
        None => Diagnostic::warning(
            "missing-language",
            "this text is the same in both languages, and the day says `languages: [En, Fr]`",
        )
        .at(span, "one string for both languages")
        .with_help("write it as `(en: \"…\", fr: \"…\")`, or leave it if it reads the same in both (a name, a code)"),
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
        report.diagnostics.push(Diagnostic::error("empty", "the file is empty").with_help(
            "a scenario starts with `(format: 1, id: \"…\", …)`; docs/scenario-format.md has a walk-through",
        ));
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
                Diagnostic::error(
                    "needs-format-2",
                    "a date said in words is new in format 2, and this file says `format: 1`",
                )
                .at(placeholder.span.clone(), "format 2")
                .with_help("write `format: 2` at the top: every format-1 field means what it did"),
            );
        }
        return None;
    }
    let mut any = false;
    for placeholder in &placeholders {
        match &placeholder.date {
            Ok(_) => any = true,
            Err(why) => diagnostics.push(
                Diagnostic::error("text-date", why.clone()).at(placeholder.span.clone(), "not a date").with_help(
                    "a date in a text is written as the file writes dates, in braces: `{today}`, \
                         `{today+N}`, `{today-N}` or `{YYYY-MM-DD}`; it is shown as its weekday within six days \
                         of the day (\"Monday\"), else in full (\"Friday 20 March\")",
                ),
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
                format!("this scenario is format {newer}, newer than this Clinic Day reads ({FORMAT_VERSION})"),
            )
            .at(span, "newer format")
            .with_help("update Clinic Day to open it"),
        ),
        _ => Some(
            Diagnostic::error("format-version", format!("`{value}` is not a scenario format this Clinic Day knows"))
                .at(span, "unknown format")
                .with_help(format!("write `format: {FORMAT_VERSION}`")),
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
            let within = outer.as_deref().map(|o| format!(" in `{o}`")).unwrap_or_default();
            unknown_name(Diagnostic::error("unknown-field", format!("unknown field `{found}`{within}")).at(span, "unknown field"), found, expected)
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let span = find_before(text, found, end).unwrap_or(point);
            let within = outer.as_deref().map(|o| format!(" for `{o}`")).unwrap_or_default();
            unknown_name(Diagnostic::error("unknown-variant", format!("unknown value `{found}`{within}")).at(span, "unknown value"), found, expected)
        }
        RonError::MissingStructField { field, outer } => {
            let within = outer.as_deref().map(|o| format!(" in `{o}`")).unwrap_or_default();
            Diagnostic::error("missing-field", format!("missing field `{field}`{within}"))
                .at(point, format!("`{field}` is needed before this"))
                .with_help(format!("add `{field}: …`; docs/scenario-format.md describes it"))
        }
        RonError::DuplicateStructField { field, .. } => {
            let span = find_before(text, field, end).unwrap_or(point);
            Diagnostic::error("duplicate-field", format!("the field `{field}` is given twice")).at(span, "given again").with_help("keep one of them")
        }
        RonError::ExceededRecursionLimit => Diagnostic::error("too-deep", "the file nests values too deeply to be a scenario")
            .at(point, "nesting gives up here")
            .with_help(format!("a scenario nests about 8 levels deep; this file passes {RECURSION_LIMIT}")),
        RonError::ExpectedComma => {
            // Point where the comma belongs, after the previous value, as rustc does.
            let after = text[..start.min(text.len())].trim_end().len();
            Diagnostic::error("syntax", "expected a comma")
                .at(after..after, "a `,` is missing here")
                .with_help("fields and list items are separated by commas")
        }
        RonError::ExpectedArrayEnd | RonError::ExpectedStructLikeEnd | RonError::ExpectedMapEnd => {
            let what = match error.code {
                RonError::ExpectedArrayEnd => "`]`",
                RonError::ExpectedMapEnd => "`}`",
                _ => "`)`",
            };
            Diagnostic::error("syntax", format!("expected a closing {what} or a comma"))
                .at(token_at(text, start), "unexpected here")
                .with_help("a comma may be missing between two items, or a bracket closed too early")
        }
        RonError::SuggestRawIdentifier(found) | RonError::InvalidIdentifier(found) => {
            Diagnostic::error("syntax", format!("expected a name here (such as `Female` or `Routine`), found `{found}`"))
                .at(token_at(text, start), "not a name")
                .with_help("names of choices are written bare, without quotes; numbers and text only go where a number or text is expected")
        }
        RonError::Eof => Diagnostic::error("syntax", "the file ends in the middle of a value")
            .at(point, "file ends here")
            .with_help("a closing `)` or `]` is probably missing; check that every bracket opened is closed"),
        RonError::Message(message) => Diagnostic::error("invalid-value", message.clone()).at(token_at(text, start), "invalid value"),
        other => {
            let message = other.to_string();
            let (code, help) = hint_for(&message);
            let span = if code == "type" { token_at(text, start) } else { point };
            let d = Diagnostic::error(code, message).at(span, "here");
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
        Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
        None => diagnostic,
    };
    diagnostic.with_note(format!("expected one of {}", check::quoted_list(expected)))
}

fn hint_for(message: &str) -> (&'static str, Option<&'static str>) {
    let lower = message.to_lowercase();
    if lower.contains("expected identifier") {
        (
            "syntax",
            Some(
                "names of choices are written bare, without quotes (`sex: Female`); write `Call(id: …)` without inner parentheses, and leave out `Some(…)`",
            ),
        )
    } else if lower.contains("out of bounds") {
        ("type", Some("this number is out of range here: most counts and minutes are whole numbers of zero or more"))
    } else if lower.contains("expected a string") || lower.contains("expected string") {
        ("type", Some("text goes in double quotes, e.g. \"09:30\""))
    } else if lower.contains("comma") {
        ("syntax", Some("items and fields are separated by commas"))
    } else if lower.contains("expected") && (lower.contains("integer") || lower.contains("number")) {
        ("type", Some("write a plain number, without quotes"))
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

//! Diagnostics a scenario author reads: rustc-style text for people, JSON for editors and scripts.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Codespan, Label, Severity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use serde::Serialize;

use crate::i18n::{Lang, text};
use crate::rules::words::Words;

pub use super::check::Level;

/// One message about one place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub level: Level,
    /// A stable kebab-case name for the kind of problem (`unknown-field`, `dangling-id`, …).
    pub code: String,
    pub message: Words,
    /// Byte range in the file's text; `None` for problems with the file as a whole.
    pub span: Option<Range<usize>>,
    pub label: Words,
    pub help: Option<Words>,
    pub notes: Vec<Words>,
}

impl Diagnostic {
    pub fn error(code: impl Into<String>, message: impl Into<Words>) -> Self {
        Diagnostic {
            level: Level::Error,
            code: code.into(),
            message: message.into(),
            span: None,
            label: Words::default(),
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(code: impl Into<String>, message: impl Into<Words>) -> Self {
        Diagnostic { level: Level::Warning, ..Diagnostic::error(code, message) }
    }

    pub fn at(mut self, span: Range<usize>, label: impl Into<Words>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<Words>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<Words>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// Everything said about one file.
#[derive(Clone, Debug, Default)]
pub struct FileReport {
    /// The file as the user named it.
    pub file: String,
    /// The text, when it could be read as UTF-8 (needed to show snippets).
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A line and column, both counted from 1; columns count characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl FileReport {
    pub fn new(file: impl Into<String>) -> Self {
        FileReport { file: file.into(), text: None, diagnostics: Vec::new() }
    }

    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.level == Level::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.level == Level::Warning).count()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// Where a byte offset falls in the text.
    pub fn line_col(&self, offset: usize) -> Option<LineCol> {
        let text = self.text.as_deref()?;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        Some(LineCol { line, column })
    }

    /// rustc-style text in English: `error[code]: message`, `--> file:line:col`, the line with a
    /// marker, help. What tests and panics quote.
    pub fn render(&self, colour: bool) -> String {
        self.render_in(colour, Lang::En)
    }

    /// The same, the words in `lang` (the codes stay as they are: they are names for scripts).
    pub fn render_in(&self, colour: bool, lang: Lang) -> String {
        let config = Config::default();
        // The file's own lines are quoted: a control character in them (an escape sequence in a
        // crafted results file) must not drive the reader's terminal.
        let source = shown_safely(self.text.as_deref().unwrap_or_default());
        // So are the words about it: a message may quote the file (`\x1b[2J` is not a time).
        let file_name = shown_safely(&self.file);
        let file = SimpleFile::new(file_name.clone(), source.clone());
        let mut out = String::new();
        for diagnostic in &self.diagnostics {
            let severity = match diagnostic.level {
                Level::Error => Severity::Error,
                Level::Warning => Severity::Warning,
            };
            let said = |words: &Words| shown_safely(&words.in_lang(lang));
            let mut notes: Vec<String> =
                diagnostic.help.iter().map(|h| text(lang, "diagnostic-help", &[("help", said(h).into())])).collect();
            notes.extend(diagnostic.notes.iter().map(|n| text(lang, "diagnostic-note", &[("note", said(n).into())])));
            let message = said(&diagnostic.message);
            let mut codespan = Codespan::new(severity).with_code(&diagnostic.code).with_notes(notes);
            match (&diagnostic.span, self.text.is_some()) {
                (Some(span), true) => {
                    let span = clamp_span(&source, span.clone());
                    codespan = codespan
                        .with_message(&message)
                        .with_labels(vec![Label::primary((), span).with_message(said(&diagnostic.label))]);
                }
                _ => codespan = codespan.with_message(format!("{file_name}: {message}")),
            }
            let rendered = if colour {
                let mut buffer = codespan_reporting::term::termcolor::Buffer::ansi();
                term::emit_to_write_style(&mut buffer, &config, &file, &codespan)
                    .map(|()| String::from_utf8_lossy(buffer.as_slice()).into_owned())
            } else {
                term::emit_into_string(&config, &file, &codespan)
            };
            match rendered {
                Ok(text) => out.push_str(&text),
                Err(_) => out.push_str(&format!("{file_name}: {message}\n")),
            }
        }
        out
    }

    /// The machine-readable form of `--format json`: the keys and codes are the same in every
    /// language, the words are in `lang` (an editor shows them to the author).
    pub fn to_json(&self, lang: Lang) -> Vec<JsonDiagnostic> {
        let said = |words: &Words| words.in_lang(lang).into_owned();
        self.diagnostics
            .iter()
            .map(|d| {
                let start = d.span.as_ref().and_then(|s| self.line_col(s.start));
                let end = d.span.as_ref().and_then(|s| self.line_col(s.end));
                JsonDiagnostic {
                    file: self.file.clone(),
                    level: d.level,
                    code: d.code.clone(),
                    message: said(&d.message),
                    line: start.map(|p| p.line),
                    column: start.map(|p| p.column),
                    end_line: end.map(|p| p.line),
                    end_column: end.map(|p| p.column),
                    label: said(&d.label),
                    help: d.help.as_ref().map(said),
                    notes: d.notes.iter().map(said).collect(),
                }
            })
            .collect()
    }
}

/// One diagnostic as `clinic-day validate --format json` prints it. These keys are stable.
#[derive(Clone, Debug, Serialize)]
pub struct JsonDiagnostic {
    pub file: String,
    pub level: Level,
    pub code: String,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
    pub label: String,
    pub help: Option<String>,
    pub notes: Vec<String>,
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Keeps a span inside the text and on character boundaries, so rendering never fails.
fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    start..end
}

/// Whether a character must not reach a terminal as it is: a control character (an escape
/// sequence could move the cursor, fake a line or change colours) or one that reorders text on the
/// screen, so that what is read is not what is there. Line breaks and tabs are layout, and pass.
pub fn hidden_on_a_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from a file shown on one line of a terminal or a report: every control character (line
/// breaks too, which could fake a line of their own) and every reordering mark shown as `?`.
pub fn on_one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() || hidden_on_a_terminal(c) { '?' } else { c }).collect()
}

/// `text` with every character `hidden_on_a_terminal` replaced by as many `?` as it has bytes, so
/// every byte offset (each diagnostic's span) still points where it did.
fn shown_safely(text: &str) -> String {
    text.chars().map(|c| if hidden_on_a_terminal(c) { "?".repeat(c.len_utf8()) } else { c.to_string() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_quoting_the_file_never_carries_its_control_characters_to_the_terminal() {
        let mut report = FileReport::new("results\u{1b}[31m.json");
        report.text = Some("{\"rewound_to\": \"\u{1b}[2J10:00\"}".to_owned());
        report.diagnostics.push(
            Diagnostic::error("bad-results", "`\u{1b}[2J10:00` is not a time")
                .at(16..28, "not \u{1b}[2J a time")
                .with_help("see \u{202e}here"),
        );
        for colour in [false, true] {
            let shown = report.render(colour);
            assert!(shown.contains("is not a time") && shown.contains("see ?"), "{shown}");
            // With colour, the renderer's own colour codes are escapes too: only the file's must go.
            assert!(
                !shown.contains("\u{1b}[2J") && !shown.contains("\u{1b}[31m.json") && !shown.contains('\u{202e}'),
                "{shown:?}"
            );
        }
    }

    #[test]
    fn a_files_control_characters_never_reach_the_terminal_and_spans_stay_put() {
        let text = "{\"a\":\u{1b}[31m 1, \u{202e}x}";
        let shown = shown_safely(text);
        assert_eq!(shown.len(), text.len());
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202e}'), "{shown:?}");
        let mut report = FileReport::new("raw.json");
        report.text = Some(text.to_owned());
        report.diagnostics.push(Diagnostic::error("bad", "here").at(6..7, "this"));
        let rendered = report.render(false);
        assert!(!rendered.contains('\u{1b}') && rendered.contains("?[31m"), "{rendered}");
    }
}

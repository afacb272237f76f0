//! The results file: who played which scenario (by id and by the SHA-256 of its text), with which
//! seed and simulator, every action they took, and the scorecard the shift ended with. JSON, so a
//! college's own tools can read it; written atomically.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::stamp::{ExamStamp, ScenarioStamp};

use crate::rules::Scorecard;
use crate::rules::words::Words;
use crate::scenario::diagnostic::{Diagnostic, FileReport};
use crate::sim::script::TimedAction;

/// What the first field of every results file says, so a foreign JSON file is told apart at once.
pub const FORMAT: &str = "clinic-day results";
/// The version of the layout below; a file with another one is refused with its version named.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsFile {
    pub format: String,
    pub format_version: u32,
    /// `clinic-day 0.3.0`: the simulator that played the shift.
    pub simulator: String,
    /// The learner's id as the college knows it (student number or username).
    pub learner: String,
    /// One attempt: unique per shift played, the xAPI registration.
    pub attempt: String,
    pub scenario: ScenarioStamp,
    pub seed: u64,
    /// `practice` or `exam`.
    pub mode: String,
    /// The exam sheet the shift was played under, for an exam.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam: Option<ExamStamp>,
    /// Wall-clock start and end (ISO 8601, UTC), when known.
    #[serde(default)]
    pub started: Option<String>,
    #[serde(default)]
    pub finished: Option<String>,
    /// A practice shift taken again from a moment of an earlier one: the simulated time it was
    /// replayed to (the journal holds the replayed actions too, so it re-grades like any other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewound_to: Option<crate::sim::clock::SimTime>,
    /// Every action the learner took, with its time on the simulated clock.
    pub journal: Vec<TimedAction>,
    /// The scorecard the shift ended with, as the app computed it: re-grading checks it.
    pub scorecard: Scorecard,
}

/// `clinic-day 0.3.0`.
pub fn simulator() -> String {
    format!("clinic-day {}", env!("CARGO_PKG_VERSION"))
}

/// An attempt id from the things that make an attempt unique, in the UUID's textual shape (xAPI
/// registrations are UUIDs). Derived, not random, so a replayed run names the same attempt.
pub fn attempt_id(learner: &str, scenario_sha256: &str, seed: u64, started: &str) -> String {
    uuid_of(&format!("{learner}\n{scenario_sha256}\n{seed}\n{started}"))
}

/// A UUID-shaped id (version 8, custom; the RFC 4122 variant) from the SHA-256 of `text`: the same
/// text always names the same thing, which is what makes a replay or a resend idempotent.
pub fn uuid_of(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut b: [u8; 16] = [0; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// Now as ISO 8601 UTC to the second (`2026-11-23T07:58:01Z`).
pub fn now_iso8601() -> String {
    iso8601(now_secs())
}

/// The wall clock now, in seconds since 1970 (UTC); 0 on a clock set before 1970.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Seconds since 1970 as ISO 8601 UTC.
pub fn iso8601(secs: u64) -> String {
    let epoch = crate::scenario::time::Date::from_ymd(1970, 1, 1);
    let days = i32::try_from(secs / 86_400).unwrap_or(i32::MAX);
    let (year, month, day) = epoch.map_or((1970, 1, 1), |e| e.plus_days(days).ymd());
    let rest = secs % 86_400;
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// Seconds since 1970 from ISO 8601 UTC as `iso8601` writes it (`2026-11-23T07:58:01Z`); `None`
/// for anything else.
pub fn parse_iso8601(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let shape = b.len() == 20
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'Z',
            _ => c.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let date =
        crate::scenario::time::Date::from_ymd(i32::try_from(number(0..4)?).ok()?, number(5..7)?, number(8..10)?)?;
    let (hours, minutes, seconds) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if hours > 23 || minutes > 59 || seconds > 59 {
        return None;
    }
    let epoch = crate::scenario::time::Date::from_ymd(1970, 1, 1)?;
    let days = u64::try_from(epoch.days_until(date)).ok()?;
    Some(days * 86_400 + u64::from(hours * 3600 + minutes * 60 + seconds))
}

/// What a finished shift hands over to become a results file.
pub struct ShiftRecord<'a> {
    pub learner: &'a str,
    pub scenario: &'a crate::scenario::Scenario,
    /// SHA-256 of the scenario's text (`sha256_hex`).
    pub scenario_sha256: String,
    pub seed: u64,
    pub mode: &'a str,
    pub exam: Option<ExamStamp>,
    pub started: Option<String>,
    pub journal: Vec<TimedAction>,
    pub scorecard: Scorecard,
}

impl ResultsFile {
    pub fn of_shift(shift: ShiftRecord<'_>) -> Self {
        let sha256 = shift.scenario_sha256;
        let started = shift.started.clone();
        ResultsFile {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            simulator: simulator(),
            learner: shift.learner.to_owned(),
            attempt: attempt_id(shift.learner, &sha256, shift.seed, started.as_deref().unwrap_or("")),
            scenario: ScenarioStamp { id: shift.scenario.id.clone(), title: shift.scenario.title.clone(), sha256 },
            seed: shift.seed,
            mode: shift.mode.to_owned(),
            exam: shift.exam,
            started,
            finished: Some(now_iso8601()),
            rewound_to: None,
            journal: shift.journal,
            scorecard: shift.scorecard,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads a results file's text. Anything that is not one (truncated, edited out of shape,
    /// another program's JSON, an older layout) is a located diagnostic, never a panic.
    pub fn parse(name: &str, text: &str) -> Result<ResultsFile, FileReport> {
        let mut report = FileReport::new(name);
        report.text = Some(text.to_owned());
        // The header first, leniently: a foreign or older file is named as such rather than as a
        // missing field somewhere in the middle.
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            format_version: Option<u32>,
        }
        if let Ok(header) = serde_json::from_str::<Header>(text) {
            let span = field_span(text, "format");
            if header.format.as_deref() != Some(FORMAT) {
                report.diagnostics.push(
                    Diagnostic::error("not-results", Words::msg("results-file-not-results"))
                        .at(span, Words::msg("results-file-not-results-label"))
                        .with_help(Words::msg("results-file-not-results-help")),
                );
                return Err(report);
            }
            if let Some(version) = header.format_version
                && version != FORMAT_VERSION
            {
                report.diagnostics.push(
                    Diagnostic::error(
                        "results-version",
                        Words::msg("results-file-version").arg("version", version).arg("reads", FORMAT_VERSION),
                    )
                    .at(field_span(text, "format_version"), Words::msg("results-file-version-label"))
                    .with_help(Words::msg("results-file-version-help")),
                );
                return Err(report);
            }
        }
        match serde_json::from_str::<ResultsFile>(text) {
            Ok(results) => {
                report.diagnostics.extend(results.field_problems(text));
                if report.diagnostics.is_empty() { Ok(results) } else { Err(report) }
            }
            Err(error) => {
                let at = offset_of(text, error.line(), error.column());
                // serde's own words, as they are, unless the file merely stops short.
                let what = if error.is_eof() {
                    Words::msg("results-file-truncated")
                } else {
                    Words::msg("results-file-json-says").arg("why", error.to_string())
                };
                report.diagnostics.push(
                    Diagnostic::error("bad-results", what)
                        .at(at..(at + 1).min(text.len()).max(at), Words::msg("results-file-here"))
                        .with_help(Words::msg("results-file-bad-help")),
                );
                Err(report)
            }
        }
    }
}

/// The most actions one shift can hold: a busy day takes a few hundred, a whole day clicked through
/// as fast as possible a few thousand.
pub const MAX_ACTIONS: usize = 20_000;
/// The most judgments one scorecard can hold.
pub const MAX_JUDGMENTS: usize = 5_000;

impl ResultsFile {
    /// The fields that came from the learner's machine and will reach file names, terminals,
    /// spreadsheets and the LRS, checked for shape and size: each problem located in the file.
    fn field_problems(&self, text: &str) -> Vec<Diagnostic> {
        use super::identity::{is_attempt_id, learner_id_problem};
        let mut problems = Vec::new();
        let mut problem = |field: &str, what: Words, label: Words| {
            problems.push(Diagnostic::error("bad-field", what).at(field_span(text, field), label));
        };
        let not_one = || Words::msg("results-file-not-one");
        if let Some(why) = learner_id_problem(&self.learner) {
            problem(
                "learner",
                Words::msg("results-file-not-a-learner-id").arg("why", why),
                Words::msg("results-file-not-a-learner-id-label"),
            );
        }
        if !is_attempt_id(&self.attempt) {
            problem("attempt", Words::msg("results-file-attempt-id"), not_one());
        }
        if !is_sha256_hex(&self.scenario.sha256) {
            problem("sha256", Words::msg("results-file-sha256"), not_one());
        }
        if !matches!(self.mode.as_str(), "practice" | "exam") {
            problem("mode", Words::msg("results-file-mode"), Words::msg("results-file-mode-label"));
        }
        if self.mode == "exam" && self.rewound_to.is_some() {
            // Only practice can be taken again from a moment: an exam is one attempt.
            problem(
                "rewound_to",
                Words::msg("results-file-rewound-exam"),
                Words::msg("results-file-rewound-exam-label"),
            );
        }
        let short_printable = |s: &str, max: usize| s.chars().count() <= max && !s.chars().any(char::is_control);
        if !short_printable(&self.simulator, 64) {
            problem("simulator", Words::msg("results-file-simulator"), not_one());
        }
        if !short_printable(&self.scenario.id, 128) || !short_printable(&self.scenario.title, 300) {
            problem("scenario", Words::msg("results-file-scenario"), Words::msg("results-file-scenario-label"));
        }
        if let Some(exam) = &self.exam
            && (!is_sha256_hex(&exam.sha256)
                || !short_printable(&exam.title, 300)
                || !short_printable(&exam.sheet, 1000))
        {
            problem("exam", Words::msg("results-file-exam-stamp"), not_one());
        }
        for (field, stamp) in [("started", &self.started), ("finished", &self.finished)] {
            if stamp.as_deref().is_some_and(|s| parse_iso8601(s).is_none()) {
                problem(field, Words::msg("results-file-time"), not_one());
            }
        }
        if self.journal.len() > MAX_ACTIONS {
            problem(
                "journal",
                Words::msg("results-file-too-many-actions").arg("count", self.journal.len()).arg("max", MAX_ACTIONS),
                Words::msg("results-file-too-many"),
            );
        }
        if self.scorecard.judgments.len() > MAX_JUDGMENTS {
            problem(
                "judgments",
                Words::msg("results-file-too-many-judgments")
                    .arg("count", self.scorecard.judgments.len())
                    .arg("max", MAX_JUDGMENTS),
                Words::msg("results-file-too-many"),
            );
        }
        problems
    }
}

/// Whether `text` is a SHA-256 as `sha256_hex` writes it.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The byte offset of a 1-based line and column (serde_json's way of pointing).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// Where `"field"` is written, for pointing at it.
fn field_span(text: &str, field: &str) -> std::ops::Range<usize> {
    // The key, not the same word as a value (`"mode": "exam"` before `"exam": {…}`).
    let needle = format!("\"{field}\"");
    text.match_indices(&needle)
        .map(|(at, _)| at)
        .find(|&at| text[at + needle.len()..].trim_start().starts_with(':'))
        .map_or(0..0, |at| at..at + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_8601_utc() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_795_419_481), "2026-11-23T07:38:01Z");
    }

    #[test]
    fn iso_8601_reads_back_what_it_writes_and_nothing_else() {
        for secs in [0, 951_782_400, 1_795_419_481] {
            assert_eq!(parse_iso8601(&iso8601(secs)), Some(secs));
        }
        for bad in ["", "2026-11-23 07:38:01Z", "2026-02-30T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T07:38:01"] {
            assert_eq!(parse_iso8601(bad), None, "{bad}");
        }
    }

    #[test]
    fn attempt_ids_look_like_uuids_and_differ_by_start() {
        let a = attempt_id("s1", "abc", 7, "2026-11-23T08:00:00Z");
        let b = attempt_id("s1", "abc", 7, "2026-11-23T08:00:01Z");
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'8', "version 8: {a}");
        assert!(matches!(a.as_bytes()[19], b'8' | b'9' | b'a' | b'b'), "RFC 4122 variant: {a}");
    }
}

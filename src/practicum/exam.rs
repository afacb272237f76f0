//! The exam sheet: what an instructor hands out for a graded practicum. A small RON file naming the
//! scenario, the seed every learner plays, how much pausing is allowed, whether the debrief is shown
//! at the end, and the folder the results files go to. Checked like a scenario: every mistake is a
//! located diagnostic with a hint.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::stamp::{ExamStamp, sha256_hex};
use crate::rules::words::Words;
use crate::scenario::diagnostic::{Diagnostic, FileReport};
use crate::scenario::locate::{Path as RonPath, SpanIndex};
use crate::scenario::{BUILTIN, Scenario};

/// The sheet format this simulator reads (the value of its `exam_sheet` field).
pub const SHEET_VERSION: u32 = 1;

/// An exam sheet as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamSheet {
    /// Marks the file as an exam sheet, and says which layout: `exam_sheet: 1`.
    pub exam_sheet: u32,
    /// How the exam is named to the learner and in the gradebook.
    pub title: String,
    /// The scenario file, relative to the sheet's folder, or `builtin:<file>` for a shipped day.
    pub scenario: String,
    /// The seed every learner plays with: the same day for everyone. Left out when
    /// `seed_per_attempt` is set.
    #[serde(default)]
    pub seed: Option<u64>,
    /// Each attempt draws its own seed when it starts (recorded in its live journal and results
    /// file), so the exact day cannot be rehearsed beforehand with the answer key.
    #[serde(default)]
    pub seed_per_attempt: bool,
    #[serde(default)]
    pub pause: PausePolicy,
    /// Show the debrief (scores and judgments) when the shift ends; otherwise the learner only sees
    /// that their results were saved.
    #[serde(default)]
    pub show_debrief: bool,
    /// The folder the results files go to, relative to the sheet's folder.
    #[serde(default = "default_results")]
    pub results: String,
    /// How many attempts each learner may make, and which one counts.
    #[serde(default)]
    pub attempts: Attempts,
    /// The Learning Record Store that witnesses each attempt as it is played: the game sends it
    /// every action as it is taken, and `grade --lrs` grades what the store received.
    #[serde(default)]
    pub witness: Option<WitnessStore>,
    /// When attempts may start, as UTC (`"2026-12-07T13:00:00Z"`): an attempt the store saw start
    /// earlier is flagged.
    #[serde(default)]
    pub opens: Option<String>,
    /// When attempts must be finished, as UTC: an attempt the store saw end later (or never) is
    /// flagged.
    #[serde(default)]
    pub closes: Option<String>,
    /// The language the exam is sat in (`En` or `Fr`): the game, the day's texts and the debrief
    /// in it, whatever language the learner chose for practice. Left out: the learner's own.
    /// Grading does not depend on it.
    #[serde(default)]
    pub lang: Option<crate::i18n::Lang>,
}

/// Where an exam's attempts are witnessed, and the key the game sends them with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessStore {
    /// The store's xAPI endpoint, e.g. `"https://lrs.college.example/xAPI"`.
    pub endpoint: String,
    /// The exam's own account at the store, allowed to write statements and nothing else: it is
    /// in every learner's copy of the sheet, so it must never be the grader's.
    pub user: String,
    pub key: String,
}

impl WitnessStore {
    pub fn lrs(&self) -> super::lrs::Lrs {
        super::lrs::Lrs { endpoint: self.endpoint.clone(), user: self.user.clone(), password: self.key.clone() }
    }
}

/// How many attempts a learner may make at an exam, and which one goes to the gradebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempts {
    /// Attempts graded per learner, in the order they were started; later ones are flagged.
    #[serde(default = "one")]
    pub allowed: u32,
    #[serde(default)]
    pub counts: Counts,
}

impl Default for Attempts {
    fn default() -> Self {
        Attempts { allowed: 1, counts: Counts::default() }
    }
}

fn one() -> u32 {
    1
}

impl Attempts {
    /// In words, for the briefing: "You have one attempt." / "You have 2 attempts; the highest counts."
    pub fn describe(self) -> Words {
        if self.allowed == 1 {
            return Words::msg("attempts-one");
        }
        let counts = match self.counts {
            Counts::First => "first",
            Counts::Last => "last",
            Counts::Highest => "highest",
        };
        Words::msg("attempts-many").arg("allowed", self.allowed).arg("counts", counts)
    }
}

/// Which of a learner's graded attempts goes to the gradebook.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counts {
    First,
    Last,
    /// As Moodle's quizzes do by default.
    #[default]
    Highest,
}

/// The most attempts a sheet may allow: enough for any course, small enough to mean something.
pub const MAX_ATTEMPTS: u32 = 20;

fn default_results() -> String {
    "results".to_owned()
}

/// How much a learner may stop the clock during the exam.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PausePolicy {
    /// The clock never stops once the shift has begun.
    #[default]
    NoPause,
    /// At most `times` pauses, each ending on its own after `minutes` of real time.
    Limited { times: u32, minutes: u32 },
    /// As in practice.
    Unlimited,
}

impl PausePolicy {
    /// In words, for the briefing.
    pub fn describe(self) -> Words {
        match self {
            PausePolicy::NoPause => Words::msg("pause-describe-none"),
            PausePolicy::Limited { times, minutes } => {
                Words::msg("pause-describe-limited").arg("times", times).arg("minutes", minutes)
            }
            PausePolicy::Unlimited => Words::msg("pause-describe-unlimited"),
        }
    }
}

impl PausePolicy {
    /// Whether the learner may pause once more, having paused `used` times; if not, why, in words.
    pub fn allows_pause(self, used: u32) -> Result<(), Words> {
        match self {
            PausePolicy::Unlimited => Ok(()),
            PausePolicy::NoPause => Err(Words::msg("pause-refused-none")),
            PausePolicy::Limited { times, .. } if used < times => Ok(()),
            PausePolicy::Limited { times, .. } => Err(Words::msg("pause-refused-used-up").arg("times", times)),
        }
    }

    /// Takes out of what the learner asked for a pause the sheet does not allow (`refuse` is told
    /// why), and the "Resume" that would follow it.
    pub fn keep_pauses(
        self,
        paused: bool,
        used: u32,
        asked: &mut Vec<crate::sim::Action>,
        mut refuse: impl FnMut(Words),
    ) {
        use crate::sim::Action;
        asked.retain(|action| match action {
            Action::Pause if !paused => match self.allows_pause(used) {
                Ok(()) => true,
                Err(why) => {
                    refuse(why);
                    false
                }
            },
            Action::Resume if !paused => false,
            _ => true,
        });
    }

    /// Whether a whole attempt's `taken` pauses are within the sheet.
    pub fn allows_in_all(self, taken: u32) -> bool {
        match self {
            PausePolicy::NoPause => taken == 0,
            PausePolicy::Limited { times, .. } => taken <= times,
            PausePolicy::Unlimited => true,
        }
    }

    /// "no pause", "2 pauses", "any number of pauses".
    pub fn allowed_words(self) -> Words {
        match self {
            PausePolicy::NoPause => Words::msg("pause-allowed-none"),
            PausePolicy::Limited { times, .. } => Words::msg("pause-allowed-limited").arg("times", times),
            PausePolicy::Unlimited => Words::msg("pause-allowed-any"),
        }
    }

    /// How long one pause may last before the clock starts again by itself.
    pub fn longest_pause(self) -> Option<std::time::Duration> {
        match self {
            PausePolicy::Limited { minutes, .. } => Some(std::time::Duration::from_secs(u64::from(minutes) * 60)),
            _ => None,
        }
    }

    /// For the top bar: "exam · 2 pauses left".
    pub fn status(self, used: u32) -> Words {
        match self {
            PausePolicy::NoPause => Words::msg("pause-status-none"),
            PausePolicy::Unlimited => Words::msg("pause-status-unlimited"),
            PausePolicy::Limited { times, .. } => {
                Words::msg("pause-status-left").arg("left", times.saturating_sub(used))
            }
        }
    }
}

/// How many times the learner has stopped the running clock so far: a pause while already paused
/// (the menu opened on a paused day) and a refused pause do not count.
pub fn pauses_taken(day: &crate::sim::Day) -> u32 {
    pauses_taken_in(&day.journal)
}

/// As `pauses_taken`, from a journal (a replayed attempt's).
pub fn pauses_taken_in(journal: &crate::sim::journal::Journal) -> u32 {
    use crate::sim::Action;
    use crate::sim::journal::Entry;
    let (mut paused, mut taken) = (false, 0u32);
    for entry in &journal.entries {
        match &entry.what {
            Entry::Action(Action::Pause) if !paused => {
                paused = true;
                taken = taken.saturating_add(1);
            }
            Entry::Action(Action::Resume) => paused = false,
            _ => {}
        }
    }
    taken
}

/// A checked sheet with its scenario loaded.
#[derive(Clone, Debug)]
pub struct Exam {
    pub sheet: ExamSheet,
    /// Where the sheet was read from.
    pub path: PathBuf,
    /// SHA-256 of the sheet's text.
    pub sha256: String,
    pub scenario: Arc<Scenario>,
    /// Where the scenario came from: a path, or a built-in day's file name.
    pub scenario_source: ScenarioSource,
    /// SHA-256 of the scenario's text.
    pub scenario_sha256: String,
    /// The results folder, resolved against the sheet's folder.
    pub results_dir: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioSource {
    Builtin(&'static str),
    File(PathBuf),
}

impl Exam {
    /// The seed a new attempt plays with: the sheet's, or one drawn now when the sheet draws one per
    /// attempt (from the clock and the process, hashed: no two attempts started apart share it).
    /// The exam with its day read in `lang`: a grader's gradebook and statements read it in English
    /// whatever language the sheet is sat in, and a learner's feedback in theirs. The bytes, and so
    /// the hash every results file names, are the same.
    pub fn with_day_in(mut self, lang: crate::i18n::Lang) -> Result<Exam, Words> {
        let folder = self.path.parent().map(Path::to_path_buf).unwrap_or_default();
        let (scenario, _, _) = resolve_scenario(&self.sheet.scenario, &folder, lang).map_err(|unresolved| {
            let (why, _) = *unresolved;
            why
        })?;
        self.scenario = Arc::new(scenario);
        Ok(self)
    }

    pub fn seed_for_new_attempt(&self) -> u64 {
        if let Some(seed) = self.sheet.seed {
            return seed;
        }
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let digest = sha256_hex(format!("{now}-{}-{}", std::process::id(), self.sha256).as_bytes());
        // Nine hex digits: a seed short enough to read out, with 68 billion to choose from.
        u64::from_str_radix(digest.get(..9).unwrap_or("0"), 16).unwrap_or(0)
    }

    pub fn stamp(&self) -> ExamStamp {
        ExamStamp {
            title: self.sheet.title.clone(),
            sheet: self.path.display().to_string(),
            sha256: self.sha256.clone(),
        }
    }
}

/// Whether a RON text is an exam sheet (it has a top-level `exam_sheet` field) rather than a
/// scenario, so one "open a file" box and `validate` can take both.
pub fn is_exam_sheet(text: &str) -> bool {
    let index = SpanIndex::new(text);
    match (index.span(&RonPath::root().field("exam_sheet")), index.span(&RonPath::root())) {
        (Some(field), Some(whole)) => field != whole,
        _ => false,
    }
}

/// Reads and checks an exam sheet file, and loads the scenario it names.
pub fn load_exam(path: &Path) -> Result<Exam, FileReport> {
    let name = path.display().to_string();
    use crate::storage::{FileKind, ReadError, read_capped_text};
    let text = match read_capped_text(path, FileKind::ExamSheet) {
        Ok(text) => text,
        Err(ReadError::TooBig { .. }) => {
            return Err(fail(
                &name,
                Diagnostic::error("too-big", Words::msg("exam-sheet-too-big"))
                    .with_help(Words::msg("exam-sheet-too-big-help")),
            ));
        }
        Err(e) => {
            return Err(fail(
                &name,
                Diagnostic::error("io", Words::msg("exam-sheet-unreadable").arg("why", e.words()))
                    .with_help(Words::msg("exam-sheet-unreadable-help")),
            ));
        }
    };
    // Absolute, so the results folder is where the instructor meant whatever the learner's working
    // folder, and a resumed exam finds its sheet again.
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    load_exam_str(&name, &text, path.parent().unwrap_or(Path::new(""))).map(|mut exam| {
        exam.path = path.clone();
        exam
    })
}

fn fail(name: &str, diagnostic: Diagnostic) -> FileReport {
    let mut report = FileReport::new(name);
    report.diagnostics.push(diagnostic);
    report
}

/// Checks a sheet's text; `folder` is where relative paths in it start from.
pub fn load_exam_str(name: &str, text: &str, folder: &Path) -> Result<Exam, FileReport> {
    let mut report = FileReport::new(name);
    report.text = Some(text.to_owned());
    let index = SpanIndex::new(text);
    let span_of = |field: &str| index.span(&RonPath::root().field(field)).unwrap_or(0..0);
    if !is_exam_sheet(text) {
        let hint = if text.contains("format:") {
            Words::msg("exam-sheet-not-a-sheet-scenario-help")
        } else {
            Words::msg("exam-sheet-not-a-sheet-help")
        };
        report
            .diagnostics
            .push(Diagnostic::error("not-exam-sheet", Words::msg("exam-sheet-not-a-sheet")).with_help(hint));
        return Err(report);
    }
    let sheet: ExamSheet = match crate::scenario::ron_options().from_str(text) {
        Ok(sheet) => sheet,
        Err(error) => {
            report.diagnostics.push(crate::scenario::load::parse_error(text, &error));
            return Err(report);
        }
    };
    if sheet.exam_sheet != SHEET_VERSION {
        report.diagnostics.push(
            Diagnostic::error(
                "sheet-version",
                Words::msg("exam-sheet-version").arg("version", sheet.exam_sheet).arg("reads", SHEET_VERSION),
            )
            .at(span_of("exam_sheet"), Words::msg("exam-sheet-version-label"))
            .with_help(Words::msg("exam-sheet-version-help").arg("reads", SHEET_VERSION)),
        );
    }
    if sheet.title.trim().is_empty() {
        report.diagnostics.push(
            Diagnostic::error("empty-title", Words::msg("exam-sheet-no-title"))
                .at(span_of("title"), Words::msg("exam-sheet-empty"))
                .with_help(Words::msg("exam-sheet-no-title-help")),
        );
    }
    if let PausePolicy::Limited { times, minutes } = sheet.pause
        && (times == 0 || minutes == 0)
    {
        report.diagnostics.push(
            Diagnostic::error("pause", Words::msg("exam-sheet-pause"))
                .at(span_of("pause"), Words::msg("exam-sheet-pause-label"))
                .with_help(Words::msg("exam-sheet-pause-help")),
        );
    }
    match (sheet.seed, sheet.seed_per_attempt) {
        (Some(_), true) => report.diagnostics.push(
            Diagnostic::error("seed", Words::msg("exam-sheet-seed-both"))
                .at(span_of("seed_per_attempt"), Words::msg("exam-sheet-seed-both-label"))
                .with_help(Words::msg("exam-sheet-seed-both-help")),
        ),
        (None, false) => report.diagnostics.push(
            Diagnostic::error("seed", Words::msg("exam-sheet-no-seed"))
                .at(span_of("exam_sheet"), Words::msg("exam-sheet-no-seed-label"))
                .with_help(Words::msg("exam-sheet-no-seed-help")),
        ),
        _ => {}
    }
    if !(1..=MAX_ATTEMPTS).contains(&sheet.attempts.allowed) {
        report.diagnostics.push(
            Diagnostic::error("attempts", Words::msg("exam-sheet-attempts").arg("max", MAX_ATTEMPTS))
                .at(
                    span_of("attempts"),
                    if sheet.attempts.allowed == 0 {
                        Words::msg("exam-sheet-attempts-none")
                    } else {
                        Words::msg("exam-sheet-attempts-too-many")
                    },
                )
                .with_help(Words::msg("exam-sheet-attempts-help")),
        );
    }
    if sheet.results.trim().is_empty() {
        report.diagnostics.push(
            Diagnostic::error("results-folder", Words::msg("exam-sheet-results-folder"))
                .at(span_of("results"), Words::msg("exam-sheet-empty"))
                .with_help(Words::msg("exam-sheet-results-folder-help")),
        );
    }
    if let Some(store) = &sheet.witness {
        let web = store.endpoint.starts_with("https://") || store.endpoint.starts_with("http://");
        if !web || store.endpoint.chars().any(char::is_whitespace) {
            report.diagnostics.push(
                Diagnostic::error("witness", Words::msg("exam-sheet-witness-endpoint"))
                    .at(span_of("witness"), Words::msg("exam-sheet-witness-endpoint-label"))
                    .with_help(Words::msg("exam-sheet-witness-endpoint-help")),
            );
        }
        if store.user.trim().is_empty() || store.key.is_empty() {
            report.diagnostics.push(
                Diagnostic::error("witness", Words::msg("exam-sheet-witness-account"))
                    .at(span_of("witness"), Words::msg("exam-sheet-witness-account-label"))
                    .with_help(Words::msg("exam-sheet-witness-account-help")),
            );
        }
    }
    let mut window = [None, None];
    for (slot, (field, value)) in window.iter_mut().zip([("opens", &sheet.opens), ("closes", &sheet.closes)]) {
        let Some(text) = value else { continue };
        *slot = super::results::parse_iso8601(text);
        if slot.is_none() {
            report.diagnostics.push(
                Diagnostic::error("window", Words::msg("exam-sheet-window-time").arg("field", field))
                    .at(span_of(field), Words::msg("exam-sheet-window-time-label"))
                    .with_help(Words::msg("exam-sheet-window-time-help")),
            );
        }
    }
    if let [Some(opens), Some(closes)] = window
        && closes <= opens
    {
        report.diagnostics.push(
            Diagnostic::error("window", Words::msg("exam-sheet-window-order"))
                .at(span_of("closes"), Words::msg("exam-sheet-window-order-label"))
                .with_help(Words::msg("exam-sheet-window-order-help")),
        );
    }
    let scenario = match resolve_scenario(&sheet.scenario, folder, sheet.lang.unwrap_or_default()) {
        Ok(found) => Some(found),
        Err(unresolved) => {
            let (why, help) = *unresolved;
            report.diagnostics.push(
                Diagnostic::error("scenario", why)
                    .at(span_of("scenario"), Words::msg("exam-sheet-scenario-label"))
                    .with_help(help),
            );
            None
        }
    };
    if report.has_errors() {
        return Err(report);
    }
    let Some((scenario, scenario_source, scenario_bytes)) = scenario else { return Err(report) };
    Ok(Exam {
        results_dir: folder.join(sheet.results.trim()),
        sheet,
        path: PathBuf::from(name),
        sha256: sha256_hex(text.as_bytes()),
        scenario: Arc::new(scenario),
        scenario_source,
        scenario_sha256: sha256_hex(&scenario_bytes),
    })
}

/// Why a sheet's scenario could not be had, and what to do about it (boxed: it is rare, and the
/// day it comes with when all goes well is what the result's size should follow).
type Unresolved = (Words, Words);

/// The scenario a sheet names, loaded and checked; or why not, and what to do.
fn resolve_scenario(
    named: &str,
    folder: &Path,
    lang: crate::i18n::Lang,
) -> Result<(Scenario, ScenarioSource, Vec<u8>), Box<Unresolved>> {
    if let Some(file) = named.strip_prefix("builtin:") {
        let builtin =
            BUILTIN.iter().find(|b| b.file == file || b.file.trim_end_matches(".ron") == file).ok_or_else(|| {
                let known: Vec<&str> = BUILTIN.iter().map(|b| b.file).collect();
                Box::new((
                    Words::msg("exam-sheet-no-builtin").arg("file", file),
                    Words::msg("exam-sheet-no-builtin-help").arg("known", known.join(", ")),
                ))
            })?;
        let loaded = builtin.load_in(lang).map_err(|r| {
            Box::new((
                Words::msg("exam-sheet-builtin-broken").arg("why", Words::each(|lang| r.render_in(false, lang))),
                Words::msg("exam-sheet-builtin-broken-help"),
            ))
        })?;
        return Ok((loaded.scenario, ScenarioSource::Builtin(builtin.file), builtin.text.as_bytes().to_vec()));
    }
    let path = folder.join(named);
    let bytes = crate::storage::read_capped(&path, crate::storage::FileKind::Scenario).map_err(|e| {
        Box::new((
            Words::msg("exam-sheet-scenario-unreadable").arg("path", path.display().to_string()).arg("why", e.words()),
            Words::msg("exam-sheet-scenario-unreadable-help"),
        ))
    })?;
    let loaded = crate::scenario::load_bytes_in(&path.display().to_string(), &bytes, lang).map_err(|report| {
        Box::new((
            Words::msg("exam-sheet-scenario-errors")
                .arg("path", path.display().to_string())
                .arg("count", report.errors()),
            Words::msg("exam-sheet-scenario-errors-help").arg("path", path.display().to_string()),
        ))
    })?;
    Ok((loaded.scenario, ScenarioSource::File(path), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<Exam, String> {
        load_exam_str("sheet.ron", text, Path::new(".")).map_err(|r| r.render(false))
    }

    const GOOD: &str = r#"(
        exam_sheet: 1,
        title: "MOA 120 practicum",
        scenario: "builtin:tutorial.ron",
        seed: 7,
        pause: Limited(times: 2, minutes: 3),
        show_debrief: true,
    )"#;

    #[test]
    fn a_good_sheet_loads_its_scenario() {
        let exam = check(GOOD).expect("a good sheet");
        assert_eq!(exam.sheet.seed, Some(7));
        assert_eq!(exam.sheet.pause, PausePolicy::Limited { times: 2, minutes: 3 });
        assert_eq!(exam.scenario_source, ScenarioSource::Builtin("tutorial.ron"));
        assert_eq!(exam.results_dir, Path::new("./results"));
        assert_eq!(exam.scenario_sha256.len(), 64);
    }

    #[test]
    fn a_sheet_in_french_reads_its_day_in_french_and_hashes_the_same_bytes() {
        let sheet = |lang: &str| {
            format!(r#"(exam_sheet: 1, title: "Examen", scenario: "builtin:quebec-gmf.ron", seed: 1{lang})"#)
        };
        let french = check(&sheet(", lang: Fr")).expect("a sheet in French");
        let english = check(&sheet("")).expect("a sheet in the learner's language");
        assert_eq!(french.sheet.lang, Some(crate::i18n::Lang::Fr));
        assert!(french.scenario.title.starts_with("GMF des Érables"), "{}", french.scenario.title);
        assert_ne!(french.scenario.title, english.scenario.title);
        assert_eq!(french.scenario_sha256, english.scenario_sha256, "the same day, graded the same");
        assert!(check(&sheet(", lang: De")).is_err(), "a language Clinic Day does not speak is refused");
    }

    #[test]
    fn a_sheet_gives_one_seed_or_draws_one_per_attempt() {
        let drawn = check(r#"(exam_sheet: 1, title: "T", scenario: "builtin:tutorial", seed_per_attempt: true)"#)
            .expect("a seed per attempt");
        assert_eq!(drawn.sheet.seed, None);
        let (a, b) = (drawn.seed_for_new_attempt(), drawn.seed_for_new_attempt());
        assert_ne!(a, b, "two attempts draw two seeds");
        assert_eq!(check(GOOD).expect("fixed").seed_for_new_attempt(), 7);
        let both =
            check(r#"(exam_sheet: 1, title: "T", scenario: "builtin:tutorial", seed: 3, seed_per_attempt: true)"#)
                .expect_err("both");
        assert!(both.contains("not both"), "{both}");
        let neither = check(r#"(exam_sheet: 1, title: "T", scenario: "builtin:tutorial")"#).expect_err("neither");
        assert!(neither.contains("no seed"), "{neither}");
    }

    #[test]
    fn leaving_settings_out_is_the_strict_exam() {
        let exam = check(r#"(exam_sheet: 1, title: "T", scenario: "builtin:tutorial", seed: 1)"#).expect("loads");
        assert_eq!(exam.sheet.pause, PausePolicy::NoPause);
        assert!(!exam.sheet.show_debrief);
    }

    #[test]
    fn mistakes_are_located_with_a_hint() {
        let e = check(&GOOD.replace("builtin:tutorial.ron", "builtin:nope.ron")).expect_err("unknown day");
        assert!(e.contains("no built-in day `nope.ron`") && e.contains("sheet.ron:4:"), "{e}");
        let e = check(&GOOD.replace("seed: 7", "sed: 7")).expect_err("a typo");
        assert!(e.contains("unknown field `sed`") && e.contains("did you mean `seed`"), "{e}");
        let e = check(&GOOD.replace("times: 2", "times: 0")).expect_err("no pauses");
        assert!(e.contains("NoPause"), "{e}");
        let e = check(&GOOD.replace("exam_sheet: 1", "exam_sheet: 2")).expect_err("newer");
        assert!(e.contains("version 2"), "{e}");
        let e = check("(format: 1, id: \"x\")").expect_err("a scenario");
        assert!(e.contains("looks like a scenario"), "{e}");
        let e = check(&GOOD[..GOOD.len() - 10]).expect_err("cut short");
        assert!(e.contains("error"), "{e}");
        let e = check(&GOOD.replace("builtin:tutorial.ron", "missing.ron")).expect_err("no such file");
        assert!(e.contains("cannot read the scenario") && e.contains("relative to the exam sheet"), "{e}");
    }

    #[test]
    fn a_witness_store_and_a_window_are_checked_where_they_are_written() {
        let with = |extra: &str| GOOD.replace("show_debrief: true,", &format!("show_debrief: true, {extra}"));
        let exam = check(&with(
            r#"witness: (endpoint: "https://lrs.college.example/xAPI", user: "moa120-w9", key: "k"),
               opens: "2026-12-07T13:00:00Z", closes: "2026-12-07T17:00:00Z","#,
        ))
        .expect("loads");
        assert_eq!(exam.sheet.witness.map(|w| w.lrs().user), Some("moa120-w9".to_owned()));
        let e =
            check(&with(r#"witness: (endpoint: "lrs.college.example", user: "u", key: "k"),"#)).expect_err("no scheme");
        assert!(e.contains("not a web address") && e.contains("sheet.ron:7:"), "{e}");
        let e = check(&with(r#"witness: (endpoint: "https://lrs.example/xAPI", user: " ", key: ""),"#))
            .expect_err("no account");
        assert!(e.contains("the exam's own account"), "{e}");
        let e = check(&with(r#"opens: "Monday 8am","#)).expect_err("not a time");
        assert!(e.contains("`opens` is not a UTC time"), "{e}");
        let e =
            check(&with(r#"opens: "2026-12-07T13:00:00Z", closes: "2026-12-07T12:00:00Z","#)).expect_err("backwards");
        assert!(e.contains("closes before it opens"), "{e}");
    }

    #[test]
    fn sheets_are_told_from_scenarios() {
        assert!(is_exam_sheet(GOOD));
        assert!(!is_exam_sheet("(format: 1, id: \"x\", patients: [(exam_sheet: 1)])"));
    }

    #[test]
    fn limited_pauses_run_out() {
        let policy = PausePolicy::Limited { times: 2, minutes: 3 };
        assert!(policy.allows_pause(0).is_ok() && policy.allows_pause(1).is_ok());
        assert!(policy.allows_pause(2).expect_err("used up").contains("allows 2"));
        assert!(PausePolicy::NoPause.allows_pause(0).is_err());
        assert!(PausePolicy::Unlimited.allows_pause(99).is_ok());
        assert_eq!(policy.longest_pause(), Some(std::time::Duration::from_secs(180)));
        assert_eq!(&*policy.status(1), "exam · 1 pause left");
    }

    #[test]
    fn a_pause_beyond_the_sheet_is_refused_and_the_rest_goes_through() {
        use crate::sim::Action;
        let mut refused = Vec::new();
        let mut asked = vec![Action::Pause, Action::SkipToNextEvent];
        PausePolicy::NoPause.keep_pauses(false, 0, &mut asked, |why| refused.push(why));
        assert_eq!(asked, vec![Action::SkipToNextEvent]);
        assert_eq!(refused.len(), 1);
        // A resumed shift starts paused: the learner may always start the clock.
        let mut asked = vec![Action::Resume];
        PausePolicy::NoPause.keep_pauses(true, 0, &mut asked, |why| refused.push(why));
        assert_eq!(asked, vec![Action::Resume]);
        let mut asked = vec![Action::Pause];
        PausePolicy::Limited { times: 1, minutes: 1 }.keep_pauses(false, 0, &mut asked, |why| refused.push(why));
        assert_eq!(asked, vec![Action::Pause], "the first of one allowed");
    }

    #[test]
    fn only_stopping_a_running_clock_counts_as_a_pause() {
        use crate::sim::Action;
        let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("shipped");
        let scenario = Arc::new(builtin.load().expect("loads").scenario);
        let mut day = crate::shift::Shift::new(scenario.clone(), 1);
        for action in [Action::Pause, Action::Pause, Action::Resume, Action::Resume, Action::Pause] {
            let _ = day.apply(action);
        }
        assert_eq!(pauses_taken(&day), 2);
    }

    #[test]
    fn pause_policies_read_as_sentences() {
        assert_eq!(
            &*PausePolicy::Limited { times: 1, minutes: 1 }.describe(),
            "You may pause once at most, for up to 1 minute each; the clock then starts again by itself."
        );
    }
}

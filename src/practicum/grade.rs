//! Re-grading: each results file's journal is played again, headless, on the scenario it names, and
//! the scorecard recomputed. A file is graded only when everything agrees: the scenario's id and
//! text (SHA-256), a journal that replays, and the claimed scorecard equal to the replayed one.
//! Anything else is flagged with its reason; one bad file never stops the rest.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::results::ResultsFile;
use super::stamp::sha256_hex;
use crate::rules::words::Arg;
use crate::rules::{Reading, Scorecard, Words};
use crate::scenario::Scenario;
use crate::shift::outcome::{Player, run_day};
use crate::sim::journal::Journal;
use crate::sim::script::TimedAction;

/// The scenarios a class may have played, by id; more than one version of a scenario may be known
/// (this term's and last term's), told apart by the hash of their text.
#[derive(Default)]
pub struct Scenarios {
    by_id: BTreeMap<String, Vec<(String, Arc<Scenario>)>>,
    /// Grading one exam: every file must have been played as that exam, on its seed.
    exam: Option<ExamCheck>,
}

/// What grading against an exam sheet checks beyond the replay.
#[derive(Clone, Debug)]
pub struct ExamCheck {
    pub title: String,
    /// The seed everyone plays; `None` when each attempt draws its own.
    pub seed: Option<u64>,
    /// SHA-256 of the sheet's text: an exam's results carry it in their stamp.
    pub sheet_sha256: String,
    pub pause: super::exam::PausePolicy,
}

impl Scenarios {
    /// Adds a scenario from its file's bytes (already loaded and checked).
    pub fn add(&mut self, bytes: &[u8], scenario: Scenario) {
        let hash = sha256_hex(bytes);
        let versions = self.by_id.entry(scenario.id.clone()).or_default();
        if !versions.iter().any(|(h, _)| *h == hash) {
            versions.push((hash, Arc::new(scenario)));
        }
    }

    /// The scenarios of one exam sheet, and its rules.
    pub fn of_exam(exam: &super::exam::Exam) -> Self {
        let mut scenarios = Scenarios::default();
        let hash = exam.scenario_sha256.clone();
        scenarios.by_id.entry(exam.scenario.id.clone()).or_default().push((hash, exam.scenario.clone()));
        scenarios.exam = Some(ExamCheck {
            title: exam.sheet.title.clone(),
            seed: exam.sheet.seed,
            sheet_sha256: exam.sha256.clone(),
            pause: exam.sheet.pause,
        });
        scenarios
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The exam's title, or the scenarios' titles (one, usually), for naming the grade item.
    pub fn title(&self) -> String {
        self.title_of(&[])
    }

    /// What the class played, for the gradebook's item and the summary's title: the exam's title;
    /// or the titles of the days these attempts were played on (not every day given to the grader:
    /// a folder of six days graded for one is that one); or, when none is known, every day's.
    pub fn title_of(&self, graded: &[Graded]) -> String {
        if let Some(exam) = &self.exam {
            return exam.title.clone();
        }
        let mut played: Vec<&str> = graded
            .iter()
            .filter_map(|g| g.results.as_ref().and_then(|r| self.scenario_of(r)))
            .map(|s| s.title.as_str())
            .collect();
        played.sort_unstable();
        played.dedup();
        if !played.is_empty() {
            return played.join(" / ");
        }
        let mut titles: Vec<&str> =
            self.by_id.values().flat_map(|versions| versions.iter().map(|(_, s)| s.title.as_str())).collect();
        titles.dedup();
        titles.join(" / ")
    }

    /// The scenario a results file was played on, when it is among these (the same id, the same
    /// text).
    pub fn scenario_of(&self, results: &ResultsFile) -> Option<&Arc<Scenario>> {
        self.find(&results.scenario.id, &results.scenario.sha256).ok()
    }

    /// The reading of the rulebook a results file's day was judged by: its clinic's jurisdiction's
    /// (the general reading when the scenario is not among these).
    pub fn reading_of(&self, results: &ResultsFile) -> Reading {
        self.scenario_of(results).map_or(Reading::General, |s| Reading::from(s.clinic.jurisdiction))
    }

    /// The reading of the rulebook every scenario given is judged by; the general reading when their
    /// clinics are in jurisdictions read differently (or there are none).
    pub fn reading(&self) -> Reading {
        let mut readings =
            self.by_id.values().flat_map(|versions| versions.iter().map(|(_, s)| Reading::from(s.clinic.jurisdiction)));
        let first = readings.next().unwrap_or_default();
        if readings.all(|r| r == first) { first } else { Reading::General }
    }

    fn find(&self, id: &str, hash: &str) -> Result<&Arc<Scenario>, Flag> {
        let versions = self.by_id.get(id).ok_or_else(|| Flag::UnknownScenario { id: id.to_owned() })?;
        versions.iter().find(|(h, _)| h == hash).map(|(_, s)| s).ok_or_else(|| Flag::WrongScenarioVersion {
            id: id.to_owned(),
            claimed: hash.to_owned(),
            known: versions.iter().map(|(h, _)| h.clone()).collect(),
        })
    }
}

/// Why a results file was not graded. The reasons are words put into the reader's language when
/// shown (`words`); written to a file or printed with `Display`, they are English.
#[derive(Clone, Debug, PartialEq)]
pub enum Flag {
    /// Not a results file, or not a whole one: the diagnostic, rendered in English (or why the file
    /// could not be read).
    Unreadable(Words),
    UnknownScenario {
        id: String,
    },
    /// Played on a scenario whose text differs from every version given to the grader.
    WrongScenarioVersion {
        id: String,
        claimed: String,
        known: Vec<String>,
    },
    /// The journal names things the scenario does not have, or goes back in time.
    Corrupt(Words),
    /// The replayed scorecard differs from the one the file claims.
    Tampered(Words),
    /// Graded against an exam sheet, but not played as that exam (practice mode, another seed).
    NotThisExam(Words),
    /// Played as this exam, but not by its rules (more pauses than it allows, times out of order).
    BrokeExamRules(Words),
    /// The exam's witness store disagrees with the file, or saw the attempt break the sheet.
    NotWitnessed(Words),
    /// The same attempt as another file given (the same attempt id, the same learner).
    Duplicate {
        of: String,
    },
    /// The same attempt as another learner's, or as good as: the same id, or (nearly) the same
    /// decisions at the same simulated times.
    Copied {
        with: String,
        how: Words,
    },
    /// The learner is not on the class roster.
    NotOnRoster,
    /// An attempt beyond the number the sheet allows (counted in the order they were started).
    ExtraAttempt {
        allowed: u32,
    },
    /// Played on a later version of Clinic Day (or one this build cannot name), whose rulebook this
    /// one does not know: it is graded with that version.
    OtherSimulator {
        made_by: String,
        replayed: f32,
        claimed: f32,
    },
}

impl Flag {
    /// The full reason: its kind, then why. What the grader reads (`in_lang`), and, in English,
    /// what `Display` writes. The file's own text (a learner id, a path, a diagnostic) is quoted
    /// as it is.
    pub fn words(&self) -> Words {
        match self {
            Flag::Unreadable(why) => Words::msg("flag-unreadable").arg("why", why.clone()),
            Flag::UnknownScenario { id } => Words::msg("flag-unknown-scenario").arg("id", id),
            Flag::WrongScenarioVersion { id, claimed, known } => {
                // Hashes are checked hex by now; cut by characters all the same, never by bytes.
                let short = |h: &str| h.chars().take(12).collect::<String>();
                let known: Vec<String> = known.iter().map(|h| format!("{}…", short(h))).collect();
                Words::msg("flag-wrong-scenario-version")
                    .arg("id", id)
                    .arg("claimed", short(claimed))
                    .arg("known", known.join(", "))
            }
            Flag::Corrupt(why) => Words::msg("flag-corrupt").arg("why", why.clone()),
            Flag::Tampered(why) => Words::msg("flag-tampered").arg("why", why.clone()),
            Flag::NotThisExam(why) => Words::msg("flag-not-this-exam").arg("why", why.clone()),
            Flag::BrokeExamRules(why) => Words::msg("flag-broke-exam-rules").arg("why", why.clone()),
            Flag::NotWitnessed(why) => Words::msg("flag-not-witnessed").arg("why", why.clone()),
            Flag::Duplicate { of } => Words::msg("flag-duplicate").arg("of", of),
            Flag::Copied { with, how } => Words::msg("flag-copied").arg("how", how.clone()).arg("with", with),
            Flag::NotOnRoster => Words::msg("flag-not-on-roster"),
            Flag::ExtraAttempt { allowed } => Words::msg("flag-extra-attempt").arg("allowed", *allowed),
            Flag::OtherSimulator { made_by, replayed, claimed } => Words::msg("flag-other-simulator")
                .arg("made_by", made_by)
                .arg("claimed", Arg::Decimal(*claimed))
                .arg("this", super::results::simulator())
                .arg("replayed", Arg::Decimal(*replayed)),
        }
    }
}

/// The reason in English, as gradebooks, logs and tests read it.
impl std::fmt::Display for Flag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.words().english())
    }
}

/// A results file made by an earlier Clinic Day, judged again from its actions under this version's
/// rulebook: judgments are a function of the journal, so the learner's shift is graded as it was
/// played, by the rules graded today.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejudged {
    /// The version that made the file, as this build reads it ("0.2.0").
    pub made_by: Version,
    /// The total that version gave it.
    pub claimed: f32,
}

impl Rejudged {
    /// One line for the grader and the summary (English when written or printed with `Display`).
    pub fn note(&self) -> Words {
        Words::msg("flag-rejudged")
            .arg("version", self.made_by.to_string())
            .arg("claimed", Arg::Decimal(self.claimed))
            .arg("simulator", super::results::simulator())
    }
}

/// A Clinic Day version, `major.minor.patch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u32, pub u32, pub u32);

impl Version {
    /// The version named by a results file's `simulator` ("clinic-day 0.2.0"); `None` for anything
    /// else (the text is the learner's machine's, so it is read, never shown).
    pub fn of_simulator(simulator: &str) -> Option<Version> {
        let mut parts = simulator.strip_prefix("clinic-day ")?.split('.').map(|p| p.parse::<u32>().ok());
        let version = Version(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(version)
    }

    /// This build's version.
    pub fn current() -> Version {
        Version::of_simulator(&super::results::simulator()).unwrap_or(Version(0, 0, 0))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Replays one results file: the scorecard it earns, or why it cannot be trusted.
pub fn regrade(results: &ResultsFile, scenarios: &Scenarios) -> Result<Scorecard, Flag> {
    regrade_noting(results, scenarios).map(|(card, _)| card)
}

/// As `regrade`, saying whether the file was re-judged under this version's rulebook.
pub fn regrade_noting(results: &ResultsFile, scenarios: &Scenarios) -> Result<(Scorecard, Option<Rejudged>), Flag> {
    let scenario = scenarios.find(&results.scenario.id, &results.scenario.sha256)?;
    if let Some(exam) = &scenarios.exam {
        if results.mode != "exam" {
            return Err(Flag::NotThisExam(Words::msg("flag-not-this-exam-mode").arg("mode", &results.mode)));
        }
        match &results.exam {
            None => return Err(Flag::NotThisExam(Words::msg("flag-not-this-exam-no-stamp"))),
            Some(stamp) if stamp.sha256 != exam.sheet_sha256 => {
                let title = super::identity::printable(&stamp.title, 80);
                return Err(Flag::NotThisExam(Words::msg("flag-not-this-exam-other-sheet").arg("title", title)));
            }
            Some(_) => {}
        }
        if let Some(seed) = exam.seed
            && results.seed != seed
        {
            return Err(Flag::NotThisExam(
                Words::msg("flag-not-this-exam-seed")
                    .arg("played", results.seed.to_string())
                    .arg("title", &exam.title)
                    .arg("seed", seed.to_string()),
            ));
        }
    }
    // What the journal names wrong, in the simulation's own words.
    crate::sim::script::check_actions(&results.journal, scenario).map_err(Flag::Corrupt)?;
    let outcome = run_day(scenario.clone(), results.seed, Player::Script(&results.journal));
    if let Some(exam) = &scenarios.exam {
        exam_rules_kept(results, exam, &outcome.journal).map_err(Flag::BrokeExamRules)?;
    }
    let replayed = outcome.scorecard;
    if results.simulator == super::results::simulator() {
        if !same_grade(&replayed, &results.scorecard) {
            return Err(Flag::Tampered(difference(&results.scorecard, &replayed)));
        }
        return Ok((replayed, None));
    }
    match Version::of_simulator(&results.simulator) {
        // An earlier version judged the same actions by an earlier rulebook: its scorecard cannot be
        // compared with today's, but it must still agree with itself, or it was edited.
        Some(made_by) if made_by < Version::current() => {
            let own = Scorecard::from_judgments(
                &results.scorecard.scenario,
                results.scorecard.seed,
                &scenario.scoring,
                results.scorecard.judgments.clone(),
            );
            if !same_figures(&own, &results.scorecard) {
                return Err(Flag::Tampered(
                    Words::msg("flag-tampered-sum")
                        .arg("claimed", Arg::Decimal(results.scorecard.total))
                        .arg("sum", Arg::Decimal(own.total)),
                ));
            }
            Ok((replayed, Some(Rejudged { made_by, claimed: results.scorecard.total })))
        }
        _ => Err(Flag::OtherSimulator {
            // The file's own words reach the grader's terminal: shown without control characters, and short.
            made_by: super::identity::printable(&results.simulator, 40),
            replayed: replayed.total,
            claimed: results.scorecard.total,
        }),
    }
}

/// What the sheet asks of an attempt beyond its seed: a start and a finish in order, and no more
/// pauses than it allows (the game refuses the rest, so more means the file was made otherwise).
fn exam_rules_kept(results: &ResultsFile, exam: &ExamCheck, journal: &Journal) -> Result<(), Words> {
    use super::results::parse_iso8601;
    let (Some(started), Some(finished)) =
        (results.started.as_deref().and_then(parse_iso8601), results.finished.as_deref().and_then(parse_iso8601))
    else {
        return Err(Words::msg("flag-exam-rules-no-times"));
    };
    if finished < started {
        return Err(Words::msg("flag-exam-rules-backwards"));
    }
    let taken = super::exam::pauses_taken_in(journal);
    if !exam.pause.allows_in_all(taken) {
        return Err(Words::msg("flag-exam-rules-pauses")
            .arg("taken", taken)
            .arg("title", &exam.title)
            .arg("allowed", exam.pause.allowed_words()));
    }
    Ok(())
}

/// The figures a scorecard reports: total, pass, categories, counts and gates.
fn same_figures(a: &Scorecard, b: &Scorecard) -> bool {
    let figures = |c: &Scorecard| {
        (c.scenario.clone(), c.seed, c.total, c.passed, c.pass_mark, c.failed_gates.clone(), c.kept, c.broken)
    };
    figures(a) == figures(b) && a.categories == b.categories
}

/// Whether two scorecards grade the same: every figure, and every judgment's rule, subject, time,
/// verdict, severity and points. The words a judgment is told in are left out, so a file is not
/// called tampered because a later build says the same judgment better; the replay's words are
/// the ones graded.
fn same_grade(a: &Scorecard, b: &Scorecard) -> bool {
    let judged = |c: &Scorecard| -> Vec<_> {
        c.judgments.iter().map(|j| (j.rule.clone(), j.about.clone(), j.at, j.kept, j.severity, j.points)).collect()
    };
    same_figures(a, b) && judged(a) == judged(b)
}

/// What differs between a claimed scorecard and the replayed one, in words.
fn difference(claimed: &Scorecard, replayed: &Scorecard) -> Words {
    if claimed.total != replayed.total {
        return Words::msg("flag-tampered-total")
            .arg("claimed", Arg::Decimal(claimed.total))
            .arg("replayed", Arg::Decimal(replayed.total));
    }
    if claimed.passed != replayed.passed {
        return Words::msg("flag-tampered-verdict").arg("claimed", verdict(claimed)).arg("replayed", verdict(replayed));
    }
    if claimed.categories != replayed.categories {
        return Words::msg("flag-tampered-categories");
    }
    if claimed.seed != replayed.seed || claimed.scenario != replayed.scenario {
        return Words::msg("flag-tampered-scenario-or-seed");
    }
    Words::msg("flag-tampered-judgments")
}

/// A scorecard's verdict, as the messages choose their words by it.
fn verdict(card: &Scorecard) -> &'static str {
    if card.passed { "pass" } else { "fail" }
}

/// One file's grade, in the order the files were given.
pub struct Graded {
    pub path: PathBuf,
    /// The file as read (its journal dropped once replayed): who, which attempt, when, for the
    /// reports and xAPI. `None` when it could not be read.
    pub results: Option<ResultsFile>,
    pub outcome: Result<Scorecard, Flag>,
    /// Made by an earlier version and judged again under this one's rulebook.
    pub rejudged: Option<Rejudged>,
    /// The attempt's actions, each hashed with its time, sorted: enough to tell two learners'
    /// attempts apart (or not) once the journal itself is dropped.
    pub fingerprint: Vec<u64>,
    /// The learner's attempt that goes to the gradebook (set when the class is sorted out).
    pub counted: bool,
    /// Checked against the exam's witness store and found as the store received it; otherwise
    /// the file is self-reported.
    pub witnessed: bool,
}

impl Graded {
    pub fn learner(&self) -> Option<&str> {
        self.results.as_ref().map(|r| r.learner.as_str())
    }
}

/// Grades every file, on as many threads as there are cores; the order of `paths` is kept.
pub fn grade_all(paths: &[PathBuf], scenarios: &Scenarios) -> Vec<Graded> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(paths.len().max(1));
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| grade_guarded(p, scenarios)).collect::<Vec<_>>()))
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    })
}

/// A file that made the replay panic (a bug, never a learner's fault) is flagged, not lost with the
/// rest of its thread's share.
fn grade_guarded(path: &Path, scenarios: &Scenarios) -> Graded {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| grade_one(path, scenarios))).unwrap_or_else(|_| Graded {
        path: path.to_owned(),
        results: None,
        outcome: Err(Flag::Corrupt(Words::msg("flag-corrupt-crashed"))),
        rejudged: None,
        fingerprint: Vec::new(),
        counted: false,
        witnessed: false,
    })
}

fn grade_one(path: &Path, scenarios: &Scenarios) -> Graded {
    let name = path.display().to_string();
    let text = match crate::storage::read_capped_text(path, crate::storage::FileKind::Results) {
        Ok(text) => text,
        Err(e) => return unreadable(path, e.words()),
    };
    match ResultsFile::parse(&name, &text) {
        Ok(results) => {
            let (outcome, rejudged) = match regrade_noting(&results, scenarios) {
                Ok((card, rejudged)) => (Ok(card), rejudged),
                Err(flag) => (Err(flag), None),
            };
            let mut results = results;
            let fingerprint = fingerprint(&results.journal);
            // What grading has compared is let go: a class's worth of journals and claimed
            // judgments would otherwise be held until the reports are written.
            results.journal = Vec::new();
            results.scorecard.judgments = Vec::new();
            Graded {
                path: path.to_owned(),
                results: Some(results),
                outcome,
                rejudged,
                fingerprint,
                counted: false,
                witnessed: false,
            }
        }
        Err(report) => unreadable(path, Words::each(|lang| report.render_in(false, lang).trim_end().to_owned())),
    }
}

fn unreadable(path: &Path, why: Words) -> Graded {
    Graded {
        path: path.to_owned(),
        results: None,
        outcome: Err(Flag::Unreadable(why)),
        rejudged: None,
        fingerprint: Vec::new(),
        counted: false,
        witnessed: false,
    }
}

/// An attempt's actions, each hashed with its time, sorted: two attempts share as many entries as
/// they share decisions made at the same simulated moment.
pub fn fingerprint(journal: &[TimedAction]) -> Vec<u64> {
    let mut hashes: Vec<u64> = journal
        .iter()
        .map(|timed| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            serde_json::to_string(timed).unwrap_or_default().hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    hashes.sort_unstable();
    hashes
}

//! `clinic-day grade`: re-grade a class's results files by replaying every journal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clinic_day::i18n::Lang;
use clinic_day::practicum::class::{ClassRules, Roster, absent, sort_out};
use clinic_day::practicum::exam::ExamSheet;
use clinic_day::practicum::feedback::{self, Attempt};
use clinic_day::practicum::grade::{Graded, Scenarios, grade_all};
use clinic_day::practicum::gradebook::{D2lIdentity, GradeRow, d2l_csv, moodle_csv};
use clinic_day::practicum::identity::printable;
use clinic_day::practicum::lrs::Lrs;
use clinic_day::practicum::summary::{self, Summary, Ungraded};
use clinic_day::practicum::witnessed;
use clinic_day::practicum::xapi::{self, GradedAttempt};
use clinic_day::rules::{Scorecard, Words};

/// Re-grade results files by replaying each learner's journal on the scenario.
///
/// Every journal is played again headless on the scenario it names and its scorecard recomputed. A
/// file is graded only if the scenario's text matches (SHA-256), the journal replays, and the score
/// it claims is the replay's; otherwise it is flagged (unreadable, unknown scenario, wrong scenario
/// version, corrupt, tampered; with --exam, not played as that exam) and the rest are graded anyway.
///
/// Exit status: 0 when every file was graded; 3 when some were flagged (listed with the reason);
/// 1 when no scenario could be read.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  clinic-day grade results/ --scenario scenarios/greene-cardiology.ron\n  clinic-day grade a.json b.json --scenario scenarios/\n  clinic-day grade practicum-results/ --exam week9.exam.ron --moodle grades.csv"
)]
pub struct Args {
    /// Results files, or directories of them (every *.json inside)
    #[arg(required = true, value_name = "RESULTS_OR_DIR")]
    pub results: Vec<PathBuf>,

    /// The scenario files the class played, or directories of them (every *.ron inside); built-in
    /// days by name too
    #[arg(long, required_unless_present = "exam", value_name = "FILE_OR_DIR")]
    pub scenario: Vec<String>,

    /// The exam sheet the class sat: its scenario is the one replayed, and a file not played as
    /// that exam (in practice mode, or with another seed) is flagged
    #[arg(long, conflicts_with = "scenario", value_name = "SHEET")]
    pub exam: Option<PathBuf>,

    /// Write the graded files' scores as a Moodle grade-import CSV
    #[arg(long, value_name = "FILE")]
    pub moodle: Option<PathBuf>,

    /// Write them as a Brightspace (D2L) grade-import CSV
    #[arg(long, value_name = "FILE")]
    pub d2l: Option<PathBuf>,

    /// Which Brightspace field the learner ids are
    #[arg(long, value_enum, default_value = "org-defined-id")]
    pub d2l_id: D2lId,

    /// Write a feedback report per graded attempt into DIR: `<learner>-<attempt>.md` and `.html`,
    /// the debrief's judgments with what was expected and the source
    #[arg(long, value_name = "DIR")]
    pub feedback: Option<PathBuf>,

    /// Write the class summary (Markdown): the score distribution, each category's mean, every
    /// rule's miss rate, and the files not graded
    #[arg(long, value_name = "FILE")]
    pub summary: Option<PathBuf>,

    /// Write xAPI statements (JSON) for every graded attempt: completed, passed or failed, and one
    /// per judged decision
    #[arg(long, value_name = "FILE")]
    pub xapi: Option<PathBuf>,

    /// The `homePage` of the learners' xAPI accounts: the learning system their ids belong to
    #[arg(long, value_name = "URL", default_value = clinic_day::practicum::xapi::BASE)]
    pub xapi_home: String,

    /// A Learning Record Store's xAPI endpoint (…/xAPI). With --exam whose sheet names this store
    /// as its witness, each attempt is graded as the store received it (the account must be able
    /// to read statements: the grader's, not the exam's). With --xapi, the statements are also sent
    /// there; they stay in the --xapi file whatever happens
    #[arg(long, value_name = "URL")]
    pub lrs: Option<String>,

    /// The LRS user (HTTP basic auth)
    #[arg(long, value_name = "NAME", env = "CLINIC_DAY_LRS_USER", requires = "lrs")]
    pub lrs_user: Option<String>,

    /// The LRS password; better given in the environment than on the command line
    #[arg(long, value_name = "SECRET", env = "CLINIC_DAY_LRS_PASSWORD", hide_env_values = true, requires = "lrs")]
    pub lrs_password: Option<String>,

    /// The class list: one learner id per line, or `id,name` (lines starting with `#` are
    /// skipped). A learner not on it is flagged, and those on it with no attempt are listed
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,

    /// The grade item's name in the gradebook [default: "Clinic Day: " and the scenario's title]
    #[arg(long, value_name = "NAME")]
    pub item: Option<String>,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum D2lId {
    OrgDefinedId,
    Username,
}

pub fn run(args: &Args, lang: Lang) -> ExitCode {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut scenarios = Scenarios::default();
    let mut class = ClassRules::default();
    if let Some(path) = &args.roster {
        let read = clinic_day::storage::read_capped_text(path, clinic_day::storage::FileKind::Roster);
        match read.map(|text| Roster::parse(&path.display().to_string(), &text)) {
            Ok(Ok(roster)) => class.roster = Some(roster),
            Ok(Err(report)) => {
                eprint!("{}", report.render_in(colour, lang));
                return ExitCode::from(1);
            }
            Err(e) => {
                let said = Words::msg("out-grade-cannot-read-roster")
                    .arg("path", path.display().to_string())
                    .arg("why", e.words());
                eprintln!("error: {}", said.in_lang(lang));
                return ExitCode::from(1);
            }
        }
    }
    let mut sheet_read = None;
    // The days as the gradebook and the statements read them: in English, whatever the language of
    // the attempt or of this command; and, for the learners' own feedback, in the language asked for.
    let mut in_lang = Scenarios::default();
    // And in French, for the statements' names: the same statements whatever language this command
    // speaks, with a day's French title beside its English where it has one.
    let mut french = Scenarios::default();
    if let Some(sheet) = &args.exam {
        let exam = clinic_day::practicum::exam::load_exam(sheet)
            .map_err(|report| report.render_in(colour, lang))
            .and_then(|exam| {
                let said = |why: Words| why.in_lang(lang).into_owned();
                let english = exam.clone().with_day_in(Lang::En).map_err(said)?;
                let learners = exam.with_day_in(lang).map_err(said)?;
                Ok((english, learners))
            });
        match exam {
            Ok((exam, learners)) => {
                class.attempts = Some(exam.sheet.attempts);
                scenarios = Scenarios::of_exam(&exam);
                in_lang = Scenarios::of_exam(&learners);
                if args.xapi.is_some()
                    && let Ok(in_french) = exam.clone().with_day_in(Lang::Fr)
                {
                    french = Scenarios::of_exam(&in_french);
                }
                sheet_read = Some(exam.sheet);
            }
            Err(said) => {
                eprint!("{said}");
                return ExitCode::from(1);
            }
        }
    }
    for name in &args.scenario {
        for path in files(Path::new(name), "ron", name) {
            match super::run::load_scenario(&path, Lang::En) {
                Ok((scenario, bytes)) => scenarios.add(&bytes, scenario),
                Err(report) => eprint!("{}", report.render_in(colour, lang)),
            }
            if lang != Lang::En
                && args.feedback.is_some()
                && let Ok((scenario, bytes)) = super::run::load_scenario(&path, lang)
            {
                in_lang.add(&bytes, scenario);
            }
            if args.xapi.is_some()
                && let Ok((scenario, bytes)) = super::run::load_scenario(&path, Lang::Fr)
            {
                french.add(&bytes, scenario);
            }
        }
    }
    if scenarios.is_empty() {
        let said = Words::msg("out-grade-no-scenario").arg("names", args.scenario.join(", "));
        eprintln!("error: {}", said.in_lang(lang));
        return ExitCode::from(1);
    }
    let paths: Vec<PathBuf> =
        args.results.iter().flat_map(|p| files(p, "json", &p.display().to_string())).map(PathBuf::from).collect();
    let mut graded = grade_all(&paths, &scenarios);
    if let Some(sheet) = sheet_read.as_ref().filter(|sheet| sheet.witness.is_some()) {
        match &args.lrs {
            Some(endpoint) => {
                if let Err(e) = check_witnessed(&mut graded, sheet, &grader_store(args, endpoint)) {
                    eprintln!("error: {}", e.in_lang(lang));
                    return ExitCode::from(1);
                }
            }
            None => eprintln!("{}", Words::msg("out-grade-store-not-asked").in_lang(lang)),
        }
    }
    sort_out(&mut graded, &class);
    let flagged = graded.iter().filter(|g| g.outcome.is_err()).count();
    for g in &graded {
        let who = g.learner().unwrap_or("?");
        // A file's name is the learner's choice too: shown without control characters.
        let file = printable(&g.path.display().to_string(), 200);
        match &g.outcome {
            Ok(card) => println!(
                "graded   {who:<16} {:>5.1} {}  {file}  {}{}{}",
                card.total,
                if card.passed { "pass" } else { "fail" },
                Words::msg(if g.witnessed { "out-grade-witnessed" } else { "out-grade-self-reported" }).in_lang(lang),
                g.rejudged.as_ref().map(|r| format!("  ({})", r.note().in_lang(lang))).unwrap_or_default(),
                if g.counted {
                    String::new()
                } else {
                    format!("  {}", Words::msg("out-grade-not-counted").in_lang(lang))
                }
            ),
            Err(flag) => println!("FLAGGED  {who:<16} {file}  {}", flag.words().in_lang(lang)),
        }
    }
    if let Some(roster) = &class.roster {
        for learner in absent(roster, &graded) {
            println!("ABSENT   {learner:<16} {}", Words::msg("out-grade-absent").in_lang(lang));
        }
    }
    let counts = Words::msg("out-grade-files")
        .arg("files", graded.len())
        .arg("graded", graded.len() - flagged)
        .arg("flagged", flagged);
    println!("{}", counts.in_lang(lang));
    // One row per learner: the attempt that counts.
    let rows: Vec<GradeRow> = graded
        .iter()
        .filter(|g| g.counted)
        .filter_map(|g| match (g.learner(), &g.outcome) {
            (Some(learner), Ok(card)) => Some(GradeRow { learner: learner.to_owned(), points: card.total }),
            _ => None,
        })
        .collect();
    let item = args.item.clone().unwrap_or_else(|| format!("Clinic Day: {}", scenarios.title_of(&graded)));
    let identity = match args.d2l_id {
        D2lId::OrgDefinedId => D2lIdentity::OrgDefinedId,
        D2lId::Username => D2lIdentity::Username,
    };
    let mut written = true;
    for (path, text) in [
        (&args.moodle, args.moodle.as_ref().map(|_| moodle_csv(&item, &rows))),
        (&args.d2l, args.d2l.as_ref().map(|_| d2l_csv(&item, identity, &rows))),
    ] {
        if let (Some(path), Some(text)) = (path, text) {
            match clinic_day::storage::write_atomic(path, text.as_bytes()) {
                Ok(()) => {
                    let said = Words::msg("out-grade-wrote-gradebook")
                        .arg("path", path.display().to_string())
                        .arg("learners", rows.len());
                    println!("{}", said.in_lang(lang));
                }
                Err(e) => {
                    eprintln!("error: {}", cannot_write(path, &e).in_lang(lang));
                    written = false;
                }
            }
        }
    }
    let title = scenarios.title_of(&graded);
    if let Some(dir) = &args.feedback {
        // A learner's feedback quotes the day in their language: the attempts judged again on the
        // day read in it (the same actions, the same scores).
        let regraded;
        let for_learners = if lang == Lang::En || in_lang.is_empty() {
            &graded
        } else {
            regraded = {
                let mut again = grade_all(&paths, &in_lang);
                sort_out(&mut again, &class);
                again
            };
            &regraded
        };
        written &= write_feedback(dir, &title, for_learners, lang, &scenarios);
    }
    if let Some(path) = &args.summary {
        let cards: Vec<&Scorecard> =
            graded.iter().filter(|g| g.counted).filter_map(|g| g.outcome.as_ref().ok()).collect();
        let ungraded: Vec<Ungraded<'_>> = graded
            .iter()
            .filter_map(|g| {
                let reason = g.outcome.as_ref().err()?.words();
                Some(Ungraded { file: printable(&g.path.display().to_string(), 200), learner: g.learner(), reason })
            })
            .collect();
        let rejudged: Vec<Ungraded<'_>> = graded
            .iter()
            .filter_map(|g| {
                let reason = g.rejudged.as_ref()?.note();
                Some(Ungraded { file: printable(&g.path.display().to_string(), 200), learner: g.learner(), reason })
            })
            .collect();
        let witnessed = graded.iter().filter(|g| g.counted && g.outcome.is_ok() && g.witnessed).count();
        let figures = Summary::of(&cards).read_as(scenarios.reading());
        let text = summary::markdown(&title, &figures, witnessed, &ungraded, &rejudged, lang);
        match clinic_day::storage::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                let said = Words::msg("out-grade-wrote-summary").arg("path", path.display().to_string());
                println!("{}", said.in_lang(lang));
            }
            Err(e) => {
                eprintln!("error: {}", cannot_write(path, &e).in_lang(lang));
                written = false;
            }
        }
    }
    if let Some(path) = &args.xapi {
        written &= send_xapi(path, args, &graded, &scenarios, &french, lang);
    }
    if !written {
        return ExitCode::from(1);
    }
    if flagged > 0 { ExitCode::from(3) } else { ExitCode::SUCCESS }
}

/// A Markdown and an HTML report per graded attempt, the rules named as the reading of its day's
/// jurisdiction words them; false if any could not be written.
fn write_feedback(dir: &Path, title: &str, graded: &[Graded], lang: Lang, scenarios: &Scenarios) -> bool {
    let mut written = 0;
    let mut ok = true;
    for g in graded {
        let (Some(results), Ok(card)) = (&g.results, &g.outcome) else { continue };
        let report = Attempt {
            learner: &results.learner,
            title,
            attempt: &results.attempt,
            finished: results.finished.as_deref(),
            card,
            rejudged: g.rejudged.as_ref(),
            lang,
            reading: scenarios.reading_of(results),
        };
        let stem = feedback::file_stem(&results.learner, &results.attempt);
        for (extension, text) in [("md", feedback::markdown(&report)), ("html", feedback::html(&report))] {
            let path = dir.join(format!("{stem}.{extension}"));
            match clinic_day::storage::write_atomic(&path, text.as_bytes()) {
                Ok(()) => written += 1,
                Err(e) => {
                    eprintln!("error: {}", cannot_write(&path, &e).in_lang(lang));
                    ok = false;
                }
            }
        }
    }
    let said = Words::msg("out-grade-wrote-feedback").arg("count", written).arg("dir", dir.display().to_string());
    println!("{}", said.in_lang(lang));
    ok
}

/// "cannot write FILE: why", for the grader.
fn cannot_write(path: &Path, error: &std::io::Error) -> Words {
    Words::msg("out-grade-cannot-write").arg("path", path.display().to_string()).arg("why", error.to_string())
}

/// The store at `endpoint`, with the grader's account from the command line or the environment.
fn grader_store(args: &Args, endpoint: &str) -> Lrs {
    Lrs {
        endpoint: endpoint.to_owned(),
        user: args.lrs_user.clone().unwrap_or_default(),
        password: args.lrs_password.clone().unwrap_or_default(),
    }
}

/// Reads each graded attempt back from the witness store and grades it as the store received it:
/// agreeing files are marked witnessed, the others flagged with the reason. `Err` when the store
/// cannot be read at all (nothing is graded as witnessed on a guess).
fn check_witnessed(graded: &mut [Graded], sheet: &ExamSheet, lrs: &Lrs) -> Result<(), Words> {
    for g in graded.iter_mut() {
        let (Some(results), Ok(_)) = (&g.results, &g.outcome) else { continue };
        let statements = lrs.statements_of(&results.attempt)?;
        let record = witnessed::read_back(&statements);
        match witnessed::check(&record, &results.learner, &g.fingerprint, sheet) {
            Ok(()) => g.witnessed = true,
            Err(flag) => g.outcome = Err(flag),
        }
    }
    Ok(())
}

/// Writes the statements of every graded attempt to `path`, then sends them to the LRS if one is
/// given; false if either failed (the file is written first, so a failed send loses nothing).
/// `scenarios`: the days read in English, for the rules' reading and the activity's English name;
/// `french`: the same days read in French, for its French name.
fn send_xapi(
    path: &Path,
    args: &Args,
    graded: &[Graded],
    scenarios: &Scenarios,
    french: &Scenarios,
    lang: Lang,
) -> bool {
    let mut attempts = 0;
    let all: Vec<serde_json::Value> = graded
        .iter()
        .filter_map(|g| {
            let (Some(results), Ok(card)) = (&g.results, &g.outcome) else { return None };
            attempts += 1;
            Some(xapi::statements(&GradedAttempt {
                results,
                card,
                home_page: &args.xapi_home,
                rejudged: g.rejudged.as_ref(),
                witnessed: g.witnessed,
                reading: scenarios.reading_of(results),
                title_en: scenarios.scenario_of(results).map(|s| s.title.as_str()),
                title_fr: french.scenario_of(results).map(|s| s.title.as_str()),
            }))
        })
        .flatten()
        .collect();
    let text = serde_json::to_string_pretty(&all).unwrap_or_default() + "\n";
    if let Err(e) = clinic_day::storage::write_atomic(path, text.as_bytes()) {
        eprintln!("error: {}", cannot_write(path, &e).in_lang(lang));
        return false;
    }
    let said = Words::msg("out-grade-wrote-xapi")
        .arg("path", path.display().to_string())
        .arg("statements", all.len())
        .arg("attempts", attempts);
    println!("{}", said.in_lang(lang));
    let Some(endpoint) = &args.lrs else { return true };
    let lrs = grader_store(args, endpoint);
    match lrs.send(&all) {
        Ok(sent) => {
            let said = Words::msg("out-grade-sent").arg("sent", sent).arg("url", lrs.statements_url());
            println!("{}", said.in_lang(lang));
            true
        }
        Err((sent, why)) => {
            eprintln!("error: {}", why.in_lang(lang));
            let said = Words::msg("out-grade-send-stopped")
                .arg("sent", sent)
                .arg("total", all.len())
                .arg("path", path.display().to_string());
            eprintln!("  {}", said.in_lang(lang));
            false
        }
    }
}

/// A file as given, or the files with this extension in a directory (sorted); a built-in day's
/// name passes through.
fn files(path: &Path, extension: &str, as_given: &str) -> Vec<String> {
    if !path.is_dir() {
        return vec![as_given.to_owned()];
    }
    let mut found: Vec<String> = std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)))
                .map(|p| p.display().to_string())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

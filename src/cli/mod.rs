//! Command-line arguments.

pub mod exam;
pub mod grade;
pub mod play;
pub mod rules;
pub mod run;
pub mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Clinic Day: a front-desk training simulator for medical office assistant students.
///
/// A learner works one simulated clinic day at the front desk: calls, walk-ins, documents, a
/// physician running late. Every decision is judged on triage, confidentiality and scheduling
/// against a rulebook with public sources. Instructors write the days as RON files.
#[derive(Debug, Parser)]
#[command(name = "clinic-day", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  clinic-day                              open the game\n  clinic-day play scenarios/tutorial.ron --watch   play a file, reloading it on save\n  clinic-day validate scenarios/          check every shipped day\n  clinic-day validate my-day.ron --format json\n  clinic-day run tutorial --autoplay expert   play a day with the built-in expert\n  clinic-day rules C2                     what rule C2 asks, and its source\n  clinic-day grade results/ --scenario scenarios/   re-grade a class's results files\n  clinic-day exam week9.exam.ron          sit an exam an instructor handed out"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The language of what is printed: `en` or `fr` (Canadian French). What has no French yet is
    /// printed in English.
    #[arg(long, global = true, env = "CLINIC_DAY_LANG", value_name = "LANG")]
    pub lang: Option<clinic_day::i18n::Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Play(PlayArgs),
    Validate(validate::Args),
    Run(run::Args),
    Rules(rules::Args),
    Grade(grade::Args),
    Exam(ExamArgs),
}

/// Sit an exam: open the game on an instructor's exam sheet.
///
/// The sheet names the scenario, the seed, how much pausing is allowed and whether the debrief is
/// shown at the end; the learner's id is asked before the shift starts, nothing is judged out loud
/// until the end, and the results file goes to the folder the sheet names. `--check` only checks
/// the sheet (as `clinic-day validate` does) and says what it sets.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  clinic-day exam week9.exam.ron\n  clinic-day exam week9.exam.ron --check")]
pub struct ExamArgs {
    /// The exam sheet (RON; docs/scenario-format.md, \"Exam sheets\")
    pub sheet: std::path::PathBuf,

    /// Check the sheet and say what it sets, without opening the game
    #[arg(long)]
    pub check: bool,
}

/// Open the game (what `clinic-day` with no subcommand does), optionally on a scenario file.
#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A scenario file to play, skipping the title screen.
    pub scenario: Option<std::path::PathBuf>,

    /// The seed for the day's randomness [default: the scenario's own].
    #[arg(long)]
    pub seed: Option<u64>,

    /// Reload the scenario when the file changes on disk; a broken edit keeps the last good day and
    /// shows the errors in the game.
    #[arg(long, requires = "scenario")]
    pub watch: bool,
}

impl PlayArgs {
    pub fn options(&self) -> clinic_day::ui::GameOptions {
        clinic_day::ui::GameOptions {
            scenario: self.scenario.clone(),
            seed: self.seed,
            watch: self.watch,
            smoke_test: std::env::var_os("CLINIC_DAY_SMOKE_TEST").map(std::path::PathBuf::from),
            exam: None,
            lang: None,
        }
    }
}

/// Writes a command's whole output to stdout: a reader that stops early (`| head`) ends the
/// command quietly, as it does for any Unix tool, instead of a panic; any other failure to write is
/// an error, said in `lang`.
pub fn print_out(text: &str, lang: clinic_day::i18n::Lang) -> ExitCode {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let said = clinic_day::rules::Words::msg("out-run-cannot-print").arg("why", e.to_string());
            eprintln!("error: {}", said.in_lang(lang));
            ExitCode::FAILURE
        }
    }
}

/// The language asked for on the command line (`--lang`, or `CLINIC_DAY_LANG`), for what is said
/// while the arguments are still being read (a value parser's error), before `Cli` has it: English
/// when none or no known one is asked for.
pub fn lang_asked() -> clinic_day::i18n::Lang {
    let mut asked = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            asked = args.next().and_then(|value| value.to_str().map(str::to_owned));
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            asked = Some(value.to_owned());
        }
    }
    asked
        .or_else(|| std::env::var("CLINIC_DAY_LANG").ok())
        .and_then(|code| code.parse::<clinic_day::i18n::Lang>().ok())
        .unwrap_or_default()
}

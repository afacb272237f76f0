//! `clinic-day exam SHEET`: sit an exam (or, with `--check`, check the sheet).

use std::io::IsTerminal;
use std::process::ExitCode;

use clinic_day::practicum::exam::load_exam;

use super::ExamArgs;

pub fn run(args: &ExamArgs, lang: Option<clinic_day::i18n::Lang>) -> ExitCode {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let exam = match load_exam(&args.sheet) {
        Ok(exam) => exam,
        Err(report) => {
            eprint!("{}", report.render(colour));
            return ExitCode::from(1);
        }
    };
    if args.check {
        let sheet = &exam.sheet;
        println!("ok   {}", args.sheet.display());
        println!("exam      {}", sheet.title);
        println!("scenario  {} ({}; SHA-256 {})", exam.scenario.title, sheet.scenario, exam.scenario_sha256);
        match sheet.seed {
            Some(seed) => println!("seed      {seed}, the same day for everyone"),
            None => println!("seed      drawn per attempt, recorded in each results file"),
        }
        println!("pausing   {}", sheet.pause.describe());
        println!("attempts  {}", sheet.attempts.describe());
        println!("debrief   {}", if sheet.show_debrief { "shown at the end" } else { "not shown to the learner" });
        println!("results   {}", exam.results_dir.display());
        return ExitCode::SUCCESS;
    }
    let mut play = super::PlayArgs { scenario: None, seed: None, watch: false }.options().in_lang(lang);
    play.exam = Some(args.sheet.clone());
    super::play::run(play)
}

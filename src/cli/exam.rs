//! `clinic-day exam SHEET`: sit an exam (or, with `--check`, check the sheet).

use std::io::IsTerminal;
use std::process::ExitCode;

use clinic_day::i18n::Lang;
use clinic_day::practicum::exam::load_exam;
use clinic_day::rules::Words;

use super::ExamArgs;

pub fn run(args: &ExamArgs, lang: Option<Lang>) -> ExitCode {
    // What is printed here is in the language asked for; the game itself may take the sheet's.
    let printed = lang.unwrap_or_default();
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let exam = match load_exam(&args.sheet) {
        Ok(exam) => exam,
        Err(report) => {
            eprint!("{}", report.render_in(colour, printed));
            return ExitCode::from(1);
        }
    };
    if args.check {
        let sheet = &exam.sheet;
        let seed = match sheet.seed {
            Some(seed) => Words::msg("out-exam-seed-fixed").arg("seed", seed.to_string()),
            None => Words::msg("out-exam-seed-drawn"),
        };
        let debrief = Words::msg(if sheet.show_debrief { "out-exam-debrief-shown" } else { "out-exam-debrief-hidden" });
        let scenario = Words::msg("out-exam-scenario")
            .arg("title", exam.scenario.title.as_str())
            .arg("file", sheet.scenario.as_str())
            .arg("sha256", exam.scenario_sha256.as_str());
        let lines = [
            ("out-exam-label-exam", sheet.title.clone()),
            ("out-exam-label-scenario", scenario.in_lang(printed).into_owned()),
            ("out-exam-label-seed", seed.in_lang(printed).into_owned()),
            ("out-exam-label-pausing", sheet.pause.describe().in_lang(printed).into_owned()),
            ("out-exam-label-attempts", sheet.attempts.describe().in_lang(printed).into_owned()),
            ("out-exam-label-debrief", debrief.in_lang(printed).into_owned()),
            ("out-exam-label-results", exam.results_dir.display().to_string()),
        ];
        // The values in one column, two spaces after the longest label.
        let labels: Vec<String> = lines.iter().map(|(id, _)| Words::msg(id).in_lang(printed).into_owned()).collect();
        let width = labels.iter().map(|label| label.chars().count()).max().unwrap_or(0) + 2;
        println!("ok   {}", args.sheet.display());
        for (label, (_, value)) in labels.iter().zip(&lines) {
            println!("{label:<width$}{value}");
        }
        return ExitCode::SUCCESS;
    }
    let mut play = super::PlayArgs { scenario: None, seed: None, watch: false }.options().in_lang(lang);
    play.exam = Some(args.sheet.clone());
    super::play::run(play)
}

//! `clinic-day`: the command line. Each subcommand lives in `cli/`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let _ = clinic_day::ui::bench::STARTED.set(std::time::Instant::now());
    let args = cli::Cli::parse();
    match args.command {
        Some(cli::Command::Validate(validate)) => cli::validate::run(&validate, args.lang.unwrap_or_default()),
        Some(cli::Command::Run(run)) => cli::run::run(&run, args.lang.unwrap_or_default()),
        Some(cli::Command::Rules(rules)) => cli::rules::run(&rules, args.lang.unwrap_or_default()),
        Some(cli::Command::Grade(grade)) => cli::grade::run(&grade, args.lang.unwrap_or_default()),
        Some(cli::Command::Exam(exam)) => cli::exam::run(&exam, args.lang),
        Some(cli::Command::Play(play)) => cli::play::run(play.options().in_lang(args.lang)),
        None => cli::play::run(cli::PlayArgs { scenario: None, seed: None, watch: false }.options().in_lang(args.lang)),
    }
}

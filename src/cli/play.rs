//! What `clinic-day` does with no subcommand, and `clinic-day play`: open the game.

use std::process::ExitCode;

use clinic_day::rules::Words;
use clinic_day::ui::{GameOptions, run_game};

pub fn run(options: GameOptions) -> ExitCode {
    if let Some(path) = &options.scenario
        && !path.exists()
    {
        let said = Words::msg("out-play-no-scenario-file").arg("path", path.display().to_string());
        eprintln!("error: {}", said.in_lang(options.lang.unwrap_or_default()));
        return ExitCode::from(1);
    }
    match run_game(options) {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

//! What `clinic-day` does with no subcommand, and `clinic-day play`: open the game.

use std::process::ExitCode;

use clinic_day::ui::{GameOptions, run_game};

pub fn run(options: GameOptions) -> ExitCode {
    if let Some(path) = &options.scenario
        && !path.exists()
    {
        eprintln!("error: no scenario file at {}", path.display());
        return ExitCode::from(1);
    }
    match run_game(options) {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

//! What `clinic-day` does with no subcommand.
//!
//! The game window arrives with the simulation and GUI; until then this shows the built-in day so
//! the command is never a dead end.

use std::process::ExitCode;

use clinic_day::scenario::default_scenario;

pub fn run() -> ExitCode {
    let builtin = default_scenario();
    match builtin.load() {
        Ok(loaded) => {
            let s = &loaded.scenario;
            println!("Clinic Day — {}", s.title);
            println!(
                "{}, {} ({} {})",
                s.clinic.name,
                s.clinic.date,
                s.clinic.date.weekday().name(),
                s.clinic.hours.open
            );
            println!();
            println!("{}", s.briefing.trim());
            println!();
            println!(
                "{} patients, {} bookings, {} events on the timeline.",
                s.patients.len(),
                s.book.len(),
                s.timeline.len()
            );
            println!();
            println!("The playable front desk is not in this build yet. Meanwhile:");
            println!("  clinic-day validate scenarios/     check the shipped days");
            println!("  clinic-day --help                  everything else");
            ExitCode::SUCCESS
        }
        Err(report) => {
            // The embedded day is checked by the test suite; this only guards a broken build.
            eprint!("{}", report.render(false));
            ExitCode::from(1)
        }
    }
}

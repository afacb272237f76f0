//! Command-line arguments.

pub mod play;
pub mod rules;
pub mod run;
pub mod validate;

use clap::{Parser, Subcommand};

/// Clinic Day: a front-desk training simulator for medical office assistant students.
///
/// A learner works one simulated clinic day at the front desk: calls, walk-ins, documents, a
/// physician running late. Every decision is judged on triage, confidentiality and scheduling
/// against a rulebook with public sources. Instructors write the days as RON files.
#[derive(Debug, Parser)]
#[command(name = "clinic-day", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  clinic-day validate scenarios/          check every shipped day\n  clinic-day validate my-day.ron --format json\n  clinic-day run tutorial --autoplay expert   play a day with the built-in expert\n  clinic-day rules C2                     what rule C2 asks, and its source"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(validate::Args),
    Run(run::Args),
    Rules(rules::Args),
}

//! `clinic-day rules`: the rulebook the judge applies, for authors writing `scoring.rules`.

use std::process::ExitCode;

use clinic_day::rules::{CATALOGUE, Rule, rule};

/// List the rulebook's rules, or show one in full.
///
/// Scenario authors refer to these ids in `scoring.fail_gates` and `scoring.rules`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A rule id such as T1, C2 or S6; all rules when left out.
    pub id: Option<String>,
}

pub fn run(args: &Args) -> ExitCode {
    match &args.id {
        None => {
            for r in CATALOGUE {
                println!(
                    "{:<4} {:<16} {:<9} {}",
                    r.id,
                    r.category.name(),
                    format!("{:?}", r.severity).to_lowercase(),
                    r.title
                );
            }
            ExitCode::SUCCESS
        }
        Some(id) => match rule(&id.to_uppercase()) {
            Some(r) => {
                print_rule(r);
                ExitCode::SUCCESS
            }
            None => {
                eprintln!(
                    "error: `{id}` is not a rule id; the rulebook has T1–T12, C1–C17 and S1–S13 (`clinic-day rules` lists them)"
                );
                ExitCode::from(2)
            }
        },
    }
}

fn print_rule(r: &Rule) {
    let severity = format!("{:?}", r.severity).to_lowercase();
    let escalates = if r.can_be_critical && severity != "critical" { " (critical in the worst cases)" } else { "" };
    println!("{} — {}", r.id, r.title);
    println!("category:  {}", r.category.name());
    println!("severity:  {severity}{escalates}");
    println!("expected:  {}", r.expected);
    println!("typical mistake: {}", r.typical_wrong);
    println!("source:    {}", r.source);
    for clock in clinic_day::rules::deadline::deadlines_of(r.id) {
        println!(
            "deadline:  {}: within {} minutes of when {} (scoring.deadlines.{} sets a clinic's own); {}",
            clock.must, clock.minutes, clock.from, clock.field, clock.reference
        );
    }
}

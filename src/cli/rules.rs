//! `clinic-day rules`: the rulebook the judge applies, for authors writing `scoring.rules`, in the
//! language asked for and as a jurisdiction reads it.

use std::fmt::Write;
use std::process::ExitCode;

use clinic_day::i18n::{Lang, text};
use clinic_day::rules::{CATALOGUE, Reading, Rule, rule};
use clinic_day::scenario::Jurisdiction;

/// List the rulebook's rules, or show one in full.
///
/// Scenario authors refer to these ids in `scoring.fail_gates` and `scoring.rules`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A rule id such as T1, C2 or S6; all rules when left out.
    pub id: Option<String>,
    /// The rules as a clinic in this jurisdiction is judged by them: `QC` shows Quebec's rows
    /// (its law, Info-Santé 811, the RAMQ card, the DPJ) where they differ; ON and the others the
    /// general rows.
    #[arg(long, value_name = "CODE", value_parser = parse_jurisdiction, default_value = "ON")]
    pub jurisdiction: Jurisdiction,
}

fn parse_jurisdiction(code: &str) -> Result<Jurisdiction, String> {
    ron::from_str(code.trim().to_ascii_uppercase().as_str()).map_err(|_| {
        // Said while the arguments are read: in the language they ask for, read from them.
        text(super::lang_asked(), "out-rules-not-a-jurisdiction", &[("code", code.into())])
    })
}

pub fn run(args: &Args, lang: Lang) -> ExitCode {
    let reading = Reading::from(args.jurisdiction);
    match &args.id {
        None => {
            let mut out = String::new();
            for r in CATALOGUE {
                let _ = writeln!(
                    out,
                    "{:<4} {:<16} {:<9} {}",
                    r.id,
                    text(lang, r.category.message_id(), &[]),
                    text(lang, r.severity.message_id(), &[]),
                    r.text(lang, reading).title
                );
            }
            super::print_out(&out, lang)
        }
        Some(id) => match rule(&id.to_uppercase()) {
            Some(r) => super::print_out(&rule_in_full(r, lang, reading), lang),
            None => {
                let id = clinic_day::scenario::diagnostic::on_one_line(id);
                eprintln!("error: {}", text(lang, "rules-unknown", &[("id", id.as_str().into())]));
                ExitCode::from(2)
            }
        },
    }
}

fn rule_in_full(r: &Rule, lang: Lang, reading: Reading) -> String {
    let words = r.text(lang, reading);
    let labels =
        ["rules-category", "rules-severity", "rules-expected", "rules-mistake", "rules-source", "rules-deadline"];
    let width = labels.iter().map(|id| text(lang, id, &[]).chars().count()).max().unwrap_or(0) + 1;
    let label = |id: &str| format!("{:<width$}", text(lang, id, &[]));
    let escalates = if r.can_be_critical && r.severity != clinic_day::rules::Severity::Critical {
        format!(" {}", text(lang, "rules-escalates", &[]))
    } else {
        String::new()
    };
    let own_reading = reading == Reading::Quebec && r.differs_in(reading);
    let quebec = if own_reading { format!(" {}", text(lang, "rules-reading-quebec", &[])) } else { String::new() };
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}{quebec}", r.id, words.title);
    let _ = writeln!(out, "{}{}", label("rules-category"), text(lang, r.category.message_id(), &[]));
    let _ = writeln!(out, "{}{}{escalates}", label("rules-severity"), text(lang, r.severity.message_id(), &[]));
    let _ = writeln!(out, "{}{}", label("rules-expected"), words.expected);
    let _ = writeln!(out, "{}{}", label("rules-mistake"), words.typical_wrong);
    let _ = writeln!(out, "{}{}", label("rules-source"), words.source);
    for clock in clinic_day::rules::deadline::deadlines_of(r.id) {
        let part = |name: &str| clock.words(lang, name);
        let args = [
            ("must", part("").into()),
            ("minutes", clock.minutes.into()),
            ("from", part("from").into()),
            ("field", clock.field.into()),
            ("reference", part("reference").into()),
        ];
        let _ = writeln!(out, "{}{}", label("rules-deadline"), text(lang, "rules-deadline-line", &args));
    }
    out
}

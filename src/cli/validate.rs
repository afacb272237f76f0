//! `clinic-day validate`: check scenario files the way a compiler checks code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use clinic_day::i18n::{Lang, text};
use clinic_day::scenario::FileReport;

/// Check scenario files (and exam sheets) for mistakes, and say exactly where they are.
///
/// Every problem in a file is reported at once, each with its file:line:column, the line itself
/// with a marker, and a hint. Folders are searched for `.ron` files. Warnings (legal but
/// suspicious content) do not fail validation.
///
/// Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  clinic-day validate scenarios/\n  clinic-day validate my-day.ron other-day.ron\n  clinic-day validate scenarios/ --format json | jq '.files[].diagnostics[]'"
)]
pub struct Args {
    /// Scenario files, or folders to search for `.ron` files [default: scenarios/]
    #[arg(value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,

    /// How to print the diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Print errors only, not warnings.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Compiler-style text for people, with the offending line and a marker.
    Human,
    /// One JSON document for editors and scripts.
    Json,
}

pub fn run(args: &Args, lang: Lang) -> ExitCode {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("scenarios")] } else { args.paths.clone() };
    let mut reports = Vec::new();
    let mut skipped = Vec::new();
    for path in &paths {
        match collect(path, &mut skipped) {
            Some(files) => reports.extend(files.iter().map(|file| validate(file))),
            None => reports.push(validate(path)),
        }
    }
    if args.quiet {
        for report in &mut reports {
            report.diagnostics.retain(|d| d.level == clinic_day::scenario::Level::Error);
        }
    }
    let failed = reports.iter().any(FileReport::has_errors);
    match args.format {
        Format::Human => print_human(&reports, &skipped, lang),
        Format::Json => print_json(&reports, &skipped, lang),
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// A scenario, or an exam sheet (told apart by its `exam_sheet` field), checked as what it is.
fn validate(file: &Path) -> FileReport {
    let bytes = match clinic_day::scenario::read_file(file) {
        Ok(bytes) => bytes,
        Err(report) => return report,
    };
    if std::str::from_utf8(&bytes).is_ok_and(clinic_day::practicum::exam::is_exam_sheet) {
        return match clinic_day::practicum::exam::load_exam(file) {
            Ok(_) => FileReport::new(file.display().to_string()),
            Err(report) => report,
        };
    }
    match clinic_day::scenario::load_bytes(&file.display().to_string(), &bytes) {
        Ok(loaded) => loaded.report,
        Err(report) => report,
    }
}

/// The `.ron` files under `path` in a stable order, or `None` when `path` is not a folder (it is
/// then checked as a file, which also reports a missing path).
fn collect(path: &Path, skipped: &mut Vec<PathBuf>) -> Option<Vec<PathBuf>> {
    if !path.is_dir() {
        return None;
    }
    let mut files = Vec::new();
    let mut folders = vec![path.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            skipped.push(folder);
            continue;
        };
        for entry in entries.flatten() {
            let entry_path = entry.path();
            if entry_path.is_dir() {
                folders.push(entry_path);
            } else if entry_path.extension().is_some_and(|e| e == "ron") {
                files.push(entry_path);
            } else {
                skipped.push(entry_path);
            }
        }
    }
    files.sort();
    skipped.sort();
    Some(files)
}

fn print_human(reports: &[FileReport], skipped: &[PathBuf], lang: Lang) {
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for report in reports {
        print!("{}", report.render_in(colour, lang));
    }
    let count = |n: usize| fluent_bundle::FluentValue::from(n);
    for report in reports {
        let status = if report.has_errors() { "FAIL" } else { "ok  " };
        let counts = text(
            lang,
            "validate-file-counts",
            &[("errors", count(report.errors())), ("warnings", count(report.warnings()))],
        );
        println!("{status} {}{counts}", report.file);
    }
    if !skipped.is_empty() {
        let names = skipped.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        println!("{}", text(lang, "validate-skipped", &[("count", count(skipped.len())), ("names", names.into())]));
    }
    let valid = reports.iter().filter(|r| !r.has_errors()).count();
    let errors: usize = reports.iter().map(FileReport::errors).sum();
    let warnings: usize = reports.iter().map(FileReport::warnings).sum();
    if reports.is_empty() {
        println!("{}", text(lang, "validate-no-files", &[]));
    } else {
        let args = [
            ("files", count(reports.len())),
            ("valid", count(valid)),
            ("failed", count(reports.len() - valid)),
            ("errors", count(errors)),
            ("warnings", count(warnings)),
        ];
        println!("{}", text(lang, "validate-checked", &args));
    }
}

fn print_json(reports: &[FileReport], skipped: &[PathBuf], lang: Lang) {
    let files: Vec<serde_json::Value> = reports
        .iter()
        .map(|r| {
            serde_json::json!({
                "file": r.file,
                "valid": !r.has_errors(),
                "errors": r.errors(),
                "warnings": r.warnings(),
                "diagnostics": r.to_json(lang),
            })
        })
        .collect();
    let document = serde_json::json!({
        "valid": reports.iter().all(|r| !r.has_errors()),
        "errors": reports.iter().map(FileReport::errors).sum::<usize>(),
        "warnings": reports.iter().map(FileReport::warnings).sum::<usize>(),
        "files": files,
        "skipped": skipped.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
    });
    match serde_json::to_string_pretty(&document) {
        Ok(json) => println!("{json}"),
        Err(e) => eprintln!("clinic-day: {}", text(lang, "exam-ui-json-not-written", &[("why", e.to_string().into())])),
    }
}

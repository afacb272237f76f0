//! Format 2 only adds to format 1: every format-1 day still loads with nothing to say against it,
//! and every stored learner's action file still plays on its day without a single refusal.

mod common;

use std::path::{Path, PathBuf};

use clinic_day::scenario::load_file;
use clinic_day::sim::journal::Entry;

/// Every scenario file the project keeps that is meant to load: the shipped days, the test days and
/// the copy of the reference day as Clinic Day 0.2.0 shipped it (not the broken fixtures).
fn scenario_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in ["scenarios", "tests/fixtures", "tests/fixtures/v0.2.0"] {
        for entry in std::fs::read_dir(root.join(folder)).expect("a folder of days") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            if name.ends_with(".ron") && !name.ends_with(".actions.ron") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_format_1_day_still_loads_without_an_error() {
    let mut format_1 = Vec::new();
    for path in scenario_files() {
        let loaded = load_file(&path).unwrap_or_else(|report| panic!("{}", report.render(false)));
        if loaded.scenario.format == 1 {
            format_1.push(path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
        }
    }
    // The 0.2.0 reference day and the test days are format 1 (the shipped days moved to format 2
    // when they gained consequences).
    assert!(format_1.len() >= 15, "format-1 days found: {format_1:?}");
    assert!(format_1.iter().any(|n| n == "greene-cardiology.ron"), "the 0.2.0 copy: {format_1:?}");
}

#[test]
fn every_stored_action_file_plays_on_its_format_1_day_without_a_refusal() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut played = 0;
    for path in scenario_files().into_iter().filter(|p| p.parent() == Some(root.as_path())) {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if !root.join(format!("{stem}.actions.ron")).exists() {
            continue;
        }
        let loaded = load_file(&path).unwrap_or_else(|report| panic!("{}", report.render(false)));
        if loaded.scenario.format != 1 {
            continue;
        }
        let outcome = common::play_fixture(&stem);
        // closing-day's learner works on after closing on purpose: the office refusing back-office
        // work then is what that day tests (tests/after_closing.rs). Any other refusal is a change.
        let close = clinic_day::sim::SimTime::from(loaded.scenario.clinic.hours.close);
        let refused: Vec<String> = outcome
            .journal
            .entries
            .iter()
            .filter_map(|e| match &e.what {
                Entry::Refused { reason, .. } if e.at >= close && reason.starts_with("the office closed at") => None,
                Entry::Refused { action, reason } => Some(format!("{} {action:?}: {reason}", e.at)),
                _ => None,
            })
            .collect();
        assert!(refused.is_empty(), "{stem}: refused\n{}", refused.join("\n"));
        played += 1;
    }
    assert!(played >= 10, "stored action files played: {played}");
}

/// What format 2 added, written into a format-1 day, is named where it is.
#[test]
fn a_format_2_field_in_a_format_1_file_is_named_where_it_is() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/needs-format-2.ron");
    let report = load_file(&path).expect_err("format 1 with `covers`");
    let rendered = report.render(false);
    assert!(rendered.contains("`covers`") && rendered.contains("format: 2"), "{rendered}");
    let text = std::fs::read_to_string(&path).expect("the fixture").replacen("format: 1,", "format: 2,", 1);
    let loaded = clinic_day::scenario::load_bytes("as format 2", text.as_bytes())
        .unwrap_or_else(|report| panic!("{}", report.render(false)));
    assert!(loaded.scenario.staff.physicians.iter().any(|p| p.locum && !p.covers.is_empty()));
}

//! The `clinic-day` command as a user runs it.

use std::process::Command;

fn clinic_day(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn validate_accepts_the_shipped_scenarios() {
    let (code, out, err) = clinic_day(&["validate", "scenarios/"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("6 files checked: 6 valid"), "{out}");
}

#[test]
fn validate_with_no_path_checks_the_scenarios_folder() {
    let (code, out, _) = clinic_day(&["validate"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("scenarios/greene-cardiology.ron"), "{out}");
}

#[test]
fn validate_rejects_every_broken_fixture_with_a_location() {
    let (code, out, _) = clinic_day(&["validate", "tests/fixtures/broken/"]);
    assert_eq!(code, 1);
    let files =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken")).expect("folder").count();
    assert!(out.contains(&format!("{files} files checked: 0 valid, {files} with errors")), "{out}");
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken")).expect("folder") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(out.contains(&format!("FAIL tests/fixtures/broken/{name}")), "{name} not reported");
        let whole_file = name == "binary-garbage.ron" || name == "empty-file.ron";
        if !whole_file {
            assert!(out.contains(&format!("tests/fixtures/broken/{name}:")), "{name} has no file:line:col");
        }
    }
}

#[test]
fn json_output_is_machine_readable() {
    let (code, out, _) = clinic_day(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/broken/unknown-patient.ron",
        "scenarios/tutorial.ron",
    ]);
    assert_eq!(code, 1);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["valid"], false);
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    let broken = &files[0];
    assert_eq!(broken["valid"], false);
    let diagnostic = &broken["diagnostics"][0];
    assert_eq!(diagnostic["code"], "unknown-patient");
    assert_eq!(diagnostic["level"], "error");
    assert!(diagnostic["line"].as_u64().is_some_and(|l| l > 1));
    assert!(diagnostic["column"].as_u64().is_some_and(|c| c > 1));
    assert!(diagnostic["help"].as_str().is_some_and(|h| h.contains("ann")));
    assert_eq!(files[1]["valid"], true);
}

#[test]
fn a_missing_path_fails_with_a_clear_message() {
    let (code, out, _) = clinic_day(&["validate", "nowhere.ron"]);
    assert_eq!(code, 1);
    assert!(out.contains("nowhere.ron") && out.contains("cannot read the file"), "{out}");
}

#[test]
fn a_folder_of_mixed_files_checks_only_scenarios() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.txt"), "not a scenario").expect("write");
    std::fs::write(dir.path().join("image.png"), [0x89, b'P', b'N', b'G', 0, 0]).expect("write");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron"), dir.path().join("day.ron"))
        .expect("copy");
    let path = dir.path().to_string_lossy().into_owned();
    let (code, out, _) = clinic_day(&["validate", &path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 file checked: 1 valid"), "{out}");
    assert!(out.contains("skipped 2 files"), "{out}");
}

#[test]
fn help_reads_well() {
    let (code, out, _) = clinic_day(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("front-desk training simulator") && out.contains("validate"), "{out}");
    let (code, out, _) = clinic_day(&["validate", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("file:line:column") && out.contains("--format"), "{out}");
}

#[test]
fn rules_lists_the_rulebook() {
    let (code, out, _) = clinic_day(&["rules"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 45, "T1–T13, C1–C19, S1–S13");
    let (code, out, _) = clinic_day(&["rules", "c2"]);
    assert_eq!(code, 0);
    assert!(out.contains("IPC Ontario"), "{out}");
    let (code, _, err) = clinic_day(&["rules", "X9"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a rule id"), "{err}");
}

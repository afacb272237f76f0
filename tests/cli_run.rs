//! `clinic-day run` as an instructor or a grader's script runs it.

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
fn expert_reaches_100_and_passes_the_reference_day() {
    let (code, out, err) = clinic_day(&["run", "scenarios/greene-cardiology.ron", "--autoplay", "expert"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("total            100.0 / 100   PASS"), "{out}");
}

#[test]
fn run_shows_which_way_each_consequence_went() {
    let (code, out, err) = clinic_day(&["run", "walk-in-clinic", "--autoplay", "novice"]);
    assert_eq!(code, 0, "{err}");
    let consequences =
        out.split("\nConsequences:\n").nth(1).unwrap_or_else(|| panic!("no Consequences section: {out}"));
    assert!(
        consequences
            .contains("Call `call-haggerty-worse` happened: `call-haggerty-vertigo` was not sent to emergency care"),
        "{consequences}"
    );
    assert!(consequences.contains("Call `call-prhc-haggerty` did not happen"), "{consequences}");
}

#[test]
fn novice_scores_lower_and_names_critical_deductions_by_rule() {
    let (code, out, err) = clinic_day(&["run", "scenarios/greene-cardiology.ron", "--autoplay", "novice"]);
    assert_eq!(code, 0, "exit 0 whatever the score: {err}");
    assert!(out.contains("FAIL"), "{out}");
    assert!(out.contains("fail gates broken:"), "{out}");
    assert!(out.lines().any(|l| l.trim_start().starts_with("T1  critical")), "{out}");
    assert!(out.lines().any(|l| l.trim_start().starts_with("C2  critical")), "{out}");
}

#[test]
fn telling_a_spouse_the_results_is_a_critical_confidentiality_breach() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.json");
    let report_arg = report.to_str().expect("utf-8 path");
    let (code, out, err) = clinic_day(&[
        "run",
        "scenarios/greene-cardiology.ron",
        "--actions",
        "docs/examples/spouse-told-results.ron",
        "--report",
        report_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("fail gates broken: C2"), "{out}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    let breach =
        json["judgments"].as_array().expect("judgments").iter().find(|j| j["rule"] == "C2").expect("a C2 judgment");
    assert_eq!(breach["kept"], false);
    assert_eq!(breach["severity"], "Critical");
    assert_eq!(breach["at"], "13:05");
    assert!(breach["explanation"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(json["passed"], false);
}

#[test]
fn the_json_report_keeps_its_documented_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("r.json");
    let (code, _, err) =
        clinic_day(&["run", "tutorial", "--autoplay", "novice", "--report", report.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert!(json["total"].as_f64().is_some_and(|t| (0.0..=100.0).contains(&t)));
    assert!(json["passed"].is_boolean());
    for category in ["triage", "confidentiality", "scheduling"] {
        assert!(json["categories"][category].as_f64().is_some_and(|t| (0.0..=100.0).contains(&t)), "{category}");
    }
    let judgments = json["judgments"].as_array().expect("list");
    assert!(!judgments.is_empty());
    for j in judgments {
        for key in ["rule", "severity", "kept", "at", "explanation"] {
            assert!(!j[key].is_null(), "{key} in {j}");
        }
    }
}

#[test]
fn two_runs_and_different_thread_counts_give_byte_identical_reports_and_journals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut outputs = Vec::new();
    for (n, threads) in ["1", "1", "4"].iter().enumerate() {
        let report = dir.path().join(format!("report-{n}.json"));
        let journal = dir.path().join(format!("journal-{n}.ron"));
        let (code, _, err) = clinic_day(&[
            "run",
            "scenarios/maple-family-practice.ron",
            "--autoplay",
            "expert",
            "--seed",
            "11",
            "--threads",
            threads,
            "--report",
            report.to_str().expect("utf-8"),
            "--journal",
            journal.to_str().expect("utf-8"),
        ]);
        assert_eq!(code, 0, "{err}");
        outputs.push((std::fs::read(&report).expect("report"), std::fs::read(&journal).expect("journal")));
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]), "runs differ");
}

#[test]
fn a_saved_autoplay_replays_to_the_same_score() {
    let dir = tempfile::tempdir().expect("temp dir");
    let actions = dir.path().join("actions.ron");
    let (_, first, _) = clinic_day(&[
        "run",
        "tutorial",
        "--autoplay",
        "expert",
        "-q",
        "--save-actions",
        actions.to_str().expect("utf-8"),
    ]);
    let (code, again, err) = clinic_day(&["run", "tutorial", "--actions", actions.to_str().expect("utf-8"), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(first, again);
}

#[test]
fn an_action_file_with_unknown_names_or_going_back_in_time_is_located() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.ron");
    std::fs::write(
        &file,
        "[\n  (at: \"13:04\", do: Answer(call: \"call-spouse-kowalsky\")),\n  (at: \"12:00\", do: Disclose(call: \"call-spouse-kowalski\", patient: \"raymond\", info: Results)),\n]\n",
    )
    .expect("write");
    let (code, out, err) =
        clinic_day(&["run", "scenarios/greene-cardiology.ron", "--actions", file.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("bad.ron:2:34"), "{err}");
    assert!(err.contains("did you mean `call-spouse-kowalski`?"), "{err}");
    assert!(err.contains("bad.ron:3:8") && err.contains("back-in-time"), "{err}");
    assert!(err.contains("bad.ron:3:69") && err.contains("did you mean `raymond-kowalski`?"), "{err}");
}

#[test]
fn a_malformed_action_file_or_missing_one_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("junk.ron");
    std::fs::write(&file, "[(at: \"25:00\", do: Pause)]").expect("write");
    let (code, _, err) = clinic_day(&["run", "tutorial", "--actions", file.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(err.contains("junk.ron:1:"), "{err}");
    let (code, _, err) = clinic_day(&["run", "tutorial", "--actions", "no-such-file.ron"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read the action file"), "{err}");
    let (code, _, err) = clinic_day(&["run", "tutorial"]);
    assert_eq!(code, 2, "a player is required: {err}");
}

#[test]
fn run_help_reads_well() {
    let (code, out, _) = clinic_day(&["run", "--help"]);
    assert_eq!(code, 0);
    for text in ["--autoplay", "--actions", "--report", "--journal", "--seed", "Exit status"] {
        assert!(out.contains(text), "{text} in {out}");
    }
}

#[test]
fn run_writes_a_results_file_that_grade_accepts_and_an_edited_copy_is_flagged() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let results = dir.path().join("s001.json");
    let results = results.to_str().expect("utf-8 path");
    let (code, _, err) =
        clinic_day(&["run", "tutorial", "--autoplay", "expert", "--results", results, "--learner", "s001", "-q"]);
    assert_eq!(code, 0, "{err}");
    let dir_arg = dir.path().to_str().expect("utf-8 path");
    let books = tempfile::tempdir().expect("a temp dir");
    let (moodle, d2l) = (books.path().join("moodle.csv"), books.path().join("d2l.csv"));
    let (code, out, err) = clinic_day(&[
        "grade",
        dir_arg,
        "--scenario",
        "scenarios/tutorial.ron",
        "--moodle",
        moodle.to_str().expect("utf-8"),
        "--d2l",
        d2l.to_str().expect("utf-8"),
        "--item",
        "Practicum 1",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("graded") && out.contains("s001") && out.contains("1 graded, 0 flagged"), "{out}");
    let moodle = std::fs::read_to_string(moodle).expect("the Moodle CSV");
    assert_eq!(moodle, "Username,Practicum 1\r\ns001,100.0\r\n");
    let d2l = std::fs::read_to_string(d2l).expect("the Brightspace CSV");
    assert_eq!(d2l, "OrgDefinedId,Practicum 1 Points Grade,End-of-Line Indicator\r\n#s001,100.0,#\r\n");
    let text = std::fs::read_to_string(results).expect("written");
    let edited = text.replacen("\"total\": 100.0", "\"total\": 90.0", 1);
    assert_ne!(edited, text, "the score is in the file");
    std::fs::write(dir.path().join("s001-edited.json"), edited).expect("write");
    let (code, out, _) = clinic_day(&["grade", dir_arg, "--scenario", "scenarios/tutorial.ron"]);
    assert_eq!(code, 3, "a flagged file is reported in the exit status: {out}");
    assert!(out.contains("FLAGGED") && out.contains("tampered") && out.contains("1 graded, 1 flagged"), "{out}");
}

/// Text from a scenario file (a referral's reason, an event's id) reaches the printed scorecard and
/// consequences on one line each, without its control characters: a file cannot drive the
/// grader's terminal.
#[test]
fn run_prints_a_hostile_days_text_without_its_control_characters() {
    let base = std::fs::read_to_string("tests/fixtures/broken/asked-of-a-message.ron").expect("the fixture");
    let base = base.split_once('\n').map(|(_, rest)| rest).expect("an expect line");
    let timeline = &base[base.find("    timeline: [").expect("a timeline")..];
    let esc = "\u{1b}[31mRED\u{1b}[0m";
    let (bel, line_break) = ("\u{7}", "\n");
    let hostile = format!(
        r#"    referrals_out: [(id: "ref-x", patient: "ann", to: "lab", by: "lee", urgency: Urgent, reason: "R{esc}{bel}{line_break}T1 fake line", sent: "today-9")],
    timeline: [
        (at: "09:10", event: Call(id: "call-{esc}", caller: (name: "Ann Smith", claims: Patient("ann")), says: ["x"], wants: Message("m"))),
        (at: "10:00", unless: SentToEmergency("call-{esc}"), event: Call(id: "call-y", caller: (name: "Ann", claims: Patient("ann")), says: ["y"], wants: Message("m"))),
    ],
)
"#
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.ron");
    std::fs::write(&file, base.replace(timeline, &hostile)).expect("written");
    let (code, out, err) = clinic_day(&["run", file.to_str().expect("utf-8"), "--autoplay", "novice"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("RED") && out.contains("Consequences:"), "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(!out.lines().any(|l| l.starts_with("T1 fake line")), "a line break in a text stays on its line: {out}");
}

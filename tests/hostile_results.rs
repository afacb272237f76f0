//! Results files made to cheat or to break the grader: each is flagged with its reason, none stops
//! the others, and nothing from a file reaches a path, a terminal or a spreadsheet raw.

mod common;

use std::path::{Path, PathBuf};

use clinic_day::practicum::exam::{Exam, load_exam};
use clinic_day::practicum::grade::{Flag, Graded, Scenarios, grade_all};
use clinic_day::practicum::results::ResultsFile;
use clinic_day::shift::autoplay::Style;

/// An exam on the tutorial, and an honest attempt at it.
fn exam_and_attempt(dir: &Path) -> (Exam, ResultsFile) {
    let sheet = dir.join("week9.exam.ron");
    std::fs::write(
        &sheet,
        r#"(exam_sheet: 1, title: "Week 9", scenario: "builtin:tutorial.ron", seed: 4242, pause: NoPause)"#,
    )
    .expect("write the sheet");
    let exam = load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)));
    let honest = common::exam_results(&exam, "s001", 4242, "exam", Style::Novice, "2026-11-23T09:00:00Z");
    (exam, honest)
}

fn write(dir: &Path, name: &str, body: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write");
    path
}

/// Grades the honest file first, then `path`: the honest one is always graded, and `path`'s grade
/// is returned.
fn grade_beside_honest(exam: &Exam, honest: &Path, path: &Path) -> Graded {
    let mut graded = grade_all(&[honest.to_owned(), path.to_owned()], &Scenarios::of_exam(exam));
    assert!(graded[0].outcome.is_ok(), "the honest file is graded: {:?}", graded[0].outcome);
    graded.remove(1)
}

fn unreadable_because(graded: &Graded, words: &str) {
    match &graded.outcome {
        Err(Flag::Unreadable(why)) => assert!(why.contains(words), "expected “{words}” in: {why}"),
        other => panic!("{} should be unreadable ({words}): {other:?}", graded.path.display()),
    }
}

#[test]
fn a_practice_autoplay_file_relabelled_as_the_exam_is_not_this_exam() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    // `run --autoplay expert` on the same day and seed, its mode edited to "exam".
    let mut forged = common::exam_results(&exam, "s002", 4242, "practice", Style::Expert, "2026-11-23T09:00:00Z");
    forged.exam = None;
    forged.mode = "exam".into();
    let path = write(dir.path(), "forged.json", forged.to_json());
    match grade_beside_honest(&exam, &honest_path, &path).outcome {
        Err(Flag::NotThisExam(why)) => assert!(why.contains("no exam sheet's stamp"), "{why}"),
        other => panic!("a relabelled practice file must not be graded as the exam: {other:?}"),
    }
}

#[test]
fn a_file_stamped_with_another_sheet_is_not_this_exam() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    let mut other = honest.clone();
    other.learner = "s002".into();
    if let Some(stamp) = other.exam.as_mut() {
        stamp.sha256 = "0".repeat(64);
        stamp.title = "Week 8".into();
    }
    let path = write(dir.path(), "other.json", other.to_json());
    match grade_beside_honest(&exam, &honest_path, &path).outcome {
        Err(Flag::NotThisExam(why)) => assert!(why.contains("another exam sheet (\"Week 8\")"), "{why}"),
        other => panic!("{other:?}"),
    }
    // A stamp whose title would drive the terminal is not read at all, and says where it is.
    if let Some(stamp) = other.exam.as_mut() {
        stamp.title = "Week 8\u{1b}[2J".into();
    }
    let path = write(dir.path(), "escape.json", other.to_json());
    let graded = grade_beside_honest(&exam, &honest_path, &path);
    unreadable_because(&graded, "an exam stamp");
    unreadable_because(&graded, "\"exam\": {");
}

#[test]
fn a_crafted_sha256_is_flagged_without_a_panic() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    for (i, crafted) in ["ééééééééééééééééé", "", "../../etc/passwd", &"A".repeat(64)].into_iter().enumerate()
    {
        let mut bad = honest.clone();
        bad.learner = format!("s10{i}");
        bad.scenario.sha256 = crafted.to_owned();
        let path = write(dir.path(), &format!("sha-{i}.json"), bad.to_json());
        unreadable_because(&grade_beside_honest(&exam, &honest_path, &path), "SHA-256");
    }
}

#[test]
fn attempt_ids_that_are_not_uuids_are_flagged() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    for (i, crafted) in ["/../../X", "", "x".repeat(10_000).as_str()].into_iter().enumerate() {
        let mut bad = honest.clone();
        bad.attempt = crafted.to_owned();
        let path = write(dir.path(), &format!("attempt-{i}.json"), bad.to_json());
        unreadable_because(&grade_beside_honest(&exam, &honest_path, &path), "attempt id");
    }
}

#[test]
fn learner_ids_that_could_fake_output_paths_or_formulas_are_flagged() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    let crafted = [
        "s2\ngraded   s9 100.0 pass  fake.json",
        "\t=HYPERLINK(\"http://x\")",
        "s3\u{1b}[2J",
        "../../x",
        "",
        &"s".repeat(65),
    ];
    for (i, learner) in crafted.into_iter().enumerate() {
        let mut bad = honest.clone();
        bad.learner = learner.to_owned();
        let path = write(dir.path(), &format!("learner-{i}.json"), bad.to_json());
        let graded = grade_beside_honest(&exam, &honest_path, &path);
        unreadable_because(&graded, "learner id");
        assert!(graded.learner().is_none(), "an unread file names no learner for the reports");
    }
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    // A learner id of 20 MB: far past the cap on a results file.
    let mut bad = honest.clone();
    bad.learner = "x".repeat(20 * 1024 * 1024);
    let path = write(dir.path(), "huge.json", bad.to_json());
    unreadable_because(&grade_beside_honest(&exam, &honest_path, &path), "a results file is at most 16.0 MB");
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_among_the_results_are_refused_without_hanging() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    let endless = dir.path().join("endless.json");
    std::os::unix::fs::symlink("/dev/zero", &endless).expect("symlink");
    unreadable_because(&grade_beside_honest(&exam, &honest_path, &endless), "not a file");
    let fifo = dir.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    unreadable_because(&grade_beside_honest(&exam, &honest_path, &fifo), "not a file");
}

#[test]
fn scores_cannot_overflow_whatever_the_weights_say() {
    let text = clinic_day::scenario::BUILTIN
        .iter()
        .find(|b| b.file == "tutorial.ron")
        .expect("the tutorial ships")
        .text
        .to_owned();
    let heavy = text.replacen(
        "scoring: (",
        "scoring: (weights: (triage: 3.4e38, confidentiality: 3.4e38, scheduling: 1.0), ",
        1,
    );
    assert_ne!(heavy, text, "the tutorial has a scoring section to add weights to");
    let report = clinic_day::scenario::load_str("heavy.ron", &heavy).map(|l| l.report).unwrap_or_else(|r| r);
    assert!(
        report.diagnostics.iter().any(|d| d.code == "weight" && d.message.contains("between 0 and 1000")),
        "{}",
        report.render(false)
    );
}

#[test]
fn a_simulator_field_with_control_characters_is_refused_not_printed() {
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    let mut bad = honest.clone();
    bad.simulator = "clinic-day 99.0.0\u{1b}[2J".into();
    let path = write(dir.path(), "escape.json", bad.to_json());
    let graded = grade_beside_honest(&exam, &honest_path, &path);
    unreadable_because(&graded, "simulator");
    let said = graded.outcome.expect_err("flagged").to_string();
    assert!(!said.contains('\u{1b}'), "an escape code would reach the grader's terminal: {said:?}");
}

#[test]
fn pauses_beyond_the_sheet_and_times_out_of_order_break_the_exams_rules() {
    use clinic_day::sim::Action;
    use clinic_day::sim::script::TimedAction;
    let dir = tempfile::tempdir().expect("dir");
    let (exam, honest) = exam_and_attempt(dir.path());
    let honest_path = write(dir.path(), "honest.json", honest.to_json());
    // Twenty pauses on a sheet that allows none (the game would have refused every one).
    let mut paused = honest.clone();
    paused.learner = "s002".into();
    let first = paused.journal.first().map(|t| t.at).expect("the novice acts");
    let pauses = (0..20).flat_map(|_| {
        [TimedAction { at: first, action: Action::Pause }, TimedAction { at: first, action: Action::Resume }]
    });
    paused.journal = pauses.chain(paused.journal.iter().cloned()).collect();
    let path = write(dir.path(), "paused.json", paused.to_json());
    match grade_beside_honest(&exam, &honest_path, &path).outcome {
        Err(Flag::BrokeExamRules(why)) => assert!(why.contains("20 pauses taken") && why.contains("no pause"), "{why}"),
        other => panic!("{other:?}"),
    }
    let mut reversed = honest.clone();
    reversed.learner = "s003".into();
    std::mem::swap(&mut reversed.started, &mut reversed.finished);
    let path = write(dir.path(), "reversed.json", reversed.to_json());
    match grade_beside_honest(&exam, &honest_path, &path).outcome {
        Err(Flag::BrokeExamRules(why)) => assert!(why.contains("finished before it started"), "{why}"),
        other => panic!("{other:?}"),
    }
    let mut timeless = honest.clone();
    timeless.learner = "s004".into();
    timeless.finished = None;
    let path = write(dir.path(), "timeless.json", timeless.to_json());
    match grade_beside_honest(&exam, &honest_path, &path).outcome {
        Err(Flag::BrokeExamRules(why)) => assert!(why.contains("when it started and finished"), "{why}"),
        other => panic!("{other:?}"),
    }
}

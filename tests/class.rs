//! A class's attempts sorted out after grading: duplicates reported once, copies flagged on both
//! sides, learners off the roster flagged, attempts beyond the sheet flagged, and one attempt per
//! learner counted for the gradebook.

mod common;

use std::path::{Path, PathBuf};

use clinic_day::practicum::class::{ClassRules, Roster, absent, sort_out};
use clinic_day::practicum::exam::{Exam, load_exam};
use clinic_day::practicum::grade::{Flag, Graded, Scenarios, grade_all};
use clinic_day::practicum::results::ResultsFile;
use clinic_day::shift::autoplay::Style;

fn exam(dir: &Path) -> Exam {
    let sheet = dir.join("week9.exam.ron");
    std::fs::write(
        &sheet,
        r#"(exam_sheet: 1, title: "Week 9", scenario: "builtin:tutorial.ron", seed: 4242, attempts: (allowed: 2, counts: Highest))"#,
    )
    .expect("write the sheet");
    load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)))
}

fn attempt(exam: &Exam, learner: &str, style: Style, started: &str) -> ResultsFile {
    common::exam_results(exam, learner, 4242, "exam", style, started)
}

fn write(dir: &Path, name: &str, file: &ResultsFile) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, file.to_json()).expect("write");
    path
}

fn graded(exam: &Exam, paths: &[PathBuf], rules: &ClassRules) -> Vec<Graded> {
    let mut graded = grade_all(paths, &Scenarios::of_exam(exam));
    sort_out(&mut graded, rules);
    graded
}

fn rules(exam: &Exam, roster: Option<&str>) -> ClassRules {
    ClassRules {
        attempts: Some(exam.sheet.attempts),
        roster: roster.map(|text| Roster::parse("class.csv", text).expect("a roster")),
    }
}

#[test]
fn a_classmates_file_with_a_new_learner_id_flags_both_as_copies() {
    let dir = tempfile::tempdir().expect("dir");
    let exam = exam(dir.path());
    let honest = attempt(&exam, "s001", Style::Novice, "2026-11-23T09:00:00Z");
    let mut taken = honest.clone();
    taken.learner = "s002".into();
    let paths = [write(dir.path(), "s001.json", &honest), write(dir.path(), "s002.json", &taken)];
    let graded = graded(&exam, &paths, &rules(&exam, None));
    for (g, other) in graded.iter().zip(["s002", "s001"]) {
        match &g.outcome {
            Err(Flag::Copied { with, how }) => {
                assert_eq!(with, other);
                assert!(how.contains("same attempt id"), "{how}");
            }
            outcome => panic!("{}: {outcome:?}", g.path.display()),
        }
    }
}

#[test]
fn the_same_decisions_at_the_same_times_from_two_learners_are_copies() {
    let dir = tempfile::tempdir().expect("dir");
    let exam = exam(dir.path());
    // Two "different" attempts (their own ids and start times) with one set of decisions.
    let a = attempt(&exam, "s001", Style::Expert, "2026-11-23T09:00:00Z");
    let b = attempt(&exam, "s002", Style::Expert, "2026-11-23T09:04:00Z");
    assert_ne!(a.attempt, b.attempt);
    // A third learner played it their own way.
    let c = attempt(&exam, "s003", Style::Novice, "2026-11-23T09:01:00Z");
    let paths = [write(dir.path(), "a.json", &a), write(dir.path(), "b.json", &b), write(dir.path(), "c.json", &c)];
    let graded = graded(&exam, &paths, &rules(&exam, None));
    assert!(matches!(&graded[0].outcome, Err(Flag::Copied { with, how }) if with == "s002" && how.contains("100 %")));
    assert!(matches!(&graded[1].outcome, Err(Flag::Copied { with, .. }) if with == "s001"));
    assert!(graded[2].outcome.is_ok() && graded[2].counted, "{:?}", graded[2].outcome);
}

#[test]
fn duplicates_are_reported_once_and_attempts_beyond_the_sheet_are_flagged() {
    let dir = tempfile::tempdir().expect("dir");
    let exam = exam(dir.path());
    let first = attempt(&exam, "s001", Style::Novice, "2026-11-23T09:00:00Z");
    let second = attempt(&exam, "s001", Style::Expert, "2026-11-24T09:00:00Z");
    let third = attempt(&exam, "s001", Style::Expert, "2026-11-25T09:00:00Z");
    let paths = [
        write(dir.path(), "third.json", &third),
        write(dir.path(), "first.json", &first),
        write(dir.path(), "first-again.json", &first),
        write(dir.path(), "second.json", &second),
    ];
    let graded = graded(&exam, &paths, &rules(&exam, None));
    assert!(matches!(&graded[0].outcome, Err(Flag::ExtraAttempt { allowed: 2 })), "{:?}", graded[0].outcome);
    assert!(matches!(&graded[2].outcome, Err(Flag::Duplicate { of }) if of.ends_with("first.json")));
    // Two attempts allowed, the highest counts: the expert's second attempt, not the novice's first.
    assert!(graded[1].outcome.is_ok() && !graded[1].counted);
    assert!(graded[3].outcome.is_ok() && graded[3].counted);
    assert_eq!(graded.iter().filter(|g| g.counted).count(), 1, "one gradebook row per learner");
}

#[test]
fn learners_off_the_roster_are_flagged_and_the_absent_are_listed() {
    let dir = tempfile::tempdir().expect("dir");
    let exam = exam(dir.path());
    let on = attempt(&exam, "s001", Style::Novice, "2026-11-23T09:00:00Z");
    let off = attempt(&exam, "x999", Style::Expert, "2026-11-23T09:00:00Z");
    let paths = [write(dir.path(), "on.json", &on), write(dir.path(), "off.json", &off)];
    let rules = rules(&exam, Some("# id,name\ns001,Ana Silva\ns002,Ben Roy\n"));
    let graded = graded(&exam, &paths, &rules);
    assert!(graded[0].outcome.is_ok() && graded[0].counted);
    assert!(matches!(graded[1].outcome, Err(Flag::NotOnRoster)), "{:?}", graded[1].outcome);
    assert_eq!(absent(rules.roster.as_ref().expect("roster"), &graded), ["s002"]);
}

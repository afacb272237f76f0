//! Shared helpers for the headless tests: the judge's test bench day, and ways to look up what was
//! judged.

#![allow(dead_code)]

pub mod mutate;

use std::sync::{Arc, OnceLock};

use clinic_day::rules::{Judgment, Severity};
use clinic_day::scenario::{Scenario, load_file};
use clinic_day::shift::Shift;
use clinic_day::sim::{Action, Day, SimTime};

/// The bench day in `tests/fixtures/judge-day.ron`, loaded once.
pub fn bench_scenario() -> Arc<Scenario> {
    static BENCH: OnceLock<Arc<Scenario>> = OnceLock::new();
    BENCH
        .get_or_init(|| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judge-day.ron");
            Arc::new(load_file(&path).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
        })
        .clone()
}

pub fn bench() -> Shift {
    Shift::new(bench_scenario(), 5)
}

/// The bench day with one patient's record changed first (how they answer the phone, when they
/// can come).
pub fn bench_with_patient(patient: &str, change: impl Fn(&mut clinic_day::scenario::Patient)) -> Shift {
    let mut scenario = (*bench_scenario()).clone();
    scenario.patients.iter_mut().filter(|p| p.id.as_str() == patient).for_each(change);
    Shift::new(Arc::new(scenario), 5)
}

pub fn t(text: &str) -> SimTime {
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// Applies actions that must be accepted.
pub fn act(day: &mut Shift, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        let shown = format!("{action:?}");
        if let Err(reason) = day.apply(action) {
            panic!("{shown} was refused at {}: {reason}", day.now);
        }
    }
}

/// Moves the clock to `time` and applies the actions there.
pub fn at(day: &mut Shift, time: &str, actions: impl IntoIterator<Item = Action>) {
    day.advance_to(t(time));
    act(day, actions);
}

/// The judgment of `rule` about `about`.
pub fn judgment<'d>(day: &'d Day, rule: &str, about: &str) -> Option<&'d Judgment> {
    day.journal.judgments().find(|j| j.rule == rule && j.about == about)
}

#[track_caller]
pub fn assert_kept(day: &Day, rule: &str, about: &str) {
    match judgment(day, rule, about) {
        Some(j) => assert!(j.kept, "{rule} about {about} was broken: {}", j.did),
        None => panic!("{rule} about {about} was not judged; judged: {}", judged(day)),
    }
}

#[track_caller]
pub fn assert_broken(day: &Day, rule: &str, about: &str, severity: Severity) {
    match judgment(day, rule, about) {
        Some(j) => {
            assert!(!j.kept, "{rule} about {about} was kept: {}", j.did);
            assert_eq!(j.severity, severity, "{rule} about {about}: {}", j.did);
        }
        None => panic!("{rule} about {about} was not judged; judged: {}", judged(day)),
    }
}

fn judged(day: &Day) -> String {
    day.journal
        .judgments()
        .map(|j| format!("{}{}({})", j.rule, if j.kept { "+" } else { "-" }, j.about))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A day written for the tests and its learner's action file, played: `tests/fixtures/<day>.ron`
/// with `tests/fixtures/<day>.actions.ron`, on the day's own seed.
pub fn play_fixture(day: &str) -> clinic_day::shift::outcome::Outcome {
    use clinic_day::shift::outcome::{Player, run_day};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let scenario = fixture_day(day);
    let name = format!("{day}.actions.ron");
    let text = std::fs::read_to_string(dir.join(&name)).expect("the action file");
    let actions = clinic_day::sim::script::load_actions(&name, &text, &scenario)
        .unwrap_or_else(|r| panic!("{}", r.render(false)));
    run_day(scenario.clone(), scenario.randomness.seed, Player::Script(&actions))
}

/// A day written for the tests: `tests/fixtures/<day>.ron`, loaded.
pub fn fixture_day(day: &str) -> Arc<Scenario> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{day}.ron"));
    Arc::new(load_file(&path).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

/// What a played day's scorecard says of `rule` about `about`.
pub fn verdict<'a>(played: &'a clinic_day::shift::outcome::Outcome, rule: &str, about: &str) -> Option<&'a Judgment> {
    played.scorecard.judgments.iter().find(|j| j.rule == rule && j.about == about)
}

/// Whether `rule` about `about` was judged kept (or broken, `kept` false) at `severity`.
pub fn judged_as(
    played: &clinic_day::shift::outcome::Outcome,
    rule: &str,
    about: &str,
    kept: bool,
    severity: Severity,
) -> bool {
    verdict(played, rule, about).is_some_and(|j| j.kept == kept && j.severity == severity)
}

/// A hand grade held against the tool: each `(rule, about, kept, severity)` judged so, and nothing
/// else judged.
pub fn assert_graded(played: &clinic_day::shift::outcome::Outcome, grade: &[(&str, &str, bool, Severity)]) {
    let all = every_judgment(played);
    for &(rule, about, kept, severity) in grade {
        assert!(judged_as(played, rule, about, kept, severity), "{rule} {about}: {all}");
    }
    assert_eq!(played.journal.judgments().count(), grade.len(), "{all}");
}

/// `scenario` played by an autoplay on the scenario's own seed.
pub fn autoplayed(
    scenario: Arc<Scenario>,
    style: clinic_day::shift::autoplay::Style,
) -> clinic_day::shift::outcome::Outcome {
    let seed = scenario.randomness.seed;
    clinic_day::shift::outcome::run_day(scenario, seed, clinic_day::shift::outcome::Player::Autoplay(style))
}

/// Every judgment of a played day, for an assertion's message.
pub fn every_judgment(played: &clinic_day::shift::outcome::Outcome) -> String {
    format!("{:#?}", played.scorecard.judgments)
}

/// An attempt at `exam` played by an autoplay, as the game would save it: stamped with the sheet.
pub fn exam_results(
    exam: &clinic_day::practicum::exam::Exam,
    learner: &str,
    seed: u64,
    mode: &str,
    style: clinic_day::shift::autoplay::Style,
    started: &str,
) -> clinic_day::practicum::results::ResultsFile {
    use clinic_day::shift::outcome::{Player, run_day};
    exam_file(exam, learner, seed, mode, started, run_day(exam.scenario.clone(), seed, Player::Autoplay(style)))
}

/// The results file the game saves for an attempt at `exam` that ended in `outcome`.
pub fn exam_file(
    exam: &clinic_day::practicum::exam::Exam,
    learner: &str,
    seed: u64,
    mode: &str,
    started: &str,
    outcome: clinic_day::shift::outcome::Outcome,
) -> clinic_day::practicum::results::ResultsFile {
    use clinic_day::practicum::results::{ResultsFile, ShiftRecord};
    ResultsFile::of_shift(ShiftRecord {
        exam: Some(exam.stamp()),
        learner,
        scenario: &exam.scenario,
        scenario_sha256: exam.scenario_sha256.clone(),
        seed,
        mode,
        started: Some(started.to_owned()),
        journal: outcome.actions,
        scorecard: outcome.scorecard,
    })
}

/// On the bench day, the desk returns Ann's 09:00 voicemail (she asks for her blood count), she
/// states her identifiers, then the desk does `then` and the call ends.
pub fn return_anns_voicemail(day: &mut Shift, then: Action) {
    use clinic_day::sim::action::Purpose;
    at(
        day,
        "09:05",
        [
            Action::PlaceCall {
                patient: "ann".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::ReturnVoicemail { voicemail: "vm-ann".into() },
            },
            Action::AskIdentifiers { call: "vm-ann".into() },
            then,
            Action::EndCall { call: "vm-ann".into() },
        ],
    );
}

/// The bench day as format 2 with each `(from, to)` replaced once: a test's own variant of it. A
/// `from` the bench no longer has fails the test, so a variant never silently tests the bench itself.
pub fn bench_variant(edits: &[(&str, &str)]) -> Arc<Scenario> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judge-day.ron");
    let mut text = std::fs::read_to_string(path).expect("the bench").replacen("format: 1,", "format: 2,", 1);
    for (from, to) in edits {
        assert!(text.contains(from), "the bench has no `{from}`: update this test");
        text = text.replacen(from, to, 1);
    }
    Arc::new(
        clinic_day::scenario::load_str("variant.ron", &text).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario,
    )
}

/// The branches a played day took (format 2 consequences): each conditional timeline entry, and
/// whether its event happened.
pub fn branches(played: &clinic_day::shift::outcome::Outcome) -> Vec<(usize, bool)> {
    played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            clinic_day::sim::Entry::Branch { entry, happens, .. } => Some((*entry, *happens)),
            _ => None,
        })
        .collect()
}

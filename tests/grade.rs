//! Re-grading results files: a genuine file is graded with the replay's score; an edited score, a
//! file made against another version of the scenario, a journal that names things the scenario does
//! not have, and files that are not whole results files are each flagged with their reason, and one
//! bad file never stops the others.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use clinic_day::practicum::grade::{Flag, Scenarios, grade_all};
use clinic_day::practicum::results::{ResultsFile, ShiftRecord};
use clinic_day::scenario::{BUILTIN, Scenario, load_str};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::clock::SimTime;

fn tutorial() -> (&'static str, Scenario) {
    let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial ships");
    (builtin.text, builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

fn results_of(text: &str, scenario: &Scenario, learner: &str, style: Style) -> ResultsFile {
    let seed = scenario.randomness.seed;
    let outcome = run_day(Arc::new(scenario.clone()), seed, Player::Autoplay(style));
    ResultsFile::of_shift(ShiftRecord {
        exam: None,
        learner,
        scenario,
        scenario_sha256: clinic_day::practicum::stamp::sha256_hex(text.as_bytes()),
        seed,
        mode: "practice",
        started: Some("2026-11-23T08:00:00Z".into()),
        journal: outcome.actions,
        scorecard: outcome.scorecard,
    })
}

#[test]
fn genuine_files_are_graded_and_every_kind_of_bad_one_is_flagged_with_its_reason() {
    let (text, scenario) = tutorial();
    let dir = tempfile::tempdir().expect("a temp dir");
    let write = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, body).expect("write");
        path
    };
    let expert = results_of(text, &scenario, "s001", Style::Expert);
    let novice = results_of(text, &scenario, "s002", Style::Novice);
    let mut edited = novice.clone();
    edited.learner = "s003".into();
    edited.scorecard.total = 95.0;
    // Another version of the scenario: the same id, one word changed in its text.
    let older_text = text.replacen("tutorial", "Tutorial", 1);
    assert_ne!(older_text, text);
    let older_scenario = load_str("older.ron", &older_text).expect("still valid").scenario;
    let older = results_of(&older_text, &older_scenario, "s004", Style::Expert);
    let mut corrupt = expert.clone();
    corrupt.learner = "s005".into();
    if let Some(first) = corrupt.journal.iter_mut().find_map(|t| match &mut t.action {
        clinic_day::sim::Action::OpenChart { patient } => Some(patient),
        _ => None,
    }) {
        *first = "nobody-at-all".into();
    } else {
        corrupt.journal.push(clinic_day::sim::script::TimedAction {
            at: "17:00".parse().expect("time"),
            action: clinic_day::sim::Action::OpenChart { patient: "nobody-at-all".into() },
        });
    }
    // The same grade told in other words (a later build rewords a judgment): not tampering.
    let mut reworded = expert.clone();
    reworded.learner = "s007".into();
    if let Some(j) = reworded.scorecard.judgments.first_mut() {
        j.did = format!("{} (as an earlier build put it)", j.did).into();
    }
    // Made by an older Clinic Day: re-judged under today's rulebook, unless its score was edited.
    let mut older_simulator = novice.clone();
    older_simulator.learner = "s006".into();
    older_simulator.simulator = "clinic-day 0.0.9".into();
    let mut older_edited = older_simulator.clone();
    older_edited.learner = "s008".into();
    older_edited.scorecard.total = 88.0;
    // Made by a later Clinic Day, whose rulebook this one does not know.
    let mut newer_simulator = novice.clone();
    newer_simulator.learner = "s009".into();
    newer_simulator.simulator = "clinic-day 99.0.0".into();
    let expert_json = expert.to_json();
    let paths: Vec<PathBuf> = vec![
        write("older-simulator.json", &older_simulator.to_json()),
        write("older-edited.json", &older_edited.to_json()),
        write("newer-simulator.json", &newer_simulator.to_json()),
        write("reworded.json", &reworded.to_json()),
        write("expert.json", &expert_json),
        write("novice.json", &novice.to_json()),
        write("edited.json", &edited.to_json()),
        write("older.json", &older.to_json()),
        write("corrupt.json", &corrupt.to_json()),
        write("truncated.json", &expert_json[..expert_json.len() / 2]),
        write("foreign.json", r#"{"name": "a gradebook export", "rows": []}"#),
        write("newer.json", &expert_json.replace("\"format_version\": 1", "\"format_version\": 2")),
    ];
    let mut scenarios = Scenarios::default();
    scenarios.add(text.as_bytes(), scenario.clone());
    let graded = grade_all(&paths, &scenarios);
    assert_eq!(graded.len(), paths.len(), "every file has a line");
    let outcome =
        |name: &str| &graded.iter().find(|g| g.path.ends_with(name)).unwrap_or_else(|| panic!("{name} graded")).outcome;
    match outcome("expert.json") {
        Ok(card) => assert_eq!(card, &expert.scorecard),
        Err(flag) => panic!("the expert's file was flagged: {flag}"),
    }
    assert!(matches!(outcome("novice.json"), Ok(card) if card.total < expert.scorecard.total));
    assert!(
        matches!(outcome("reworded.json"), Ok(card) if card == &expert.scorecard),
        "graded, with the replay's words: {:?}",
        outcome("reworded.json")
    );
    assert!(
        matches!(outcome("edited.json"), Err(Flag::Tampered(why)) if why.contains("95.0")),
        "{:?}",
        outcome("edited.json")
    );
    assert!(matches!(outcome("older.json"), Err(Flag::WrongScenarioVersion { .. })), "{:?}", outcome("older.json"));
    let older = graded.iter().find(|g| g.path.ends_with("older-simulator.json")).expect("graded");
    assert!(matches!(&older.outcome, Ok(card) if card == &novice.scorecard), "{:?}", older.outcome);
    let rejudged = older.rejudged.as_ref().expect("said to be re-judged");
    assert_eq!(rejudged.made_by.to_string(), "0.0.9");
    assert!(rejudged.note().starts_with("re-judged: played on clinic-day 0.0.9"), "{}", rejudged.note());
    assert!(
        matches!(outcome("older-edited.json"), Err(Flag::Tampered(why)) if why.contains("88.0")),
        "{:?}",
        outcome("older-edited.json")
    );
    match outcome("newer-simulator.json") {
        Err(flag @ Flag::OtherSimulator { .. }) => {
            let said = flag.to_string();
            assert!(said.contains("Grade it with clinic-day 99.0.0"), "{said}");
        }
        other => panic!("a later simulator's file: {other:?}"),
    }
    assert!(
        matches!(outcome("corrupt.json"), Err(Flag::Corrupt(why)) if why.contains("nobody-at-all")),
        "{:?}",
        outcome("corrupt.json")
    );
    assert!(
        matches!(outcome("truncated.json"), Err(Flag::Unreadable(why)) if why.contains("truncated")),
        "{:?}",
        outcome("truncated.json")
    );
    assert!(
        matches!(outcome("foreign.json"), Err(Flag::Unreadable(why)) if why.contains("not a Clinic Day results file"))
    );
    assert!(matches!(outcome("newer.json"), Err(Flag::Unreadable(why)) if why.contains("version 2")));
}

#[test]
fn a_results_file_reads_back_as_it_was_written() {
    let (text, scenario) = tutorial();
    let results = results_of(text, &scenario, "s001", Style::Expert);
    let back = ResultsFile::parse("r.json", &results.to_json()).unwrap_or_else(|r| panic!("{}", r.render(false)));
    assert_eq!(back, results);
    assert_eq!(back.scenario.sha256, clinic_day::practicum::stamp::sha256_hex(text.as_bytes()));
}

#[test]
fn graded_against_an_exam_sheet_only_that_exams_attempts_pass() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let sheet = dir.path().join("week9.exam.ron");
    std::fs::write(
        &sheet,
        r#"(exam_sheet: 1, title: "Week 9", scenario: "builtin:tutorial.ron", seed: 4242, pause: NoPause)"#,
    )
    .expect("write the sheet");
    let exam = clinic_day::practicum::exam::load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)));
    let attempt = |seed: u64, mode: &str, learner: &str| {
        let file = common::exam_results(&exam, learner, seed, mode, Style::Expert, "2026-11-23T09:00:00Z");
        let path = dir.path().join(format!("{learner}.json"));
        std::fs::write(&path, file.to_json()).expect("write results");
        path
    };
    let paths = vec![attempt(4242, "exam", "s001"), attempt(7, "exam", "s002"), attempt(4242, "practice", "s003")];
    let scenarios = Scenarios::of_exam(&exam);
    assert_eq!(scenarios.title(), "Week 9");
    let graded = grade_all(&paths, &scenarios);
    assert!(graded[0].outcome.is_ok(), "the exam's own attempt: {:?}", graded[0].outcome.as_ref().err());
    for (g, why) in graded[1..].iter().zip(["seed 7", "practice mode"]) {
        match &g.outcome {
            Err(Flag::NotThisExam(text)) => assert!(text.contains(why), "{text}"),
            other => panic!("{} should be flagged as not this exam: {other:?}", g.path.display()),
        }
    }
}

#[test]
fn feedback_and_the_class_summary_read_the_graded_scorecards() {
    use clinic_day::practicum::feedback::{self, Attempt};
    use clinic_day::practicum::summary::{self, Summary, Ungraded};
    let (text, scenario) = tutorial();
    let novice = results_of(text, &scenario, "s002", Style::Novice);
    let expert = results_of(text, &scenario, "s001", Style::Expert);
    fn attempt(r: &ResultsFile) -> Attempt<'_> {
        Attempt {
            learner: &r.learner,
            title: "Week 9",
            attempt: &r.attempt,
            finished: Some("2026-11-23T10:00:00Z"),
            card: &r.scorecard,
            rejudged: None,
            lang: clinic_day::i18n::Lang::En,
            reading: clinic_day::rules::Reading::General,
        }
    }
    let md = feedback::markdown(&attempt(&novice));
    let worst = novice.scorecard.deductions()[0];
    assert!(md.contains(&format!("{} {}", worst.at, worst.rule)) && md.contains(&*worst.source), "{md}");
    assert!(md.find("## What to work on") < md.find("## What went well"));
    let html = feedback::html(&attempt(&novice));
    assert!(html.starts_with("<!doctype html>") && html.contains(&feedback::escape(&worst.did)));
    assert!(feedback::markdown(&attempt(&expert)).contains("Nothing: every judged decision kept its rule."));

    let cards = [&novice.scorecard, &expert.scorecard];
    let class = Summary::of(&cards);
    assert_eq!((class.graded, class.passed), (2, 1));
    let ungraded = [Ungraded { file: "x.json".into(), learner: None, reason: "corrupt: …".into() }];
    let md = summary::markdown("Week 9", &class, 0, &ungraded, &[], clinic_day::i18n::Lang::En);
    let (most_missed, record) = class.most_missed()[0];
    assert_eq!(record.broken_in, 1, "only the novice broke it");
    assert!(md.contains(&format!("| {most_missed} |")) && md.contains("50 %"), "{md}");
    assert!(md.contains("| x.json | ? | corrupt: … |"), "{md}");
    // What an instructor reads, word for word: a change to either shows up in review.
    insta::assert_snapshot!("class-summary-tutorial", md);
    insta::assert_snapshot!("feedback-tutorial-novice", feedback::markdown(&attempt(&novice)));
    // The same, in French: the report's own words and every judgment's, the scores unchanged.
    let french = |r| Attempt { lang: clinic_day::i18n::Lang::Fr, ..attempt(r) };
    let md = feedback::markdown(&french(&novice));
    assert!(md.contains("## À travailler") && md.contains(&*worst.did.in_lang(clinic_day::i18n::Lang::Fr)), "{md}");
    assert!(!md.contains(&*worst.did), "no English judgment left in the French report: {md}");
    let html = feedback::html(&french(&novice));
    assert!(html.contains("<html lang=\"fr\">") && html.contains("Ce qui s&#39;est bien passé"), "{html}");
    insta::assert_snapshot!("feedback-tutorial-novice-fr", md);
    let summary = summary::markdown("Semaine 9", &class, 0, &ungraded, &[], clinic_day::i18n::Lang::Fr);
    insta::assert_snapshot!("class-summary-tutorial-fr", summary);
}

/// Results files written by Clinic Day 0.2.0 itself (`tests/fixtures/v0.2.0`, made with that
/// release's `run --results`; the late learner's actions are the late autoplay's, which 0.2.0 scored
/// 90.1): graded as re-judged under today's rulebook, where the late shift fails on its gates. An
/// edited score in such a file is still tampering.
#[test]
fn files_from_version_0_2_0_are_re_judged_under_todays_rulebook() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v0.2.0");
    let text = std::fs::read_to_string(dir.join("greene-cardiology.ron")).expect("the scenario 0.2.0 played");
    let scenario = load_str("greene-cardiology.ron", &text).expect("valid").scenario;
    let mut scenarios = Scenarios::default();
    scenarios.add(text.as_bytes(), scenario);
    let edited_dir = tempfile::tempdir().expect("a temp dir");
    let edited = edited_dir.path().join("edited.json");
    let original = std::fs::read_to_string(dir.join("late.json")).expect("late.json");
    let mut file = ResultsFile::parse("late.json", &original).expect("a 0.2.0 results file reads");
    file.scorecard.total = 100.0;
    file.scorecard.passed = true;
    std::fs::write(&edited, file.to_json()).expect("write");
    let paths = [dir.join("expert.json"), dir.join("late.json"), dir.join("novice.json"), edited];
    let graded = grade_all(&paths, &scenarios);
    for g in &graded[..3] {
        let rejudged =
            g.rejudged.as_ref().unwrap_or_else(|| panic!("{}: not re-judged: {:?}", g.path.display(), g.outcome));
        assert_eq!(rejudged.made_by.to_string(), "0.2.0");
        assert!(g.outcome.is_ok(), "{:?}", g.outcome);
    }
    let card = |i: usize| graded[i].outcome.as_ref().expect("graded");
    // 0.2.0's answer key rebooked the conference day but told nobody of their new times, and
    // trusted a nurse's call because the number shown matched the directory: today's S6 and C3 ask
    // more. And since 0.3.0 a patient booked for later today comes in: the three it booked into
    // today came, and its actions, played in a day where nobody came, never checked them in, so they
    // went home unseen (S7), the emergency referral's patient among them (T12: not seen in time).
    // Nothing else is held against it.
    let expert = card(0);
    assert!(expert.total < 100.0 && expert.passed, "{}", expert.total);
    let second_edition = |j: &&clinic_day::rules::Judgment| {
        (j.rule == "S6" && j.about.ends_with("-told"))
            || (j.rule == "C3" && j.did.contains("did not call back"))
            || (j.rule == "S7" && j.did.contains("left without being seen"))
            || (j.rule == "T12" && j.did.contains("the patient was not seen"))
    };
    assert!(expert.deductions().iter().all(second_edition), "{:#?}", expert.deductions());
    let late = card(1);
    assert_eq!(graded[1].rejudged.as_ref().map(|r| r.claimed), Some(90.1));
    assert!(!late.passed && late.failed_gates == ["T11", "T4"], "{:?}", late.failed_gates);
    // Every triage deduction is a clock that ran out (0.2.0's late shift also never told the moved
    // patients of their new times, which today's S6 asks).
    // (Its emergency referral's patient, booked into today, came in and went home unseen: T12, as
    // for the answer key above.)
    let triage = late
        .deductions()
        .into_iter()
        .filter(|j| j.rule.starts_with('T') && !(j.rule == "T12" && j.did.contains("the patient was not seen")))
        .collect::<Vec<_>>();
    assert!(triage.len() >= 3 && triage.iter().all(|j| j.did.contains("limit of")), "{triage:#?}");
    assert!(matches!(&graded[3].outcome, Err(Flag::Tampered(why)) if why.contains("100.0")), "{:?}", graded[3].outcome);
}

#[test]
fn an_exam_that_draws_a_seed_per_attempt_grades_each_on_its_own_seed() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let sheet = dir.path().join("drawn.exam.ron");
    std::fs::write(
        &sheet,
        r#"(exam_sheet: 1, title: "Drawn", scenario: "builtin:tutorial.ron", seed_per_attempt: true)"#,
    )
    .expect("write the sheet");
    let exam = clinic_day::practicum::exam::load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)));
    let paths: Vec<PathBuf> = ["s001", "s002"]
        .iter()
        .map(|learner| {
            let seed = exam.seed_for_new_attempt();
            let file = common::exam_results(&exam, learner, seed, "exam", Style::Novice, "2026-11-23T09:00:00Z");
            let path = dir.path().join(format!("{learner}.json"));
            std::fs::write(&path, file.to_json()).expect("write results");
            path
        })
        .collect();
    let graded = grade_all(&paths, &Scenarios::of_exam(&exam));
    let seeds: Vec<u64> = graded.iter().filter_map(|g| g.results.as_ref().map(|r| r.seed)).collect();
    assert_ne!(seeds[0], seeds[1], "each attempt drew its own");
    for g in &graded {
        assert!(g.outcome.is_ok(), "{}: {:?}", g.path.display(), g.outcome);
    }
}

#[test]
fn progress_lists_practice_shifts_newest_first_with_the_rules_broken_most_often() {
    use clinic_day::practicum::progress::Progress;
    let (text, scenario) = tutorial();
    let mut novice = results_of(text, &scenario, "s001", Style::Novice);
    novice.finished = Some("2026-11-23T09:00:00Z".into());
    let mut expert = results_of(text, &scenario, "s001", Style::Expert);
    expert.finished = Some("2026-11-24T09:00:00Z".into());
    expert.rewound_to = Some("10:00".parse().expect("a time"));
    let mut exam = novice.clone();
    exam.mode = "exam".into();
    // An exam is one attempt: an exam "taken again from a moment" is not a genuine results file.
    let mut rewound_exam = exam.clone();
    rewound_exam.rewound_to = Some("10:00".parse().expect("a time"));
    let refused = ResultsFile::parse("rewound-exam.json", &rewound_exam.to_json()).expect_err("refused");
    assert!(refused.render(false).contains("never taken again"), "{}", refused.render(false));
    let dir = tempfile::tempdir().expect("a temp dir");
    for (name, file) in [("a.json", &novice), ("b.json", &expert), ("c.json", &exam)] {
        std::fs::write(dir.path().join(name), file.to_json()).expect("write");
    }
    std::fs::write(dir.path().join("d.json"), "{ not results").expect("write");
    let progress = Progress::of_folder(dir.path());
    assert_eq!(progress.shifts.len(), 2, "practice only: {progress:?}");
    assert_eq!(progress.unreadable, 1);
    assert!(progress.shifts[0].rewound && !progress.shifts[1].rewound, "newest first");
    assert_eq!(progress.shifts[1].total, novice.scorecard.total);
    // The novice's broken rules, each counted once per shift; the expert broke none.
    let broken_by_novice: std::collections::BTreeSet<&str> =
        novice.scorecard.judgments.iter().filter(|j| !j.kept).map(|j| j.rule.as_ref()).collect();
    assert!(!progress.often_broken.is_empty() && progress.often_broken.len() <= 3);
    for often in &progress.often_broken {
        assert!(broken_by_novice.contains(often.rule.as_str()), "{often:?}");
        assert_eq!(often.shifts, 1);
        assert!(!often.title.is_empty());
    }
}

#[test]
fn a_moment_taken_again_replays_the_same_day_to_it_and_the_new_attempt_regrades() {
    use clinic_day::shift::Shift;
    use clinic_day::shift::autoplay::autoplay;
    use clinic_day::sim::Action;
    let (text, scenario) = tutorial();
    let novice = results_of(text, &scenario, "s001", Style::Novice);
    let first_wrong = novice.scorecard.judgments.iter().find(|j| !j.kept).expect("the novice breaks a rule").at;
    let to = SimTime::from_seconds(first_wrong.seconds().saturating_sub(60));
    let arc = Arc::new(scenario.clone());
    let seed = scenario.randomness.seed;
    let mut again = Shift::replayed_to(arc.clone(), seed, &novice.journal, to);
    assert_eq!((again.now, again.paused), (to, true));
    // The very day the novice had, up to that second: the same journal, judgments and all.
    let before = |shift: &Shift| -> Vec<_> { shift.journal.entries.iter().filter(|e| e.at <= to).cloned().collect() };
    let mut whole = Shift::new(arc, seed);
    whole.replay(&novice.journal);
    whole.run_to_end();
    assert_eq!(before(&again), before(&whole));
    // Taken again the expert's way from there, it scores better, and the grader agrees.
    again.apply(Action::Resume).expect("resumed");
    autoplay(&mut again, Style::Expert);
    let journal = again.journal.actions();
    let card = clinic_day::rules::Scorecard::from_judgments(
        &scenario.id,
        seed,
        &scenario.scoring,
        again.journal.judgments().cloned().collect(),
    );
    assert!(card.total > novice.scorecard.total, "{} after the rewind, {} before", card.total, novice.scorecard.total);
    let mut rewound = novice.clone();
    rewound.learner = "s002".into();
    rewound.rewound_to = Some(to);
    rewound.journal = journal;
    rewound.scorecard = card.clone();
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("rewound.json");
    std::fs::write(&path, rewound.to_json()).expect("write");
    let mut scenarios = Scenarios::default();
    scenarios.add(text.as_bytes(), scenario.clone());
    let graded = grade_all(&[path], &scenarios);
    assert!(matches!(&graded[0].outcome, Ok(c) if *c == card), "{:?}", graded[0].outcome);
}

#[test]
fn a_moment_that_came_after_the_learner_left_the_desk_is_taken_again_at_an_open_desk() {
    use clinic_day::shift::Shift;
    use clinic_day::sim::Action;
    use clinic_day::sim::script::TimedAction;
    let (_, scenario) = tutorial();
    let seed = scenario.randomness.seed;
    let arc = Arc::new(scenario);
    // The learner leaves the desk two minutes in; the rest of the day happens without them.
    let left: SimTime = "09:02".parse().expect("a time");
    let journal = vec![TimedAction { at: left, action: Action::EndDay }];
    let mut first = Shift::new(arc.clone(), seed);
    first.replay(&journal);
    first.run_to_end();
    let later = first
        .journal
        .entries
        .iter()
        .find_map(|e| match &e.what {
            clinic_day::sim::journal::Entry::Event { .. } if e.at > left => Some(e.at),
            _ => None,
        })
        .expect("something happens after the learner left");
    let to = SimTime::from_seconds(later.seconds() - 1);
    assert_eq!(first.journal.actions(), journal, "the journal holds the learner's leaving");
    let again = Shift::replayed_to(arc, seed, &first.journal.actions(), to);
    assert!(!again.finished, "the desk is open again for the moment");
    assert_eq!((again.now, again.paused), (to, true));
}

//! Results files and action files that are bad in every way mutation can make them: thousands of
//! mutated honest files and random bytes. Nothing panics; every rejection explains itself with a
//! located diagnostic; and a mutant that still reads as a results file is graded or flagged, never
//! crashes the grader.

mod common;

use std::sync::{Arc, OnceLock};

use clinic_day::practicum::grade::{Scenarios, regrade};
use clinic_day::practicum::results::{ResultsFile, ShiftRecord};
use clinic_day::practicum::stamp::sha256_hex;
use clinic_day::scenario::{BUILTIN, Scenario};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::script::load_actions;
use common::mutate::{apply, mutation};
use proptest::prelude::*;

struct Honest {
    scenario: Arc<Scenario>,
    scenarios: Scenarios,
    results: String,
    actions: String,
}

/// The tutorial played by the novice: an honest results file and its action file, made once.
fn honest() -> &'static Honest {
    static HONEST: OnceLock<Honest> = OnceLock::new();
    HONEST.get_or_init(|| {
        let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial ships");
        let scenario = Arc::new(builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario);
        let seed = scenario.randomness.seed;
        let outcome = run_day(scenario.clone(), seed, Player::Autoplay(Style::Novice));
        let actions = clinic_day::scenario::to_ron(&outcome.actions).expect("actions as RON");
        let file = ResultsFile::of_shift(ShiftRecord {
            exam: None,
            learner: "s001",
            scenario: &scenario,
            scenario_sha256: sha256_hex(builtin.text.as_bytes()),
            seed,
            mode: "practice",
            started: Some("2026-11-23T08:00:00Z".into()),
            journal: outcome.actions,
            scorecard: outcome.scorecard,
        });
        let mut scenarios = Scenarios::default();
        scenarios.add(builtin.text.as_bytes(), (*scenario).clone());
        Honest { scenario, scenarios, results: file.to_json(), actions }
    })
}

/// Reads `bytes` as a results file and, if it reads, grades it: either way without a panic, and a
/// refusal that says where.
fn results_never_panic(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    match ResultsFile::parse("mutant.json", text) {
        Ok(results) => {
            // Graded or flagged: both are answers.
            let _graded_or_flagged = regrade(&results, &honest().scenarios).map(|card| card.total);
        }
        Err(report) => {
            assert!(!report.diagnostics.is_empty(), "a refusal explains itself");
            assert!(report.render(false).contains("error"), "{}", report.render(false));
        }
    }
}

fn actions_never_panic(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Err(report) = load_actions("mutant.ron", text, &honest().scenario) {
        assert!(!report.diagnostics.is_empty(), "a refusal explains itself");
        let located = report.diagnostics.iter().any(|d| d.span.is_some());
        assert!(located || text.trim().is_empty(), "{}", report.render(false));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_results_files_never_panic(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut bytes = honest().results.as_bytes().to_vec();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        results_never_panic(&bytes);
    }

    #[test]
    fn mutated_action_files_never_panic(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut bytes = honest().actions.as_bytes().to_vec();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        actions_never_panic(&bytes);
    }

    #[test]
    fn arbitrary_bytes_are_neither_results_nor_actions(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        results_never_panic(&bytes);
        actions_never_panic(&bytes);
    }
}

#[test]
fn the_honest_files_themselves_read_and_grade() {
    let honest = honest();
    let results = ResultsFile::parse("honest.json", &honest.results).expect("an honest results file reads");
    assert!(regrade(&results, &honest.scenarios).is_ok());
    load_actions("honest.ron", &honest.actions, &honest.scenario).expect("an honest action file reads");
}

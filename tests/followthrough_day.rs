//! Walk-ins and results followed through: a same-day walk-in nobody booked (T5 at closing), a
//! clinician fetched who is away today (refused; T4's clock runs on), a voicemail about a result to
//! discuss passed to the covering physician (C13 kept) and one about an abnormal result left alone
//! (C13 broken, critical). tests/fixtures/followthrough-day.ron, graded by hand in
//! followthrough-day.grade.md before it was run (the two differences are explained there).

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::Entry;

use common::{every_judgment, judged_as};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("followthrough-day");
    common::assert_graded(
        &played,
        &[
            ("T10", "greeting", true, Major),
            ("T5", "walkin-brooks-uti", false, Major),
            ("T6", "walkin-kim-review", true, Minor),
            ("T4", "walkin-alvarez-pain", false, Critical),
            ("S10", "diego-alvarez-help-first", true, Critical),
            ("C13", "vm-ellis-ultrasound", true, Major),
            ("T10", "vm-ellis-ultrasound", false, Major),
            ("C13", "vm-okafor-fit", false, Critical),
            ("T10", "vm-okafor-fit", false, Major),
            ("S7", "hannah-brooks-left", false, Minor),
        ],
    );
    let refused: Vec<&clinic_day::rules::Words> = played
        .journal
        .entries
        .iter()
        .filter_map(|e| match &e.what {
            Entry::Refused { reason, .. } => Some(&**reason),
            _ => None,
        })
        .collect();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(refused[0].contains("not in the clinic today"), "{refused:?}");
}

#[test]
fn the_expert_follows_every_one_through() {
    let scenario = common::fixture_day("followthrough-day");
    let seed = scenario.randomness.seed;
    let expert = run_day(scenario, seed, Player::Autoplay(Style::Expert));
    let all = every_judgment(&expert);
    assert_eq!(expert.scorecard.broken, 0, "{all}");
    assert!(judged_as(&expert, "C13", "vm-okafor-fit", true, Critical), "{all}");
    assert!(judged_as(&expert, "T5", "walkin-brooks-uti", true, Major), "{all}");
}

//! tests/fixtures/quebec-hand-day.ron, written and graded by hand from RULEBOOK.md before it was
//! first run (quebec-hand-day.grade.md): a Quebec clinic's morning. A mother is told her
//! 15-year-old's result (C2, critical: in Quebec a minor of 14 or over decides alone, though her
//! chart does not say `decides_alone`); the teen is given her own released result (C18); an expired
//! RAMQ card is checked and its holder referred to the RAMQ (S10); a stroke caller is sent to 911;
//! a routine caller is booked without being asked why (T13); the greeting never names
//! Info-Santé 811 (T10). The tool matched the grade but for one judgment the grade had left out:
//! T2 kept on the stroke call (see the grade's addendum), which the docs now state.

mod common;

use clinic_day::rules::Severity::{Critical, Major, Minor};

#[test]
fn the_learner_is_judged_as_graded_by_hand() {
    let played = common::play_fixture("quebec-hand-day");
    common::assert_graded(
        &played,
        &[
            ("S10", "r-0815-bouchard", true, Major),
            ("C1", "call-tremblay-mere", true, Major),
            ("C2", "call-tremblay-mere", false, Critical),
            ("T1", "call-gagnon-bras", true, Critical),
            ("T2", "call-gagnon-bras", true, Critical),
            ("C1", "call-roy-rdv", true, Major),
            ("T6", "call-roy-rdv", true, Minor),
            ("T13", "call-roy-rdv", false, Major),
            ("C1", "call-lavoie-resultat", true, Major),
            ("C18", "call-lavoie-resultat", true, Major),
            ("T9", "call-gagnon-bras-note", true, Major),
            ("T10", "greeting", false, Major),
        ],
    );
    let card = &played.scorecard;
    assert!((card.total - 76.6).abs() < 0.05, "{}", card.total);
    assert!((card.categories.confidentiality - 55.9).abs() < 0.05, "{}", card.categories.confidentiality);
    assert_eq!(card.failed_gates, ["C2"]);
}

#[test]
fn the_quebec_day_is_judged_by_quebecs_rows() {
    let played = common::play_fixture("quebec-hand-day");
    let judged = |rule: &str| played.scorecard.judgments.iter().find(|j| j.rule == rule).expect("judged");
    assert!(judged("C2").source.contains("R-22.1"), "C2 cites Quebec's Act: {}", &*judged("C2").source);
    assert!(judged("T10").did.contains("Info-Santé 811"), "the greeting names Quebec's line: {}", &*judged("T10").did);
}

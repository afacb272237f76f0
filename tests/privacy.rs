//! `privacy-day.ron`, written and graded by hand from RULEBOOK.md before it was first run
//! (`privacy-day.grade.md`): nine privacy decisions, half of them wrong. The simulator finds the
//! same five breaches as the hand grade and fails the day on C2; where the two differ (C13 on a
//! result given to its patient, whether a date of birth read to an impostor is itself critical)
//! the rulebook leaves it open, as the grade file explains.

mod common;

#[test]
fn the_breaches_are_the_hand_grades_and_nothing_false_is_said() {
    let card = common::play_fixture("privacy-day").scorecard;
    let mut broken: Vec<(String, String)> =
        card.judgments.iter().filter(|j| !j.kept).map(|j| (j.rule.to_string(), j.about.clone())).collect();
    broken.sort();
    let expected = [
        ("C1", "call-nair-mismatch"),
        ("C10", "aloud-mei-tanaka-14:26"),
        ("C18", "call-whitfield-sdm"),
        ("C2", "call-rivera-brother"),
        ("T13", "call-lindqvist-doctor"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(r, a)| (r.to_string(), a.to_string())).collect();
    assert_eq!(broken, expected);
    assert_eq!(card.failed_gates, ["C2"]);
    // Refusing the entitled daughter is not counted as a privacy win.
    assert!(!card.judgments.iter().any(|j| j.about == "call-whitfield-sdm" && j.rule == "C2" && j.kept));
    // The impostor is named as the desk knew them, and told nothing is not said when a date of
    // birth was read out to them.
    let impostor = card.judgments.iter().find(|j| j.rule == "C4" && j.about == "call-nair-mismatch").expect("C4");
    assert!(impostor.did.contains("who said they were Priya Nair"), "{}", impostor.did);
    assert!(!impostor.did.contains("anything"), "{}", impostor.did);
}

//! S10's second edition: the ministry's validation decides, not the date printed on the card. An
//! expired card the validation accepts (format 2 `validates`, Ontario response codes 50–55) passes
//! the desk's check; the same card without it fails and needs the patient's own valid card or a
//! referral to ServiceOntario.

mod common;

use clinic_day::shift::Shift;
use clinic_day::sim::Action::*;

/// The bench day, Bob's card (expired in 2020) accepted by the validation or not.
fn bob_with(validates: bool) -> Shift {
    let card = format!(r#"expires: "2020-01-01", validates: {validates}),"#);
    Shift::new(common::bench_variant(&[(r#"expires: "2020-01-01"),"#, &card)]), 5)
}

fn checked_in(day: &mut Shift) {
    common::at(day, "09:56", [VerifyHealthCard { patient: "bob".into() }, CheckIn { appointment: "bob-today".into() }]);
}

#[test]
fn an_expired_card_the_validation_accepts_passes() {
    let mut day = bob_with(true);
    checked_in(&mut day);
    let bob = day.visitors.iter().find(|v| v.patient.as_str() == "bob").expect("Bob came");
    assert!(!bob.card_failed, "the validation accepts it");
    assert!(day.journal.judgments().filter(|j| j.rule == "S10").all(|j| j.kept), "{:?}", common_s10(&day));

    let mut day = bob_with(false);
    checked_in(&mut day);
    let bob = day.visitors.iter().find(|v| v.patient.as_str() == "bob").expect("Bob came");
    assert!(bob.card_failed, "the printed date has passed and nothing says otherwise");
    assert!(day.journal.judgments().any(|j| j.rule == "S10" && !j.kept), "{:?}", common_s10(&day));
}

fn common_s10(day: &Shift) -> Vec<String> {
    day.journal.judgments().filter(|j| j.rule == "S10").map(|j| format!("{} {}: {}", j.kept, j.about, j.did)).collect()
}

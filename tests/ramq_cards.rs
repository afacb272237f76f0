//! Quebec health cards (RAMQ) at the desk: the number is built from the holder's surname, given
//! name, birth date and sex, so a card that is someone else's (or mistyped) fails the check, as an
//! expired one does; and a Quebec card is not billed through reciprocal billing (Quebec takes no
//! part in it), which the chart says.

mod common;

use clinic_day::shift::Shift;
use clinic_day::sim::Action::*;
use clinic_day::sim::Entry;
use clinic_day::sim::journal::Happening;

const ANNS_CARD: &str = r#"health_card: (number: "1234567897", version: "AB", expires: "2030-01-01"),"#;

/// The bench day with Ann (Ann Smith, born 1970-05-01, a woman) carrying a Quebec card.
fn with_quebec_card(number: &str, expires: &str) -> Shift {
    let card = format!(r#"health_card: (number: "{number}", expires: "{expires}", province: QC),"#);
    Shift::new(common::bench_variant(&[(ANNS_CARD, &card)]), 5)
}

/// What the desk's card check said for Ann at 09:25.
fn checked(day: &mut Shift) -> String {
    common::at(day, "09:25", [VerifyHealthCard { patient: "ann".into() }]);
    day.journal
        .entries
        .iter()
        .rev()
        .find_map(|e| match &e.what {
            Entry::Happened(Happening::CardChecked { result, .. }) => Some(result.clone()),
            _ => None,
        })
        .expect("the check was journaled")
}

#[test]
fn a_ramq_card_that_is_the_holders_passes() {
    let mut day = with_quebec_card("SMIA 7055 0112", "2030-01-01");
    let said = checked(&mut day);
    assert!(said.starts_with("valid"), "{said}");
    assert!(!day.visitors.iter().any(|v| v.card_failed));
}

#[test]
fn a_ramq_card_inconsistent_with_the_holder_fails() {
    // She hands over a card written with a man's month: a brother's or a husband's, or mistyped.
    // (On her chart it would be a validator error: a card that fails belongs in the event.)
    let arrival = r#"event: Arrival(appointment: "ann-today","#;
    let shows = r#"event: Arrival(appointment: "ann-today", card: Shows(number: "SMIA70050112", expires: "2030-01-01", province: QC),"#;
    let card = r#"health_card: (number: "SMIA70550112", expires: "2030-01-01", province: QC),"#;
    let mut day = Shift::new(common::bench_variant(&[(ANNS_CARD, card), (arrival, shows)]), 5);
    let said = checked(&mut day);
    assert!(said.contains("someone else's card") && said.contains("SMIA705501"), "{said}");
    assert!(day.visitors.iter().any(|v| v.card_failed));
}

#[test]
fn an_expired_ramq_card_fails() {
    let mut day = with_quebec_card("SMIA70550112", "2026-01-31");
    let said = checked(&mut day);
    assert!(said.contains("expired on 2026-01-31"), "{said}");
}

#[test]
fn the_chart_says_a_quebec_card_is_not_billed_reciprocally() {
    let mut day = with_quebec_card("SMIA70550112", "2030-01-01");
    day.advance_to(common::t("09:25"));
    let chart =
        format!("{:?}", clinic_day::ui::view::chart::ChartView::of(&day, &"ann".into(), clinic_day::i18n::Lang::En));
    assert!(chart.contains("Quebec takes no part in reciprocal medical billing"), "{chart}");
    assert!(!chart.contains("bill through reciprocal billing"), "{chart}");
}

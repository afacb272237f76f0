//! Dates said in words (format 2): a text that names `{today-3}` reads as the day's own weekday,
//! and follows the day when it is moved to another date.

use clinic_day::scenario::{Scenario, load_str};

fn load(name: &str, source: &str) -> Scenario {
    load_str(name, source).unwrap_or_else(|report| panic!("{}", report.render(false))).scenario
}

/// Everything the day's people say on its timeline, in one text.
fn said(scenario: &Scenario) -> String {
    ron::to_string(&scenario.timeline).expect("the timeline writes out")
}

#[test]
fn the_reference_day_says_its_dates_from_the_day() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/greene-cardiology.ron"))
        .expect("the reference day");
    assert!(source.contains("{today-4}"), "the reference day says a date in braces");
    let thursday = said(&load("greene-cardiology.ron", &source));
    assert!(!thursday.contains("{today"), "a placeholder was left as written");
    // Thursday 12 March: Peter Vandermeer's visit is the day after, his weight went up four days
    // before, Harold Jenkins is back 27 days later.
    assert!(thursday.contains("I see Dr. Greene on Friday afternoon"), "{thursday}");
    assert!(thursday.contains("three kilos since Sunday"));
    assert!(thursday.contains("back on Wednesday 8 April"));
}

#[test]
fn a_day_moved_to_another_date_keeps_its_words_true() {
    let day = |date: &str| {
        let source =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken/text-date.ron"))
                .expect("the small day")
                .replace("{tomorow}", "{today+1}, after my scan on {today-3} and before {today+12}")
                .replacen(r#"date: "2026-03-12""#, &format!(r#"date: "{date}""#), 1);
        said(&load("text-date.ron", &source))
    };
    let thursday = day("2026-03-12");
    assert!(thursday.contains("time for Friday, after my scan on Monday and before Tuesday 24 March"), "{thursday}");
    let tuesday = day("2026-06-02");
    assert!(tuesday.contains("time for Wednesday, after my scan on Saturday and before Sunday 14 June"), "{tuesday}");
}

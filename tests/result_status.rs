//! Results on the chart with their release status (format 2): a released result is the verified
//! patient's to have (C18), one the physician will discuss is never read out (C13, major), an
//! abnormal one read out is mishandled at the gravest (C13, critical); the chart says which is which.

mod common;

use clinic_day::rules::Severity::{Critical, Major};
use clinic_day::scenario::{InfoKind, load_str};
use clinic_day::shift::Shift;
use clinic_day::sim::Action::{self, *};
use std::path::Path;

/// The bench day in format 2, Ann's blood count on her chart with `status`.
fn bench_with_result(status: &str) -> Shift {
    let from =
        r#"authorized: [(name: "Carl Smith", relationship: Spouse, authority: Consent, may_receive: [Appointments])],"#;
    let to = format!("{from}\n            results: [(test: \"Blood count\", status: {status})],");
    Shift::new(common::bench_variant(&[(from, &to)]), 5)
}

fn read_it_out() -> Action {
    Disclose { call: "vm-ann".into(), patient: "ann".into(), info: InfoKind::Results }
}

#[test]
fn a_released_result_is_given_c18_kept_and_refusing_it_is_c18_broken() {
    let mut given = bench_with_result("Released");
    common::return_anns_voicemail(&mut given, read_it_out());
    common::assert_kept(&given, "C18", "vm-ann");
    assert!(given.journal.judgments().all(|j| j.rule != "C13"));
    let mut refused = bench_with_result("Released");
    common::return_anns_voicemail(
        &mut refused,
        TakeMessage { call: "vm-ann".into(), for_whom: "lee".into(), urgent: false, note: String::new() },
    );
    common::assert_broken(&refused, "C18", "vm-ann", Major);
}

#[test]
fn a_result_to_discuss_read_out_is_c13_broken_and_no_c18() {
    let mut day = bench_with_result("ToDiscuss");
    common::return_anns_voicemail(&mut day, read_it_out());
    common::assert_broken(&day, "C13", "vm-ann", Major);
    assert!(day.journal.judgments().all(|j| j.rule != "C18"));
}

#[test]
fn an_abnormal_result_read_out_is_c13_critical() {
    let mut day = bench_with_result("Abnormal");
    common::return_anns_voicemail(&mut day, read_it_out());
    common::assert_broken(&day, "C13", "vm-ann", Critical);
}

#[test]
fn the_chart_says_what_may_be_done_with_each_result() {
    let day = bench_with_result("ToDiscuss");
    let chart = clinic_day::ui::view::chart::ChartView::of(&day, &"ann".into(), clinic_day::i18n::Lang::En)
        .expect("Ann's chart");
    assert_eq!(chart.results.len(), 1);
    assert!(chart.results[0].starts_with("Blood count: the physician will discuss it"), "{:?}", chart.results);
}

#[test]
fn results_need_format_2() {
    let from =
        r#"authorized: [(name: "Carl Smith", relationship: Spouse, authority: Consent, may_receive: [Appointments])],"#;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judge-day.ron");
    let text = std::fs::read_to_string(path).expect("the bench").replacen(
        from,
        &format!("{from}\n            results: [(test: \"Blood count\", status: Released)],"),
        1,
    );
    let report = load_str("results-v1.ron", &text).expect_err("format 1 has no results");
    assert!(report.render(false).contains("needs-format-2"), "{}", report.render(false));
}

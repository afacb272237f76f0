//! T1's second edition (format 2): one FAST sign, even one that has passed, and the posterior stroke
//! signs are stroke signs; the caller need not say "stroke".

mod common;

use std::sync::Arc;

use clinic_day::rules::Severity;
use clinic_day::scenario::{Scenario, load_str};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;
use clinic_day::sim::action::Advice;

/// The minimal day with one call at 09:10 from a patient whose face drooped for a few minutes and
/// has come right: a single FAST sign that has passed, written as `red_flags` in `format`.
fn stroke_call_day(format: u32, flags: &str, acuity: &str) -> Result<Arc<Scenario>, String> {
    let text = include_str!("fixtures/minimal.ron").replacen("format: 1,", &format!("format: {format},"), 1).replace(
        "                says: [\"Hello, I'd like to check my appointment time.\"],\n                wants: Information([Appointments]),",
        &format!(
            "                says: [\"My face went funny on one side for a few minutes this morning. It's fine now, but can I see Dr. Lee this week?\"],\n                wants: Appointment(reason: \"Face felt funny\"),\n                symptoms: (complaint: \"Transient facial droop an hour ago, resolved\", acuity: {acuity}, red_flags: {flags}),"
        ),
    );
    load_str("stroke.ron", &text).map(|l| Arc::new(l.scenario)).map_err(|r| r.render(false))
}

#[test]
fn a_single_fast_sign_needs_format_2_and_is_a_life_threat_to_the_validator() {
    let refused = stroke_call_day(1, "[FaceDroop]", "Emergency").expect_err("format 1 has no FaceDroop");
    assert!(refused.contains("needs-format-2") && refused.contains("red_flags"), "{refused}");
    let day = stroke_call_day(2, "[FaceDroop]", "Emergency").unwrap_or_else(|e| panic!("{e}"));
    assert!(day.timeline.iter().any(|e| matches!(&e.event, clinic_day::scenario::Event::Call(_))));
    // Written as routine, the validator says the rulebook routes it to 911.
    let loaded = clinic_day::scenario::load_str(
        "stroke.ron",
        &include_str!("fixtures/minimal.ron").replacen("format: 1,", "format: 2,", 1).replace(
            "wants: Information([Appointments]),",
            "wants: Information([Appointments]),\n                symptoms: (complaint: \"Sudden vertigo with vomiting\", acuity: Routine, red_flags: [SuddenVertigo]),",
        ),
    )
    .unwrap_or_else(|r| panic!("{}", r.render(false)));
    assert!(loaded.report.diagnostics.iter().any(|d| d.code == "red-flag-acuity"), "{}", loaded.report.render(false));
}

#[test]
fn t1_kept_when_a_passed_fast_sign_is_sent_to_911() {
    let mut day = Shift::new(stroke_call_day(2, "[FaceDroop]", "Emergency").unwrap_or_else(|e| panic!("{e}")), 1);
    common::at(
        &mut day,
        "09:10",
        [
            Action::Answer { call: "call-1".into() },
            Action::Advise { call: "call-1".into(), advice: Advice::Call911 },
            Action::EndCall { call: "call-1".into() },
        ],
    );
    common::assert_kept(&day, "T1", "call-1");
}

#[test]
fn t2_critical_when_a_passed_fast_sign_is_reassured() {
    let mut day = Shift::new(stroke_call_day(2, "[FaceDroop]", "Emergency").unwrap_or_else(|e| panic!("{e}")), 1);
    common::at(
        &mut day,
        "09:10",
        [Action::Answer { call: "call-1".into() }, Action::Reassure { call: "call-1".into() }],
    );
    common::assert_broken(&day, "T2", "call-1", Severity::Critical);
}

#[test]
fn t1_broken_when_a_posterior_stroke_sign_is_put_on_hold() {
    let day = stroke_call_day(2, "[SuddenVertigo, SuddenVisionLoss]", "Emergency").unwrap_or_else(|e| panic!("{e}"));
    let mut day = Shift::new(day, 1);
    common::at(&mut day, "09:10", [Action::Answer { call: "call-1".into() }, Action::Hold { call: "call-1".into() }]);
    common::assert_broken(&day, "T1", "call-1", Severity::Critical);
}

/// The three 911 methods an office's policy may use are equally right (T1's second edition).
#[test]
fn t1_kept_whichever_911_method_the_desk_uses() {
    for advice in [Advice::Call911, Advice::Transferred911, Advice::Dispatched911] {
        let mut day = Shift::new(stroke_call_day(2, "[FaceDroop]", "Emergency").unwrap_or_else(|e| panic!("{e}")), 1);
        common::at(
            &mut day,
            "09:10",
            [
                Action::Answer { call: "call-1".into() },
                Action::Advise { call: "call-1".into(), advice },
                Action::EndCall { call: "call-1".into() },
            ],
        );
        common::assert_kept(&day, "T1", "call-1");
    }
}

//! A specialist's "did not attend" notice (format 2 `DidNotAttend`, S8's second edition): sent to
//! the referring physician the same day is kept; filed without reaching a physician, or left in the
//! inbox all day, is broken; the expert sends it on, the novice files it.

mod common;

use clinic_day::rules::Severity::Major;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::sim::Action::*;
use clinic_day::sim::action::Flag;

const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;

/// The bench day with Dr. Ito's notice at 09:10 that Eve missed the consultation Dr. Lee referred
/// her to.
fn with_notice() -> Shift {
    let notice = format!(
        r#"(at: "09:10", event: Document(id: "dna-eve", via: Fax, from: "specialist", about: "eve", kind: DidNotAttend(consultation: "paediatric cardiology consultation on {{today-2}}", referred_by: "lee"))),
        {ANCHOR}"#
    );
    Shift::new(common::bench_variant(&[(ANCHOR, &notice)]), 5)
}

fn flag_to_lee() -> clinic_day::sim::Action {
    FlagToPhysician {
        about: Flag::Document("dna-eve".into()),
        physician: "lee".into(),
        urgent: false,
        note: "Did not attend: re-refer?".into(),
    }
}

#[test]
fn a_notice_sent_to_the_referring_physician_is_kept() {
    let mut day = with_notice();
    common::at(&mut day, "09:20", [flag_to_lee(), FileDocument { document: "dna-eve".into(), patient: "eve".into() }]);
    common::assert_kept(&day, "S8", "dna-eve");
    assert!(common::judgment(&day, "S8", "dna-eve").expect("judged").did.contains("for re-referral"));
}

#[test]
fn a_notice_filed_without_reaching_a_physician_is_broken_when_filed() {
    let mut day = with_notice();
    common::at(&mut day, "09:20", [FileDocument { document: "dna-eve".into(), patient: "eve".into() }]);
    common::assert_broken(&day, "S8", "dna-eve", Major);
    assert!(common::judgment(&day, "S8", "dna-eve").expect("judged").did.contains("Dr. Ada Lee"));
}

#[test]
fn a_notice_left_in_the_inbox_is_broken_at_closing() {
    let mut day = with_notice();
    day.advance_to(common::t("16:59"));
    assert!(common::judgment(&day, "S8", "dna-eve").is_none(), "same day: not before closing");
    common::act(&mut day, [EndDay]);
    day.advance_to(common::t("17:30"));
    common::assert_broken(&day, "S8", "dna-eve", Major);
}

#[test]
fn the_expert_sends_the_notice_on_and_the_novice_files_it() {
    let scenario = with_notice().scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert!(common::judged_as(&expert, "S8", "dna-eve", true, Major), "{}", common::every_judgment(&expert));
    let novice = common::autoplayed(scenario, Style::Novice);
    assert!(common::judged_as(&novice, "S8", "dna-eve", false, Major), "{}", common::every_judgment(&novice));
}

//! Paper and the shredder (C19, format 2 `Printout` and the `Dispose` action): a printout shredded
//! is kept, put in a bin is broken, left at the desk at closing is broken; any document's paper in
//! a bin is broken when it holds health information; shredding a document's paper scores nothing
//! by itself and the document can no longer be filed; the expert shreds, the novice recycles.

mod common;

use clinic_day::rules::Severity::Major;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::sim::Action::*;
use clinic_day::sim::action::Disposal;

const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;

/// The bench day with a printout about Ann at 09:10, a normal lab of hers at 09:12, and a parking
/// notice naming nobody at 09:14.
fn with_paper() -> Shift {
    let paper = format!(
        r#"(at: "09:10", event: Document(id: "copy", via: Fax, from: "lab", about: "ann", kind: Printout(title: "Second copy of Ann's blood count"))),
        (at: "09:12", event: Document(id: "lab-ann", via: Electronic, from: "lab", about: "ann", kind: Lab(test: "Blood count", result: Normal, ordered_by: "lee"))),
        (at: "09:14", event: Document(id: "parking", via: Email, from: "other-clinic", kind: Letter(subject: "Parking", text: "The lot is repaved on Friday."))),
        {ANCHOR}"#
    );
    Shift::new(common::bench_variant(&[(ANCHOR, &paper)]), 5)
}

fn dispose(document: &str, how: Disposal) -> clinic_day::sim::Action {
    Dispose { document: document.into(), how }
}

#[test]
fn a_printout_shredded_is_kept() {
    let mut day = with_paper();
    common::at(&mut day, "09:20", [dispose("copy", Disposal::Shred)]);
    common::assert_kept(&day, "C19", "copy");
    common::act(&mut day, [EndDay]);
    day.advance_to(common::t("17:30"));
    assert_eq!(day.journal.judgments().filter(|j| j.rule == "C19").count(), 1, "judged once");
}

#[test]
fn a_printout_in_the_recycling_or_the_garbage_is_broken_and_names_whose_it_was() {
    for how in [Disposal::Recycling, Disposal::Garbage] {
        let mut day = with_paper();
        common::at(&mut day, "09:20", [dispose("copy", how)]);
        common::assert_broken(&day, "C19", "copy", Major);
        let did = &common::judgment(&day, "C19", "copy").expect("judged").did;
        assert!(did.contains("Ann Smith") && did.contains(how.words()), "{did}");
    }
}

#[test]
fn a_printout_still_at_the_desk_at_closing_is_broken() {
    let mut day = with_paper();
    day.advance_to(common::t("16:59"));
    assert!(common::judgment(&day, "C19", "copy").is_none(), "not before closing");
    common::act(&mut day, [EndDay]);
    day.advance_to(common::t("17:30"));
    common::assert_broken(&day, "C19", "copy", Major);
    assert!(common::judgment(&day, "C19", "copy").expect("judged").did.contains("left at the desk"));
}

#[test]
fn a_result_in_the_recycling_is_broken_and_its_paper_copy_shredded_after_filing_scores_nothing() {
    let mut binned = with_paper();
    common::at(&mut binned, "09:20", [dispose("lab-ann", Disposal::Recycling)]);
    common::assert_broken(&binned, "C19", "lab-ann", Major);

    let mut filed = with_paper();
    common::at(
        &mut filed,
        "09:20",
        [FileDocument { document: "lab-ann".into(), patient: "ann".into() }, dispose("lab-ann", Disposal::Shred)],
    );
    assert!(common::judgment(&filed, "C19", "lab-ann").is_none(), "shredding a filed copy is neither");
}

#[test]
fn paper_shredded_unfiled_is_gone_and_cannot_be_filed_or_shredded_again() {
    let mut day = with_paper();
    common::at(&mut day, "09:20", [dispose("lab-ann", Disposal::Shred)]);
    let refused = day.apply(FileDocument { document: "lab-ann".into(), patient: "ann".into() });
    assert!(refused.as_ref().is_err_and(|r| r.contains("shredder")), "{refused:?}");
    assert!(day.apply(dispose("lab-ann", Disposal::Garbage)).is_err(), "already gone");
}

#[test]
fn a_letter_that_names_no_patient_may_go_in_any_bin() {
    let mut day = with_paper();
    common::at(&mut day, "09:20", [dispose("parking", Disposal::Garbage)]);
    assert!(common::judgment(&day, "C19", "parking").is_none());
}

#[test]
fn the_expert_shreds_the_printout_and_the_novice_recycles_it() {
    let scenario = with_paper().scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert!(common::judged_as(&expert, "C19", "copy", true, Major), "{}", common::every_judgment(&expert));
    let novice = common::autoplayed(scenario, Style::Novice);
    assert!(common::judged_as(&novice, "C19", "copy", false, Major), "{}", common::every_judgment(&novice));
}

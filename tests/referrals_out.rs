//! Referrals the clinic sent out (format 2 `referrals_out`; T12 across the days they wait): one with
//! no acknowledgement past its limit (urgent 7 days, routine 14) is chased, an urgent one by phone.
//! Chased by phone, kept at once (the office confirms receipt); only by fax, or never, broken at
//! closing; not yet due, or acknowledged unprompted first, not judged. An acknowledgement may come
//! only once chased (`only_if: Chased(…)`).

mod common;

use clinic_day::rules::Severity::Major;
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::sim::journal::Happening;
use clinic_day::sim::referrals::ChaseBy;
use clinic_day::sim::{Action, Action::*, Entry};
use egui_kittest::kittest::Queryable;

const TIMELINE: &str = "    timeline: [";
const ANCHOR: &str = r#"(at: "09:00", event: Voicemail(id: "vm-ann""#;

/// The bench with Hal's referral to Dr. Ito's office sent `sent` ago at `urgency`, unacknowledged,
/// and any timeline entries in `events`.
fn with_referral(urgency: &str, sent: &str, events: &str) -> Shift {
    let referrals = format!(
        r#"    referrals_out: [(id: "ref-hal", patient: "hal", to: "specialist", by: "lee", urgency: {urgency}, reason: "New murmur", sent: "{sent}")],
{TIMELINE}"#
    );
    let timeline = format!("{events}{ANCHOR}");
    Shift::new(common::bench_variant(&[(TIMELINE, &referrals), (ANCHOR, &timeline)]), 5)
}

fn close(day: &mut Shift) {
    day.advance_to(common::t("17:00"));
    day.apply(EndDay).expect("closing the office");
}

const ABOUT: &str = "ref-hal-chase";

#[test]
fn an_urgent_referral_chased_by_phone_is_confirmed_and_kept() {
    let mut day = with_referral("Urgent", "today-9", "");
    common::at(&mut day, "09:05", [ChaseReferral { referral: "ref-hal".into(), by: ChaseBy::Phone }]);
    common::assert_kept(&day, "T12", ABOUT);
    let confirmed =
        day.journal.entries.iter().any(|e| matches!(&e.what, Entry::Happened(Happening::ReferralConfirmed { .. })));
    assert!(confirmed, "the office confirms receipt on the call");
    let did = &common::judgment(&day, "T12", ABOUT).expect("judged").did;
    assert!(did.contains("sent 9 days ago") && did.contains("by phone"), "{did}");
    // Acknowledged now: nothing left to chase.
    assert!(day.apply(ChaseReferral { referral: "ref-hal".into(), by: ChaseBy::Fax }).is_err());
}

#[test]
fn an_urgent_referral_chased_only_by_fax_or_never_is_broken_at_closing() {
    let mut faxed = with_referral("Urgent", "today-9", "");
    common::at(&mut faxed, "09:05", [ChaseReferral { referral: "ref-hal".into(), by: ChaseBy::Fax }]);
    assert!(common::judgment(&faxed, "T12", ABOUT).is_none(), "a fax may still be answered");
    close(&mut faxed);
    common::assert_broken(&faxed, "T12", ABOUT, Major);
    let did = &common::judgment(&faxed, "T12", ABOUT).expect("judged").did;
    assert!(did.contains("only by fax"), "{did}");

    let mut never = with_referral("Urgent", "today-9", "");
    close(&mut never);
    let did = &common::judgment(&never, "T12", ABOUT).expect("judged").did;
    assert!(did.starts_with("Never chased") && did.contains("limit: 7 days"), "{did}");
}

#[test]
fn a_referral_within_its_limit_owes_nothing() {
    let mut urgent = with_referral("Urgent", "today-3", "");
    close(&mut urgent);
    assert!(common::judgment(&urgent, "T12", ABOUT).is_none());
    let mut routine = with_referral("Scheduled", "today-10", "");
    close(&mut routine);
    assert!(common::judgment(&routine, "T12", ABOUT).is_none(), "routine: 14 days");
}

#[test]
fn a_routine_referral_may_be_chased_by_fax() {
    let mut day = with_referral("Scheduled", "today-15", "");
    common::at(&mut day, "09:05", [ChaseReferral { referral: "ref-hal".into(), by: ChaseBy::Fax }]);
    common::assert_kept(&day, "T12", ABOUT);
}

const ACKNOWLEDGEMENT: &str = r#"(at: "14:00", {CONDITION} event: Document(id: "ack-hal", via: Fax, from: "specialist", about: "hal", kind: ReferralAcknowledged(referral: "ref-hal", says: "Received; Hal Ito booked for 2026-03-20."))),
        "#;

#[test]
fn an_acknowledgement_that_comes_unprompted_closes_the_loop_without_a_judgment() {
    let mut day = with_referral("Urgent", "today-9", &ACKNOWLEDGEMENT.replace("{CONDITION}", ""));
    close(&mut day);
    assert!(common::judgment(&day, "T12", ABOUT).is_none());
}

#[test]
fn an_acknowledgement_that_comes_only_when_chased_answers_the_fax() {
    let chased_only = ACKNOWLEDGEMENT.replace("{CONDITION}", r#"only_if: Chased("ref-hal"),"#);
    let mut faxed = with_referral("Urgent", "today-9", &chased_only);
    common::at(&mut faxed, "09:05", [ChaseReferral { referral: "ref-hal".into(), by: ChaseBy::Fax }]);
    close(&mut faxed);
    common::assert_kept(&faxed, "T12", ABOUT);
    let did = &common::judgment(&faxed, "T12", ABOUT).expect("judged").did;
    assert!(did.contains("acknowledged it at 14:00"), "{did}");

    // Never chased: the acknowledgement never comes, and T12 is broken.
    let mut ignored = with_referral("Urgent", "today-9", &chased_only);
    close(&mut ignored);
    common::assert_broken(&ignored, "T12", ABOUT, Major);
    assert!(!ignored.inbox.iter().any(|i| i.id.as_str() == "ack-hal"));
}

#[test]
fn the_expert_phones_and_the_novice_never_looks() {
    let scenario = with_referral("Urgent", "today-9", "").scenario.clone();
    let expert = common::autoplayed(scenario.clone(), Style::Expert);
    assert!(common::judged_as(&expert, "T12", ABOUT, true, Major), "{}", common::every_judgment(&expert));
    let chased = expert.actions.iter().any(|a| matches!(a.action, Action::ChaseReferral { by: ChaseBy::Phone, .. }));
    assert!(chased);
    let novice = common::autoplayed(scenario, Style::Novice);
    assert!(common::judged_as(&novice, "T12", ABOUT, false, Major), "{}", common::every_judgment(&novice));
}

#[test]
fn the_referrals_panel_shows_the_wait_and_chases_by_phone() {
    let day = with_referral("Urgent", "today-9", "");
    let view = clinic_day::ui::view::inbox::InboxView::of(&day, clinic_day::i18n::Lang::En);
    let row = view.referrals_out.first().expect("the referral is listed");
    assert!(row.overdue && row.sent.contains("sent 9 days ago"), "{row:?}");
    let mut harness = egui_kittest::Harness::new_ui_state(
        move |ui, out: &mut Vec<Action>| clinic_day::ui::panel::inbox::inbox_ui(ui, &view, out),
        Vec::new(),
    );
    harness.set_size(bevy_egui::egui::vec2(1200.0, 900.0));
    harness.run();
    harness.get_by_label("Phone to confirm receipt").click();
    harness.run();
    let out = harness.state();
    assert!(matches!(out.as_slice(), [ChaseReferral { by: ChaseBy::Phone, .. }]), "{out:?}");
}

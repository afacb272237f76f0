//! Electronic messages (format 2): a portal or e-mail message waits in the inbox, not the phone's
//! mailbox, and is answered and judged as a voicemail is (T10).

mod common;

use clinic_day::rules::Severity;
use clinic_day::scenario::Scenario;
use clinic_day::shift::Shift;
use clinic_day::sim::Action;
use clinic_day::sim::action::Purpose;
use clinic_day::ui::view::inbox::InboxView;
use clinic_day::ui::view::phone::PhoneView;
use clinic_day::ui::view::top_bar::TopBarView;

/// The bench day with Ann's 09:00 voicemail sent through the patient portal instead.
fn portal_day() -> std::sync::Arc<Scenario> {
    common::bench_variant(&[("event: Voicemail(id: \"vm-ann\"", "event: Message(id: \"vm-ann\"")])
}

#[test]
fn a_portal_message_waits_in_the_inbox_not_the_phones_mailbox() {
    let mut day = Shift::new(portal_day(), 5);
    common::at(&mut day, "09:01", []);
    let inbox = InboxView::of(&day, clinic_day::i18n::Lang::En);
    assert_eq!(inbox.messages.iter().map(|m| m.call.as_str()).collect::<Vec<_>>(), ["vm-ann"]);
    assert!(PhoneView::of(&day, clinic_day::i18n::Lang::En).mailbox.iter().all(|m| m.call.as_str() != "vm-ann"));
    let bar = TopBarView::of(&day, None);
    assert_eq!(bar.badge(clinic_day::ui::panel::Tab::Phone) - bar.ringing - bar.on_hold, 0, "not on the phone's count");
    assert!(bar.badge(clinic_day::ui::panel::Tab::Inbox) >= 1, "on the inbox's");
}

#[test]
fn t10_kept_when_the_portal_message_is_answered() {
    let mut day = Shift::new(portal_day(), 5);
    common::at(
        &mut day,
        "09:05",
        [
            Action::PlaceCall {
                patient: "ann".into(),
                number: clinic_day::scenario::PhoneKind::Home,
                purpose: Purpose::ReturnVoicemail { voicemail: "vm-ann".into() },
            },
            Action::TakeMessage { call: "vm-ann".into(), for_whom: "lee".into(), urgent: false, note: String::new() },
            Action::EndCall { call: "vm-ann".into() },
        ],
    );
    day.finish();
    common::assert_kept(&day, "T10", "vm-ann");
}

#[test]
fn t10_broken_when_the_portal_message_is_never_answered() {
    let mut day = Shift::new(portal_day(), 5);
    day.finish();
    common::assert_broken(&day, "T10", "vm-ann", Severity::Major);
}

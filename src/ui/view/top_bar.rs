//! The shift's top bar: the clock, the speed, and what is waiting for the desk.

use crate::i18n::{Lang, text};
use crate::sim::action::Speed;
use crate::sim::day::Day;
use crate::sim::phone::CallState;

#[derive(Clone, Debug, PartialEq)]
pub struct TopBarView {
    pub clinic: String,
    pub clock: String,
    pub paused: bool,
    pub speed: Speed,
    pub finished: bool,
    /// The clock has slowed to real time because a call or someone at the counter is waiting.
    pub real_time: bool,
    pub ringing: usize,
    pub on_hold: usize,
    /// Patients at the desk or in the waiting room.
    pub waiting: usize,
    /// People at the counter who are not there to be seen (format 2 `Visitor`), not yet done with.
    pub at_counter: usize,
    /// Inbox items not yet filed or dealt with, and messages in the mailbox not yet returned.
    pub unread: usize,
    /// The inbox's share of `unread`.
    pub inbox: usize,
    /// Voicemails not yet returned: the rest of `unread`.
    pub messages: usize,
    /// The score so far, in practice mode; `None` in exam mode.
    pub running_score: Option<f32>,
    /// Closing time has come: the desk may close the office (and once nobody is left, the clock
    /// stops there).
    pub closing: bool,
    /// In an exam: what the sheet allows ("exam · 1 pause left"), and whether a pause is left.
    pub exam: Option<String>,
    pub can_pause: bool,
    /// A moment of an earlier practice shift taken again ("taking 10:01 again"): the learner sees
    /// that this attempt is not the whole day, and is kept apart from the first.
    pub taken_again_from: Option<String>,
}

impl TopBarView {
    pub fn of(day: &Day, running_score: Option<f32>) -> Self {
        let lines = || day.lines();
        // Electronic messages (format 2) wait in the inbox; voicemails on the phone.
        let electronic = day.unreturned_messages().filter(|m| m.electronic).count();
        let tasks = day.tasks.iter().filter(|task| task.done_at(day).is_none()).count();
        let inbox = day.inbox.iter().filter(|item| !handled(day, item)).count() + electronic + tasks;
        let messages = day.unreturned_messages().count() - electronic;
        TopBarView {
            clinic: day.scenario.clinic.name.clone(),
            clock: clock_text(day),
            paused: day.paused,
            speed: day.speed,
            finished: day.finished,
            real_time: !day.paused && day.needs_the_desk_now(),
            // People at the counter (format 2 `Visitor`) are on the desk, not the phone's lines.
            ringing: lines().filter(|c| c.state == CallState::Ringing && !c.in_person()).count(),
            on_hold: lines().filter(|c| c.state == CallState::OnHold && !c.in_person()).count(),
            waiting: day.waiting().count(),
            at_counter: lines()
                .filter(|c| c.in_person() && !matches!(c.state, CallState::Ended | CallState::InMailbox))
                .count(),
            unread: inbox + messages,
            inbox,
            messages,
            running_score,
            closing: day.now >= day.close,
            exam: None,
            can_pause: true,
            taken_again_from: None,
        }
    }
}

impl TopBarView {
    /// The count shown on a tab: what is waiting there.
    pub fn badge(&self, tab: crate::ui::panel::Tab) -> usize {
        use crate::ui::panel::Tab;
        match tab {
            Tab::Phone => self.ringing + self.on_hold + self.messages,
            Tab::Desk => self.waiting + self.at_counter,
            Tab::Inbox => self.inbox,
            Tab::Book | Tab::Chart => 0,
        }
    }
}

impl TopBarView {
    /// What still waits for the desk while the clock would run on by itself, in words: asked about
    /// before "Next event" passes over it. Time spent skipping is time a caller on hold, an
    /// unreturned message or an unread document waits too, and the rulebook's deadlines run on.
    /// (People in the waiting room wait for their physician, not the desk; a ringing phone or
    /// someone at the counter stops a skip anyway.)
    pub fn still_open(&self, lang: Lang) -> Vec<String> {
        [
            (self.on_hold > 0).then(|| text(lang, "top-open-on-hold", &[("count", self.on_hold.into())])),
            (self.messages > 0).then(|| text(lang, "top-open-voicemails", &[("count", self.messages.into())])),
            (self.inbox > 0).then(|| text(lang, "top-open-inbox", &[("count", self.inbox.into())])),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// Whether the desk has done something with an item yet; a cancellation is done once its visit is
/// out of the book (cancelled or moved).
fn handled(day: &Day, item: &crate::sim::inbox::InboxItem) -> bool {
    match &item.kind {
        crate::sim::inbox::InboxKind::Cancellation(c) => day.book.get(&c.appointment).is_none_or(|a| !a.holds_time()),
        crate::sim::inbox::InboxKind::Document(_) => item.acted_on(),
    }
}

/// `10:42` on the simulated clock (seconds are noise at the desk).
fn clock_text(day: &Day) -> String {
    let minutes = day.now.minutes();
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

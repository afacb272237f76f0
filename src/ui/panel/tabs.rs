//! The row of tabs over the desk's panels, each with the count of what waits there. A tab behind
//! the one in front whose count goes up (a call ringing, a voicemail left, a patient at the counter,
//! a result in the inbox) pulses for a few seconds and stays marked until it is opened: the learner
//! working the book should not have to watch five numbers to notice a lab result arrived.

use bevy_egui::egui::{self, RichText};

use super::Tab;
use crate::ui::say::say_with;

/// How long a tab pulses after its count goes up; after that it stays marked, without moving.
const PULSE_SECONDS: f64 = 6.0;

/// What each tab's count was when the learner last looked at it, and since when it has news.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TabNews {
    seen: [usize; Tab::ALL.len()],
    since: [Option<f64>; Tab::ALL.len()],
}

impl TabNews {
    /// Takes this frame's counts: a count that rose on a tab not in front is news from `now`; the tab
    /// in front is looked at, so its count is seen and its news is over.
    pub fn update(&mut self, counts: [usize; Tab::ALL.len()], front: Tab, now: f64) {
        for (i, tab) in Tab::ALL.into_iter().enumerate() {
            if tab == front {
                self.since[i] = None;
                self.seen[i] = counts[i];
            } else if counts[i] > self.seen[i] {
                self.since[i] = Some(now);
                self.seen[i] = counts[i];
            } else if counts[i] < self.seen[i] {
                // Dealt with elsewhere (a caller gave up, a patient went in): not news to chase.
                self.seen[i] = counts[i];
                if counts[i] == 0 {
                    self.since[i] = None;
                }
            }
        }
    }

    /// Since when `tab` has had news not yet looked at.
    pub fn news_since(&self, tab: Tab) -> Option<f64> {
        Tab::ALL.iter().position(|t| *t == tab).and_then(|i| self.since[i])
    }

    /// Whether some tab is still pulsing at `now` (the screen must keep redrawing for it).
    pub fn pulsing(&self, now: f64) -> bool {
        self.since.iter().flatten().any(|since| now - since < PULSE_SECONDS)
    }
}

/// The tabs, with their counts and news, and a ring round `marked` (the tab the coach is talking
/// about); returns the tab clicked and the response of the one in front (the keyboard's anchor).
pub fn tabs_ui(
    ui: &mut egui::Ui,
    counts: [usize; Tab::ALL.len()],
    news: &TabNews,
    front: Tab,
    marked: Option<Tab>,
    now: f64,
) -> (Option<Tab>, Option<egui::Response>) {
    let mut clicked = None;
    let mut in_front = None;
    let lang = crate::ui::say::lang(ui.ctx());
    // Wrapped by whole tabs: at a large interface size on a small screen the last tabs go to a
    // second line, never broken letter by letter.
    ui.horizontal_wrapped(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        for (i, tab) in Tab::ALL.into_iter().enumerate() {
            let count = counts[i];
            let news = news.news_since(tab);
            let name = tab.label_in(lang);
            let mut label = if count > 0 { format!("{name} ({count})") } else { name };
            if news.is_some() {
                label = format!("• {label}");
            }
            let mut text = RichText::new(label);
            if let Some(since) = news {
                let warn = ui.visuals().warn_fg_color;
                let age = now - since;
                // Bright and dim twice a second while it pulses, then steady.
                let bright = age >= PULSE_SECONDS || (age * 2.0).fract() < 0.5;
                text = text.strong().color(if bright { warn } else { ui.visuals().text_color() });
            }
            let hover = match news {
                Some(_) => say_with(ui, "tabs-news", &[("key", tab.key().into())]),
                None => tab.key().to_string(),
            };
            let width =
                super::button_width(ui, &format!("{} {}", tab.icon(), text.text())) + 2.0 * ui.spacing().item_spacing.x;
            super::wrap_before(ui, width);
            // The icon beside the tab, not in its words: a screen reader says "Phone", not a glyph.
            ui.label(RichText::new(tab.icon()).color(ui.visuals().weak_text_color()));
            let shown = ui.selectable_label(front == tab, text).on_hover_text(hover);
            if marked == Some(tab) {
                super::coach_ring(ui, shown.rect);
            }
            if shown.clicked() {
                clicked = Some(tab);
            }
            if front == tab {
                in_front = Some(shown);
            }
        }
    });
    (clicked, in_front)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(phone: usize, desk: usize, inbox: usize) -> [usize; 5] {
        let mut c = [0; 5];
        for (i, tab) in Tab::ALL.into_iter().enumerate() {
            c[i] = match tab {
                Tab::Phone => phone,
                Tab::Desk => desk,
                Tab::Inbox => inbox,
                _ => 0,
            };
        }
        c
    }

    #[test]
    fn a_count_that_rises_behind_the_front_tab_is_news_until_the_tab_is_opened() {
        let mut news = TabNews::default();
        news.update(counts(0, 0, 2), Tab::Book, 0.0);
        assert_eq!(news.news_since(Tab::Inbox), Some(0.0), "two documents arrived while the book was open");
        assert!(news.pulsing(1.0) && !news.pulsing(PULSE_SECONDS + 0.5), "pulses, then stays marked");
        news.update(counts(0, 0, 2), Tab::Book, 10.0);
        assert_eq!(news.news_since(Tab::Inbox), Some(0.0), "the same count is not new news");
        news.update(counts(0, 0, 3), Tab::Book, 12.0);
        assert_eq!(news.news_since(Tab::Inbox), Some(12.0), "a third document is");
        news.update(counts(0, 0, 3), Tab::Inbox, 13.0);
        assert_eq!(news.news_since(Tab::Inbox), None, "opened: seen");
        news.update(counts(0, 0, 3), Tab::Book, 14.0);
        assert_eq!(news.news_since(Tab::Inbox), None, "seen stays seen");
    }

    #[test]
    fn the_front_tab_never_has_news_and_a_count_going_down_is_none() {
        let mut news = TabNews::default();
        news.update(counts(1, 0, 0), Tab::Phone, 0.0);
        assert_eq!(news.news_since(Tab::Phone), None);
        news.update(counts(0, 1, 0), Tab::Phone, 1.0);
        assert_eq!(news.news_since(Tab::Desk), Some(1.0), "someone at the counter");
        news.update(counts(0, 0, 0), Tab::Phone, 2.0);
        assert_eq!(news.news_since(Tab::Desk), None, "they went in: nothing to look for");
    }
}

//! The coach of a first day: the first time each kind of thing happens at the desk (the phone rings,
//! a caller is on the line, a voicemail waits, someone stands at the counter, a document arrives, the
//! book is opened, a decision is judged), the clock waits while a card says what it is, which tab to
//! open and what the rulebook asks, and the tab is marked. A step that asks for something (answer the
//! call, open the tab) waits until it is done; the others until "Got it".
//!
//! The coach watches the day as the learner sees it and never acts in it except to hold the clock
//! (a pause, like the learner's own): it works on any day, not on one written for it.

use crate::i18n::{Lang, text};
use crate::rules::Reading;
use crate::sim::day::Day;
use crate::sim::journal::Entry;
use crate::sim::phone::CallState;
use crate::ui::commands;
use crate::ui::panel::Tab;

/// The things a first day teaches, each once, in the order they are looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    Desk,
    Ringing,
    OnTheLine,
    Voicemail,
    Counter,
    Document,
    Book,
    Judged,
}

impl Lesson {
    const ALL: [Lesson; 8] = [
        Lesson::Desk,
        Lesson::Ringing,
        Lesson::OnTheLine,
        Lesson::Voicemail,
        Lesson::Counter,
        Lesson::Document,
        Lesson::Book,
        Lesson::Judged,
    ];

    /// Whether the day (and the tab in front) shows what this lesson is about now.
    fn is_due(self, day: &Day, front: Tab) -> bool {
        match self {
            Lesson::Desk => true,
            Lesson::Ringing => day.lines().any(|c| c.state == CallState::Ringing),
            Lesson::OnTheLine => day.lines().any(|c| c.state == CallState::Active),
            Lesson::Voicemail => day.unreturned_messages().next().is_some(),
            Lesson::Counter => day.waiting().next().is_some(),
            Lesson::Document => !day.inbox.is_empty(),
            Lesson::Book => front == Tab::Book,
            Lesson::Judged => day.journal.entries.iter().any(|e| matches!(e.what, Entry::Judgment(_))),
        }
    }

    /// The tab the lesson is about: it is marked on screen, and "Got it" waits until it is in front.
    pub fn tab(self) -> Option<Tab> {
        match self {
            Lesson::Desk | Lesson::Judged => None,
            Lesson::Ringing | Lesson::OnTheLine | Lesson::Voicemail => Some(Tab::Phone),
            Lesson::Counter => Some(Tab::Desk),
            Lesson::Document => Some(Tab::Inbox),
            Lesson::Book => Some(Tab::Book),
        }
    }

    /// The control the card points at, by its label on the panel (ringed while the card is open).
    pub fn control(self) -> Option<&'static str> {
        match self {
            Lesson::Ringing => Some(commands::ANSWER.label()),
            Lesson::OnTheLine => Some(commands::ASK_IDENTIFIERS.label()),
            Lesson::Counter => Some(commands::VERIFY_CARD.label()),
            Lesson::Document => Some("File to chart"),
            Lesson::Desk | Lesson::Voicemail | Lesson::Book | Lesson::Judged => None,
        }
    }

    /// The card's title, in `lang`.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Lesson::Desk => text(lang, "coach-desk-title", &[]),
            Lesson::Ringing => text(lang, "coach-ringing-title", &[]),
            Lesson::OnTheLine => text(lang, "coach-on-the-line-title", &[]),
            Lesson::Voicemail => text(lang, "coach-voicemail-title", &[]),
            Lesson::Counter => text(lang, "coach-counter-title", &[]),
            Lesson::Document => text(lang, "coach-document-title", &[]),
            Lesson::Book => text(lang, "coach-book-title", &[]),
            Lesson::Judged => text(lang, "coach-judged-title", &[]),
        }
    }

    /// What the card says, in `lang`: what this is, where to act, and what the rulebook asks.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Lesson::Desk => text(lang, "coach-desk-text", &[]),
            Lesson::Ringing => text(lang, "coach-ringing-text", &[]),
            Lesson::OnTheLine => text(lang, "coach-on-the-line-text", &[]),
            Lesson::Voicemail => text(lang, "coach-voicemail-text", &[]),
            Lesson::Counter => text(lang, "coach-counter-text", &[]),
            Lesson::Document => text(lang, "coach-document-text", &[]),
            Lesson::Book => text(lang, "coach-book-text", &[]),
            Lesson::Judged => text(lang, "coach-judged-text", &[]),
        }
    }

    /// Whether the step waits for the learner to do something in the day rather than for "Got it".
    fn waits_for_the_desk(self) -> bool {
        self == Lesson::Ringing
    }
}

/// What the coach's card shows: the step, how far along, whether "Got it" may close it, and for the
/// judged step the learner's own first judgment, so the card explains that decision and not
/// judging in general.
#[derive(Clone, Debug, PartialEq)]
pub struct CoachCard {
    pub lesson: Lesson,
    pub given: usize,
    pub can_close: bool,
    pub judged: Option<FirstJudgment>,
}

/// The first decision of the day the rulebook judged, in the words the card uses.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstJudgment {
    pub kept: bool,
    /// "C1 · Confirm identity before discussing or booking".
    pub rule: String,
    pub did: String,
    pub expected: String,
    pub source: String,
}

impl FirstJudgment {
    pub fn of(day: &Day, lang: Lang) -> Option<Self> {
        let judgment = day.journal.entries.iter().find_map(|e| match &e.what {
            Entry::Judgment(judgment) => Some(judgment),
            _ => None,
        })?;
        // The rule's title in the learner's language, as the day is judged (Quebec's rows on a Quebec day).
        let reading = Reading::from(day.scenario.clinic.jurisdiction);
        let title = crate::rules::rule(&judgment.rule).map_or("", |r| r.text(lang, reading).title.as_str());
        Some(FirstJudgment {
            kept: judgment.kept,
            rule: format!("{} · {title}", judgment.rule),
            did: judgment.did.in_lang(lang).into_owned(),
            expected: judgment.expected.in_lang(lang).into_owned(),
            source: judgment.source.in_lang(lang).into_owned(),
        })
    }
}

impl CoachCard {
    pub fn new(coach: &Coach, lesson: Lesson, day: &Day, front: Tab, lang: Lang) -> Self {
        let judged = if lesson == Lesson::Judged { FirstJudgment::of(day, lang) } else { None };
        CoachCard { lesson, given: coach.given(), can_close: coach.can_close(front), judged }
    }
}

/// The coach of one shift: the lessons given, and the one on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coach {
    given: Vec<Lesson>,
    showing: Option<Lesson>,
    /// The coach paused the clock for the step on screen, and gives it back when the step is over.
    pub holding: bool,
    /// The learner asked for no more coaching.
    pub stopped: bool,
}

impl Coach {
    /// The step on screen after looking at the day: the one showing goes on until it is over; then
    /// the first lesson not yet given whose moment has come.
    pub fn update(&mut self, day: &Day, front: Tab) -> Option<Lesson> {
        if self.stopped {
            self.showing = None;
            return None;
        }
        if let Some(lesson) = self.showing
            && lesson.waits_for_the_desk()
            && !lesson.is_due(day, front)
        {
            // The call was answered (or went to voicemail): the step is done.
            self.finish();
        }
        if self.showing.is_none() {
            self.showing =
                Lesson::ALL.into_iter().find(|lesson| !self.given.contains(lesson) && lesson.is_due(day, front));
        }
        self.showing
    }

    /// Whether "Got it" may close the step: a step about a tab waits until the tab is in front, and a
    /// step that waits for the desk has no "Got it" at all.
    pub fn can_close(&self, front: Tab) -> bool {
        self.showing.is_some_and(|lesson| !lesson.waits_for_the_desk() && lesson.tab().is_none_or(|tab| tab == front))
    }

    /// "Got it": the step on screen is over.
    pub fn finish(&mut self) {
        if let Some(lesson) = self.showing.take() {
            self.given.push(lesson);
        }
    }

    /// How many lessons have been given, for "2 of 8".
    pub fn given(&self) -> usize {
        self.given.len()
    }

    pub const LESSONS: usize = Lesson::ALL.len();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::BUILTIN;
    use crate::shift::Shift;
    use crate::sim::Action;

    fn tutorial() -> Shift {
        let builtin = BUILTIN.iter().find(|b| b.starts_here).expect("the tutorial");
        let scenario = std::sync::Arc::new(builtin.load().map(|l| l.scenario).expect("the tutorial loads"));
        let seed = scenario.randomness.seed;
        Shift::new(scenario, seed)
    }

    #[test]
    fn the_first_card_is_the_desk_and_got_it_closes_it_anywhere() {
        let day = tutorial();
        let mut coach = Coach::default();
        assert_eq!(coach.update(&day, Tab::Phone), Some(Lesson::Desk));
        assert!(coach.can_close(Tab::Phone));
        coach.finish();
        assert_ne!(coach.update(&day, Tab::Phone), Some(Lesson::Desk), "each lesson once");
    }

    #[test]
    fn a_ringing_phone_is_taught_until_the_call_is_answered_with_no_got_it() {
        let mut day = tutorial();
        let mut coach = Coach::default();
        coach.update(&day, Tab::Phone);
        coach.finish();
        // The tutorial's voicemail waits from the start: that card comes next, on the Phone tab.
        while !day.lines().any(|c| c.state == CallState::Ringing) {
            let wake = day.next_wake().expect("a call comes before the day ends");
            day.advance_to(wake);
        }
        // A ringing phone comes before a waiting voicemail.
        assert_eq!(coach.update(&day, Tab::Book), Some(Lesson::Ringing));
        assert!(!coach.can_close(Tab::Phone), "answering is the way on");
        let call = day.lines().find(|c| c.state == CallState::Ringing).map(|c| c.id.clone()).expect("ringing");
        day.apply(Action::Answer { call }).expect("the call is answered");
        // Answered: the next card is about the caller on the line.
        assert_eq!(coach.update(&day, Tab::Phone), Some(Lesson::OnTheLine));
        assert!(coach.can_close(Tab::Phone));
        assert!(!coach.can_close(Tab::Book), "a card about a tab closes once the tab is open");
    }

    #[test]
    fn stopped_coaching_shows_nothing() {
        let day = tutorial();
        let mut coach = Coach { stopped: true, ..Coach::default() };
        assert_eq!(coach.update(&day, Tab::Phone), None);
    }
}

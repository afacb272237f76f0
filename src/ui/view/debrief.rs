//! The debrief as a teacher gives it: the scorecard, then the day's moments (the call, the walk-in,
//! the document) in time order, each with the judgments it earned, a rule judged several times over
//! one moment folded into one line with a count.

use crate::i18n::{Lang, text};
use crate::rules::{Category, Judgment, Reading, Scorecard, Severity, rule};
use crate::sim::clock::SimTime;
use crate::sim::day::Day;

use super::occasion::Occasions;

#[derive(Clone, Debug, PartialEq)]
pub struct DebriefView {
    pub title: String,
    pub total: f32,
    pub passed: bool,
    pub pass_mark: u8,
    pub failed_gates: Vec<String>,
    /// (category, score 0–100), the category named in the learner's language.
    pub categories: Vec<(String, f32)>,
    pub kept: usize,
    pub broken: usize,
    /// The day's moments in time order, each with its judgments; the day as a whole last.
    pub moments: Vec<Moment>,
    /// Whether "Retry the day" is offered (not after an exam: one attempt each).
    pub retry: bool,
    /// Whether each moment offers "Try this moment again" (practice only).
    pub rewind: bool,
    /// Only the moments where something went wrong, and only what went wrong in them.
    pub only_what_went_wrong: bool,
    /// Work no rule scores but a real desk would have finished (a renewal not printed, a result
    /// left in the inbox), in words.
    pub left_undone: Vec<String>,
    /// After a moment was taken again: how it went before, and how it went this time.
    pub taken_again: Option<TakenAgain>,
}

/// A moment taken again, the attempt before beside this one.
#[derive(Clone, Debug, PartialEq)]
pub struct TakenAgain {
    pub before: Moment,
    /// `None` when nothing was judged at that moment this time.
    pub after: Option<Moment>,
}

impl DebriefView {
    /// This attempt's debrief with the moment it took again set beside `before`, the way it went
    /// the attempt before.
    pub fn with_first_try(mut self, before: Option<Moment>) -> Self {
        self.taken_again = before.map(|before| TakenAgain {
            after: self.moments.iter().find(|m| m.rewind_to == before.rewind_to).cloned(),
            before,
        });
        self
    }
}

/// One moment of the day and what the learner did about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub at: String,
    pub label: String,
    /// Where "Try this moment again" takes the day back to: just before the moment began.
    pub rewind_to: Option<SimTime>,
    pub lines: Vec<RuleLine>,
    pub broken: usize,
    /// Points lost over this moment.
    pub lost: f32,
}

/// One rule over one moment: a single judgment, or several alike folded with a count.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleLine {
    pub rule: String,
    pub rule_title: String,
    pub kept: bool,
    /// The worst severity among the judgments folded into the line.
    pub severity: Severity,
    /// Every judgment folded into the line, in time order: `judgments.len()` is the count.
    pub judgments: Vec<JudgmentRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct JudgmentRow {
    pub at: String,
    pub category: String,
    pub points: f32,
    pub did: String,
    pub expected: String,
    pub explanation: String,
    pub source: String,
}

/// A category's name as the debrief shows it ("Triage"), in `lang`.
pub fn category_name(category: Category, lang: Lang) -> String {
    match category {
        Category::Triage => text(lang, "debrief-category-triage", &[]),
        Category::Confidentiality => text(lang, "debrief-category-confidentiality", &[]),
        Category::Scheduling => text(lang, "debrief-category-scheduling", &[]),
    }
}

impl DebriefView {
    /// The debrief of a finished day: its scorecard, its judgments grouped by the day's moments.
    pub fn of(day: &Day, card: &Scorecard, lang: Lang) -> Self {
        let occasions = Occasions::of(day, lang);
        // The rules' titles as the day is judged: Quebec's rows on a Quebec day.
        let reading = Reading::from(day.scenario.clinic.jurisdiction);
        let mut moments: Vec<Option<Moment>> = vec![None; occasions.list.len()];
        // The journal's order is time order, so each moment's lines come out in time order too.
        for judgment in &card.judgments {
            let index = occasions.of_judgment(&judgment.about);
            let occasion = &occasions.list[index];
            let moment = moments[index].get_or_insert_with(|| Moment {
                at: occasion.at.to_string(),
                label: occasion.label.clone(),
                rewind_to: occasion.replayable.then(|| SimTime::from_seconds(occasion.at.seconds().saturating_sub(1))),
                lines: Vec::new(),
                broken: 0,
                lost: 0.0,
            });
            moment.add(judgment, lang, reading);
        }
        DebriefView {
            title: day.scenario.title.clone(),
            total: card.total,
            passed: card.passed,
            pass_mark: card.pass_mark,
            failed_gates: card.failed_gates.clone(),
            categories: vec![
                (category_name(Category::Triage, lang), card.categories.triage),
                (category_name(Category::Confidentiality, lang), card.categories.confidentiality),
                (category_name(Category::Scheduling, lang), card.categories.scheduling),
            ],
            kept: card.kept,
            broken: card.broken,
            moments: moments.into_iter().flatten().collect(),
            retry: true,
            rewind: true,
            only_what_went_wrong: false,
            left_undone: day
                .journal
                .entries
                .iter()
                .filter_map(|e| match &e.what {
                    crate::sim::journal::Entry::Happened(crate::sim::journal::Happening::LeftUndone { what }) => {
                        Some(what.in_lang(lang).into_owned())
                    }
                    _ => None,
                })
                .collect(),
            taken_again: None,
        }
    }
}

impl Moment {
    fn add(&mut self, j: &Judgment, lang: Lang, reading: Reading) {
        if !j.kept {
            self.broken += 1;
            self.lost += j.points;
        }
        let row = JudgmentRow {
            at: j.at.to_string(),
            category: category_name(j.category, lang),
            points: j.points,
            did: j.did.in_lang(lang).into_owned(),
            expected: j.expected.in_lang(lang).into_owned(),
            explanation: j.explanation.in_lang(lang).into_owned(),
            source: j.source.in_lang(lang).into_owned(),
        };
        // One line per rule kept and one per rule broken, whatever the severity of each judgment
        // (an urgent patient's rebooking weighs more than a routine one's): the line shows the
        // worst, and its points are the sum.
        match self.lines.iter_mut().find(|l| l.rule == j.rule && l.kept == j.kept) {
            Some(line) => {
                if j.severity.points() > line.severity.points() {
                    line.severity = j.severity;
                }
                line.judgments.push(row);
            }
            None => self.lines.push(RuleLine {
                rule: j.rule.to_string(),
                rule_title: rule(&j.rule).map_or_else(String::new, |r| r.text(lang, reading).title.clone()),
                kept: j.kept,
                severity: j.severity,
                judgments: vec![row],
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shift::Shift;
    use crate::shift::autoplay::{Style, autoplay};
    use crate::sim::Action;

    fn builtin(file: &str) -> std::sync::Arc<crate::scenario::Scenario> {
        crate::scenario::BUILTIN
            .iter()
            .find(|b| b.file == file)
            .map(|b| {
                std::sync::Arc::new(b.load().map(|l| l.scenario).unwrap_or_else(|r| panic!("{}", r.render(false))))
            })
            .expect("a built-in day")
    }

    fn debrief_of(file: &str, style: Style) -> DebriefView {
        let scenario = builtin(file);
        let seed = scenario.randomness.seed;
        let mut shift = Shift::new(scenario, seed);
        autoplay(&mut shift, style);
        crate::ui::state::finish(shift.day(), Lang::En).view
    }

    /// Work no rule scores is still named in the debrief, in words: the tutorial's TSH result for
    /// Ruth Okafor (no visit today, so no S12 matter) left in the inbox by a desk that did nothing.
    #[test]
    fn the_debrief_names_what_was_left_undone_in_words() {
        let scenario = builtin("tutorial.ron");
        let close = crate::sim::SimTime::from(scenario.clinic.hours.close);
        let mut shift = Shift::new(scenario, 7);
        shift.advance_to(close);
        shift.finish();
        let view = crate::ui::state::finish(shift.day(), Lang::En).view;
        assert!(
            view.left_undone.iter().any(|w| w.contains("TSH result for Ruth Okafor was left in the inbox")),
            "{:?}",
            view.left_undone
        );
        assert!(view.left_undone.iter().all(|w| !w.contains("lab-") && !w.contains("ruth-okafor")), "no ids");
    }

    /// A voicemail left when returning a message belongs to that message's moment (where it can be
    /// taken again), not to the day as a whole.
    #[test]
    fn a_voicemail_left_returning_a_message_is_judged_under_that_message() {
        use crate::scenario::PhoneKind;
        use crate::sim::action::{Purpose, VoicemailItem};
        let scenario = builtin("tutorial.ron");
        let mut shift = Shift::new(scenario, 7);
        shift.advance_to(crate::sim::SimTime::from_seconds(9 * 3600 + 30));
        let message = shift.day().unreturned_messages().next().expect("the waiting voicemail").call.clone();
        let voicemail = message.id.clone();
        let caller = crate::scenario::PatientId::from("ruth-okafor");
        let placed = Action::PlaceCall {
            patient: caller.clone(),
            number: PhoneKind::Home,
            purpose: Purpose::ReturnVoicemail { voicemail: voicemail.clone() },
        };
        shift.apply(placed).expect("the call is placed");
        let says = vec![VoicemailItem::CallerName, VoicemailItem::Results];
        shift.apply(Action::LeaveVoicemail { patient: caller, says }).expect("a voicemail is left");
        shift.advance_to(crate::sim::SimTime::from(shift.day().scenario.clinic.hours.close));
        shift.finish();
        let view = crate::ui::state::finish(shift.day(), Lang::En).view;
        let moment = view.moments.iter().find(|m| m.lines.iter().any(|l| l.rule == "C9")).expect("C9 judged");
        assert!(moment.label.starts_with("Voicemail from"), "C9 is under {:?}", moment.label);
        assert!(moment.rewind_to.is_some(), "and can be taken again");
    }

    #[test]
    fn every_judgment_lands_under_one_moment_and_most_under_an_event() {
        let view = debrief_of("maple-family-practice.ron", Style::Novice);
        let shown: usize = view.moments.iter().flat_map(|m| &m.lines).map(|l| l.judgments.len()).sum();
        assert_eq!(shown, view.kept + view.broken, "no judgment lost or counted twice");
        let whole_day = view.moments.iter().find(|m| m.rewind_to.is_none()).map_or(0, |m| m.lines.len());
        assert!(whole_day * 5 < shown, "the day as a whole holds {whole_day} of {shown} judgments");
        let broken: usize = view.moments.iter().map(|m| m.broken).sum();
        assert_eq!(broken, view.broken);
        assert!(view.moments.windows(2).all(|w| w[0].at <= w[1].at || w[1].rewind_to.is_none()), "time order");
        for moment in &view.moments {
            assert!(!moment.label.contains("call-") && !moment.label.contains("new-"), "{}", moment.label);
        }
    }

    #[test]
    fn a_call_gathers_its_notes_and_the_booking_it_led_to() {
        let view = debrief_of("maple-family-practice.ron", Style::Novice);
        // The novice books the stroke caller (S3 on `new-1`) and writes no note for her (T9 on
        // `call-hughes-stroke-note`): both belong to her call.
        let hughes = view
            .moments
            .iter()
            .find(|m| m.label.starts_with("Call from") && m.lines.iter().any(|l| l.rule == "T1"))
            .expect("the first emergency call");
        let rules: Vec<&str> = hughes.lines.iter().map(|l| l.rule.as_str()).collect();
        assert!(rules.contains(&"S3") && rules.contains(&"T9"), "{rules:?}");
    }

    #[test]
    fn an_absence_folds_its_rebookings_into_a_line_with_a_count() {
        let view = debrief_of("greene-cardiology.ron", Style::Expert);
        let absence = view.moments.iter().find(|m| m.label.contains("will be away")).expect("the absence");
        let folded = absence.lines.iter().find(|l| l.rule == "S6" && l.judgments.len() > 1).expect("S6 folded");
        assert!(folded.kept);
        // Every rebooking and every patient told, one line: the expert's S6 judgments all fold here.
        let all_s6: usize =
            view.moments.iter().flat_map(|m| &m.lines).filter(|l| l.rule == "S6").map(|l| l.judgments.len()).sum();
        assert_eq!(folded.judgments.len(), all_s6);
        assert!(absence.lines.len() < absence.lines.iter().map(|l| l.judgments.len()).sum::<usize>());
    }
}

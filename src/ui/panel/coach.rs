//! The coach's card, over the desk scene at the bottom left (the scene is the one part of the screen
//! nothing is done in): which step of how many, what this is, what to do and what the rulebook asks,
//! and "Got it" once the step allows it.

use bevy_egui::egui::{self, RichText};

use crate::ui::coach::{Coach, CoachCard, Lesson};
use crate::ui::say::{say, say_with};

/// What the learner chose on the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoachChoice {
    GotIt,
    /// No more cards this shift.
    Stop,
}

/// The card, at most `room` points wide (the desk scene's width beside the panels), and never
/// narrower than a readable 280.
pub fn coach_card_ui(ctx: &egui::Context, card: &CoachCard, room: f32) -> Option<CoachChoice> {
    let CoachCard { lesson, given, can_close, judged } = card;
    let (lesson, can_close) = (*lesson, *can_close);
    let lang = crate::ui::say::lang(ctx);
    let mut choice = None;
    egui::Area::new("coach".into()).anchor(egui::Align2::LEFT_BOTTOM, [12.0, -12.0]).show(ctx, |ui| {
        let visuals = ui.visuals().clone();
        let palette = crate::ui::style::palette(ui);
        egui::Frame::popup(ui.style()).stroke(egui::Stroke::new(2.0, visuals.warn_fg_color)).show(ui, |ui| {
            ui.set_max_width(room.clamp(280.0, 440.0));
            let step = say_with(ui, "coach-step", &[("step", (given + 1).into()), ("steps", Coach::LESSONS.into())]);
            ui.label(RichText::new(step).weak());
            ui.label(RichText::new(lesson.title(lang)).strong().size(crate::ui::style::BODY_SIZE + 3.0));
            if let Some(judged) = judged {
                // The learner's own decision first: what they did, the verdict, what the rule asks.
                let (verdict, colour) = if judged.kept {
                    (say(ui, "coach-kept"), palette.good)
                } else {
                    (say(ui, "coach-broken"), palette.bad)
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(verdict).strong().color(colour));
                    ui.label(RichText::new(&judged.rule).strong());
                });
                ui.label(say_with(ui, "coach-you", &[("did", judged.did.as_str().into())]));
                ui.label(say_with(ui, "coach-rule-asks", &[("expected", judged.expected.as_str().into())]));
                let source = say_with(ui, "coach-source", &[("source", judged.source.as_str().into())]);
                ui.label(RichText::new(source).weak());
                ui.add_space(4.0);
            }
            ui.label(lesson.text(lang));
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if lesson == Lesson::Ringing {
                    let answer = say(ui, "coach-answer-to-go-on");
                    ui.label(RichText::new(answer).color(visuals.warn_fg_color).strong());
                } else if can_close {
                    let got_it = ui.button(RichText::new(say(ui, "coach-got-it")).strong());
                    if !got_it.has_focus() && ui.memory(|m| m.focused().is_none()) {
                        got_it.request_focus();
                    }
                    if got_it.clicked() {
                        choice = Some(CoachChoice::GotIt);
                    }
                } else if let Some(tab) = lesson.tab() {
                    let open = say_with(
                        ui,
                        "coach-open-tab",
                        &[("tab", tab.label_in(crate::ui::say::lang(ui.ctx())).into()), ("key", tab.key().into())],
                    );
                    ui.label(RichText::new(open).color(visuals.warn_fg_color).strong());
                }
                let (stop, hint) = (say(ui, "coach-stop"), say(ui, "coach-stop-hint"));
                if ui.button(stop).on_hover_text(hint).clicked() {
                    choice = Some(CoachChoice::Stop);
                }
            });
        });
    });
    choice
}

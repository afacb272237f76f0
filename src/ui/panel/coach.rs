//! The coach's card, over the desk scene at the bottom left (the scene is the one part of the screen
//! nothing is done in): which step of how many, what this is, what to do and what the rulebook asks,
//! and "Got it" once the step allows it.

use bevy_egui::egui::{self, RichText};

use crate::ui::coach::{Coach, CoachCard, Lesson};

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
    let mut choice = None;
    egui::Area::new("coach".into()).anchor(egui::Align2::LEFT_BOTTOM, [12.0, -12.0]).show(ctx, |ui| {
        let visuals = ui.visuals().clone();
        let palette = crate::ui::style::palette(ui);
        egui::Frame::popup(ui.style()).stroke(egui::Stroke::new(2.0, visuals.warn_fg_color)).show(ui, |ui| {
            ui.set_max_width(room.clamp(280.0, 440.0));
            ui.label(RichText::new(format!("Coach · {} of {} · the clock waits", given + 1, Coach::LESSONS)).weak());
            ui.label(RichText::new(lesson.title()).strong().size(crate::ui::style::BODY_SIZE + 3.0));
            if let Some(judged) = judged {
                // The learner's own decision first: what they did, the verdict, what the rule asks.
                let (verdict, colour) = if judged.kept { ("Kept", palette.good) } else { ("Broken", palette.bad) };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(verdict).strong().color(colour));
                    ui.label(RichText::new(&judged.rule).strong());
                });
                ui.label(format!("You: {}", judged.did));
                ui.label(format!("The rule asks: {}", judged.expected));
                ui.label(RichText::new(format!("Source: {}", judged.source)).weak());
                ui.add_space(4.0);
            }
            ui.label(lesson.text());
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if lesson == Lesson::Ringing {
                    ui.label(RichText::new("Answer the call to go on.").color(visuals.warn_fg_color).strong());
                } else if can_close {
                    let got_it = ui.button(RichText::new("Got it").strong());
                    if !got_it.has_focus() && ui.memory(|m| m.focused().is_none()) {
                        got_it.request_focus();
                    }
                    if got_it.clicked() {
                        choice = Some(CoachChoice::GotIt);
                    }
                } else if let Some(tab) = lesson.tab() {
                    ui.label(
                        RichText::new(format!("Open the {} tab ({}) to go on.", tab.label(), tab.key()))
                            .color(visuals.warn_fg_color)
                            .strong(),
                    );
                }
                if ui.button("No more coaching").on_hover_text("The clock runs on; no more cards this shift").clicked()
                {
                    choice = Some(CoachChoice::Stop);
                }
            });
        });
    });
    choice
}

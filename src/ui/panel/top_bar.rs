//! The top bar of the shift: clock, speed, what is pending, the running score.

use bevy_egui::egui::{self, RichText};

use crate::ui::commands;
use crate::ui::say::{say, say_with};
use crate::ui::style::palette;

use crate::sim::action::{Action, Speed};
use crate::ui::view::top_bar::TopBarView;

pub fn top_bar_ui(ui: &mut egui::Ui, view: &TopBarView, out: &mut Vec<Action>) {
    let lang = crate::ui::say::lang(ui.ctx());
    // Wrapped: at a large interface size on a small screen the bar takes two lines rather than
    // drawing the score over the counts.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&view.clock).size(26.0).monospace().strong());
        ui.separator();
        let pause_keys = commands::PAUSE.keys_text_in(lang);
        if view.paused {
            let resume = format!("{} {}", egui_phosphor::regular::PLAY, say(ui, "top-resume"));
            if ui.button(resume).on_hover_text(pause_keys).clicked() {
                out.push(Action::Resume);
            }
        } else {
            let pause = format!("{} {}", egui_phosphor::regular::PAUSE, say(ui, "top-pause"));
            let no_more = say(ui, "top-no-more-pauses");
            if ui
                .add_enabled(view.can_pause, egui::Button::new(pause))
                .on_hover_text(pause_keys)
                .on_disabled_hover_text(no_more)
                .clicked()
            {
                out.push(Action::Pause);
            }
        }
        for (speed, command) in
            [(Speed::Normal, commands::SPEED_1), (Speed::Fast, commands::SPEED_2), (Speed::Faster, commands::SPEED_4)]
        {
            let chosen = view.speed == speed && !view.paused;
            if ui.selectable_label(chosen, command.label_in(lang)).on_hover_text(command.tooltip_in(lang)).clicked() {
                out.push(Action::SetSpeed(speed));
                if view.paused {
                    out.push(Action::Resume);
                }
            }
        }
        let next_event = commands::NEXT_EVENT;
        if ui.button(next_event.caption_in(lang)).on_hover_text(next_event.tooltip_in(lang)).clicked() {
            out.push(Action::SkipToNextEvent);
        }
        if view.closing {
            let close = RichText::new(say(ui, "top-close-office")).strong().color(palette(ui).warning);
            let hint = say(ui, "top-close-office-hint");
            if ui.button(close).on_hover_text(hint).clicked() {
                out.push(Action::EndDay);
            }
        }
        if view.real_time {
            let real_time = RichText::new(say(ui, "top-real-time")).color(palette(ui).warning);
            let hint = say(ui, "top-real-time-hint");
            ui.label(real_time).on_hover_text(hint);
        }
        ui.separator();
        let ringing = say_with(ui, "top-ringing", &[("count", view.ringing.into())]);
        pending(ui, ringing, view.ringing, palette(ui).bad);
        let on_hold = say_with(ui, "top-on-hold", &[("count", view.on_hold.into())]);
        pending(ui, on_hold, view.on_hold, palette(ui).warning);
        let waiting = say_with(ui, "top-waiting", &[("count", view.waiting.into())]);
        pending(ui, waiting, view.waiting, palette(ui).info);
        let unread = say_with(ui, "top-unread", &[("count", view.unread.into())]);
        pending(ui, unread, view.unread, palette(ui).info);
        let score =
            view.running_score.map(|score| say_with(ui, "top-score", &[("score", format!("{score:.0}").into())]));
        let right: Vec<String> =
            [view.exam.clone(), view.taken_again_from.clone(), score.clone()].into_iter().flatten().collect();
        let right_width: f32 =
            right.iter().map(|text| crate::ui::panel::button_width(ui, text) + ui.spacing().item_spacing.x).sum();
        if right_width > ui.available_width() {
            ui.end_row();
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(exam) = &view.exam {
                ui.label(RichText::new(exam).strong().color(palette(ui).warning));
            }
            if let Some(again) = &view.taken_again_from {
                let hint = say(ui, "top-taken-again-hint");
                ui.label(RichText::new(again).strong().color(palette(ui).info)).on_hover_text(hint);
            }
            if let Some(score) = score {
                ui.label(RichText::new(score).strong());
            }
            // The clinic's name only where it fits: on a narrow window it would run over the counts.
            let name = RichText::new(&view.clinic).weak();
            let fits = crate::ui::panel::button_width(ui, &view.clinic) < ui.available_width();
            if fits {
                ui.label(name);
            }
        });
    });
}

/// A count of what is pending, in words (`text`): strong in its colour while there is some.
fn pending(ui: &mut egui::Ui, text: String, count: usize, colour: egui::Color32) {
    let text = RichText::new(text);
    ui.label(if count > 0 { text.color(colour).strong() } else { text.weak() });
}

//! The top bar of the shift: clock, speed, what is pending, the running score.

use bevy_egui::egui::{self, RichText};

use crate::ui::commands;
use crate::ui::style::palette;

use crate::sim::action::{Action, Speed};
use crate::ui::view::top_bar::TopBarView;

pub fn top_bar_ui(ui: &mut egui::Ui, view: &TopBarView, out: &mut Vec<Action>) {
    // Wrapped: at a large interface size on a small screen the bar takes two lines rather than
    // drawing the score over the counts.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&view.clock).size(26.0).monospace().strong());
        ui.separator();
        if view.paused {
            if ui
                .button(format!("{} Resume", egui_phosphor::regular::PLAY))
                .on_hover_text(commands::PAUSE.keys_text)
                .clicked()
            {
                out.push(Action::Resume);
            }
        } else if ui
            .add_enabled(view.can_pause, egui::Button::new(format!("{} Pause", egui_phosphor::regular::PAUSE)))
            .on_hover_text(commands::PAUSE.keys_text)
            .on_disabled_hover_text("This exam allows no more pauses")
            .clicked()
        {
            out.push(Action::Pause);
        }
        for (speed, command) in
            [(Speed::Normal, commands::SPEED_1), (Speed::Fast, commands::SPEED_2), (Speed::Faster, commands::SPEED_4)]
        {
            let chosen = view.speed == speed && !view.paused;
            if ui.selectable_label(chosen, command.label()).on_hover_text(command.tooltip()).clicked() {
                out.push(Action::SetSpeed(speed));
                if view.paused {
                    out.push(Action::Resume);
                }
            }
        }
        if ui.button(commands::NEXT_EVENT.caption()).on_hover_text(commands::NEXT_EVENT.tooltip()).clicked() {
            out.push(Action::SkipToNextEvent);
        }
        if view.closing
            && ui
                .button(RichText::new("Close the office").strong().color(palette(ui).warning))
                .on_hover_text("Closing time: end the day and see the debrief (Esc also offers this)")
                .clicked()
        {
            out.push(Action::EndDay);
        }
        if view.real_time {
            ui.label(RichText::new("real time").color(palette(ui).warning)).on_hover_text(
                "The clock slows to real time while you are on a call, the phone rings or someone is at the counter",
            );
        }
        ui.separator();
        pending(ui, "ringing", view.ringing, palette(ui).bad);
        pending(ui, "on hold", view.on_hold, palette(ui).warning);
        pending(ui, "waiting", view.waiting, palette(ui).info);
        pending(ui, "unread", view.unread, palette(ui).info);
        let right: Vec<String> = [view.exam.clone(), view.taken_again_from.clone()]
            .into_iter()
            .flatten()
            .chain(view.running_score.map(|score| format!("score {score:.0}")))
            .collect();
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
                ui.label(RichText::new(again).strong().color(palette(ui).info)).on_hover_text(
                    "A moment of your earlier shift, taken again from just before it: this attempt is kept apart \
                     from the first",
                );
            }
            if let Some(score) = view.running_score {
                ui.label(RichText::new(format!("score {score:.0}")).strong());
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

fn pending(ui: &mut egui::Ui, what: &str, count: usize, colour: egui::Color32) {
    let text = RichText::new(format!("{count} {what}"));
    ui.label(if count > 0 { text.color(colour).strong() } else { text.weak() });
}

//! The interface size: in steps, from the settings or with Ctrl + / Ctrl − / Ctrl 0 on any screen,
//! mid-shift included, and remembered between launches (with the other settings).
//!
//! A slider cannot do this job: the size it sets moves the slider itself under the pointer, so a
//! click or a drag ran away to the largest size.

use bevy_egui::egui;

use crate::ui::say::say;

/// The sizes offered, smallest to largest.
pub const STEPS: [f32; 8] = [0.75, 0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0];

/// The next size up (the largest stays the largest).
pub fn larger(scale: f32) -> f32 {
    STEPS.iter().copied().find(|s| *s > scale + 0.001).unwrap_or(STEPS[STEPS.len() - 1])
}

/// The next size down (the smallest stays the smallest).
pub fn smaller(scale: f32) -> f32 {
    STEPS.iter().rev().copied().find(|s| *s < scale - 0.001).unwrap_or(STEPS[0])
}

/// A size read from a file or typed anywhere, as one of the steps: the nearest, and 100 % for
/// anything that is not a number.
pub fn nearest_step(scale: f32) -> f32 {
    if !scale.is_finite() {
        return 1.0;
    }
    let scale = scale.clamp(STEPS[0], STEPS[STEPS.len() - 1]);
    STEPS.iter().copied().min_by(|a, b| (a - scale).abs().total_cmp(&(b - scale).abs())).unwrap_or(1.0)
}

/// "interface size  [A−] 115 % [A+]": buttons that step the size, and what it is.
pub fn scale_ui(ui: &mut egui::Ui, scale: &mut f32) {
    ui.horizontal(|ui| {
        ui.label(say(ui, "scale-interface-size"));
        let down = ui.add_enabled(*scale > STEPS[0] + 0.001, egui::Button::new("A−"));
        if down.on_hover_text(say(ui, "scale-smaller")).clicked() {
            *scale = smaller(*scale);
        }
        ui.label(format!("{:.0} %", *scale * 100.0));
        let up = ui.add_enabled(*scale < STEPS[STEPS.len() - 1] - 0.001, egui::Button::new("A+"));
        if up.on_hover_text(say(ui, "scale-larger")).clicked() {
            *scale = larger(*scale);
        }
        if (*scale - 1.0).abs() > 0.001 && ui.button("100 %").on_hover_text(say(ui, "scale-usual")).clicked() {
            *scale = 1.0;
        }
    });
}

/// Ctrl + (or Ctrl =), Ctrl − and Ctrl 0 pressed this frame, as the new size; `None` when none was.
pub fn scale_keys(ctx: &egui::Context, scale: f32) -> Option<f32> {
    ctx.input_mut(|input| {
        let ctrl = egui::Modifiers::COMMAND;
        if input.consume_key(ctrl, egui::Key::Plus) || input.consume_key(ctrl, egui::Key::Equals) {
            Some(larger(scale))
        } else if input.consume_key(ctrl, egui::Key::Minus) {
            Some(smaller(scale))
        } else if input.consume_key(ctrl, egui::Key::Num0) {
            Some(1.0)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_step_and_stop_at_the_ends() {
        assert_eq!(larger(1.0), 1.15);
        assert_eq!(smaller(1.0), 0.85);
        assert_eq!(larger(2.0), 2.0);
        assert_eq!(smaller(0.75), 0.75);
        // A size between steps goes to the next step in the direction asked.
        assert_eq!(larger(1.07), 1.15);
        assert_eq!(smaller(1.07), 1.0);
        assert_eq!(nearest_step(1.45), 1.5);
        assert_eq!(nearest_step(9.0), 2.0);
        assert_eq!(nearest_step(f32::NAN), 1.0);
    }
}

//! "My progress" on the title screen: the past practice shifts and the rules broken most often.

use bevy_egui::egui;

use crate::ui::say::{say, say_with};
use crate::ui::view::progress::ProgressView;

pub fn progress_ui(ui: &mut egui::Ui, view: &ProgressView) {
    ui.heading(say(ui, "progress-heading"));
    if view.rows.is_empty() {
        ui.label(say(ui, "progress-empty"));
    } else {
        // The score first, then when, then the day: on a narrow screen the day's long title wraps
        // under them rather than pushing the score off the edge.
        for row in &view.rows {
            ui.horizontal_wrapped(|ui| {
                let verdict = if row.passed { say(ui, "progress-pass") } else { say(ui, "progress-fail") };
                ui.label(egui::RichText::new(format!("{} {verdict}", row.score)).strong());
                let when = if row.rewound {
                    say_with(ui, "progress-moment-again", &[("when", row.when.as_str().into())])
                } else {
                    row.when.clone()
                };
                ui.label(when);
                let hint =
                    if row.rewound { say(ui, "progress-rewound-hint") } else { say(ui, "progress-whole-day-hint") };
                ui.label(egui::RichText::new(&row.day).weak()).on_hover_text(hint);
            });
        }
        if let Some(earlier) = &view.earlier {
            ui.label(egui::RichText::new(earlier).weak());
        }
    }
    if !view.often_broken.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(say(ui, "progress-rules-to-work-on")).strong());
        for line in &view.often_broken {
            ui.label(line);
        }
    }
    if let Some(note) = &view.note {
        ui.label(egui::RichText::new(note).weak());
    }
}

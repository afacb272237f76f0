//! "My progress" on the title screen: the past practice shifts and the rules broken most often.

use bevy_egui::egui;

use crate::ui::view::progress::ProgressView;

pub fn progress_ui(ui: &mut egui::Ui, view: &ProgressView) {
    ui.heading("My progress");
    if view.rows.is_empty() {
        ui.label("Your practice shifts will be listed here, with their scores and the rules to work on.");
    } else {
        // The score first, then when, then the day: on a narrow screen the day's long title wraps
        // under them rather than pushing the score off the edge.
        for row in &view.rows {
            ui.horizontal_wrapped(|ui| {
                let verdict = if row.passed { "pass" } else { "fail" };
                ui.label(egui::RichText::new(format!("{} {verdict}", row.score)).strong());
                ui.label(if row.rewound { format!("{} (a moment again)", row.when) } else { row.when.clone() });
                ui.label(egui::RichText::new(&row.day).weak()).on_hover_text(if row.rewound {
                    "taken again from a moment of an earlier shift"
                } else {
                    "the whole day"
                });
            });
        }
        if let Some(earlier) = &view.earlier {
            ui.label(egui::RichText::new(earlier).weak());
        }
    }
    if !view.often_broken.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new("Rules to work on").strong());
        for line in &view.often_broken {
            ui.label(line);
        }
    }
    if let Some(note) = &view.note {
        ui.label(egui::RichText::new(note).weak());
    }
}

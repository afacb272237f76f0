//! The debrief: the total and pass / fail, a bar per category, and every judgment in time order with
//! what was done, what was expected, the rule and its source.

use bevy_egui::egui::{self, Color32, RichText, Sense, Vec2};

use crate::rules::Severity;
use crate::ui::view::debrief::DebriefView;

/// What the learner chose on the debrief screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebriefChoice {
    Retry,
    SaveReport,
    Title,
}

pub fn debrief_ui(ui: &mut egui::Ui, view: &DebriefView, out: &mut Vec<DebriefChoice>) {
    ui.horizontal(|ui| {
        ui.heading(format!("Debrief: {}", view.title));
        // Right-aligned, but laid out left to right so that Tab meets them in the order they read.
        let mut choices = vec![
            ("Retry the day", DebriefChoice::Retry),
            ("Save the report", DebriefChoice::SaveReport),
            ("Back to the title screen", DebriefChoice::Title),
        ];
        choices.retain(|(_, choice)| view.retry || *choice != DebriefChoice::Retry);
        let width: f32 =
            choices.iter().map(|(label, _)| super::button_width(ui, label) + ui.spacing().item_spacing.x).sum();
        ui.add_space((ui.available_width() - width).max(0.0));
        for (label, choice) in choices {
            if super::button(ui, label).clicked() {
                out.push(choice);
            }
        }
    });
    ui.horizontal(|ui| {
        let (verdict, c) = if view.passed {
            ("PASS", Color32::from_rgb(60, 170, 90))
        } else {
            ("FAIL", Color32::from_rgb(220, 60, 60))
        };
        ui.label(RichText::new(format!("{:.1}", view.total)).size(48.0).strong());
        ui.vertical(|ui| {
            ui.label(RichText::new(verdict).size(28.0).color(c).strong());
            ui.label(format!("pass mark {}; {} kept, {} broken", view.pass_mark, view.kept, view.broken));
        });
        ui.add_space(24.0);
        category_chart(ui, &view.categories);
    });
    if !view.failed_gates.is_empty() {
        ui.label(
            RichText::new(format!("Failed on a critical rule, whatever the total: {}", view.failed_gates.join(", ")))
                .color(Color32::from_rgb(220, 60, 60))
                .strong(),
        );
    }
    ui.separator();
    egui::ScrollArea::vertical().id_salt("judgments").auto_shrink([false, false]).show(ui, |ui| {
        for (i, j) in view.judgments.iter().enumerate() {
            // Marks the bundled font has: "✘" is not among them (it drew as an empty box).
            let (mark, c) = if j.kept {
                ("✔", Color32::from_rgb(60, 170, 90))
            } else {
                match j.severity {
                    Severity::Critical => ("× critical", Color32::from_rgb(230, 50, 50)),
                    Severity::Major => ("× major", Color32::from_rgb(230, 120, 40)),
                    Severity::Minor => ("× minor", Color32::from_rgb(220, 180, 60)),
                }
            };
            // The header stays one short line (time, verdict, rule); what was done can be long (a
            // late judgment says when it was done in the end), so it wraps in the body.
            let header = RichText::new(format!("{}  {}  {} {}", j.at, mark, j.rule, j.rule_title)).color(c);
            let shown =
                egui::CollapsingHeader::new(header).id_salt(("judgment", i)).default_open(!j.kept).show(ui, |ui| {
                    ui.label(RichText::new(&j.did).color(c));
                    ui.label(format!(
                        "{} · {} · {:+.1} points",
                        j.category,
                        severity_name(j.severity),
                        if j.kept { 0.0 } else { -j.points }
                    ));
                    ui.label(format!("Expected: {}", j.expected));
                    // The rule's own explanation ends with what it expects: only a case-specific
                    // expectation needs the rule's words beside it.
                    if !j.explanation.ends_with(&j.expected) {
                        ui.label(format!("Why: {}", j.explanation));
                    }
                    ui.label(RichText::new(format!("Source: {}", j.source)).italics().weak());
                });
            // Tab through a long debrief keeps the row in view.
            super::follow_focus(&shown.header_response);
        }
    });
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Minor => "minor",
        Severity::Major => "major",
        Severity::Critical => "critical",
    }
}

/// A bar per category, 0–100, drawn with the painter.
fn category_chart(ui: &mut egui::Ui, categories: &[(&'static str, f32)]) {
    let width = 360.0;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 22.0 * categories.len() as f32), Sense::hover());
    let painter = ui.painter_at(rect);
    for (i, (name, score)) in categories.iter().enumerate() {
        let top = rect.top() + 22.0 * i as f32;
        let label_w = 120.0;
        painter.text(
            egui::pos2(rect.left(), top + 10.0),
            egui::Align2::LEFT_CENTER,
            *name,
            egui::FontId::proportional(14.0),
            ui.visuals().text_color(),
        );
        let bar = egui::Rect::from_min_size(
            egui::pos2(rect.left() + label_w, top + 3.0),
            Vec2::new(width - label_w - 50.0, 14.0),
        );
        painter.rect_filled(bar, 3.0, Color32::from_gray(50));
        let filled =
            egui::Rect::from_min_size(bar.min, Vec2::new(bar.width() * (score / 100.0).clamp(0.0, 1.0), bar.height()));
        let c = if *score >= 80.0 {
            Color32::from_rgb(60, 170, 90)
        } else if *score >= 60.0 {
            Color32::from_rgb(230, 170, 50)
        } else {
            Color32::from_rgb(220, 70, 60)
        };
        painter.rect_filled(filled, 3.0, c);
        painter.text(
            egui::pos2(bar.right() + 8.0, top + 10.0),
            egui::Align2::LEFT_CENTER,
            format!("{score:.0}"),
            egui::FontId::proportional(14.0),
            ui.visuals().text_color(),
        );
    }
}

//! The debrief: the total and pass / fail, a bar per category, then the day's moments (the call,
//! the walk-in, the document) in time order, each with the rules it was judged on: what was done,
//! what was expected, the rule and its source. A rule judged several times over one moment is one
//! line with a count; "only what went wrong" hides the rest; in practice, any moment can be taken
//! again from just before it.

use bevy_egui::egui::{self, Color32, RichText, Sense, Vec2};
use fluent_bundle::FluentValue;

use crate::i18n::Lang;
use crate::ui::say::{lang, say, say_with};
use crate::ui::style::palette;

use crate::rules::Severity;
use crate::sim::clock::SimTime;
use crate::ui::view::debrief::{DebriefView, Moment, RuleLine, TakenAgain};

/// What the learner chose on the debrief screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebriefChoice {
    Retry,
    SaveReport,
    Title,
    /// Show only what went wrong (true) or everything (false).
    OnlyWhatWentWrong(bool),
    /// Take the day again from this moment (practice only): the day replayed to here.
    Rewind(SimTime),
}

pub fn debrief_ui(ui: &mut egui::Ui, view: &DebriefView, out: &mut Vec<DebriefChoice>) {
    let title = say_with(ui, "debrief-title", &[("title", view.title.as_str().into())]);
    let mut choices = vec![
        (say(ui, "debrief-retry"), DebriefChoice::Retry),
        (say(ui, "debrief-save-report"), DebriefChoice::SaveReport),
        (say(ui, "debrief-back-to-title"), DebriefChoice::Title),
    ];
    choices.retain(|(_, choice)| view.retry || *choice != DebriefChoice::Retry);
    let spacing = ui.spacing().item_spacing.x;
    let buttons: f32 = choices.iter().map(|(label, _)| super::button_width(ui, label) + spacing).sum();
    let heading = egui::WidgetText::from(RichText::new(&title).heading()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Heading,
    );
    // The title and the buttons on one line when they fit; on a narrow screen the title wraps on a
    // line of its own and the buttons go under it, never off the edge.
    let one_line = heading.size().x + spacing + buttons <= ui.available_width();
    if !one_line {
        ui.add(egui::Label::new(RichText::new(&title).heading()).wrap());
    }
    ui.horizontal(|ui| {
        if one_line {
            ui.heading(&title);
        }
        // Right-aligned, but laid out left to right so that Tab meets them in the order they read.
        ui.add_space((ui.available_width() - buttons).max(0.0));
        for (label, choice) in choices {
            if super::button(ui, label).clicked() {
                out.push(choice);
            }
        }
    });
    ui.horizontal(|ui| {
        let (verdict, c) = if view.passed {
            (say(ui, "debrief-pass"), palette(ui).good)
        } else {
            (say(ui, "debrief-fail"), palette(ui).bad)
        };
        ui.label(RichText::new(crate::i18n::decimal(view.total, lang(ui))).size(48.0).strong());
        ui.vertical(|ui| {
            ui.label(RichText::new(verdict).size(28.0).color(c).strong());
            ui.label(say_with(
                ui,
                "debrief-pass-mark",
                &[("mark", view.pass_mark.into()), ("kept", view.kept.into()), ("broken", view.broken.into())],
            ));
        });
        ui.add_space(24.0);
        category_chart(ui, &view.categories);
    });
    if !view.failed_gates.is_empty() {
        ui.label(
            RichText::new(say_with(ui, "debrief-failed-gates", &[("rules", view.failed_gates.join(", ").into())]))
                .color(palette(ui).bad)
                .strong(),
        );
    }
    if let Some(again) = &view.taken_again {
        taken_again_ui(ui, again);
    }
    ui.separator();
    ui.horizontal(|ui| {
        let mut only = view.only_what_went_wrong;
        let (label, hint) = (say(ui, "debrief-only-what-went-wrong"), say(ui, "debrief-only-what-went-wrong-hint"));
        let toggle = ui.checkbox(&mut only, label).on_hover_text(hint);
        super::follow_focus(&toggle);
        if only != view.only_what_went_wrong {
            out.push(DebriefChoice::OnlyWhatWentWrong(only));
        }
        // Every row below counts, the day as a whole among them, so the count matches the list.
        let moments = view.moments.len();
        let troubled = view.moments.iter().filter(|m| m.broken > 0).count();
        let troubled = say_with(ui, "debrief-troubled", &[("troubled", troubled.into()), ("moments", moments.into())]);
        ui.label(RichText::new(troubled).weak());
    });
    egui::ScrollArea::vertical().id_salt("judgments").auto_shrink([false, false]).show(ui, |ui| {
        let shown = view.moments.iter().enumerate().filter(|(_, m)| !view.only_what_went_wrong || m.broken > 0);
        let mut any = false;
        for (i, moment) in shown {
            any = true;
            moment_ui(ui, view, i, moment, out);
        }
        if !any {
            ui.label(say(ui, "debrief-nothing-went-wrong"));
        }
        if !view.left_undone.is_empty() {
            ui.separator();
            ui.label(RichText::new(say(ui, "debrief-left-undone")).strong());
            for what in &view.left_undone {
                ui.label(format!("\u{2022} {what}"));
            }
        }
    });
}

/// The moment taken again, the attempt before beside this one: each rule it was judged on, kept or
/// broken, and what was done.
fn taken_again_ui(ui: &mut egui::Ui, again: &TakenAgain) {
    ui.separator();
    let before = &again.before;
    let taken = say_with(
        ui,
        "debrief-taken-again",
        &[("at", before.at.as_str().into()), ("moment", before.label.as_str().into())],
    );
    ui.label(RichText::new(taken).strong());
    let (time_before, this_time) = (say(ui, "debrief-time-before"), say(ui, "debrief-this-time"));
    ui.columns(2, |columns| {
        attempt_ui(&mut columns[0], &time_before, Some(before));
        attempt_ui(&mut columns[1], &this_time, again.after.as_ref());
    });
}

fn attempt_ui(ui: &mut egui::Ui, heading: &str, moment: Option<&Moment>) {
    let Some(moment) = moment else {
        ui.label(RichText::new(heading).strong());
        ui.label(say(ui, "debrief-nothing-judged"));
        return;
    };
    let (tally, colour) = tally(ui, moment);
    let heading = say_with(ui, "debrief-attempt", &[("attempt", heading.into()), ("tally", tally.into())]);
    ui.label(RichText::new(heading).strong().color(colour));
    for line in &moment.lines {
        let (mark, c) = mark(ui, line);
        ui.label(RichText::new(format!("{mark}  {} {}", line.rule, line.rule_title)).color(c));
        if let Some(first) = line.judgments.first() {
            ui.label(RichText::new(&first.did).weak());
        }
    }
}

/// "3 kept", or "1 broken, −8 points", in the colour of the worst breach.
fn tally(ui: &egui::Ui, moment: &Moment) -> (String, Color32) {
    let judged: usize = moment.lines.iter().map(|l| l.judgments.len()).sum();
    if moment.broken == 0 {
        (say_with(ui, "debrief-tally-kept", &[("kept", judged.into())]), palette(ui).good)
    } else {
        let args = [("broken", FluentValue::from(moment.broken)), ("points", points_value(moment.lost, lang(ui)))];
        (say_with(ui, "debrief-tally-broken", &args), worst_colour(ui, moment))
    }
}

/// A rule line's mark: a tick when kept, the breach's gravity when not, in its colour.
fn mark(ui: &egui::Ui, line: &RuleLine) -> (String, Color32) {
    // Marks the bundled font has: "✘" is not among them (it drew as an empty box).
    if line.kept {
        ("\u{2714}".to_owned(), palette(ui).good)
    } else {
        (format!("\u{00d7} {}", say(ui, line.severity.message_id())), severity_colour(ui, line.severity))
    }
}

fn moment_ui(ui: &mut egui::Ui, view: &DebriefView, i: usize, moment: &Moment, out: &mut Vec<DebriefChoice>) {
    let (tally, colour) = tally(ui, moment);
    let time = if moment.rewind_to.is_some() { format!("{}  ", moment.at) } else { String::new() };
    let header = RichText::new(format!("{time}{}  \u{00b7}  {tally}", moment.label)).strong().color(colour);
    let shown =
        egui::CollapsingHeader::new(header).id_salt(("moment", i)).default_open(moment.broken > 0).show(ui, |ui| {
            if view.rewind
                && let Some(to) = moment.rewind_to
            {
                let label = say(ui, "debrief-try-again");
                let hint = say_with(ui, "debrief-try-again-hint", &[("at", moment.at.as_str().into())]);
                let again = super::button(ui, label).on_hover_text(hint);
                if again.clicked() {
                    out.push(DebriefChoice::Rewind(to));
                }
            }
            for (j, line) in moment.lines.iter().enumerate() {
                if view.only_what_went_wrong && line.kept {
                    continue;
                }
                line_ui(ui, (i, j), line);
            }
        });
    // Tab through a long debrief keeps the row in view.
    super::follow_focus(&shown.header_response);
}

fn line_ui(ui: &mut egui::Ui, id: (usize, usize), line: &RuleLine) {
    let (mark, c) = mark(ui, line);
    let count = match line.judgments.len() {
        1 => String::new(),
        n => format!("  \u{00d7}{n}"),
    };
    let header = RichText::new(format!("{mark}  {} {}{count}", line.rule, line.rule_title)).color(c);
    let shown = egui::CollapsingHeader::new(header).id_salt(("line", id)).default_open(!line.kept).show(ui, |ui| {
        let first = &line.judgments[0];
        let several = line.judgments.len() > 1;
        for row in &line.judgments {
            let did = if several { format!("{}  {}", row.at, row.did) } else { row.did.clone() };
            ui.label(RichText::new(did).color(c));
        }
        let lost: f32 = if line.kept { 0.0 } else { line.judgments.iter().map(|r| r.points).sum() };
        ui.label(say_with(
            ui,
            "debrief-line-facts",
            &[
                ("category", first.category.as_str().into()),
                ("severity", say(ui, line.severity.message_id()).into()),
                // Nothing lost is "0", not "−0.0".
                (
                    "points",
                    if lost > 0.0 { crate::i18n::signed_decimal(-lost, lang(ui)) } else { "0".to_owned() }.into(),
                ),
            ],
        ));
        // One expectation for the line when the judgments share it; each its own otherwise.
        let same = line.judgments.iter().all(|r| r.expected == first.expected);
        for row in if same { &line.judgments[..1] } else { &line.judgments[..] } {
            ui.label(say_with(ui, "debrief-expected", &[("text", row.expected.as_str().into())]));
        }
        // The rule's own explanation ends with what it expects: only a case-specific expectation
        // needs the rule's words beside it.
        if !first.explanation.ends_with(&first.expected) {
            ui.label(say_with(ui, "debrief-why", &[("text", first.explanation.as_str().into())]));
        }
        let source = say_with(ui, "debrief-source", &[("text", first.source.as_str().into())]);
        ui.label(RichText::new(source).italics().weak());
    });
    super::follow_focus(&shown.header_response);
}

/// Points as the scorecard counts them: 8, or "7.5" (never rounded to a figure it does not hold); a
/// whole number as a number, so that the message says "1 point" and "8 points".
fn points_value(points: f32, lang: Lang) -> FluentValue<'static> {
    if (points - points.round()).abs() < 0.05 {
        FluentValue::from(points.round() as i64)
    } else {
        FluentValue::from(crate::i18n::decimal(points, lang))
    }
}

/// A breach's colour by how grave it is: the palette's bad, warning, and plain text for a minor one.
fn severity_colour(ui: &egui::Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::Critical => palette(ui).bad,
        Severity::Major => palette(ui).warning,
        Severity::Minor => ui.visuals().strong_text_color(),
    }
}

fn worst_colour(ui: &egui::Ui, moment: &Moment) -> Color32 {
    let worst = moment.lines.iter().filter(|l| !l.kept).map(|l| l.severity).max_by_key(|s| s.points() as u32);
    worst.map_or(palette(ui).good, |severity| severity_colour(ui, severity))
}

/// A bar per category, 0–100, drawn with the painter.
fn category_chart(ui: &mut egui::Ui, categories: &[(String, f32)]) {
    let width = 360.0;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 22.0 * categories.len() as f32), Sense::hover());
    let painter = ui.painter_at(rect);
    for (i, (name, score)) in categories.iter().enumerate() {
        let top = rect.top() + 22.0 * i as f32;
        let label_w = 120.0;
        painter.text(
            egui::pos2(rect.left(), top + 10.0),
            egui::Align2::LEFT_CENTER,
            name,
            egui::FontId::proportional(14.0),
            ui.visuals().text_color(),
        );
        let bar = egui::Rect::from_min_size(
            egui::pos2(rect.left() + label_w, top + 3.0),
            Vec2::new(width - label_w - 50.0, 14.0),
        );
        painter.rect_filled(bar, 3.0, ui.visuals().extreme_bg_color);
        let filled =
            egui::Rect::from_min_size(bar.min, Vec2::new(bar.width() * (score / 100.0).clamp(0.0, 1.0), bar.height()));
        let c = if *score >= 80.0 {
            palette(ui).good
        } else if *score >= 60.0 {
            palette(ui).warning
        } else {
            palette(ui).bad
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

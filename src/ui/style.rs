//! Text the learner can read: every text colour of egui's style at least 4.5:1 against what it is
//! drawn on, in the dark theme and the light one (WCAG 2.2, success criterion 1.4.3, level AA). egui's
//! own hint text is 2.4:1 and its error red 4.3:1 on the dark panels; both are set here, and the test
//! computes every pair from the style's colours.

use bevy_egui::egui::{self, Color32};

/// What WCAG asks of body text.
pub const MINIMUM_CONTRAST: f32 = 4.5;

/// What WCAG asks of a control's outline against what is around it (success criterion 1.4.11).
pub const MINIMUM_OUTLINE_CONTRAST: f32 = 3.0;

/// Makes `visuals` readable (called for each theme's style).
pub fn readable(visuals: &mut egui::Visuals) {
    // A checkbox, a text box or a button at rest is outlined, so a student sees it is one: egui's
    // own outline is nearly invisible in the light theme (a white box on an off-white page).
    let outline = if visuals.dark_mode { Color32::from_gray(125) } else { Color32::from_gray(120) };
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, outline);
    if visuals.dark_mode {
        // Body text a step brighter, so hint text can be a step dimmer than it and still read.
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(190);
        visuals.weak_text_color = Some(Color32::from_gray(145));
        visuals.error_fg_color = Color32::from_rgb(255, 110, 100);
    } else {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(40);
        visuals.weak_text_color = Some(Color32::from_gray(95));
        visuals.error_fg_color = Color32::from_rgb(190, 20, 20);
        visuals.warn_fg_color = Color32::from_rgb(150, 80, 0);
        visuals.hyperlink_color = Color32::from_rgb(0, 85, 170);
    }
}

/// Body text at 15 points at an interface size of 100 % (egui's default is 12.5, small on a
/// classroom's projector and for a first-week student reading a caller's words under a clock).
pub const BODY_SIZE: f32 = 15.0;

/// The mark on rows held for same-day urgent visits, in the book and its legend.
pub const SAME_DAY: Color32 = Color32::from_rgb(70, 150, 90);

/// The colours that mean something, one home for all of them: every panel says "done", "wrong",
/// "needs you" and "for information" in these, chosen per theme so each reads at 4.5:1 on the
/// panels (a test computes it), and with blue and orange for good and bad when the learner asked for
/// colour-blind-safe colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Done, kept, passed, with the physician.
    pub good: Color32,
    /// Broken, failed, critical, ringing.
    pub bad: Color32,
    /// Needs the desk: on hold, flagged, running late, a major breach.
    pub warning: Color32,
    /// What the desk said or is told: the learner's own words on a call, someone at the counter.
    pub info: Color32,
}

impl Palette {
    pub fn of(visuals: &egui::Visuals, colour_blind: bool) -> Palette {
        match (visuals.dark_mode, colour_blind) {
            (true, false) => Palette {
                good: Color32::from_rgb(90, 190, 120),
                bad: Color32::from_rgb(255, 110, 100),
                warning: Color32::from_rgb(235, 160, 60),
                info: Color32::from_rgb(110, 170, 240),
            },
            (true, true) => Palette {
                good: Color32::from_rgb(110, 170, 240),
                bad: Color32::from_rgb(240, 150, 40),
                warning: Color32::from_rgb(225, 200, 90),
                info: Color32::from_rgb(190, 190, 190),
            },
            (false, false) => Palette {
                good: Color32::from_rgb(20, 115, 50),
                bad: Color32::from_rgb(190, 20, 20),
                warning: Color32::from_rgb(150, 80, 0),
                info: Color32::from_rgb(0, 85, 170),
            },
            (false, true) => Palette {
                good: Color32::from_rgb(0, 85, 170),
                bad: Color32::from_rgb(165, 75, 0),
                warning: Color32::from_rgb(110, 95, 0),
                info: Color32::from_rgb(70, 70, 70),
            },
        }
    }
}

/// The mark of what cannot be used (the outline and top band of rows nobody can book): plainly apart
/// from the panel in either theme.
pub fn unavailable_fill(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_gray(70) } else { Color32::from_gray(200) }
}

/// The lines across a sheet: the hour's stronger than the quarter's, both visible in either theme.
pub fn rule_line(visuals: &egui::Visuals, strong: bool) -> Color32 {
    match (visuals.dark_mode, strong) {
        (true, true) => Color32::from_gray(75),
        (true, false) => Color32::from_gray(48),
        (false, true) => Color32::from_gray(170),
        (false, false) => Color32::from_gray(218),
    }
}

fn colour_blind_id() -> egui::Id {
    egui::Id::new("colour-blind")
}

/// Says whether the learner asked for colour-blind-safe colours, for every panel's palette.
pub fn set_colour_blind(ctx: &egui::Context, colour_blind: bool) {
    ctx.data_mut(|d| d.insert_temp(colour_blind_id(), colour_blind));
}

/// The palette for what `ui` draws on, in the theme it has and the colours the learner chose.
pub fn palette(ui: &egui::Ui) -> Palette {
    let colour_blind = ui.ctx().data(|d| d.get_temp::<bool>(colour_blind_id())).unwrap_or(false);
    Palette::of(ui.visuals(), colour_blind)
}

/// Sets the text sizes, each in proportion to the body text.
pub fn text_sizes(style: &mut egui::Style) {
    use egui::{FontFamily, FontId, TextStyle};
    let sizes = [
        (TextStyle::Small, 12.0, FontFamily::Proportional),
        (TextStyle::Body, BODY_SIZE, FontFamily::Proportional),
        (TextStyle::Button, BODY_SIZE, FontFamily::Proportional),
        (TextStyle::Monospace, BODY_SIZE - 1.0, FontFamily::Monospace),
        (TextStyle::Heading, 21.0, FontFamily::Proportional),
    ];
    for (text_style, size, family) in sizes {
        style.text_styles.insert(text_style, FontId::new(size, family));
    }
}

/// `color` as seen over `background` (egui colours are premultiplied: what is not covered shows
/// the background through).
pub fn over(color: Color32, background: Color32) -> Color32 {
    let a = f32::from(color.a()) / 255.0;
    let mix = |c: u8, b: u8| (f32::from(c) + f32::from(b) * (1.0 - a)).round().clamp(0.0, 255.0) as u8;
    Color32::from_rgb(mix(color.r(), background.r()), mix(color.g(), background.g()), mix(color.b(), background.b()))
}

/// WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every (what, text colour, background) pair the style draws text with.
pub fn text_pairs(visuals: &egui::Visuals) -> Vec<(String, Color32, Color32)> {
    let grounds = [
        ("panel", visuals.panel_fill),
        ("window", visuals.window_fill),
        ("text field", visuals.text_edit_bg_color()),
        ("faint rows", over(visuals.faint_bg_color, visuals.panel_fill)),
    ];
    let mut pairs = Vec::new();
    for (ground, fill) in grounds {
        for (what, color) in [
            ("text", visuals.text_color()),
            ("hint text", visuals.weak_text_color()),
            ("link", visuals.hyperlink_color),
            ("warning", visuals.warn_fg_color),
            ("error", visuals.error_fg_color),
        ] {
            pairs.push((format!("{what} on {ground}"), over(color, fill), fill));
        }
    }
    let w = &visuals.widgets;
    for (state, widget) in [("button", &w.inactive), ("hovered button", &w.hovered), ("pressed button", &w.active)] {
        for fill in [widget.weak_bg_fill, widget.bg_fill] {
            let fill = over(fill, visuals.panel_fill);
            pairs.push((format!("{state} text"), over(widget.fg_stroke.color, fill), fill));
        }
    }
    let selected = over(visuals.selection.bg_fill, visuals.panel_fill);
    pairs.push(("selected text".into(), over(visuals.selection.stroke.color, selected), selected));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_is_at_least_15_points_and_small_text_still_reads() {
        let mut style = egui::Style::default();
        text_sizes(&mut style);
        let size = |text: egui::TextStyle| style.text_styles.get(&text).map_or(0.0, |font| font.size);
        assert!(size(egui::TextStyle::Body) >= 15.0 && size(egui::TextStyle::Button) >= 15.0);
        assert!(size(egui::TextStyle::Small) >= 12.0);
        assert!(size(egui::TextStyle::Heading) > size(egui::TextStyle::Body));
    }

    #[test]
    fn every_colour_that_means_something_reads_at_4_5_to_1_in_every_theme_and_colour_choice() {
        for mut visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            readable(&mut visuals);
            for colour_blind in [false, true] {
                let palette = Palette::of(&visuals, colour_blind);
                let colours = [
                    ("good", palette.good),
                    ("bad", palette.bad),
                    ("warning", palette.warning),
                    ("info", palette.info),
                ];
                for (what, colour) in colours {
                    for (ground, fill) in [("panel", visuals.panel_fill), ("window", visuals.window_fill)] {
                        let ratio = contrast(colour, fill);
                        assert!(
                            ratio >= MINIMUM_CONTRAST,
                            "{what} on {ground}, dark {} colour-blind {colour_blind}: {ratio:.2}:1",
                            visuals.dark_mode
                        );
                    }
                }
                assert_ne!(palette.good, palette.bad);
            }
        }
    }

    #[test]
    fn a_control_at_rest_is_outlined_at_3_to_1_in_both_themes() {
        for mut visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            readable(&mut visuals);
            let theme = if visuals.dark_mode { "dark" } else { "light" };
            let outline = visuals.widgets.inactive.bg_stroke;
            assert!(outline.width >= 1.0, "{theme}: no outline");
            // Against what surrounds the control (its own fill is inside the outline).
            for (ground, fill) in [("panel", visuals.panel_fill), ("window", visuals.window_fill)] {
                let ratio = contrast(outline.color, fill);
                assert!(ratio >= MINIMUM_OUTLINE_CONTRAST, "{theme}: outline on {ground}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_ratio_is_wcag_s() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(118), Color32::WHITE) - 4.54).abs() < 0.02);
        assert_eq!(over(Color32::from_black_alpha(0), Color32::from_gray(27)), Color32::from_gray(27));
    }

    #[test]
    fn every_text_colour_reads_at_4_5_to_1_in_both_themes() {
        for mut visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            readable(&mut visuals);
            let theme = if visuals.dark_mode { "dark" } else { "light" };
            let failing: Vec<String> = text_pairs(&visuals)
                .into_iter()
                .filter(|(_, text, ground)| contrast(*text, *ground) < MINIMUM_CONTRAST)
                .map(|(what, text, ground)| format!("{what}: {:.2}:1", contrast(text, ground)))
                .collect();
            assert!(failing.is_empty(), "{theme} theme: {failing:#?}");
            // Hint text stays quieter than body text.
            let panel = visuals.panel_fill;
            assert!(contrast(visuals.weak_text_color(), panel) < contrast(visuals.text_color(), panel), "{theme}");
        }
    }
}

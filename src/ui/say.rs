//! The learner's language on the screens: each screen puts it in egui's memory at the start of the
//! frame (from the settings), and a panel asks for its words by message id, so the panels keep
//! their `*_ui(ui, &View, &mut Vec<Action>)` shape and no panel needs the language passed down.

use bevy_egui::egui;
use fluent_bundle::FluentValue;

use crate::i18n::{Lang, text};

fn key() -> egui::Id {
    egui::Id::new("clinic-day-lang")
}

/// Makes `lang` the language of this frame's panels.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(key(), lang));
}

/// The language of this frame's panels (English until a screen sets it).
pub fn lang(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(key())).unwrap_or_default()
}

/// The message `id` in the language of the panel's frame.
pub fn say(ui: &egui::Ui, id: &str) -> String {
    text(lang(ui.ctx()), id, &[])
}

/// The message `id` with its arguments, in the language of the panel's frame.
pub fn say_with(ui: &egui::Ui, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text(lang(ui.ctx()), id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panel_speaks_the_language_its_screen_set() {
        let ctx = egui::Context::default();
        let mut said = Vec::new();
        for lang in [None, Some(Lang::Fr), Some(Lang::En)] {
            if let Some(lang) = lang {
                set_lang(&ctx, lang);
            }
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| said.push(say(ui, "title-open")));
            // The font atlas this headless frame made is never drawn.
            output.textures_delta.clear();
        }
        assert_eq!(said, ["Open", "Ouvrir", "Open"]);
    }
}

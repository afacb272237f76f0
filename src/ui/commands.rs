//! Every key the shift answers to, defined once: what the key does (the F1 list, the README's key
//! table, a button's tooltip), the keys themselves (the shift's key handler), and for a command that
//! is also a button, the button's words. A test holds the README's table to this one, so a shortcut
//! changed here is changed everywhere.

use bevy_egui::egui::Key;
use egui_phosphor::regular as icon;

use crate::i18n::{Lang, text};

/// One row of the keyboard help: a command, or how the keyboard works somewhere (the book's sheet,
/// a picker), which egui itself handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Command {
    /// The keys as the help writes them ("Space or P", "F2 … F6").
    pub keys_text: &'static str,
    /// What it does, as the F1 list and the README say it.
    pub does: &'static str,
    /// The keys the shift's handler listens for (empty for rows egui handles itself).
    pub keys: &'static [Key],
    /// The words on the button that does the same, if one does.
    pub button: Option<&'static str>,
    /// The button's picture (a Phosphor icon), drawn before its words; empty for none.
    pub icon: &'static str,
    /// The language files' message for what it does (the English is `does`).
    does_id: &'static str,
    /// The message for its keys, where they read differently by language ("Espace ou P").
    keys_id: Option<&'static str>,
    /// The message for its button's words, where they read differently by language.
    button_id: Option<&'static str>,
}

impl Command {
    const fn keys(keys_text: &'static str, does: &'static str, keys: &'static [Key], does_id: &'static str) -> Self {
        Command { keys_text, does, keys, button: None, icon: "", does_id, keys_id: None, button_id: None }
    }

    const fn button(
        keys_text: &'static str,
        does: &'static str,
        keys: &'static [Key],
        does_id: &'static str,
        button: &'static str,
    ) -> Self {
        Command { button: Some(button), ..Command::keys(keys_text, does, keys, does_id) }
    }

    const fn with_icon(self, icon: &'static str) -> Self {
        Command { icon, ..self }
    }

    /// Keys written differently in each language, by the message `id`.
    const fn keys_said(self, id: &'static str) -> Self {
        Command { keys_id: Some(id), ..self }
    }

    /// A button whose words differ by language, by the message `id`.
    const fn button_said(self, id: &'static str) -> Self {
        Command { button_id: Some(id), ..self }
    }

    /// The button's words (its label, which the coach names too).
    pub fn label(&self) -> &'static str {
        self.button.unwrap_or(self.keys_text)
    }

    /// What the button shows: its picture, then its words.
    pub fn caption(&self) -> String {
        if self.icon.is_empty() { self.label().to_owned() } else { format!("{} {}", self.icon, self.label()) }
    }

    /// A button's tooltip: what it does, and its key.
    pub fn tooltip(&self) -> String {
        format!("{} ({})", capitalised(self.does), self.keys_text)
    }

    /// The keys as the help writes them, in `lang` ("Espace ou P"); a key that reads the same in
    /// every language ("A", "F2 … F6") is the English text.
    pub fn keys_text_in(&self, lang: Lang) -> String {
        self.keys_id.map_or_else(|| self.keys_text.to_owned(), |id| text(lang, id, &[]))
    }

    /// What it does, in `lang` (the F1 list, a button's tooltip); the README's English is `does`.
    pub fn does_in(&self, lang: Lang) -> String {
        text(lang, self.does_id, &[])
    }

    /// The button's words in `lang` (its label); the speeds' "1×", "2×", "4×" read the same in every
    /// language. The coach knows a button by its English `label()`, whatever the language shown.
    pub fn label_in(&self, lang: Lang) -> String {
        match (self.button_id, self.button) {
            (Some(id), _) => text(lang, id, &[]),
            (None, Some(words)) => words.to_owned(),
            (None, None) => self.keys_text_in(lang),
        }
    }

    /// What the button shows in `lang`: its picture, then its words.
    pub fn caption_in(&self, lang: Lang) -> String {
        let label = self.label_in(lang);
        if self.icon.is_empty() { label } else { format!("{} {label}", self.icon) }
    }

    /// A button's tooltip in `lang`: what it does, and its key.
    pub fn tooltip_in(&self, lang: Lang) -> String {
        format!("{} ({})", capitalised(&self.does_in(lang)), self.keys_text_in(lang))
    }

    /// Whether one of its keys was pressed this frame.
    pub fn pressed(&self, ctx: &bevy_egui::egui::Context) -> bool {
        ctx.input(|i| self.keys.iter().any(|key| i.key_pressed(*key)))
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

pub const PAUSE: Command = Command::keys(
    "Space or P",
    "pause / resume (while a button has the keyboard focus, Space presses it; P always pauses)",
    &[Key::Space, Key::P],
    "keys-pause-does",
)
.keys_said("keys-pause-keys");
pub const SPEED_1: Command = Command::button("1", "speed 1×", &[Key::Num1], "keys-speed-1-does", "1×");
pub const SPEED_2: Command = Command::button("2", "speed 2×", &[Key::Num2], "keys-speed-2-does", "2×");
pub const SPEED_4: Command = Command::button("3", "speed 4×", &[Key::Num3], "keys-speed-4-does", "4×");
pub const NEXT_EVENT: Command = Command::button(
    "N",
    "skip to the next thing that happens (first saying what still waits for the desk)",
    &[Key::N],
    "keys-next-event-does",
    "Next event",
)
.with_icon(icon::SKIP_FORWARD)
.button_said("keys-next-event-button");
pub const TABS: Command = Command::keys(
    "F2 … F6",
    "the tabs: phone, front desk, book, inbox, chart",
    &[Key::F2, Key::F3, Key::F4, Key::F5, Key::F6],
    "keys-tabs-does",
);
pub const ANSWER: Command = Command::button("A", "answer the ringing phone", &[Key::A], "keys-answer-does", "Answer")
    .with_icon(icon::PHONE_INCOMING)
    .button_said("keys-answer-button");
pub const ASK_IDENTIFIERS: Command = Command::button(
    "I",
    "ask the caller to state two identifiers",
    &[Key::I],
    "keys-ask-identifiers-does",
    "Ask for identifiers",
)
.with_icon(icon::IDENTIFICATION_CARD)
.button_said("keys-ask-identifiers-button");
pub const ASK_WHY: Command = Command::button(
    "Q",
    "ask what the call is about, or with no call what brings the walk-in at the counter in: what, since when, how bad (some say only when asked)",
    &[Key::Q], "keys-ask-why-does",
    "Ask what it's about",
)
.with_icon(icon::CHAT_CIRCLE_DOTS)
.button_said("keys-ask-why-button");
pub const HOLD: Command = Command::button("H", "put the caller on hold", &[Key::H], "keys-hold-does", "Hold")
    .with_icon(icon::PHONE_PAUSE)
    .button_said("keys-hold-button");
pub const END_CALL: Command =
    Command::button("E", "end the call (or hang up the call you placed)", &[Key::E], "keys-end-call-does", "End call")
        .with_icon(icon::PHONE_DISCONNECT)
        .button_said("keys-end-call-button");
pub const VERIFY_CARD: Command = Command::button(
    "V",
    "verify the health card of the patient at the counter",
    &[Key::V],
    "keys-verify-card-does",
    "Verify health card",
)
.with_icon(icon::IDENTIFICATION_BADGE)
.button_said("keys-verify-card-button");
pub const CHECK_IN: Command =
    Command::button("C", "check in the patient at the counter", &[Key::C], "keys-check-in-does", "Check in")
        .with_icon(icon::USER_CHECK)
        .button_said("keys-check-in-button");
pub const NEXT_CARD: Command = Command::keys(
    "J or ]",
    "next card in the panel in front (a patient at the desk, a message, a document); Tab then goes through its buttons, and the card you are in is outlined",
    &[Key::J, Key::CloseBracket], "keys-next-card-does")
.keys_said("keys-next-card-keys");
pub const PREVIOUS_CARD: Command = Command::keys(
    "K or [",
    "previous card in the panel in front",
    &[Key::K, Key::OpenBracket],
    "keys-previous-card-does",
)
.keys_said("keys-previous-card-keys");
pub const WHY: Command =
    Command::button("W", "why? for the latest judgment (practice mode)", &[Key::W], "keys-why-does", "why?")
        .with_icon(icon::QUESTION)
        .button_said("keys-why-button");
pub const TAB_ENTER: Command = Command::keys(
    "Tab, Enter",
    "move between controls, press one; a menu (Advise…, More…) opened with Enter takes the keyboard onto its first choice",
    &[], "keys-tab-enter-does")
.keys_said("keys-tab-enter-keys");
pub const SHEET: Command = Command::keys(
    "on the book's sheet",
    "it is one Tab stop, not one per row: the Up and Down arrows a row (with Shift, or Page Up / Down, an hour), Left and Right a column, Home / End, digits go to a time (\"1030\", \"9\"), Enter or Space opens the row (the booking form, or the visit's actions)",
    &[], "keys-sheet-does")
.keys_said("keys-sheet-keys");
pub const PICKER: Command = Command::keys(
    "Up / Down on a picker",
    "step its choice; in an open list, typing letters jumps to the first choice with a word starting with them (\"bou\" for Bouchard)",
    &[], "keys-picker-does")
.keys_said("keys-picker-keys");
pub const MENU: Command = Command::keys(
    "Esc",
    "pause menu (back to the shift as it was; leave the desk for the day, which before closing time asks first, since the rest of the day is judged as unanswered; quit to the title screen, which asks first); Esc also closes the \"why?\" window",
    &[Key::Escape], "keys-menu-does")
.keys_said("keys-menu-keys");
pub const SIZE: Command = Command::keys(
    "Ctrl + / Ctrl − / Ctrl 0",
    "interface size one step larger / smaller / back to 100 %, on any screen (also on the title screen's settings); remembered with the other settings in `settings.json` in the data folder",
    &[],
    "keys-size-does",
);
pub const HELP: Command =
    Command::keys("F1 or ?", "this list", &[Key::F1], "keys-help-does").keys_said("keys-help-keys");

/// The keyboard help, in the order the F1 list and the README show it.
pub const ALL: [Command; 22] = [
    PAUSE,
    SPEED_1,
    SPEED_2,
    SPEED_4,
    NEXT_EVENT,
    TABS,
    ANSWER,
    ASK_IDENTIFIERS,
    ASK_WHY,
    HOLD,
    END_CALL,
    VERIFY_CARD,
    CHECK_IN,
    NEXT_CARD,
    PREVIOUS_CARD,
    WHY,
    TAB_ENTER,
    SHEET,
    PICKER,
    MENU,
    SIZE,
    HELP,
];

/// The README's key table, as this module writes it: `tests` compare it with the README.
pub fn markdown_table() -> String {
    let mut table = String::from("| key | does |\n| --- | --- |\n");
    for command in &ALL {
        table.push_str(&format!("| {} | {} |\n", command.keys_text, command.does));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_does_two_things() {
        let mut seen: Vec<Key> = Vec::new();
        for command in &ALL {
            for key in command.keys {
                assert!(!seen.contains(key), "{key:?} is bound twice");
                seen.push(*key);
            }
        }
    }

    #[test]
    fn the_readme_key_table_is_this_table() {
        let readme = include_str!("../../README.md");
        let table = markdown_table();
        assert!(
            readme.contains(&table),
            "README.md's key table differs from src/ui/commands.rs; it should read:\n{table}"
        );
    }

    #[test]
    fn a_tooltip_says_what_and_which_key() {
        assert_eq!(ANSWER.tooltip(), "Answer the ringing phone (A)");
        assert_eq!(ANSWER.label(), "Answer");
        assert_eq!(ANSWER.caption(), format!("{} Answer", icon::PHONE_INCOMING));
        assert_eq!(ANSWER.tooltip_in(Lang::Fr), "Répondre au téléphone qui sonne (A)");
        assert_eq!(PAUSE.keys_text_in(Lang::Fr), "Espace ou P");
    }

    #[test]
    fn every_command_says_in_english_what_the_readme_says_and_in_french_its_own_words() {
        for command in &ALL {
            assert_eq!(command.keys_text_in(Lang::En), command.keys_text);
            assert_eq!(command.does_in(Lang::En), command.does);
            assert_eq!(command.label_in(Lang::En), command.label());
            assert_eq!(command.caption_in(Lang::En), command.caption());
            assert_eq!(command.tooltip_in(Lang::En), command.tooltip());
            assert_ne!(command.does_in(Lang::Fr), command.does, "{} is not in French", command.keys_text);
            if command.button.is_some_and(|b| b.chars().any(char::is_alphabetic)) {
                assert_ne!(
                    command.label_in(Lang::Fr),
                    command.label(),
                    "{}'s button is not in French",
                    command.keys_text
                );
            }
        }
    }
}

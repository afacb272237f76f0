//! A scenario's texts in one language or several (format 2). A text a person reads (the briefing,
//! what a caller says, a document's words, the name of an appointment type) may be a plain string,
//! the same in every language, or one string per language:
//!
//! ```ron
//! says: [(en: "I've had chest pain since this morning.", fr: "J'ai mal à la poitrine depuis ce matin.")],
//! ```
//!
//! A day is read in one language (`load_str_in`): each text gives its string in that language, or,
//! when it has none, its English (then its French), and the day counts how many texts fell back so
//! the game can say so. The model keeps plain strings: every text is chosen as the file is read, so
//! the day, the judge and the screens never see more than one language.

use std::cell::RefCell;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::i18n::Lang;

/// A text with no string in a language, as the file was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The language it lacks; `None` for a plain string, the same in every language.
    pub lang: Option<Lang>,
    /// A string it does have, to find it in the file.
    pub has: String,
}

/// What reading a file in one language found.
#[derive(Clone, Debug, Default)]
struct Reading {
    lang: Lang,
    /// Texts shown in another language than `lang`, for want of one in it.
    fell_back: usize,
    /// Every text that lacks a language, with the language it lacks.
    missing: Vec<Missing>,
}

thread_local! {
    /// The reading of the file being read on this thread: serde gives a field's deserializer no
    /// context of its own, and a scenario is read on one thread, start to end.
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

/// What reading a file in a language found: how many texts fell back to another language, and
/// every text that lacks one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub fell_back: usize,
    pub missing: Vec<Missing>,
}

/// Runs `read` with the scenario's texts read in `lang`; returns what it read and what it found.
pub fn reading_in<T>(lang: Lang, read: impl FnOnce() -> T) -> (T, Found) {
    let before = READING.with(|r| r.replace(Some(Reading { lang, ..Reading::default() })));
    let value = read();
    let found = READING.with(|r| r.replace(before)).unwrap_or_default();
    (value, Found { fell_back: found.fell_back, missing: found.missing })
}

/// Forgets what the reading found so far: the file is being read again from the start (with its
/// dates said in words), and what it finds then is what counts.
pub fn read_again() {
    READING.with(|r| {
        if let Some(reading) = r.borrow_mut().as_mut() {
            reading.fell_back = 0;
            reading.missing.clear();
        }
    });
}

/// The language the file on this thread is being read in (English outside a reading): a date a
/// text says in words is said in it.
pub fn lang() -> Lang {
    READING.with(|r| r.borrow().as_ref().map_or(Lang::En, |r| r.lang))
}

fn choose(en: Option<String>, fr: Option<String>) -> String {
    READING.with(|r| {
        let mut reading = r.borrow_mut();
        let lang = reading.as_ref().map_or(Lang::En, |r| r.lang);
        let wanted = match lang {
            Lang::En => en.clone(),
            Lang::Fr => fr.clone(),
        };
        let has = en.clone().or_else(|| fr.clone()).unwrap_or_default();
        if let Some(reading) = reading.as_mut() {
            if wanted.is_none() {
                reading.fell_back += 1;
            }
            for (lang, text) in [(Lang::En, &en), (Lang::Fr, &fr)] {
                if text.is_none() {
                    reading.missing.push(Missing { lang: Some(lang), has: has.clone() });
                }
            }
        }
        wanted.unwrap_or(has)
    })
}

fn plain(text: String) -> String {
    READING.with(|r| {
        if let Some(reading) = r.borrow_mut().as_mut() {
            reading.missing.push(Missing { lang: None, has: text.clone() });
        }
    });
    text
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string, or one string per language such as `(en: \"…\", fr: \"…\")`")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(plain(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<String, E> {
        Ok(plain(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let (mut en, mut fr) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "en" => &mut en,
                "fr" => &mut fr,
                other => return Err(de::Error::unknown_field(other, &["en", "fr"])),
            };
            if slot.is_some() {
                return Err(de::Error::duplicate_field(if key == "en" { "en" } else { "fr" }));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        if en.is_none() && fr.is_none() {
            return Err(de::Error::custom("a text in several languages needs at least one: `(en: \"…\", fr: \"…\")`"));
        }
        Ok(choose(en, fr))
    }
}

/// A text field: a string, or one string per language.
pub fn one<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    deserializer.deserialize_any(TextVisitor)
}

/// An optional text field.
pub fn maybe<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Option::<Text>::deserialize(deserializer).map(|text| text.map(|Text(text)| text))
}

/// A list of texts (what a caller says, line by line).
pub fn many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    Vec::<Text>::deserialize(deserializer).map(|texts| texts.into_iter().map(|Text(text)| text).collect())
}

/// One text, for reading an optional one or a list of them.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        one(deserializer).map(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Card {
        #[serde(deserialize_with = "one")]
        title: String,
        #[serde(deserialize_with = "many")]
        says: Vec<String>,
        #[serde(default, deserialize_with = "maybe")]
        note: Option<String>,
    }

    fn read(lang: Lang, text: &str) -> (Result<Card, ron::error::SpannedError>, Found) {
        reading_in(lang, || crate::scenario::load::ron_options().from_str(text))
    }

    #[test]
    fn a_text_is_read_in_the_language_asked_for_and_falls_back_visibly() {
        let file = r#"(title: (en: "Chest pain", fr: "Douleur thoracique"), says: ["Hello.", (fr: "Ça serre.")], note: (en: "Seen"))"#;
        let (english, found) = read(Lang::En, file);
        let english = english.expect("reads");
        assert_eq!(english.title, "Chest pain");
        assert_eq!(english.says, ["Hello.", "Ça serre."]);
        assert_eq!(english.note.as_deref(), Some("Seen"));
        assert_eq!(found.fell_back, 1, "the French-only line");
        let (french, found) = read(Lang::Fr, file);
        let french = french.expect("reads");
        assert_eq!(french.title, "Douleur thoracique");
        assert_eq!(french.says, ["Hello.", "Ça serre."]);
        assert_eq!(found.fell_back, 1, "the English-only note");
        let lacking: Vec<_> = found.missing.iter().map(|m| (m.lang, m.has.as_str())).collect();
        assert_eq!(lacking, [(None, "Hello."), (Some(Lang::En), "Ça serre."), (Some(Lang::Fr), "Seen")]);
    }

    #[test]
    fn a_text_with_no_language_or_an_unknown_one_is_refused_in_words() {
        let (card, _) = read(Lang::En, r#"(title: (), says: [])"#);
        assert!(card.is_err());
        let (card, _) = read(Lang::En, r#"(title: (de: "Brustschmerz"), says: [])"#);
        let error = card.expect_err("refused").to_string();
        assert!(error.contains("de") && error.contains("en"), "{error}");
    }

    #[test]
    fn read_outside_a_reading_a_text_is_english_and_nothing_is_counted() {
        let card: Card =
            crate::scenario::load::ron_options().from_str(r#"(title: (en: "A", fr: "B"), says: [])"#).expect("reads");
        assert_eq!(card.title, "A");
    }
}

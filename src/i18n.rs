//! The languages Clinic Day speaks: English and Canadian French, from Fluent files embedded in the
//! binary (`locales/<lang>/<area>.ftl`, one file per area: the scorecard, the rulebook, …). A
//! message is looked up by its id; an id missing from a
//! language falls back to English, and one missing from both shows as the id itself, so a gap is
//! visible and never a crash (a test keeps the two files complete and every id in use).

use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language's place in `ALL`.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }

    /// The code written on the command line and in `CLINIC_DAY_LANG`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's Fluent files, as embedded, each with its name: one file per area, the same
    /// files in every language.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        macro_rules! locale {
            ($folder:literal) => {
                locale!($folder: "scorecard.ftl", "rules.ftl", "cli.ftl", "game.ftl", "deadlines.ftl", "judge.ftl",
                    "judge-wait-told.ftl", "judge-calls.ftl", "judge-booking.ftl", "judge-closing.ftl",
                    "judge-deadlines.ftl", "ui-shift.ftl", "ui-phone.ftl", "ui-desk.ftl", "ui-book.ftl", "ui-debrief.ftl", "practicum.ftl", "dates.ftl", "validate.ftl", "validate-timeline.ftl",
                    "validate-people.ftl", "validate-files.ftl", "sim-refusals.ftl", "grade-flags.ftl", "cli-output.ftl",
                    "exam-ui.ftl")
            };
            ($folder:literal: $($file:literal),*) => {
                &[$(($file, include_str!(concat!("../locales/", $folder, "/", $file)))),*]
            };
        }
        match self {
            Lang::En => locale!("en-CA"),
            Lang::Fr => locale!("fr-CA"),
        }
    }

    /// The language's name, in that language (what the title screen offers).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-CA",
            Lang::Fr => "fr-CA",
        }
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "en-ca" | "english" => Ok(Lang::En),
            "fr" | "fr-ca" | "french" | "français" => Ok(Lang::Fr),
            other => Err(format!("`{other}` is not a language Clinic Day speaks: use `en` or `fr`")),
        }
    }
}

struct Bundles {
    en: FluentBundle<FluentResource>,
    fr: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale = lang.locale().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Plain text for terminals and files: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    for (_, source) in lang.sources() {
        // The files are the project's own and a test parses them; a broken entry is skipped here
        // rather than taking the program down, and the test names it.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        if let Err(overridden) = bundle.add_resource(resource) {
            debug_assert!(overridden.is_empty(), "duplicate message ids in {}: {overridden:?}", lang.code());
        }
    }
    bundle
}

impl Bundles {
    fn of(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles { en: bundle(Lang::En), fr: bundle(Lang::Fr) })
}

/// The message `id` in `lang`, with its arguments: English when `lang` lacks it, the id itself when
/// English does too.
pub fn text(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let all = bundles();
    let fluent_args: FluentArgs = args.iter().cloned().collect();
    for bundle in [all.of(lang), &all.en] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        }
    }
    id.to_owned()
}

/// The attribute `.attribute` of message `id` in `lang` alone, without arguments; `None` when that
/// language's message lacks it (the caller decides what stands in: the rulebook's Quebec rows
/// leave out what they share with the general row).
pub fn attribute(lang: Lang, id: &str, attribute: &str) -> Option<String> {
    let bundle = bundles().of(lang);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        "" => message.value()?,
        name => message.get_attribute(name)?.value(),
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

/// A score or points with one decimal as the language writes it: "71.4" in English, « 71,4 » in
/// French (Fluent writes numbers as Rust does, whatever the language).
pub fn decimal(value: f32, lang: Lang) -> String {
    written_in(format!("{value:.1}"), lang)
}

/// The same, with its sign: "+2.0", « −3,0 » (a change of score).
pub fn signed_decimal(value: f32, lang: Lang) -> String {
    written_in(format!("{value:+.1}"), lang)
}

fn written_in(number: String, lang: Lang) -> String {
    match lang {
        Lang::En => number,
        Lang::Fr => number.replace('.', ","),
    }
}

/// The ids of the messages a language's files define, in file order.
pub fn ids(lang: Lang) -> Vec<String> {
    lang.sources()
        .iter()
        .flat_map(|(_, source)| source.lines())
        .filter(|line| !line.starts_with([' ', '#', '.', '\t']) && !line.is_empty())
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_define_the_same_ids() {
        for lang in Lang::ALL {
            for (file, source) in lang.sources() {
                let parsed = FluentResource::try_new((*source).to_owned());
                let errors = parsed.err().map(|(_, e)| e);
                assert!(errors.is_none(), "{}/{file} does not parse: {errors:?}", lang.code());
            }
        }
        assert_eq!(ids(Lang::En), ids(Lang::Fr), "the two files list the same ids in the same order");
    }

    #[test]
    fn a_message_takes_its_arguments_and_a_missing_one_shows_its_id() {
        let args = [("scenario", FluentValue::from("tutorial")), ("seed", FluentValue::from(7))];
        assert_eq!(text(Lang::En, "scorecard-title", &args), "Clinic Day scorecard: tutorial (seed 7)");
        assert_eq!(
            text(Lang::Fr, "scorecard-title", &args),
            "Fiche de résultats Clinic Day\u{202f}: tutorial (graine 7)"
        );
        assert_eq!(text(Lang::Fr, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_decimal_is_written_as_the_language_writes_it() {
        assert_eq!(decimal(71.44, Lang::En), "71.4");
        assert_eq!(decimal(71.44, Lang::Fr), "71,4");
        assert_eq!(signed_decimal(-3.0, Lang::Fr), "-3,0");
        assert_eq!(signed_decimal(2.0, Lang::En), "+2.0");
    }

    #[test]
    fn languages_are_named_as_people_write_them() {
        assert_eq!("fr".parse(), Ok(Lang::Fr));
        assert_eq!("FR-CA".parse(), Ok(Lang::Fr));
        assert_eq!("en".parse(), Ok(Lang::En));
        assert!("de".parse::<Lang>().is_err());
    }
}

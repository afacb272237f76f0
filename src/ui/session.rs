//! Which day is being played, from where, and the learner's settings.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use crate::practicum::exam::{Exam, ScenarioSource};
use crate::scenario::Scenario;
use crate::sim::action::Speed;

/// How the game was started (from the command line).
#[derive(Resource, Clone, Debug, Default)]
pub struct GameOptions {
    /// A scenario file to open straight away, instead of the title screen's choice.
    pub scenario: Option<PathBuf>,
    pub seed: Option<u64>,
    /// Reload the scenario file when it changes on disk (instructors).
    pub watch: bool,
    /// Drive the game by itself and save screenshots here (the CI smoke test).
    pub smoke_test: Option<PathBuf>,
    /// An exam sheet to sit, instead of the title screen's choice.
    pub exam: Option<PathBuf>,
    /// The language asked for on the command line (`--lang`, `CLINIC_DAY_LANG`), over the one
    /// remembered in the settings.
    pub lang: Option<crate::i18n::Lang>,
}

impl GameOptions {
    /// The options with the language asked for on the command line, if any.
    pub fn in_lang(mut self, lang: Option<crate::i18n::Lang>) -> Self {
        self.lang = lang;
        self
    }
}

/// Where the day came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Builtin(&'static str),
    File(PathBuf),
}

/// The day chosen on the title screen.
#[derive(Resource, Clone)]
pub struct Session {
    pub scenario: Arc<Scenario>,
    pub source: Source,
    pub seed: u64,
    /// SHA-256 of the scenario's text, for the results file and for resuming exactly.
    pub sha256: String,
    /// Who is playing: `practice`, or the id an exam asked the learner for.
    pub learner: String,
    /// The exam being sat, if this shift is one.
    pub exam: Option<Arc<Exam>>,
    /// A practice shift taken again from a moment of an earlier one (the debrief's "try this moment
    /// again"): the time it was replayed to. Its results are kept apart from whole shifts'.
    pub rewound_to: Option<crate::sim::clock::SimTime>,
    /// The moment taken again as it went the attempt before, shown beside this attempt's in the
    /// debrief.
    pub first_try: Option<crate::ui::view::debrief::Moment>,
    /// The language the day's texts were read in, and how many of them had nothing in it (shown
    /// in another language, which the briefing says).
    pub read_in: (crate::i18n::Lang, usize),
}

/// What a system that shows words needs to know its language, as one parameter: the learner's
/// settings and the session, if one is open (`Session::shown_in`).
#[derive(bevy::ecs::system::SystemParam)]
pub struct Shown<'w> {
    pub settings: Res<'w, Settings>,
    pub session: Option<Res<'w, Session>>,
}

impl Shown<'_> {
    pub fn lang(&self) -> crate::i18n::Lang {
        Session::shown_in(self.session.as_deref(), &self.settings)
    }
}

impl Session {
    /// A practice shift on a scenario.
    pub fn practice(scenario: Arc<Scenario>, source: Source, seed: u64, sha256: String) -> Self {
        Session {
            scenario,
            source,
            seed,
            sha256,
            learner: PRACTICE_LEARNER.to_owned(),
            exam: None,
            rewound_to: None,
            first_try: None,
            read_in: (crate::i18n::Lang::En, 0),
        }
    }

    /// The session with the language its day was read in, and how many texts fell back.
    pub fn read_in(mut self, lang: crate::i18n::Lang, fell_back: usize) -> Self {
        self.read_in = (lang, fell_back);
        self
    }

    /// What the briefing says about the day's language, when it is not all in the one chosen: a
    /// day written in English alone played in French, or a bilingual day with gaps.
    pub fn language_note(&self) -> Option<String> {
        let (lang, fell_back) = self.read_in;
        let written_in = &self.scenario.languages;
        let only_english = written_in.is_empty() || written_in == &[crate::i18n::Lang::En];
        if lang != crate::i18n::Lang::En && only_english {
            Some(crate::i18n::text(lang, "briefing-day-in-english", &[]))
        } else if fell_back > 0 {
            Some(crate::i18n::text(lang, "briefing-texts-fell-back", &[("count", fell_back.into())]))
        } else {
            None
        }
    }

    /// An exam shift: the sheet's scenario and seed; the learner's id is asked on the briefing.
    pub fn exam(exam: Exam) -> Self {
        let source = match &exam.scenario_source {
            ScenarioSource::Builtin(file) => Source::Builtin(file),
            ScenarioSource::File(path) => Source::File(path.clone()),
        };
        Session {
            scenario: exam.scenario.clone(),
            source,
            seed: exam.seed_for_new_attempt(),
            sha256: exam.scenario_sha256.clone(),
            learner: String::new(),
            exam: Some(Arc::new(exam)),
            rewound_to: None,
            first_try: None,
            read_in: (crate::i18n::Lang::En, 0),
        }
    }

    /// The language the shift is shown in: the exam sheet's, when it sets one; the learner's own
    /// otherwise.
    pub fn lang(&self, settings: &Settings) -> crate::i18n::Lang {
        self.exam.as_ref().and_then(|exam| exam.sheet.lang).unwrap_or(settings.lang)
    }

    /// The language a screen speaks: the session's (an exam sheet's, or the learner's) when there
    /// is one, the learner's setting otherwise. Every system that shows words asks this one place.
    pub fn shown_in(session: Option<&Session>, settings: &Settings) -> crate::i18n::Lang {
        session.map_or(settings.lang, |s| s.lang(settings))
    }

    /// `practice` or `exam`, as results files say it.
    pub fn mode(&self) -> &'static str {
        if self.exam.is_some() { "exam" } else { "practice" }
    }

    /// Judgments shown as they happen and the running score: practice only, and only if the
    /// learner wants them; an exam gives no feedback until the end.
    pub fn feedback(&self, settings: &Settings) -> bool {
        self.exam.is_none() && settings.practice
    }
}

use crate::practicum::identity::PRACTICE_LEARNER;

/// Whether a learner id typed for an exam can name a results file and a gradebook row; if not, why,
/// in words put into the learner's language when shown.
pub fn valid_learner_id(id: &str) -> Result<(), crate::rules::words::Words> {
    use crate::rules::words::Words;
    let id = id.trim();
    if id.is_empty() {
        return Err(Words::msg("learner-id-type-yours"));
    }
    if id == PRACTICE_LEARNER {
        return Err(Words::msg("learner-id-practice"));
    }
    crate::practicum::identity::learner_id_problem(id).map_or(Ok(()), Err)
}

/// The learner's settings, remembered between launches (`settings.json` in the data folder).
#[derive(Resource, Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub ui_scale: f32,
    pub speed: Speed,
    /// Blue / orange instead of green / red for good and bad, for red-green colour blindness.
    pub colour_blind: bool,
    /// Dark text on light panels (a bright classroom, a projector); dark panels otherwise.
    pub light_theme: bool,
    /// The coach's cards on every practice day, not only on the tutorial.
    pub coach_every_day: bool,
    pub sound: bool,
    /// Practice mode shows the running score and a toast after every judged decision.
    pub practice: bool,
    /// The language of the game's screens and debrief (reports and grades do not depend on it).
    pub lang: crate::i18n::Lang,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            speed: Speed::Normal,
            colour_blind: false,
            light_theme: false,
            coach_every_day: false,
            sound: true,
            practice: true,
            lang: crate::i18n::Lang::En,
        }
    }
}

impl Settings {
    pub fn path() -> std::path::PathBuf {
        crate::storage::data_dir().join("settings.json")
    }

    /// The settings kept at `path`; the defaults where there are none, or where the file cannot be
    /// read (a settings file is never a reason not to start).
    pub fn load(path: &std::path::Path) -> Self {
        let read = crate::storage::read_capped_text(path, crate::storage::FileKind::Settings);
        let mut settings: Settings = read.ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default();
        settings.ui_scale = super::scale::nearest_step(settings.ui_scale);
        settings
    }

    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        crate::storage::write_atomic(path, text.as_bytes())
    }
}

//! The shipped days, embedded so `cargo run` works from any directory.

use super::diagnostic::FileReport;
use super::load::Loaded;

pub struct BuiltinScenario {
    /// The file name under `scenarios/`.
    pub file: &'static str,
    pub text: &'static str,
    /// Offered first on the title screen, as the place a first-time learner starts.
    pub starts_here: bool,
}

/// A shipped day by its file name under `scenarios/`, embedded.
macro_rules! shipped {
    ($file:literal, starts_here: $starts:expr) => {
        BuiltinScenario { file: $file, text: include_str!(concat!("../../scenarios/", $file)), starts_here: $starts }
    };
}

pub static BUILTIN: &[BuiltinScenario] = &[
    shipped!("greene-cardiology.ron", starts_here: false),
    shipped!("maple-family-practice.ron", starts_here: false),
    shipped!("walk-in-clinic.ron", starts_here: false),
    shipped!("riverside-family-health-team.ron", starts_here: false),
    shipped!("quebec-gmf.ron", starts_here: false),
    shipped!("tutorial.ron", starts_here: true),
];

impl BuiltinScenario {
    pub fn load(&self) -> Result<Loaded, FileReport> {
        self.load_in(crate::i18n::Lang::En)
    }

    /// The day with its texts in `lang` where it has them.
    pub fn load_in(&self, lang: crate::i18n::Lang) -> Result<Loaded, FileReport> {
        crate::scenario::load::load_str_in(&format!("scenarios/{}", self.file), self.text, lang)
    }
}

/// The shipped days in the order the title screen offers them: where a first-time learner starts,
/// then the rest as listed. Each with its index in `BUILTIN`.
pub fn title_order() -> Vec<(usize, &'static BuiltinScenario)> {
    let mut days: Vec<(usize, &BuiltinScenario)> = BUILTIN.iter().enumerate().collect();
    days.sort_by_key(|(_, day)| !day.starts_here);
    days
}

/// The day the game opens with when no scenario is named: the reference day.
pub fn default_scenario() -> &'static BuiltinScenario {
    &BUILTIN[0]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_title_screen_offers_the_tutorial_first_and_every_day_once() {
        let order = super::title_order();
        assert_eq!(order.first().map(|(_, day)| day.file), Some("tutorial.ron"));
        let mut indices: Vec<usize> = order.iter().map(|(i, _)| *i).collect();
        indices.sort_unstable();
        assert_eq!(indices, (0..super::BUILTIN.len()).collect::<Vec<_>>());
    }
}

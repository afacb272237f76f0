//! "My progress" on the title screen: the learner's past practice shifts, newest first, and the
//! rules they break most often, in words.

use fluent_bundle::FluentValue;

use crate::i18n::{Lang, text};
use crate::practicum::progress::{Progress, when_in_words};
use crate::rules::{Reading, rule};

/// How many past shifts the title screen lists; the rest are counted.
pub const SHOWN: usize = 6;

#[derive(Clone, Debug, PartialEq)]
pub struct ProgressView {
    pub rows: Vec<ProgressRow>,
    /// "and 12 earlier shifts", when there are more than are listed.
    pub earlier: Option<String>,
    /// "Most often broken: T9 Document every call (in 3 shifts)", one line per rule.
    pub often_broken: Vec<String>,
    /// Files that could not be read, said once.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProgressRow {
    pub day: String,
    pub when: String,
    pub score: String,
    pub passed: bool,
    /// "taken again from a moment", for a rewound attempt, kept apart from whole days.
    pub rewound: bool,
}

impl ProgressView {
    /// The view of `progress` at `now` (seconds since 1970), in `lang`.
    pub fn of(progress: &Progress, now: u64, lang: Lang) -> ProgressView {
        let rows = progress
            .shifts
            .iter()
            .take(SHOWN)
            .map(|shift| ProgressRow {
                day: shift.day.clone(),
                when: shift.finished.map_or_else(|| text(lang, "progress-unfinished", &[]), |t| when(t, now, lang)),
                score: crate::i18n::decimal(shift.total, lang),
                passed: shift.passed,
                rewound: shift.rewound,
            })
            .collect();
        let earlier = progress.shifts.len().saturating_sub(SHOWN) + progress.not_read;
        ProgressView {
            rows,
            earlier: (earlier > 0).then(|| text(lang, "progress-earlier", &[("count", earlier.into())])),
            often_broken: progress
                .often_broken
                .iter()
                .map(|o| {
                    // The results file keeps the rulebook's English title; another language names
                    // the rule in its own words (the general reading: shifts of many clinics).
                    let title = match rule(&o.rule) {
                        Some(known) if lang != Lang::En => known.text(lang, Reading::General).title.as_str(),
                        _ => o.title.as_str(),
                    };
                    text(
                        lang,
                        "progress-often-broken",
                        &[("rule", o.rule.as_str().into()), ("title", title.into()), ("count", o.shifts.into())],
                    )
                })
                .collect(),
            note: (progress.unreadable > 0)
                .then(|| text(lang, "progress-unreadable", &[("count", progress.unreadable.into())])),
        }
    }
}

/// When a shift finished, in words and in `lang`: "today at 14:05", "yesterday at 09:30", "3 days
/// ago", or its date (as `when_in_words` says it, which the language does not change).
fn when(finished: u64, now: u64, lang: Lang) -> String {
    const DAY: u64 = 86_400;
    let (hour, minute) = (finished % DAY / 3600, finished % 3600 / 60);
    let (clock, minute) = (format!("{hour:02}:{minute:02}"), format!("{minute:02}"));
    // English says the clock as "14:05"; French as "14 h 05".
    let at: [(&str, FluentValue<'_>); 3] =
        [("clock", clock.as_str().into()), ("hour", hour.into()), ("minute", minute.as_str().into())];
    match (now / DAY).checked_sub(finished / DAY) {
        Some(0) => text(lang, "progress-today-at", &at),
        Some(1) => text(lang, "progress-yesterday-at", &at),
        Some(days @ 2..=6) => text(lang, "progress-days-ago", &[("days", days.into())]),
        _ => when_in_words(finished, now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practicum::progress::{OftenBroken, PastShift};

    #[test]
    fn shifts_beyond_the_list_are_counted_and_broken_rules_named_with_their_title() {
        let shift = |total: f32, rewound: bool| PastShift {
            day: "Tutorial".into(),
            finished: Some(1_796_000_000),
            total,
            passed: total >= 70.0,
            rewound,
        };
        let progress = Progress {
            shifts: (0..SHOWN + 2).map(|i| shift(60.0 + i as f32, i == 0)).collect(),
            often_broken: vec![OftenBroken { rule: "T9".into(), title: "Document every call".into(), shifts: 1 }],
            unreadable: 1,
            not_read: 0,
        };
        let view = ProgressView::of(&progress, 1_796_000_100, Lang::En);
        assert_eq!(view.rows.len(), SHOWN);
        assert!(view.rows[0].rewound && !view.rows[0].passed && view.rows[0].when.starts_with("today at"));
        assert_eq!(view.earlier.as_deref(), Some("and 2 shifts before these"));
        assert_eq!(view.often_broken, ["T9 Document every call (in 1 shift)"]);
        assert_eq!(view.note.as_deref(), Some("1 file in the results folder could not be read"));
        assert_eq!(ProgressView::of(&Progress::default(), 0, Lang::En).rows, []);
    }
}

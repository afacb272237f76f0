//! "My progress" on the title screen: the learner's past practice shifts, newest first, and the
//! rules they break most often, in words.

use crate::practicum::progress::{Progress, when_in_words};

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
    pub fn of(progress: &Progress, now: u64) -> ProgressView {
        let rows = progress
            .shifts
            .iter()
            .take(SHOWN)
            .map(|shift| ProgressRow {
                day: shift.day.clone(),
                when: shift.finished.map_or_else(|| "unfinished".to_owned(), |t| when_in_words(t, now)),
                score: format!("{:.1}", shift.total),
                passed: shift.passed,
                rewound: shift.rewound,
            })
            .collect();
        let earlier = progress.shifts.len().saturating_sub(SHOWN) + progress.not_read;
        let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
        ProgressView {
            rows,
            earlier: (earlier > 0).then(|| format!("and {} before these", plural(earlier, "shift", "shifts"))),
            often_broken: progress
                .often_broken
                .iter()
                .map(|o| format!("{} {} (in {})", o.rule, o.title, plural(o.shifts, "shift", "shifts")))
                .collect(),
            note: (progress.unreadable > 0).then(|| {
                format!("{} in the results folder could not be read", plural(progress.unreadable, "file", "files"))
            }),
        }
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
        let view = ProgressView::of(&progress, 1_796_000_100);
        assert_eq!(view.rows.len(), SHOWN);
        assert!(view.rows[0].rewound && !view.rows[0].passed && view.rows[0].when.starts_with("today at"));
        assert_eq!(view.earlier.as_deref(), Some("and 2 shifts before these"));
        assert_eq!(view.often_broken, ["T9 Document every call (in 1 shift)"]);
        assert_eq!(view.note.as_deref(), Some("1 file in the results folder could not be read"));
        assert_eq!(ProgressView::of(&Progress::default(), 0).rows, []);
    }
}

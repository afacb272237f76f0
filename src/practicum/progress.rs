//! A learner's progress: the practice shifts they have played, read back from the results files the
//! game keeps, newest first, with the rules they break most often. The files are the learner's own,
//! but they are still files: each is read capped and parsed like any results file, and one that is
//! not readable is counted, never shown raw.

use std::path::Path;

use super::results::{ResultsFile, parse_iso8601};
use crate::rules::rule;

/// How many results files are read at most: the newest, so the title screen opens at once however
/// long a learner has been practising.
pub const MAX_READ: usize = 60;

/// One practice shift as the title screen lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PastShift {
    pub day: String,
    /// When it finished, as seconds since 1970 (UTC), when the file says.
    pub finished: Option<u64>,
    pub total: f32,
    pub passed: bool,
    /// Taken again from a moment of an earlier shift ("Try this moment again").
    pub rewound: bool,
}

/// A rule the learner broke, over all the shifts read.
#[derive(Clone, Debug, PartialEq)]
pub struct OftenBroken {
    pub rule: String,
    pub title: String,
    /// In how many of the shifts it was broken at least once.
    pub shifts: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// Newest first.
    pub shifts: Vec<PastShift>,
    /// The rules broken in the most shifts, most first (at most three).
    pub often_broken: Vec<OftenBroken>,
    /// Files in the folder that are not readable results (damaged, foreign, too big).
    pub unreadable: usize,
    /// Older files not read (beyond `MAX_READ`).
    pub not_read: usize,
}

impl Progress {
    /// The practice shifts kept in `folder` (the data folder's `results/`). A folder that does not
    /// exist yet is no progress, not an error.
    pub fn of_folder(folder: &Path) -> Progress {
        let Ok(entries) = std::fs::read_dir(folder) else { return Progress::default() };
        let mut files: Vec<(std::time::SystemTime, std::path::PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        let not_read = files.len().saturating_sub(MAX_READ);
        let mut results = Vec::new();
        let mut unreadable = 0;
        for (_, path) in files.into_iter().take(MAX_READ) {
            let read = crate::storage::read_capped_text(&path, crate::storage::FileKind::Results)
                .ok()
                .and_then(|text| ResultsFile::parse(&path.display().to_string(), &text).ok());
            match read {
                Some(file) => results.push(file),
                None => unreadable += 1,
            }
        }
        let mut progress = Progress::of_results(&results);
        progress.unreadable = unreadable;
        progress.not_read = not_read;
        progress
    }

    /// The practice shifts among `results` (exams are the grader's business), newest first.
    pub fn of_results(results: &[ResultsFile]) -> Progress {
        let practice: Vec<&ResultsFile> = results.iter().filter(|r| r.mode == "practice").collect();
        let mut shifts: Vec<PastShift> = practice
            .iter()
            .map(|r| PastShift {
                day: r.scenario.title.clone(),
                finished: r.finished.as_deref().and_then(parse_iso8601),
                total: r.scorecard.total,
                passed: r.scorecard.passed,
                rewound: r.rewound_to.is_some(),
            })
            .collect();
        shifts.sort_by_key(|s| std::cmp::Reverse(s.finished));
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for file in &practice {
            let mut rules: Vec<&str> =
                file.scorecard.judgments.iter().filter(|j| !j.kept).map(|j| j.rule.as_ref()).collect();
            rules.sort_unstable();
            rules.dedup();
            for rule_id in rules {
                *counts.entry(rule_id).or_default() += 1;
            }
        }
        let mut often: Vec<(&str, usize)> = counts.into_iter().collect();
        // Most shifts first; the rulebook's order (by id) among equals, so the list is stable.
        often.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let often_broken = often
            .into_iter()
            // A rule the rulebook does not know came from an edited file: it is not shown.
            .filter_map(|(id, shifts)| {
                let known = rule(id)?;
                Some(OftenBroken { rule: known.id.to_string(), title: known.title().to_string(), shifts })
            })
            .take(3)
            .collect();
        Progress { shifts, often_broken, unreadable: 0, not_read: 0 }
    }
}

/// When a shift finished, in words relative to `now` (both seconds since 1970, UTC): "today at
/// 14:05", "yesterday at 09:30", "3 days ago", or the date.
pub fn when_in_words(finished: u64, now: u64) -> String {
    const DAY: u64 = 86_400;
    let (day, today) = (finished / DAY, now / DAY);
    let clock = format!("{:02}:{:02}", finished % DAY / 3600, finished % 3600 / 60);
    match today.checked_sub(day) {
        Some(0) => format!("today at {clock}"),
        Some(1) => format!("yesterday at {clock}"),
        Some(n @ 2..=6) => format!("{n} days ago"),
        _ => super::results::iso8601(finished).chars().take(10).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_796_000_000; // 2026-11-30, a Monday, around 01:33 UTC

    #[test]
    fn a_finishing_time_is_said_relative_to_today() {
        assert_eq!(
            when_in_words(NOW - 60, NOW),
            format!("today at {}", &super::super::results::iso8601(NOW - 60)[11..16])
        );
        let yesterday = NOW - 86_400;
        assert!(when_in_words(yesterday, NOW).starts_with("yesterday at "));
        assert_eq!(when_in_words(NOW - 3 * 86_400, NOW), "3 days ago");
        assert_eq!(when_in_words(NOW - 30 * 86_400, NOW), super::super::results::iso8601(NOW - 30 * 86_400)[..10]);
        // A clock set back (a file from "the future") is still a date, not a panic.
        assert_eq!(when_in_words(NOW + 5 * 86_400, NOW).len(), 10);
    }

    #[test]
    fn a_missing_folder_is_no_progress_and_damaged_files_are_counted_not_shown() {
        let dir = std::env::temp_dir().join(format!("clinic-day-progress-{}", std::process::id()));
        assert_eq!(Progress::of_folder(&dir.join("nowhere")), Progress::default());
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        std::fs::write(dir.join("broken.json"), "{\"format\": \"clinic-day results\", ").expect("written");
        std::fs::write(dir.join("notes.txt"), "not a results file at all").expect("written");
        let progress = Progress::of_folder(&dir);
        assert_eq!((progress.shifts.len(), progress.unreadable), (0, 1), "{progress:?}");
        std::fs::remove_dir_all(&dir).expect("cleaned up");
    }
}

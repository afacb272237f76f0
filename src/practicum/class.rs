//! A class's attempts, sorted out once each file has been graded on its own: the same attempt handed
//! in twice is reported once; two learners with the same attempt (the same id, or the same decisions
//! at the same simulated times) are flagged as copies of each other; a learner missing from the
//! roster is flagged; attempts beyond what the sheet allows are flagged; and of each learner's
//! graded attempts one is counted for the gradebook (the first, the last or the highest).

use std::collections::{BTreeMap, BTreeSet};

use super::exam::{Attempts, Counts};
use super::grade::{Flag, Graded};
use super::identity::learner_id_problem;
use super::results::parse_iso8601;
use crate::rules::words::Words;
use crate::scenario::diagnostic::{Diagnostic, FileReport};

/// Two attempts whose actions agree on this share (each at the same simulated time) are the same
/// shift: honest learners on the same day meet the same events, but not with the same decisions at
/// the same seconds, action after action.
pub const COPY_SHARE: f64 = 0.9;
/// Fewer actions than this prove nothing either way (an empty shift looks like every other).
pub const COPY_MIN_ACTIONS: usize = 10;

/// The class list: learner ids, and a name for each when the roster gives one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Roster {
    pub learners: BTreeMap<String, Option<String>>,
}

impl Roster {
    /// Reads a roster: one learner per line, `id` or `id,name` (a CSV export from the learning
    /// platform works once its header line is a `#` comment or removed); blank lines and lines
    /// starting with `#` are skipped. Every bad line is a located error.
    pub fn parse(name: &str, text: &str) -> Result<Roster, FileReport> {
        let mut report = FileReport::new(name);
        report.text = Some(text.to_owned());
        let mut learners = BTreeMap::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let (id, person) = match line.split_once(',') {
                Some((id, person)) => (id.trim(), Some(person.trim().to_owned()).filter(|p| !p.is_empty())),
                None => (line.trim(), None),
            };
            if let Some(why) = learner_id_problem(id) {
                report.diagnostics.push(
                    Diagnostic::error("roster", Words::msg("roster-not-a-learner-id").arg("why", why))
                        .at(start..start + line.len(), Words::msg("roster-not-a-learner-id-label"))
                        .with_help(Words::msg("roster-not-a-learner-id-help")),
                );
                continue;
            }
            if learners.insert(id.to_owned(), person).is_some() {
                report.diagnostics.push(
                    Diagnostic::error("roster", Words::msg("roster-twice").arg("id", id))
                        .at(start..start + line.len(), Words::msg("roster-twice-label")),
                );
            }
        }
        if report.diagnostics.is_empty() { Ok(Roster { learners }) } else { Err(report) }
    }

    pub fn contains(&self, learner: &str) -> bool {
        self.learners.contains_key(learner)
    }
}

/// What the class is held to beyond each file on its own.
#[derive(Clone, Debug, Default)]
pub struct ClassRules {
    /// The sheet's attempts; without a sheet, every attempt is graded and the highest counts.
    pub attempts: Option<Attempts>,
    pub roster: Option<Roster>,
}

/// How many entries two sorted fingerprints share (as multisets).
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Flags what the class rules find and marks each learner's counted attempt. Only files that were
/// graded are looked at; the order of `graded` (the order the files were given) breaks ties.
pub fn sort_out(graded: &mut [Graded], rules: &ClassRules) {
    let ok = |g: &Graded| g.outcome.is_ok() && g.results.is_some();
    // The same attempt id twice: the same learner handed it in twice, or another learner took it.
    let mut first_of: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..graded.len() {
        let Some(results) = graded[i].results.as_ref().filter(|_| ok(&graded[i])) else { continue };
        let (attempt, learner) = (results.attempt.clone(), results.learner.clone());
        match first_of.get(&attempt) {
            None => {
                first_of.insert(attempt, i);
            }
            Some(&first) => {
                let first_learner = graded[first].learner().unwrap_or_default().to_owned();
                if first_learner == learner {
                    let of = super::identity::printable(&graded[first].path.display().to_string(), 200);
                    graded[i].outcome = Err(Flag::Duplicate { of });
                } else {
                    let how = Words::msg("copied-same-attempt-id");
                    graded[i].outcome = Err(Flag::Copied { with: first_learner, how: how.clone() });
                    if graded[first].outcome.is_ok() {
                        graded[first].outcome = Err(Flag::Copied { with: learner, how });
                    }
                }
            }
        }
    }
    // Nearly the same decisions at the same moments, from two learners.
    let candidates: Vec<usize> =
        (0..graded.len()).filter(|&i| ok(&graded[i]) && graded[i].fingerprint.len() >= COPY_MIN_ACTIONS).collect();
    let mut copies: Vec<(usize, usize, usize)> = Vec::new();
    for (n, &a) in candidates.iter().enumerate() {
        for &b in &candidates[n + 1..] {
            let (fa, fb) = (&graded[a].fingerprint, &graded[b].fingerprint);
            let longer = fa.len().max(fb.len());
            if (fa.len().min(fb.len()) as f64) < COPY_SHARE * longer as f64
                || graded[a].learner() == graded[b].learner()
            {
                continue;
            }
            let same = shared(fa, fb);
            if same as f64 >= COPY_SHARE * longer as f64 {
                copies.push((a, b, 100 * same / longer.max(1)));
            }
        }
    }
    for (a, b, percent) in copies {
        let how = Words::msg("copied-same-decisions").arg("percent", percent);
        let (la, lb) =
            (graded[a].learner().unwrap_or_default().to_owned(), graded[b].learner().unwrap_or_default().to_owned());
        graded[a].outcome = Err(Flag::Copied { with: lb, how: how.clone() });
        graded[b].outcome = Err(Flag::Copied { with: la, how });
    }
    if let Some(roster) = &rules.roster {
        for g in graded.iter_mut().filter(|g| ok(g)) {
            if !g.learner().is_some_and(|l| roster.contains(l)) {
                g.outcome = Err(Flag::NotOnRoster);
            }
        }
    }
    // Each learner's graded attempts, in the order they were started.
    let mut by_learner: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, g) in graded.iter().enumerate().filter(|(_, g)| ok(g)) {
        by_learner.entry(g.learner().unwrap_or_default().to_owned()).or_default().push(i);
    }
    let attempts = rules.attempts.unwrap_or(Attempts { allowed: u32::MAX, counts: Counts::Highest });
    let started =
        |g: &Graded| g.results.as_ref().and_then(|r| r.started.as_deref()).and_then(parse_iso8601).unwrap_or(u64::MAX);
    for indices in by_learner.values_mut() {
        indices.sort_by_key(|&i| (started(&graded[i]), i));
        let allowed = usize::try_from(attempts.allowed).unwrap_or(usize::MAX);
        for &i in indices.iter().skip(allowed) {
            graded[i].outcome = Err(Flag::ExtraAttempt { allowed: attempts.allowed });
        }
        let kept = &indices[..indices.len().min(allowed)];
        let total = |i: usize| graded[i].outcome.as_ref().map_or(f32::MIN, |c| c.total);
        let counted = match attempts.counts {
            Counts::First => kept.first().copied(),
            Counts::Last => kept.last().copied(),
            // The first of the best, so a tie goes to the earlier attempt.
            Counts::Highest => kept.iter().copied().rev().max_by(|&a, &b| total(a).total_cmp(&total(b))),
        };
        if let Some(i) = counted {
            graded[i].counted = true;
        }
    }
}

/// The roster's learners with no graded or flagged attempt among the files: absent, or handed in
/// nothing that could be read as theirs.
pub fn absent<'a>(roster: &'a Roster, graded: &[Graded]) -> Vec<&'a str> {
    let seen: BTreeSet<&str> = graded.iter().filter_map(Graded::learner).collect();
    roster.learners.keys().map(String::as_str).filter(|l| !seen.contains(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roster_reads_ids_and_names_and_points_at_bad_lines() {
        let roster = Roster::parse("class.csv", "# id,name\ns001,Ana Silva\n\ns002\n").expect("reads");
        assert!(roster.contains("s001") && roster.contains("s002") && !roster.contains("s003"));
        assert_eq!(roster.learners["s001"].as_deref(), Some("Ana Silva"));
        let bad = Roster::parse("class.csv", "s001\n=cmd()\ns001\n").expect_err("bad lines");
        assert_eq!(bad.diagnostics.len(), 2, "{}", bad.render(false));
    }

    #[test]
    fn shared_counts_common_entries_of_sorted_lists() {
        assert_eq!(shared(&[1, 2, 2, 5], &[2, 2, 3, 5, 9]), 3);
        assert_eq!(shared(&[], &[1]), 0);
    }
}

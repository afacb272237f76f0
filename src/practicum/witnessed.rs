//! What a witness store says of an attempt, and whether the results file handed in agrees with it.
//! The store's own `stored` clock times the attempt: when it began and ended, how long the learner
//! was away, and how fast the actions came. The learner's machine can say anything; the store
//! only what it received, when it received it.

use serde_json::Value;

use super::exam::{ExamSheet, PausePolicy};
use super::grade::{Flag, fingerprint};
use super::xapi::BASE;
use crate::rules::Words;
use crate::sim::Action;
use crate::sim::script::TimedAction;

/// An attempt as the store received it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoreRecord {
    /// Whose attempt the store received: the learner id the game sent it under.
    pub learner: Option<String>,
    /// When the store received the attempt's start and end (milliseconds since 1970).
    pub started: Option<u64>,
    pub finished: Option<u64>,
    /// Each action with when the store received it, and whether it was sent as it was taken
    /// (rather than later, from the queue, after the store had been out of reach).
    pub actions: Vec<Received>,
    /// Each time the learner came back to the attempt: how long they had been away, by the store.
    pub away: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub stored: u64,
    pub promptly: bool,
    pub action: TimedAction,
}

/// A statement counts as sent when it was taken if the store had it within this many milliseconds.
const PROMPT_MS: u64 = 5_000;
/// No one takes this many actions …
const BURST_ACTIONS: usize = 20;
/// … within this many milliseconds, each sent as it was taken.
const BURST_MS: u64 = 10_000;
/// A pause's end reaches the store this late at most, sent as it was taken.
const PAUSE_GRACE_MS: u64 = 30_000;
/// A restart after a crash takes a minute or two: time away up to this is not counted.
const RESTART_GRACE_MS: u64 = 120_000;

/// Milliseconds since 1970 from an xAPI timestamp as stores write them
/// (`2026-12-06T05:40:12.123456+00:00`, `…Z`); `None` for anything else.
pub fn millis(text: &str) -> Option<u64> {
    let whole = text.get(..19)?;
    let secs = super::results::parse_iso8601(&format!("{whole}Z"))?;
    let rest = text.get(19..)?;
    let (fraction, zone) = match rest.strip_prefix('.') {
        Some(r) => r.split_at(r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len())),
        None => ("", rest),
    };
    let ms: u64 = format!("{fraction:0<3}").get(..3)?.parse().ok()?;
    let offset: i64 = match zone {
        "Z" | "" | "+00:00" | "-00:00" => 0,
        _ => {
            let sign = match zone.get(..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(4..6)?.parse().ok()?;
            (zone.len() == 6 && zone.get(3..4) == Some(":")).then_some(())?;
            sign * (hours * 3600 + minutes * 60)
        }
    };
    let utc = i64::try_from(secs).ok()? - offset;
    u64::try_from(utc).ok().map(|s| s * 1000 + ms)
}

/// Reads an attempt's statements (as the store returned them, in any order) back into a record.
/// Statements that are not the game's, or not readable, are passed over; the same statement twice
/// counts once.
pub fn read_back(statements: &[Value]) -> StoreRecord {
    let ext = |s: &Value, name: &str| s["context"]["extensions"][format!("{BASE}/xapi/{name}")].clone();
    let mut moments: Vec<(u64, u64, Option<u64>, &str, &Value)> = statements
        .iter()
        .filter_map(|s| {
            let n = ext(s, "moment").as_u64()?;
            let stored = millis(s["stored"].as_str()?)?;
            let sent = s["timestamp"].as_str().and_then(millis);
            let verb = s["verb"]["id"].as_str()?.rsplit('/').next()?;
            Some((n, stored, sent, verb, s))
        })
        .collect();
    moments.sort_by_key(|m| m.0);
    moments.dedup_by_key(|m| m.0);
    let mut record = StoreRecord::default();
    let mut last_stored: Option<u64> = None;
    for (_, stored, sent, verb, statement) in moments {
        if record.learner.is_none() {
            record.learner = statement["actor"]["account"]["name"].as_str().map(str::to_owned);
        }
        match verb {
            "initialized" => record.started = record.started.or(Some(stored)),
            "terminated" => record.finished = Some(stored),
            "resumed" => record.away.push(last_stored.map_or(0, |last| stored.saturating_sub(last))),
            "interacted" => {
                let at = ext(statement, "sim-time").as_str().and_then(|t| t.parse().ok());
                let action = serde_json::from_value(ext(statement, "action")).ok();
                if let (Some(at), Some(action)) = (at, action) {
                    let promptly = sent.is_some_and(|sent| stored.saturating_sub(sent) <= PROMPT_MS);
                    record.actions.push(Received { stored, promptly, action: TimedAction { at, action } });
                }
            }
            _ => {}
        }
        last_stored = Some(stored);
    }
    record
}

/// Whether a results file's actions (as `fingerprint`s) agree with the store's record of the
/// attempt, and the attempt kept the sheet's window and pauses by the store's clock.
pub fn check(record: &StoreRecord, learner: &str, claimed: &[u64], sheet: &ExamSheet) -> Result<(), Flag> {
    let flag = |why: Words| Err(Flag::NotWitnessed(why));
    let Some(started) = record.started else {
        return flag(Words::msg("flag-witness-no-start"));
    };
    if let Some(theirs) = record.learner.as_deref().filter(|theirs| *theirs != learner) {
        return flag(
            Words::msg("flag-witness-other-learner")
                .arg("theirs", super::identity::printable(theirs, 64))
                .arg("learner", super::identity::printable(learner, 64)),
        );
    }
    let received: Vec<TimedAction> = record.actions.iter().map(|r| r.action.clone()).collect();
    if fingerprint(&received) != claimed {
        return flag(
            Words::msg("flag-witness-other-actions").arg("claimed", claimed.len()).arg("received", received.len()),
        );
    }
    let when = |ms: u64| super::results::iso8601(ms / 1000);
    // Minutes by the store's clock, as a message counts them.
    let in_minutes = |ms: u64| i64::try_from(ms / 60_000).unwrap_or(i64::MAX);
    if let Some(opens) = sheet.opens.as_deref().and_then(super::results::parse_iso8601)
        && started < opens * 1000
    {
        return flag(Words::msg("flag-witness-early").arg("at", when(started)).arg("opens", when(opens * 1000)));
    }
    if let Some(closes) = sheet.closes.as_deref().and_then(super::results::parse_iso8601) {
        match record.finished {
            None => {
                return flag(Words::msg("flag-witness-never-finished").arg("closes", when(closes * 1000)));
            }
            Some(finished) if finished > closes * 1000 => {
                return flag(
                    Words::msg("flag-witness-late").arg("at", when(finished)).arg("closes", when(closes * 1000)),
                );
            }
            _ => {}
        }
    }
    let allowed_ms = match sheet.pause {
        PausePolicy::NoPause => Some(0),
        PausePolicy::Limited { minutes, .. } => Some(u64::from(minutes) * 60_000),
        PausePolicy::Unlimited => None,
    };
    if let Some(allowed) = allowed_ms
        && let Some(longest) = record.away.iter().copied().filter(|&away| away > allowed + RESTART_GRACE_MS).max()
    {
        let allows = match sheet.pause {
            PausePolicy::Limited { minutes, .. } => Words::msg("flag-witness-allows-pauses-of").arg("minutes", minutes),
            _ => Words::msg("flag-witness-allows-no-pause"),
        };
        return flag(Words::msg("flag-witness-away").arg("minutes", in_minutes(longest)).arg("allows", allows));
    }
    if let PausePolicy::Limited { minutes: allowed_minutes, .. } = sheet.pause {
        // Each pause from the learner's Pause to the Resume that ended it (theirs, or the game's
        // when the sheet's minutes ran out), both sent as they were taken.
        let allowed = u64::from(allowed_minutes) * 60_000 + PAUSE_GRACE_MS;
        let mut paused: Option<&Received> = None;
        for received in &record.actions {
            match received.action.action {
                Action::Pause => paused = Some(received),
                Action::Resume => {
                    if let Some(pause) = paused.take().filter(|p| p.promptly && received.promptly)
                        && received.stored.saturating_sub(pause.stored) > allowed
                    {
                        return flag(
                            Words::msg("flag-witness-long-pause")
                                .arg("minutes", in_minutes(received.stored.saturating_sub(pause.stored)))
                                .arg("from", when(pause.stored))
                                .arg("allowed", allowed_minutes),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    let prompt: Vec<u64> = record.actions.iter().filter(|r| r.promptly).map(|r| r.stored).collect();
    if let Some(burst) = prompt.windows(BURST_ACTIONS).find(|w| w[BURST_ACTIONS - 1].saturating_sub(w[0]) < BURST_MS) {
        return flag(
            Words::msg("flag-witness-burst")
                .arg("count", BURST_ACTIONS)
                .arg("seconds", format!("{:.2}", burst[BURST_ACTIONS - 1].saturating_sub(burst[0]) as f64 / 1000.0))
                .arg("from", when(burst[0])),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_times_are_read_with_their_fraction_and_zone() {
        assert_eq!(millis("1970-01-01T00:00:01.5Z"), Some(1_500));
        assert_eq!(millis("1970-01-01T01:00:00.123456+01:00"), Some(123));
        assert_eq!(millis("1970-01-01T00:00:00-00:30"), Some(1_800_000));
        assert_eq!(
            millis("2026-12-06T05:40:12Z"),
            super::super::results::parse_iso8601("2026-12-06T05:40:12Z").map(|s| s * 1000)
        );
        for bad in ["", "yesterday", "2026-12-06T05:40:12.1x", "2026-12-06T05:40:12+5", "2026-12-06T05:40:1é"] {
            assert_eq!(millis(bad), None, "{bad}");
        }
    }

    fn sheet(extra: &str) -> ExamSheet {
        let text = format!(r#"(exam_sheet: 1, title: "Quiz", scenario: "builtin:tutorial.ron", seed: 7, {extra})"#);
        crate::scenario::ron_options().from_str(&text).expect("a sheet")
    }

    fn acted(n: u32, stored: u64) -> Received {
        let at = crate::sim::SimTime::from_seconds(32_400 + 60 * n);
        Received { stored, promptly: true, action: TimedAction { at, action: crate::sim::Action::SkipToNextEvent } }
    }

    /// An attempt the store saw start at 09:00 UTC on 7 December 2026, with `n` actions a minute
    /// apart and its end ten minutes after the last.
    fn record(n: u32) -> StoreRecord {
        let start = 1_796_634_000_000; // 2026-12-07T09:00:00Z
        let actions: Vec<Received> = (1..=n).map(|i| acted(i, start + u64::from(i) * 60_000)).collect();
        let finished = Some(start + u64::from(n + 10) * 60_000);
        StoreRecord { learner: Some("s001".into()), started: Some(start), finished, actions, away: Vec::new() }
    }

    fn claimed(record: &StoreRecord) -> Vec<u64> {
        fingerprint(&record.actions.iter().map(|r| r.action.clone()).collect::<Vec<_>>())
    }

    fn why(result: Result<(), Flag>) -> String {
        match result {
            Err(Flag::NotWitnessed(why)) => why.to_string(),
            other => panic!("expected a witness flag, got {other:?}"),
        }
    }

    #[test]
    fn an_attempt_as_the_store_saw_it_passes_and_each_departure_is_named() {
        let honest = record(5);
        assert_eq!(check(&honest, "s001", &claimed(&honest), &sheet("pause: Unlimited")), Ok(()));
        assert!(why(check(&StoreRecord::default(), "s001", &[], &sheet(""))).contains("no record"));
        assert!(why(check(&honest, "s001", &claimed(&record(4)), &sheet(""))).contains("4 actions are not the 5"));
        let theirs = why(check(&honest, "s002", &claimed(&honest), &sheet("")));
        assert!(theirs.contains("received this attempt from s001, not from s002"), "{theirs}");
        let window = |opens: &str, closes: &str| sheet(&format!(r#"opens: "{opens}", closes: "{closes}""#));
        assert_eq!(
            check(&honest, "s001", &claimed(&honest), &window("2026-12-07T08:00:00Z", "2026-12-07T12:00:00Z")),
            Ok(())
        );
        let early =
            why(check(&honest, "s001", &claimed(&honest), &window("2026-12-07T09:30:00Z", "2026-12-07T12:00:00Z")));
        assert!(early.contains("before the exam opened at 2026-12-07T09:30:00Z"), "{early}");
        let late =
            why(check(&honest, "s001", &claimed(&honest), &window("2026-12-07T08:00:00Z", "2026-12-07T09:10:00Z")));
        assert!(late.contains("after the exam closed"), "{late}");
        let unfinished = StoreRecord { finished: None, ..honest.clone() };
        let never =
            why(check(&unfinished, "s001", &claimed(&honest), &window("2026-12-07T08:00:00Z", "2026-12-07T12:00:00Z")));
        assert!(never.contains("never heard this attempt finish"), "{never}");
    }

    #[test]
    fn time_away_counts_by_the_store_s_clock_beyond_a_restart() {
        let mut away = record(5);
        // Two minutes is a restart after a crash; a quarter of an hour is a break.
        away.away = vec![110_000];
        assert_eq!(check(&away, "s001", &claimed(&away), &sheet("pause: NoPause")), Ok(()));
        away.away.push(15 * 60_000);
        let broke = why(check(&away, "s001", &claimed(&away), &sheet("pause: Limited(times: 2, minutes: 3)")));
        assert!(
            broke.contains("away from the attempt for 15 minutes") && broke.contains("3 minutes at most"),
            "{broke}"
        );
        assert_eq!(check(&away, "s001", &claimed(&away), &sheet("pause: Unlimited")), Ok(()));
    }

    #[test]
    fn a_pause_is_timed_from_the_learner_s_pause_to_its_resume_by_the_store() {
        let mut paused = record(4);
        paused.actions[1].action.action = Action::Pause;
        paused.actions[2].action.action = Action::Resume;
        let start = paused.started.unwrap_or_default();
        // Two minutes between them: within a three-minute pause.
        paused.actions[2].stored = start + 4 * 60_000;
        assert_eq!(check(&paused, "s001", &claimed(&paused), &sheet("pause: Limited(times: 2, minutes: 3)")), Ok(()));
        // Twelve minutes: the game's own clock was stopped for the learner's.
        paused.actions[2].stored = start + 14 * 60_000;
        paused.actions[3].stored = start + 15 * 60_000;
        paused.finished = Some(start + 20 * 60_000);
        let long = why(check(&paused, "s001", &claimed(&paused), &sheet("pause: Limited(times: 2, minutes: 3)")));
        assert!(long.contains("a pause of 12 minutes") && long.contains("allows 3"), "{long}");
        assert_eq!(check(&paused, "s001", &claimed(&paused), &sheet("pause: Unlimited")), Ok(()));
    }

    #[test]
    fn a_burst_of_actions_is_flagged_unless_it_was_a_backlog_sent_late() {
        let mut burst = record(0);
        let start = burst.started.unwrap_or_default();
        burst.actions = (1..=25).map(|i| acted(i, start + u64::from(i) * 200)).collect();
        assert!(why(check(&burst, "s001", &claimed(&burst), &sheet(""))).contains("faster than anyone plays"));
        // The same arrivals, queued while the store was out of reach and sent together: the store's
        // clock says nothing of the pace then.
        for r in &mut burst.actions {
            r.promptly = false;
        }
        assert_eq!(check(&burst, "s001", &claimed(&burst), &sheet("")), Ok(()));
    }

    #[test]
    fn statements_are_read_back_in_their_own_order_once_each() {
        let header = crate::practicum::live::LiveHeader::new(
            "s001",
            "exam",
            crate::practicum::stamp::ScenarioStamp { id: "t".into(), title: "T".into(), sha256: "0".into() },
            "builtin:tutorial.ron",
            7,
            "2026-12-07T09:00:00Z".into(),
        );
        let timed = TimedAction { at: "09:05".parse().expect("time"), action: crate::sim::Action::Pause };
        let stored = |mut s: Value, at: &str| {
            s["stored"] = Value::from(at);
            s["timestamp"] = Value::from(at);
            s
        };
        use super::super::witness::{Moment, statement};
        let statements = vec![
            stored(statement(&header, "h", 1, Moment::Acted(&timed)), "2026-12-07T09:01:00Z"),
            stored(statement(&header, "h", 3, Moment::Resumed), "2026-12-07T09:30:00Z"),
            stored(statement(&header, "h", 0, Moment::Started), "2026-12-07T09:00:00Z"),
            stored(statement(&header, "h", 2, Moment::Suspended), "2026-12-07T09:02:00Z"),
            stored(statement(&header, "h", 1, Moment::Acted(&timed)), "2026-12-07T09:01:00Z"),
            stored(statement(&header, "h", 4, Moment::Finished), "2026-12-07T09:40:00Z"),
        ];
        let record = read_back(&statements);
        assert_eq!(record.learner.as_deref(), Some("s001"));
        assert_eq!(record.actions.len(), 1, "a statement sent twice counts once");
        assert_eq!(record.actions[0].action, timed);
        assert_eq!(record.away, vec![28 * 60_000], "from the suspension to the return");
        assert_eq!(record.started.zip(record.finished).map(|(s, f)| f - s), Some(40 * 60_000));
    }
}

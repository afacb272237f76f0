//! Keeping the learner's work: while a shift is played every action goes to a live journal on the
//! disk (synced before it takes effect, see `practicum::live`); when the office closes the results
//! file is written and the journal let go; and a shift cut short by a crash or a power cut is offered
//! back on the title screen, put back exactly where it was by replaying its actions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use super::session::{Session, Source};
use super::state::{Finished, Screen};
use crate::i18n::text;
use crate::practicum::live::{self, LiveHeader, LiveJournal, Recovered};
use crate::practicum::record::{LiveRecord, Witness, queue_path};
use crate::practicum::results::{ResultsFile, ShiftRecord, now_iso8601};
use crate::practicum::stamp::ScenarioStamp;
use crate::practicum::witness::Moment;
use crate::rules::words::Words;
use crate::scenario::BUILTIN;
use crate::shift::Shift;
use crate::shift::plugin::{ActionLog, SimDay, WriteAhead};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, send_witness_leftovers)
        .add_systems(OnEnter(Screen::Debrief), keep_results)
        .add_systems(OnEnter(Screen::Title), drop_abandoned);
}

/// What witnessed exams left unsent when the game last closed goes now, on a thread of its own.
fn send_witness_leftovers() {
    let spawned = std::thread::Builder::new().name("witness leftovers".into()).spawn(|| {
        for trouble in crate::practicum::record::send_leftovers(&shifts_dir()) {
            warn!("a witnessed exam's statements are still queued: {trouble}");
        }
    });
    if let Err(e) = spawned {
        warn!("cannot start sending queued exam statements: {e}");
    }
}

/// Where interrupted shifts wait to be resumed.
pub fn shifts_dir() -> PathBuf {
    crate::storage::data_dir().join("shifts")
}

fn stamp(session: &Session) -> ScenarioStamp {
    ScenarioStamp {
        id: session.scenario.id.clone(),
        title: session.scenario.title.clone(),
        sha256: session.sha256.clone(),
    }
}

fn source_text(source: &Source) -> String {
    match source {
        Source::Builtin(file) => format!("builtin:{file}"),
        Source::File(path) => path.display().to_string(),
    }
}

/// Starts a live journal for the shift that is beginning (replacing the record of any other).
pub fn start_record(world: &mut World) {
    let Some(session) = world.get_resource::<Session>().cloned() else { return };
    world.remove_resource::<WriteAhead>();
    if let Some(record) = new_record(&session) {
        world.insert_resource(WriteAhead::new(record));
    }
}

/// A live journal (and, for a witnessed exam, its witness) for a shift of `session`; `None` when it
/// cannot be kept: the shift goes on, with a warning.
fn new_record(session: &Session) -> Option<LiveRecord> {
    let started = now_iso8601();
    let mut header = LiveHeader::new(
        &session.learner,
        session.mode(),
        stamp(session),
        &source_text(&session.source),
        session.seed,
        started,
    );
    header.exam = session.exam.as_ref().map(|exam| exam.stamp());
    let path = shifts_dir().join(format!("{}.live", header.attempt));
    match LiveJournal::create(&path, &header) {
        Ok(journal) => {
            let mut record = LiveRecord::new(journal);
            if let Some(store) = session.exam.as_ref().and_then(|exam| exam.sheet.witness.as_ref()) {
                match Witness::start(&queue_path(&path), header.clone(), store.lrs()) {
                    Ok(witness) => {
                        record = record.witnessed_by(witness);
                        record.tell(Moment::Started);
                    }
                    Err(e) => warn!("cannot keep the witness queue beside {}: {e}", path.display()),
                }
            }
            Some(record)
        }
        // The shift goes on, but the learner is told their work is not being kept.
        Err(e) => {
            warn!("cannot keep the shift's journal at {}: {e}", path.display());
            None
        }
    }
}

/// "Try this moment again": the practice shift just finished, replayed with the learner's own
/// actions up to `to` (just before a moment of the day) and handed back paused, for the learner to
/// take that moment again. The new attempt has its own journal and its own results file, marked as
/// rewound, so the first attempt stays as it was. `Err` says why not (an exam is never rewound).
pub fn rewind(world: &mut World, to: crate::sim::clock::SimTime) -> Result<(), Words> {
    let mut session = world.get_resource::<Session>().cloned().ok_or_else(|| Words::msg("keeping-rewind-no-shift"))?;
    if session.exam.is_some() {
        return Err(Words::msg("keeping-rewind-exam"));
    }
    let finished = world.get_resource::<SimDay>().ok_or_else(|| Words::msg("keeping-rewind-gone"))?;
    session.rewound_to = Some(to);
    // The moment as it went this time, for the next debrief to set beside the new attempt's.
    session.first_try = world
        .get_resource::<super::state::Finished>()
        .and_then(|debrief| debrief.view.moments.iter().find(|m| m.rewind_to == Some(to)).cloned());
    let day = Shift::replayed_to(session.scenario.clone(), session.seed, &finished.0.journal.actions(), to);
    let mut record = new_record(&session);
    if let Some(record) = record.as_mut() {
        // The journal on the disk holds the replayed actions too: a crash puts the attempt back
        // where it was, and the results re-grade from the journal alone.
        for timed in day.journal.actions() {
            record.write_ahead(timed.at, &timed.action);
        }
    }
    world.insert_resource(session);
    world.insert_resource(Resumed { day: Some(day), record });
    Ok(())
}

/// The shift is over: the results file goes next to the others, and the live journal, no longer
/// needed, is let go (kept if the results could not be written, so nothing is lost).
fn keep_results(world: &mut World) {
    let Some(session) = world.get_resource::<Session>().cloned() else { return };
    let Some((journal, scorecard)) = world
        .get_resource::<SimDay>()
        .map(|day| (day.0.journal.actions(), super::state::finish(&day.0, crate::i18n::Lang::En).scorecard))
    else {
        return;
    };
    let live = world.remove_resource::<WriteAhead>().and_then(WriteAhead::into_inner::<LiveRecord>);
    let started = live.as_ref().and_then(|l| live::recover(l.journal.path()).ok()).map(|r| r.header.started);
    // The witness hears the attempt is over whatever becomes of the results file.
    let journal_left = live.map(LiveRecord::finish);
    let results = ResultsFile::of_shift(ShiftRecord {
        exam: session.exam.as_ref().map(|exam| exam.stamp()),
        learner: &session.learner,
        scenario: &session.scenario,
        scenario_sha256: session.sha256.clone(),
        seed: session.seed,
        mode: session.mode(),
        started,
        journal,
        scorecard,
    });
    // A moment taken again is kept apart from the first attempt: marked, and under its own name.
    let results = ResultsFile { rewound_to: session.rewound_to, ..results };
    let rewound = if results.rewound_to.is_some() { "-rewound" } else { "" };
    let name = format!(
        "{}-{}-{}{rewound}.json",
        results.scenario.id,
        results.learner,
        file_stamp(results.finished.as_deref())
    );
    let home = crate::storage::data_dir().join("results");
    // An exam's results go where the sheet says; if that folder cannot be written (a read-only
    // share), they go home instead, and the learner is told where.
    let wanted = session.exam.as_ref().map_or_else(|| home.clone(), |exam| exam.results_dir.clone());
    let json = results.to_json();
    let written = crate::storage::write_atomic(&wanted.join(&name), json.as_bytes())
        .map(|()| (wanted.join(&name), None))
        .or_else(|first| {
            if wanted == home {
                return Err(first);
            }
            let detour = Words::msg("keeping-folder-not-written")
                .arg("folder", wanted.display().to_string())
                .arg("why", first.to_string());
            crate::storage::write_atomic(&home.join(&name), json.as_bytes()).map(|()| (home.join(&name), Some(detour)))
        });
    let settings = world.get_resource::<super::session::Settings>().cloned().unwrap_or_default();
    let lang = session.lang(&settings);
    let said = match written {
        Ok((path, detour)) => {
            if let Some(journal) = journal_left
                && let Err(e) = journal.close()
            {
                warn!("cannot remove the finished shift's journal: {e}");
            }
            let path = path.display().to_string();
            match detour {
                None => text(lang, "results-saved", &[("path", path.into())]),
                Some(why) => {
                    let why = why.in_lang(lang).into_owned();
                    text(lang, "results-saved-elsewhere", &[("path", path.into()), ("why", why.into())])
                }
            }
        }
        Err(e) => {
            let args = [("error", e.to_string().into()), ("folder", shifts_dir().display().to_string().into())];
            text(lang, "results-not-saved", &args)
        }
    };
    if let Some(mut finished) = world.get_resource_mut::<Finished>() {
        finished.results = Some(said);
    }
}

/// `2026-11-23T08:00:00Z` as `20261123-080000`, for file names.
fn file_stamp(iso: Option<&str>) -> String {
    iso.unwrap_or("").chars().filter(char::is_ascii_digit).enumerate().fold(String::new(), |mut s, (i, c)| {
        if i == 8 {
            s.push('-');
        }
        s.push(c);
        s
    })
}

/// Quitting a practice shift to the title throws it away (the learner was asked): its journal goes
/// too. An exam shift is never thrown away: its journal stays, to be resumed from the title screen.
fn drop_abandoned(world: &mut World) {
    let exam = world.get_resource::<Session>().is_some_and(|s| s.exam.is_some());
    let Some(live) = world.remove_resource::<WriteAhead>().and_then(WriteAhead::into_inner::<LiveRecord>) else {
        return;
    };
    if exam {
        live.suspend();
    } else if let Err(e) = live.finish().close() {
        warn!("cannot remove an abandoned shift's journal: {e}");
    }
}

/// A shift left unfinished on the disk, as the title screen offers it.
#[derive(Clone, Debug)]
pub struct Interrupted {
    pub recovered: Recovered,
    /// "A day in the life…, 37 actions, the last at 10:42", put into words in the title screen's
    /// language.
    pub summary: Words,
}

/// Every interrupted shift in the data directory, newest first.
pub fn interrupted() -> Vec<Interrupted> {
    let Ok(entries) = std::fs::read_dir(shifts_dir()) else { return Vec::new() };
    let mut found: Vec<Interrupted> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "live"))
        .filter_map(|p| live::recover(&p).ok())
        .map(|recovered| {
            let last = recovered.actions.last().map_or_else(
                || Words::msg("keeping-summary-no-actions"),
                |a| Words::msg("keeping-summary-last-at").arg("time", a.at.to_string()),
            );
            let header = &recovered.header;
            let summary = match &header.exam {
                Some(exam) => {
                    Words::msg("keeping-summary-exam").arg("exam", &exam.title).arg("learner", &header.learner)
                }
                None => Words::msg("keeping-summary"),
            };
            let summary = summary
                .arg("title", &header.scenario.title)
                .arg("started", header.started.replace('T', " ").trim_end_matches('Z'))
                .arg("count", recovered.actions.len())
                .arg("last", last);
            Interrupted { recovered, summary }
        })
        .collect();
    found.sort_by(|a, b| b.recovered.header.started.cmp(&a.recovered.header.started));
    found
}

/// Puts an interrupted shift back: the scenario it was played on (the same text, by its hash), the
/// day replayed to where it stopped, paused, and its journal open to go on. `Err` says why not (a
/// file's diagnostics in the learner's own language, the title screen's).
pub fn resume(world: &mut World, shift: &Interrupted) -> Result<(), Words> {
    let header = &shift.recovered.header;
    let (text, source) = match header.source.strip_prefix("builtin:") {
        Some(file) => {
            let builtin = BUILTIN
                .iter()
                .find(|b| b.file == file)
                .ok_or_else(|| Words::msg("keeping-builtin-gone").arg("file", file))?;
            (builtin.text.as_bytes().to_vec(), Source::Builtin(builtin.file))
        }
        None => {
            let path = Path::new(&header.source);
            let bytes = crate::storage::read_capped(path, crate::storage::FileKind::Scenario).map_err(|e| {
                Words::msg("keeping-cannot-read").arg("path", path.display().to_string()).arg("why", e.words())
            })?;
            (bytes, Source::File(path.to_owned()))
        }
    };
    if crate::practicum::stamp::sha256_hex(&text) != header.scenario.sha256 {
        return Err(Words::msg("keeping-scenario-changed").arg("file", header.source.trim_start_matches("builtin:")));
    }
    let text = String::from_utf8(text).map_err(|_| Words::msg("keeping-not-utf8"))?;
    let learners = world.get_resource::<super::session::Settings>().map(|settings| settings.lang).unwrap_or_default();
    // The exam sheet first: the language it is sat in decides the language the day is read in.
    let exam = match &header.exam {
        Some(stamp) => {
            let exam = crate::practicum::exam::load_exam(Path::new(&stamp.sheet))
                .map_err(|r| Words::msg("keeping-sheet-unreadable").arg("report", r.render_in(false, learners)))?;
            if exam.sha256 != stamp.sha256 {
                return Err(Words::msg("keeping-sheet-changed").arg("sheet", &stamp.sheet));
            }
            Some(Arc::new(exam))
        }
        None => None,
    };
    let lang = exam.as_ref().and_then(|exam| exam.sheet.lang).unwrap_or(learners);
    // Diagnostics the project wrote, already in the learner's language: shown as they are.
    let loaded = crate::scenario::load_str_in(&header.source, &text, lang)
        .map_err(|r| Words::from(r.render_in(false, learners)))?;
    let mut session = Session::practice(Arc::new(loaded.scenario), source, header.seed, header.scenario.sha256.clone())
        .read_in(lang, loaded.fell_back);
    session.learner = header.learner.clone();
    session.exam = exam;
    let mut day = Shift::new(session.scenario.clone(), session.seed);
    day.replay(&shift.recovered.actions);
    let journal = LiveJournal::reopen(&shift.recovered)
        .map_err(|e| Words::msg("keeping-cannot-reopen-journal").arg("why", e.to_string()))?;
    let mut record = LiveRecord::new(journal);
    if let Some(store) = session.exam.as_ref().and_then(|exam| exam.sheet.witness.as_ref()) {
        let witness = Witness::start(&queue_path(&shift.recovered.path), header.clone(), store.lrs())
            .map_err(|e| Words::msg("keeping-cannot-reopen-witness").arg("why", e.to_string()))?;
        record = record.witnessed_by(witness);
        record.tell(Moment::Resumed);
    }
    match session.exam.as_ref().map(|exam| exam.sheet.pause) {
        // In an exam the time away counts as a pause, journaled as one, so that leaving and coming
        // back is no way round the sheet's limit: with none left, the clock runs on at once.
        Some(policy) => {
            use crate::sim::Action;
            // Interrupted during a pause: the time away has spent it.
            if day.paused {
                record.write_ahead(day.now, &Action::Resume);
                day.apply_recorded(Action::Resume);
            }
            if policy.allows_pause(crate::practicum::exam::pauses_taken(&day)).is_ok() {
                record.write_ahead(day.now, &Action::Pause);
                day.apply_recorded(Action::Pause);
            }
        }
        // In practice the shift comes back paused, for the learner to find their place.
        None => day.pause(),
    }
    world.insert_resource(session);
    world.insert_resource(Resumed { day: Some(day), record: Some(record) });
    Ok(())
}

/// A shift put back by `resume`, for the shift screen to take up instead of a new day.
#[derive(Resource)]
pub struct Resumed {
    pub day: Option<Shift>,
    pub record: Option<LiveRecord>,
}

/// Moves an interrupted shift's journal aside (the learner chose not to resume it); never deleted,
/// so an instructor can still look at it.
pub fn set_aside(shift: &Interrupted) -> std::io::Result<()> {
    let dir = shifts_dir().join("set-aside");
    std::fs::create_dir_all(&dir)?;
    let name = shift.recovered.path.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("shift.live"));
    std::fs::rename(&shift.recovered.path, dir.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practicum::exam::{load_exam, pauses_taken};

    /// An exam shift interrupted after one action, its journal on the disk as the game leaves it.
    fn interrupted_exam(dir: &Path, pause: &str) -> Interrupted {
        let sheet = dir.join("quiz.exam.ron");
        let text =
            format!(r#"(exam_sheet: 1, title: "Quiz", scenario: "builtin:tutorial.ron", seed: 7, pause: {pause})"#);
        std::fs::write(&sheet, text).expect("sheet");
        let exam = load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)));
        let stamp = ScenarioStamp {
            id: exam.scenario.id.clone(),
            title: exam.scenario.title.clone(),
            sha256: exam.scenario_sha256.clone(),
        };
        let mut header = LiveHeader::new("s001", "exam", stamp, "builtin:tutorial.ron", 7, now_iso8601());
        header.exam = Some(exam.stamp());
        let path = dir.join("shift.live");
        let mut journal = LiveJournal::create(&path, &header).expect("journal");
        let at = crate::sim::SimTime::from(exam.scenario.clinic.hours.open).plus_minutes(1);
        journal
            .append(&crate::sim::script::TimedAction { at, action: crate::sim::Action::SkipToNextEvent })
            .expect("append");
        drop(journal);
        Interrupted { recovered: live::recover(&path).expect("recovers"), summary: Words::default() }
    }

    fn resumed(world: &mut World) -> Shift {
        world.remove_resource::<Resumed>().and_then(|r| r.day).expect("a shift put back")
    }

    #[test]
    fn an_exam_resumed_counts_the_time_away_as_a_pause_and_none_left_means_the_clock_runs() {
        let dir = tempfile::tempdir().expect("dir");
        let shift = interrupted_exam(dir.path(), "Limited(times: 1, minutes: 3)");
        let mut world = World::new();
        resume(&mut world, &shift).expect("resumes");
        let day = resumed(&mut world);
        assert!(day.paused, "the first time back is the exam's one pause");
        assert_eq!(pauses_taken(&day), 1);
        // The pause is in the journal on the disk: the next restart finds it used.
        let again = Interrupted {
            recovered: live::recover(&shift.recovered.path).expect("recovers"),
            summary: Words::default(),
        };
        assert_eq!(again.recovered.actions.last().map(|t| &t.action), Some(&crate::sim::Action::Pause));
        resume(&mut world, &again).expect("resumes again");
        let day = resumed(&mut world);
        assert!(!day.paused, "no pause left: the clock runs on");
        assert_eq!(pauses_taken(&day), 1);
    }

    #[test]
    fn an_exam_without_pauses_comes_back_running() {
        let dir = tempfile::tempdir().expect("dir");
        let shift = interrupted_exam(dir.path(), "NoPause");
        let mut world = World::new();
        resume(&mut world, &shift).expect("resumes");
        let day = resumed(&mut world);
        assert!(!day.paused && pauses_taken(&day) == 0);
    }
}

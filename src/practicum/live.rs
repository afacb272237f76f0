//! The live journal: a shift written to disk as it is played, so a crash, a `kill -9` or a power cut
//! loses at most the action in flight. One JSON line of header, then one line per action, each
//! appended and synced to the disk before the action takes effect (write-ahead). On the next start
//! the shift is offered back: the actions are replayed on the same scenario and seed, which puts the
//! day exactly where it was.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::stamp::{ExamStamp, ScenarioStamp};
use crate::rules::words::Words;
use crate::sim::script::TimedAction;

pub const FORMAT: &str = "clinic-day live journal";
pub const FORMAT_VERSION: u32 = 1;

/// The first line: what is being played, and by whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LiveHeader {
    pub format: String,
    pub format_version: u32,
    pub learner: String,
    pub attempt: String,
    pub mode: String,
    pub scenario: ScenarioStamp,
    /// Where the scenario came from: a file's path, or a built-in day's file name.
    pub source: String,
    pub seed: u64,
    pub started: String,
    /// The exam sheet, for an exam: resuming puts its rules back too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam: Option<ExamStamp>,
}

impl LiveHeader {
    pub fn new(learner: &str, mode: &str, scenario: ScenarioStamp, source: &str, seed: u64, started: String) -> Self {
        let attempt = super::results::attempt_id(learner, &scenario.sha256, seed, &started);
        LiveHeader {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            learner: learner.to_owned(),
            attempt,
            mode: mode.to_owned(),
            scenario,
            source: source.to_owned(),
            seed,
            started,
            exam: None,
        }
    }
}

/// An open live journal, appending.
pub struct LiveJournal {
    file: File,
    path: PathBuf,
    written: usize,
}

impl LiveJournal {
    /// Starts a new journal at `path` (replacing any), header first, synced.
    pub fn create(path: &Path, header: &LiveHeader) -> std::io::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = File::create(path)?;
        let line = serde_json::to_string(header).map_err(std::io::Error::other)?;
        file.write_all(format!("{line}\n").as_bytes())?;
        file.sync_all()?;
        sync_parent(path);
        Ok(LiveJournal { file, path: path.to_owned(), written: 0 })
    }

    /// Opens a recovered journal to go on appending after its last whole line (a torn last line,
    /// from a write the crash interrupted, is cut off first).
    pub fn reopen(recovered: &Recovered) -> std::io::Result<Self> {
        let file = OpenOptions::new().write(true).open(&recovered.path)?;
        file.set_len(recovered.whole_bytes)?;
        file.sync_all()?;
        let mut file = file;
        use std::io::Seek;
        file.seek(std::io::SeekFrom::End(0))?;
        Ok(LiveJournal { file, path: recovered.path.clone(), written: recovered.actions.len() })
    }

    /// Appends one action and syncs it to the disk before returning: once this returns, the action
    /// survives a crash.
    pub fn append(&mut self, action: &TimedAction) -> std::io::Result<()> {
        let line = serde_json::to_string(action).map_err(std::io::Error::other)?;
        self.file.write_all(format!("{line}\n").as_bytes())?;
        self.file.sync_data()?;
        self.written += 1;
        Ok(())
    }

    /// How many actions the journal holds.
    pub fn len(&self) -> usize {
        self.written
    }

    pub fn is_empty(&self) -> bool {
        self.written == 0
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The shift is over and its results are saved: the journal is no longer needed to resume.
    pub fn close(self) -> std::io::Result<()> {
        drop(self.file);
        std::fs::remove_file(&self.path)
    }
}

/// What a journal left by an interrupted shift holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub path: PathBuf,
    pub header: LiveHeader,
    pub actions: Vec<TimedAction>,
    /// The last line was cut short by the crash (and is left out).
    pub torn: bool,
    /// Bytes up to the end of the last whole line.
    whole_bytes: u64,
}

/// Reads a live journal. A torn last line is dropped; anything else that does not read (a header
/// that is not ours, a bad line in the middle) is an error in words.
pub fn recover(path: &Path) -> Result<Recovered, Words> {
    let bytes = crate::storage::read_capped(path, crate::storage::FileKind::LiveJournal)
        .map_err(|e| Words::msg("live-cannot-read").arg("path", path.display().to_string()).arg("why", e.words()))?;
    let text = String::from_utf8_lossy(&bytes);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().filter(|l| l.ends_with('\n')).ok_or_else(|| Words::msg("live-no-header"))?;
    let header: LiveHeader =
        serde_json::from_str(first).map_err(|e| Words::msg("live-not-a-header").arg("why", e.to_string()))?;
    if header.format != FORMAT || header.format_version != FORMAT_VERSION {
        return Err(Words::msg("live-other-format")
            .arg("format", header.format.as_str())
            .arg("version", header.format_version.to_string()));
    }
    let mut whole = first.len();
    let mut actions = Vec::new();
    let mut torn = false;
    for (i, line) in lines.enumerate() {
        if !line.ends_with('\n') {
            torn = true;
            break;
        }
        let action: TimedAction = serde_json::from_str(line)
            .map_err(|e| Words::msg("live-not-an-action").arg("line", i + 2).arg("why", e.to_string()))?;
        actions.push(action);
        whole += line.len();
    }
    Ok(Recovered { path: path.to_owned(), header, actions, torn, whole_bytes: whole as u64 })
}

/// Makes a new file's directory entry durable too (where the platform allows opening a directory).
fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(dir) = File::open(dir)
    {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> LiveHeader {
        let stamp = ScenarioStamp { id: "tutorial".into(), title: "Tutorial".into(), sha256: "00".into() };
        LiveHeader::new("s001", "exam", stamp, "tutorial.ron", 7, "2026-11-23T08:00:00Z".into())
    }

    fn action(at: &str) -> TimedAction {
        TimedAction { at: at.parse().expect("time"), action: crate::sim::Action::Pause }
    }

    #[test]
    fn a_journal_reads_back_and_a_torn_last_line_is_dropped_then_overwritten() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shift.journal");
        let mut live = LiveJournal::create(&path, &header()).expect("create");
        live.append(&action("08:01")).expect("append");
        live.append(&action("08:02")).expect("append");
        drop(live);
        // A crash in the middle of writing a third line.
        let mut file = OpenOptions::new().append(true).open(&path).expect("open");
        file.write_all(b"{\"at\":\"08:0").expect("torn write");
        drop(file);
        let recovered = recover(&path).expect("recovers");
        assert_eq!(recovered.header, header());
        assert_eq!(recovered.actions, vec![action("08:01"), action("08:02")]);
        assert!(recovered.torn);
        let mut live = LiveJournal::reopen(&recovered).expect("reopen");
        live.append(&action("08:03")).expect("append");
        drop(live);
        let again = recover(&path).expect("recovers");
        assert_eq!(again.actions, vec![action("08:01"), action("08:02"), action("08:03")]);
        assert!(!again.torn);
    }

    #[test]
    fn a_file_that_is_not_a_live_journal_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("other.journal");
        std::fs::write(&path, "{\"hello\": 1}\n").expect("write");
        assert!(recover(&path).is_err());
        std::fs::write(&path, "").expect("write");
        assert!(recover(&path).is_err());
    }
}

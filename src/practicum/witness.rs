//! An exam witnessed as it is played (the first part): each moment of an attempt (started, every
//! action as it is taken, finished) as an xAPI statement, and the queue that keeps them on the disk
//! until a Learning Record Store has taken them. The store's own `stored` clock, not the learner's
//! machine, then says when each action was taken; a grader compares the results file with what the
//! store received.
//!
//! The game keeps the queue through `practicum::record`; `grade --lrs` reads the statements back
//! (`practicum::witnessed`).

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::live::LiveHeader;
use super::lrs::Lrs;
use super::xapi::BASE;
use crate::sim::script::TimedAction;

/// A moment of an attempt that the store is told of as it happens.
#[derive(Clone, Copy, Debug)]
pub enum Moment<'a> {
    Started,
    Acted(&'a TimedAction),
    /// The learner left the exam unfinished (to be resumed later).
    Suspended,
    /// The learner came back to an unfinished exam.
    Resumed,
    Finished,
}

/// The statement for the `n`-th moment of the attempt `header` describes. Its id comes from the
/// attempt and `n`, so a statement sent twice (a retry after a lost answer) is stored once.
pub fn statement(header: &LiveHeader, home_page: &str, n: usize, moment: Moment<'_>) -> Value {
    let (verb, name) = match moment {
        Moment::Started => ("http://adlnet.gov/expapi/verbs/initialized", "initialized"),
        Moment::Acted(_) => ("http://adlnet.gov/expapi/verbs/interacted", "interacted"),
        Moment::Suspended => ("http://adlnet.gov/expapi/verbs/suspended", "suspended"),
        Moment::Resumed => ("http://adlnet.gov/expapi/verbs/resumed", "resumed"),
        Moment::Finished => ("http://adlnet.gov/expapi/verbs/terminated", "terminated"),
    };
    let mut extensions = json!({
        format!("{BASE}/xapi/seed"): header.seed,
        format!("{BASE}/xapi/scenario-sha256"): header.scenario.sha256,
        format!("{BASE}/xapi/mode"): header.mode,
        format!("{BASE}/xapi/moment"): n,
    });
    if let Some(exam) = &header.exam {
        extensions[format!("{BASE}/xapi/exam")] = json!({"title": exam.title, "sha256": exam.sha256});
    }
    if let Moment::Acted(timed) = moment {
        extensions[format!("{BASE}/xapi/sim-time")] = json!(timed.at.to_string());
        extensions[format!("{BASE}/xapi/action")] = serde_json::to_value(&timed.action).unwrap_or(Value::Null);
    }
    json!({
        "id": super::results::uuid_of(&format!("{}\nlive\n{n}", header.attempt)),
        "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": header.learner}},
        "verb": {"id": verb, "display": {"en-CA": name}},
        "object": {
            "objectType": "Activity",
            "id": format!("{BASE}/scenarios/{}", header.scenario.id),
            "definition": {"name": {"en-CA": header.scenario.title}, "type": "http://adlnet.gov/expapi/activities/simulation"},
        },
        "context": {"registration": header.attempt, "extensions": extensions},
        "timestamp": super::results::now_iso8601(),
    })
}

/// Statements waiting for the store, kept on the disk: one JSON line each, appended and synced
/// before it is sent, and beside it how many the store has taken. A crash, a lost connection or a
/// store stopped for an hour loses nothing; the rest goes when the store is back.
pub struct WitnessQueue {
    path: PathBuf,
    file: File,
    sent_path: PathBuf,
    statements: Vec<Value>,
    sent: usize,
}

/// How many statements the store has taken, to be written beside the queue.
pub struct SentNote {
    path: PathBuf,
    sent: usize,
}

impl SentNote {
    pub fn write(self) -> Result<(), String> {
        crate::storage::write_atomic(&self.path, self.sent.to_string().as_bytes())
            .map_err(|e| format!("cannot note what the store has taken: {e}"))
    }
}

impl WitnessQueue {
    /// Opens (or starts) the queue at `path`, with what an earlier run left in it. A line cut short
    /// by a crash is dropped; it was never sent.
    pub fn open(path: &Path) -> std::io::Result<Self> {
        let existing = match crate::storage::read_capped(path, crate::storage::FileKind::LiveJournal) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(crate::storage::ReadError::NotFound) => String::new(),
            Err(e) => return Err(std::io::Error::other(e.to_string())),
        };
        let mut statements = Vec::new();
        let mut whole = 0u64;
        for line in existing.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
            match serde_json::from_str::<Value>(line) {
                Ok(statement) => statements.push(statement),
                Err(_) => break,
            }
            whole += line.len() as u64;
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        file.set_len(whole)?;
        let sent_path = path.with_extension("sent");
        let sent = std::fs::read_to_string(&sent_path).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        Ok(WitnessQueue {
            path: path.to_owned(),
            file,
            sent_path,
            sent: usize::min(sent, statements.len()),
            statements,
        })
    }

    /// Queues a statement: on the disk before anything is sent.
    pub fn push(&mut self, statement: Value) -> std::io::Result<()> {
        let line = serde_json::to_string(&statement).map_err(std::io::Error::other)?;
        self.file.write_all(format!("{line}\n").as_bytes())?;
        self.file.sync_data()?;
        self.statements.push(statement);
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the queue from the disk (everything in it delivered).
    pub fn remove(&mut self) -> std::io::Result<()> {
        std::fs::remove_file(&self.path)?;
        match std::fs::remove_file(&self.sent_path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// How many statements the queue has held, sent or not: the next one's number.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// The statements the store has not taken yet.
    pub fn pending(&self) -> &[Value] {
        self.statements.get(self.sent..).unwrap_or_default()
    }

    /// A copy of what is pending and where it ends, for a sender that must not hold the queue while
    /// it talks to the store (the game goes on queueing meanwhile).
    pub fn to_send(&self) -> (Vec<Value>, usize) {
        (self.pending().to_vec(), self.statements.len())
    }

    /// The store has taken every statement before `upto` (as `to_send` gave it): noted on the disk.
    pub fn mark_sent(&mut self, upto: usize) -> Result<(), String> {
        self.taken(upto).write()
    }

    /// As `mark_sent`, noted in memory at once; the note for the disk is handed back, so a sender
    /// shared with the game writes it without holding the queue through a sync.
    pub fn taken(&mut self, upto: usize) -> SentNote {
        self.sent = self.sent.max(upto.min(self.statements.len()));
        SentNote { path: self.sent_path.clone(), sent: self.sent }
    }

    /// Sends what is pending. On success the count of statements taken is saved; on failure
    /// nothing is lost, and the same statements go again next time (their ids keep the store from
    /// holding copies).
    pub fn send_pending(&mut self, lrs: &Lrs) -> Result<usize, String> {
        let (pending, upto) = self.to_send();
        if pending.is_empty() {
            return Ok(0);
        }
        let sent = lrs.send(&pending).map_err(|(_, why)| why.to_string())?;
        self.mark_sent(upto)?;
        Ok(sent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practicum::stamp::ScenarioStamp;

    fn header() -> LiveHeader {
        let stamp = ScenarioStamp { id: "tutorial".into(), title: "Tutorial".into(), sha256: "00".into() };
        LiveHeader::new("s001", "exam", stamp, "builtin:tutorial.ron", 7, "2026-11-23T08:00:00Z".into())
    }

    #[test]
    fn each_moment_has_its_own_stable_id_and_says_what_was_done_when() {
        let header = header();
        let timed = TimedAction { at: "09:12".parse().expect("time"), action: crate::sim::Action::Pause };
        let a = statement(&header, "https://lms.example", 3, Moment::Acted(&timed));
        let again = statement(&header, "https://lms.example", 3, Moment::Acted(&timed));
        assert_eq!(a["id"], again["id"], "a resend is the same statement");
        assert_ne!(a["id"], statement(&header, "https://lms.example", 4, Moment::Acted(&timed))["id"]);
        assert_eq!(a["context"]["registration"], json!(header.attempt));
        assert_eq!(a["context"]["extensions"][format!("{BASE}/xapi/sim-time")], json!("09:12"));
        assert_eq!(a["context"]["extensions"][format!("{BASE}/xapi/action")], json!("Pause"));
        assert!(
            statement(&header, "h", 0, Moment::Started)["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("initialized"))
        );
    }

    #[test]
    fn the_queue_keeps_what_the_store_has_not_taken_across_a_restart() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("attempt.witness");
        let header = header();
        let mut queue = WitnessQueue::open(&path).expect("opens");
        queue.push(statement(&header, "h", 0, Moment::Started)).expect("push");
        queue.push(statement(&header, "h", 1, Moment::Finished)).expect("push");
        // No store there: nothing is lost.
        let nobody = Lrs { endpoint: "http://127.0.0.1:9/xAPI".into(), user: "u".into(), password: "p".into() };
        assert!(queue.send_pending(&nobody).is_err());
        assert_eq!(queue.pending().len(), 2);
        drop(queue);
        // A crash in the middle of writing a third statement.
        let mut file = OpenOptions::new().append(true).open(&path).expect("open");
        file.write_all(b"{\"id\": \"half").expect("torn write");
        drop(file);
        let mut queue = WitnessQueue::open(&path).expect("reopens");
        assert_eq!(queue.pending().len(), 2, "the two whole statements, the torn one dropped");
        queue.push(statement(&header, "h", 2, Moment::Finished)).expect("push after the torn line");
        drop(queue);
        let mut queue = WitnessQueue::open(&path).expect("reopens");
        assert_eq!(queue.pending().len(), 3);
        // A sender takes a copy, the game queues another meanwhile, the sender marks its copy sent.
        let (copy, upto) = queue.to_send();
        queue.push(statement(&header, "h", 3, Moment::Finished)).expect("push while sending");
        assert_eq!(copy.len(), 3);
        queue.mark_sent(upto).expect("noted");
        assert_eq!(queue.pending().len(), 1, "only what came after the copy is left");
        drop(queue);
        assert_eq!(WitnessQueue::open(&path).expect("reopens").pending().len(), 1, "and so after a restart");
    }
}

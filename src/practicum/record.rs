//! An attempt's record as it is played: each learner action written to the live journal (the
//! source for resume) and synced before it takes effect; in an exam with a witness store, also
//! queued for the store as a statement and sent by a thread of its own, so the game never waits
//! on the network and a store that is down loses nothing.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::exam::WitnessStore;
use super::live::{LiveHeader, LiveJournal};
use super::lrs::Lrs;
use super::witness::{Moment, WitnessQueue, statement};
use crate::shift::plugin::ActionLog;
use crate::sim::script::TimedAction;
use crate::sim::{Action, SimTime};

/// The game's record of the attempt being played.
pub struct LiveRecord {
    pub journal: LiveJournal,
    /// The witness store's queue and sender, in a witnessed exam.
    pub witness: Option<Witness>,
    /// Why the last write failed (a full disk, a pulled USB stick), for the GUI to say so.
    pub failed: Option<String>,
    /// Test hook (`CLINIC_DAY_CRASH_AFTER=N`): abort the process, as a `kill -9` would, once N
    /// actions are on the disk.
    crash_after: Option<usize>,
}

impl LiveRecord {
    pub fn new(journal: LiveJournal) -> Self {
        let crash_after = std::env::var("CLINIC_DAY_CRASH_AFTER").ok().and_then(|n| n.parse().ok());
        LiveRecord { journal, witness: None, failed: None, crash_after }
    }

    pub fn witnessed_by(mut self, witness: Witness) -> Self {
        self.witness = Some(witness);
        self
    }

    /// Tells the witness (if any) of a moment of the attempt that is not an action.
    pub fn tell(&mut self, moment: Moment<'_>) {
        if let Some(witness) = self.witness.as_mut()
            && let Err(e) = witness.tell(moment)
        {
            self.failed = Some(e);
        }
    }

    /// The attempt is over: the witness is told, given a few seconds to deliver what is left (the
    /// rest stays queued on the disk), and its sender stopped. The journal is handed back, for the
    /// caller to let go once the results are safe.
    pub fn finish(mut self) -> LiveJournal {
        self.tell(Moment::Finished);
        if let Some(witness) = self.witness.take() {
            witness.finish(Duration::from_secs(5), Delivered::Remove);
        }
        self.journal
    }

    /// The attempt is left unfinished (an exam quit to the title): the journal stays on the disk
    /// to be resumed, and the witness is told the learner left.
    pub fn suspend(mut self) {
        self.tell(Moment::Suspended);
        if let Some(witness) = self.witness.take() {
            // Kept even when delivered: a resumed attempt numbers its statements on from it.
            witness.finish(Duration::from_secs(2), Delivered::Keep);
        }
    }
}

impl ActionLog for LiveRecord {
    fn write_ahead(&mut self, at: SimTime, action: &Action) {
        let timed = TimedAction { at, action: action.clone() };
        match self.journal.append(&timed) {
            Ok(()) => self.failed = None,
            Err(e) => {
                self.failed = Some(format!("cannot write the shift's journal {}: {e}", self.journal.path().display()))
            }
        }
        self.tell(Moment::Acted(&timed));
        if self.crash_after.is_some_and(|n| self.journal.len() >= n) {
            std::process::abort();
        }
    }
}

/// What becomes of a witness queue the store has taken whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivered {
    Remove,
    Keep,
}

/// What the sender thread is told.
#[derive(Default)]
struct Signal {
    nudged: bool,
    stop: bool,
}

/// An attempt's witness: the queue on the disk, and the thread that empties it into the store.
pub struct Witness {
    queue: Arc<Mutex<WitnessQueue>>,
    header: LiveHeader,
    home_page: String,
    signal: Arc<(Mutex<Signal>, Condvar)>,
    sender: Option<JoinHandle<()>>,
    /// What the store said last time it could not be reached (none once it takes statements again).
    pub trouble: Arc<Mutex<Option<String>>>,
}

/// How long the sender waits before trying an unreachable store again.
const RETRY: Duration = Duration::from_secs(5);

/// Where an attempt's witness queue is kept: beside its live journal.
pub fn queue_path(live_journal: &Path) -> PathBuf {
    live_journal.with_extension("witness")
}

impl Witness {
    /// Opens the queue at `path` (with whatever an earlier run of the attempt left unsent) and
    /// starts sending to `lrs`.
    pub fn start(path: &Path, header: LiveHeader, lrs: Lrs) -> std::io::Result<Self> {
        let queue = Arc::new(Mutex::new(WitnessQueue::open(path)?));
        // Where to send it, beside it: a queue left over when the game closed goes at the next start.
        let store = WitnessStore { endpoint: lrs.endpoint.clone(), user: lrs.user.clone(), key: lrs.password.clone() };
        let store = serde_json::to_string(&store).map_err(std::io::Error::other)?;
        crate::storage::write_atomic(&path.with_extension("store"), store.as_bytes())?;
        let signal = Arc::new((Mutex::new(Signal { nudged: true, stop: false }), Condvar::new()));
        let trouble = Arc::new(Mutex::new(None));
        let home_page = lrs.endpoint.clone();
        let sender = {
            let (queue, signal, trouble) = (queue.clone(), signal.clone(), trouble.clone());
            std::thread::Builder::new()
                .name("witness".into())
                .spawn(move || send_until_stopped(&queue, &signal, &trouble, &lrs))?
        };
        Ok(Witness { queue, header, home_page, signal, sender: Some(sender), trouble })
    }

    /// Queues the statement for `moment` (on the disk before this returns) and wakes the sender.
    pub fn tell(&mut self, moment: Moment<'_>) -> Result<(), String> {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        let n = queue.len();
        queue
            .push(statement(&self.header, &self.home_page, n, moment))
            .map_err(|e| format!("cannot queue the attempt for the witness store: {e}"))?;
        drop(queue);
        let (lock, wake) = &*self.signal;
        lock.lock().unwrap_or_else(PoisonError::into_inner).nudged = true;
        wake.notify_one();
        Ok(())
    }

    /// How many statements are still waiting for the store.
    pub fn unsent(&self) -> usize {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).pending().len()
    }

    /// Stops the sender after at most `grace` more of trying; what could not be sent stays queued
    /// on the disk. A queue the store has taken whole is removed if `delivered` says so.
    pub fn finish(mut self, grace: Duration, delivered: Delivered) {
        let deadline = std::time::Instant::now() + grace;
        while self.unsent() > 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let (lock, wake) = &*self.signal;
        lock.lock().unwrap_or_else(PoisonError::into_inner).stop = true;
        wake.notify_one();
        if let Some(sender) = self.sender.take()
            && sender.join().is_err()
        {
            bevy::log::warn!("the witness sender stopped with a panic");
        }
        if delivered == Delivered::Remove && self.unsent() == 0 {
            let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
            if let Err(e) = queue.remove().and_then(|()| std::fs::remove_file(queue.path().with_extension("store"))) {
                bevy::log::warn!("cannot remove a delivered witness queue: {e}");
            }
        }
    }
}

/// The sender: whenever nudged (or every few seconds while something is pending), copies what is
/// pending, sends it without holding the queue, and notes it taken.
fn send_until_stopped(
    queue: &Mutex<WitnessQueue>,
    signal: &(Mutex<Signal>, Condvar),
    trouble: &Mutex<Option<String>>,
    lrs: &Lrs,
) {
    loop {
        let (pending, upto) = queue.lock().unwrap_or_else(PoisonError::into_inner).to_send();
        let mut failed = false;
        if !pending.is_empty() {
            let outcome = lrs.send(&pending).map_err(|(_, why)| why.to_string()).and_then(|_| {
                // Noted in memory under the lock, written to the disk after it: the game's next
                // action never waits for this sync.
                let note = queue.lock().unwrap_or_else(PoisonError::into_inner).taken(upto);
                note.write()
            });
            failed = outcome.is_err();
            *trouble.lock().unwrap_or_else(PoisonError::into_inner) = outcome.err();
        }
        let (lock, wake) = signal;
        let mut said = lock.lock().unwrap_or_else(PoisonError::into_inner);
        if said.stop {
            return;
        }
        if !said.nudged || failed {
            said = wake.wait_timeout(said, RETRY).unwrap_or_else(PoisonError::into_inner).0;
        }
        if said.stop {
            return;
        }
        said.nudged = false;
    }
}

/// Sends what finished attempts left queued in `dir` (the store was out of reach when the game
/// closed), each to the store written beside it; a queue the store takes whole is removed. An
/// attempt still unfinished (its live journal there) is left for its own resume. Says, per queue,
/// what could not be sent.
pub fn send_leftovers(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut trouble = Vec::new();
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        if path.extension().is_none_or(|x| x != "witness") || path.with_extension("live").exists() {
            continue;
        }
        let store = crate::storage::read_capped_text(&path.with_extension("store"), crate::storage::FileKind::Settings)
            .ok()
            .and_then(|text| serde_json::from_str::<WitnessStore>(&text).ok());
        let Some(lrs) = store.map(|store| store.lrs()) else {
            trouble.push(format!("{}: no store written beside it", path.display()));
            continue;
        };
        let sent = WitnessQueue::open(&path).map_err(|e| e.to_string()).and_then(|mut queue| {
            queue.send_pending(&lrs)?;
            queue.remove().map_err(|e| e.to_string())?;
            std::fs::remove_file(path.with_extension("store")).map_err(|e| e.to_string())
        });
        if let Err(e) = sent {
            trouble.push(format!("{}: {e}", path.display()));
        }
    }
    trouble
}

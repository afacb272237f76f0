//! What writing an action ahead costs the game's frame, on the thread that draws it:
//! `cargo bench --bench witness`.
//!
//! - `journal_only`: the live journal (an exam without a witness store): one line appended and
//!   synced.
//! - `journal_and_witness`: the same, plus the statement built, queued on the disk (appended and
//!   synced) and the sender woken. The sender talks to the store on its own thread; here the store
//!   is on loopback and refuses at once (nothing listens on the port), so the sender retries in the
//!   background as it would while a store is down.

use std::hint::black_box;

use clinic_day::practicum::live::{LiveHeader, LiveJournal};
use clinic_day::practicum::lrs::Lrs;
use clinic_day::practicum::record::{LiveRecord, Witness, queue_path};
use clinic_day::practicum::stamp::ScenarioStamp;
use clinic_day::shift::plugin::ActionLog;
use clinic_day::sim::{Action, SimTime};

fn main() {
    divan::main();
}

fn header() -> LiveHeader {
    let stamp = ScenarioStamp { id: "tutorial".into(), title: "Tutorial".into(), sha256: "0".repeat(64) };
    LiveHeader::new("s001", "exam", stamp, "builtin:tutorial.ron", 7, "2026-12-06T09:00:00Z".into())
}

fn record(dir: &std::path::Path, witnessed: bool) -> LiveRecord {
    let path = dir.join("attempt.live");
    let journal = LiveJournal::create(&path, &header()).unwrap_or_else(|e| panic!("a journal: {e}"));
    let record = LiveRecord::new(journal);
    if !witnessed {
        return record;
    }
    let nobody = Lrs { endpoint: "http://127.0.0.1:9/xAPI".into(), user: "u".into(), password: "p".into() };
    let witness = Witness::start(&queue_path(&path), header(), nobody).unwrap_or_else(|e| panic!("a witness: {e}"));
    record.witnessed_by(witness)
}

fn bench(bencher: divan::Bencher, witnessed: bool) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("a temp dir: {e}"));
    let mut record = record(dir.path(), witnessed);
    let action = Action::SkipToNextEvent;
    let mut at = SimTime::from_seconds(32_400);
    bencher.bench_local(|| {
        at = at.plus_seconds(1);
        record.write_ahead(black_box(at), black_box(&action));
    });
}

#[divan::bench(sample_count = 200)]
fn journal_only(bencher: divan::Bencher) {
    bench(bencher, false);
}

#[divan::bench(sample_count = 200)]
fn journal_and_witness(bencher: divan::Bencher) {
    bench(bencher, true);
}

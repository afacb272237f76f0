//! No lost work: a shift written to its live journal survives being killed at any moment. The
//! headless runner is killed (the process aborts, as under `kill -9`, right after an action reached
//! the disk) at random points again and again, sometimes with a half-written line left behind as a
//! power cut would; each time it is started again on the same journal and resumes. The journal of
//! the day it finally finishes is the uninterrupted run's, entry for entry.

use std::process::Command;

use rand::{Rng, SeedableRng};

fn clinic_day(args: &[&str], crash_after: Option<usize>) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clinic-day"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env("NO_COLOR", "1");
    match crash_after {
        Some(n) => command.env("CLINIC_DAY_CRASH_AFTER", n.to_string()),
        None => command.env_remove("CLINIC_DAY_CRASH_AFTER"),
    };
    command.output().expect("runs")
}

#[test]
fn a_shift_killed_at_random_points_and_resumed_each_time_ends_with_the_uninterrupted_journal() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    let (actions, live, whole, resumed) =
        (path("shift.ron"), path("shift.live"), path("whole.json"), path("resumed.json"));
    let scenario = "scenarios/greene-cardiology.ron";
    // The shift: the expert's actions on the reference day.
    let made = clinic_day(&["run", scenario, "--autoplay", "expert", "--save-actions", &actions, "-q"], None);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let count = std::fs::read_to_string(&actions).expect("saved").lines().filter(|l| l.contains("do:")).count();
    assert!(count > 50, "a real shift: {count} actions");
    let straight = clinic_day(&["run", scenario, "--actions", &actions, "--journal", &whole, "-q"], None);
    assert!(straight.status.success());

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1243);
    let mut at = 0;
    let mut crashes = 0;
    loop {
        at += rng.random_range(1..=count / 6);
        let crash = (at < count).then_some(at);
        let run =
            clinic_day(&["run", scenario, "--actions", &actions, "--live", &live, "--journal", &resumed, "-q"], crash);
        if crash.is_none() {
            assert!(run.status.success(), "the last run finishes: {}", String::from_utf8_lossy(&run.stderr));
            break;
        }
        assert!(!run.status.success(), "the run was killed after {at} actions");
        crashes += 1;
        if crashes > 1 {
            assert!(String::from_utf8_lossy(&run.stderr).contains("resuming from"), "it resumed");
        }
        // Now and then the power goes in the middle of the next write.
        if rng.random_bool(0.3) {
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new().append(true).open(&live).expect("the live journal is there");
            file.write_all(b"{\"at\":\"12:3").expect("a torn write");
        }
    }
    assert!(crashes >= 4, "killed {crashes} times");
    assert!(!std::path::Path::new(&live).exists(), "a finished shift leaves no journal to resume");
    let (whole, resumed) =
        (std::fs::read_to_string(&whole).expect("whole"), std::fs::read_to_string(&resumed).expect("resumed"));
    assert!(whole == resumed, "the resumed day's journal differs from the uninterrupted one");
}

#[test]
fn a_live_journal_of_another_shift_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let live = dir.path().join("other.live");
    std::fs::write(&live, "{\"format\": \"something else\"}\n").expect("write");
    let live = live.to_str().expect("utf-8");
    let out = clinic_day(
        &[
            "run",
            "scenarios/greene-cardiology.ron",
            "--actions",
            "docs/examples/spouse-told-results.ron",
            "--live",
            live,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error:"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(live).expect("kept").contains("something else"), "the file is left alone");
}

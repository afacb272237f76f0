//! The game, really running: opens a window (under `xvfb-run` when there is no display), plays the
//! tutorial day to the debrief by itself (`CLINIC_DAY_SMOKE_TEST`), and checks the screenshots of the
//! shift and the debrief are real pictures and that the debrief showed a score.
//!
//! Needs a display and a GPU (lavapipe will do: `apt-get install xvfb mesa-vulkan-drivers`). Where
//! neither a display nor `xvfb-run` exists it says so and skips; in CI (`CI` set) it never skips.

use std::path::Path;
use std::process::Command;

fn has(program: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|o| o.status.success())
}

/// How many distinct colours a PNG has: a blank or failed capture has one or two.
fn colours(path: &Path) -> usize {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    let channels = info.color_type.samples();
    let mut seen = std::collections::HashSet::new();
    for pixel in pixels[..info.buffer_size()].chunks(channels) {
        seen.insert(pixel.to_vec());
        if seen.len() > 1000 {
            break;
        }
    }
    seen.len()
}

#[test]
fn the_tutorial_plays_to_the_debrief_in_a_real_window() {
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    let xvfb = has("xvfb-run");
    if !display && !xvfb {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the GUI smoke test: install xvfb and mesa-vulkan-drivers"
        );
        println!("skipped: no display and no xvfb-run here (apt-get install xvfb mesa-vulkan-drivers to run it)");
        return;
    }
    let out = tempfile::tempdir().expect("a temporary directory");
    let game = env!("CARGO_BIN_EXE_clinic-day");
    let scenario = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
    let mut command = if display {
        Command::new(game)
    } else {
        let mut c = Command::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x800x24", game]);
        c
    };
    let run = command
        .args(["play", scenario])
        .env("CLINIC_DAY_SMOKE_TEST", out.path())
        .env("CLINIC_DAY_DATA_DIR", out.path().join("data"))
        .env("WGPU_BACKEND", "vulkan")
        .output()
        .expect("the game starts");
    let log = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "the game exited with {}:\n{}",
        run.status,
        log.lines().rev().take(30).collect::<Vec<_>>().join("\n")
    );

    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("summary.json")).expect("the summary"))
            .expect("JSON");
    let total: f32 = summary["total_shown"].as_str().and_then(|t| t.parse().ok()).expect("the debrief showed a total");
    assert!((0.0..=100.0).contains(&total));
    assert!(summary["judgments_shown"].as_u64().is_some_and(|n| n > 0), "the debrief listed judgments: {summary}");
    for shot in ["shift.png", "debrief.png"] {
        let path = out.path().join(shot);
        assert!(path.exists(), "{shot} was saved");
        let n = colours(&path);
        assert!(n > 20, "{shot} is not blank ({n} colours)");
    }
    // The shift left a results file that re-grades to what the debrief showed, and no journal to
    // resume (it finished).
    let results: Vec<_> = std::fs::read_dir(out.path().join("data/results"))
        .expect("a results directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(results.len(), 1, "one results file: {results:?}");
    let text = std::fs::read_to_string(&results[0]).expect("readable");
    let file = clinic_day::practicum::results::ResultsFile::parse("results", &text)
        .unwrap_or_else(|r| panic!("{}", r.render(false)));
    let mut scenarios = clinic_day::practicum::grade::Scenarios::default();
    let tutorial = std::fs::read(scenario).expect("the tutorial");
    let loaded = clinic_day::scenario::load_bytes(scenario, &tutorial).expect("valid").scenario;
    scenarios.add(&tutorial, loaded);
    let card =
        clinic_day::practicum::grade::regrade(&file, &scenarios).unwrap_or_else(|flag| panic!("flagged: {flag}"));
    assert_eq!(format!("{:.1}", card.total), format!("{total:.1}"), "the re-graded total is the one shown");
    let left: Vec<_> = std::fs::read_dir(out.path().join("data/shifts"))
        .map(|d| d.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "live")).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "a finished shift leaves no live journal: {left:?}");
    // Keep the pictures for people to look at.
    if let Some(keep) = std::env::var_os("CLINIC_DAY_SMOKE_KEEP") {
        let keep = Path::new(&keep);
        let _ = std::fs::create_dir_all(keep);
        for shot in ["shift.png", "debrief.png"] {
            let _ = std::fs::copy(out.path().join(shot), keep.join(shot));
        }
    }
}

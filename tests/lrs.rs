//! xAPI to a real Learning Record Store: Ralph (openfun/ralph, from PyPI), started on loopback with
//! its file-system backend. `clinic-day grade --xapi … --lrs …` sends an attempt's statements; they
//! are read back with GET by the attempt's registration; sending again stores no copies; a store
//! that refuses the credentials, or is not there, gives a clear error and the file keeps them all.
//!
//! Ralph is found at `$CLINIC_DAY_RALPH` or as `ralph` on the PATH (`.ci/run` installs it in a
//! virtualenv). Where it is missing the test says so and skips, except in CI, where it must run.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;

use clinic_day::practicum::lrs::Lrs;
use clinic_day::practicum::results::{ResultsFile, ShiftRecord};
use clinic_day::scenario::BUILTIN;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use serde_json::Value;

const PASSWORD: &str = "correct horse battery staple";

/// Ralph, where it is installed. Elsewhere the test says it skipped, except in CI, where it must
/// run.
fn ralph() -> Option<PathBuf> {
    let found = std::env::var_os("CLINIC_DAY_RALPH").map(PathBuf::from).or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|dir| dir.join("ralph")).find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI must run the LRS test: install Ralph (pip install 'ralph-malph[cli,lrs]') and set CLINIC_DAY_RALPH"
        );
        eprintln!("skipped: Ralph is not installed (set CLINIC_DAY_RALPH, or put `ralph` on the PATH)");
    }
    found
}

/// The Ralph server, stopped with its whole process group (uvicorn runs a reloader and a worker).
struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.wait();
    }
}

fn start(ralph: &Path, dir: &Path) -> Server {
    start_on(ralph, dir, None, false)
}

/// Ralph 5's file-system backend takes one write per file (it creates, never appends); a store
/// witnessing an exam takes many. For those tests the server runs with that backend appending, set
/// before Ralph starts, in the server and in its worker process alike.
const APPENDING: &str = "import ralph.backends.data.fs as fs\n\
from ralph.backends.data.base import BaseOperationType\n\
fs.FSDataBackend.default_operation_type = BaseOperationType.APPEND\n\
if __name__ == '__main__':\n    from ralph.cli import cli\n    cli()\n";

fn start_on(ralph: &Path, dir: &Path, port: Option<u16>, appending: bool) -> Server {
    let app = dir.join("app");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).expect("a data folder");
    // A server started again on the same folder keeps its users.
    if !app.join("auth.json").is_file() {
        add_user(ralph, dir, "grader", PASSWORD, "all");
    }
    let port = port
        .unwrap_or_else(|| TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port());
    let log = std::fs::File::create(dir.join("server.log")).expect("a log file");
    use std::os::unix::process::CommandExt;
    let mut command = if appending {
        let shim = dir.join("appending_ralph.py");
        std::fs::write(&shim, APPENDING).expect("the shim");
        let python = ralph.with_file_name("python");
        let mut command = Command::new(if python.is_file() { python } else { PathBuf::from("python3") });
        command.arg(shim);
        command
    } else {
        Command::new(ralph)
    };
    let child = command
        .args(["runserver", "-b", "fs", "-h", "127.0.0.1", "-p", &port.to_string()])
        .current_dir(&data)
        .env("RALPH_APP_DIR", &app)
        .env("RALPH_RUNSERVER_BACKEND", "fs")
        // Ralph 5 keeps the LRS file under the LRS backend's setting; the data backend's is the one
        // older releases read. Both point at the same folder.
        .env("RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH", &data)
        .env("RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH", &data)
        // Each account may do what its scopes say and no more (an exam's key only writes).
        .env("RALPH_LRS_RESTRICT_BY_AUTHORITY", "true")
        .env("RALPH_LRS_RESTRICT_BY_SCOPES", "true")
        .stdout(Stdio::null())
        .stderr(log)
        .process_group(0)
        .spawn()
        .expect("ralph runserver starts");
    let server = Server { child, url: format!("http://127.0.0.1:{port}/xAPI") };
    let lrs = lrs(&server.url, PASSWORD);
    let began = Instant::now();
    while lrs.statements_of("00000000-0000-8000-8000-000000000000").is_err() {
        assert!(
            began.elapsed() < Duration::from_secs(90),
            "Ralph did not answer within 90 s: {}",
            std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    server
}

/// Adds an account to the store in `dir` (read when the server starts).
fn add_user(ralph: &Path, dir: &Path, user: &str, password: &str, scope: &str) {
    let auth = Command::new(ralph)
        .args(["auth", "-u", user, "-p", password, "-s", scope, "-M", &format!("mailto:{user}@example.org"), "-w"])
        .env("RALPH_APP_DIR", dir.join("app"))
        .env("RALPH_RUNSERVER_BACKEND", "fs")
        .output()
        .expect("ralph auth runs");
    assert!(auth.status.success(), "ralph auth: {}", String::from_utf8_lossy(&auth.stderr));
}

fn lrs(url: &str, password: &str) -> Lrs {
    Lrs { endpoint: url.to_owned(), user: "grader".into(), password: password.into() }
}

fn grade(dir: &Path, results: &Path, url: &str, password: &str) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .args(["grade", &results.display().to_string(), "--scenario", "tutorial"])
        .args(["--xapi", &dir.join("statements.json").display().to_string(), "--lrs", url, "--lrs-user", "grader"])
        .args(["--xapi-home", "https://moodle.college.example"])
        .env("CLINIC_DAY_LRS_PASSWORD", password)
        .env("NO_COLOR", "1")
        .output()
        .expect("clinic-day runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_local_ralph_lrs_takes_an_attempts_statements_and_gives_them_back() {
    let Some(ralph) = ralph() else { return };
    let dir = tempfile::tempdir().expect("a temp dir");
    let server = start(&ralph, dir.path());

    let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("shipped");
    let scenario = Arc::new(builtin.load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario);
    let seed = scenario.randomness.seed;
    let outcome = run_day(scenario.clone(), seed, Player::Autoplay(Style::Novice));
    let results = ResultsFile::of_shift(ShiftRecord {
        exam: None,
        learner: "s0042",
        scenario: &scenario,
        scenario_sha256: clinic_day::practicum::stamp::sha256_hex(builtin.text.as_bytes()),
        seed,
        mode: "practice",
        started: Some("2026-11-23T08:00:00Z".into()),
        journal: outcome.actions,
        scorecard: outcome.scorecard.clone(),
    });
    let results_path = dir.path().join("s0042.json");
    std::fs::write(&results_path, results.to_json()).expect("write the results");

    // A store that refuses the grader: a clear error, and every statement kept in the file.
    let (code, _, err) = grade(dir.path(), &results_path, &server.url, "wrong password");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("refused the credentials for `grader`"), "{err}");
    let written: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("statements.json")).expect("the file"))
            .expect("JSON statements");
    assert_eq!(written.len(), 2 + outcome.scorecard.judgments.len(), "two for the attempt, one per judgment");

    // The real thing, twice: the second time stores no copies.
    for _ in 0..2 {
        let (code, out, err) = grade(dir.path(), &results_path, &server.url, PASSWORD);
        assert_eq!(code, 0, "{out}{err}");
        assert!(out.contains(&format!("sent {} statements", written.len())), "{out}");
    }
    let stored = lrs(&server.url, PASSWORD).statements_of(&results.attempt).expect("read back");
    assert_eq!(stored.len(), written.len(), "every statement once, by its registration");
    let verbs: Vec<&str> = stored.iter().filter_map(|s| s["verb"]["id"].as_str()).collect();
    assert!(verbs.contains(&"http://adlnet.gov/expapi/verbs/completed"));
    assert!(verbs.contains(&"http://adlnet.gov/expapi/verbs/failed"), "the novice fails the tutorial");
    let completed = stored.iter().find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed").expect("one");
    assert_eq!(completed["actor"]["account"]["name"], "s0042");
    assert_eq!(completed["actor"]["account"]["homePage"], "https://moodle.college.example");
    assert!(completed["actor"]["mbox"].is_null(), "an account, never an email");
    assert_eq!(completed["context"]["registration"], results.attempt.as_str());
    assert_eq!(completed["result"]["score"]["raw"].as_f64(), Some(f64::from(outcome.scorecard.total)));
    assert!(completed["result"]["duration"].as_str().is_some_and(|d| d.starts_with("PT")));
    // What a learning system shows people, in both of Clinic Day's languages; the rest is the same.
    assert_eq!(completed["verb"]["display"]["en-CA"], "completed");
    assert_eq!(completed["verb"]["display"]["fr-CA"], "a terminé");
    let judged = stored.iter().find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/responded").expect("one");
    let definition = &judged["object"]["definition"];
    for map in [&definition["name"], &definition["description"]] {
        let (english, french) = (map["en-CA"].as_str().unwrap_or(""), map["fr-CA"].as_str().unwrap_or(""));
        assert!(!english.is_empty() && !french.is_empty() && english != french, "{map}");
    }

    // Nobody there: said in words.
    drop(server);
    let (code, _, err) = grade(dir.path(), &results_path, "http://127.0.0.1:9/xAPI", PASSWORD);
    assert_eq!(code, 1);
    assert!(err.contains("cannot reach the LRS"), "{err}");
}

#[test]
fn an_exam_witnessed_as_it_is_played_loses_nothing_while_the_store_is_down() {
    use clinic_day::practicum::live::LiveHeader;
    use clinic_day::practicum::stamp::ScenarioStamp;
    use clinic_day::practicum::witness::{Moment, WitnessQueue, statement};
    use clinic_day::sim::script::TimedAction;
    let Some(ralph) = ralph() else { return };
    let dir = tempfile::tempdir().expect("a temp dir");
    let server = start_on(&ralph, dir.path(), None, true);
    let port: u16 = server.url.rsplit(':').next().and_then(|p| p.trim_end_matches("/xAPI").parse().ok()).expect("port");
    let stamp = ScenarioStamp { id: "tutorial".into(), title: "Tutorial".into(), sha256: "0".repeat(64) };
    let header = LiveHeader::new("s0042", "exam", stamp, "builtin:tutorial.ron", 7, "2026-11-23T09:00:00Z".into());
    let home = "https://moodle.college.example";
    let mut queue = WitnessQueue::open(&dir.path().join("attempt.witness")).expect("a queue");
    let acted = |n: u32| TimedAction {
        at: clinic_day::sim::SimTime::from_seconds(32_400 + n),
        action: clinic_day::sim::Action::Pause,
    };
    queue.push(statement(&header, home, 0, Moment::Started)).expect("queued");
    for n in 1..=2 {
        queue.push(statement(&header, home, n as usize, Moment::Acted(&acted(n)))).expect("queued");
        assert_eq!(queue.send_pending(&lrs(&server.url, PASSWORD)), Ok(if n == 1 { 2 } else { 1 }), "sent as taken");
    }
    // The store stops: what is taken meanwhile waits on the disk.
    drop(server);
    queue.push(statement(&header, home, 3, Moment::Acted(&acted(3)))).expect("queued");
    queue.push(statement(&header, home, 4, Moment::Finished)).expect("queued");
    assert!(queue.send_pending(&lrs(&format!("http://127.0.0.1:{port}/xAPI"), PASSWORD)).is_err());
    assert_eq!(queue.pending().len(), 2);
    // Back on the same address and data: the rest goes, and the store holds all five, each on its
    // own clock.
    let server = start_on(&ralph, dir.path(), Some(port), true);
    assert_eq!(queue.send_pending(&lrs(&server.url, PASSWORD)), Ok(2));
    let stored = lrs(&server.url, PASSWORD).statements_of(&header.attempt).expect("read back");
    assert_eq!(stored.len(), 5, "{stored:#?}");
    assert!(stored.iter().all(|s| s["stored"].as_str().is_some_and(|t| t.starts_with("20"))), "{stored:#?}");
}

/// An exam attempt played as the game plays it: each action written ahead to the live journal and
/// to the witness store, which takes them as they come; the results file the game then saves.
fn play_witnessed(
    exam: &clinic_day::practicum::exam::Exam,
    learner: &str,
    actions: &[clinic_day::sim::script::TimedAction],
    dir: &Path,
) -> ResultsFile {
    use clinic_day::practicum::live::{LiveHeader, LiveJournal};
    use clinic_day::practicum::record::{LiveRecord, Witness, queue_path};
    use clinic_day::practicum::stamp::ScenarioStamp;
    use clinic_day::practicum::witness::Moment;
    use clinic_day::shift::Shift;
    use clinic_day::shift::plugin::ActionLog;
    let seed = exam.sheet.seed.expect("one seed");
    let stamp = ScenarioStamp {
        id: exam.scenario.id.clone(),
        title: exam.scenario.title.clone(),
        sha256: exam.scenario_sha256.clone(),
    };
    let started = clinic_day::practicum::results::now_iso8601();
    let source = format!("builtin:{}", exam.sheet.scenario.trim_start_matches("builtin:"));
    let mut header = LiveHeader::new(learner, "exam", stamp, &source, seed, started.clone());
    header.exam = Some(exam.stamp());
    let live = dir.join(format!("{learner}.live"));
    let journal = LiveJournal::create(&live, &header).expect("a live journal");
    let store = exam.sheet.witness.as_ref().expect("a witnessed exam");
    let witness = Witness::start(&queue_path(&live), header.clone(), store.lrs()).expect("a witness");
    let mut record = LiveRecord::new(journal).witnessed_by(witness);
    record.tell(Moment::Started);
    let mut day = Shift::new(exam.scenario.clone(), seed);
    for timed in actions {
        day.advance_to(timed.at);
        record.write_ahead(timed.at, &timed.action);
        day.apply_recorded(timed.action.clone());
    }
    day.run_to_end();
    record.finish().close().expect("the journal let go");
    assert!(!queue_path(&live).exists(), "a queue the store took whole is removed");
    let outcome = clinic_day::shift::outcome::outcome_of(day, actions.to_vec());
    common::exam_file(exam, learner, seed, "exam", &started, outcome)
}

#[test]
fn a_witnessed_exam_is_graded_as_the_store_received_it() {
    let Some(ralph) = ralph() else { return };
    let dir = tempfile::tempdir().expect("a temp dir");
    add_user(&ralph, dir.path(), "grader", PASSWORD, "all");
    // The exam's own account may write statements and nothing else: every learner has its key.
    add_user(&ralph, dir.path(), "exam-week9", "week9-key", "statements/write");
    let server = start_on(&ralph, dir.path(), None, true);
    let sheet = dir.path().join("week9.exam.ron");
    std::fs::write(
        &sheet,
        format!(
            r#"(exam_sheet: 1, title: "Week 9", scenario: "builtin:greene-cardiology.ron", seed: 7, pause: Unlimited,
               opens: "2026-01-01T00:00:00Z", closes: "2099-01-01T00:00:00Z",
               witness: (endpoint: "{}", user: "exam-week9", key: "week9-key"))"#,
            server.url
        ),
    )
    .expect("the sheet");
    let exam = clinic_day::practicum::exam::load_exam(&sheet).unwrap_or_else(|r| panic!("{}", r.render(false)));
    let every = run_day(exam.scenario.clone(), 7, Player::Autoplay(Style::Expert)).actions;
    assert!(every.len() >= 25, "enough actions to play with: {}", every.len());
    let results = dir.path().join("results");
    std::fs::create_dir_all(&results).expect("a results folder");
    let save = |file: &ResultsFile, name: &str| std::fs::write(results.join(name), file.to_json()).expect("saved");
    // Honest, at a human pace as far as the store can tell (fewer actions than a burst).
    let honest = play_witnessed(&exam, "s001", &every[..15], dir.path());
    save(&honest, "s001.json");
    // A classmate hands in the same file under their own id: the store knows whose attempt it was.
    save(&ResultsFile { learner: "s005".into(), ..honest.clone() }, "s005.json");
    // Played one way, handed in another: the file drops the last action the store received.
    let mut handed_in = play_witnessed(&exam, "s002", &every[..15], dir.path());
    let fewer = run_day(exam.scenario.clone(), 7, Player::Script(&every[..14]));
    handed_in.journal = fewer.actions;
    handed_in.scorecard = fewer.scorecard;
    save(&handed_in, "s002.json");
    // The answer key's shift, stamped as this exam, that the store never saw.
    save(&common::exam_results(&exam, "s003", 7, "exam", Style::Expert, "2026-01-05T09:00:00Z"), "s003.json");
    // Twenty-five actions in well under ten seconds: no one plays like that.
    save(&play_witnessed(&exam, "s004", &every[..25], dir.path()), "s004.json");
    // The exam's key cannot read what it wrote.
    let exam_key = Lrs { endpoint: server.url.clone(), user: "exam-week9".into(), password: "week9-key".into() };
    assert!(exam_key.statements_of("00000000-0000-8000-8000-000000000000").is_err(), "the exam's key only writes");
    let output = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .args(["grade", &results.display().to_string(), "--exam", &sheet.display().to_string()])
        .args(["--lrs", &server.url, "--lrs-user", "grader"])
        .args(["--summary", &dir.path().join("summary.md").display().to_string()])
        .env("CLINIC_DAY_LRS_PASSWORD", PASSWORD)
        .env("NO_COLOR", "1")
        .output()
        .expect("clinic-day runs");
    let out = String::from_utf8_lossy(&output.stdout);
    let line = |who: &str| out.lines().find(|l| l.contains(who)).unwrap_or_default().to_owned();
    assert!(line("s001").starts_with("graded") && line("s001").contains("witnessed"), "{out}");
    assert!(line("s002").contains("not as witnessed: the file's 14 actions are not the 15"), "{out}");
    assert!(line("s003").contains("no record of this attempt starting"), "{out}");
    assert!(line("s004").contains("faster than anyone plays"), "{out}");
    assert!(line("s005").contains("received this attempt from s001, not from s005"), "{out}");
    let summary = std::fs::read_to_string(dir.path().join("summary.md")).expect("the summary");
    assert!(summary.contains("Every graded attempt was **witnessed**"), "{summary}");
    // Without the store, the same files are graded as self-reported, and the grader is told why.
    let output = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .args(["grade", &results.display().to_string(), "--exam", &sheet.display().to_string()])
        .env("NO_COLOR", "1")
        .output()
        .expect("clinic-day runs");
    assert!(String::from_utf8_lossy(&output.stderr).contains("give --lrs"), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("self-reported"), "{output:?}");
}

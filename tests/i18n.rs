//! The languages: both Fluent files define the same messages, every message is used, every message
//! the code asks for exists; and the language changes what is printed, never what is graded.

use std::path::Path;
use std::process::Command;

use clinic_day::i18n::{Lang, ids};

/// Every `.rs` file under `src/`, read.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).expect("readable")));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_is_in_both_languages_and_used_somewhere() {
    let english = ids(Lang::En);
    assert_eq!(english, ids(Lang::Fr), "the same ids in both files");
    let code = sources();
    for id in &english {
        let quoted = format!("\"{id}\"");
        assert!(code.iter().any(|(_, text)| text.contains(&quoted)), "`{id}` is used nowhere in src/");
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let known = ids(Lang::En);
    for (file, text) in sources() {
        // `text(lang, "id", …)` and the scorecard's `msg("id")`.
        for start in ["text(lang, \"", "msg(\""] {
            for (at, _) in text.match_indices(start) {
                if text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + start.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                assert!(known.iter().any(|k| k == id), "{file} asks for `{id}`, which no language file defines");
            }
        }
    }
}

fn clinic_day(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clinic-day"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env("NO_COLOR", "1").env_remove("CLINIC_DAY_LANG");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("runs");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn run_speaks_french_when_asked_and_grades_the_same() {
    let dir = tempfile::tempdir().expect("a folder");
    let (en_report, fr_report) = (dir.path().join("en.json"), dir.path().join("fr.json"));
    let run = ["run", "tutorial", "--autoplay", "novice", "--report"];
    let (code, english) = clinic_day(&[&run[..], &[en_report.to_str().expect("utf-8")]].concat(), &[]);
    assert_eq!(code, 0);
    assert!(english.contains("Clinic Day scorecard: tutorial") && english.contains("FAIL"), "{english}");
    let args = [&["--lang", "fr"], &run[..], &[fr_report.to_str().expect("utf-8")]].concat();
    let (code, french) = clinic_day(&args, &[]);
    assert_eq!(code, 0);
    assert!(french.contains("Fiche de résultats Clinic Day\u{202f}: tutorial"), "{french}");
    assert!(
        french.contains("ÉCHEC") && french.contains("Déductions\u{202f}:") && french.contains("critique"),
        "{french}"
    );
    assert!(french.contains("Conséquences\u{202f}:") && french.contains("a eu lieu"), "{french}");
    // The same attempt, graded: the report (what a grader's scripts read) does not depend on the
    // language it was printed in.
    let read = |path: &Path| std::fs::read_to_string(path).expect("the report");
    assert_eq!(read(&en_report), read(&fr_report));
    // The environment says it too.
    let (_, by_env) = clinic_day(&["run", "tutorial", "--autoplay", "expert"], &[("CLINIC_DAY_LANG", "fr")]);
    assert!(by_env.contains("RÉUSSI"), "{by_env}");
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_there_are() {
    let output = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .args(["--lang", "de", "run", "tutorial", "--autoplay", "expert"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("use `en` or `fr`"), "{said}");
}

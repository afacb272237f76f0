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
    // A message another message names (`{ flag-kind-tampered }`) is used by that one.
    let files: Vec<&str> = Lang::En.sources().iter().map(|(_, text)| *text).collect();
    for id in &english {
        if composed_in_code(id) {
            continue;
        }
        let quoted = format!("\"{id}\"");
        let referenced = format!("{{ {id} }}");
        let used = code.iter().any(|(_, text)| text.contains(&quoted)) || files.iter().any(|f| f.contains(&referenced));
        assert!(used, "`{id}` is used nowhere in src/ nor by another message");
    }
}

/// Whether an id is one the code builds from the rulebook rather than writes out: a rule's words
/// (`rule-T1`, and Quebec's `rule-C5-qc`) or a clock's (`deadline-urgent-message`).
fn composed_in_code(id: &str) -> bool {
    if let Some(rest) = id.strip_prefix("rule-") {
        let rule = rest.strip_suffix("-qc").unwrap_or(rest);
        assert!(clinic_day::rules::rule(rule).is_some(), "`{id}` names no rule of the catalogue");
        return true;
    }
    if let Some(field) = id.strip_prefix("deadline-") {
        let known = clinic_day::rules::deadline::DEADLINES.iter().any(|d| d.field.replace('_', "-") == field);
        assert!(known, "`{id}` names no clock of the rulebook");
        return true;
    }
    false
}

/// Each message of a language's files with the names of its attributes (`.expected`, …).
fn messages_with_attributes(lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for (_, source) in lang.sources() {
        for line in source.lines() {
            if let Some(attribute) = line.trim_start().strip_prefix('.').filter(|_| line.starts_with(' ')) {
                let name = attribute.split('=').next().unwrap_or_default().trim().to_owned();
                if let Some((_, attributes)) = messages.last_mut() {
                    attributes.push(name);
                }
            } else if !line.starts_with([' ', '#'])
                && let Some((id, _)) = line.split_once('=')
            {
                messages.push((id.trim().to_owned(), Vec::new()));
            }
        }
    }
    messages
}

#[test]
fn every_message_has_the_same_parts_in_both_languages_and_every_rule_its_words() {
    let english = messages_with_attributes(Lang::En);
    assert_eq!(english, messages_with_attributes(Lang::Fr), "the same messages and attributes in both files");
    for rule in clinic_day::rules::CATALOGUE {
        let general = english.iter().find(|(id, _)| *id == format!("rule-{}", rule.id));
        let parts = general.map(|(_, attributes)| attributes.clone()).unwrap_or_default();
        assert_eq!(parts, ["expected", "mistake", "source"], "rule-{} has a title and its three parts", rule.id);
    }
}

#[test]
fn the_rulebook_speaks_french_and_reads_as_quebec_when_asked() {
    let (code, english) = clinic_day(&["rules", "C5"], &[]);
    assert_eq!(code, 0);
    assert!(english.contains("expected:") && english.contains("source:"), "{english}");
    let (code, french) = clinic_day(&["--lang", "fr", "rules", "C5"], &[]);
    assert_eq!(code, 0);
    assert!(french.contains("attendu\u{202f}:") && !french.contains("expected:"), "{french}");
    assert_ne!(french.lines().next(), english.lines().next(), "the title is translated");
    let (code, quebec) = clinic_day(&["--lang", "fr", "rules", "C17", "--jurisdiction", "QC"], &[]);
    assert_eq!(code, 0);
    assert!(quebec.contains("DPJ") && quebec.contains("Québec"), "Quebec's row names its own authority: {quebec}");
    let (_, ontario) = clinic_day(&["--lang", "fr", "rules", "C17"], &[]);
    assert!(!ontario.contains("DPJ"), "the general row is not Quebec's: {ontario}");
    let (_, list) = clinic_day(&["--lang", "fr", "rules"], &[]);
    assert_eq!(list.lines().count(), clinic_day::rules::CATALOGUE.len());
    assert!(list.contains("confidentialité") && list.contains("critique"), "{list}");
    let (code, _) = clinic_day(&["rules", "C5", "--jurisdiction", "Narnia"], &[]);
    assert_eq!(code, 2, "an unknown jurisdiction is refused");
}

#[test]
fn rules_piped_into_a_reader_that_stops_early_ends_quietly() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_clinic-day"))
        .arg("rules")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // Read nothing and hang up, as `| head -0` would.
    drop(child.stdout.take());
    let status = child.wait().expect("ends");
    let mut said = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut said).expect("utf-8");
    assert!(status.success() && !said.contains("panicked"), "{status}: {said}");
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let known = ids(Lang::En);
    for (file, text) in sources() {
        // `text(lang, "id", …)` and the scorecard's `msg("id")`.
        for start in ["text(lang, \"", "msg(\"", "say(ui, \"", "say_with(ui, \""] {
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

/// Every judgment of every shipped day, played by the expert and by the novice: the judge wrote
/// each one's words as messages (none left as English text), and each reads whole in both
/// languages (no message id shown for a gap, no argument left unfilled).
#[test]
fn every_judgment_on_every_shipped_day_is_said_in_both_languages() {
    use clinic_day::shift::Shift;
    use clinic_day::shift::autoplay::{Style, autoplay};
    let known = ids(Lang::En);
    for builtin in clinic_day::scenario::BUILTIN {
        let scenario = std::sync::Arc::new(builtin.load().expect("a shipped day loads").scenario);
        for style in [Style::Expert, Style::Novice] {
            let mut shift = Shift::new(scenario.clone(), scenario.randomness.seed);
            autoplay(&mut shift, style);
            for j in shift.day().journal.judgments() {
                let place = format!("{} {style:?} {} {} at {}", builtin.file, j.rule, j.about, j.at);
                assert!(!j.did.is_as_written(), "{place}: the judge's words are English text: {}", &*j.did);
                assert!(!j.expected.is_as_written(), "{place}: what the case asked is English text: {}", &*j.expected);
                for lang in Lang::ALL {
                    for words in [&j.did, &j.expected, &j.explanation, &j.source] {
                        let said = words.in_lang(lang);
                        assert!(!said.trim().is_empty(), "{place}: nothing said in {lang:?}");
                        assert!(!said.contains("{$") && !said.contains("{ $"), "{place}: an argument unfilled: {said}");
                        assert!(
                            !said.split_whitespace().any(|w| known.iter().any(|id| id == w)),
                            "{place}: a message id shown for a gap in {lang:?}: {said}"
                        );
                    }
                }
                assert_ne!(j.did.in_lang(Lang::Fr), j.did.in_lang(Lang::En), "{place}: not translated");
            }
        }
    }
}

/// A grader's whole pass over one attempt, in English and in French: the feedback and the class
/// summary speak the language asked for; the gradebook, the statements a learning record store
/// receives and the exit code are the same bytes in both.
#[test]
fn grading_speaks_french_and_grades_the_same() {
    let dir = tempfile::tempdir().expect("a folder");
    let results = dir.path().join("s0042.json");
    let learner = ["--learner", "s0042", "--results", results.to_str().expect("utf-8")];
    let (code, _) = clinic_day(&[&["run", "tutorial", "--autoplay", "novice"][..], &learner[..]].concat(), &[]);
    assert_eq!(code, 0);
    let mut outputs = Vec::new();
    for lang in ["en", "fr"] {
        let out = dir.path().join(lang);
        let file = |name: &str| out.join(name).display().to_string();
        let args = [
            "--lang",
            lang,
            "grade",
            results.to_str().expect("utf-8"),
            "--scenario",
            "tutorial",
            "--moodle",
            &file("moodle.csv"),
            "--xapi",
            &file("statements.json"),
            "--summary",
            &file("summary.md"),
            "--feedback",
            &file("feedback"),
        ];
        std::fs::create_dir_all(&out).expect("a folder");
        let (code, _) = clinic_day(&args, &[]);
        let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let feedback = std::fs::read_dir(out.join("feedback"))
            .expect("the feedback folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "md"))
            .expect("a Markdown report");
        let feedback = std::fs::read_to_string(feedback).expect("readable");
        outputs.push((code, read("moodle.csv"), read("statements.json"), read("summary.md"), feedback));
    }
    let [(en_code, en_csv, en_xapi, en_summary, en_feedback), (fr_code, fr_csv, fr_xapi, fr_summary, fr_feedback)] =
        <[_; 2]>::try_from(outputs).expect("two runs");
    assert_eq!((en_code, &en_csv, &en_xapi), (fr_code, &fr_csv, &fr_xapi), "the grade does not depend on the language");
    assert!(en_summary.contains("# Class summary") && fr_summary.contains("# Sommaire du groupe"), "{fr_summary}");
    assert!(en_feedback.contains("## What to work on") && fr_feedback.contains("## À travailler"), "{fr_feedback}");
    assert!(fr_xapi.contains("\"fr-CA\"") && fr_xapi.contains("\"en-CA\""), "xAPI carries both languages");
}

/// `validate` speaks the author's language: the diagnostics and the summary line in French, the
/// codes and the JSON keys as they are (scripts read them).
#[test]
fn validate_speaks_french_and_keeps_its_codes() {
    let file = "tests/fixtures/broken/unknown-patient.ron";
    let (code, english) = clinic_day(&["validate", file], &[]);
    let (french_code, french) = clinic_day(&["--lang", "fr", "validate", file], &[]);
    assert_eq!((code, french_code), (1, 1), "{english}\n{french}");
    assert!(english.contains("error[unknown-patient]") && english.contains("1 file checked"), "{english}");
    assert!(french.contains("error[unknown-patient]") && french.contains("1 fichier vérifié"), "{french}");
    assert!(french.contains("aide\u{202f}:") && !french.contains("help:"), "{french}");
    let (_, json) = clinic_day(&["validate", file, "--format", "json"], &[("CLINIC_DAY_LANG", "fr")]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let diagnostic = &json["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["code"], "unknown-patient");
    let message = diagnostic["message"].as_str().expect("a message");
    assert!(message.contains("patient") && !message.contains("no patient"), "{message}");
}

/// The French exam sheet the docs ship checks out, and says what it sets in the language asked for.
#[test]
fn the_french_exam_sheet_checks_out_in_both_languages() {
    let sheet = "docs/examples/gmf-examen.exam.ron";
    let (code, english) = clinic_day(&["exam", sheet, "--check"], &[]);
    assert_eq!(code, 0, "{english}");
    assert!(english.contains("builtin:quebec-gmf.ron") && english.contains("attempts"), "{english}");
    let (code, french) = clinic_day(&["--lang", "fr", "exam", sheet, "--check"], &[]);
    assert_eq!(code, 0, "{french}");
    assert!(french.contains("tentatives") && french.contains("une seule tentative"), "{french}");
}

//! Each file in `tests/fixtures/broken/` holds one kind of mistake, and says on its first line which
//! diagnostic it must produce and where: `// expect: CODE LINE:COL` (`-` for whole-file problems).

use std::path::{Path, PathBuf};

use clinic_day::scenario::{FileReport, load_file};

fn fixtures() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The code and location a fixture expects, from its first line.
fn expectation(path: &Path) -> (String, Option<(usize, usize)>) {
    let bytes = std::fs::read(path).expect("readable");
    let first = String::from_utf8_lossy(bytes.split(|&b| b == b'\n').next().unwrap_or_default()).into_owned();
    let rest =
        first.strip_prefix("// expect: ").unwrap_or_else(|| panic!("{} lacks its `// expect:` line", path.display()));
    let (code, at) = rest.trim().split_once(' ').expect("`CODE LINE:COL`");
    let at = (at != "-").then(|| {
        let (line, column) = at.split_once(':').expect("LINE:COL");
        (line.parse().expect("line"), column.parse().expect("column"))
    });
    (code.to_owned(), at)
}

#[test]
fn every_broken_fixture_reports_its_mistake_where_it_is() {
    let files = fixtures();
    assert!(files.len() >= 30, "one fixture per kind of mistake; found {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let (code, at) = expectation(path);
        let report: FileReport = match load_file(path) {
            Ok(_) => {
                failures.push(format!("{}: loaded without an error", path.display()));
                continue;
            }
            Err(report) => report,
        };
        let found = report.diagnostics.iter().any(|d| {
            d.code == code
                && match (at, &d.span) {
                    (None, _) => true,
                    (Some((line, column)), Some(span)) => {
                        report.line_col(span.start).is_some_and(|p| (p.line, p.column) == (line, column))
                    }
                    (Some(_), None) => false,
                }
        });
        if !found {
            failures.push(format!("{}: expected {code} at {at:?}, got:\n{}", path.display(), report.render(false)));
        }
        // Every diagnostic about a span must be renderable with its snippet.
        let rendered = report.render(false);
        assert!(rendered.contains(&code), "{rendered}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_minimal_base_of_the_fixtures_is_valid() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.ron");
    let loaded = load_file(&base).unwrap_or_else(|r| panic!("{}", r.render(false)));
    assert!(loaded.report.diagnostics.is_empty(), "{}", loaded.report.render(false));
}

#[test]
fn rendered_diagnostics_read_like_rustc() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/unknown-field.ron");
    let report = load_file(&path).expect_err("broken");
    let text = report.render(false).replace(env!("CARGO_MANIFEST_DIR"), "");
    insta::assert_snapshot!(text);
}

#[test]
fn all_semantic_problems_are_reported_at_once() {
    // Three independent mistakes in one file: all three are reported, each at its own line.
    let base = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.ron"))
        .expect("base");
    let text = base
        .replace("patient: \"ann\"", "patient: \"anne\"")
        .replace("number: \"1234567897\"", "number: \"1234567891\"")
        .replace("at: \"09:10\"", "at: \"18:00\"");
    let report = clinic_day::scenario::load_str("three.ron", &text).expect_err("three errors");
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    for code in ["unknown-patient", "health-number", "outside-hours"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    let lines: std::collections::BTreeSet<usize> = report
        .diagnostics
        .iter()
        .filter_map(|d| d.span.as_ref().and_then(|s| report.line_col(s.start)))
        .map(|p| p.line)
        .collect();
    assert!(lines.len() >= 3, "each problem is at its own line: {lines:?}");
}

#[test]
fn suspicious_but_legal_content_warns_without_failing() {
    let base = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.ron"))
        .expect("base");
    let text = base
        .replace(
            "    patients: [\n",
            "    patients: [\n        (id: \"nobody\", name: \"No Body\", born: \"1990-01-01\", sex: Male, on_file: false),\n",
        )
        .replace("    timeline: [", "    scoring: (rules: [(rule: \"T1\", enabled: false)]),\n    timeline: [");
    let loaded = clinic_day::scenario::load_str("warnings.ron", &text)
        .unwrap_or_else(|report| panic!("warnings alone must not fail:\n{}", report.render(false)));
    let codes: Vec<&str> = loaded.report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(codes.contains(&"unused-patient"), "{codes:?}");
    assert!(codes.contains(&"critical-rule-off"), "{codes:?}");
    assert!(loaded.report.diagnostics.iter().all(|d| d.level == clinic_day::scenario::Level::Warning));
}

/// A scenario author at a Quebec college reads `validate` in French: every diagnostic of every
/// broken fixture is a message of the language files (not English built in the code), and reads
/// whole in both languages: no argument left unfilled, no message id shown for a gap.
#[test]
fn every_diagnostic_is_said_in_both_languages() {
    use clinic_day::i18n::{Lang, ids};
    let known = ids(Lang::En);
    for path in fixtures() {
        let report = match load_file(&path) {
            Ok(loaded) => loaded.report,
            Err(report) => report,
        };
        for d in &report.diagnostics {
            let place = format!("{} [{}]", path.display(), d.code);
            assert!(!d.message.is_as_written(), "{place}: the message is English text: {}", &*d.message);
            assert!(!d.label.is_as_written(), "{place}: the label is English text: {}", &*d.label);
            for words in d.help.iter().chain(&d.notes) {
                assert!(!words.is_as_written(), "{place}: a help or note is English text: {}", &**words);
            }
            for lang in Lang::ALL {
                for words in [&d.message, &d.label].into_iter().chain(d.help.iter()).chain(&d.notes) {
                    let said = words.in_lang(lang);
                    assert!(!said.contains("{$") && !said.contains("{ $"), "{place}: an argument unfilled: {said}");
                    assert!(
                        !said.split_whitespace().any(|w| known.iter().any(|id| id == w)),
                        "{place}: a message id shown for a gap in {lang:?}: {said}"
                    );
                }
            }
            assert_ne!(d.message.in_lang(Lang::Fr), d.message.in_lang(Lang::En), "{place}: not translated");
        }
        let french = report.render_in(false, Lang::Fr);
        assert!(french.contains(&report.diagnostics[0].code), "{french}");
    }
}

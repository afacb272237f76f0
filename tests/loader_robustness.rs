//! Bad input never panics: whatever the bytes, the loader answers with diagnostics.

use std::io::Write;

mod common;

use clinic_day::scenario::{BUILTIN, MAX_SCENARIO_BYTES, load_bytes, load_file};
use common::mutate::{apply, mutation};
use proptest::prelude::*;

fn shipped() -> Vec<&'static [u8]> {
    BUILTIN.iter().map(|b| b.text.as_bytes()).collect()
}

/// Loads `bytes`, and checks that a failure says something located or at least something.
fn load_never_panics(bytes: &[u8]) {
    match load_bytes("mutant.ron", bytes) {
        Ok(_) => {}
        Err(report) => {
            assert!(!report.diagnostics.is_empty(), "a failed load explains itself");
            let rendered = report.render(false);
            assert!(rendered.contains("error"), "{rendered}");
            // In both languages: a mutant's words must render whole in French too.
            let french = report.render_in(false, clinic_day::i18n::Lang::Fr);
            assert!(french.contains("error"), "{french}");
            assert_eq!(report.to_json(clinic_day::i18n::Lang::Fr).len(), report.diagnostics.len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_shipped_scenarios_never_panic(which in 0usize..3, mutations in prop::collection::vec(mutation(), 1..6)) {
        let files = shipped();
        let mut bytes = files[which % files.len()].to_vec();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        load_never_panics(&bytes);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        load_never_panics(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,2000}") {
        load_never_panics(text.as_bytes());
    }
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let report = load_file(std::path::Path::new("no/such/day.ron")).expect_err("missing");
    let text = report.render(false);
    assert!(text.contains("no/such/day.ron") && text.contains("cannot read"), "{text}");
}

#[test]
fn a_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = load_file(dir.path()).expect_err("a folder");
    assert!(report.render(false).contains("folder"), "{}", report.render(false));
}

#[test]
fn a_fifty_megabyte_file_is_refused_without_reading_it_all() {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    let chunk = vec![b'('; 1024 * 1024];
    for _ in 0..50 {
        file.write_all(&chunk).expect("write");
    }
    file.flush().expect("flush");
    let report = load_file(file.path()).expect_err("too big");
    let text = report.render(false);
    assert!(text.contains("50.0 MB") && text.contains(&format!("{} MB", MAX_SCENARIO_BYTES / 1_048_576)), "{text}");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for depth in [100usize, 10_000, 200_000] {
        let text = format!("{}{}", "(a: ".repeat(depth), ")".repeat(depth));
        load_never_panics(text.as_bytes());
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        load_never_panics(text.as_bytes());
    }
}

#[test]
fn invalid_utf8_points_at_the_bad_byte() {
    let report = load_bytes("latin1.ron", b"(format: 1, id: \"caf\xe9\")").expect_err("not UTF-8");
    let diagnostic = &report.diagnostics[0];
    assert_eq!(diagnostic.code, "encoding");
    let at = report.line_col(diagnostic.span.clone().expect("located").start).expect("position");
    assert_eq!((at.line, at.column), (1, 21));
}

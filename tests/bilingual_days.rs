//! A day written in two languages (format 2): each text read in the language asked for, a text
//! missing one shown in the other and counted, the validator warning where a bilingual day lacks a
//! language, and the day playing and grading the same in both.

use clinic_day::i18n::Lang;
use clinic_day::scenario::{load_str, load_str_in};
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::{Style, autoplay};

/// An English day (the tutorial as it was before it spoke French) made bilingual here: its title in
/// both languages, Ruth Okafor's voicemail in English alone, Tom Becker's call in French alone.
fn bilingual_tutorial() -> String {
    let tutorial = include_str!("fixtures/english-only-day.ron");
    let replace = |text: &str, from: &str, to: &str| {
        assert!(text.contains(from), "the tutorial still has `{from}`");
        text.replacen(from, to, 1)
    };
    let text = replace(tutorial, "    format: 2,\n", "    format: 2,\n    languages: [En, Fr],\n");
    let text = replace(
        &text,
        r#"title: "Tutorial: your first half hour at the desk","#,
        r#"title: (en: "Tutorial: your first half hour at the desk", fr: "Tutoriel : votre première demi-heure à l'accueil"),"#,
    );
    let text = replace(
        &text,
        r#"says: ["Hi, this is Tom Becker. I need my yearly cholesterol check-up, nothing urgent."],"#,
        r#"says: [(fr: "Bonjour, ici Tom Becker. J'ai besoin de mon bilan de cholestérol annuel, rien d'urgent.")],"#,
    );
    replace(
        &text,
        r#"says: ["Hello, it's Ruth Okafor. I'd like to know if my thyroid test results are in. Please call me back at home."],"#,
        r#"says: [(en: "Hello, it's Ruth Okafor. I'd like to know if my thyroid test results are in. Please call me back at home.")],"#,
    )
}

#[test]
fn each_text_is_read_in_the_language_asked_for_and_a_gap_is_counted() {
    let text = bilingual_tutorial();
    let english = load_str_in("bilingual.ron", &text, Lang::En).expect("loads");
    assert_eq!(english.scenario.title, "Tutorial: your first half hour at the desk");
    assert_eq!(english.fell_back, 1, "Tom Becker's French-only call");
    let french = load_str_in("bilingual.ron", &text, Lang::Fr).expect("loads");
    assert_eq!(french.scenario.title, "Tutoriel : votre première demi-heure à l'accueil");
    assert_eq!(french.fell_back, 1, "Ruth Okafor's English-only voicemail");
    let says = |loaded: &clinic_day::scenario::Loaded| format!("{:?}", loaded.scenario.timeline);
    assert!(says(&french).contains("Bonjour, ici Tom Becker") && says(&english).contains("Bonjour, ici Tom Becker"));
}

#[test]
fn the_validator_says_where_a_bilingual_day_lacks_a_language() {
    let text = bilingual_tutorial();
    let loaded = load_str("bilingual.ron", &text).expect("loads");
    let missing: Vec<_> = loaded.report.diagnostics.iter().filter(|d| d.code == "missing-language").collect();
    let line_of = |span: &std::ops::Range<usize>| text[..span.start].lines().count();
    let at = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    let no_french = missing.iter().find(|d| d.message.contains("no French")).expect("a text with no French");
    assert_eq!(no_french.span.as_ref().map(line_of), at("it's Ruth Okafor. I'd like to know"));
    let no_english = missing.iter().find(|d| d.message.contains("no English")).expect("a text with no English");
    assert_eq!(no_english.span.as_ref().map(line_of), at("Bonjour, ici Tom Becker"));
    assert!(
        missing.iter().any(|d| d.message.contains("the same in both languages")),
        "the plain English briefing is one string for both"
    );
    // A day that does not say it is bilingual is not told about its languages.
    let english_only = load_str("english.ron", include_str!("fixtures/english-only-day.ron")).expect("loads");
    assert!(english_only.report.diagnostics.iter().all(|d| d.code != "missing-language"));
}

#[test]
fn languages_need_format_2_and_a_text_needs_a_known_language() {
    let text = bilingual_tutorial().replacen("    format: 2,\n", "    format: 1,\n", 1);
    let report = load_str("old.ron", &text).expect_err("refused");
    assert!(report.diagnostics.iter().any(|d| d.code == "needs-format-2" && d.message.contains("languages")));
    let german = bilingual_tutorial().replacen("fr: \"Tutoriel", "de: \"Tutoriel", 1);
    let report = load_str("german.ron", &german).expect_err("refused");
    let said = report.render(false);
    assert!(said.contains("de") && said.contains("en") && said.contains("fr"), "{said}");
}

#[test]
fn a_bilingual_day_plays_and_scores_the_same_in_both_languages() {
    let text = bilingual_tutorial();
    let score = |lang| {
        let scenario = load_str_in("bilingual.ron", &text, lang).expect("loads").scenario;
        let seed = scenario.randomness.seed;
        let mut shift = Shift::new(std::sync::Arc::new(scenario), seed);
        autoplay(&mut shift, Style::Novice);
        let judgments: Vec<_> = shift
            .day()
            .journal
            .judgments()
            .map(|j| (j.rule.to_string(), j.about.clone(), j.at, j.kept, j.points.to_bits()))
            .collect();
        judgments
    };
    assert_eq!(score(Lang::En), score(Lang::Fr));
}

/// The shipped tutorial speaks both languages whole: nothing falls back, and nothing lacks one.
#[test]
fn the_tutorial_is_written_in_both_languages() {
    let text = include_str!("../scenarios/tutorial.ron");
    let french = load_str_in("tutorial.ron", text, Lang::Fr).expect("loads");
    assert_eq!(french.fell_back, 0);
    assert!(french.report.diagnostics.iter().all(|d| d.code != "missing-language"), "{}", french.report.render(false));
    assert!(french.scenario.title.starts_with("Tutoriel"), "{}", french.scenario.title);
}

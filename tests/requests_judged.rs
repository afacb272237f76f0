//! Which requests the rulebook's judge scores for themselves: each kind, asked on a live call and in
//! a voicemail with no symptoms, played by the expert and the novice, against the same day without
//! it. A request the scenario model calls unjudged (`Request::judged`, which the validator's
//! `unjudged-request` warning reads) adds no judgment beyond how the call was handled (C1, T10);
//! one judged for itself adds at least one; one judged through the book adds none when the booking
//! it leads to is made right, and the expert does make one.

mod common;

use clinic_day::scenario::{Event, RequestJudged};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::Action;

/// Every kind of request, as a patient (Ann) or a third party would ask it of the bench day.
fn requests() -> Vec<(&'static str, &'static str)> {
    vec![
        (r#"Appointment(reason: "A check-up")"#, r#"Patient("ann")"#),
        (r#"Results(test: "Blood count")"#, r#"Patient("ann")"#),
        ("Information([Diagnosis])", r#"Insurer("Big Life")"#),
        ("ClinicalInformation([Medications])", r#"Pharmacist("pharmacy")"#),
        (r#"Refill(drug: "Ramipril 5 mg")"#, r#"Patient("ann")"#),
        (r#"LimitedUseCode(drug: "Apixaban")"#, r#"Pharmacist("pharmacy")"#),
        (r#"SpeakToPhysician(reason: "A question about my pills")"#, r#"Patient("ann")"#),
        (r#"Cancel(appointment: "ann-tomorrow", reason: "Away")"#, r#"Patient("ann")"#),
        (r#"Reschedule(appointment: "ann-tomorrow")"#, r#"Patient("ann")"#),
        ("RecordsAccess", r#"Patient("ann")"#),
        (r#"Form(what: "A camp form")"#, r#"Patient("ann")"#),
        ("JoinPractice", r#"Patient("ann")"#),
        (r#"HarmConcern(details: "My neighbour says he'll hurt his wife")"#, r#"Patient("ann")"#),
        (r#"ChildWelfareConcern(details: "Bruises on the boy next door")"#, r#"Patient("ann")"#),
        (r#"Message("Please tell Dr. Lee I called")"#, r#"Patient("ann")"#),
    ]
}

#[test]
fn the_model_says_which_requests_the_judge_scores() {
    let mut wrong = Vec::new();
    for (wants, claims) in requests() {
        for kind in ["Call", "Voicemail"] {
            let event = format!(
                r#"(at: "10:40", event: {kind}(id: "probe", caller: (name: "Probe Caller", claims: {claims}), about: "ann", says: ["Hello."], wants: {wants})),
        (at: "09:00", event: Voicemail(id: "vm-ann""#
            );
            let scenario = common::bench_variant(&[(r#"(at: "09:00", event: Voicemail(id: "vm-ann""#, &event)]);
            let request = scenario
                .timeline
                .iter()
                .find_map(|e| match &e.event {
                    Event::Call(c) | Event::Voicemail(c) if c.id.as_str() == "probe" => Some(c.wants.clone()),
                    _ => None,
                })
                .expect("the probe");
            let mut rules = std::collections::BTreeSet::new();
            for style in [Style::Expert, Style::Novice] {
                let without = run_day(common::bench_variant(&[]), 5, Player::Autoplay(style));
                let before: std::collections::BTreeSet<(String, String)> =
                    without.journal.judgments().map(|j| (j.rule.to_string(), j.about.clone())).collect();
                let played = run_day(scenario.clone(), 5, Player::Autoplay(style));
                for j in played.journal.judgments() {
                    let handling = j.about == "probe" && ["C1", "T10"].contains(&j.rule.as_ref());
                    if !handling && !before.contains(&(j.rule.to_string(), j.about.clone())) {
                        rules.insert(format!("{} {}", j.rule, j.about));
                    }
                }
            }
            let judged = request.judged();
            println!("{kind:9} {wants:60} judged on {rules:?}; the model says {judged:?}");
            let agrees = match judged {
                RequestJudged::ForItself => !rules.is_empty(),
                RequestJudged::Never => rules.is_empty(),
                RequestJudged::ThroughTheBook => {
                    let expert = run_day(scenario.clone(), 5, Player::Autoplay(Style::Expert));
                    let on_the_book = expert.actions.iter().any(|a| match &a.action {
                        Action::Book(request) => request.answers.as_ref().is_some_and(|c| c.as_str() == "probe"),
                        Action::Cancel { appointment, .. } | Action::Reschedule { appointment, .. } => {
                            appointment.as_str() == "ann-tomorrow"
                        }
                        _ => false,
                    });
                    rules.is_empty() && on_the_book
                }
            };
            if !agrees {
                wrong.push(format!("{kind} {wants}: judged on {rules:?}, the model says {judged:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

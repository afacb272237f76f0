//! What the simulation says when it refuses an action (the toast « Non effectué : … », a call's
//! transcript) is in the learner's language: every refusal a confused first-week student can meet
//! is a message of the language files, whole in English and in French.

use std::sync::Arc;

use clinic_day::i18n::{Lang, ids};
use clinic_day::scenario::{AppointmentId, EventId, PatientId, StaffId};
use clinic_day::shift::Shift;
use clinic_day::sim::Action;

#[test]
fn every_refusal_is_said_in_both_languages() {
    let builtin = clinic_day::scenario::BUILTIN.iter().find(|b| b.file.contains("tutorial")).expect("the tutorial");
    let scenario = Arc::new(builtin.load().expect("loads").scenario);
    let mut shift = Shift::new(scenario.clone(), scenario.randomness.seed);
    let nobody = PatientId::from("no-such-patient");
    let no_call = EventId::from("no-such-call");
    let someone = scenario.patients[0].id.clone();
    let visit = AppointmentId::from("no-such-visit");
    let confused = vec![
        Action::Answer { call: no_call.clone() },
        Action::Hold { call: no_call.clone() },
        Action::TakeOffHold { call: no_call.clone() },
        Action::EndCall { call: no_call.clone() },
        Action::AskWhy { call: no_call },
        Action::CheckIn { appointment: visit.clone() },
        Action::VerifyHealthCard { patient: nobody.clone() },
        Action::VerifyHealthCard { patient: someone.clone() },
        Action::ReferToServiceOntario { patient: someone.clone() },
        Action::AskWhyHere { patient: someone.clone() },
        Action::TellWait { patient: nobody.clone(), minutes: 10 },
        Action::FetchClinician { patient: someone, who: StaffId::from("no-such-staff") },
        Action::Cancel { appointment: visit.clone(), reason: "sick".into() },
        Action::RegisterPatient { patient: nobody },
        Action::HangUp,
    ];
    let known = ids(Lang::En);
    let mut refused = 0;
    for action in confused {
        let place = format!("{action:?}");
        let Err(reason) = shift.apply(action) else { continue };
        refused += 1;
        assert!(!reason.is_as_written(), "{place}: the refusal is English text: {}", &*reason);
        for lang in Lang::ALL {
            let said = reason.in_lang(lang);
            assert!(!said.trim().is_empty(), "{place}: nothing said in {lang:?}");
            assert!(!said.contains("{$") && !said.contains("{ $"), "{place}: an argument unfilled: {said}");
            assert!(!said.split_whitespace().any(|w| known.iter().any(|id| id == w)), "{place}: an id shown: {said}");
        }
        assert_ne!(reason.in_lang(Lang::Fr), reason.in_lang(Lang::En), "{place}: not translated");
    }
    assert!(refused >= 12, "the confused actions are refused: {refused}");
}

/// "Next event" never does nothing: on every shipped day, a skip the shift takes moves the clock,
/// and once nothing is left to happen by itself the learner is told so, in their language.
#[test]
fn a_skip_moves_the_clock_or_says_why_not() {
    for builtin in clinic_day::scenario::BUILTIN {
        let scenario = Arc::new(builtin.load().expect("loads").scenario);
        let mut shift = Shift::new(scenario.clone(), scenario.randomness.seed);
        let mut told_nothing_left = false;
        // Bounded: a day has a few hundred things that happen by themselves at most.
        for _ in 0..2000 {
            if shift.day().finished || told_nothing_left {
                break;
            }
            let before = shift.day().now;
            match shift.apply(Action::SkipToNextEvent) {
                Ok(()) => assert!(shift.day().now > before, "{}: a skip at {before:?} left the clock", builtin.file),
                Err(reason) if reason.in_lang(Lang::En).starts_with("nothing more happens") => {
                    assert_eq!(shift.day().now, before, "{}: refused, and nothing moved", builtin.file);
                    assert!(reason.in_lang(Lang::Fr).starts_with("plus rien"), "{}", reason.in_lang(Lang::Fr));
                    told_nothing_left = true;
                }
                // Something waits for the desk (a call, someone at the counter): a minute goes by.
                Err(_) => {
                    let later = shift.day().now.plus_minutes(1);
                    shift.advance_to(later);
                }
            }
        }
        assert!(told_nothing_left || shift.day().finished, "{}: the skips never ended", builtin.file);
    }
}

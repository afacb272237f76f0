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

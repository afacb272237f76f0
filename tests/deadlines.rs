//! The rulebook's clocks (second edition), each tried by a scripted learner who acts at the very
//! minute its limit ends (kept) and one minute later (broken, saying which limit and how late).
//!
//! The days are `tests/fixtures/deadline-day.ron`, written and graded by hand from RULEBOOK.md before
//! it was first run (`deadline-day.grade.md`), and `deadline-calls.ron` for the message clocks. Each
//! test starts from the hand-graded learner's shift (`deadline-day.actions.ron`) and moves one action.

mod common;

use std::path::Path;
use std::sync::Arc;

use clinic_day::rules::{Judgment, Severity};
use clinic_day::scenario::{Scenario, load_file};
use clinic_day::shift::outcome::{Player, run_day};
use clinic_day::sim::action::{Advice, Purpose};
use clinic_day::sim::script::{TimedAction, load_actions};
use clinic_day::sim::{Action, SimTime};

fn fixture(name: &str) -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    Arc::new(load_file(&path).unwrap_or_else(|r| panic!("{}", r.render(false))).scenario)
}

/// The hand-graded learner's shift on the deadline day.
fn graded_shift(scenario: &Scenario) -> Vec<TimedAction> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/deadline-day.actions.ron");
    let text = std::fs::read_to_string(&path).expect("the action file");
    load_actions("deadline-day.actions.ron", &text, scenario).unwrap_or_else(|r| panic!("{}", r.render(false)))
}

/// The shift with every action matching `which` moved by `by_seconds` (and the rest kept in order).
fn moved(shift: &[TimedAction], which: impl Fn(&Action) -> bool, by_seconds: i64) -> Vec<TimedAction> {
    let mut moved: Vec<TimedAction> = shift
        .iter()
        .map(|timed| {
            let mut timed = timed.clone();
            if which(&timed.action) {
                let at = i64::from(timed.at.seconds()) + by_seconds;
                timed.at = SimTime::from_seconds(u32::try_from(at).expect("within the day"));
            }
            timed
        })
        .collect();
    moved.sort_by_key(|t| t.at);
    moved
}

fn judged<'a>(judgments: &'a [Judgment], rule: &str, about: &str) -> &'a Judgment {
    judgments
        .iter()
        .find(|j| j.rule == rule && j.about == about)
        .unwrap_or_else(|| panic!("{rule} about {about} was not judged: {judgments:#?}"))
}

fn play(scenario: &Arc<Scenario>, shift: &[TimedAction]) -> Vec<Judgment> {
    run_day(scenario.clone(), scenario.randomness.seed, Player::Script(shift)).scorecard.judgments
}

/// Kept at the limit, broken one minute past it, with the limit and the lateness in words.
fn at_the_limit_and_one_minute_past(
    scenario: &Arc<Scenario>,
    shift: &[TimedAction],
    which: impl Fn(&Action) -> bool + Copy,
    to_the_limit: i64,
    rule: &str,
    about: &str,
    severity: Severity,
) {
    let inside = play(scenario, &moved(shift, which, to_the_limit));
    let judgment = judged(&inside, rule, about);
    assert!(judgment.kept, "at the limit: {judgment:#?}");
    let late = play(scenario, &moved(shift, which, to_the_limit + 60));
    let judgment = judged(&late, rule, about);
    assert!(!judgment.kept, "one minute past the limit: {judgment:#?}");
    assert_eq!(judgment.severity, severity);
    assert!(judgment.did.contains("limit of"), "names the limit: {}", judgment.did);
    assert!(judgment.did.contains("minutes after"), "says how late in the end: {}", judgment.did);
    // The same chance, the same points, whichever way it went.
    assert_eq!(judged(&inside, rule, about).points, judgment.points);
}

#[test]
fn the_hand_graded_learner_fails_on_the_two_late_gates() {
    let scenario = fixture("deadline-day.ron");
    let card = run_day(scenario.clone(), 616, Player::Script(&graded_shift(&scenario))).scorecard;
    assert!(!card.passed);
    assert_eq!(card.failed_gates, ["T1", "T4"]);
    let broken: Vec<(&str, &str)> = card.deductions().iter().map(|j| (j.rule.as_ref(), j.about.as_str())).collect();
    // The hand grade's three, and T9's second edition (judged since the call-back promise came):
    // Mr. Arsenault's fever went to the physician as a message, and nobody told him who would call
    // back or by when.
    assert_eq!(broken.len(), 4, "{broken:?}");
    for (rule, about) in [
        ("T1", "vm-fenwick-speech"),
        ("T4", "walkin-carvalho-wheeze"),
        ("S7", "delay-lindqvist-0"),
        ("T9", "vm-arsenault-fever-promise"),
    ] {
        assert!(broken.contains(&(rule, about)), "{rule} {about} not broken: {broken:?}");
    }
    // The hand grade: 911 advised 25 minutes after the message, the nurse 8 minutes after arrival,
    // the room told 20 minutes after the delay was known.
    let t1 = judged(&card.judgments, "T1", "vm-fenwick-speech");
    assert!(t1.did.contains("limit of 15 minutes") && t1.did.contains("25 minutes after"), "{}", t1.did);
    let t4 = judged(&card.judgments, "T4", "walkin-carvalho-wheeze");
    assert!(t4.did.contains("8 minutes after"), "{}", t4.did);
    let s7 = judged(&card.judgments, "S7", "delay-lindqvist-0");
    assert!(s7.did.contains("20 minutes after"), "{}", s7.did);
    for (rule, about) in [("T11", "lab-brzezinski-sodium"), ("T10", "vm-arsenault-fever"), ("T10", "vm-fenwick-speech")]
    {
        assert!(judged(&card.judgments, rule, about).kept, "{rule} {about}");
    }
}

#[test]
fn t1_from_a_message_911_advised_within_15_minutes() {
    // Advised at 10:05:15 for a message left at 09:40: 14:45 earlier is 09:55:00, the limit itself.
    let scenario = fixture("deadline-day.ron");
    let shift = graded_shift(&scenario);
    let returning = |a: &Action| match a {
        Action::PlaceCall { purpose: Purpose::ReturnVoicemail { voicemail }, .. } => {
            voicemail.as_str() == "vm-fenwick-speech"
        }
        Action::Advise { call, .. }
        | Action::FlagToPhysician { about: clinic_day::sim::action::Flag::Call(call), .. } => {
            call.as_str() == "vm-fenwick-speech"
        }
        Action::Note { patient, .. } => patient.as_str() == "gerald-fenwick",
        Action::HangUp => false,
        _ => false,
    };
    // The hang-up at 10:06 stays put: the call is simply longer.
    at_the_limit_and_one_minute_past(
        &scenario,
        &shift,
        returning,
        -(10 * 60 + 15),
        "T1",
        "vm-fenwick-speech",
        Severity::Critical,
    );
}

#[test]
fn t4_a_clinician_for_someone_in_distress_within_5_minutes() {
    let scenario = fixture("deadline-day.ron");
    let shift = graded_shift(&scenario);
    let fetching = |a: &Action| matches!(a, Action::FetchClinician { patient, .. } | Action::VerifyHealthCard { patient } if patient.as_str() == "ines-carvalho");
    // Fetched at 09:23 for a walk-in at 09:15: the limit is 09:20.
    at_the_limit_and_one_minute_past(
        &scenario,
        &shift,
        fetching,
        -3 * 60,
        "T4",
        "walkin-carvalho-wheeze",
        Severity::Critical,
    );
}

#[test]
fn t11_a_critical_result_reaches_the_physician_within_15_minutes() {
    let scenario = fixture("deadline-day.ron");
    let shift = graded_shift(&scenario);
    let flagging = |a: &Action| match a {
        Action::FlagToPhysician { about: clinic_day::sim::action::Flag::Document(d), .. } => {
            d.as_str() == "lab-brzezinski-sodium"
        }
        Action::FileDocument { document, .. } => document.as_str() == "lab-brzezinski-sodium",
        _ => false,
    };
    // Flagged at 10:30 for a fax at 10:20: the limit is 10:35.
    at_the_limit_and_one_minute_past(
        &scenario,
        &shift,
        flagging,
        5 * 60,
        "T11",
        "lab-brzezinski-sodium",
        Severity::Critical,
    );
}

#[test]
fn s7_the_waiting_room_told_within_15_minutes_of_a_long_delay() {
    let scenario = fixture("deadline-day.ron");
    let shift = graded_shift(&scenario);
    // Only the first announcement (09:00) moves; the second, at 09:27, is for a later arrival.
    let first = |a: &Action| matches!(a, Action::AnnounceDelay { minutes: 40 });
    let shift: Vec<TimedAction> =
        shift.into_iter().filter(|t| !(first(&t.action) && t.at == common::t("09:27"))).collect();
    // Told at 09:00 for a delay known at 08:40: the limit is 08:55.
    at_the_limit_and_one_minute_past(&scenario, &shift, first, -5 * 60, "S7", "delay-lindqvist-0", Severity::Minor);
}

#[test]
fn t10_an_urgent_message_waiting_at_opening_is_returned_within_30_minutes_of_opening() {
    let scenario = fixture("deadline-day.ron");
    let shift = graded_shift(&scenario);
    let returning = |a: &Action| match a {
        Action::PlaceCall { purpose: Purpose::ReturnVoicemail { voicemail }, .. } => {
            voicemail.as_str() == "vm-arsenault-fever"
        }
        Action::AskIdentifiers { call } | Action::TakeMessage { call, .. } | Action::Advise { call, .. } => {
            call.as_str() == "vm-arsenault-fever"
        }
        Action::Note { patient, .. } => patient.as_str() == "colette-arsenault",
        Action::HangUp => false,
        _ => false,
    };
    // Left at 08:12 before opening: its clock starts at 08:30 and runs out at 09:00. The learner's
    // call at 08:32 moves to 09:00, the hang-up with it.
    let shift: Vec<TimedAction> = shift
        .into_iter()
        .map(|mut t| {
            if matches!(t.action, Action::HangUp) && t.at == common::t("08:34") {
                t.action = Action::Note { patient: "colette-arsenault".into(), text: "(kept on the line)".into() };
            }
            t
        })
        .collect();
    let mut shift = moved(&shift, returning, 28 * 60);
    shift.push(TimedAction { at: common::t("09:03"), action: Action::HangUp });
    shift.sort_by_key(|t| t.at);
    let inside = play(&scenario, &shift);
    assert!(judged(&inside, "T10", "vm-arsenault-fever").kept);
    let late = play(&scenario, &moved(&shift, returning, 60));
    let judgment = judged(&late, "T10", "vm-arsenault-fever");
    assert!(!judgment.kept);
    assert!(judgment.did.contains("the clinic opened at 08:30"), "{}", judgment.did);
    assert!(judgment.did.contains("the message was left today 08:12, before opening"), "{}", judgment.did);
}

/// The message clocks of `deadline-calls.ron`: returned by calling back (PlaceCall at `at`), then a
/// live transfer to the nurse (T3's hand-off, T5's clinician) right away.
fn call_back_and_hand_off(
    voicemail: &str,
    patient: &str,
    number: clinic_day::scenario::PhoneKind,
    at: &str,
) -> Vec<TimedAction> {
    let at = common::t(at);
    vec![
        TimedAction {
            at,
            action: Action::PlaceCall {
                patient: patient.into(),
                number,
                purpose: Purpose::ReturnVoicemail { voicemail: voicemail.into() },
            },
        },
        TimedAction { at, action: Action::Advise { call: voicemail.into(), advice: Advice::Crisis988 } },
        TimedAction { at, action: Action::Transfer { call: voicemail.into(), to: "nurse-beaulieu".into() } },
    ]
}

#[test]
fn t3_a_crisis_message_handed_to_a_clinician_within_15_minutes() {
    let scenario = fixture("deadline-calls.ron");
    let mobile = clinic_day::scenario::PhoneKind::Mobile;
    let inside = play(&scenario, &call_back_and_hand_off("vm-leclair-dark", "denis-leclair", mobile, "09:15"));
    let kept = judged(&inside, "T3", "vm-leclair-dark");
    assert!(kept.kept, "{kept:#?}");
    let late = play(&scenario, &call_back_and_hand_off("vm-leclair-dark", "denis-leclair", mobile, "09:16"));
    let broken = judged(&late, "T3", "vm-leclair-dark");
    assert!(!broken.kept && broken.severity == Severity::Critical, "{broken:#?}");
    assert!(broken.did.contains("limit of 15 minutes") && broken.did.contains("16 minutes after"), "{}", broken.did);
    assert_eq!(kept.points, broken.points);
}

#[test]
fn t5_a_clinician_reached_within_30_minutes_for_someone_who_needs_one_now() {
    let scenario = fixture("deadline-calls.ron");
    let mobile = clinic_day::scenario::PhoneKind::Mobile;
    let inside =
        play(&scenario, &call_back_and_hand_off("vm-vaughan-breathless", "priscilla-vaughan", mobile, "10:30"));
    assert!(judged(&inside, "T5", "vm-vaughan-breathless").kept);
    assert!(judged(&inside, "T10", "vm-vaughan-breathless").kept);
    let late = play(&scenario, &call_back_and_hand_off("vm-vaughan-breathless", "priscilla-vaughan", mobile, "10:31"));
    for rule in ["T5", "T10"] {
        let broken = judged(&late, rule, "vm-vaughan-breathless");
        assert!(!broken.kept && broken.severity == Severity::Major, "{broken:#?}");
        assert!(
            broken.did.contains("limit of 30 minutes") && broken.did.contains("31 minutes after"),
            "{}",
            broken.did
        );
    }
}

#[test]
fn a_clinic_may_set_its_own_limit_and_the_judgment_quotes_it() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/deadline-calls.ron");
    let text = std::fs::read_to_string(path).expect("the fixture");
    let stricter =
        text.replace("        pass_mark: 70,\n", "        pass_mark: 70,\n        deadlines: (urgent_message: 20),\n");
    let scenario = Arc::new(
        clinic_day::scenario::load_str("stricter.ron", &stricter)
            .unwrap_or_else(|r| panic!("{}", r.render(false)))
            .scenario,
    );
    let mobile = clinic_day::scenario::PhoneKind::Mobile;
    let late = play(&scenario, &call_back_and_hand_off("vm-vaughan-breathless", "priscilla-vaughan", mobile, "10:21"));
    let t10 = judged(&late, "T10", "vm-vaughan-breathless");
    assert!(!t10.kept && t10.did.contains("this clinic's limit of 20 minutes"), "{}", t10.did);
    assert!(judged(&late, "T5", "vm-vaughan-breathless").kept, "T5 keeps the rulebook's 30 minutes");
}

/// A clinician now on a live call: the 30 minutes run from the first ring, and an urgent flag about
/// the call after it ended counts (RULEBOOK second edition: a clinician reached by a hand-off or an
/// urgent message taken by one). Ending the call unescalated is not yet the breach; the clock is.
#[test]
fn t5_a_live_call_ended_unescalated_is_kept_by_an_urgent_flag_within_30_minutes() {
    let scenario = Arc::new(
        clinic_day::scenario::BUILTIN
            .iter()
            .find(|b| b.file == "maple-family-practice.ron")
            .and_then(|b| b.load().ok())
            .expect("the maple day")
            .scenario,
    );
    let call = "call-tremblay-infant";
    let shift = |flag_at: &str| -> Vec<TimedAction> {
        let t = |s: &str| s.parse::<SimTime>().expect("a time");
        vec![
            // The call first rings at 09:16 on this seed: the clock runs to 09:46.
            TimedAction { at: t("09:16:05"), action: Action::Answer { call: call.into() } },
            TimedAction { at: t("09:17"), action: Action::EndCall { call: call.into() } },
            TimedAction {
                at: t(flag_at),
                action: Action::FlagToPhysician {
                    about: clinic_day::sim::action::Flag::Call(call.into()),
                    physician: "haddad".into(),
                    urgent: true,
                    note: "7-week-old with fever: please call the mother now".into(),
                },
            },
        ]
    };
    let inside = play(&scenario, &shift("09:45"));
    let kept = judged(&inside, "T5", call);
    assert!(kept.kept, "{kept:#?}");
    let late = play(&scenario, &shift("09:47"));
    let broken = judged(&late, "T5", call);
    assert!(!broken.kept && broken.did.contains("30 minutes"), "{}", broken.did);
}

//! `clinic-day run`: play a day headless, from an action file or with a built-in player, and print
//! the scorecard.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clinic_day::i18n::Lang;
use clinic_day::practicum::live::{self, LiveHeader, LiveJournal};
use clinic_day::practicum::record::LiveRecord;
use clinic_day::practicum::results::{ResultsFile, ShiftRecord};
use clinic_day::practicum::stamp::ScenarioStamp;
use clinic_day::rules::Words;
use clinic_day::scenario::{BUILTIN, FileReport, Scenario};
use clinic_day::shift::Shift;
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::resume_in_app;
use clinic_day::shift::outcome::{Player, run_day_in_app};
use clinic_day::shift::plugin::{Drive, WriteAhead};
use clinic_day::sim::script::TimedAction;
use clinic_day::sim::script::{load_actions, to_text};

/// Play a clinic day headless and print its scorecard.
///
/// The day is played either from an action file (a RON list of timed actions, as a learner's shift
/// or a test writes it) or by a built-in player: `expert` plays by the rulebook and is the answer
/// key (100 on a winnable day); `novice` makes a first-week student's typical mistakes.
///
/// Exit status: 0 whenever the day was played, whatever the score; 1 when the scenario or the action
/// file has errors (printed with file:line:column).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  clinic-day run scenarios/greene-cardiology.ron --autoplay expert\n  clinic-day run scenarios/tutorial.ron --actions my-shift.ron --report report.json\n  clinic-day run tutorial --autoplay novice --journal journal.ron"
)]
#[command(group(clap::ArgGroup::new("player").required(true).args(["actions", "autoplay"])))]
pub struct Args {
    /// A scenario file, or the name of a built-in day (greene-cardiology, maple-family-practice, tutorial)
    pub scenario: String,

    /// The seed for the day's randomness [default: the scenario's own]
    #[arg(long)]
    pub seed: Option<u64>,

    /// Play the timed actions in this RON file
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,

    /// Let a built-in player play the day
    #[arg(long, value_enum, value_name = "PLAYER")]
    pub autoplay: Option<Style>,

    /// Write the scorecard to this file: JSON for `.json`, RON for `.ron`
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Write the journal (every event, action and judgment) to this file: JSON or RON by extension
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,

    /// Write the actions played as an action file (to replay an autoplay run, or edit it)
    #[arg(long, value_name = "FILE")]
    pub save_actions: Option<PathBuf>,

    /// Write a results file (JSON): the learner, the scenario's id and SHA-256, the seed, every
    /// action and the scorecard, as the game writes at the end of a shift; `clinic-day grade`
    /// re-grades it. For instructors' reference answers and for tests.
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,

    /// Keep a live journal in FILE while playing an action file: each action is synced to the disk
    /// before it takes effect. If FILE is left from an interrupted run of the same scenario and seed,
    /// the run resumes from it instead of starting over (the journal it ends with is the one an
    /// uninterrupted run gives). The file is removed once the day is over.
    #[arg(long, value_name = "FILE", requires = "actions")]
    pub live: Option<PathBuf>,

    /// The learner id written into the results file
    #[arg(long, value_name = "ID", default_value = "reference")]
    pub learner: String,

    /// Print only the total and pass/fail line
    #[arg(long, short)]
    pub quiet: bool,

    /// Worker threads for the simulation's task pools [default: one per core]. The result never
    /// depends on it; tests use it to prove that.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

pub fn run(args: &Args, lang: clinic_day::i18n::Lang) -> ExitCode {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // The day as reports, journals and results files carry it: read in English, whatever the
    // language printed, so a grader's files never depend on it.
    let (scenario, bytes) = match load_scenario(&args.scenario, Lang::En) {
        Ok((s, bytes)) => (Arc::new(s), bytes),
        Err(report) => {
            eprint!("{}", report.render_in(colour, lang));
            return ExitCode::from(1);
        }
    };
    let seed = args.seed.unwrap_or(scenario.randomness.seed);
    let script = match &args.actions {
        Some(path) => match read_actions(path, &scenario) {
            Ok(actions) => Some(actions),
            Err(report) => {
                eprint!("{}", report.render_in(colour, lang));
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let player = match (&script, args.autoplay) {
        (Some(actions), _) => Player::Script(actions),
        (None, Some(style)) => Player::Autoplay(style),
        (None, None) => return ExitCode::from(2),
    };
    let mut started = clinic_day::practicum::results::now_iso8601();
    let outcome = match (&args.live, &script) {
        (Some(path), Some(actions)) => {
            let stamp = ScenarioStamp {
                id: scenario.id.clone(),
                title: scenario.title.clone(),
                sha256: clinic_day::practicum::stamp::sha256_hex(&bytes),
            };
            match play_live(path, &scenario, stamp, seed, actions, args, lang) {
                Ok((outcome, began)) => {
                    started = began;
                    outcome
                }
                Err(message) => {
                    eprintln!("error: {}", message.in_lang(lang));
                    return ExitCode::from(1);
                }
            }
        }
        _ => run_day_in_app(scenario.clone(), seed, player, args.threads),
    };
    // Printed in another language, the same actions are played again on the day read in it, so
    // what people read quotes the day's own words in their language (the scores are the same).
    let shown = if lang == Lang::En || args.quiet {
        None
    } else {
        load_scenario(&args.scenario, lang).ok().map(|(in_lang, _)| {
            let actions = outcome.journal.actions();
            run_day_in_app(Arc::new(in_lang), seed, Player::Script(&actions), args.threads)
        })
    };
    let card = &outcome.scorecard;
    if args.quiet {
        println!("{:.1} {}", card.total, if card.passed { "pass" } else { "fail" });
    } else {
        // One write, which a reader that stops early (`| head`) ends quietly.
        let (shown_card, shown_journal) =
            shown.as_ref().map_or((card, &outcome.journal), |o| (&o.scorecard, &o.journal));
        let printed = super::print_out(
            &format!("{}{}", shown_card.render_in(lang), branches(&scenario, shown_journal, lang)),
            lang,
        );
        if printed != ExitCode::SUCCESS {
            return printed;
        }
    }
    let mut ok = true;
    if let Some(path) = &args.report {
        ok &= write(path, card, lang);
    }
    if let Some(path) = &args.journal {
        ok &= write(path, &outcome.journal, lang);
    }
    if let Some(path) = &args.save_actions
        && let Err(e) = std::fs::write(path, to_text(&outcome.actions))
    {
        eprintln!("error: {}", cannot_write(path, Words::from(e.to_string())).in_lang(lang));
        ok = false;
    }
    if let Some(path) = &args.results {
        let results = ResultsFile::of_shift(ShiftRecord {
            exam: None,
            learner: &args.learner,
            scenario: &scenario,
            scenario_sha256: clinic_day::practicum::stamp::sha256_hex(&bytes),
            seed,
            mode: "practice",
            started: Some(started),
            journal: outcome.actions.clone(),
            scorecard: outcome.scorecard.clone(),
        });
        if let Err(e) = clinic_day::storage::write_atomic(path, results.to_json().as_bytes()) {
            eprintln!("error: {}", cannot_write(path, Words::from(e.to_string())).in_lang(lang));
            ok = false;
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// The consequences of the day (format 2's `only_if` and `unless`): which way each went, and why.
fn branches(scenario: &Scenario, journal: &clinic_day::sim::Journal, lang: clinic_day::i18n::Lang) -> String {
    use clinic_day::i18n::text;
    use clinic_day::practicum::identity::printable;
    use clinic_day::sim::Entry;
    let mut out = String::new();
    for entry in &journal.entries {
        let Entry::Branch { entry: index, happens, because } = &entry.what else { continue };
        if out.is_empty() {
            out.push_str(&format!("\n{}\n", text(lang, "consequences", &[])));
        }
        let event = scenario.timeline.get(*index).map(|item| &item.event);
        let what = match event {
            Some(event) => {
                let kind = text(lang, "consequence-event", &[("kind", event.kind_name().into())]);
                match event.id() {
                    Some(id) => format!("{kind} `{}`", printable(id.as_str(), 60)),
                    None => kind,
                }
            }
            None => text(lang, "consequence-timeline-entry", &[("index", (*index).into())]),
        };
        let verdict = text(lang, if *happens { "consequence-happened" } else { "consequence-did-not-happen" }, &[]);
        let (and, and_then) = (text(lang, "consequence-and", &[]), text(lang, "consequence-and-then", &[]));
        let because =
            because.said(|c, held| condition_words(c, held, lang), &format!(" {and} "), &format!(", {and_then} "));
        let because = printable(&because, 400);
        let said = text(lang, "consequence-because", &[("verdict", verdict.into()), ("because", because.into())]);
        out.push_str(&format!("  {:>8}  {what} {said}\n", entry.at.to_string()));
    }
    out
}

/// A simple condition of a consequence and whether it held, in `lang` ("`call-bob` was sent to
/// emergency care").
fn condition_words(condition: &clinic_day::scenario::Condition, held: bool, lang: Lang) -> String {
    use clinic_day::scenario::Condition;
    let (kind, id) = match condition {
        Condition::Happened(id) => ("happened", id.to_string()),
        Condition::SentToEmergency(id) => ("sent-to-emergency", id.to_string()),
        Condition::AskedWhy(id) => ("asked-why", id.to_string()),
        Condition::Reached(id) => ("reached", id.to_string()),
        Condition::ClinicianReached(id) => ("clinician-reached", id.to_string()),
        Condition::LeftUnseen(id) => ("left-unseen", id.to_string()),
        Condition::Flagged(id) => ("flagged", id.to_string()),
        Condition::Booked(patient) => ("booked", patient.to_string()),
        Condition::Chased(referral) => ("chased", referral.to_string()),
        // Explained part by part: a whole one is never said.
        Condition::AllOf(_) | Condition::AnyOf(_) => return condition.words(held),
    };
    let id = clinic_day::practicum::identity::printable(&id, 60);
    let args = [("kind", kind.into()), ("held", if held { "yes" } else { "no" }.into()), ("id", id.into())];
    clinic_day::i18n::text(lang, "consequence-condition", &args)
}

/// Plays an action file with a live journal at `path`, resuming from it when it is left from an
/// interrupted run; the outcome and when the shift first started. What it says on the way is in
/// `lang`.
fn play_live(
    path: &Path,
    scenario: &Arc<Scenario>,
    stamp: ScenarioStamp,
    seed: u64,
    actions: &[TimedAction],
    args: &Args,
    lang: Lang,
) -> Result<(clinic_day::shift::outcome::Outcome, String), Words> {
    let shown = path.display().to_string();
    let mut day = Shift::new(scenario.clone(), seed);
    let (journal, done, started) = if path.exists() {
        // Why a live journal does not read, as the reader of live journals says it.
        let recovered = live::recover(path)?;
        let header = &recovered.header;
        if header.scenario != stamp || header.seed != seed {
            return Err(Words::msg("out-run-other-shift")
                .arg("path", shown.as_str())
                .arg("scenario", header.scenario.id.as_str())
                .arg("seed", header.seed.to_string()));
        }
        if actions.get(..recovered.actions.len()) != Some(&recovered.actions[..]) {
            return Err(Words::msg("out-run-not-this-action-file").arg("path", shown.as_str()));
        }
        // The day as it was: the same actions at the same moments, on the same seed.
        day.replay(&recovered.actions);
        let resuming = Words::msg(if recovered.torn { "out-run-resuming-torn" } else { "out-run-resuming" })
            .arg("path", shown.as_str())
            .arg("count", recovered.actions.len());
        eprintln!("{}", resuming.in_lang(lang));
        let journal = LiveJournal::reopen(&recovered)
            .map_err(|e| Words::msg("out-run-cannot-reopen").arg("path", shown.as_str()).arg("why", e.to_string()))?;
        (journal, recovered.actions.len(), header.started.clone())
    } else {
        let started = clinic_day::practicum::results::now_iso8601();
        let header = LiveHeader::new(&args.learner, "practice", stamp, &args.scenario, seed, started.clone());
        let journal = LiveJournal::create(path, &header)
            .map_err(|e| Words::msg("out-run-cannot-create").arg("path", shown.as_str()).arg("why", e.to_string()))?;
        (journal, 0, started)
    };
    let drive = Drive::Script { actions: actions.to_vec(), next: done };
    let outcome = resume_in_app(day, drive, Some(WriteAhead::new(LiveRecord::new(journal))), args.threads);
    // The day is over and everything it produces is about to be written: no shift left to resume.
    if let Err(e) = std::fs::remove_file(path) {
        let said = Words::msg("out-run-cannot-remove").arg("path", shown.as_str()).arg("why", e.to_string());
        eprintln!("warning: {}", said.in_lang(lang));
    }
    Ok((outcome, started))
}

/// A scenario by path, or a built-in day by name, its texts in `lang` where it has them; with the
/// bytes it was read from (results files carry their hash).
pub fn load_scenario(name: &str, lang: Lang) -> Result<(Scenario, Vec<u8>), FileReport> {
    let path = Path::new(name);
    if !path.exists()
        && let Some(builtin) = BUILTIN.iter().find(|b| b.file.trim_end_matches(".ron") == name)
    {
        return builtin.load_in(lang).map(|l| (l.scenario, builtin.text.as_bytes().to_vec()));
    }
    // One read: the hash the results file carries is of the very bytes that were played.
    let bytes = clinic_day::scenario::read_file(path)?;
    let scenario = clinic_day::scenario::load_bytes_in(name, &bytes, lang)?.scenario;
    Ok((scenario, bytes))
}

fn read_actions(path: &Path, scenario: &Scenario) -> Result<Vec<clinic_day::sim::script::TimedAction>, FileReport> {
    use clinic_day::storage::{FileKind, read_capped_text};
    let name = path.display().to_string();
    match read_capped_text(path, FileKind::Actions) {
        Ok(text) => load_actions(&name, &text, scenario),
        Err(e) => {
            let mut report = FileReport::new(name);
            report.diagnostics.push(
                clinic_day::scenario::Diagnostic::error(
                    "io",
                    Words::msg("out-run-cannot-read-actions").arg("why", e.words()),
                )
                .with_help(Words::msg("out-run-cannot-read-actions-help")),
            );
            Err(report)
        }
    }
}

fn write<T: serde::Serialize>(path: &Path, value: &T, lang: Lang) -> bool {
    // The libraries' and the system's reasons are quoted as they give them.
    let text = match path.extension().and_then(|e| e.to_str()) {
        Some("json") => serde_json::to_string_pretty(value).map(|t| t + "\n").map_err(|e| Words::from(e.to_string())),
        Some("ron") => clinic_day::scenario::to_ron(value).map(|t| t + "\n").map_err(|e| Words::from(e.to_string())),
        _ => Err(Words::msg("out-run-json-or-ron")),
    };
    match text.and_then(|t| std::fs::write(path, t).map_err(|e| Words::from(e.to_string()))) {
        Ok(()) => true,
        Err(why) => {
            eprintln!("error: {}", cannot_write(path, why).in_lang(lang));
            false
        }
    }
}

/// "cannot write FILE: why", for the person running the day.
fn cannot_write(path: &Path, why: Words) -> Words {
    Words::msg("out-run-cannot-write").arg("path", path.display().to_string()).arg("why", why)
}

//! xAPI (Experience API 1.0.3) statements for graded attempts, for a college's Learning Record
//! Store. Per attempt: "completed" and "passed" or "failed", with the learner as an account (never
//! an email), the scenario as the activity, the score (scaled, raw, min, max), success and the
//! attempt's duration, the attempt id as `context.registration` and the category scores, seed and
//! scenario hash as extensions; then one "responded" statement per judged decision, its rule as the
//! activity. Statement ids are derived from the attempt, so sending twice never stores a copy.

use serde_json::{Value, json};

use super::results::ResultsFile;
use crate::i18n::{Lang, text};
use crate::rules::{Judgment, Reading, Scorecard, rule};

/// Where the statements' IRIs live. The activity and extension IRIs only have to be stable and
/// unique; `.invalid` is reserved for names that are not meant to resolve.
pub const BASE: &str = "https://clinic-day.invalid";

const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
const VERB_RESPONDED: &str = "http://adlnet.gov/expapi/verbs/responded";

/// One graded attempt, and what to call its learner's account.
pub struct GradedAttempt<'a> {
    pub results: &'a ResultsFile,
    /// The replayed (trusted) scorecard.
    pub card: &'a Scorecard,
    /// The `homePage` of the learner's account: the learning system where the id means something.
    pub home_page: &'a str,
    /// Made by an earlier version and judged again under this one's rulebook.
    pub rejudged: Option<&'a super::grade::Rejudged>,
    /// Checked against the exam's witness store; otherwise made on the learner's machine alone.
    pub witnessed: bool,
    /// The reading of the rulebook the day was judged by (its clinic's jurisdiction): the rules'
    /// names follow it, as their descriptions do.
    pub reading: Reading,
    /// The scenario's title as the grader's copy of the day reads in English; `None` without one
    /// (the title the results file carries stands in).
    pub title_en: Option<&'a str>,
    /// The scenario's title as the day reads in French: the activity's name carries it when the
    /// day has a title of its own in French (an English-only day's name stays English only).
    pub title_fr: Option<&'a str>,
}

/// Every statement for one attempt: the attempt's two, then one per judged decision.
pub fn statements(a: &GradedAttempt<'_>) -> Vec<Value> {
    let r = a.results;
    let card = a.card;
    let actor = json!({"objectType": "Agent", "account": {"homePage": a.home_page, "name": r.learner}});
    let english = a.title_en.unwrap_or(&r.scenario.title);
    let mut name = json!({"en-CA": english});
    if let Some(french) = a.title_fr.filter(|french| *french != english) {
        name["fr-CA"] = json!(french);
    }
    let scenario = json!({
        "objectType": "Activity",
        "id": format!("{BASE}/scenarios/{}", r.scenario.id),
        "definition": {
            "name": name,
            "type": "http://adlnet.gov/expapi/activities/simulation",
        },
    });
    let mut extensions = json!({
        format!("{BASE}/xapi/category-scores"): {
            "triage": card.categories.triage,
            "confidentiality": card.categories.confidentiality,
            "scheduling": card.categories.scheduling,
        },
        format!("{BASE}/xapi/seed"): r.seed,
        format!("{BASE}/xapi/scenario-sha256"): r.scenario.sha256,
        format!("{BASE}/xapi/mode"): r.mode,
        format!("{BASE}/xapi/simulator"): r.simulator,
        // Made on the learner's machine; witnessed only when a store received it as it was played.
        format!("{BASE}/xapi/witnessed"): a.witnessed,
    });
    let rejudged = a.rejudged.map(|j| json!({"made-by": format!("clinic-day {}", j.made_by), "claimed": j.claimed}));
    set_if(&mut extensions, &format!("{BASE}/xapi/rejudged"), rejudged);
    let exam = r.exam.as_ref().map(|exam| json!({"title": exam.title, "sha256": exam.sha256}));
    set_if(&mut extensions, &format!("{BASE}/xapi/exam"), exam);
    let context = json!({"registration": r.attempt, "extensions": extensions});
    let score = json!({"scaled": card.total / 100.0, "raw": card.total, "min": 0.0, "max": 100.0});
    let duration = match (r.started.as_deref(), r.finished.as_deref()) {
        (Some(start), Some(end)) => seconds_between(start, end).map(|s| json!(iso_duration(s))),
        _ => None,
    };
    let mut completed_result = json!({"completion": true, "score": score});
    set_if(&mut completed_result, "duration", duration.clone());
    let mut outcome_result = json!({"success": card.passed, "completion": true, "score": score});
    set_if(&mut outcome_result, "duration", duration);
    let timestamp = r.finished.as_ref().map(|at| json!(at));
    let attempt_statement = |kind: &str, verb: &str, display: &str, result: Value| {
        let mut statement = json!({
            "id": statement_id(&r.attempt, kind),
            "actor": actor,
            "verb": {"id": verb, "display": in_both(|lang| text(lang, display, &[]))},
            "object": scenario,
            "result": result,
            "context": context,
        });
        set_if(&mut statement, "timestamp", timestamp.clone());
        statement
    };
    let mut all = vec![
        attempt_statement("completed", VERB_COMPLETED, "xapi-completed", completed_result),
        if card.passed {
            attempt_statement("passed", VERB_PASSED, "xapi-passed", outcome_result)
        } else {
            attempt_statement("failed", VERB_FAILED, "xapi-failed", outcome_result)
        },
    ];
    for (i, j) in card.judgments.iter().enumerate() {
        let mut statement = judgment_statement(&actor, &scenario, r, i, j, a.reading);
        set_if(&mut statement, "timestamp", timestamp.clone());
        all.push(statement);
    }
    all
}

fn judgment_statement(
    actor: &Value,
    scenario: &Value,
    r: &ResultsFile,
    i: usize,
    j: &Judgment,
    reading: Reading,
) -> Value {
    let title = |lang| rule(&j.rule).map_or("", |r| r.text(lang, reading).title.as_str());
    json!({
        "id": statement_id(&r.attempt, &format!("judgment-{i}")),
        "actor": actor,
        "verb": {"id": VERB_RESPONDED, "display": in_both(|lang| text(lang, "xapi-responded", &[]))},
        "object": {
            "objectType": "Activity",
            "id": format!("{BASE}/rules/{}", j.rule),
            "definition": {
                "name": in_both(|lang| format!("{} {}", j.rule, title(lang))),
                "description": in_both(|lang| j.expected.in_lang(lang).into_owned()),
                "type": "http://adlnet.gov/expapi/activities/interaction",
            },
        },
        "result": {
            "success": j.kept,
            "response": j.did,
            "score": {"raw": if j.kept { j.points } else { 0.0 }, "min": 0.0, "max": j.points},
        },
        "context": {
            "registration": r.attempt,
            "contextActivities": {"parent": [scenario]},
            "extensions": {
                format!("{BASE}/xapi/sim-time"): j.at.to_string(),
                format!("{BASE}/xapi/severity"): j.severity.name(),
                format!("{BASE}/xapi/category"): j.category.name(),
                format!("{BASE}/xapi/source"): j.source,
            },
        },
    })
}

/// A language map (xAPI's `display`, `name`, `description`) in both of Clinic Day's languages.
fn in_both(words: impl Fn(Lang) -> String) -> Value {
    json!({"en-CA": words(Lang::En), "fr-CA": words(Lang::Fr)})
}

/// Adds `key` to a JSON object when there is a value for it: xAPI wants an unknown field left out,
/// not null.
fn set_if(object: &mut Value, key: &str, value: Option<Value>) {
    if let (Some(value), Some(map)) = (value, object.as_object_mut()) {
        map.insert(key.to_owned(), value);
    }
}

/// A UUID-shaped id from the attempt and the statement's place in it.
fn statement_id(attempt: &str, kind: &str) -> String {
    super::results::uuid_of(&format!("{attempt}\n{kind}"))
}

/// Seconds from one ISO 8601 UTC time (`2026-11-23T08:00:00Z`) to another.
fn seconds_between(start: &str, end: &str) -> Option<u64> {
    let (a, b) = (epoch_seconds(start)?, epoch_seconds(end)?);
    u64::try_from(b - a).ok()
}

fn epoch_seconds(iso: &str) -> Option<i64> {
    let iso = iso.strip_suffix('Z')?;
    let (date, time) = iso.split_once('T')?;
    let mut d = date.split('-').map(str::parse::<i64>);
    let (y, m, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    let mut t = time.split(':').map(str::parse::<i64>);
    let (h, min, s) = (t.next()?.ok()?, t.next()?.ok()?, t.next()?.ok()?);
    // Days from the civil calendar (H. Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + min * 60 + s)
}

/// `PT1H2M3S`.
pub fn iso_duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let mut out = "PT".to_owned();
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        assert_eq!(iso_duration(2280), "PT38M");
        assert_eq!(seconds_between("2026-11-23T08:00:00Z", "2026-11-23T08:38:12Z"), Some(2292));
        assert_eq!(seconds_between("2026-02-28T23:59:59Z", "2026-03-01T00:00:00Z"), Some(1));
        assert_eq!(seconds_between("2026-11-23T09:00:00Z", "2026-11-23T08:00:00Z"), None, "backwards");
        assert_eq!(seconds_between("yesterday", "2026-11-23T08:00:00Z"), None);
    }

    #[test]
    fn epoch_seconds_match_the_results_files_clock() {
        assert_eq!(epoch_seconds(&super::super::results::iso8601(1_795_419_481)), Some(1_795_419_481));
    }

    #[test]
    fn statement_ids_are_stable_uuids() {
        let a = statement_id("attempt", "completed");
        assert_eq!(a, statement_id("attempt", "completed"));
        assert_ne!(a, statement_id("attempt", "failed"));
        assert_eq!((a.len(), a.as_bytes()[14]), (36, b'8'));
    }
}

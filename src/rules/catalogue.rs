//! The rule catalogue, transcribed from `RULEBOOK.md`.

use std::sync::LazyLock;

use bevy::platform::collections::HashMap;

use super::{Category, Severity};

/// One rule of the rulebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    /// Severity when broken, before any scenario override. Where the rulebook escalates a rule in
    /// some circumstances ("major; critical if …") this is the lower grade; the judge escalates.
    pub severity: Severity,
    /// Whether the rulebook allows the rule to escalate to critical in some circumstances.
    pub can_be_critical: bool,
    pub title: &'static str,
    /// The correct behaviour.
    pub expected: &'static str,
    /// The typical mistake.
    pub typical_wrong: &'static str,
    pub source: &'static str,
    /// Reference knowledge rather than a judged behaviour (T8, S2).
    pub reference_only: bool,
}

/// Looks a rule up by id (`"T1"`, `"C2"`, …).
pub fn rule(id: &str) -> Option<&'static Rule> {
    BY_ID.get(id).map(|(rule, _)| *rule)
}

/// The catalogue by id, each rule with its explanation written once for the whole run: every
/// judgment looks its rule up, hundreds of times a day, and shows its explanation.
static BY_ID: LazyLock<HashMap<&'static str, (&'static Rule, String)>> =
    LazyLock::new(|| CATALOGUE.iter().map(|r| (r.id, (r, format!("{}. {}", r.title, r.expected)))).collect());

impl Rule {
    /// Why the rule exists and what it asks: its title, then what it expects.
    pub fn explanation(&self) -> &'static str {
        BY_ID.get(self.id).map_or(self.expected, |(_, text)| text.as_str())
    }
}

use Category::{Confidentiality as C, Scheduling as S, Triage as T};
use Severity::{Critical, Major, Minor};

const TRIAGE_SOURCE: &str = "CAEP, Canadian Triage and Acuity Scale (CTAS) guidelines; AAP, \"Prioritizing telephone calls\" (front-desk red flags); Heart & Stroke, FAST stroke signs";

pub static CATALOGUE: &[Rule] = &[
    Rule {
        id: "T1",
        category: T,
        severity: Critical,
        can_be_critical: true,
        title: "Life threat: 911 now",
        expected: "Tell the caller to hang up and call 911 (call 911 yourself for someone at the desk), confirm where they are, alert the physician or nurse at once, record the words and time.",
        typical_wrong: "Book the next slot, promise a call-back, put on hold, or tell them to drive in.",
        source: TRIAGE_SOURCE,
        reference_only: false,
    },
    Rule {
        id: "T2",
        category: T,
        severity: Major,
        can_be_critical: true,
        title: "Never diagnose or reassure",
        expected: "Never diagnose or reassure (\"probably heartburn\", \"you don't need to be seen\"): escalate instead.",
        typical_wrong: "Reassure a caller who has a red flag.",
        source: TRIAGE_SOURCE,
        reference_only: false,
    },
    Rule {
        id: "T3",
        category: T,
        severity: Critical,
        can_be_critical: true,
        title: "Suicidal thoughts: 911 or a live hand-off, and 988",
        expected: "Immediate danger: 911. Otherwise a live hand-off to the physician or nurse now, and give the 988 crisis line (call or text, 24/7).",
        typical_wrong: "Take a message, or leave the caller on a long hold.",
        source: "Mental Health Commission of Canada, 988 Suicide Crisis Helpline launch (30 Nov 2023)",
        reference_only: false,
    },
    Rule {
        id: "T4",
        category: T,
        severity: Critical,
        can_be_critical: true,
        title: "Walk-in in visible distress: a clinician now",
        expected: "Get a clinician immediately; don't queue them.",
        typical_wrong: "\"Take a seat, the doctor is running late.\"",
        source: TRIAGE_SOURCE,
        reference_only: false,
    },
    Rule {
        id: "T5",
        category: T,
        severity: Major,
        can_be_critical: false,
        title: "Clinician now or same day",
        expected: "Infant under 3 months with fever: clinician now or ER. Worsening symptoms, moderate breathing trouble, suspected infection, significant pain: a same-day slot or a clinician call-back today.",
        typical_wrong: "Routine booking days out (under-triage).",
        source: "CPSO policy \"Availability and Coverage\"; AAP telephone triage",
        reference_only: false,
    },
    Rule {
        id: "T6",
        category: T,
        severity: Minor,
        can_be_critical: false,
        title: "Routine needs get routine slots",
        expected: "Stable chronic issues, forms, physicals, refills without symptoms: the next routine slot.",
        typical_wrong: "Using a same-day reserve slot for it (over-triage wastes capacity).",
        source: "Alberta Medical Association on carve-out scheduling; CPSO \"Availability and Coverage\"",
        reference_only: false,
    },
    Rule {
        id: "T7",
        category: T,
        severity: Major,
        can_be_critical: false,
        title: "When unsure, escalate up",
        expected: "When unsure, escalate up, never down.",
        typical_wrong: "Downgrade on a hunch.",
        source: "Front-desk telephone triage guidance (AAP)",
        reference_only: false,
    },
    Rule {
        id: "T8",
        category: T,
        severity: Minor,
        can_be_critical: false,
        title: "CTAS is reference language only",
        expected: "CTAS levels (1 resuscitation, 2 emergent ≤15 min, 3 urgent ≤30, 4 less urgent ≤60, 5 non-urgent ≤120) are reference language; the learner's routing (911 / clinician now / same day / routine) is scored, never a CTAS number.",
        typical_wrong: "—",
        source: "CAEP, Canadian Triage and Acuity Scale",
        reference_only: true,
    },
    Rule {
        id: "T9",
        category: T,
        severity: Major,
        can_be_critical: false,
        title: "Document and close the loop",
        expected: "Record the caller's words, call-back number, advice given and who was told; give safety-net advice (\"call 911 if it gets worse\").",
        typical_wrong: "No note, no safety-net advice.",
        source: TRIAGE_SOURCE,
        reference_only: false,
    },
    Rule {
        id: "T10",
        category: T,
        severity: Major,
        can_be_critical: false,
        title: "Current greeting, voicemails answered",
        expected: "The outgoing greeting is current (hours, closures, coverage, \"for emergencies call 911\", in Ontario Health811); voicemails are reviewed and answered promptly.",
        typical_wrong: "A stale greeting; an unreturned voicemail at day end.",
        source: "CPSO policy \"Availability and Coverage\"; OMA coverage checklist",
        reference_only: false,
    },
    Rule {
        id: "T11",
        category: T,
        severity: Critical,
        can_be_critical: true,
        title: "Critical result: interrupt the physician now",
        expected: "A critical lab result phoned or faxed in goes to the ordering (or covering) physician now.",
        typical_wrong: "File it to the chart.",
        source: "CPSO policy \"Managing Tests\"",
        reference_only: false,
    },
    Rule {
        id: "T12",
        category: T,
        severity: Major,
        can_be_critical: false,
        title: "Book referrals by the clinician's urgency",
        expected: "Book as the referring clinician ranked it; urgent referrals get a phone call, not only a fax; track acknowledgement. Targets: emergency ≤24 h, urgent ≤7 days, scheduled 30–60 days.",
        typical_wrong: "First-come booking of a pile of referrals.",
        source: "Wait Time Alliance benchmarks; Health Quality Ontario wait-time definitions; CPSA e-referral guidance",
        reference_only: false,
    },
    Rule {
        id: "T13",
        category: T,
        severity: Major,
        can_be_critical: true,
        title: "Ask why they call; pass a request to speak to a clinician on",
        expected: "Ask why the person is calling (what, since when, how bad); a request to speak to a physician or nurse is never refused at the desk: pass it on, urgently if there are symptoms.",
        typical_wrong: "\"The doctor doesn't take calls.\"",
        source: "PHSO case summary 346; SPSO decision, Fife 2015 (request to speak to a GP refused)",
        reference_only: false,
    },
    Rule {
        id: "C1",
        category: C,
        severity: Major,
        can_be_critical: true,
        title: "Two identifiers the person states",
        expected: "Verify identity with two identifiers the person states (full name and date of birth, or health number or address) before booking, discussing or disclosing.",
        typical_wrong: "Read the date of birth out for them to confirm, or skip the check.",
        source: "Accreditation Canada, Required Organizational Practice \"Client identification\"",
        reference_only: false,
    },
    Rule {
        id: "C2",
        category: C,
        severity: Major,
        can_be_critical: true,
        title: "Third-party callers: check their authority",
        expected: "Identify third-party callers and check their authority (consent on file, substitute decision-maker, power of attorney); disclose only what it covers, otherwise take a message.",
        typical_wrong: "Tell a spouse the results.",
        source: "IPC Ontario, \"Your health information: consent\" guidance",
        reference_only: false,
    },
    Rule {
        id: "C3",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Circle of care gets what care needs",
        expected: "A pharmacist, ER, specialist or other treating physician may receive what they need for care on assumed implied consent, unless locked; verify them (call back on a known number).",
        typical_wrong: "Stonewall a legitimate clinical request, or treat a non-custodian as in the circle.",
        source: "IPC Ontario, \"Circle of Care: Sharing Personal Health Information for Health-Care Purposes\"; PHIPA",
        reference_only: false,
    },
    Rule {
        id: "C4",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Non-custodians need express consent",
        expected: "Employers, insurers, lawyers, schools and relatives who are not the substitute decision-maker need the patient's express consent.",
        typical_wrong: "Disclose to an insurer on request.",
        source: "Personal Health Information Protection Act (PHIPA); IPC Ontario",
        reference_only: false,
    },
    Rule {
        id: "C5",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Employers learn nothing",
        expected: "Never confirm a diagnosis to an employer, or even that the person is a patient; with consent, a note gives dates and functional limits only.",
        typical_wrong: "\"Yes, she was in for her back.\"",
        source: "Employment-law guidance on medical certificates",
        reference_only: false,
    },
    Rule {
        id: "C6",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Police: no disclosure without authority",
        expected: "No disclosure to police without a warrant, court order, statutory duty or the patient's consent; don't obstruct; refer to the physician or privacy officer.",
        typical_wrong: "Answer the officer's questions.",
        source: "PHIPA s.43; legal primers on disclosure to police",
        reference_only: false,
    },
    Rule {
        id: "C7",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Risk of serious harm: the physician decides",
        expected: "The physician decides on disclosure to prevent serious bodily harm (PHIPA s.40); the MOA escalates at once.",
        typical_wrong: "Decide alone, or sit on it.",
        source: "PHIPA s.40",
        reference_only: false,
    },
    Rule {
        id: "C8",
        category: C,
        severity: Major,
        can_be_critical: true,
        title: "Honour the lockbox",
        expected: "Honour a lockbox or consent directive; when records go out, say some information was withheld, never what.",
        typical_wrong: "Send the locked note with the rest.",
        source: "IPC Ontario, \"Lock-box\" fact sheet",
        reference_only: false,
    },
    Rule {
        id: "C9",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Minimal voicemails",
        expected: "A voicemail gives name, clinic and call-back number (date and time for a reminder); never results, test types or diagnoses; follow the patient's recorded contact preference.",
        typical_wrong: "\"Your biopsy came back, please call.\"",
        source: "OPC PIPEDA findings #2012-009 (a message on a workplace voicemail against the client's instruction) and #270 (an answering-machine message heard by a spouse); US HHS Office for Civil Rights, guidance on leaving messages",
        reference_only: false,
    },
    Rule {
        id: "C10",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Nothing private said aloud",
        expected: "Don't say reasons for visit, health numbers or dates of birth aloud in the waiting room; screens turned away; sensitive talk out of earshot.",
        typical_wrong: "\"Mr. Diaz, is this about your HIV test?\" across the room.",
        source: "OIPC Saskatchewan, protecting personal health information in waiting rooms",
        reference_only: false,
    },
    Rule {
        id: "C11",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Fax safely",
        expected: "Fax only to a verified or pre-programmed number, with a cover sheet, and confirm receipt; a misdirected fax is a breach: contain and report.",
        typical_wrong: "Fax to a typed-in number with no check.",
        source: "OIPC Alberta fax guidance; IPC Ontario on misdirected faxes",
        reference_only: false,
    },
    Rule {
        id: "C12",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Email and text only under policy",
        expected: "Email or text only under clinic policy with the patient's consent, with minimal content, never from personal accounts.",
        typical_wrong: "Email results from a personal account.",
        source: "IPC Ontario, guidance on communicating personal health information by email",
        reference_only: false,
    },
    Rule {
        id: "C13",
        category: C,
        severity: Major,
        can_be_critical: true,
        title: "Results only as authorized",
        expected: "Give results only as the physician authorized, only to the patient or substitute decision-maker; abnormal or questioned results go to the clinician; never interpret.",
        typical_wrong: "Read out and explain a result.",
        source: "CPSO policy \"Managing Tests\"",
        reference_only: false,
    },
    Rule {
        id: "C14",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Open only the charts your task needs",
        expected: "Open only the charts your task needs: every chart view is audited.",
        typical_wrong: "Browse a neighbour's or a celebrity's chart.",
        source: "IPC Ontario, snooping prosecutions (fines up to $200,000 for individuals since 2020)",
        reference_only: false,
    },
    Rule {
        id: "C15",
        category: C,
        severity: Major,
        can_be_critical: true,
        title: "Report breaches at once",
        expected: "Report any breach at once to the physician or privacy officer.",
        typical_wrong: "Hide a misdirected fax.",
        source: "PHIPA breach notification requirements",
        reference_only: false,
    },
    Rule {
        id: "C16",
        category: C,
        severity: Minor,
        can_be_critical: false,
        title: "Route requests for one's own record",
        expected: "Patients may access their own record: route the request (answer due within 30 days, reasonable fee).",
        typical_wrong: "Refuse at the desk.",
        source: "PHIPA Part V; IPC Ontario decisions",
        reference_only: false,
    },
    Rule {
        id: "C17",
        category: C,
        severity: Critical,
        can_be_critical: true,
        title: "Suspected child abuse: report",
        expected: "Suspected child abuse or neglect: a personal duty to report to the Children's Aid Society, and tell the physician.",
        typical_wrong: "Leave it to someone else.",
        source: "Ontario Child, Youth and Family Services Act, 2017, s.125",
        reference_only: false,
    },
    Rule {
        id: "C18",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Give the entitled what was released",
        expected: "Give an entitled, verified person what the physician has released: the patient their own released result; a substitute decision-maker the same; a circle-of-care clinician verified by a call-back what they need for care.",
        typical_wrong: "Refuse a verified substitute decision-maker a released result; \"we can't give results by phone\".",
        source: "PHIPA ss. 5, 23 (substitute decision-makers), Part V (access); IPC Ontario \"Circle of Care\"",
        reference_only: false,
    },
    Rule {
        id: "C19",
        category: C,
        severity: Major,
        can_be_critical: false,
        title: "Shred what holds health information",
        expected: "Records and printouts with health information are shredded or securely destroyed; none go to a personal device or account.",
        typical_wrong: "Paper charts in the recycling; files on a home computer.",
        source: "PHIPA ss. 12-13; IPC Ontario decisions on insecure disposal",
        reference_only: true,
    },
    Rule {
        id: "S1",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Use the clinic's template",
        expected: "Each appointment type has the practice's duration (follow-up 10–15 min, acute 15–20, new patient or physical 30–60, procedures as directed).",
        typical_wrong: "A 10-minute slot for a new patient.",
        source: "Medical assisting scheduling texts",
        reference_only: false,
    },
    Rule {
        id: "S2",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Know the scheduling methods",
        expected: "Stream, wave, modified wave, cluster, double-booking, open access: follow the one the clinic uses.",
        typical_wrong: "—",
        source: "Medical assisting scheduling texts",
        reference_only: true,
    },
    Rule {
        id: "S3",
        category: S,
        severity: Major,
        can_be_critical: false,
        title: "Protect same-day capacity",
        expected: "Keep the reserved urgent slots for urgent needs.",
        typical_wrong: "Fill them days ahead with routine visits.",
        source: "Alberta Medical Association on carve-out scheduling; CPSO \"Availability and Coverage\"",
        reference_only: false,
    },
    Rule {
        id: "S4",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Double-book only per policy",
        expected: "Double-book only per the physician's policy, for short visits, never into long or procedure slots; urgent add-ons need clinician approval.",
        typical_wrong: "Overbook a procedure slot.",
        source: "Medical assisting scheduling texts",
        reference_only: false,
    },
    Rule {
        id: "S5",
        category: S,
        severity: Major,
        can_be_critical: false,
        title: "Fill cancellations by clinical priority",
        expected: "Fill cancellations from the waitlist by clinical priority (urgent and time-sensitive first, then longest waiting), not convenience.",
        typical_wrong: "Give the slot to whoever calls first.",
        source: "Priority logic of the Wait Time Alliance benchmarks",
        reference_only: false,
    },
    Rule {
        id: "S6",
        category: S,
        severity: Major,
        can_be_critical: true,
        title: "Physician away: urgent patients first",
        expected: "Rebook urgent cases first (abnormal results, post-op, pregnancy, flagged), routine later, respecting each patient's availability; update the greeting with coverage; make sure critical results are covered.",
        typical_wrong: "Rebook in list order, or drop an urgent patient.",
        source: "CPSO policy \"Availability and Coverage\"",
        reference_only: false,
    },
    Rule {
        id: "S7",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Running late: tell the waiting room",
        expected: "Tell arriving and waiting patients the expected delay (about 30 minutes or more), offer to wait or rebook, and update them.",
        typical_wrong: "Silence while the room fills.",
        source: "Front-desk practice guidance",
        reference_only: false,
    },
    Rule {
        id: "S8",
        category: S,
        severity: Major,
        can_be_critical: false,
        title: "Document and flag no-shows",
        expected: "Document a no-show in the chart and flag it to the physician the same day; never discharge a patient at the desk.",
        typical_wrong: "Ignore it.",
        source: "CMPA and MLMIC guidance on missed appointments",
        reference_only: false,
    },
    Rule {
        id: "S9",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Reminders: consented channel, minimal content",
        expected: "Remind through the patient's consented channel with minimal content (date, time, clinic; bring health card and medication list).",
        typical_wrong: "A reminder that names the reason for the visit.",
        source: "US HHS Office for Civil Rights, guidance on leaving messages",
        reference_only: false,
    },
    Rule {
        id: "S10",
        category: S,
        severity: Major,
        can_be_critical: true,
        title: "Health card at every visit",
        expected: "Check number, version code and expiry at every visit; on failure check for keying errors, ask for another card, refer to ServiceOntario; a transaction record counts as a temporary card; emergencies are treated first.",
        typical_wrong: "Turn away an emergency over a card, or accept someone else's card.",
        source: "Ontario Ministry of Health, OHIP InfoBulletins; CMPA, \"patient without a health card\"",
        reference_only: false,
    },
    Rule {
        id: "S11",
        category: S,
        severity: Major,
        can_be_critical: true,
        title: "Limited Use codes go to the prescriber",
        expected: "Take the pharmacist's name and pharmacy, the patient's identifiers, the drug and what is needed; route to the prescriber the same day (urgently if the patient is waiting). Confirming prescription details to a pharmacist is fine.",
        typical_wrong: "Look up and read out a code yourself.",
        source: "Ontario Drug Benefit, Limited Use program",
        reference_only: false,
    },
    Rule {
        id: "S12",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Missing information before the visit",
        expected: "Request missing recent bloodwork or a medication list from the lab or pharmacy so it is on the chart before the physician sees the patient.",
        typical_wrong: "Let the visit start without it.",
        source: "A day in the life of a clinic office manager (course reading)",
        reference_only: false,
    },
    Rule {
        id: "S13",
        category: S,
        severity: Minor,
        can_be_critical: false,
        title: "Book follow-ups before the patient leaves",
        expected: "Book follow-ups and ordered tests before the patient leaves.",
        typical_wrong: "The patient leaves with nothing booked.",
        source: "A day in the life of a clinic office manager (course reading)",
        reference_only: false,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rulebook_id_is_present_once() {
        let expected: Vec<String> = (1..=13)
            .map(|n| format!("T{n}"))
            .chain((1..=19).map(|n| format!("C{n}")))
            .chain((1..=13).map(|n| format!("S{n}")))
            .collect();
        let ids: Vec<&str> = CATALOGUE.iter().map(|r| r.id).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn categories_follow_the_id_letter() {
        for r in CATALOGUE {
            let letter = match r.category {
                Category::Triage => 'T',
                Category::Confidentiality => 'C',
                Category::Scheduling => 'S',
            };
            assert!(r.id.starts_with(letter), "{} is filed under {:?}", r.id, r.category);
            assert!(!r.source.is_empty() && !r.expected.is_empty(), "{} lacks text", r.id);
        }
        assert_eq!(rule("C4").map(|r| r.severity), Some(Severity::Critical));
        assert!(rule("X1").is_none());
    }
}

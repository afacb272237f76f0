//! What a judgment belongs to, as a teacher would take a debrief: the call, the walk-in, the
//! document, the arrival or the absence, each a moment of the day the learner remembers.
//!
//! A judgment names what it is about by an id (`call-hughes-stroke`), sometimes qualified
//! (`call-hughes-stroke-note`, `h-0845-ouellette-orders`, `slot-h-1345-raman`). The occasions are the
//! day's events as the journal holds them; a judgment joins the occasion whose id its own contains,
//! word for word between hyphens, the longest such id first. A booking made during the day joins the
//! call or walk-in it answered; a moved visit joins the visit it was moved from. What matches nothing
//! (the greeting, the charts left open) is judged of the day as a whole.

use std::collections::HashMap;

use fluent_bundle::FluentValue;

use super::{contact_name, patient_name};
use crate::i18n::{Lang, text};
use crate::scenario::{AppointmentId, Event};
use crate::sim::Action;
use crate::sim::clock::SimTime;
use crate::sim::day::Day;
use crate::sim::journal::{Entry, Happening};

/// One moment of the day the debrief groups judgments under.
#[derive(Clone, Debug, PartialEq)]
pub struct Occasion {
    /// When it began (a call rang, a patient came in).
    pub at: SimTime,
    /// "Call from Ruth Hughes", in the desk's words: never an internal id.
    pub label: String,
    /// Whether the day can be taken again from just before it: the day as a whole cannot.
    pub replayable: bool,
}

/// The day's occasions and how to find the one a judgment belongs to.
pub struct Occasions {
    pub list: Vec<Occasion>,
    /// Ids that name an occasion (events, the visits they concern), strongest first.
    keys: Vec<(String, usize)>,
    /// Patients who came to the desk, for judgments about a person rather than an event.
    patients: Vec<(String, usize)>,
    /// Bookings made today and the visit or event they came from.
    origins: HashMap<AppointmentId, Origin>,
    /// The day as a whole: always the last occasion.
    whole_day: usize,
}

#[derive(Clone, Debug)]
enum Origin {
    Answered(String),
    MovedFrom(AppointmentId),
}

impl Occasions {
    /// The day's occasions, their labels in `lang`.
    pub fn of(day: &Day, lang: Lang) -> Self {
        let scenario = &*day.scenario;
        let mut list = Vec::new();
        let mut keys = Vec::new();
        let mut patients = Vec::new();
        for entry in &day.journal.entries {
            if let Entry::Happened(Happening::CameForVisit { appointment, patient }) = &entry.what {
                // A patient booked during the day coming in: a moment of its own for what the desk
                // did with them (the booking itself stays with the call or visitor it answered).
                let at = day.book.get(appointment).map(|a| a.at.to_string());
                let label = arrives(lang, &patient_name(scenario, patient), at);
                patients.push((patient.to_string(), list.len()));
                list.push(Occasion { at: entry.at, label: shortened(label), replayable: true });
                continue;
            }
            if let Entry::Happened(Happening::CalledToCancel { appointment, patient }) = &entry.what {
                // A waitlist patient cancelling the visit booked for them: a moment like a scripted
                // cancellation, with the judgments about the slot it frees.
                let who = patient_name(scenario, patient);
                let label = match day.book.get(appointment) {
                    Some(visit) => text(
                        lang,
                        "occasion-cancels-visit-at",
                        &[("patient", who.as_str().into()), ("time", visit.at.to_string().into())],
                    ),
                    None => text(lang, "occasion-cancels", &[("patient", who.as_str().into())]),
                };
                patients.push((patient.to_string(), list.len()));
                keys.push((appointment.to_string(), list.len()));
                list.push(Occasion { at: entry.at, label: shortened(label), replayable: true });
                continue;
            }
            if let Entry::Action(Action::PlaceCall { patient, purpose, .. }) = &entry.what {
                // A call placed for a moment of the day (returning its message, the reminder or the
                // rebooking of its visit) belongs to that moment, and so does what was said on the
                // patient's voicemail (judged as `voicemail-PATIENT-TIME`): it can be taken again.
                use crate::sim::action::Purpose;
                let answered = match purpose {
                    Purpose::ReturnVoicemail { voicemail } => Some(voicemail.to_string()),
                    Purpose::Reminder { appointment } | Purpose::Rebooking { appointment } => {
                        Some(appointment.to_string())
                    }
                    Purpose::WaitlistOffer | Purpose::FollowUp => None,
                };
                if let Some(index) = answered.and_then(|id| keys.iter().find(|(key, _)| *key == id).map(|(_, i)| *i)) {
                    keys.push((format!("voicemail-{patient}-{}", entry.at), index));
                }
                continue;
            }
            let Entry::Event { event, .. } = &entry.what else { continue };
            let at = entry.at;
            let mut add = |label: String, ids: Vec<String>| {
                let index = list.len();
                list.push(Occasion { at, label: shortened(label), replayable: true });
                keys.extend(ids.into_iter().map(|id| (id, index)));
                index
            };
            match &**event {
                Event::Voicemail(call) => {
                    let name = call.caller.name.as_str();
                    let label = text(lang, "occasion-voicemail", &[("caller", name.into()), ("vowel", vowel(name))]);
                    add(label, vec![call.id.to_string()]);
                }
                Event::Message(call) => {
                    let name = call.caller.name.as_str();
                    let label = text(lang, "occasion-message", &[("caller", name.into()), ("vowel", vowel(name))]);
                    add(label, vec![call.id.to_string()]);
                }
                Event::Visitor(call) => {
                    let label = text(lang, "occasion-at-the-counter", &[("caller", call.caller.name.as_str().into())]);
                    add(label, vec![call.id.to_string()]);
                }
                Event::Task(task) => {
                    let label = text(lang, "occasion-task", &[("from", task.from.as_str().into())]);
                    add(label, vec![task.id.to_string()]);
                }
                Event::Call(call) => {
                    let name = call.caller.name.as_str();
                    let label = text(lang, "occasion-call", &[("caller", name.into()), ("vowel", vowel(name))]);
                    add(label, vec![call.id.to_string()]);
                }
                Event::WalkIn(walk_in) => {
                    let name = patient_name(scenario, &walk_in.person);
                    let label = text(lang, "occasion-walks-in", &[("patient", name.as_str().into())]);
                    let index = add(label, vec![walk_in.id.to_string()]);
                    patients.push((walk_in.person.to_string(), index));
                }
                Event::Arrival(arrival) => {
                    let visit = day.book.get(&arrival.appointment);
                    let who = visit
                        .map_or_else(|| text(lang, "occasion-a-patient", &[]), |a| patient_name(scenario, &a.patient));
                    let label = arrives(lang, &who, visit.map(|a| a.at.to_string()));
                    let index = add(label, vec![arrival.appointment.to_string()]);
                    if let Some(visit) = visit {
                        patients.push((visit.patient.to_string(), index));
                    }
                }
                Event::Document(document) => {
                    let sender = contact_name(scenario, &document.from);
                    let label = text(
                        lang,
                        "occasion-document",
                        &[
                            ("document", super::document_words(&document.kind, lang).into()),
                            ("sender", sender.as_str().into()),
                            ("vowel", vowel(&sender)),
                        ],
                    );
                    add(label, vec![document.id.to_string()]);
                }
                Event::Cancellation(cancellation) => {
                    let who = day
                        .book
                        .get(&cancellation.appointment)
                        .map_or_else(|| text(lang, "occasion-a-patient", &[]), |a| patient_name(scenario, &a.patient));
                    let label = text(lang, "occasion-cancels-a-visit", &[("patient", who.as_str().into())]);
                    let index = add(label, vec![cancellation.appointment.to_string()]);
                    if let Some(visit) = day.book.get(&cancellation.appointment) {
                        patients.push((visit.patient.to_string(), index));
                    }
                }
                Event::NoShow(no_show) => {
                    let who = day
                        .book
                        .get(&no_show.appointment)
                        .map_or_else(|| text(lang, "occasion-a-patient", &[]), |a| patient_name(scenario, &a.patient));
                    let label = text(lang, "occasion-does-not-come", &[("patient", who.as_str().into())]);
                    add(label, vec![no_show.appointment.to_string()]);
                }
                Event::PhysicianLate(late) => {
                    // The judge numbers the announcements of a physician's delay after the physician.
                    let physician = scenario.staff_name(&late.physician);
                    let label = text(
                        lang,
                        "occasion-running-late",
                        &[("physician", physician.as_str().into()), ("minutes", late.minutes.into())],
                    );
                    add(label, vec![format!("delay-{}", late.physician)]);
                }
                Event::AbsenceAnnounced(absence) => {
                    let away = day.absences.iter().find(|a| a.physician == absence.physician && a.at == at);
                    let mut ids: Vec<String> =
                        away.map(|a| a.affected.iter().map(ToString::to_string).collect()).unwrap_or_default();
                    // The judge names the order of rebooking after the absence's physician.
                    ids.push(format!("absence-order-{}", absence.physician));
                    let physician = scenario.staff_name(&absence.physician);
                    let who = ("physician", FluentValue::from(physician.as_str()));
                    let label = match away {
                        Some(a) if a.from == a.to => {
                            text(lang, "occasion-away-on", &[who, ("date", a.from.to_string().into())])
                        }
                        Some(a) => text(
                            lang,
                            "occasion-away-from-to",
                            &[who, ("from", a.from.to_string().into()), ("to", a.to.to_string().into())],
                        ),
                        None => text(lang, "occasion-away", &[who]),
                    };
                    let index = add(label, ids);
                    // Messages left for the patients being rebooked belong to the rebooking.
                    if let Some(away) = away {
                        patients.extend(
                            away.affected
                                .iter()
                                .filter_map(|id| day.book.get(id))
                                .map(|visit| (visit.patient.to_string(), index)),
                        );
                    }
                }
                // The journal holds the branch that happened, never the choice itself.
                Event::OneOf(_) => {}
            }
        }
        let whole_day = list.len();
        list.push(Occasion { at: day.now, label: text(lang, "occasion-whole-day", &[]), replayable: false });
        Occasions { list, keys, patients, origins: origins(day), whole_day }
    }

    /// The occasion a judgment about `about` belongs to.
    pub fn of_judgment(&self, about: &str) -> usize {
        self.find(about, 0)
    }

    fn find(&self, about: &str, depth: usize) -> usize {
        if let Some(index) = longest_within(about, &self.keys) {
            return index;
        }
        // Bookings made today lead back to what they answered, or to the visit they replaced; the
        // chain is short, and a bound keeps a malformed one from looping.
        if depth < 8 {
            let made = self
                .origins
                .keys()
                .filter(|id| contains_word(about, id.as_str()))
                .max_by_key(|id| (id.as_str().len(), id.as_str()));
            match made.and_then(|id| self.origins.get(id)) {
                Some(Origin::Answered(event)) => return self.find(event, depth + 1),
                Some(Origin::MovedFrom(from)) => return self.find(from.as_str(), depth + 1),
                None => {}
            }
        }
        longest_within(about, &self.patients).unwrap_or(self.whole_day)
    }
}

/// Where each booking made during the day came from, read off the journal: a booking follows the
/// action that asked for it.
fn origins(day: &Day) -> HashMap<AppointmentId, Origin> {
    let mut origins = HashMap::new();
    let mut answering: Option<String> = None;
    for entry in &day.journal.entries {
        match &entry.what {
            Entry::Action(Action::Book(request)) => answering = request.answers.as_ref().map(ToString::to_string),
            Entry::Action(_) => answering = None,
            Entry::Happened(Happening::Booked { appointment, .. }) => {
                if let Some(event) = answering.take() {
                    origins.insert(appointment.clone(), Origin::Answered(event));
                }
            }
            Entry::Happened(Happening::Rescheduled { from, to, .. }) => {
                origins.insert(to.clone(), Origin::MovedFrom(from.clone()));
            }
            _ => {}
        }
    }
    origins
}

/// "Ruth Hughes arrives for the 09:30 visit", or without the visit's time when the book has no such visit.
fn arrives(lang: Lang, patient: &str, at: Option<String>) -> String {
    match at {
        Some(at) => text(lang, "occasion-arrives-for", &[("patient", patient.into()), ("time", at.into())]),
        None => text(lang, "occasion-arrives", &[("patient", patient.into())]),
    }
}

/// Whether French writes "d'" rather than "de" before a name ("Appel d'Ahmed Ali", "Appel de Ruth
/// Hughes"): `yes` or `no`, for the messages to choose by; English ignores it.
fn vowel(name: &str) -> FluentValue<'static> {
    let elides = name.chars().next().is_some_and(|c| "AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouàâäéèêëîïôöùûü".contains(c));
    FluentValue::from(if elides { "yes" } else { "no" })
}

/// The occasion of the longest key found in `about` as a whole word.
fn longest_within(about: &str, keys: &[(String, usize)]) -> Option<usize> {
    // The earliest occasion among ids of the same length: a patient's first visit of the day.
    let mut best: Option<(usize, usize)> = None;
    for (key, index) in keys {
        if contains_word(about, key) && best.is_none_or(|(len, _)| key.len() > len) {
            best = Some((key.len(), *index));
        }
    }
    best.map(|(_, index)| index)
}

/// Whether `key` appears in `about` between hyphens (or its ends): `h-0900-kim` is in
/// `h-0900-kim-orders`, `kim` is not in `kimberly-lab`.
fn contains_word(about: &str, key: &str) -> bool {
    if key.is_empty() {
        return false;
    }
    about.match_indices(key).any(|(start, _)| {
        let end = start + key.len();
        (start == 0 || about.as_bytes()[start - 1] == b'-') && (end == about.len() || about.as_bytes()[end] == b'-')
    })
}

/// A moment's label fits on one line of the debrief: a long document title is cut at a word.
fn shortened(label: String) -> String {
    const MAX: usize = 90;
    if label.chars().count() <= MAX {
        return label;
    }
    let cut: String = label.chars().take(MAX).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > MAX / 2).unwrap_or(cut.len());
    format!("{}\u{2026}", cut[..at_word].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_label_is_cut_at_a_word() {
        let long = "Discharge summary: decompensated heart failure, admitted March 3, discharged March 9; cardiology review within 1-2 weeks from Hamilton General Hospital".to_owned();
        let short = shortened(long.clone());
        assert!(
            short.chars().count() <= 91
                && short.ends_with('\u{2026}')
                && long.starts_with(short.trim_end_matches('\u{2026}')),
            "{short}"
        );
        assert_eq!(shortened("Call from Tom Becker".into()), "Call from Tom Becker");
    }

    #[test]
    fn an_id_is_found_only_as_a_whole_word() {
        assert!(contains_word("h-0900-kim-orders", "h-0900-kim"));
        assert!(contains_word("slot-h-1345-raman", "h-1345-raman"));
        assert!(contains_word("call-a", "call-a"));
        assert!(!contains_word("kimberly-lab", "kim"));
        assert!(!contains_word("call-ab", "call-a"));
        assert!(!contains_word("anything", ""));
    }

    #[test]
    fn the_longest_id_wins() {
        let keys = vec![("call-a".to_owned(), 0), ("call-a-b".to_owned(), 1)];
        assert_eq!(longest_within("call-a-b-note", &keys), Some(1));
        assert_eq!(longest_within("call-a-note", &keys), Some(0));
        assert_eq!(longest_within("greeting", &keys), None);
    }
}

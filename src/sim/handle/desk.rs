//! The desk: checking people in, their health cards, their details, getting help for the unwell,
//! and keeping the waiting room informed.

use crate::rules::words::Words;
use crate::scenario::health_card::{check_expiry, number_problem};
use crate::scenario::{CardPresented, HealthCard, PatientId};
use crate::sim::action::Action;
use crate::sim::day::{Day, WALK_IN_VISIT_MINUTES};
use crate::sim::desk::VisitorState;
use crate::sim::journal::Happening;

impl Day {
    pub(super) fn handle_desk(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::CheckIn { appointment } => {
                let i = self
                    .visitors
                    .iter()
                    .position(|v| v.appointment.as_ref() == Some(appointment) && v.state == VisitorState::AtDesk)
                    .ok_or_else(|| Words::msg("refused-nobody-at-desk").arg("appointment", appointment.as_str()))?;
                let visitor = &mut self.visitors[i];
                visitor.state = VisitorState::Waiting;
                visitor.checked_in = Some(now);
                Ok(())
            }
            Action::VerifyHealthCard { patient } => {
                let i = self.visitor_index(patient)?;
                let result = self.card_check(&self.visitors[i].card, patient);
                let visitor = &mut self.visitors[i];
                visitor.card_verified = Some(now);
                visitor.card_failed = result.is_err();
                let result = match result {
                    Ok(text) => text,
                    Err(text) => text,
                };
                self.happened(Happening::CardChecked { patient: patient.clone(), result });
                Ok(())
            }
            Action::ReferToServiceOntario { patient } => {
                let i = self.visitor_index(patient)?;
                if self.visitors[i].card_verified.is_none() {
                    return Err(Words::msg("refused-check-card-first"));
                }
                self.visitors[i].card_referred = true;
                Ok(())
            }
            Action::UpdateDemographics { patient, change: _ } => {
                self.known_patient(patient)?;
                self.demographics_updated.push((now, patient.clone()));
                Ok(())
            }
            Action::RegisterPatient { patient } => {
                let record = self
                    .scenario
                    .patient(patient)
                    .ok_or_else(|| Words::msg("refused-no-patient").arg("patient", patient.as_str()))?;
                if record.on_file || self.registered.contains(patient) {
                    return Err(Words::msg("refused-already-has-chart").arg("name", &record.name));
                }
                self.registered.insert(patient.clone());
                Ok(())
            }
            Action::Call911 { patient } => {
                let i = self.visitor_index(patient)?;
                let visitor = &mut self.visitors[i];
                visitor.called_911 = Some(now);
                visitor.state = VisitorState::ToHospital;
                Ok(())
            }
            Action::FetchClinician { patient, who } => {
                self.known_staff(who)?;
                // Only someone in the building can come to the desk: a nurse, or a physician at work
                // here today (not one who is away, nor a covering physician elsewhere).
                let nurse = self.scenario.staff.nurses.iter().any(|n| &n.id == who);
                if !nurse && !self.book.works(who, self.today()) {
                    return Err(Words::msg("refused-not-in-today").arg("name", self.scenario.staff_name(who)));
                }
                let i = self.visitor_index(patient)?;
                let visitor = &mut self.visitors[i];
                if !visitor.waiting() {
                    return Err(Words::msg("refused-not-waiting"));
                }
                visitor.clinician_fetched = Some((who.clone(), now));
                visitor.state = VisitorState::InRoom;
                visitor.visit_started = Some(now);
                visitor.visit_ends = Some(now.plus_minutes(WALK_IN_VISIT_MINUTES));
                visitor.with_physician = Some(who.clone());
                self.happened(Happening::VisitStarted { patient: patient.clone(), physician: who.clone() });
                Ok(())
            }
            Action::AnnounceDelay { minutes } => {
                let until = now.plus_minutes(u32::from(*minutes));
                self.announcements.push((now, *minutes));
                let mut put_off = Vec::new();
                for (i, visitor) in self.visitors.iter_mut().enumerate().filter(|(_, v)| v.waiting()) {
                    visitor.told_until = Some(until);
                    visitor.restless_since = None;
                    if visitor.leaves_if_told_over.is_some_and(|limit| *minutes > limit) {
                        put_off.push(i);
                    }
                }
                for i in put_off {
                    self.wont_wait(i, *minutes);
                }
                Ok(())
            }
            Action::AskWhyHere { patient } => {
                let i = self.visitor_index(patient)?;
                let visitor = &mut self.visitors[i];
                if !visitor.waiting() {
                    return Err(Words::msg("refused-not-waiting"));
                }
                if visitor.asked_why.is_none() {
                    visitor.asked_why = Some(now);
                    // Kept on the visitor too: the judge quotes what was there to hear.
                    let reason = visitor.says_when_asked.clone();
                    visitor.says.extend(reason);
                }
                self.happened(Happening::ReasonGivenHere { patient: patient.clone() });
                Ok(())
            }
            Action::TellWait { patient, minutes } => {
                let i = self.visitor_index(patient)?;
                let visitor = &mut self.visitors[i];
                if !visitor.waiting() {
                    return Err(Words::msg("refused-not-waiting"));
                }
                visitor.told_until = Some(now.plus_minutes(u32::from(*minutes)));
                visitor.told_wait = Some((now, *minutes));
                visitor.restless_since = None;
                if visitor.leaves_if_told_over.is_some_and(|limit| *minutes > limit) {
                    self.wont_wait(i, *minutes);
                }
                Ok(())
            }
            Action::SayAloud { patient, info: _ } => {
                self.known_patient(patient)?;
                self.said_aloud.push((now, patient.clone()));
                Ok(())
            }
            _ => Err(Words::msg("refused-not-desk-action")),
        }
    }

    /// Visitor `i`, told a wait longer than they will stay for, leaves at once.
    fn wont_wait(&mut self, i: usize, minutes: u16) {
        let patient = self.visitors[i].patient.clone();
        self.happened(Happening::WontWait { patient, minutes });
        self.leaves_unseen(i);
    }

    fn visitor_index(&self, patient: &PatientId) -> Result<usize, Words> {
        self.visitors
            .iter()
            .rposition(|v| &v.patient == patient && v.present())
            .ok_or_else(|| Words::msg("refused-not-at-clinic").arg("patient", patient.as_str()))
    }

    /// What the desk sees when it checks the card presented (S10): `Ok` with the card's details, or
    /// `Err` with what is wrong, in the journal's words (English).
    pub fn card_check(&self, card: &CardPresented, patient: &PatientId) -> Result<String, String> {
        self.card_reading(card, patient).map(|r| r.to_string()).map_err(|r| r.to_string())
    }

    /// What the card reader says of the card presented: `Ok` when it passes, `Err` when not.
    pub fn card_reading(&self, card: &CardPresented, patient: &PatientId) -> Result<CardReading, CardReading> {
        let today = self.today();
        let record = self.scenario.patient(patient);
        let clinic = self.scenario.clinic.jurisdiction;
        let check = |card: &HealthCard| -> Result<CardReading, CardReading> {
            if let Some(holder) = record
                && let Some((part, problem)) = number_problem(card, holder, clinic)
            {
                return Err(match part {
                    "version" => CardReading::BadVersion { version: card.version.clone(), problem },
                    _ => CardReading::BadNumber { number: card.number.clone(), problem },
                });
            }
            let valid = |past_printed_date| CardReading::Valid {
                number: card.number.clone(),
                version: card.version.clone(),
                expires: card.expires,
                past_printed_date,
            };
            match check_expiry(card.expires, today) {
                // The validation response decides, not the printed date (S10's second edition).
                Err(_) if card.validates => Ok(valid(true)),
                Err(problem) => Err(CardReading::Expired(problem)),
                Ok(()) => Ok(valid(false)),
            }
        };
        match card {
            CardPresented::OnFile => match record.and_then(|p| p.health_card.as_ref()) {
                Some(card) => check(card),
                None => Err(CardReading::NoneOnFile),
            },
            CardPresented::Forgotten => Err(CardReading::Forgotten),
            CardPresented::TransactionRecord => Ok(CardReading::TransactionRecord),
            CardPresented::Borrowed(owner) => {
                let name = self.scenario.patient(owner).map_or(owner.as_str(), |p| p.name.as_str());
                Err(CardReading::Borrowed { owner: name.to_owned() })
            }
            CardPresented::Shows(card) => check(card),
        }
    }
}

/// What the card reader says of a health card presented at the desk (S10).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardReading {
    /// It passes; `past_printed_date`: the printed date has passed but the ministry's validation
    /// accepts it (response code 50-55).
    Valid {
        number: String,
        version: String,
        expires: crate::scenario::time::Date,
        past_printed_date: bool,
    },
    BadNumber {
        number: String,
        problem: crate::scenario::health_card::CardProblem,
    },
    BadVersion {
        version: String,
        problem: crate::scenario::health_card::CardProblem,
    },
    Expired(crate::scenario::health_card::CardProblem),
    NoneOnFile,
    Forgotten,
    /// ServiceOntario's paper receipt: a temporary card.
    TransactionRecord,
    /// Someone else's card: `owner`'s name.
    Borrowed {
        owner: String,
    },
}

/// The reading in the journal's words.
impl std::fmt::Display for CardReading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CardReading::Valid { number, version, expires, past_printed_date: true } => write!(
                f,
                "valid: {number} {version}; the printed date ({expires}) has passed, but the ministry's validation accepts the card (response code 50-55)"
            ),
            CardReading::Valid { number, version, expires, past_printed_date: false } => {
                write!(f, "valid: {number} {version} expires {expires}")
            }
            CardReading::BadNumber { number, problem } => write!(f, "health number {number}: {problem}"),
            CardReading::BadVersion { version, problem } => write!(f, "version code `{version}`: {problem}"),
            CardReading::Expired(problem) => write!(f, "{problem}"),
            CardReading::NoneOnFile => f.write_str("no health card on file and none shown"),
            CardReading::Forgotten => f.write_str("no card: the patient forgot it"),
            CardReading::TransactionRecord => f.write_str("ServiceOntario transaction record: a temporary card"),
            CardReading::Borrowed { owner } => write!(f, "the card is {owner}'s, not the patient's"),
        }
    }
}

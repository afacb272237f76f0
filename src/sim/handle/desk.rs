//! The desk: checking people in, their health cards, their details, getting help for the unwell,
//! and keeping the waiting room informed.

use crate::scenario::health_card::{check_expiry, number_problem};
use crate::scenario::{CardPresented, HealthCard, PatientId};
use crate::sim::action::Action;
use crate::sim::day::{Day, WALK_IN_VISIT_MINUTES};
use crate::sim::desk::VisitorState;
use crate::sim::journal::Happening;

impl Day {
    pub(super) fn handle_desk(&mut self, action: &Action) -> Result<(), String> {
        let now = self.now;
        match action {
            Action::CheckIn { appointment } => {
                let i = self
                    .visitors
                    .iter()
                    .position(|v| v.appointment.as_ref() == Some(appointment) && v.state == VisitorState::AtDesk)
                    .ok_or_else(|| format!("nobody is at the desk for `{appointment}`"))?;
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
                    return Err("check the card first".to_owned());
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
                let record =
                    self.scenario.patient(patient).ok_or_else(|| format!("there is no patient `{patient}`"))?;
                if record.on_file || self.registered.contains(patient) {
                    return Err(format!("{} already has a chart", record.name));
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
                    return Err(format!("{} is not in the clinic today", self.scenario.staff_name(who)));
                }
                let i = self.visitor_index(patient)?;
                let visitor = &mut self.visitors[i];
                if !visitor.waiting() {
                    return Err("they are not waiting at the desk or in the waiting room".to_owned());
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
                    return Err("they are not waiting at the desk or in the waiting room".to_owned());
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
                    return Err("they are not waiting at the desk or in the waiting room".to_owned());
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
            _ => Err("not a desk action".to_owned()),
        }
    }

    /// Visitor `i`, told a wait longer than they will stay for, leaves at once.
    fn wont_wait(&mut self, i: usize, minutes: u16) {
        let patient = self.visitors[i].patient.clone();
        self.happened(Happening::WontWait { patient, minutes });
        self.leaves_unseen(i);
    }

    fn visitor_index(&self, patient: &PatientId) -> Result<usize, String> {
        self.visitors
            .iter()
            .rposition(|v| &v.patient == patient && v.present())
            .ok_or_else(|| format!("`{patient}` is not at the clinic"))
    }

    /// What the desk sees when it checks the card presented (S10): `Ok` with the card's details, or
    /// `Err` with what is wrong.
    pub fn card_check(&self, card: &CardPresented, patient: &PatientId) -> Result<String, String> {
        let today = self.today();
        let record = self.scenario.patient(patient);
        let clinic = self.scenario.clinic.jurisdiction;
        let check = |card: &HealthCard| -> Result<String, String> {
            if let Some(holder) = record
                && let Some((part, problem)) = number_problem(card, holder, clinic)
            {
                return Err(match part {
                    "version" => format!("version code `{}`: {problem}", card.version),
                    _ => format!("health number {}: {problem}", card.number),
                });
            }
            if card.validates && check_expiry(card.expires, today).is_err() {
                // The validation response decides, not the printed date (S10's second edition).
                return Ok(format!(
                    "valid: {} {}; the printed date ({}) has passed, but the ministry's validation accepts the card (response code 50-55)",
                    card.number, card.version, card.expires
                ));
            }
            check_expiry(card.expires, today).map_err(|e| e.to_string())?;
            Ok(format!("valid: {} {} expires {}", card.number, card.version, card.expires))
        };
        match card {
            CardPresented::OnFile => match record.and_then(|p| p.health_card.as_ref()) {
                Some(card) => check(card),
                None => Err("no health card on file and none shown".to_owned()),
            },
            CardPresented::Forgotten => Err("no card: the patient forgot it".to_owned()),
            CardPresented::TransactionRecord => Ok("ServiceOntario transaction record: a temporary card".to_owned()),
            CardPresented::Borrowed(owner) => {
                let name = self.scenario.patient(owner).map_or(owner.as_str(), |p| p.name.as_str());
                Err(format!("the card is {name}'s, not the patient's"))
            }
            CardPresented::Shows(card) => check(card),
        }
    }
}

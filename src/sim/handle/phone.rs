//! Inbound calls: answering, holding, identifying, disclosing, advising, passing on.

use crate::rules::words::Words;
use crate::scenario::{EventId, IdentityAnswers, InfoKind, PatientId, Role};
use crate::sim::action::Action;
use crate::sim::day::Day;
use crate::sim::journal::Happening;
use crate::sim::phone::{CallHandling, CallState, Message, knows_identifiers};

impl Day {
    pub(super) fn handle_phone(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::Answer { call } => {
                let state = self.call(call)?.state;
                match state {
                    CallState::Ringing | CallState::OnHold => {}
                    CallState::InMailbox => {
                        return Err(Words::msg("refused-now-voicemail").arg("call", call.as_str()));
                    }
                    _ => return Err(Words::msg("refused-not-ringing-or-held").arg("call", call.as_str())),
                }
                self.hold_current(call);
                let handling = self.call_mut(call)?;
                handling.state = CallState::Active;
                handling.answered_at.get_or_insert(now);
                handling.held_at = None;
                handling.reached = true;
                self.active_call = Some(call.clone());
                Ok(())
            }
            Action::Hold { call } => {
                self.live(call, true)?;
                let handling = self.call_mut(call)?;
                handling.state = CallState::OnHold;
                handling.held_at = Some(now);
                if self.active_call.as_ref() == Some(call) {
                    self.active_call = None;
                }
                self.happened(Happening::PutOnHold { call: call.clone() });
                Ok(())
            }
            Action::TakeOffHold { call } => {
                if self.call(call)?.state != CallState::OnHold {
                    return Err(Words::msg("refused-not-on-hold").arg("call", call.as_str()));
                }
                self.hold_current(call);
                let handling = self.call_mut(call)?;
                handling.state = CallState::Active;
                handling.held_at = None;
                self.active_call = Some(call.clone());
                Ok(())
            }
            Action::EndCall { call } => {
                self.live(call, false)?;
                self.end_call(call);
                Ok(())
            }
            Action::AskIdentifiers { call } => {
                self.live(call, true)?;
                let (answers, matched) = self.stated_answers(self.call(call)?);
                self.call_mut(call)?.stated = Some((answers.clone(), matched));
                self.happened(Happening::IdentifiersStated { call: call.clone(), answers, matched });
                Ok(())
            }
            Action::AskWhy { call } => {
                self.live(call, true)?;
                self.call_mut(call)?.asked_why.get_or_insert(now);
                self.happened(Happening::ReasonGiven { call: call.clone() });
                Ok(())
            }
            Action::ReadOutIdentifier { call, patient } => {
                self.live(call, true)?;
                self.known_patient(patient)?;
                self.call_mut(call)?.read_out_identifier = true;
                Ok(())
            }
            Action::CallBackOnFile { call } => {
                self.live(call, true)?;
                let handling = self.call(call)?;
                let genuine = handling.call.caller.really.as_ref().is_none_or(|r| r == &handling.call.caller.claims);
                if genuine {
                    self.call_mut(call)?.called_back_on_file = true;
                } else {
                    // The number on file reaches the real person or office, who did not call.
                    self.end_call(call);
                }
                Ok(())
            }
            Action::Disclose { call, patient, info } => {
                self.live(call, true)?;
                self.known_patient(patient)?;
                self.call_mut(call)?.disclosed.push((patient.clone(), *info));
                Ok(())
            }
            Action::SendRecord { call, patient, withhold_locked: _ } => {
                self.live(call, true)?;
                self.known_patient(patient)?;
                self.call_mut(call)?.disclosed.push((patient.clone(), InfoKind::Record));
                Ok(())
            }
            Action::TakeMessage { call, for_whom, urgent, note: _ } => {
                self.known_staff(for_whom)?;
                let state = self.call(call)?.state;
                if state == CallState::Ringing {
                    return Err(Words::msg("refused-still-ringing").arg("call", call.as_str()));
                }
                let message = Message { for_whom: for_whom.clone(), urgent: *urgent, at: now };
                self.call_mut(call)?.messages.push(message);
                Ok(())
            }
            Action::PromiseCallBack { call, who, by } => {
                self.live(call, true)?;
                let by = crate::sim::SimTime::from(*by);
                if by <= now {
                    return Err(Words::msg("refused-time-passed").arg("by", by.to_string()));
                }
                if by > self.close {
                    return Err(Words::msg("refused-after-closing").arg("close", self.close.to_string()));
                }
                if let crate::sim::action::CallBackBy::Staff(who) = who {
                    self.known_staff(who)?;
                    if !self.promised.contains(call) {
                        self.promised.push(call.clone());
                    }
                }
                let promise = crate::sim::phone::Promise { who: who.clone(), by, made: now };
                self.call_mut(call)?.promise = Some(promise);
                Ok(())
            }
            Action::Transfer { call, to } => {
                self.live(call, true)?;
                self.known_staff(to)?;
                self.call_mut(call)?.transferred_to = Some(to.clone());
                self.end_call(call);
                Ok(())
            }
            Action::Advise { call, advice } => {
                self.live(call, true)?;
                self.call_mut(call)?.advice.push(*advice);
                Ok(())
            }
            Action::Reassure { call } => {
                self.live(call, true)?;
                self.call_mut(call)?.reassured = true;
                Ok(())
            }
            Action::GiveLimitedUseCode { call } => {
                self.live(call, true)?;
                self.call_mut(call)?.gave_code = true;
                Ok(())
            }
            Action::ReportToChildrensAid { call } => {
                self.call(call)?;
                self.call_mut(call)?.reported_to_cas = true;
                Ok(())
            }
            _ => Err(Words::msg("refused-not-phone-action")),
        }
    }

    pub(crate) fn call(&self, id: &EventId) -> Result<&CallHandling, Words> {
        self.calls.get(id).ok_or_else(|| match self.plan.iter().position(|p| p.event.id() == Some(id)) {
            Some(_) => Words::msg("refused-not-come-in-yet").arg("call", id.as_str()),
            None => no_call(id),
        })
    }

    pub(crate) fn call_mut(&mut self, id: &EventId) -> Result<&mut CallHandling, Words> {
        self.calls.get_mut(id).ok_or_else(|| no_call(id))
    }

    /// The call must be on the line (and, with `active`, the one the desk is talking on).
    fn live(&self, id: &EventId, active: bool) -> Result<(), Words> {
        let call = self.call(id)?;
        match call.state {
            CallState::Active => Ok(()),
            CallState::OnHold if !active => Ok(()),
            CallState::OnHold => Err(Words::msg("refused-on-hold").arg("call", id.as_str())),
            CallState::Ringing => Err(Words::msg("refused-ringing").arg("call", id.as_str())),
            CallState::InMailbox => Err(Words::msg("refused-in-mailbox").arg("call", id.as_str())),
            CallState::Ended => Err(Words::msg("refused-ended").arg("call", id.as_str())),
        }
    }

    /// Puts whatever call the desk is talking on on hold, to pick up `other`.
    fn hold_current(&mut self, other: &EventId) {
        if let Some(current) = self.active_call.clone()
            && &current != other
            && let Some(handling) = self.calls.get_mut(&current)
            && handling.state == CallState::Active
        {
            handling.state = CallState::OnHold;
            handling.held_at = Some(self.now);
            self.happened(Happening::PutOnHold { call: current });
        }
    }

    pub(crate) fn end_call(&mut self, id: &EventId) {
        let now = self.now;
        if let Some(handling) = self.calls.get_mut(id) {
            handling.state = CallState::Ended;
            handling.ended_at = Some(now);
            handling.held_at = None;
        }
        if self.active_call.as_ref() == Some(id) {
            self.active_call = None;
        }
        if self.outgoing.as_ref().is_some_and(|o| o.answered && o.returning(id))
            && let Some(line) = self.outgoing.take()
        {
            self.outgoing_log.push(line);
        }
        self.happened(Happening::CallEnded { call: id.clone() });
    }

    /// What the caller says when asked to state identifiers, and whether it matches the chart. A
    /// caller with the scenario's `answers` says exactly that; otherwise the patient themselves,
    /// their authorized contacts and the circle of care answer from the record, and anyone else
    /// cannot say.
    fn stated_answers(&self, handling: &CallHandling) -> (IdentityAnswers, bool) {
        let Some(patient_id) = subject(handling) else { return (IdentityAnswers::default(), false) };
        let Some(patient) = self.scenario.patient(&patient_id) else { return (IdentityAnswers::default(), false) };
        let answers = match &handling.call.answers {
            Some(answers) => answers.clone(),
            None if knows_identifiers(handling, patient) => IdentityAnswers {
                name: Some(patient.name.clone()),
                born: Some(patient.born.to_string()),
                health_number: patient.health_card.as_ref().map(|c| c.number.clone()),
                address: None,
            },
            None => IdentityAnswers::default(),
        };
        let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let name_ok = answers.name.as_deref().is_some_and(|n| same(n, &patient.name));
        let born_ok = answers.born.as_deref().is_some_and(|b| same(b, &patient.born.to_string()));
        let number_ok = answers.health_number.as_deref().is_some_and(|n| {
            patient.health_card.as_ref().is_some_and(|c| !digits(n).is_empty() && digits(n) == digits(&c.number))
        });
        let address_ok =
            answers.address.as_deref().is_some_and(|a| !patient.address.is_empty() && same(a, &patient.address));
        (answers, name_ok && (born_ok || number_ok || address_ok))
    }
}

/// The refusal for a call the day does not have.
fn no_call(id: &EventId) -> Words {
    Words::msg("refused-no-call-today").arg("call", id.as_str())
}

/// The patient a call is about: the one named, or the one the caller claims to be or to speak for.
pub(crate) fn subject(handling: &CallHandling) -> Option<PatientId> {
    handling.call.about.clone().or_else(|| match &handling.call.caller.claims {
        Role::Patient(p) | Role::Relative { patient: p, .. } => Some(p.clone()),
        _ => None,
    })
}

//! Calls the desk places: returning voicemails, reminders, waitlist offers, rebooking.

use super::no_appointment;
use crate::rules::words::Words;
use rand::Rng;

use crate::scenario::Pickup;
use crate::sim::action::{Action, Purpose};
use crate::sim::day::Day;
use crate::sim::journal::Happening;
use crate::sim::phone::{CallState, OutgoingCall};

impl Day {
    pub(super) fn handle_outgoing(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::PlaceCall { patient, number, purpose } => {
                let record = self
                    .scenario
                    .patient(patient)
                    .ok_or_else(|| Words::msg("refused-no-patient").arg("patient", patient.as_str()))?;
                if !record.phones.iter().any(|p| p.kind == *number) {
                    return Err(Words::msg("refused-no-such-number")
                        .arg("name", &record.name)
                        .arg("number", format!("{number:?}")));
                }
                if let Some(active) = &self.active_call {
                    return Err(Words::msg("refused-on-another-call").arg("call", active.as_str()));
                }
                match purpose {
                    Purpose::ReturnVoicemail { voicemail } => {
                        let call = self.call(voicemail)?;
                        if call.state != CallState::InMailbox {
                            return Err(Words::msg("refused-not-in-mailbox").arg("call", voicemail.as_str()));
                        }
                        if crate::sim::handle::phone_subject(call).as_ref() != Some(patient) {
                            return Err(Words::msg("refused-voicemail-not-theirs")
                                .arg("call", voicemail.as_str())
                                .arg("patient", patient.as_str()));
                        }
                    }
                    Purpose::Reminder { appointment } | Purpose::Rebooking { appointment } => {
                        let a = self.book.get(appointment).ok_or_else(|| no_appointment(appointment))?;
                        if &a.patient != patient {
                            return Err(Words::msg("refused-not-their-appointment")
                                .arg("appointment", appointment.as_str())
                                .arg("name", &record.name));
                        }
                    }
                    Purpose::WaitlistOffer | Purpose::FollowUp => {}
                }
                let pickup = record.answers_calls;
                let answered = match pickup {
                    Pickup::Always => true,
                    Pickup::Never => false,
                    Pickup::Sometimes => self.rng.random_bool(0.5),
                };
                if let Some(previous) = self.outgoing.take() {
                    self.outgoing_log.push(previous);
                }
                let placed = OutgoingCall {
                    patient: patient.clone(),
                    number: *number,
                    purpose: purpose.clone(),
                    answered,
                    at: now,
                    voicemail_left_at: None,
                };
                if let Purpose::ReturnVoicemail { voicemail } = purpose
                    && let Some(call) = self.calls.get_mut(voicemail)
                {
                    call.returned_at.get_or_insert(now);
                    if answered {
                        call.state = CallState::Active;
                        call.reached = true;
                        call.answered_at.get_or_insert(now);
                        self.active_call = Some(voicemail.clone());
                        self.on_line.insert(voicemail.clone());
                    }
                }
                self.outgoing = Some(placed);
                self.happened(if answered {
                    Happening::Answered { patient: patient.clone() }
                } else {
                    Happening::NoAnswer { patient: patient.clone() }
                });
                if matches!(purpose, Purpose::WaitlistOffer) {
                    for slot in self.freed.iter_mut().filter(|s| s.filled_by.is_none()) {
                        slot.offered_to.push(patient.clone());
                    }
                }
                Ok(())
            }
            Action::LeaveVoicemail { patient, says: _ } => {
                let line = self.outgoing.as_ref().ok_or_else(no_outgoing_call)?;
                if &line.patient != patient {
                    return Err(Words::msg("refused-line-to-other")
                        .arg("line", line.patient.as_str())
                        .arg("patient", patient.as_str()));
                }
                if line.answered {
                    return Err(Words::msg("refused-they-answered"));
                }
                if line.voicemail_left() {
                    return Err(Words::msg("refused-voicemail-already-left"));
                }
                if let Some(l) = self.outgoing.as_mut() {
                    l.voicemail_left_at = Some(now);
                }
                Ok(())
            }
            Action::OfferSlot { patient, request } => {
                let line = self.outgoing.as_ref().ok_or_else(no_outgoing_call)?;
                if &line.patient != patient || !line.answered {
                    return Err(Words::msg("refused-not-on-line").arg("patient", patient.as_str()));
                }
                let line_purpose = line.purpose.clone();
                if &request.patient != patient {
                    return Err(Words::msg("refused-slot-for-someone-else"));
                }
                let record = self.scenario.patient(patient).ok_or_else(|| Words::msg("refused-unknown-patient"))?;
                let minutes = request
                    .minutes
                    .or_else(|| self.scenario.appointment_type(&request.kind).map(|t| t.minutes))
                    .unwrap_or(0);
                if let Err(reason) = crate::book::can_come(record, request.date, request.at, minutes, self.today()) {
                    self.happened(Happening::OfferDeclined { patient: patient.clone(), reason });
                    return Ok(());
                }
                let new = self.book_request(request)?;
                // A rebooking call moves the visit it is about: the accepted slot replaces it, with
                // this physician or whoever covers.
                if let Purpose::Rebooking { appointment } = &line_purpose
                    && self.book.get(appointment).is_some_and(|a| a.holds_time())
                {
                    self.book
                        .set_status(appointment, crate::book::Status::Rescheduled { to: new.clone() })
                        .map_err(|r| r.words())?;
                    self.happened(Happening::Rescheduled {
                        from: appointment.clone(),
                        to: new,
                        date: request.date,
                        at: request.at,
                    });
                    self.absence_handled(appointment);
                }
                Ok(())
            }
            Action::HangUp => {
                let line = self.outgoing.take().ok_or_else(no_outgoing_call)?;
                if line.answered
                    && let Purpose::ReturnVoicemail { voicemail } = &line.purpose
                    && self.calls.get(voicemail).is_some_and(|c| c.is_live())
                {
                    self.end_call(voicemail);
                }
                self.outgoing_log.push(line);
                Ok(())
            }
            _ => Err(Words::msg("refused-not-outgoing-action")),
        }
    }
}

/// The refusal for what needs a call the desk placed when there is none on the line.
fn no_outgoing_call() -> Words {
    Words::msg("refused-no-outgoing-call")
}

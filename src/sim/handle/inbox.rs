//! The inbox: filing, flagging, printing, requesting what is missing, answering referrals,
//! reporting breaches, getting rid of paper.

use super::no_appointment;
use crate::rules::words::Words;
use crate::scenario::{DocumentKind, EventId};
use crate::sim::action::{Action, Disposal, Flag};
use crate::sim::day::{Day, RaisedFlag};
use crate::sim::inbox::Flagged;
use crate::sim::phone::{CallState, Message};

impl Day {
    pub(super) fn handle_inbox(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::FileDocument { document, patient } => {
                self.known_patient(patient)?;
                let i = self.inbox_index(document)?;
                if self.inbox[i].document().is_none() {
                    return Err(Words::msg("refused-cancellation-not-document").arg("document", document.as_str()));
                }
                if self.inbox[i].filed_to.is_some() {
                    return Err(Words::msg("refused-already-filed").arg("document", document.as_str()));
                }
                self.paper_still_here(i)?;
                self.inbox[i].filed_to = Some((patient.clone(), now));
                Ok(())
            }
            Action::FlagToPhysician { about, physician, urgent, note: _ } => {
                self.known_staff(physician)?;
                match about {
                    Flag::Document(id) => {
                        let i = self.inbox_index(id)?;
                        self.inbox[i].flagged.push(Flagged { physician: physician.clone(), urgent: *urgent, at: now });
                    }
                    Flag::Call(id) => {
                        if self.call(id)?.state == CallState::Ringing {
                            return Err(Words::msg("refused-still-ringing").arg("call", id.as_str()));
                        }
                        let message = Message { for_whom: physician.clone(), urgent: *urgent, at: now };
                        self.call_mut(id)?.messages.push(message);
                    }
                    Flag::NoShow(appointment) => {
                        self.book.get(appointment).ok_or_else(|| no_appointment(appointment))?;
                    }
                    Flag::Patient(patient) => self.known_patient(patient)?,
                }
                self.flags.push(RaisedFlag {
                    at: now,
                    about: about.clone(),
                    physician: physician.clone(),
                    urgent: *urgent,
                });
                Ok(())
            }
            Action::PrintForSignature { document } => {
                let i = self.inbox_index(document)?;
                if !matches!(self.inbox[i].document().map(|d| &d.kind), Some(DocumentKind::Renewal { .. })) {
                    return Err(Words::msg("refused-not-renewal").arg("document", document.as_str()));
                }
                self.paper_still_here(i)?;
                self.inbox[i].printed = Some(now);
                Ok(())
            }
            Action::RequestRecords { patient, from, what: _ } => {
                self.known_patient(patient)?;
                if self.scenario.contact(from).is_none() {
                    return Err(Words::msg("refused-not-in-directory").arg("contact", from.as_str()));
                }
                self.records_requested.push((now, patient.clone(), from.clone()));
                Ok(())
            }
            Action::SendAppointmentDetails { appointment, to, by } => {
                let a = self.book.get(appointment).cloned().ok_or_else(|| no_appointment(appointment))?;
                if self.scenario.contact(to).is_none() {
                    return Err(Words::msg("refused-not-in-directory").arg("contact", to.as_str()));
                }
                for item in self
                    .inbox
                    .iter_mut()
                    .filter(|i| i.document().is_some_and(|d| &d.from == to && d.about.as_ref() == Some(&a.patient)))
                {
                    item.details_sent.push(*by);
                }
                Ok(())
            }
            Action::ReportBreach { document } => {
                let i = self.inbox_index(document)?;
                self.inbox[i].breach_reported = Some(now);
                Ok(())
            }
            Action::Dispose { document, how } => {
                let i = self.inbox_index(document)?;
                if self.inbox[i].document().is_none() {
                    return Err(Words::msg("refused-cancellation-not-paper").arg("document", document.as_str()));
                }
                self.paper_still_here(i)?;
                self.inbox[i].disposed = Some((*how, now));
                Ok(())
            }
            _ => Err(Words::msg("refused-not-inbox-action")),
        }
    }

    /// Refused once the paper is gone: a shredded fax cannot be filed or printed.
    fn paper_still_here(&self, i: usize) -> Result<(), Words> {
        match self.inbox[i].disposed {
            Some((how, _)) => {
                let how = match how {
                    Disposal::Shred => "shred",
                    Disposal::Recycling => "recycling",
                    Disposal::Garbage => "garbage",
                };
                Err(Words::msg("refused-paper-gone").arg("document", self.inbox[i].id.as_str()).arg("how", how))
            }
            None => Ok(()),
        }
    }

    fn inbox_index(&self, id: &EventId) -> Result<usize, Words> {
        self.inbox
            .iter()
            .position(|i| &i.id == id)
            .ok_or_else(|| Words::msg("refused-not-in-inbox").arg("document", id.as_str()))
    }
}

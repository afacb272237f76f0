//! The inbox: filing, flagging, printing, requesting what is missing, answering referrals,
//! reporting breaches, getting rid of paper.

use crate::rules::words::Words;
use crate::scenario::{DocumentKind, EventId};
use crate::sim::action::{Action, Flag};
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
                    return Err(Words::from(format!("`{document}` is a cancellation, not a document to file")));
                }
                if self.inbox[i].filed_to.is_some() {
                    return Err(Words::from(format!("`{document}` is already filed")));
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
                            return Err(Words::from(format!("`{id}` is still ringing: answer it first")));
                        }
                        let message = Message { for_whom: physician.clone(), urgent: *urgent, at: now };
                        self.call_mut(id)?.messages.push(message);
                    }
                    Flag::NoShow(appointment) => {
                        self.book.get(appointment).ok_or_else(|| format!("there is no appointment `{appointment}`"))?;
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
                    return Err(Words::from(format!("`{document}` is not a prescription renewal")));
                }
                self.paper_still_here(i)?;
                self.inbox[i].printed = Some(now);
                Ok(())
            }
            Action::RequestRecords { patient, from, what: _ } => {
                self.known_patient(patient)?;
                if self.scenario.contact(from).is_none() {
                    return Err(Words::from(format!("there is no `{from}` in the clinic's directory")));
                }
                self.records_requested.push((now, patient.clone(), from.clone()));
                Ok(())
            }
            Action::SendAppointmentDetails { appointment, to, by } => {
                let a = self
                    .book
                    .get(appointment)
                    .cloned()
                    .ok_or_else(|| format!("there is no appointment `{appointment}`"))?;
                if self.scenario.contact(to).is_none() {
                    return Err(Words::from(format!("there is no `{to}` in the clinic's directory")));
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
                    return Err(Words::from(format!("`{document}` is a cancellation, not paper to get rid of")));
                }
                self.paper_still_here(i)?;
                self.inbox[i].disposed = Some((*how, now));
                Ok(())
            }
            _ => Err(Words::from("not an inbox action")),
        }
    }

    /// Refused once the paper is gone: a shredded fax cannot be filed or printed.
    fn paper_still_here(&self, i: usize) -> Result<(), Words> {
        match self.inbox[i].disposed {
            Some((how, _)) => Err(Words::from(format!("`{}` already went {}", self.inbox[i].id, how.words()))),
            None => Ok(()),
        }
    }

    fn inbox_index(&self, id: &EventId) -> Result<usize, Words> {
        self.inbox.iter().position(|i| &i.id == id).ok_or_else(|| Words::from(format!("`{id}` is not in the inbox")))
    }
}

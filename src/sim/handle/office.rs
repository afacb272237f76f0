//! The office: the outgoing greeting, charts and chart notes.

use crate::rules::words::Words;
use crate::sim::action::Action;
use crate::sim::day::{ChartNote, Day};

impl Day {
    pub(super) fn handle_office(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::SetGreeting { mentions } => {
                let mut mentions = mentions.clone();
                mentions.sort();
                mentions.dedup();
                self.greetings.push((now, mentions));
                Ok(())
            }
            Action::OpenChart { patient } => {
                self.known_patient(patient)?;
                self.audit.push((now, patient.clone()));
                Ok(())
            }
            Action::Note { patient, text } => {
                self.known_patient(patient)?;
                self.notes.push(ChartNote { at: now, patient: patient.clone(), text: text.clone() });
                Ok(())
            }
            _ => Err(Words::msg("refused-not-office-action")),
        }
    }
}

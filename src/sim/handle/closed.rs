//! After closing time the office is closed: the desk finishes with the people still at hand (the
//! patients in the clinic, the call on the line, the call it is making), deals with what cannot wait
//! until morning (a critical result, a message from someone who needs more than routine care), and
//! records the night's greeting; the rest of the back office is shut. A routine voicemail returned
//! at 19:00 or a fax filed the next morning is not the same day's work, and a grade must not count
//! it as if it were: the day refuses it, and the journal says so.

use crate::rules::words::Words;
use crate::scenario::{Acuity, EventId, PatientId};
use crate::sim::action::{Action, Flag, Purpose};
use crate::sim::day::Day;
use crate::sim::phone::CallState;

impl Day {
    /// Why `action` cannot be taken now that the office has closed; `Ok` until the closing minute
    /// has passed, and after it for what still concerns someone at hand or cannot wait.
    pub(crate) fn open_for(&self, action: &Action) -> Result<(), Words> {
        if self.now < self.close.plus_minutes(1) || self.still_at_hand(action) {
            return Ok(());
        }
        Err(Words::msg("refused-office-closed").arg("close", self.close.to_string()))
    }

    fn still_at_hand(&self, action: &Action) -> bool {
        match action {
            // The clock, leaving, and the message the phone plays overnight.
            Action::Pause
            | Action::Resume
            | Action::SetSpeed(_)
            | Action::SkipToNextEvent
            | Action::EndDay
            | Action::SetGreeting { .. } => true,
            // The call the desk is making goes on to its end; a new one only for what cannot wait.
            Action::LeaveVoicemail { .. } | Action::OfferSlot { .. } | Action::HangUp => self.outgoing.is_some(),
            Action::PlaceCall { purpose: Purpose::ReturnVoicemail { voicemail }, .. } => self.cannot_wait(voicemail),
            Action::PlaceCall { .. } => false,
            Action::FlagToPhysician { about, .. } => match about {
                Flag::Document(document) => {
                    self.inbox.iter().any(|item| &item.id == document && item.is_critical_result())
                }
                Flag::Call(call) => self.on_the_line(call) || self.cannot_wait(call),
                Flag::Patient(patient) => self.at_hand(patient),
                Flag::NoShow(_) => false,
            },
            // Someone still in the clinic or on the phone: checked in, helped, booked, noted.
            Action::Book(request) => {
                self.at_hand(&request.patient) || request.answers.as_ref().is_some_and(|c| self.on_the_line(c))
            }
            Action::CheckIn { appointment } => self.book.get(appointment).is_some_and(|a| self.at_hand(&a.patient)),
            Action::VerifyHealthCard { patient }
            | Action::UpdateDemographics { patient, .. }
            | Action::RegisterPatient { patient }
            | Action::ReferToServiceOntario { patient }
            | Action::Call911 { patient }
            | Action::FetchClinician { patient, .. }
            | Action::TellWait { patient, .. }
            | Action::AskWhyHere { patient }
            | Action::SayAloud { patient, .. }
            | Action::OpenChart { patient }
            | Action::Note { patient, .. }
            | Action::BookOutsideTest { patient, .. } => self.at_hand(patient),
            Action::AnnounceDelay { .. } => self.visitors.iter().any(|v| v.present()),
            // The back office.
            Action::Reschedule { .. }
            | Action::Cancel { .. }
            | Action::AddToWaitlist { .. }
            | Action::FileDocument { .. }
            | Action::PrintForSignature { .. }
            | Action::Dispose { .. }
            | Action::RequestRecords { .. }
            | Action::SendAppointmentDetails { .. }
            | Action::ChaseReferral { .. }
            | Action::ReportBreach { .. } => false,
            // What is done on an inbound call: while it is still ringing or on the line (it came
            // in before closing), or on a message that cannot wait. Anything new is refused until
            // it is placed above.
            other => other.call().is_some_and(|call| self.on_the_line(call) || self.cannot_wait(call)),
        }
    }

    /// A patient in the clinic, or the one a call on the line (or the call the desk is making) is
    /// with or about.
    fn at_hand(&self, patient: &PatientId) -> bool {
        self.talking_with(patient)
            || self.lines().any(|c| c.state == CallState::Ringing && Self::concerns(c, patient))
            || self.outgoing.as_ref().is_some_and(|o| &o.patient == patient)
    }

    /// The desk is talking with the patient (or about them with the caller): in the clinic, on a call
    /// on the line, or on the call the desk is making, answered. Whatever the desk does to their visits now,
    /// they hear about.
    pub(crate) fn talking_with(&self, patient: &PatientId) -> bool {
        self.visitors.iter().any(|v| v.present() && &v.patient == patient)
            || self.lines().any(|c| c.is_live() && Self::concerns(c, patient))
            || self.outgoing.as_ref().is_some_and(|o| o.answered && &o.patient == patient)
    }

    fn concerns(call: &crate::sim::phone::CallHandling, patient: &PatientId) -> bool {
        use crate::scenario::Role;
        call.call.about.as_ref() == Some(patient)
            || matches!(call.call.caller.true_role(), Role::Patient(p) if p == patient)
    }

    fn on_the_line(&self, call: &EventId) -> bool {
        self.calls.get(call).is_some_and(|c| c.is_live() || c.state == CallState::Ringing)
    }

    /// A call or message from someone who needs more than routine care: the desk answers it even
    /// after closing (how late it was is for the rules to say).
    fn cannot_wait(&self, call: &EventId) -> bool {
        self.calls
            .get(call)
            .and_then(|c| c.call.symptoms.as_ref())
            .is_some_and(|s| s.acuity != Acuity::Routine || !s.red_flags.is_empty())
    }
}

//! After closing time the office is closed: the desk finishes with the people still there (the
//! patients in the clinic, the call on the line, the call it is making) and records the closing
//! greeting, but the back office is shut. A voicemail returned at 19:00 or a fax filed the next
//! morning is not the same day's work, and a grade must not count it as if it were; the day refuses
//! it, and the journal says so.

use crate::scenario::PatientId;
use crate::sim::action::Action;
use crate::sim::day::Day;
use crate::sim::phone::CallState;

impl Day {
    /// Why `action` cannot be taken now that the office has closed; `Ok` before closing time (and at
    /// the closing minute itself), and after it for what still concerns someone at hand.
    pub(crate) fn open_for(&self, action: &Action) -> Result<(), String> {
        if self.now <= self.close || self.still_at_hand(action) {
            return Ok(());
        }
        Err(format!(
            "the office closed at {}: only the people still in the clinic and the call on the line can be \
             dealt with now; the rest was the day's work",
            self.close
        ))
    }

    fn still_at_hand(&self, action: &Action) -> bool {
        let here = |patient: &PatientId| self.visitors.iter().any(|v| v.present() && &v.patient == patient);
        match action {
            // The clock, leaving, and the message the phone plays overnight.
            Action::Pause
            | Action::Resume
            | Action::SetSpeed(_)
            | Action::SkipToNextEvent
            | Action::EndDay
            | Action::SetGreeting { .. } => true,
            // The call the desk is making goes on to its end; no new one is started.
            Action::LeaveVoicemail { .. } | Action::OfferSlot { .. } | Action::HangUp => self.outgoing.is_some(),
            // Someone still in the clinic: checked in, helped, booked before they leave.
            Action::Book(request) => here(&request.patient),
            Action::CheckIn { appointment } => self.book.get(appointment).is_some_and(|a| here(&a.patient)),
            Action::VerifyHealthCard { patient }
            | Action::UpdateDemographics { patient, .. }
            | Action::RegisterPatient { patient }
            | Action::ReferToServiceOntario { patient }
            | Action::Call911 { patient }
            | Action::FetchClinician { patient, .. }
            | Action::SayAloud { patient, .. }
            | Action::OpenChart { patient }
            | Action::Note { patient, .. }
            | Action::BookOutsideTest { patient, .. } => here(patient),
            Action::AnnounceDelay { .. } => self.visitors.iter().any(|v| v.present()),
            // The back office: the book beyond those present, the inbox, new calls.
            Action::Reschedule { .. }
            | Action::Cancel { .. }
            | Action::AddToWaitlist { .. }
            | Action::FileDocument { .. }
            | Action::FlagToPhysician { .. }
            | Action::PrintForSignature { .. }
            | Action::RequestRecords { .. }
            | Action::SendAppointmentDetails { .. }
            | Action::ReportBreach { .. }
            | Action::PlaceCall { .. } => false,
            // What is done on an inbound call: while that call is still ringing or on the line (it
            // came in before closing). Anything new is refused until it is placed above.
            other => other
                .call()
                .and_then(|call| self.calls.get(call))
                .is_some_and(|call| call.is_live() || call.state == CallState::Ringing),
        }
    }
}

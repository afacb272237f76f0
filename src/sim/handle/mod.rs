//! What each `Action` does to the day. Each handler checks that the action makes sense now (the
//! call is ringing, the patient is at the desk), changes the state, and journals what happened; the
//! judge reads that afterwards.

mod book;
mod closed;
mod desk;
pub use desk::CardReading;
mod inbox;
mod office;
mod outgoing;
mod phone;
mod referrals;

pub(crate) use phone::subject as phone_subject;

use super::action::Action;
use super::day::Day;
use crate::rules::words::Words;
use crate::scenario::{AppointmentId, PatientId, StaffId};

impl Day {
    pub(crate) fn handle(&mut self, action: &Action) -> Result<(), Words> {
        self.open_for(action)?;
        match action {
            Action::Pause => {
                self.paused = true;
                Ok(())
            }
            Action::Resume => {
                self.paused = false;
                Ok(())
            }
            Action::SetSpeed(speed) => {
                self.speed = *speed;
                Ok(())
            }
            Action::SkipToNextEvent => {
                // Skipping is for quiet moments: never past a ringing phone, a call in progress or
                // someone standing at the counter.
                if self.needs_the_desk_now() {
                    return Err(Words::msg("refused-desk-needed"));
                }
                // The shift moves the clock: it knows the judge's deadlines too.
                Ok(())
            }
            Action::EndDay => {
                // Closing before the hours are up does not make the rest of the day go away: the
                // desk walks off, and what was still to come (calls, patients, faxes) comes to no
                // one and is judged as such. Otherwise ending at opening would be a perfect score.
                // The shift plays the rest of the day and closes it.
                if self.now < self.close {
                    self.leave_the_phone();
                }
                Ok(())
            }
            Action::Answer { .. }
            | Action::Hold { .. }
            | Action::TakeOffHold { .. }
            | Action::EndCall { .. }
            | Action::AskIdentifiers { .. }
            | Action::AskWhy { .. }
            | Action::ReadOutIdentifier { .. }
            | Action::CallBackOnFile { .. }
            | Action::Disclose { .. }
            | Action::SendRecord { .. }
            | Action::TakeMessage { .. }
            | Action::PromiseCallBack { .. }
            | Action::Transfer { .. }
            | Action::Advise { .. }
            | Action::Reassure { .. }
            | Action::GiveLimitedUseCode { .. }
            | Action::ReportToChildrensAid { .. } => self.handle_phone(action),
            Action::PlaceCall { .. } | Action::LeaveVoicemail { .. } | Action::OfferSlot { .. } | Action::HangUp => {
                self.handle_outgoing(action)
            }
            Action::Book(_)
            | Action::Reschedule { .. }
            | Action::Cancel { .. }
            | Action::AddToWaitlist { .. }
            | Action::BookOutsideTest { .. } => self.handle_book(action),
            Action::CheckIn { .. }
            | Action::VerifyHealthCard { .. }
            | Action::UpdateDemographics { .. }
            | Action::RegisterPatient { .. }
            | Action::ReferToServiceOntario { .. }
            | Action::Call911 { .. }
            | Action::FetchClinician { .. }
            | Action::AnnounceDelay { .. }
            | Action::TellWait { .. }
            | Action::AskWhyHere { .. }
            | Action::SayAloud { .. } => self.handle_desk(action),
            Action::FileDocument { .. }
            | Action::FlagToPhysician { .. }
            | Action::PrintForSignature { .. }
            | Action::RequestRecords { .. }
            | Action::SendAppointmentDetails { .. }
            | Action::ReportBreach { .. }
            | Action::Dispose { .. } => self.handle_inbox(action),
            Action::ChaseReferral { referral, by } => self.chase_referral(referral, *by),
            Action::SetGreeting { .. } | Action::OpenChart { .. } | Action::Note { .. } => self.handle_office(action),
        }
    }

    pub(crate) fn known_patient(&self, patient: &PatientId) -> Result<(), Words> {
        match self.scenario.patient(patient) {
            Some(_) => Ok(()),
            None => Err(Words::msg("refused-no-patient").arg("patient", patient.as_str())),
        }
    }

    pub(crate) fn known_staff(&self, staff: &StaffId) -> Result<(), Words> {
        if self.scenario.is_staff(staff) {
            Ok(())
        } else {
            Err(Words::msg("refused-no-staff").arg("staff", staff.as_str()))
        }
    }
}

/// The refusal for an appointment the book does not hold.
pub(super) fn no_appointment(appointment: &AppointmentId) -> Words {
    Words::msg("refused-no-appointment").arg("appointment", appointment.as_str())
}

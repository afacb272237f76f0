//! The appointment book: booking, moving, cancelling, the waitlist, outside tests.

use super::no_appointment;
use crate::book::{Request, Status};
use crate::rules::words::Words;
use crate::scenario::WaitlistEntry;
use crate::scenario::time::{Date, TimeOfDay};
use crate::sim::SimTime;
use crate::sim::action::{Action, BookRequest};
use crate::sim::day::{Day, FreedSlot, OutsideTest, WaitlistPlace};
use crate::sim::desk::VisitorState;
use crate::sim::journal::Happening;

impl Day {
    pub(super) fn handle_book(&mut self, action: &Action) -> Result<(), Words> {
        let now = self.now;
        match action {
            Action::Book(request) => self.book_request(request).map(|_| ()),
            Action::Reschedule { appointment, date, at, physician } => {
                self.book.get(appointment).ok_or_else(|| no_appointment(appointment))?;
                if let Some(physician) = physician
                    && self.scenario.physician(physician).is_none()
                {
                    return Err(Words::msg("refused-no-physician-to-move").arg("physician", physician.as_str()));
                }
                self.not_past(*date, *at)?;
                let new = self.book.reschedule(appointment, physician.as_ref(), *date, *at).map_err(|r| r.words())?;
                self.happened(Happening::Rescheduled {
                    from: appointment.clone(),
                    to: new.clone(),
                    date: *date,
                    at: *at,
                });
                self.absence_handled(appointment);
                self.note_if_told(appointment);
                // Moved to later today: the patient comes in for the new time, as for any booking.
                self.expect(&new);
                Ok(())
            }
            Action::Cancel { appointment, reason: _ } => {
                let a = self.book.get(appointment).cloned().ok_or_else(|| no_appointment(appointment))?;
                if !a.holds_time() {
                    return Err(Words::msg("refused-already-status")
                        .arg("appointment", appointment.as_str())
                        .arg("status", a.status.label().replace(' ', "-")));
                }
                self.book.set_status(appointment, Status::Cancelled).map_err(|r| r.words())?;
                self.note_if_told(appointment);
                let starts = crate::sim::clock::SimTime::from(a.at);
                if a.date > self.today() || (a.date == self.today() && starts > now) {
                    self.freed.push(FreedSlot {
                        appointment: a.id.clone(),
                        physician: a.physician.clone(),
                        date: a.date,
                        at: a.at,
                        minutes: a.minutes,
                        freed_at: now,
                        offered_to: Vec::new(),
                        filled_by: None,
                    });
                }
                Ok(())
            }
            Action::AddToWaitlist { patient, physician, kind, priority } => {
                self.known_patient(patient)?;
                if self.scenario.physician(physician).is_none() {
                    return Err(Words::msg("refused-no-physician").arg("physician", physician.as_str()));
                }
                if self.scenario.appointment_type(kind).is_none() {
                    return Err(Words::msg("refused-no-appointment-type").arg("kind", kind.as_str()));
                }
                let entry = WaitlistEntry {
                    patient: patient.clone(),
                    physician: physician.clone(),
                    kind: kind.clone(),
                    priority: *priority,
                    since: crate::scenario::time::DateRef::Today(0),
                    reason: String::new(),
                    cancels_once_booked: None,
                };
                self.involved.insert(patient.clone());
                self.waitlist.push(WaitlistPlace { entry, since: self.today(), booked: None, added_today: true });
                let affected: Vec<_> = self
                    .absences
                    .iter()
                    .flat_map(|a| a.affected.iter())
                    .filter(|id| self.book.get(id).is_some_and(|a| &a.patient == patient))
                    .cloned()
                    .collect();
                for id in affected {
                    self.absence_handled(&id);
                    self.note_if_told(&id);
                }
                Ok(())
            }
            Action::BookOutsideTest { patient, at, test, date } => {
                self.known_patient(patient)?;
                if self.scenario.contact(at).is_none() {
                    return Err(Words::msg("refused-not-in-directory").arg("contact", at.as_str()));
                }
                if *date < self.today() {
                    return Err(Words::msg("refused-day-past"));
                }
                self.outside_tests.push(OutsideTest {
                    patient: patient.clone(),
                    at: at.clone(),
                    test: test.clone(),
                    date: *date,
                });
                Ok(())
            }
            _ => Err(Words::msg("refused-not-booking-action")),
        }
    }

    /// Books `request` (a desk booking, or an offer the patient on the line accepted).
    /// A visit can't be booked into time that has gone by; the row the clock is in still counts.
    fn not_past(&self, date: Date, at: TimeOfDay) -> Result<(), Words> {
        let started = SimTime::from(at).plus_minutes(u32::from(crate::book::ROW_MINUTES));
        if date < self.today() || (date == self.today() && started <= self.now) {
            return Err(Words::msg("refused-gone-by").arg("date", date.to_string()).arg("at", at.to_string()));
        }
        Ok(())
    }

    /// Books what the request asks; the new appointment's id.
    /// A visit cancelled or moved while the desk is talking with its patient: they know, so they
    /// will not come for the old time (one changed behind their back still comes; see `Arrival`).
    fn note_if_told(&mut self, appointment: &crate::scenario::AppointmentId) {
        if let Some(patient) = self.book.get(appointment).map(|a| a.patient.clone())
            && self.talking_with(&patient)
        {
            self.told_of_change.insert(appointment.clone());
        }
    }

    pub(crate) fn book_request(&mut self, request: &BookRequest) -> Result<crate::scenario::AppointmentId, Words> {
        let patient = self
            .scenario
            .patient(&request.patient)
            .ok_or_else(|| Words::msg("refused-no-patient").arg("patient", request.patient.as_str()))?;
        if !patient.on_file && !self.registered.contains(&request.patient) {
            return Err(Words::msg("refused-no-chart").arg("name", &patient.name));
        }
        if let Some(answers) = &request.answers
            && !self.calls.contains_key(answers)
            && !self.inbox.iter().any(|i| &i.id == answers)
            && !self.visitors.iter().any(|v| v.walk_in.as_ref() == Some(answers))
        {
            return Err(Words::msg("refused-not-come-in").arg("request", answers.as_str()));
        }
        self.not_past(request.date, request.at)?;
        let book_request = Request {
            patient: request.patient.clone(),
            physician: request.physician.clone(),
            kind: request.kind.clone(),
            date: request.date,
            at: request.at,
            minutes: request.minutes,
        };
        let same_day_hold = self.book.check(&book_request, None).is_ok_and(|b| b.same_day);
        let result = match (&request.approved_by, self.book.check(&book_request, None)) {
            (_, Ok(_)) => self.book.book(book_request),
            (Some(approver), Err(_)) => {
                self.known_staff(approver)?;
                let outcome = self.book.book_add_on(book_request);
                self.happened(Happening::AddOnAsked {
                    patient: request.patient.clone(),
                    date: request.date,
                    at: request.at,
                    booked: outcome.is_ok(),
                });
                outcome
            }
            (None, Err(refusal)) => Err(refusal),
        };
        let id = result.map_err(|r| r.words())?;
        self.involved.insert(request.patient.clone());
        self.happened(Happening::Booked {
            appointment: id.clone(),
            patient: request.patient.clone(),
            physician: request.physician.clone(),
            date: request.date,
            at: request.at,
            same_day_hold,
        });
        if let Some(answers) = &request.answers {
            if let Some(call) = self.calls.get_mut(answers) {
                call.bookings.push(id.clone());
            }
            if let Some(item) = self.inbox.iter_mut().find(|i| &i.id == answers) {
                item.bookings.push(id.clone());
            }
        }
        // Someone booked for later today comes in for it (a walk-in booked in is here already).
        self.expect(&id);
        // A walk-in booked in today now waits for that appointment; one booked another day goes home.
        let today = self.today();
        let walk_in = self
            .visitors
            .iter()
            .position(|v| v.patient == request.patient && v.appointment.is_none() && v.state == VisitorState::AtDesk);
        if let Some(i) = walk_in {
            if request.date == today {
                let position = self.book.position(&id);
                self.visitors[i].came_for(id.clone(), position);
            } else {
                self.visitors[i].state = VisitorState::Gone;
                self.happened(Happening::LeftClinic { patient: request.patient.clone() });
            }
        }
        let from_waitlist = self.waitlist.iter().position(|w| {
            w.entry.patient == request.patient && w.entry.physician == request.physician && w.booked.is_none()
        });
        if let Some(place) = from_waitlist {
            self.waitlist[place].booked = Some(id.clone());
            if let Some(then) = self.waitlist[place].entry.cancels_once_booked.clone() {
                let cancellation =
                    crate::scenario::Cancellation { appointment: id.clone(), via: then.via, reason: then.reason };
                self.expect_at(
                    self.now.plus_minutes(u32::from(then.after)),
                    crate::sim::day::Expected::Cancellation(cancellation),
                );
            }
        }
        let appointment = self.book.get(&id).cloned();
        if let Some(appointment) = appointment
            && let Some(slot) = self.freed.iter_mut().find(|s| {
                s.filled_by.is_none()
                    && s.physician == appointment.physician
                    && s.date == appointment.date
                    && s.at.minutes() < appointment.end_minutes()
                    && appointment.at.minutes() < s.at.minutes() + s.minutes
            })
        {
            slot.filled_by = Some((request.patient.clone(), id.clone()));
        }
        Ok(id)
    }

    pub(super) fn absence_handled(&mut self, appointment: &crate::scenario::AppointmentId) {
        for absence in &mut self.absences {
            if absence.affected.contains(appointment) && !absence.handled.contains(appointment) {
                absence.handled.push(appointment.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::scenario::time::TimeOfDay;
    use crate::scenario::{AppointmentTypeId, BUILTIN, PatientId, Pickup, StaffId};
    use crate::shift::Shift;
    use crate::sim::Action;
    use crate::sim::action::BookRequest;
    use crate::sim::journal::{Entry, Happening};

    /// The tutorial at opening, with Tom Becker booked into the 09:20 same-day slot.
    fn tom_booked_at_0920() -> (Shift, crate::scenario::AppointmentId) {
        let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial");
        let scenario = Arc::new(builtin.load().map(|l| l.scenario).expect("the tutorial loads"));
        let mut day = Shift::new(scenario, 1);
        let at = TimeOfDay::from_hm(9, 20).expect("a time");
        day.apply(Action::Book(BookRequest {
            patient: PatientId::from("tom-becker"),
            physician: StaffId::from("osei"),
            kind: AppointmentTypeId::from("same-day"),
            date: day.today(),
            at,
            minutes: None,
            answers: None,
            approved_by: None,
        }))
        .expect("the slot is free");
        let id = day.book.appointments().find(|a| a.patient.as_str() == "tom-becker").map(|a| a.id.clone());
        (day, id.expect("booked"))
    }

    fn came(day: &Shift) -> bool {
        day.journal.entries.iter().any(|e| {
            matches!(&e.what, Entry::Happened(Happening::CameForVisit { patient, .. }) if patient.as_str() == "tom-becker")
        })
    }

    #[test]
    fn a_patient_booked_for_later_today_comes_in_for_the_visit() {
        let (mut day, id) = tom_booked_at_0920();
        // Booked at 09:00 for 09:20: ten minutes early would be 09:10, but getting there takes
        // twenty, so 09:20.
        day.advance_to(crate::sim::clock::SimTime::from(TimeOfDay::from_hm(9, 19).expect("a time")));
        assert!(!came(&day), "not before he can get there");
        day.advance_to(crate::sim::clock::SimTime::from(TimeOfDay::from_hm(9, 20).expect("a time")));
        assert!(came(&day), "he comes at 09:20");
        let here = day.visitors.iter().find(|v| v.patient.as_str() == "tom-becker").expect("at the desk");
        assert_eq!(here.appointment.as_ref(), Some(&id), "for the visit he was booked into");
    }

    fn at(h: u16, m: u16) -> crate::sim::clock::SimTime {
        crate::sim::clock::SimTime::from(TimeOfDay::from_hm(h, m).expect("a time"))
    }

    /// The tutorial with Priya Nair's scripted 09:10 visit moved to next week, by a desk on the
    /// phone with her (`tell`) or not.
    fn nair_moved_to_next_week(tell: bool) -> Shift {
        let builtin = BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial");
        let mut scenario = builtin.load().map(|l| l.scenario).expect("the tutorial loads");
        let nair = PatientId::from("priya-nair");
        // She picks up, so a call placed to her is a conversation.
        scenario.patients.iter_mut().filter(|p| p.id == nair).for_each(|p| p.answers_calls = Pickup::Always);
        let mut day = Shift::new(Arc::new(scenario), 1);
        let visit = crate::scenario::AppointmentId::from("b-nair-0910");
        if tell {
            day.apply(Action::PlaceCall {
                patient: nair,
                number: crate::scenario::PhoneKind::Mobile,
                purpose: crate::sim::action::Purpose::Rebooking { appointment: visit.clone() },
            })
            .expect("called");
        }
        let next_week = day.today().plus_days(7);
        let ten_past = TimeOfDay::from_hm(9, 10).expect("a time");
        day.apply(Action::Reschedule { appointment: visit, date: next_week, at: ten_past, physician: None })
            .expect("moved");
        if tell {
            day.apply(Action::HangUp).expect("hung up");
        }
        day.advance_to(at(9, 9));
        day
    }

    #[test]
    fn a_visit_moved_behind_the_patients_back_still_brings_her_but_to_no_visit() {
        let mut day = nair_moved_to_next_week(false);
        let here = day.visitors.iter().find(|v| v.patient.as_str() == "priya-nair").expect("she comes anyway");
        assert_eq!(here.appointment, None, "there is no visit today for her to be checked in to");
        assert!(here.says.first().is_some_and(|s| s.contains("09:10")), "she says what she came for: {:?}", here.says);
        let old = crate::scenario::AppointmentId::from("b-nair-0910");
        assert!(day.apply(Action::CheckIn { appointment: old.clone() }).is_err(), "the moved visit is not revived");
        assert!(!day.book.get(&old).is_some_and(|a| a.holds_time()));
    }

    #[test]
    fn a_visit_moved_on_the_phone_with_the_patient_brings_nobody() {
        let day = nair_moved_to_next_week(true);
        assert!(!day.visitors.iter().any(|v| v.patient.as_str() == "priya-nair"), "she knows: she stays home");
    }

    #[test]
    fn a_visit_cancelled_before_its_patient_comes_brings_nobody() {
        let (mut day, id) = tom_booked_at_0920();
        day.apply(Action::Cancel { appointment: id, reason: "can't make it".into() }).expect("cancelled");
        day.advance_to(crate::sim::clock::SimTime::from(TimeOfDay::from_hm(9, 25).expect("a time")));
        assert!(!came(&day));
        assert!(!day.visitors.iter().any(|v| v.patient.as_str() == "tom-becker"));
    }
}

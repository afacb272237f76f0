//! Why the book refuses a booking, in words a desk would use.

use std::fmt;

use super::Status;
use crate::rules::words::Words;
use crate::scenario::AppointmentId;
use crate::scenario::time::{Date, TimeOfDay, Weekday};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    UnknownPhysician,
    UnknownType,
    UnknownAppointment,
    InThePast,
    OutsideCalendar {
        end: Date,
    },
    ClosedDay {
        day: Weekday,
    },
    PhysicianAway,
    /// A locum, who works here only on the days they cover for another physician.
    NotWorkingHere,
    /// The time is not in a template block offering this type; `offered` lists that day's blocks that do.
    OutsideTemplate {
        at: TimeOfDay,
        minutes: u16,
        offered: Vec<(TimeOfDay, TimeOfDay)>,
    },
    NeverDoubleBooked {
        with: AppointmentId,
    },
    NotDoubleBookable {
        with: AppointmentId,
    },
    SlotFull {
        with: AppointmentId,
        max: u8,
    },
    NotActive {
        status: Status,
    },
}

impl Refusal {
    /// The validator's code for this refusal.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::UnknownPhysician => "unknown-physician",
            Refusal::UnknownType => "unknown-appointment-type",
            Refusal::UnknownAppointment => "unknown-appointment",
            Refusal::InThePast => "booking-in-past",
            Refusal::OutsideCalendar { .. } => "booking-outside-calendar",
            Refusal::ClosedDay { .. } => "closed-day",
            Refusal::PhysicianAway => "physician-away",
            Refusal::NotWorkingHere => "locum-off-day",
            Refusal::OutsideTemplate { .. } => "outside-template",
            Refusal::NeverDoubleBooked { .. } | Refusal::NotDoubleBookable { .. } | Refusal::SlotFull { .. } => {
                "double-booked"
            }
            Refusal::NotActive { .. } => "appointment-not-active",
        }
    }
}

impl Refusal {
    /// Why, in the reader's language.
    pub fn words(&self) -> Words {
        match self {
            Refusal::UnknownPhysician => Words::msg("book-refused-unknown-physician"),
            Refusal::UnknownType => Words::msg("book-refused-unknown-type"),
            Refusal::UnknownAppointment => Words::msg("book-refused-unknown-appointment"),
            Refusal::InThePast => Words::msg("book-refused-in-the-past"),
            Refusal::OutsideCalendar { end } => {
                Words::msg("book-refused-outside-calendar").arg("last", end.plus_days(-1).to_string())
            }
            Refusal::ClosedDay { day } => Words::msg("book-refused-closed-day").arg("day", day.key()),
            Refusal::PhysicianAway => Words::msg("book-refused-physician-away"),
            Refusal::NotWorkingHere => Words::msg("book-refused-locum"),
            Refusal::OutsideTemplate { offered, .. } if offered.is_empty() => Words::msg("book-refused-no-such-visit"),
            Refusal::OutsideTemplate { at, minutes, offered } => {
                let starts_inside = offered.iter().find(|(from, to)| from <= at && at < to);
                match (starts_inside, at.plus(*minutes)) {
                    // Starts in the right hours but runs past their end: say so in those words.
                    (Some((_, to)), Some(ends)) => Words::msg("book-refused-runs-past")
                        .arg("minutes", *minutes)
                        .arg("at", at.to_string())
                        .arg("ends", ends.to_string())
                        .arg("to", to.to_string()),
                    _ => {
                        let blocks: Vec<Words> = offered
                            .iter()
                            .map(|(a, b)| {
                                Words::msg("book-refused-block").arg("from", a.to_string()).arg("to", b.to_string())
                            })
                            .collect();
                        Words::msg("book-refused-not-in-hours").arg("blocks", blocks)
                    }
                }
            }
            Refusal::NeverDoubleBooked { with } => Words::msg("book-refused-never-double").arg("with", with.as_str()),
            Refusal::NotDoubleBookable { with } => {
                Words::msg("book-refused-not-double-bookable").arg("with", with.as_str())
            }
            Refusal::SlotFull { with, max } => {
                Words::msg("book-refused-slot-full").arg("with", with.as_str()).arg("max", *max)
            }
            Refusal::NotActive { status } => {
                Words::msg("book-refused-not-active").arg("status", status.label().replace(' ', "-"))
            }
        }
    }
}

/// The English, for the scenario checker and the tests: the same words as `words`.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words())
    }
}

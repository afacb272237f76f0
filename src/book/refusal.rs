//! Why the book refuses a booking, in words a desk would use.

use std::fmt;

use super::Status;
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
    pub fn words(&self) -> crate::rules::words::Words {
        crate::rules::words::Words::from(self.to_string())
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::UnknownPhysician => f.write_str("there is no such physician"),
            Refusal::UnknownType => f.write_str("there is no such appointment type"),
            Refusal::UnknownAppointment => f.write_str("there is no such appointment"),
            Refusal::InThePast => f.write_str("that day is already past"),
            Refusal::OutsideCalendar { end } => write!(f, "the book only runs until {}", end.plus_days(-1)),
            Refusal::ClosedDay { day } => write!(f, "the clinic is closed on {}s", day.name()),
            Refusal::PhysicianAway => f.write_str("the physician is away that day"),
            Refusal::NotWorkingHere => {
                f.write_str("the physician is a locum who works here only on the days they cover")
            }
            Refusal::OutsideTemplate { offered, .. } if offered.is_empty() => {
                f.write_str("the physician's template offers no such visit that day")
            }
            Refusal::OutsideTemplate { at, minutes, offered } => {
                let starts_inside = offered.iter().find(|(from, to)| from <= at && at < to);
                match (starts_inside, at.plus(*minutes)) {
                    // Starts in the right hours but runs past their end: say so in those words.
                    (Some((_, to)), Some(ends)) => {
                        write!(
                            f,
                            "a {minutes}-minute visit at {at} would end at {ends}, but the hours for this visit end at {to}"
                        )
                    }
                    _ => {
                        let blocks: Vec<String> = offered.iter().map(|(a, b)| format!("{a}–{b}")).collect();
                        write!(f, "not in the hours for this visit: that day offers it {}", blocks.join(", "))
                    }
                }
            }
            Refusal::NeverDoubleBooked { with } => write!(f, "overlaps `{with}`, and the clinic never double-books"),
            Refusal::NotDoubleBookable { with } => {
                write!(f, "overlaps `{with}`, and only short visits marked double-bookable may share a slot")
            }
            Refusal::SlotFull { with, max } => write!(f, "overlaps `{with}`: the policy allows {max} patients at once"),
            Refusal::NotActive { status } => write!(f, "the appointment is {}", status.label()),
        }
    }
}

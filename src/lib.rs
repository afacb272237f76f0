//! Clinic Day: a front-desk training simulator for medical office assistant students.
//!
//! The library holds everything but the command line: the scenario format and its checks
//! (`scenario`), the rulebook (`rules`), the appointment book with its booking rules (`book`) and
//! the simulated day (`sim`) and the shift that drives a day under the judge's eye (`shift`). The
//! GUI and practicum grading build on these.

pub mod book;
pub mod i18n;
pub mod practicum;
pub mod rules;
pub mod scenario;
pub mod shift;
pub mod sim;
pub mod storage;
pub mod ui;

//! Clinic Day: a front-desk training simulator for medical office assistant students.
//!
//! The library holds everything but the command line: the scenario format and its checks
//! (`scenario`), the rulebook (`rules`), the appointment book with its booking rules (`book`) and
//! the day's plan for a seed (`sim`). The simulation, the GUI and practicum grading build on these.

pub mod book;
pub mod practicum;
pub mod rules;
pub mod scenario;
pub mod sim;
pub mod storage;
pub mod ui;

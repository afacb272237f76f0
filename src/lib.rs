//! Clinic Day: a front-desk training simulator for medical office assistant students.
//!
//! The library holds everything but the command line: the scenario format and its checks
//! (`scenario`) and the rulebook (`rules`). The simulation, the GUI and practicum grading build on
//! these.

pub mod book;
pub mod rules;
pub mod scenario;

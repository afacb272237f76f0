//! The headless clinic day: the learner's `Action`s, the day's plan for a seed, and the simulated
//! day itself (`Day`), which takes actions, lets time pass, and journals every judgment.

pub mod action;
pub mod autoplay;
pub mod clock;
pub mod day;
pub mod desk;
pub(crate) mod handle;
pub mod inbox;
pub mod journal;
pub mod outcome;
pub mod phone;
pub mod plan;
pub mod plugin;
pub mod script;

pub use action::Action;
pub use clock::SimTime;
pub use day::Day;
pub use journal::{Entry, Journal, JournalEntry};
pub use plan::{PlannedEvent, plan_day};

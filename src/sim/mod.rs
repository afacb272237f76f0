//! The headless clinic day: the learner's `Action`s, the day's plan for a seed, and the simulated
//! day itself (`Day`), which takes actions, lets time pass, and journals what happened. It knows
//! nothing of rules: `crate::shift` drives it under the judge's eye.

pub mod action;
mod because;
mod branch;
pub use because::Because;
pub mod clock;
pub mod day;
pub mod desk;
pub(crate) mod handle;
pub mod inbox;
pub mod journal;
pub mod phone;
pub mod plan;
pub mod promise;
pub mod referrals;
pub mod script;
pub mod task_done;
pub mod tasks;

pub use action::Action;
pub use clock::SimTime;
pub use day::Day;
pub use journal::{Entry, Journal, JournalEntry};
pub use plan::{PlannedEvent, plan_day};

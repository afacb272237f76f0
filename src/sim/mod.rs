//! The headless clinic day. So far: the learner's `Action`s and the day's plan (which events happen
//! when, for a seed); the ECS simulation and the judge are built on these.

pub mod action;
pub mod plan;

pub use action::Action;
pub use plan::{PlannedEvent, plan_day};

//! The headless clinic day. So far: the day's plan (which events happen when, for a seed); the ECS
//! simulation, the learner's `Action`s and the judge are built on it.

pub mod plan;

pub use plan::{PlannedEvent, plan_day};

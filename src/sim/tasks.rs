//! The desk's list of tasks (format 2 `Task`): what was given, and when. Whether (and when) the
//! desk's actions show one done is `task_done`'s, read by the judge, the game's list and the expert.

use super::clock::SimTime;
use crate::scenario::Task;

/// A task on the desk's list, and when it was given.
#[derive(Clone, Debug, PartialEq)]
pub struct GivenTask {
    pub task: Task,
    pub given: SimTime,
}

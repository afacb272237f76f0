//! Graded practicum work: the results file a shift leaves behind, and re-grading a class's results
//! by replaying each journal against the scenario it claims (a grade must be reproducible and hard
//! to fake). Exam sheets, the live journal, gradebooks, feedback reports, the class summary and
//! xAPI build on these.

pub mod class;
pub mod exam;
pub mod feedback;
pub mod grade;
pub mod gradebook;
pub mod identity;
pub mod live;
pub mod lrs;
pub mod progress;
pub mod record;
pub mod results;
pub mod stamp;
pub mod summary;
pub mod witness;
pub mod witnessed;
pub mod xapi;

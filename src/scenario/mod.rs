//! Authored content: the scenario model, RON loading with diagnostics, semantic checks, and the
//! days shipped in the binary.

mod builtin;
mod check;
pub mod diagnostic;
pub mod health_card;
pub(crate) mod load;
pub mod locate;
pub mod model;
pub mod said;
pub mod scaled;
pub mod text;
pub mod time;

pub use builtin::{BUILTIN, BuiltinScenario, default_scenario, title_order};
pub use check::{Level, Problem, check};
pub use diagnostic::{Diagnostic, FileReport};
pub use load::{
    Loaded, MAX_SCENARIO_BYTES, load_bytes, load_bytes_in, load_file, load_str, load_str_in, read_file, ron_options,
    to_ron,
};
pub use model::*;

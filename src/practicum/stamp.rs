//! What a results file and a live journal record of what was played: the scenario (its id, title
//! and the SHA-256 of its text) and, for an exam, the sheet; and the hash itself. A leaf: the exam
//! sheet, the results file and the live journal all build on it, and it on none of them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioStamp {
    pub id: String,
    pub title: String,
    /// SHA-256 of the scenario file's bytes, lowercase hex.
    pub sha256: String,
}

/// What an exam's results and live journal record of the sheet, so a grader can tell which exam a
/// file belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamStamp {
    pub title: String,
    /// The sheet's path when the shift began (to find it again on resume).
    pub sheet: String,
    pub sha256: String,
}

/// Lowercase hex SHA-256 of a scenario's text.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sha256_of_nothing_is_the_known_one() {
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}

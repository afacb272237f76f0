//! Who and which attempt: the learner id and the attempt id a results file carries. Both come from
//! the learner's machine, so both are checked before anything uses them: a learner id becomes part
//! of a file name, a gradebook row and a line on the grader's terminal; an attempt id becomes an
//! xAPI registration and part of a file name.

use crate::rules::words::Words;
use crate::scenario::diagnostic::on_one_line;

/// The learner id of a practice shift (exam mode asks for the real one).
pub const PRACTICE_LEARNER: &str = "practice";

/// The longest learner id: longer than any student number, username or e-mail-style login.
pub const MAX_LEARNER_ID: usize = 64;

/// Why `id` cannot be a learner id, in words for the learner typing it (or the grader reading a
/// flag), put into their language when shown; `None` when it can. A student number or a username:
/// letters (any alphabet), digits and `. - _ @`, so it can never be a path, a formula, a control
/// sequence or a fake line of output.
pub fn learner_id_problem(id: &str) -> Option<Words> {
    if id.is_empty() {
        return Some(Words::msg("learner-id-empty"));
    }
    if id.chars().count() > MAX_LEARNER_ID {
        return Some(Words::msg("learner-id-too-long").arg("max", MAX_LEARNER_ID));
    }
    if !id.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '@')) {
        return Some(Words::msg("learner-id-characters"));
    }
    if id.starts_with(['.', '-', '@']) {
        return Some(Words::msg("learner-id-first-character"));
    }
    None
}

/// Whether `id` is an attempt id as Clinic Day makes them: a UUID in lowercase hex
/// (`8-4-4-4-12`), as xAPI registrations are.
pub fn is_attempt_id(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(group, len)| {
            group.len() == len && group.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// Text from a file, fit for the grader's terminal or a report: control characters (which could
/// move the cursor, fake a line or change colours) shown as `?`, and at most `max` characters.
pub fn printable(text: &str, max: usize) -> String {
    let end = text.char_indices().nth(max).map_or(text.len(), |(at, _)| at);
    let mut shown = on_one_line(&text[..end]);
    if text.chars().nth(max).is_some() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learner_ids_are_student_numbers_or_usernames() {
        for good in ["s1234567", "0042", "jane.doe@college.ca", "élodie_t", "practice"] {
            assert_eq!(learner_id_problem(good), None, "{good}");
        }
        for bad in ["", "a b", "../x", "s1\nGRADED s2", "\tx", "=HYPERLINK(1)", "-1", "x\u{1b}[2J", "a,b"] {
            assert!(learner_id_problem(bad).is_some(), "{bad:?}");
        }
        assert!(learner_id_problem(&"x".repeat(65)).is_some());
        assert_eq!(learner_id_problem(&"x".repeat(64)), None);
    }

    #[test]
    fn attempt_ids_are_lowercase_uuids() {
        assert!(is_attempt_id("0f8fad5b-d9cb-469f-a165-70867728950e"));
        for bad in ["", "/../../X", "0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950", "é"]
        {
            assert!(!is_attempt_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn text_for_a_terminal_loses_its_control_characters() {
        assert_eq!(printable("ok\u{1b}[31mred\n", 40), "ok?[31mred?");
        assert_eq!(printable("abc\u{202e}def", 40), "abc?def");
        assert_eq!(printable("abcdef", 3), "abc…");
    }
}

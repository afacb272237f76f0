//! Gradebook files for the two learning platforms colleges use most, in the shapes their CSV grade
//! import reads. Only graded files get a row: a flagged one cannot be trusted, and the instructor
//! sees it in the list `grade` prints instead.
//!
//! - Moodle (Grades → Import → CSV file): a user column and one column per grade item; the import
//!   maps `Username` to the user's username and the item column to the grade item.
//! - Brightspace (D2L) (Grades → Import): `OrgDefinedId` (or `Username`), a `<item> Points Grade`
//!   column, and the `End-of-Line Indicator` column whose value is `#`; identifiers are written with
//!   a leading `#`, as Brightspace's own exports do, so a number-like id keeps its leading zeros.

/// One learner's grade on the item.
#[derive(Clone, Debug, PartialEq)]
pub struct GradeRow {
    pub learner: String,
    /// 0–100, the replayed total.
    pub points: f32,
}

/// Which learner field of the platform the learner ids are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum D2lIdentity {
    OrgDefinedId,
    Username,
}

/// Moodle's CSV grade import: `Username,<item>` and a row per learner.
pub fn moodle_csv(item: &str, rows: &[GradeRow]) -> String {
    let mut out = format!("Username,{}\r\n", field(item));
    for row in rows {
        out.push_str(&format!("{},{:.1}\r\n", field(&row.learner), row.points));
    }
    out
}

/// Brightspace's CSV grade import.
pub fn d2l_csv(item: &str, identity: D2lIdentity, rows: &[GradeRow]) -> String {
    let id = match identity {
        D2lIdentity::OrgDefinedId => "OrgDefinedId",
        D2lIdentity::Username => "Username",
    };
    let mut out = format!("{id},{},End-of-Line Indicator\r\n", field(&format!("{item} Points Grade")));
    for row in rows {
        out.push_str(&format!("{},{:.1},#\r\n", field(&format!("#{}", row.learner)), row.points));
    }
    out
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A field that a
/// spreadsheet would run as a formula gets a leading apostrophe: one that starts with `=`, `+`,
/// `-` or `@`, or with a tab or carriage return (which spreadsheets skip before looking) (OWASP,
/// "CSV Injection").
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<GradeRow> {
        vec![GradeRow { learner: "s001".into(), points: 86.44 }, GradeRow { learner: "0042".into(), points: 100.0 }]
    }

    #[test]
    fn moodle_has_a_user_column_and_the_item_column() {
        let csv = moodle_csv("Clinic Day: Dr. Greene, cardiology", &rows());
        assert_eq!(csv, "Username,\"Clinic Day: Dr. Greene, cardiology\"\r\ns001,86.4\r\n0042,100.0\r\n");
    }

    #[test]
    fn brightspace_has_points_grade_and_end_of_line_indicator_columns() {
        let csv = d2l_csv("Clinic Day practicum", D2lIdentity::OrgDefinedId, &rows());
        assert_eq!(
            csv,
            "OrgDefinedId,Clinic Day practicum Points Grade,End-of-Line Indicator\r\n#s001,86.4,#\r\n#0042,100.0,#\r\n"
        );
        assert!(d2l_csv("X", D2lIdentity::Username, &rows()).starts_with("Username,X Points Grade,"));
    }

    #[test]
    fn fields_that_would_break_the_file_or_run_as_formulas_are_made_safe() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=cmd()"), "'=cmd()");
        assert_eq!(field("\t=cmd()"), "'\t=cmd()");
        assert_eq!(field("\r=cmd()"), "\"'\r=cmd()\"");
        assert_eq!(field("+1"), "'+1");
    }
}

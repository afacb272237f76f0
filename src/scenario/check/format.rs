//! What format 2 added, used in a file that says `format: 1`: each named where it is, so an author
//! who copied a new field into an old day learns to say `format: 2` rather than meeting a
//! behaviour the file's version never had.

use super::super::locate::Path;
use super::Checks;

/// The first format that has everything this build reads.
const FORMAT_2: u32 = 2;

pub(super) fn check(checks: &mut Checks) {
    if checks.scenario.format >= FORMAT_2 {
        return;
    }
    for (path, what) in format_2_fields(checks) {
        checks
            .error("needs-format-2", path, format!("{what} is new in format 2, and this file says `format: 1`"))
            .label("format 2")
            .help("write `format: 2` at the top: every format-1 field means what it did");
    }
}

/// Every format-2 field the scenario uses, with where it is and what it is called.
fn format_2_fields(checks: &Checks) -> Vec<(Path, &'static str)> {
    let s = checks.scenario;
    let mut used = Vec::new();
    for (i, physician) in s.staff.physicians.iter().enumerate() {
        let path = Path::root().field("staff").field("physicians").index(i);
        if !physician.covers.is_empty() {
            used.push((path.field("covers"), "`covers` (the days a physician covers for another)"));
        }
        if physician.locum {
            used.push((path.field("locum"), "`locum`"));
        }
    }
    used
}

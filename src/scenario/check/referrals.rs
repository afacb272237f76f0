//! Referrals sent out (format 2 `referrals_out`): who, to whom and by whom exist, the dates make a
//! history (sent before today, acknowledged after sending and not after today), ids are unique, and
//! what names a referral (an acknowledgement, a `Chased` condition) names one that was sent.

use std::collections::BTreeSet;

use super::super::locate::Path;
use super::super::model::{DocumentKind, Event};
use super::Checks;

pub(super) fn check(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let mut seen = BTreeSet::new();
    for (i, referral) in s.referrals_out.iter().enumerate() {
        let path = Path::root().field("referrals_out").index(i);
        if !seen.insert(referral.id.as_str()) {
            checks
                .error("duplicate-id", path.field("id"), format!("two referrals are called `{}`", referral.id))
                .label("used before");
        }
        if s.patient(&referral.patient).is_none() {
            checks
                .error("unknown-patient", path.field("patient"), format!("there is no patient `{}`", referral.patient))
                .label("no such patient");
        }
        if s.contact(&referral.to).is_none() {
            checks
                .error("unknown-contact", path.field("to"), format!("there is no contact `{}`", referral.to))
                .label("not in `contacts`")
                .help("the specialist's office is a contact in the directory");
        }
        if !s.is_staff(&referral.by) {
            checks
                .error("unknown-physician", path.field("by"), format!("there is no physician `{}`", referral.by))
                .label("no such physician");
        }
        let sent = referral.sent.resolve(today);
        if sent > today {
            checks
                .error("referral-dates", path.field("sent"), format!("sent on {sent}, after the day ({today})"))
                .label("in the future")
                .help("a referral sent out is one sent before the day, or on it: `sent: \"today-9\"`");
        }
        if let Some(acknowledged) = referral.acknowledged.map(|d| d.resolve(today))
            && (acknowledged < sent || acknowledged > today)
        {
            checks
                .error(
                    "referral-dates",
                    path.field("acknowledged"),
                    format!("acknowledged on {acknowledged}, outside {sent} (sent) to {today} (the day)"),
                )
                .label("not between sending and today");
        }
    }
    let known = |id: &str| s.referrals_out.iter().any(|r| r.id.as_str() == id);
    for (i, entry) in s.timeline.iter().enumerate() {
        let path = Path::root().field("timeline").index(i);
        for (alternatives, event) in entry.event.possible() {
            if let Event::Document(document) = event
                && let DocumentKind::ReferralAcknowledged { referral, .. } = &document.kind
                && !known(referral.as_str())
            {
                let here = alternatives.iter().fold(path.field("event"), |p, &a| p.index(a));
                checks
                    .error(
                        "unknown-referral",
                        here.field("kind").field("referral"),
                        format!("no referral in `referrals_out` is called `{referral}`"),
                    )
                    .label("no such referral");
            }
        }
        for (field, condition) in [("only_if", &entry.only_if), ("unless", &entry.unless)] {
            for referral in condition.iter().flat_map(|c| c.referrals()) {
                if !known(referral.as_str()) {
                    checks
                        .error(
                            "unknown-referral",
                            path.field(field),
                            format!("no referral in `referrals_out` is called `{referral}`"),
                        )
                        .label("no such referral");
                }
            }
        }
    }
}

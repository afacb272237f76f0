//! Referrals sent out (format 2 `referrals_out`): who, to whom and by whom exist, the dates make a
//! history (sent before today, acknowledged after sending and not after today), ids are unique, and
//! what names a referral (an acknowledgement, a `Chased` condition) names one that was sent.

use std::collections::BTreeSet;

use super::super::locate::Path;
use super::super::model::{DocumentKind, Event};
use super::Checks;
use crate::rules::words::Words;

pub(super) fn check(checks: &mut Checks) {
    let s = checks.scenario;
    let today = checks.today;
    let mut seen = BTreeSet::new();
    for (i, referral) in s.referrals_out.iter().enumerate() {
        let path = Path::root().field("referrals_out").index(i);
        if !seen.insert(referral.id.as_str()) {
            checks
                .error(
                    "duplicate-id",
                    path.field("id"),
                    Words::msg("check-referrals-duplicate-id").arg("referral", referral.id.as_str()),
                )
                .label(Words::msg("check-referrals-duplicate-id-label"));
        }
        if s.patient(&referral.patient).is_none() {
            checks
                .error(
                    "unknown-patient",
                    path.field("patient"),
                    Words::msg("check-referrals-unknown-patient").arg("patient", referral.patient.as_str()),
                )
                .label(Words::msg("check-referrals-unknown-patient-label"));
        }
        if s.contact(&referral.to).is_none() {
            checks
                .error(
                    "unknown-contact",
                    path.field("to"),
                    Words::msg("check-referrals-unknown-contact").arg("contact", referral.to.as_str()),
                )
                .label(Words::msg("check-referrals-unknown-contact-label"))
                .help(Words::msg("check-referrals-unknown-contact-help"));
        }
        if !s.is_staff(&referral.by) {
            checks
                .error(
                    "unknown-physician",
                    path.field("by"),
                    Words::msg("check-referrals-unknown-physician").arg("physician", referral.by.as_str()),
                )
                .label(Words::msg("check-referrals-unknown-physician-label"));
        }
        let sent = referral.sent.resolve(today);
        if sent > today {
            checks
                .error(
                    "referral-dates",
                    path.field("sent"),
                    Words::msg("check-referrals-sent-after-today")
                        .arg("sent", sent.to_string())
                        .arg("today", today.to_string()),
                )
                .label(Words::msg("check-referrals-sent-after-today-label"))
                .help(Words::msg("check-referrals-sent-after-today-help"));
        }
        if let Some(acknowledged) = referral.acknowledged.map(|d| d.resolve(today))
            && (acknowledged < sent || acknowledged > today)
        {
            checks
                .error(
                    "referral-dates",
                    path.field("acknowledged"),
                    Words::msg("check-referrals-acknowledged-outside")
                        .arg("acknowledged", acknowledged.to_string())
                        .arg("sent", sent.to_string())
                        .arg("today", today.to_string()),
                )
                .label(Words::msg("check-referrals-acknowledged-outside-label"));
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
                        Words::msg("check-referrals-unknown-referral").arg("referral", referral.as_str()),
                    )
                    .label(Words::msg("check-referrals-unknown-referral-label"));
            }
        }
        for (field, condition) in [("only_if", &entry.only_if), ("unless", &entry.unless)] {
            for referral in condition.iter().flat_map(|c| c.referrals()) {
                if !known(referral.as_str()) {
                    checks
                        .error(
                            "unknown-referral",
                            path.field(field),
                            Words::msg("check-referrals-unknown-referral").arg("referral", referral.as_str()),
                        )
                        .label(Words::msg("check-referrals-unknown-referral-label"));
                }
            }
        }
    }
}

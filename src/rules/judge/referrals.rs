//! T12 across the days a referral waits: a referral the clinic sent out whose receipt has not been
//! acknowledged is chased once its limit has passed (urgent after 7 days, routine after 14, an
//! emergency one the next day), and an urgent one by phone, not only by fax (a fax confirmation is
//! no acknowledgement). Judged when chased, and at closing for what was never chased properly;
//! one acknowledged unprompted before the desk got to it needs nothing more.

use crate::rules::{Verdict, Words};
use crate::scenario::{ReferralId, ReferralUrgency};
use crate::sim::day::Day;
use crate::sim::referrals::{ChaseBy, SentReferral};

pub fn about(referral: &ReferralId) -> String {
    format!("{referral}-chase")
}

/// What T12 asks of a referral waiting for its acknowledgement.
fn expected() -> Words {
    Words::msg("referrals-expected")
}

/// What the referral is, in the desk's words: "the urgent referral of Hal Ito to Dr. Ito's office
/// (new murmur), sent 9 days ago" (the days as `SentReferral::days_waiting` counts them).
fn words(day: &Day, sent: &SentReferral) -> Words {
    let r = &sent.referral;
    let patient = day.scenario.patient(&r.patient).map_or(r.patient.as_str(), |p| p.name.as_str());
    let to = day.scenario.contact(&r.to).map_or(r.to.as_str(), |c| c.name.as_str());
    let urgency = match r.urgency {
        ReferralUrgency::Emergency => Words::msg("referrals-urgency-emergency"),
        ReferralUrgency::Urgent => Words::msg("referrals-urgency-urgent"),
        ReferralUrgency::Scheduled => Words::msg("referrals-urgency-routine"),
    };
    Words::msg("referrals-referral")
        .arg("urgency", urgency)
        .arg("patient", patient)
        .arg("to", to)
        .arg("reason", &r.reason)
        .arg("days", sent.days_waiting(day.today()))
}

/// The desk chased `referral` just now: kept when it was due and chased as its urgency asks.
pub fn chased(day: &Day, referral: &ReferralId) -> Vec<Verdict> {
    let Some(sent) = day.referrals.iter().find(|r| &r.referral.id == referral) else { return Vec::new() };
    let Some(&(_, by)) = sent.chases.last() else { return Vec::new() };
    if !sent.chase_due(day.today()) || (by == ChaseBy::Fax && sent.referral.urgency.chased_by_phone()) {
        return Vec::new();
    }
    let chased = match by {
        ChaseBy::Phone => Words::msg("referrals-chased-by-phone"),
        ChaseBy::Fax => Words::msg("referrals-chased-by-fax"),
    };
    vec![Verdict::kept("T12", about(referral), chased.arg("referral", words(day, sent)))]
}

/// At closing: each referral due a chase that was not chased as its urgency asks.
pub fn at_closing(day: &Day) -> Vec<Verdict> {
    let today = day.today();
    day.referrals
        .iter()
        .filter(|sent| sent.chase_due(today))
        .filter_map(|sent| {
            let first_chase = sent.chases.first().map(|&(at, _)| at);
            let about = about(&sent.referral.id);
            match (sent.acknowledged_today, first_chase) {
                // Acknowledged after a chase (a faxed one answered): the loop is closed.
                (Some(ack), Some(chase)) if chase <= ack => Some(Verdict::kept(
                    "T12",
                    about,
                    Words::msg("referrals-acknowledged-after-chase")
                        .arg("referral", words(day, sent))
                        .arg("at", ack.to_string()),
                )),
                // Acknowledged unprompted before any chase: nothing was left to do.
                (Some(_), _) => None,
                (None, Some(_)) => Some(
                    Verdict::broken(
                        "T12",
                        about,
                        Words::msg("referrals-chased-only-by-fax").arg("referral", words(day, sent)),
                    )
                    .expecting(expected()),
                ),
                (None, None) => Some(
                    Verdict::broken(
                        "T12",
                        about,
                        Words::msg("referrals-never-chased")
                            .arg("referral", words(day, sent))
                            .arg("days", sent.referral.urgency.chase_after_days()),
                    )
                    .expecting(expected()),
                ),
            }
        })
        .collect()
}

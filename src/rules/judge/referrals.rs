//! T12 across the days a referral waits: a referral the clinic sent out whose receipt has not been
//! acknowledged is chased once its limit has passed (urgent after 7 days, routine after 14, an
//! emergency one the next day), and an urgent one by phone, not only by fax (a fax confirmation is
//! no acknowledgement). Judged when chased, and at closing for what was never chased properly;
//! one acknowledged unprompted before the desk got to it needs nothing more.

use crate::rules::Verdict;
use crate::scenario::ReferralId;
use crate::sim::day::Day;
use crate::sim::referrals::{ChaseBy, SentReferral};

pub fn about(referral: &ReferralId) -> String {
    format!("{referral}-chase")
}

const EXPECTED: &str = "Chase a referral with no acknowledgement once its limit has passed (urgent after 7 days, routine after 14): an urgent one by phone, until the specialist's office confirms receipt.";

/// What the referral is, in the desk's words: "the urgent referral of Hal Ito to Dr. Ito's office
/// (new murmur), sent 9 days ago".
fn words(day: &Day, sent: &SentReferral) -> String {
    let r = &sent.referral;
    let patient = day.scenario.patient(&r.patient).map_or(r.patient.as_str(), |p| p.name.as_str());
    let to = day.scenario.contact(&r.to).map_or(r.to.as_str(), |c| c.name.as_str());
    format!("the {} referral of {patient} to {to} ({}), {}", r.urgency.word(), r.reason, sent.sent_ago(day.today()))
}

/// The desk chased `referral` just now: kept when it was due and chased as its urgency asks.
pub fn chased(day: &Day, referral: &ReferralId) -> Vec<Verdict> {
    let Some(sent) = day.referrals.iter().find(|r| &r.referral.id == referral) else { return Vec::new() };
    let Some(&(_, by)) = sent.chases.last() else { return Vec::new() };
    if !sent.chase_due(day.today()) || (by == ChaseBy::Fax && sent.referral.urgency.chased_by_phone()) {
        return Vec::new();
    }
    let how = match by {
        ChaseBy::Phone => "by phone: the office confirmed receipt",
        ChaseBy::Fax => "by fax",
    };
    vec![Verdict::kept("T12", about(referral), format!("Chased {} {how}.", words(day, sent)))]
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
                    format!("Chased {}; the office acknowledged it at {ack}.", words(day, sent)),
                )),
                // Acknowledged unprompted before any chase: nothing was left to do.
                (Some(_), _) => None,
                (None, Some(_)) => Some(
                    Verdict::broken(
                        "T12",
                        about,
                        format!(
                            "Chased {} only by fax, and no acknowledgement came: an urgent referral gets a phone call.",
                            words(day, sent)
                        ),
                    )
                    .expecting(EXPECTED),
                ),
                (None, None) => Some(
                    Verdict::broken(
                        "T12",
                        about,
                        format!(
                            "Never chased {}, with no acknowledgement (limit: {} days).",
                            words(day, sent),
                            sent.referral.urgency.chase_after_days()
                        ),
                    )
                    .expecting(EXPECTED),
                ),
            }
        })
        .collect()
}

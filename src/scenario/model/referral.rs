//! Format 2: referrals the clinic sent out before the day, whose receipt the desk tracks (T12: an
//! urgent referral's receipt confirmed, a fax confirmation being no acknowledgement; chased after 7
//! days, a routine one after 14). The day may span weeks of them: each says when it was sent and
//! whether, and when, the specialist's office acknowledged it; an acknowledgement may also come in
//! during the day (a `ReferralAcknowledged` document), or only once the desk chases.

use serde::{Deserialize, Serialize};

use super::super::time::DateRef;
use super::ids::{ContactId, PatientId, ReferralId, StaffId};
use super::timeline::ReferralUrgency;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutboundReferral {
    pub id: ReferralId,
    pub patient: PatientId,
    /// The specialist's office, from the directory.
    pub to: ContactId,
    /// The physician who referred.
    pub by: StaffId,
    /// As the referring physician ranked it.
    pub urgency: ReferralUrgency,
    /// What it is for ("Cardiology: new murmur").
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
    /// When it was sent (`"today-9"`, or a date).
    pub sent: DateRef,
    /// When the specialist's office acknowledged it, if it has by the day's opening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<DateRef>,
}

impl ReferralUrgency {
    /// Days after sending without an acknowledgement from which a referral is chased (T12's
    /// deadline: urgent after 7, routine after 14; an emergency one, due within 24 hours, the next
    /// day).
    pub fn chase_after_days(self) -> i32 {
        match self {
            ReferralUrgency::Emergency => 1,
            ReferralUrgency::Urgent => 7,
            ReferralUrgency::Scheduled => 14,
        }
    }

    /// Whether a chase must be a phone call (T12: "urgent referrals get a phone call, not only a
    /// fax").
    pub fn chased_by_phone(self) -> bool {
        self != ReferralUrgency::Scheduled
    }
}

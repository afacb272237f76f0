//! Referrals the clinic sent out (format 2 `referrals_out`), as the day knows them: sent when,
//! acknowledged when (before the day, or today by a document or on a chase call), chased how.

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use crate::scenario::OutboundReferral;
use crate::scenario::time::Date;

/// How the desk chases a referral's acknowledgement (T12).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChaseBy {
    /// A call to the specialist's office: they confirm receipt on the call.
    Phone,
    /// A fax asking them to confirm: an answer may come later, or not.
    Fax,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SentReferral {
    pub referral: OutboundReferral,
    pub sent: Date,
    /// Acknowledged before the day opened, on this date.
    pub acknowledged_before: Option<Date>,
    /// Acknowledged today, and when: a document came in, or the office confirmed on a chase call.
    pub acknowledged_today: Option<SimTime>,
    /// The desk's chases today, in order.
    pub chases: Vec<(SimTime, ChaseBy)>,
}

impl SentReferral {
    pub fn new(referral: OutboundReferral, today: Date) -> Self {
        SentReferral {
            sent: referral.sent.resolve(today),
            acknowledged_before: referral.acknowledged.map(|d| d.resolve(today)),
            referral,
            acknowledged_today: None,
            chases: Vec::new(),
        }
    }

    /// Days since it was sent.
    pub fn days_waiting(&self, today: Date) -> i32 {
        self.sent.days_until(today)
    }

    /// Whether the desk owes it a chase today: unacknowledged at opening, and waiting as long as
    /// its urgency allows (T12).
    pub fn chase_due(&self, today: Date) -> bool {
        self.acknowledged_before.is_none() && self.days_waiting(today) >= self.referral.urgency.chase_after_days()
    }

    pub fn acknowledged(&self) -> bool {
        self.acknowledged_before.is_some() || self.acknowledged_today.is_some()
    }
}

//! Chasing a referral the clinic sent out (T12): a phone call to the specialist's office gets
//! receipt confirmed on the call; a fax asks for it, and any answer comes later (a
//! `ReferralAcknowledged` document the scenario may send, perhaps only once chased).

use crate::rules::words::Words;
use crate::scenario::ReferralId;
use crate::sim::day::Day;
use crate::sim::journal::Happening;
use crate::sim::referrals::ChaseBy;

impl Day {
    pub(super) fn chase_referral(&mut self, referral: &ReferralId, by: ChaseBy) -> Result<(), Words> {
        let now = self.now;
        let sent = self
            .referrals
            .iter_mut()
            .find(|r| &r.referral.id == referral)
            .ok_or_else(|| Words::msg("refused-no-referral").arg("referral", referral.as_str()))?;
        if let Some(on) = sent.acknowledged_before {
            return Err(Words::msg("refused-acknowledged-on").arg("date", on.to_string()));
        }
        if let Some(at) = sent.acknowledged_today {
            return Err(Words::msg("refused-acknowledged-at").arg("time", at.to_string()));
        }
        sent.chases.push((now, by));
        if by == ChaseBy::Phone {
            sent.acknowledged_today = Some(now);
            self.happened(Happening::ReferralConfirmed { referral: referral.clone() });
        }
        Ok(())
    }
}

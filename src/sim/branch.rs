//! Consequences (format 2): whether a timeline entry with a condition happens, decided once when
//! it comes due, from what the day holds by then. The journal records the branch in words, so a
//! run and a debrief can say which way the day went and why.

use super::because::Because;
use super::day::Day;
use super::desk::VisitorState;
use super::journal::Entry;
use crate::book::Book;
use crate::scenario::Condition;

impl Day {
    /// Whether `condition` holds now.
    pub fn holds(&self, condition: &Condition) -> bool {
        let walk_in = |id| self.visitors.iter().filter(move |v| v.walk_in.as_ref() == Some(id));
        match condition {
            Condition::Happened(id) => {
                self.calls.contains_key(id)
                    || self.visitors.iter().any(|v| v.walk_in.as_ref() == Some(id))
                    || self.inbox.iter().any(|item| &item.id == id)
            }
            Condition::SentToEmergency(id) => {
                self.calls.get(id).is_some_and(|c| c.sent_to_emergency()) || walk_in(id).any(|v| v.called_911.is_some())
            }
            Condition::AskedWhy(id) => self.calls.get(id).is_some_and(|c| c.asked_why.is_some()),
            Condition::Reached(id) => self.calls.get(id).is_some_and(|c| c.reached),
            Condition::ClinicianReached(id) => {
                self.calls.get(id).is_some_and(|c| c.transferred_to.is_some() || !c.messages.is_empty())
                    || walk_in(id).any(|v| v.clinician_fetched.is_some() || v.visit_started.is_some())
            }
            Condition::LeftUnseen(id) => walk_in(id).any(|v| v.state == VisitorState::LeftUnseen),
            Condition::Flagged(id) => {
                self.calls.get(id).is_some_and(|c| !c.messages.is_empty())
                    || self.inbox.iter().any(|item| &item.id == id && !item.flagged.is_empty())
            }
            Condition::Booked(patient) => {
                self.book.of_patient(patient).any(|a| Book::is_made_today(&a.id) && a.holds_time())
            }
            Condition::Chased(referral) => {
                self.referrals.iter().any(|r| &r.referral.id == referral && !r.chases.is_empty())
            }
            Condition::AllOf(all) => all.iter().all(|c| self.holds(c)),
            Condition::AnyOf(any) => any.iter().any(|c| self.holds(c)),
        }
    }

    /// What made `condition` come out as it did, in words: for `AnyOf`, the parts that held (or,
    /// when none did, each one not holding); for `AllOf`, the parts that failed (or, when all held,
    /// each one).
    fn explain(&self, condition: &Condition) -> Vec<(Condition, bool)> {
        match condition {
            Condition::AnyOf(parts) | Condition::AllOf(parts) => {
                let any = matches!(condition, Condition::AnyOf(_));
                let deciding: Vec<&Condition> = parts.iter().filter(|c| self.holds(c) == any).collect();
                let shown = if deciding.is_empty() { parts.iter().collect() } else { deciding };
                shown.into_iter().flat_map(|c| self.explain(c)).collect()
            }
            leaf => vec![(leaf.clone(), self.holds(leaf))],
        }
    }

    /// Whether timeline entry `entry` happens, journaling the branch when it has a condition.
    pub(super) fn comes_to_pass(&mut self, entry: usize) -> bool {
        let Some(item) = self.scenario.timeline.get(entry) else { return true };
        if !item.is_conditional() {
            return true;
        }
        let mut happens = true;
        let mut because = Vec::new();
        if let Some(condition) = &item.only_if {
            happens &= self.holds(condition);
            because.push(self.explain(condition));
        }
        if let Some(condition) = &item.unless {
            happens &= !self.holds(condition);
            because.push(self.explain(condition));
        }
        self.journal.push(self.now, Entry::Branch { entry, happens, because: Because::decided(because) });
        happens
    }
}

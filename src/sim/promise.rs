//! Call-back promises (T9's second edition: say who will call back and by when). A promise that a
//! clinician will call is kept by the clinician, by the promised time, if the message reached them
//! (a message taken for them on the call, or the call put through) and they are at work today; a
//! promise that the desk will call is the desk's to keep, with a call it places.

use super::action::CallBackBy;
use super::day::Day;
use super::journal::Happening;
use super::phone::{CallHandling, Promise};
use crate::scenario::EventId;

impl Day {
    /// Whether the clinician promised on `call` can keep the promise: they have the message and
    /// are at work today.
    pub fn clinician_can_call_back(&self, call: &CallHandling) -> bool {
        let Some(Promise { who: CallBackBy::Staff(who), by, .. }) = &call.promise else { return false };
        let told = call.messages.iter().any(|m| &m.for_whom == who && m.at <= *by)
            || call.transferred_to.as_ref() == Some(who);
        let nurse = self.scenario.staff.nurses.iter().any(|n| &n.id == who);
        told && (nurse || self.book.works(who, self.today()))
    }

    /// Promises whose time has come: a clinician who can keep theirs calls the caller back.
    pub(super) fn promises_due(&mut self) {
        let now = self.now;
        let due: Vec<EventId> = self
            .promised
            .iter()
            .filter(|id| self.calls.get(*id).and_then(|c| c.promise.as_ref()).is_none_or(|p| p.by <= now))
            .cloned()
            .collect();
        self.promised.retain(|id| !due.contains(id));
        for id in due {
            let Some(call) = self.calls.get(&id) else { continue };
            if let Some(Promise { who: CallBackBy::Staff(who), .. }) = &call.promise
                && self.clinician_can_call_back(call)
            {
                let who = who.clone();
                self.happened(Happening::CalledBack { call: id, who });
            }
        }
    }
}

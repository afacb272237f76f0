# Clinic Day, English (Canada): what the judge says at closing about what was left undone, and about referrals waiting to be chased (T12).

## Calls and voicemails (T10, C17, T6, T9)

closing-message-returned = Returned { $who }'s message.
closing-message-never-returned = { $who }'s message was never returned.
closing-child-welfare-reported = Reported the concern to the Children's Aid Society and told the physician.
closing-child-welfare-not-reported = A suspicion of child abuse was not reported to the Children's Aid Society.
closing-visit-request-expected = The next routine slot for a routine need, or a place on the waitlist when there is none.
closing-waitlisted-while-slot-free = Put { $who } on the waitlist while a routine slot was free ({ $date } at { $at }): the waitlist is for an earlier slot than the next free one.
closing-waitlisted-no-slot-free = No routine slot was free: put { $who } on the waitlist.
closing-visit-request-unmet = { $who } asked for a visit ("{ $reason }") and the call ended with no visit booked and no place on the waitlist.
closing-call-documented = Documented { $caller }'s call on the chart and left them with a safety net.
closing-call-not-documented = No note on the chart of { $caller }'s call: their words, the advice given and who was told.
closing-no-safety-net = { $caller } was not told to call 911 if it gets worse.

## The outgoing greeting (T10)

closing-greeting-updated = Brought the outgoing greeting up to date.
closing-greeting-not-updated = The outgoing greeting was never updated to cover { $missing }.
closing-greeting-absence-added = Added { $name }'s absence and coverage to the greeting.
closing-greeting-absence-missing = The greeting never mentioned { $name }'s absence on { $date } and who covers.

## Documents left in the inbox (S5, T11, C13, C15, S8, C19, T12, S12)

closing-cancellation-not-removed = The cancelled visit was never taken out of the book, so the waitlist could not have the slot.
closing-and = { $first } and { $then }
closing-critical-result-unreached = The critical { $test } result never reached a physician.
closing-critical-result-flagged-away = The critical { $test } result was flagged to { $names }, who was not at work today, and never reached a physician who was.
closing-abnormal-result-unreached = The abnormal { $test } result never reached the physician.
closing-abnormal-result-sent-away = The abnormal { $test } result was sent to { $name }, who was not at work here today, and never reached a physician who was.
closing-misdirected-fax-unreported = A fax meant for another clinic was never reported as a breach.
closing-did-not-attend-unreached = The notice that the patient missed their { $consultation } never reached a physician for re-referral ({ $how }).
closing-paper-left-out = The paper ({ $what }) was left at the desk at closing, not shredded.
closing-urgency-emergency = Emergency
closing-urgency-urgent = Urgent
closing-urgency-scheduled = Scheduled
closing-referral-visit-missed = The { $urgency } referral's visit was booked, but the patient was not seen (left unseen or did not come) and nothing else was booked.
closing-referral-never-booked = The { $urgency } referral was never booked.
closing-referral-booked-late = Booked the { $urgency } referral for { $date }, past the { $days }-day target ({ $by }).
closing-referral-not-phoned = Booked the { $urgency } referral but did not phone the referring office with the time.
closing-referral-booked = Booked the { $urgency } referral for { $date }, within { $days ->
        [one] 1 day
       *[other] { $days } days
    }, and let the referring office know.
closing-document-filed = Filed the document to the right chart.
closing-document-unfiled = The document was left unfiled, off the chart.

## No-shows (S8) and reminders (S9)

closing-no-show-noted = Noted { $name }'s no-show in the chart and flagged it to the physician.
closing-no-show-not-noted = { $name }'s no-show was not both noted in the chart and flagged to the physician.
closing-reminded = Reminded { $name } of { $date } at { $at }.
closing-not-reminded = { $name } was never reminded of { $date } at { $at }.

## A physician's absence (S6)

closing-told-waitlisted = Told { $name } the same day that the visit is off and they are on the waitlist.
closing-not-told-waitlisted = { $name } was put on the waitlist and never told the visit is off.
closing-told-waitlisted-expected = Tell every patient of the absence what became of their visit the same day: a call that reaches them, or a voicemail on the number their chart allows.
closing-told-moved = Told { $name } of the move the same day.
closing-told-moved-to = Told { $name } of the move to { $date } at { $at } the same day.
closing-not-told-moved = { $name } was moved and never told.
closing-not-told-moved-to = { $name } was moved to { $date } at { $at } and never told.
closing-told-moved-expected = Tell every moved patient of the new time the same day: a call that reaches them, or a voicemail on the number their chart allows.
closing-rebooked-off-absence = Rebooked { $name } off the absence day.
closing-urgent-left-on-absence = { $name }, an urgent patient, was left booked on a day the physician is away.
closing-left-on-absence = { $name } was left booked on a day the physician is away.
closing-rebooked-in-order = Rebooked the urgent patients first, then the routine ones.
closing-routine-while-urgent-left = Rebooked routine patients while an urgent one was left on the absence day.
closing-routine-before-urgent = Rebooked a routine patient before the urgent ones.

## Freed slots (S5) and the day's habits (C14, S7, T5)

closing-freed-slot-not-offered = The slot freed at { $at } on { $date } was never offered to the waitlist ({ $name } was first in line).
closing-charts-needed-only = Opened only the charts the day's work needed.
closing-left-never-checked-in = { $name } came for the { $at } visit and was never checked in: left without being seen, never told what was happening.
closing-left-unseen-untold = { $name } left without being seen, never told how long the wait would be.
closing-still-at-counter = { $name } came for the { $at } visit and was never checked in: still at the counter when the day ended, never told what was happening.
closing-walk-in-not-seen = { $name } walked in with { $what }, a need to be seen today, and was neither booked today nor seen.
closing-walk-in-expected = A same-day slot today, or a clinician's call-back today, for a need that cannot wait.

## Referrals sent out, chased for their acknowledgement (T12)

referrals-expected = Chase a referral with no acknowledgement once its limit has passed (urgent after 7 days, routine after 14): an urgent one by phone, until the specialist's office confirms receipt.
referrals-urgency-emergency = emergency
referrals-urgency-urgent = urgent
referrals-urgency-routine = routine
referrals-referral = the { $urgency } referral of { $patient } to { $to } ({ $reason }), sent { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago
referrals-chased-by-phone = Chased { $referral } by phone: the office confirmed receipt.
referrals-chased-by-fax = Chased { $referral } by fax.
referrals-acknowledged-after-chase = Chased { $referral }; the office acknowledged it at { $at }.
referrals-chased-only-by-fax = Chased { $referral } only by fax, and no acknowledgement came: an urgent referral gets a phone call.
referrals-never-chased = Never chased { $referral }, with no acknowledgement (limit: { $days } days).

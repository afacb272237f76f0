# Clinic Day, English (Canada): why the simulation refuses an action, what a patient says when a time offered does not suit, and the debrief's work left undone.
refused-nothing-to-skip-to = nothing more happens by itself today: what is left is for the desk to do (or to close the clinic)

## The day (day.rs)

refused-day-over = the day is over

## Any action: skipping ahead, who is known (handle/mod.rs)

refused-desk-needed = something is waiting for the desk: a call, or someone at the counter
refused-no-patient = there is no patient `{ $patient }`
refused-no-staff = there is no one on staff called `{ $staff }`
refused-no-appointment = there is no appointment `{ $appointment }`

## After closing time (handle/closed.rs)

refused-office-closed = the office closed at { $close }: now only the people still in the clinic, the call on the line and what cannot wait until morning (a critical result, an urgent message) can be dealt with

## The appointment book (handle/book.rs)

refused-no-physician-to-move = there is no physician `{ $physician }` to move the visit to
refused-already-status = `{ $appointment }` is already { $status ->
        [booked] booked
        [confirmed] confirmed
        [arrived] arrived
        [in-room] in room
        [done] done
        [no-show] no-show
        [rescheduled] rescheduled
       *[cancelled] cancelled
    }
refused-no-physician = there is no physician `{ $physician }`
refused-no-appointment-type = there is no appointment type `{ $kind }`
refused-not-in-directory = there is no `{ $contact }` in the clinic's directory
refused-day-past = that day is already past
refused-not-booking-action = not a booking action
refused-gone-by = { $date } { $at } has already gone by
refused-no-chart = { $name } has no chart yet: register them first
refused-not-come-in = `{ $request }` has not come in today

## The desk (handle/desk.rs)

refused-nobody-at-desk = nobody is at the desk for `{ $appointment }`
refused-check-card-first = check the card first
refused-already-has-chart = { $name } already has a chart
refused-not-in-today = { $name } is not in the clinic today
refused-not-waiting = they are not waiting at the desk or in the waiting room
refused-not-desk-action = not a desk action
refused-not-at-clinic = `{ $patient }` is not at the clinic

## The inbox (handle/inbox.rs)

refused-cancellation-not-document = `{ $document }` is a cancellation, not a document to file
refused-already-filed = `{ $document }` is already filed
refused-still-ringing = `{ $call }` is still ringing: answer it first
refused-not-renewal = `{ $document }` is not a prescription renewal
refused-cancellation-not-paper = `{ $document }` is a cancellation, not paper to get rid of
refused-not-inbox-action = not an inbox action
refused-paper-gone = `{ $document }` already went { $how ->
        [shred] into the shredder
        [recycling] into the recycling
       *[garbage] into the garbage
    }
refused-not-in-inbox = `{ $document }` is not in the inbox

## The office (handle/office.rs)

refused-not-office-action = not an office action

## Calls the desk places (handle/outgoing.rs)

refused-no-such-number = { $name } has no { $number } number on file
refused-on-another-call = the desk is on `{ $call }`: hold or end it first
refused-not-in-mailbox = `{ $call }` is not waiting in the mailbox
refused-voicemail-not-theirs = `{ $call }` is not from or about `{ $patient }`
refused-not-their-appointment = `{ $appointment }` is not { $name }'s appointment
refused-no-outgoing-call = no outgoing call is on the line
refused-line-to-other = the line is to `{ $line }`, not `{ $patient }`
refused-they-answered = they answered: there is no voicemail to leave
refused-voicemail-already-left = a voicemail was already left on this call
refused-not-on-line = `{ $patient }` is not on the line
refused-slot-for-someone-else = the slot offered is for someone else
refused-unknown-patient = unknown patient
refused-not-outgoing-action = not an outgoing-call action

## Calls coming in (handle/phone.rs)

refused-now-voicemail = `{ $call }` is a voicemail now: return it with a PlaceCall
refused-not-ringing-or-held = `{ $call }` is not ringing or on hold
refused-not-on-hold = `{ $call }` is not on hold
refused-time-passed = { $by } has passed: promise a time still to come
refused-after-closing = the clinic closes at { $close }: promise a time before then
refused-not-phone-action = not a phone action
refused-not-come-in-yet = `{ $call }` has not come in yet
refused-no-call-today = there is no call `{ $call }` today
refused-on-hold = `{ $call }` is on hold: take it off hold first
refused-ringing = `{ $call }` is ringing: answer it first
refused-in-mailbox = `{ $call }` is in the mailbox: return the call first
refused-ended = `{ $call }` has ended

## Chasing a referral (handle/referrals.rs)

refused-no-referral = the clinic sent no referral `{ $referral }`
refused-acknowledged-on = the specialist's office acknowledged it on { $date }: nothing to chase
refused-acknowledged-at = the specialist's office acknowledged it at { $time }: nothing to chase

## Why the book refuses a booking (book/refusal.rs)

book-refused-unknown-physician = there is no such physician
book-refused-unknown-type = there is no such appointment type
book-refused-unknown-appointment = there is no such appointment
book-refused-in-the-past = that day is already past
book-refused-outside-calendar = the book only runs until { $last }
book-refused-closed-day = the clinic is closed on { $day ->
        [mon] Mondays
        [tue] Tuesdays
        [wed] Wednesdays
        [thu] Thursdays
        [fri] Fridays
        [sat] Saturdays
       *[sun] Sundays
    }
book-refused-physician-away = the physician is away that day
book-refused-locum = the physician is a locum who works here only on the days they cover
book-refused-no-such-visit = the physician's template offers no such visit that day
book-refused-runs-past = a { $minutes }-minute visit at { $at } would end at { $ends }, but the hours for this visit end at { $to }
book-refused-block = { $from }–{ $to }
book-refused-not-in-hours = not in the hours for this visit: that day offers it { $blocks }
book-refused-never-double = overlaps `{ $with }`, and the clinic never double-books
book-refused-not-double-bookable = overlaps `{ $with }`, and only short visits marked double-bookable may share a slot
book-refused-slot-full = overlaps `{ $with }`: the policy allows { $max } patients at once
book-refused-not-active = the appointment is { $status ->
        [booked] booked
        [confirmed] confirmed
        [arrived] arrived
        [in-room] in room
        [done] done
        [no-show] no-show
        [rescheduled] rescheduled
       *[cancelled] cancelled
    }

## Why a patient cannot come at the time offered, in their own words (book/availability.rs)

unavailable-mornings = I can only come in the mornings
unavailable-afternoons = I can only come in the afternoons
unavailable-not-on = I can't come on { $days }
unavailable-only-on = I can only come on { $days }
unavailable-day = { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
unavailable-or = { $list } or { $day }
unavailable-not-before = I can't be there before { $time }
unavailable-not-after = I have to be gone by { $time }
unavailable-away = I'm away from { $from } to { $to }

## Work no rule scores but a real desk would have finished, for the debrief (rules/judge/closing.rs)

left-undone-renewal = The renewal of { $drug } was not printed for signature.
left-undone-renewal-for = The renewal of { $drug } for { $patient } was not printed for signature.
left-undone-letter = The letter "{ $subject }" was left in the inbox.
left-undone-letter-for = The letter "{ $subject }" for { $patient } was left in the inbox.
left-undone-result = The { $test } result was left in the inbox, off the chart.
left-undone-result-for = The { $test } result for { $patient } was left in the inbox, off the chart.

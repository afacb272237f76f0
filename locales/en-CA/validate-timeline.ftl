# Scenario validation (`clinic-day validate`): the timeline's events, their conditions, and referrals sent out.

## The timeline (timeline.rs)

check-timeline-empty = nothing happens during this day
check-timeline-empty-label = no events
check-timeline-outside-hours = { $at } is outside opening hours { $open }–{ $close }
check-timeline-outside-hours-label = clinic closed
check-timeline-outside-hours-help = events happen while the clinic is open; a message left overnight is a `Voicemail` at opening time
check-timeline-jitter-outside-hours = ±{ $jitter ->
        [one] 1 minute
       *[other] { $jitter } minutes
    } can move this event outside opening hours; it will be kept inside them
check-timeline-jitter-outside-hours-label = reaches past opening hours
check-timeline-worsens-at-once = `after: 0` is as they arrive, not while they wait
check-timeline-worsens-at-once-label = no wait
check-timeline-worsens-at-once-help = write how they are on arrival in their own `symptoms` (and `distress`), or give the minutes they wait first
# $before and $after are acuities as the scenario writes them (`Routine`, `SameDay`, …).
check-timeline-worsens-not-worse = they get no worse: { $before } before, { $after } after, and no new red flag
check-timeline-worsens-not-worse-label = not worse
check-timeline-worsens-not-worse-help = a worsening needs a more urgent `acuity` (e.g. `ClinicianNow` or `Emergency`) or a new red flag
check-timeline-idle-booking = `{ $booking }` ({ $name } at { $at }) is booked today, but nothing on the timeline says whether they come
check-timeline-idle-booking-label = nobody comes, nobody cancels
check-timeline-idle-booking-help = add an `Arrival`, a `NoShow` or a `Cancellation` for it, or book it on another day
check-timeline-asked-of-a-message = a message cannot be asked what it is about: nobody is on the line
check-timeline-asked-of-a-message-label = nobody to ask
check-timeline-asked-of-a-message-help = put what the message says in `says`, or make it a live `Call`
check-timeline-visitor-left = `left` is when a message was left; a visitor is at the counter at the entry's `at`
check-timeline-visitor-left-label = not a message
check-timeline-visitor-patience = `patience` is how long a caller waits on hold; a visitor waits at the counter until the desk deals with them
check-timeline-visitor-patience-label = not on hold
check-timeline-visitor-number = `number` is the number a call comes from; a visitor at the counter calls from none
check-timeline-visitor-number-label = not a call
check-timeline-arrival-time = the patient arrives at { $at } for a { $booked } booking
# $when is late or early.
check-timeline-arrival-time-label = { $minutes } minutes { $when ->
        [late] late
       *[early] early
    }
check-timeline-late-cancellation = the booking at { $booked } is cancelled at { $at }, after it should have started
check-timeline-late-cancellation-label = cancelled after the fact
check-timeline-early-no-show = the no-show is noticed at { $at }, before the { $booked } booking
check-timeline-early-no-show-label = too early to tell
check-timeline-zero-delay = a delay of 0 minutes changes nothing
check-timeline-zero-delay-label = zero
# $name is the covering physician's name; $count the urgent visits that cannot be rebooked in time.
check-timeline-covering-without-book = { $name } covers but has no book here, and { $count } urgent { $count ->
        [one] visit on the absence days finds
       *[other] visits on the absence days find
    } no room with anyone on or before the day
check-timeline-covering-without-book-label = no book
check-timeline-covering-without-book-help = format 2: list them under `staff.physicians` with a `week` and `covers: [(physician: …, from: …, to: …)]`
check-timeline-absence-not-future = an announced absence is on a future day, not { $date }
check-timeline-absence-not-future-label = today or earlier
check-timeline-absence-outside-calendar = the absence runs to { $date }, past the end of the calendar
check-timeline-absence-outside-calendar-label = outside the calendar
check-timeline-absence-outside-calendar-help = raise `clinic.calendar_weeks` so the displaced patients can be rebooked
check-timeline-date-range = the absence ends before it starts
check-timeline-date-range-label = end date
check-timeline-empty-one-of = `OneOf` needs at least one event
check-timeline-empty-one-of-label = empty
check-timeline-single-one-of = `OneOf` with one event always picks it
check-timeline-single-one-of-label = one alternative
check-timeline-not-today = booking `{ $booking }` is on { $date }, not on the simulated day
check-timeline-not-today-label = not booked today
# $what is what happens to the booking here, $before what the timeline already has happen to it
# (at the path $first): arrives, cancelled or no-show.
check-timeline-booking-twice = booking `{ $booking }` { $what ->
        [arrives] arrives
        [cancelled] is cancelled
       *[no-show] does not come
    } here, but the timeline already says it { $before ->
        [arrives] arrives
        [cancelled] is cancelled
       *[no-show] does not come
    } (`{ $first }`)
check-timeline-booking-twice-label = a booking arrives, is cancelled or is missed: once
check-timeline-task-within = a visit booked within 0 days is today: at least 1
check-timeline-task-within-label = zero
check-timeline-task-by-too-soon = the task is given at { $at } and due by { $by }: nothing can be done in time
check-timeline-task-by-too-soon-label = not after it is given
check-timeline-task-by-after-closing = the clinic closes at { $closes }, before { $by }
check-timeline-task-by-after-closing-label = after closing
check-timeline-task-by-after-closing-help = leave `by` out for "before the clinic closes"
check-timeline-really-same = `really` repeats the claim; leave it out when the caller is who they say
check-timeline-really-same-label = same as `claims`
check-timeline-about-mismatch = the caller claims to be patient `{ $claimed }` but the call is about `{ $about }`
check-timeline-about-mismatch-label = a different patient
check-timeline-request-role = Limited Use codes are asked for by pharmacists
check-timeline-request-role-label = caller is not a pharmacist
check-timeline-answer-date = `{ $born }` is not a date
check-timeline-answer-date-label = expected YYYY-MM-DD
check-timeline-answer-date-help = a caller who gives a wrong date of birth is written as a real but wrong date; one who cannot give it leaves `born` out
check-timeline-request-empty = the request asks for nothing
check-timeline-request-empty-label = empty list
check-timeline-call-needs-patient = this request is about a patient, but the call names none
check-timeline-call-needs-patient-label = about whom?
check-timeline-call-needs-patient-help = add `about: "patient-id"`
check-timeline-says-nothing = the person says nothing
check-timeline-says-nothing-label = add at least one line
check-timeline-ctas = CTAS levels run from 1 to 5
check-timeline-ctas-label = out of range
check-timeline-red-flag-acuity = a life-threatening red flag with acuity { $acuity }: the rulebook routes these to 911 (T1)
check-timeline-red-flag-acuity-label = lower than the red flags suggest
check-timeline-unjudged-document = no rule judges what is done with a renewal or a letter: it is only listed in the debrief as work left undone
check-timeline-unjudged-document-label = not scored
# $via is the channel as the scenario writes it (`Phone`, `Voicemail`).
check-timeline-printout-not-paper = a printout is paper to shred, but this one came by { $via }
check-timeline-printout-not-paper-label = nothing to shred
check-timeline-printout-not-paper-help = a printout comes by `Fax`, `Mail`, `Email` or `Electronic` (printed at the desk)
check-timeline-document-needs-patient = this document is about a patient, but names none
check-timeline-document-needs-patient-label = about whom?
check-timeline-document-needs-patient-help = add `about: "patient-id"`
# $request is the request's variant as the scenario writes it (`Message`, `Form`, …).
check-timeline-unjudged-request = no rule judges a `{ $request }` request for itself: with no `symptoms`, only how identity is checked is scored (C1)
check-timeline-unjudged-request-label = nothing of its own to judge
check-timeline-unjudged-request-help = give it `symptoms` (even routine ones: T6 judges where it is booked), or ask for something the rulebook judges
# $names lists the tests on the chart, as it names them.
check-timeline-result-not-on-chart = `{ $test }` is not a result on { $name }'s chart, which has { $names }
check-timeline-result-not-on-chart-label = judged as a result nobody released
check-timeline-result-not-on-chart-help = name the test as the chart does (case does not matter)

## Conditions on events: `only_if`, `unless` (conditions.rs)

check-conditions-unknown-patient = there is no patient `{ $patient }`
check-conditions-unknown-patient-label = no such patient
check-conditions-unknown-patient-help = a condition names a patient by the id under `patients`
check-conditions-unknown-event = no event in the timeline is called `{ $event }`
check-conditions-unknown-event-label = no such event
check-conditions-unknown-event-help = a condition names a call, voicemail, message, visitor, walk-in or document by its `id`
check-conditions-on-itself = `{ $event }` cannot depend on itself
check-conditions-on-itself-label = names its own event
check-conditions-on-itself-help = a condition is about something the desk did earlier in the day
# $kind is the event's variant (`Call`, `WalkIn`, …); $kinds the variants the condition can name.
check-conditions-wrong-kind = `{ $event }` is a `{ $kind }`, and this condition is about a { $kinds }
check-conditions-wrong-kind-label = wrong kind of event
# $earlier and $at are times, each with its jitter when it has one (check-conditions-at-jitter).
check-conditions-too-early = `{ $event }` comes at { $earlier }, and this event at { $at }: the desk may not have met `{ $event }` yet
check-conditions-too-early-label = may not have happened yet
check-conditions-too-early-help = a condition names an event that is certainly over before this one: move one of them, or narrow the jitter
check-conditions-at-jitter = { $at } (±{ $jitter } min)

## Referrals sent out: `referrals_out` (referrals.rs)

check-referrals-duplicate-id = two referrals are called `{ $referral }`
check-referrals-duplicate-id-label = used before
check-referrals-unknown-patient = there is no patient `{ $patient }`
check-referrals-unknown-patient-label = no such patient
check-referrals-unknown-contact = there is no contact `{ $contact }`
check-referrals-unknown-contact-label = not in `contacts`
check-referrals-unknown-contact-help = the specialist's office is a contact in the directory
check-referrals-unknown-physician = there is no physician `{ $physician }`
check-referrals-unknown-physician-label = no such physician
check-referrals-sent-after-today = sent on { $sent }, after the day ({ $today })
check-referrals-sent-after-today-label = in the future
check-referrals-sent-after-today-help = a referral sent out is one sent before the day, or on it: `sent: "today-9"`
check-referrals-acknowledged-outside = acknowledged on { $acknowledged }, outside { $sent } (sent) to { $today } (the day)
check-referrals-acknowledged-outside-label = not between sending and today
check-referrals-unknown-referral = no referral in `referrals_out` is called `{ $referral }`
check-referrals-unknown-referral-label = no such referral

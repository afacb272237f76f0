# Clinic Day, English (Canada): what `clinic-day validate` says about a scenario's staff, patients, ids, clinic, format and scoring.

## Staff, appointment types and patients (check/people.rs)

check-people-empty = empty
check-people-no-physician = the clinic needs at least one physician
check-people-self-cover = a physician cannot cover for themselves
check-people-same-physician = same physician
check-people-empty-template = { $name } has no weekly template, so nothing can be booked with them
check-people-no-blocks = no blocks
check-people-block-reversed = the block ends ({ $to }) before it starts ({ $from })
check-people-end-of-block = end of block
check-people-block-outside-hours = the block { $from }–{ $to } is outside opening hours { $open }–{ $close }
check-people-outside-hours = outside opening hours
check-people-block-no-day = the block is on no day
check-people-closed-day = the clinic is closed on { $day }
check-people-closed-day-label = closed day
check-people-block-no-type = the block offers no appointment type
check-people-too-short = a { $minutes }-minute `{ $type }` never fits this { $length }-minute block
check-people-too-long-for-block = too long for the block
check-people-overlap = this block overlaps block { $other } ({ $from }–{ $to }) on { $day }
check-people-overlapping-block = overlapping block
check-people-overlap-help = split the time between the blocks; a same-day reserve is a block of its own
check-people-absence-reversed = the absence ends before it starts
check-people-end-date = end date
check-people-cover-reversed = the cover ends before it starts
check-people-locum-covers-nobody = { $name } is a locum who covers for nobody, on no day and in no announced absence, so they never work here
check-people-locum = locum
check-people-locum-help = add the days they cover: `covers: [(physician: "…", from: "today", to: "today+4")]`
check-people-duration-range = an appointment lasts 1 to 240 minutes
check-people-out-of-range = out of range
check-people-duration-rows = the book works in 5-minute rows; this length does not fit them
check-people-not-multiple-of-5 = not a multiple of 5
check-people-new-patient-short = { $minutes } minutes is short for a new patient (the rulebook's S1 expects 30–60)
check-people-short-for-new-patient = short for a new patient
check-people-double-booking = long visits and procedures should never be double-booked (S4)
check-people-double-bookable = double-bookable
check-people-not-a-colour = `{ $colour }` is not a colour
check-people-expected-colour = expected `#rrggbb`
check-people-colour-help = write a hex colour such as "#4e79a7"
check-people-patient-name = a patient needs a name
check-people-born-in-future = born { $born } is after the simulated day { $today }
check-people-in-the-future = in the future
check-people-no-phone = { $name } has no phone number on file, so the desk cannot call them
check-people-no-phones = no phones
check-people-voicemail-number = voicemail is allowed on the { $kind } number, but { $name } has no { $kind } phone
check-people-no-such-phone = no such phone
check-people-voicemail-help = add that phone to `phones`, or name a phone they have
check-people-authorized-nothing = { $name } is authorized to receive nothing
check-people-released-result = a released result needs the test's name
check-people-released-help = name the test as calls ask for it, e.g. "Blood count"
check-people-chart-result = a result on the chart needs the test's name
check-people-chart-result-help = name the test as calls ask for it, e.g. "TSH"
check-people-result-twice = the { $test } result is on the chart twice, or both released and not
check-people-again = again
check-people-result-twice-help = one status per test: `Released`, `ToDiscuss` or `Abnormal`
check-people-away-reversed = the patient's time away ends before it starts
check-people-dates-reversed = dates reversed
check-people-version-code = `{ $version }` is not a valid version code: { $problem }
check-people-version-code-label = expected one or two capital letters
check-people-not-ramq-number = `{ $number }` is not this patient's RAMQ number: { $problem }
check-people-not-ontario-number = `{ $number }` is not a valid Ontario health number: { $problem }
check-people-health-number-label = fails the health-number check
check-people-health-number-help = a card with a keying error belongs in an event (`card: Shows(number: "…", version: "…", expires: "…")`), not in the patient's record
check-people-duplicate-health-number = patient `{ $other }` has the same health number
check-people-shared-health-number = shared health number
check-people-duplicate-health-number-help = to have someone present another person's card, use `card: Borrowed("patient-id")` in the event
check-people-no-health-card = { $name } has no health card on file
check-people-no-card = no card

## What is wrong with a health card, as the validator says it (health_card.rs)

card-problem-not-ten-digits = an Ontario health number has exactly 10 digits
card-problem-check-digit = check digit is { $found } but the first nine digits give { $expected } (Luhn mod 10)
card-problem-version-code = the version code is one or two capital letters
card-problem-expired = the card expired on { $date }
card-problem-ramq-shape = a RAMQ number is four letters and eight digits
card-problem-ramq-mismatch = the number begins { $found }, but the holder's surname, given name, birth date and sex give { $expected }: it is someone else's card or mistyped

## Ids: each defined once, each reference to something that exists, nothing left unused (check/references.rs)
# $what is the kind of thing: patient, staff-member, appointment-type, booking, contact, event.

check-references-unknown-patient = no patient has the id `{ $id }`
check-references-not-patient-id = not a patient id
check-references-staff-not-physician = `{ $id }` is on staff but is not one of the clinic's physicians
check-references-unknown-physician = no physician has the id `{ $id }`
check-references-not-physician-id = not a physician id
check-references-unknown-covering = no physician or covering physician has the id `{ $id }`
check-references-unknown-type = no appointment type has the id `{ $id }`
check-references-not-type = not an appointment type
check-references-unknown-booking = no booking in the book has the id `{ $id }`
check-references-not-booking-id = not a booking id
check-references-unknown-contact = no contact in the directory has the id `{ $id }`
check-references-not-contact-id = not a contact id
check-references-contact-kind = `{ $id }` is listed as { $listed }, but a { $kind } is expected here
check-references-expected-kind = expected a { $kind }
check-references-empty-id = { $what ->
        [patient] a patient
        [staff-member] a staff member
        [appointment-type] an appointment type
        [booking] a booking
        [contact] a contact
        [event] an event
       *[other] a { $what }
    } has an empty id
check-references-empty-id-label = empty id
check-references-duplicate-id = the { $what ->
        [patient] patient
        [staff-member] staff member
        [appointment-type] appointment type
        [booking] booking
        [contact] contact
        [event] event
       *[other] { $what }
    } id `{ $id }` is used twice
check-references-defined-again = defined again here
check-references-duplicate-id-help = it is first defined at `{ $first }`; ids must be unique
check-references-unused-patient = patient `{ $id }` never appears in the book, the waitlist or the timeline
check-references-never-used = never used
check-references-unused-patient-help = remove the patient, or check the spelling where you meant to use them
check-references-unused-type = no physician's weekly template offers `{ $id }`, so it can never be booked
check-references-in-no-template = in no template

## The clinic's hours, calendar and policies (check/clinic.rs)

check-clinic-format-version = this build reads scenario format { $supported }, not { $format }
check-clinic-unsupported-format = unsupported format
check-clinic-format-help = write `format: { $supported }`
check-clinic-scenario-id = the scenario id must be a short name without spaces
check-clinic-scenario-id-label = e.g. "greene-cardiology"
check-clinic-no-briefing = the scenario has no briefing text for the learner
check-clinic-no-briefing-help = add `briefing: "…"`: it is shown before the shift starts
check-clinic-no-objectives = the scenario states no learning objectives
check-clinic-no-objectives-help = add `objectives: ["…"]`: they are shown on the briefing screen and in the debrief
check-clinic-closes-before-opens = the clinic closes ({ $close }) before it opens ({ $open })
check-clinic-closing-time = closing time
check-clinic-lunch = lunch { $from }–{ $to } must be a stretch within opening hours { $open }–{ $close }
check-clinic-lunch-label = lunch
check-clinic-no-day-open = the clinic is open on no day of the week
check-clinic-empty = empty
check-clinic-closed-day = { $date } is a { $weekday }, a day the clinic is closed
check-clinic-simulated-day = the simulated day
check-clinic-closed-day-help = pick a date on one of `days_open`
check-clinic-calendar-weeks = the calendar covers 1 to 26 weeks
check-clinic-out-of-range = out of range
check-clinic-max-per-slot = at least one patient fits in a slot
check-clinic-max-per-slot-label = write 1 for "never double-book"
check-clinic-release-outside-hours = { $time } is outside opening hours
check-clinic-never-reached = never reached
check-clinic-rings = a call must ring at least once
check-clinic-zero = zero
check-clinic-hold-patience = callers hang up the moment they are put on hold

## What format 2 added, used in a file that says `format: 1` (check/format.rs). $what is one of
# the check-format- names below.

check-format-new-in-2 = { $what } is new in format 2, and this file says `format: 1`
check-format-2 = format 2
check-format-help = write `format: 2` at the top: every format-1 field means what it did
check-format-languages = `languages` (a day written in more than one language)
check-format-covers = `covers` (the days a physician covers for another)
check-format-locum = `locum`
check-format-authority = this authority (custody, or a power of attorney for personal care)
check-format-validates = `validates` (a card the ministry's validation accepts past its printed date)
check-format-decides-alone = `decides_alone` (a capable minor who decides about their own care)
check-format-results = `results` (results on the chart with their release status)
check-format-referrals-out = `referrals_out` (referrals sent out, to track)
check-format-fill = `fill` (a stretch of the book filled from the seed)
check-format-only-if = `only_if` (a consequence)
check-format-unless = `unless` (a consequence)
check-format-message = `Message` (an electronic message in the inbox)
check-format-task = `Task` (a task put on the desk's list, to be done by a time)
check-format-printout = a `Printout` (paper to shred)
check-format-did-not-attend = a `DidNotAttend` notice
check-format-referral-acknowledged = a `ReferralAcknowledged` document
check-format-visitor = `Visitor` (someone at the counter who is not there to be seen)
check-format-custody-order = a `CustodyOrder`
check-format-says-when-asked-caller = `says_when_asked` (what a caller says only when asked why)
check-format-purpose = `purpose` (what a caller wants the information for)
check-format-worsens = `worsens` (someone waiting who gets worse)
check-format-says-when-asked-walk-in = `says_when_asked` (what a walk-in says only when asked why)
check-format-leaves-if-told-over = `leaves_if_told_over` (someone put off by the wait they are told)
check-format-red-flag = this red flag (a single FAST sign or a posterior stroke sign)

## Scoring settings (check/scoring.rs). A rule's title and a clock's reference come from their own
# messages (rules.ftl, deadlines.ftl), chosen by $rule and $field; the English ($title, $reference)
# stands in for what is not listed.

check-scoring-category-weight = a category weight is between 0 and { $max }
check-scoring-negative = negative
check-scoring-too-large-to-add-up = too large to add up safely
check-scoring-weights-help = weights are relative: 40, 35 and 25 weigh the same as 0.4, 0.35 and 0.25
check-scoring-no-weight = at least one category must carry weight
check-scoring-all-zero = all zero
check-scoring-deadline = a limit for { $rule } is between 1 and { $max } minutes
check-scoring-deadline-zero = zero: nobody could meet it
check-scoring-deadline-too-long = longer than a clinic day
check-scoring-deadline-help = the rulebook's default is { $minutes } minutes ({ $field ->
        [emergency_message] { deadline-emergency-message.reference }
        [crisis_hand_off] { deadline-crisis-hand-off.reference }
        [distress_at_desk] { deadline-distress-at-desk.reference }
        [clinician_now] { deadline-clinician-now.reference }
        [urgent_message] { deadline-urgent-message.reference }
        [critical_result] { deadline-critical-result.reference }
        [delay_told] { deadline-delay-told.reference }
       *[other] { $reference }
    })
check-scoring-pass-mark = the pass mark is out of 100
check-scoring-over-100 = over 100
check-scoring-gate-not-critical = { $rule } is never critical, so it is an odd fail gate
check-scoring-not-critical-rule = not a critical rule
check-scoring-gate-not-critical-help = fail gates are meant for critical rules; raise its severity in `scoring.rules` if you mean it
check-scoring-duplicate-override = { $rule } is already changed by entry { $first }
check-scoring-changed-twice = changed twice
check-scoring-reference-rule = { $rule } is reference knowledge and never judged; changing it has no effect
check-scoring-never-judged = never judged
check-scoring-rule-weight = a rule weight is between 0 and { $max }
check-scoring-too-large = too large
check-scoring-rule-weight-help = 1.0 is the rulebook's points; 2.0 doubles them
check-scoring-critical-rule-off = { $rule } ({ $title }) can be critical, and this day switches it off
check-scoring-critical-rule-off-label = critical rule switched off
check-scoring-critical-rule-off-help = learners will not be judged on it at all; make sure that is what the day needs
check-scoring-gate-disabled = { $rule } is a fail gate but is switched off
check-scoring-gate-never-trips = gate can never trip
check-scoring-unknown-rule = `{ $id }` is not a rule of the rulebook
check-scoring-unknown-rule-id = unknown rule id
check-scoring-unknown-rule-help = { $suggestion } (T1–T12, C1–C17, S1–S13)

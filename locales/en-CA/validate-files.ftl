# Clinic Day, English (Canada): what is said about a file that is read: a scenario (its reading and its book), an action file, an exam sheet, a class roster, a results file.

## Reading a scenario file: bytes, text, RON (load.rs, said.rs)

load-no-such-file = cannot read the file: there is no such file
load-no-such-file-help = check the path; `clinic-day validate scenarios/` checks every scenario in a folder
load-folder = this is a folder, not a file
load-folder-help = `clinic-day validate` takes folders too, and checks the `.ron` files in them
load-device = this is a device, a pipe or a socket, not a file
# $what is what the path names instead of a file, in the words of the file reader.
load-not-a-file = this is { $what }, not a file
# $why is the system's own reason.
load-cannot-read = cannot read the file: { $why }
load-not-text-help = a scenario is a text file ending in `.ron`
# $size and $max are in megabytes, $size with one decimal.
load-too-big = the file is { $size } MB; a scenario is at most { $max } MB
load-too-big-help = is this the right file? A whole clinic day is usually under 200 kB
load-binary = this looks like a binary file, not a RON scenario
load-binary-help = scenarios are text files ending in `.ron`
load-encoding = the file is not valid UTF-8
load-encoding-label = this byte is not UTF-8
load-encoding-help = save the file as UTF-8 (most editors offer it under "Save with encoding")
load-missing-english = this text has no English, and the day says `languages: [En, Fr]`
load-missing-french = this text has no French, and the day says `languages: [En, Fr]`
# $code is the language's field: en or fr.
load-missing-language-label = no `{ $code }:`
load-missing-language-help = add `{ $code }: "…"` beside it; until then it is shown as it is in both languages
load-same-in-both = this text is the same in both languages, and the day says `languages: [En, Fr]`
load-same-in-both-label = one string for both languages
load-same-in-both-help = write it as `(en: "…", fr: "…")`, or leave it if it reads the same in both (a name, a code)
load-empty = the file is empty
load-empty-help = a scenario starts with `(format: 1, id: "…", …)`; docs/scenario-format.md has a walk-through
load-needs-format-2 = a date said in words is new in format 2, and this file says `format: 1`
load-needs-format-2-label = format 2
load-needs-format-2-help = write `format: 2` at the top: every format-1 field means what it did
# A placeholder in braces that names no date; $words is what is between the braces, as written.
load-date-not-a-date = `{"{"}{ $words }{"}"}` is not a date to say
load-date-yesterday = `{"{"}{ $words }{"}"}` is not a date to say (the day before the clinic day is `{"{"}today-1{"}"}`)
load-date-tomorrow = `{"{"}{ $words }{"}"}` is not a date to say (the day after the clinic day is `{"{"}today+1{"}"}`)
load-date-spaces = `{"{"}{ $words }{"}"}` is not a date to say (without spaces: `{"{"}{ $squeezed }{"}"}`)
load-text-date-label = not a date
load-text-date-help = a date in a text is written as the file writes dates, in braces: `{"{"}today{"}"}`, `{"{"}today+N{"}"}`, `{"{"}today-N{"}"}` or `{"{"}YYYY-MM-DD{"}"}`; it is shown as its weekday within six days of the day ("Monday"), else in full ("Friday 20 March")
load-format-newer = this scenario is format { $format }, newer than this Clinic Day reads ({ $reads })
load-format-newer-label = newer format
load-format-newer-help = update Clinic Day to open it
load-format-unknown = `{ $value }` is not a scenario format this Clinic Day knows
load-format-unknown-label = unknown format
load-format-unknown-help = write `format: { $format }`
# RON's complaints, said for an author. $found, $field and $outer are names as the file writes them.
load-unknown-field = unknown field `{ $found }`
load-unknown-field-in = unknown field `{ $found }` in `{ $outer }`
load-unknown-field-label = unknown field
load-unknown-value = unknown value `{ $found }`
load-unknown-value-for = unknown value `{ $found }` for `{ $outer }`
load-unknown-value-label = unknown value
# $names is the list of names that would have been accepted, each in backticks.
load-expected-one-of = expected one of { $names }
load-missing-field = missing field `{ $field }`
load-missing-field-in = missing field `{ $field }` in `{ $outer }`
load-missing-field-label = `{ $field }` is needed before this
load-missing-field-help = add `{ $field }: …`; docs/scenario-format.md describes it
load-duplicate-field = the field `{ $field }` is given twice
load-duplicate-field-label = given again
load-duplicate-field-help = keep one of them
load-too-deep = the file nests values too deeply to be a scenario
load-too-deep-label = nesting gives up here
load-too-deep-help = a scenario nests about 8 levels deep; this file passes { $limit }
load-expected-comma = expected a comma
load-expected-comma-label = a `,` is missing here
load-expected-comma-help = fields and list items are separated by commas
# $bracket is the closing bracket, in backticks: `)`, `]` or `}`.
load-expected-closing = expected a closing { $bracket } or a comma
load-expected-closing-label = unexpected here
load-expected-closing-help = a comma may be missing between two items, or a bracket closed too early
load-expected-name = expected a name here (such as `Female` or `Routine`), found `{ $found }`
load-expected-name-label = not a name
load-expected-name-help = names of choices are written bare, without quotes; numbers and text only go where a number or text is expected
load-eof = the file ends in the middle of a value
load-eof-label = file ends here
load-eof-help = a closing `)` or `]` is probably missing; check that every bracket opened is closed
# $why is what the value's type says of it, in its own words (English).
load-invalid-value = { $why }
load-invalid-value-label = invalid value
# $why is the RON parser's own message (English).
load-ron-says = { $why }
load-here = here
load-hint-identifier = names of choices are written bare, without quotes (`sex: Female`); write `Call(id: …)` without inner parentheses, and leave out `Some(…)`
load-hint-out-of-bounds = this number is out of range here: most counts and minutes are whole numbers of zero or more
load-hint-string = text goes in double quotes, e.g. "09:30"
load-hint-comma = items and fields are separated by commas
load-hint-number = write a plain number, without quotes

## A scenario's book, waitlist and fills (check/schedule.rs)

# $physician is a physician's name; $type an appointment type's id.
check-schedule-fill-type-not-offered = { $physician }'s template offers no `{ $type }` outside same-day time: the fill books none
check-schedule-not-in-template = not in the template
check-schedule-fill-no-types = a fill needs at least one appointment type
check-schedule-empty = empty
check-schedule-fill-occupancy = occupancy is a percentage from 1 to 100
check-schedule-out-of-range = out of range
check-schedule-fill-not-future = a fill starts after today, not on { $date }
check-schedule-fill-not-future-label = today or earlier
check-schedule-fill-not-future-help = today's visits are written one by one, each with its arrival
check-schedule-fill-ends-before-start = the fill ends before it starts
check-schedule-end-date = end date
check-schedule-fill-outside-calendar = the fill runs to { $date }, past the end of the calendar
check-schedule-outside-calendar = outside the calendar
check-schedule-fill-outside-calendar-help = raise `clinic.calendar_weeks`, or end the fill sooner
check-schedule-fill-empty = the fills book nothing: the days are full or closed
check-schedule-fill-empty-label = nothing booked
check-schedule-duration = a booking lasts at least a minute
check-schedule-duration-label = zero
check-schedule-same-day-reserve = a same-day reserved slot on { $date } is already booked days ahead (S3)
check-schedule-same-day-reserve-label = reserved for same-day needs
check-schedule-same-day-reserve-help = book routine visits outside the `same_day: true` blocks
check-schedule-test-place = a test is done either outside (`at`) or in the clinic (`type`), not both
check-schedule-test-place-label = both given
check-schedule-orders-not-today = orders are given at the end of today's visits; this booking is on another day
check-schedule-orders-not-today-label = never reached
# Why the book refuses an opening booking. $date and $today are dates as the file writes them (2026-03-30).
check-schedule-in-the-past = { $date } is before the simulated day { $today }
check-schedule-in-the-past-label = in the past
check-schedule-in-the-past-help = the book holds today and the weeks ahead
check-schedule-booking-outside-calendar = { $date } is past the end of the calendar ({ $weeks } weeks from { $today })
check-schedule-booking-outside-calendar-help = raise `clinic.calendar_weeks`, or move the booking
# $weekday is the name of a day of the week.
check-schedule-closed-day = { $date } is a { $weekday }, a day the clinic is closed
check-schedule-closed-day-label = clinic closed
check-schedule-physician-away = { $physician } is away on { $date }
check-schedule-physician-away-label = physician away
check-schedule-locum-off-day = { $physician } is a locum and does not work here on { $date }
check-schedule-locum-off-day-label = not a covered day
check-schedule-locum-no-covers = give { $physician } the days they cover: `covers: [(physician: …, from: …, to: …)]`
# $days lists the days covered: a date, or a span of dates (check-schedule-covered-days).
check-schedule-locum-covers = { $physician } works here only on the days they cover: { $days }
check-schedule-covered-days = { $from } to { $to }
# $minutes is the visit's length; $at and $end are times (09:30), $end may be check-schedule-midnight.
check-schedule-outside-template = a { $minutes }-minute `{ $type }` at { $at }–{ $end } does not fit { $physician }'s template
check-schedule-midnight = midnight
check-schedule-template-offers-none = { $physician } offers no `{ $type }` on { $weekday }s
# $blocks lists the hours that day offers the type (09:00–12:00, 13:00–16:00).
check-schedule-template-offers = on { $weekday }s { $physician } offers `{ $type }` { $blocks }
check-schedule-double-booked-label = overlapping booking
check-schedule-never-double-booked-help = move one of them, or set `clinic.policies.double_booking.max_per_slot`
check-schedule-not-double-bookable-help = long visits and procedures are never double-booked (S4)
check-schedule-slot-full-help = move one of them to another time
check-schedule-waitlist-future = a patient cannot have joined the waitlist after today
check-schedule-waitlist-future-label = in the future
check-schedule-cancel-after = a cancellation comes 1 to { $max } minutes after the booking, not { $after }
# $patient is a patient's id; $entry the number of the waitlist entry where they are already.
check-schedule-waitlist-twice = `{ $patient }` is already on this physician's waitlist (entry { $entry })
check-schedule-waitlist-twice-label = listed twice

## An action file (src/sim/script.rs)

# $at and $previous are simulated times (10:26 or 10:26:30).
script-action-back-in-time = action { $number } (at { $at }) goes back in time
script-action-names-nothing = action { $number } (at { $at }), `{ $field }`: { $problem }
script-back-in-time = this action is at { $at }, before the one above it ({ $previous })
script-back-in-time-label = goes back in time
script-back-in-time-help = actions are played in order and the clock only moves forward: sort them by time
# $what is the kind of thing an action names: patient, staff, type, contact, event, referral, appointment; $id is the id it gives.
script-no-such = there is no { $what ->
        [patient] patient
        [staff] staff member
        [type] appointment type
        [contact] directory contact
        [event] call, voicemail, walk-in or document
        [referral] referral sent out
       *[appointment] appointment
    } `{ $id }` in the scenario
script-no-such-help = the scenario defines no such { $what ->
        [patient] patient
        [staff] staff member
        [type] appointment type
        [contact] directory contact
        [event] call, voicemail, walk-in or document
        [referral] referral sent out
       *[appointment] appointment
    }: ids are written exactly as in the scenario file
script-unknown-name-label = not in the scenario

## An exam sheet (src/practicum/exam.rs)

exam-sheet-too-big = an exam sheet is a few lines; this file is far bigger
exam-sheet-too-big-help = is this the right file? `clinic-day exam` takes the sheet, not the scenario
# $why is the reason the file reader gives.
exam-sheet-unreadable = cannot read the exam sheet: { $why }
exam-sheet-unreadable-help = check the path you were given
exam-sheet-not-a-sheet = this is not an exam sheet
exam-sheet-not-a-sheet-scenario-help = this looks like a scenario; an exam sheet names one with `scenario: "…"` (docs/scenario-format.md, "Exam sheets")
exam-sheet-not-a-sheet-help = an exam sheet starts with `(exam_sheet: 1, title: "…", scenario: "…", seed: …)`
exam-sheet-version = exam sheet version { $version }; this Clinic Day reads version { $reads }
exam-sheet-version-label = another version
exam-sheet-version-help = write `exam_sheet: { $reads }`, or use the Clinic Day the sheet was written for
exam-sheet-no-title = the exam has no title
exam-sheet-empty = empty
exam-sheet-no-title-help = the title is shown to the learner and names the grade item, e.g. "MOA 120 practicum, week 9"
exam-sheet-pause = a limited pause needs at least one pause of at least one minute
exam-sheet-pause-label = nothing allowed
exam-sheet-pause-help = write `pause: NoPause` to allow none
exam-sheet-seed-both = a sheet gives one seed to everyone or draws one per attempt, not both
exam-sheet-seed-both-label = and a seed above
exam-sheet-seed-both-help = leave `seed` out to draw a seed per attempt, or set `seed_per_attempt: false`
exam-sheet-no-seed = the sheet says no seed
exam-sheet-no-seed-label = no `seed` in this sheet
exam-sheet-no-seed-help = write `seed: 20261123` for the same day for everyone, or `seed_per_attempt: true`
exam-sheet-attempts = an exam allows 1 to { $max } attempts per learner
exam-sheet-attempts-none = none
exam-sheet-attempts-too-many = too many
exam-sheet-attempts-help = write `attempts: (allowed: 1)` for a single sitting, the default
exam-sheet-results-folder = no folder for the results
exam-sheet-results-folder-help = leave `results` out to use a `results` folder beside the sheet
exam-sheet-witness-endpoint = the witness store's endpoint is not a web address
exam-sheet-witness-endpoint-label = this store
exam-sheet-witness-endpoint-help = write the xAPI endpoint the store gives, e.g. `endpoint: "https://lrs.college.example/xAPI"`
exam-sheet-witness-account = the witness store needs the exam's own account and key
exam-sheet-witness-account-label = no account
exam-sheet-witness-account-help = create an account at the store that may only write statements, for this exam alone
# $field is `opens` or `closes`.
exam-sheet-window-time = `{ $field }` is not a UTC time
exam-sheet-window-time-label = not a time
exam-sheet-window-time-help = write it as UTC, e.g. `"2026-12-07T13:00:00Z"` (Toronto's 08:00 in December)
exam-sheet-window-order = the exam closes before it opens
exam-sheet-window-order-label = before `opens`
exam-sheet-window-order-help = swap the two times, or check the dates
exam-sheet-scenario-label = this scenario
# $file is a built-in day's file name; $known lists them all.
exam-sheet-no-builtin = there is no built-in day `{ $file }`
exam-sheet-no-builtin-help = the built-in days are { $known }
# $why is the built-in day's own report, in English.
exam-sheet-builtin-broken = the built-in day does not load: { $why }
exam-sheet-builtin-broken-help = please report this
exam-sheet-scenario-unreadable = cannot read the scenario { $path }: { $why }
exam-sheet-scenario-unreadable-help = the path is relative to the exam sheet's folder; `builtin:greene-cardiology.ron` names a shipped day
exam-sheet-scenario-errors = the scenario { $path } has { $count } error(s)
exam-sheet-scenario-errors-help = `clinic-day validate { $path }` shows them

## A class roster (src/practicum/class.rs)

# $why says what is wrong with the learner id.
roster-not-a-learner-id = not a learner id: { $why }
roster-not-a-learner-id-label = this line
roster-not-a-learner-id-help = a roster line is `student-id` or `student-id,Name`
roster-twice = `{ $id }` is on the roster twice
roster-twice-label = again

## A results file (src/practicum/results.rs)

results-file-not-results = this is not a Clinic Day results file
results-file-not-results-label = expected "format": "clinic-day results"
results-file-not-results-help = results files are written at the end of a shift, or by `clinic-day run --results`
results-file-version = results format version { $version }; this simulator reads version { $reads }
results-file-version-label = another version
results-file-version-help = grade it with the Clinic Day version that wrote it
results-file-truncated = the file ends too early: is it truncated?
# $why is the JSON reader's own message (English).
results-file-json-says = { $why }
results-file-here = here
results-file-bad-help = a results file is written whole by Clinic Day; an edited or cut copy cannot be graded
# A field that is out of shape.
results-file-not-one = not one
results-file-not-a-learner-id = not a learner id: { $why }
results-file-not-a-learner-id-label = this learner id
results-file-attempt-id = an attempt id is a lowercase UUID, as Clinic Day writes it
results-file-sha256 = a scenario's SHA-256 is 64 lowercase hex digits
results-file-mode = the mode is "practice" or "exam"
results-file-mode-label = neither
results-file-rewound-exam = an exam is never taken again from a moment
results-file-rewound-exam-label = not in an exam
results-file-simulator = the simulator is a short line like "clinic-day 0.3.0"
results-file-scenario = the scenario's id and title are short lines of text
results-file-scenario-label = too long or not text
results-file-exam-stamp = an exam stamp holds the sheet's title, path and SHA-256
results-file-time = a time is ISO 8601 in UTC, like 2026-11-23T07:58:01Z
results-file-too-many-actions = { $count } actions: more than any shift holds ({ $max })
results-file-too-many-judgments = { $count } judgments: more than any shift holds ({ $max })
results-file-too-many = too many

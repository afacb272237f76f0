# Clinic Day: the game's debrief panels.

## The debrief after a shift (the scorecard, the day's moments, the moment taken again)

debrief-title = Debrief: { $title }
debrief-retry = Retry the day
debrief-save-report = Save the report
debrief-back-to-title = Back to the title screen
debrief-pass = PASS
debrief-fail = FAIL
debrief-pass-mark = pass mark { $mark }; { $kept } kept, { $broken } broken
debrief-failed-gates = Failed on a critical rule, whatever the total: { $rules }
debrief-category-triage = Triage
debrief-category-confidentiality = Confidentiality
debrief-category-scheduling = Scheduling
debrief-only-what-went-wrong = Only what went wrong
debrief-only-what-went-wrong-hint = hide the moments handled well, and the rules kept
debrief-troubled = { $troubled } of the { $moments } below had something go wrong
debrief-nothing-went-wrong = Nothing went wrong: every rule judged today was kept.
debrief-left-undone = Left undone (not scored, but a desk would have finished it)
debrief-taken-again = The moment you took again: { $at }  { $moment }
debrief-time-before = The time before
debrief-this-time = This time
debrief-nothing-judged = Nothing was judged at this moment.
debrief-attempt = { $attempt }: { $tally }
debrief-tally-kept = { $kept } kept
debrief-tally-broken = { $broken } broken, −{ $points } { $points ->
        [one] point
       *[other] points
    }
debrief-try-again = ↺ Try this moment again
debrief-try-again-hint = replay the day as you played it up to { $at }, and take it again from there: everything after { $at } is yours to play again (this attempt is kept apart)
debrief-line-facts = { $category } · { $severity } · { $points } points
debrief-expected = Expected: { $text }
debrief-why = Why: { $text }
debrief-source = Source: { $text }

## The debrief screen: the report saved, a moment that cannot be taken again, the end of an exam

debrief-cannot-rewind = Cannot take that moment again: { $error }
debrief-report-saved = Report saved to { $path } (and .json beside it)
debrief-report-not-saved = Could not save the report: { $error }
debrief-save-failed-in = { $error } (in { $folder })
debrief-exam-over = The office is closed: your exam is over.
debrief-exam-results-saving = Your results are being saved.
debrief-exam-instructor = Your instructor will share your scores and the debrief.

## The day's moments, as the debrief names them (a name before "d'" or "de": $vowel is yes or no)

occasion-arrives = { $patient } arrives
occasion-arrives-for = { $patient } arrives for the { $time } visit
occasion-cancels = { $patient } cancels
occasion-cancels-visit-at = { $patient } cancels the { $time } visit
occasion-voicemail = Voicemail from { $caller }
occasion-message = Message from { $caller }
occasion-at-the-counter = { $caller } at the counter
occasion-task = A task from { $from }
occasion-call = Call from { $caller }
occasion-walks-in = { $patient } walks in
occasion-a-patient = A patient
occasion-document = { $document } from { $sender }
occasion-cancels-a-visit = { $patient } cancels a visit
occasion-does-not-come = { $patient } does not come
occasion-running-late = { $physician } is running { $minutes } minutes late
occasion-away = { $physician } will be away: visits to rebook
occasion-away-on = { $physician } will be away on { $date }: visits to rebook
occasion-away-from-to = { $physician } will be away { $from }–{ $to }: visits to rebook
occasion-whole-day = The day as a whole
## The coach's card on a first day

coach-step = Coach · { $step } of { $steps } · the clock waits
coach-kept = Kept
coach-broken = Broken
coach-you = You: { $did }
coach-rule-asks = The rule asks: { $expected }
coach-source = Source: { $source }
coach-answer-to-go-on = Answer the call to go on.
coach-got-it = Got it
coach-open-tab = Open the { $tab } tab ({ $key }) to go on.
coach-stop = No more coaching
coach-stop-hint = The clock runs on; no more cards this shift
## The coach's lessons, each a title and a text (the tab and button names as the panels show them)

coach-desk-title = Your desk
coach-desk-text = The clock at the top left runs by itself: calls, patients and documents come whether you are ready or not. While a card like this one is open the clock waits. Pause with Space whenever you need to think; F1 lists every key. The work is in the tabs on the right: Phone (F2), Front desk (F3), Appointment book (F4), Inbox (F5), Chart (F6). A tab with something new is marked with a dot until you open it. Every decision is judged by a rule of the rulebook, named by its letter and number: T for triage (how urgent), C for confidentiality (who may be told what), S for scheduling (the book and the front office). At closing time "Close the office" appears in the top bar and the debrief follows; Esc offers to leave earlier.
coach-ringing-title = The phone is ringing
coach-ringing-text = Open the Phone tab (F2) and answer the call (the Answer button, or A). A phone left ringing goes to voicemail, and a caller with an emergency is left waiting.
coach-on-the-line-title = Someone is on the line
coach-on-the-line-text = Read what the caller says. Before you book, discuss or tell anything about a patient, the caller states two identifiers (full name and date of birth): compare them with the chart, never read them out for a yes (rule C1). Someone calling about another person needs that person's consent or authority (C2). Chest pain, trouble breathing or stroke signs are an emergency: tell them to hang up and call 911 now (T1). Know why they are calling before you book (T13), and note what was said (T9).
coach-voicemail-title = A voicemail is waiting
coach-voicemail-text = Messages are on the Phone tab, under the calls. Read each, the urgent ones first, and call back (T10: urgent within 30 minutes, the rest before closing). On a patient's answering machine leave only your name, the clinic and a number to call: never a result, a test or a diagnosis (C9). Above the messages is the Outgoing greeting callers hear when nobody answers: record one that gives the hours, today's closures and who covers, "for emergencies call 911" and Health811 (T10).
coach-counter-title = Someone is at the counter
coach-counter-text = Open the Front desk tab (F3). Check the patient in against their appointment and verify the health card (S10); don't say reasons for visits or birth dates aloud (C10). Someone who looks acutely unwell is never told to take a seat: get a clinician now, or call 911 (T4).
coach-document-title = A document has arrived
coach-document-text = Open the Inbox (F5). File each document to the right patient's chart, checking two identifiers. A result the physician must see goes to them: a critical one at once, interrupting them (T11). Results are the physician's to explain, never yours (C13).
coach-book-title = The appointment book
coach-book-text = Each column is a physician, each row five minutes. Click a free row to book it; click a visit to check it in, move or cancel it, or drag it to its new time. "Next free slot" finds the earliest time for a visit type. Rows with a green bar are held for same-day urgent visits: don't fill them with routine ones (S3). By keyboard: Tab to the sheet, the arrows, type a time such as 1030, Enter.
coach-judged-title = Your first decision was judged
coach-judged-text = Every decision like this one is judged against the rulebook as you make it. The note at the top left names the rule and its source; "why?" (or W) opens the rule. At the end of the day the debrief goes through every moment, and you can take any of them again.

## "My progress" on the title screen

progress-heading = My progress
progress-empty = Your practice shifts will be listed here, with their scores and the rules to work on.
progress-pass = pass
progress-fail = fail
progress-moment-again = { $when } (a moment again)
progress-rewound-hint = taken again from a moment of an earlier shift
progress-whole-day-hint = the whole day
progress-rules-to-work-on = Rules to work on
progress-unfinished = unfinished
progress-earlier = and { $count ->
        [one] 1 shift
       *[other] { $count } shifts
    } before these
progress-often-broken = { $rule } { $title } (in { $count ->
        [one] 1 shift
       *[other] { $count } shifts
    })
progress-unreadable = { $count ->
        [one] 1 file
       *[other] { $count } files
    } in the results folder could not be read
progress-today-at = today at { $clock }
progress-yesterday-at = yesterday at { $clock }
progress-days-ago = { $days } days ago

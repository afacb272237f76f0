# Clinic Day: the game's desk panels.

## The front desk panel: the delay, the counter, the patients' cards

desk-ui-min = min
desk-ui-running-late-by = Running late by
desk-ui-delay-hint = How long the waiting room should expect to wait: the physicians' delay as the day knows it, rounded up to five minutes, until you change it (drag, or click and type). Tell the waiting room of a delay of 30 minutes or more (S7).
desk-ui-announce-delay = Announce the delay to the waiting room
desk-ui-announce-delay-hint = Tell everyone waiting how long the wait will be, discreetly (no names, no reasons)
desk-ui-nobody = Nobody at the desk or in the waiting room.
desk-ui-at-the-counter = At the counter
desk-ui-badge-waiting = WAITING
desk-ui-badge-asked-to-wait = ASKED TO WAIT
desk-ui-badge-talking = TALKING
desk-ui-attend = Attend to them
desk-ui-attend-hint = Talk with them now; a call you are on waits on hold
desk-ui-state-at-desk = at the desk
desk-ui-state-waiting = waiting
desk-ui-state-in-room = with the physician
desk-ui-state-checking-out = checking out
desk-ui-booked-at = booked { $at }
desk-ui-walk-in = walk-in
desk-ui-here-for = here { $minutes } min
desk-ui-getting-impatient = getting impatient
desk-ui-restless = restless
desk-ui-about-to-leave = about to leave
desk-ui-visibly-unwell = Visibly unwell
desk-ui-quoted = "{ $text }"
desk-ui-card-check = card check: { $said }
desk-ui-card-check-failed = card check failed: { $said }
desk-ui-ask-why = Ask what brings them in
desk-ui-asked-why = Asked why
desk-ui-book-a-visit = Book a visit…
desk-ui-walk-in-of = { $patient }'s walk-in
desk-ui-checked-in = Checked in
desk-ui-card-checked = Card checked
desk-ui-card-checked-failed = Card checked: it failed
desk-ui-refer-card-office = { $office ->
        [qc] Refer to the RAMQ
       *[other] Refer to ServiceOntario
    }
desk-ui-referred = Referred
desk-ui-open-chart = Open chart
desk-ui-register = Register as a new patient
desk-ui-registered = Registered
desk-ui-update-chart = Update the chart with the new details
desk-ui-chart-updated = Chart updated
desk-ui-ask-for-records = Ask { $from } for the { $what }
desk-ui-asked = Asked
desk-ui-get-clinician = Get a clinician now…
desk-ui-call-911 = Call 911
desk-ui-wait-hint-shown = The book shows about { $minutes } minutes until their visit can start. Tell the wait there is: too short and they are kept waiting, too long and someone who needs to be seen may leave (S7, T4).
desk-ui-wait-hint-none = No visit is booked for them yet, so the book shows no wait: book one first, or get a clinician now for someone unwell (T4).
desk-ui-wait-to-tell = Wait to tell them
desk-ui-tell-wait = Tell them the wait
desk-ui-told-wait = told { $minutes } min
desk-ui-orders-booked = Everything the physician ordered is booked.
desk-ui-orders-to-book = The physician's orders, still to book before they leave:
desk-ui-book-in-book = Book in the appointment book…
desk-ui-book-outside-test = Book an outside test from the chart…

## What the front desk's view puts into words

desk-ui-running-behind = { $physician } is running { $minutes } minutes behind
desk-ui-counter-waiting = waiting { $minutes } min
desk-ui-counter-asked-to-wait = asked to wait { $minutes } min ago
desk-ui-counter-talking = talking with you
desk-ui-card-on-file = hands over a health card
desk-ui-card-forgotten = forgot the health card
desk-ui-card-receipt = shows a ServiceOntario paper receipt
desk-ui-says-moved = "I've moved: { $address }"
desk-ui-says-number-changed = "My number changed: { $number }"
desk-ui-says-bloodwork = "I had my { $test } done last week"
desk-ui-says-forgot-medication-list = "I forgot my medication list"
desk-ui-medication-list = medication list

## The desk scene beside the panels

desk-ui-scene-exam = Exam { $room }
desk-ui-scene-waiting-room = Waiting room
desk-ui-scene-reception = Reception
desk-ui-scene-with-doctor = with doctor
desk-ui-scene-checking-out = checking out
desk-ui-scene-unwell = unwell
desk-ui-scene-leaving-soon = leaving soon
desk-ui-scene-restless = restless
desk-ui-scene-impatient = impatient
desk-ui-scene-at-counter = at counter
desk-ui-scene-waiting = waiting
desk-ui-scene-talking = talking
desk-ui-scene-asked-to-wait = asked to wait

## The inbox panel

inbox-ui-to-do = To do
inbox-ui-messages = Messages (patient portal and e-mail)
inbox-ui-empty = The inbox is empty.
inbox-ui-referrals-sent = Referrals sent
inbox-ui-referrals-sent-overdue = Referrals sent ({ $overdue } waiting past their limit)
inbox-ui-chase-it = { $status }: chase it
inbox-ui-phone-to-confirm = Phone to confirm receipt
inbox-ui-phone-to-confirm-hint = Call the specialist's office: they confirm on the call (T12: urgent referrals get a phone call)
inbox-ui-fax-to-confirm = Fax a request to acknowledge
inbox-ui-fax-to-confirm-hint = Ask by fax: an answer may come later, or not (enough for a routine referral)
inbox-ui-card-title = { $kind }: { $title }
inbox-ui-arrived = { $arrived } by { $via } from { $from }
inbox-ui-patient-is = Patient: { $patient }
inbox-ui-patient-born-is = Patient: { $patient }, born { $born }
inbox-ui-filed-to = filed to { $patient }
inbox-ui-flagged-to = flagged to { $physician }
inbox-ui-printed = printed for signature
inbox-ui-breach-reported = { $law ->
        [qc] confidentiality incident reported
       *[other] breach reported
    }
inbox-ui-paper-went = the paper went { $where }
inbox-ui-details-sent-by = details sent by { $by }
inbox-ui-cancel-visit = Cancel the visit
inbox-ui-move-in-book = Move it in the book…
inbox-ui-move-in-book-hint = then click or drag to its new time
inbox-ui-patient = Patient
inbox-ui-file-to-chart = File to chart
inbox-ui-filed = Filed
inbox-ui-nothing-to-file = The paper went { $where }: there is nothing left to file
inbox-ui-choose-patient-first = Choose the patient first
inbox-ui-print-for-signature = Print for signature
inbox-ui-printed-done = Printed
inbox-ui-flag-to = Flag to
inbox-ui-urgent = urgent
inbox-ui-note = note
inbox-ui-flag-to-physician = Flag to physician
inbox-ui-not-for-this-clinic = Not meant for this clinic?
inbox-ui-report-breach = { $law ->
        [qc] Report as a confidentiality incident
       *[other] Report as a privacy breach
    }
inbox-ui-breach-reported-done = { $law ->
        [qc] Incident reported
       *[other] Breach reported
    }
inbox-ui-book-from-referral = Book from this referral…
inbox-ui-the-referral-from = the referral from { $from }
inbox-ui-visit = Visit
inbox-ui-fax-details = Fax the details to { $to }
inbox-ui-phone-details = Phone the details to { $to }
inbox-ui-email-details = Email the details to { $to }
inbox-ui-task-done-at = DONE at { $at }
inbox-ui-task-overdue = OVERDUE
inbox-ui-task-to-do = TO DO
inbox-ui-task-from = From { $from } at { $given }, { $by }
inbox-ui-still-to-remind = Still to remind: { $visits }
inbox-ui-done-with-printout = Done with this paper:
inbox-ui-done-with-copy = Done with the paper copy?
inbox-ui-shred = Shred
inbox-ui-recycling-bin = Recycling bin
inbox-ui-garbage = Garbage
inbox-ui-kind-lab-result = Lab result
inbox-ui-kind-referral = Referral
inbox-ui-kind-renewal = Renewal
inbox-ui-kind-report = Report
inbox-ui-kind-letter = Letter
inbox-ui-kind-fax = Fax
inbox-ui-kind-did-not-attend = Did not attend
inbox-ui-kind-printout = Printout
inbox-ui-kind-acknowledgement = Acknowledgement
inbox-ui-kind-cancellation = Cancellation

## What the inbox's view puts into words

inbox-ui-acknowledged-on = acknowledged on { $date }
inbox-ui-acknowledged-today = acknowledged today at { $at }
inbox-ui-no-acknowledgement = no acknowledgement yet
inbox-ui-phoned-at = phoned at { $at }
inbox-ui-faxed-at = faxed at { $at }
inbox-ui-referral-what = { $patient } to { $to }: { $reason }
inbox-ui-referral-sent = { $urgency }, { $days ->
        [one] sent 1 day ago
       *[other] sent { $days } days ago
    } ({ $date }) by { $by }
inbox-ui-urgency-emergency = emergency
inbox-ui-urgency-urgent = urgent
inbox-ui-urgency-routine = routine
inbox-ui-ordered-by = Ordered by { $physician }
inbox-ui-lab-normal = normal
inbox-ui-lab-abnormal = ABNORMAL
inbox-ui-lab-critical = CRITICAL
inbox-ui-lab-title = { $test }: { $flag }
inbox-ui-visit-type = Visit type: { $kind }
inbox-ui-referral-emergency = EMERGENCY
inbox-ui-referral-urgent = Urgent
inbox-ui-referral-routine = Routine
inbox-ui-referral-title = { $urgency }: { $reason }
inbox-ui-prescription-renewal = Prescription renewal: { $drug }
inbox-ui-addressed-to = Addressed to { $intended }
inbox-ui-referred-by = Referred by { $physician }
inbox-ui-printout-detail = Paper the desk is done with.
inbox-ui-referral-received = Referral received: { $what }
inbox-ui-via-fax = fax
inbox-ui-via-email = email
inbox-ui-via-emr = EMR
inbox-ui-via-phone = phone
inbox-ui-via-voicemail = voicemail
inbox-ui-via-mail = mail
inbox-ui-a-patient = a patient
inbox-ui-a-patient-capital = A patient
inbox-ui-cancels-visit = { $patient } cancels their visit{ $when }
inbox-ui-flagged-urgent = { $physician } (urgent)
inbox-ui-into-shredder = into the shredder
inbox-ui-into-recycling = into the recycling
inbox-ui-into-garbage = into the garbage
inbox-ui-visit-when = { $when } at { $at } with { $physician }
inbox-ui-how-reminder-calls = Chart tab: open each patient's chart and use "Reminder call…" beside the visit (reached, or a voicemail left).
inbox-ui-how-call-patient = Chart tab: open the patient's chart and call them (reached, or a voicemail left on the number they allow).
inbox-ui-how-book = Appointment book tab: book the visit.
inbox-ui-how-send-details = Send them from here, by the way the office takes them.
inbox-ui-how-request-records = Chart tab: open the patient's chart and ask the lab or pharmacy for the records.

## The card reader's words (S10)

desk-ui-reader-valid = valid: { $card } expires { $expires }
desk-ui-reader-valid-past-date = valid: { $card }; the printed date ({ $expires }) has passed, but the ministry's validation accepts the card (response code 50-55)
desk-ui-reader-bad-number = health number { $number }: { $problem }
desk-ui-reader-bad-version = version code `{ $version }`: { $problem }
desk-ui-reader-none = no health card on file and none shown
desk-ui-reader-forgotten = no card: the patient forgot it
desk-ui-reader-transaction-record = ServiceOntario transaction record: a temporary card
desk-ui-reader-borrowed = the card is { $owner }'s, not the patient's

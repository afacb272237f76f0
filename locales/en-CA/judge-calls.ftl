# Clinic Day, English (Canada): what the judge says about calls, the calls the desk places and the desk's tasks.

## Calls: triage, what was passed on, the identity check (calls.rs)

calls-held-emergency = Put a caller with { $what } on hold instead of telling them to call 911.
calls-held-suicidal = Put a caller with suicidal thoughts on hold.
calls-hung-up-emergency = Left a caller with an emergency on hold until they hung up.
calls-hung-up-suicidal = Left a caller with suicidal thoughts on hold until they hung up.
calls-read-out = Read the patient's identifiers out for the caller to confirm, instead of asking them to state them.
calls-reassured = Reassured a caller with { $what } that it was probably nothing.
calls-gave-code = Read out a Limited Use code to the pharmacist: only the prescriber may give one.
calls-message-instead-of-911 = Took a message about { $what } instead of telling the caller to call 911.
calls-message-instead-of-hand-off = Took a message from a caller with suicidal thoughts instead of a live hand-off.
calls-passed-on-urgent = Passed { $what } on to { $to } as urgent.
calls-passed-on-not-urgent = Passed { $what } on as not urgent, downgrading it.
calls-booked-instead-of-clinician = Booked the caller with { $what } for { $date }, instead of getting a clinician now: a slot is not a clinician.
calls-booked-as-routine = Booked the caller with { $what } for { $date }, as if it were routine.
calls-ended-without-escalating = Ended the call about { $what } without escalating it, as if it were routine.
calls-booked-today = Booked the caller with { $what } today.
calls-put-through = Put the caller with { $what } through to { $to }.
calls-sent-to-emergency = Sent the caller with { $what } to emergency care.
calls-passed-as-urgent = Passed the caller with { $what } to { $to } as urgent.
calls-booked-before-asking = Booked { $who } before asking what the call was about; asked, { $who } said: "{ $said }"
calls-asked-why = Asked { $who } what the call was about.
calls-never-asked-why = Never asked { $who } what the call was about; asked, { $who } would have said: "{ $said }"
calls-told-to-call-911 = Told the caller with { $what } to hang up and call 911.
calls-never-told-to-call-911 = A caller with { $what } was never told to call 911.
calls-crisis-gave-911 = Gave the caller with suicidal thoughts call 911.
calls-crisis-gave-hand-off = Gave the caller with suicidal thoughts a live hand-off to a clinician and the 988 line.
calls-crisis-no-911 = The caller with suicidal thoughts did not get call 911.
calls-crisis-no-hand-off = The caller with suicidal thoughts did not get a live hand-off to a clinician and the 988 line.
calls-clinician-now-missed = The caller with { $what } needed a clinician now and did not get one.
calls-clinician-now-expected = A clinician now (a live transfer) or the emergency department, for the caller with { $what }.
calls-booked-days-out = Booked the caller with { $what } on { $date }: days out, not today.
calls-same-day-call-ended = The call ended with neither a same-day slot nor a clinician's call-back for the caller with { $what }.
calls-same-day-missed = The caller with { $what } was neither seen nor called back today.
calls-same-day-expected = A same-day slot, or a clinician's call-back today, for the caller with { $what }.
calls-not-reassured = Neither diagnosed nor reassured the caller with { $what }.
calls-result-visit-booked = Booked a visit to go over the { $test } result with the physician.
calls-result-passed-on = Passed the request for { $test } results to a clinician.
calls-result-went-nowhere = The patient's question about { $test } results went nowhere.
calls-result-given = Gave { $who } the { $test } result the physician had released.
calls-result-refused = Refused { $who }, who is entitled and was verified, the { $test } result the physician had released.
calls-care-info-given = Called { $who } back on the number in the directory, then gave what they needed for care.
calls-care-info-refused = Turned away { $who }, a clinician in the circle of care, instead of calling back on the directory's number and giving what they needed.
calls-speak-passed-on = Passed { $who }'s request to speak to a clinician on.
calls-speak-went-nowhere = { $who } asked to speak to a clinician ("{ $reason }") and the request went nowhere.
calls-limited-use-routed = Routed the Limited Use request for { $drug } to the prescriber.
calls-limited-use-lost = The Limited Use request for { $drug } never reached the prescriber.
calls-records-routed = Routed the patient's request for their records.
calls-records-lost = { $who }'s request for their own record was never routed.
calls-harm-escalated = Escalated the risk of harm to the physician at once.
calls-harm-ignored = Sat on a report of a risk of serious harm.

## Calls the desk places: what a voicemail may say, and where (outgoing.rs)

outgoing-reason-for-visit = the reason for the visit
outgoing-test = the test
outgoing-results = the results
outgoing-and = { $list } and { $item }
outgoing-not-agreed = Left a voicemail on { $who }'s { $phone ->
        [home] Home
        [mobile] Mobile
       *[work] Work
    } phone, which they did not agree to.
outgoing-reminder-wrong-place = The reminder went to the wrong place.
outgoing-named = Left a voicemail for { $who } naming { $items }.
outgoing-no-basics = Left a voicemail without the clinic's name and a call-back number.
outgoing-minimal = Left { $who } a minimal voicemail on the agreed number.

## Tasks on the desk's list (tasks.rs)

tasks-expected = Do what { $from }'s task asks, { $what }, { $by }.
tasks-done = { $from }'s task, { $what }, was done at { $at }, { $by }.
tasks-not-done = { $from }'s task, { $what }, was not done { $by }.
tasks-caught-up = It was done at { $at }, { $late } late.
tasks-by = by { $time }
tasks-before-closing = before closing ({ $close })
tasks-job-reminder-calls = the reminder calls
tasks-job-call-patient = calling { $patient }
tasks-job-book = booking { $patient } a { $kind } within { $days } days
tasks-job-send-details = sending { $patient }'s visit details to { $to }
tasks-job-send-visit-details = sending visit details to { $to }
tasks-job-request-records = asking { $from } for { $patient }'s records

# Clinic Day, English (Canada): what the judge says of the rulebook's clocks, of documents, and of who may be told what.

## The rulebook's clocks: someone unwell at the desk, critical results, delays, calls (deadlines.rs)

deadlines-called-911 = called 911
deadlines-brought-clinician = brought { $clinician } to them
deadlines-got-worse = { $name } got worse while waiting at { $at }
deadlines-later = later
deadlines-unwell-at-desk = { $name } was unwell at the desk
deadlines-after-reaching-it = after reaching it
deadlines-at-once = at once
deadlines-waited = { $time } { $later }
deadlines-left-unseen-told = { $unwell }, was told the wait would be about { $told } minutes, and left { $when } without being seen by a clinician ({ $limit }).
deadlines-left-unseen = { $unwell }, and left { $when } without being seen by a clinician ({ $limit }).
deadlines-acted = { $unwell }: { $what } { $soon }.
deadlines-still-waiting = { $unwell } and was still waiting { $waited } { $later } ({ $limit }).
deadlines-critical-result-late = The critical { $test } result that came in at { $at } had not reached a physician { $waited } later ({ $limit }).
deadlines-delay-told = Told the waiting room about the { $minutes }-minute delay { $after } after it was known.
deadlines-delay-not-told = The physician was { $minutes } minutes behind from { $at } and the waiting room had not been told { $waited } later ({ $limit }).
deadlines-never-done = It was still not done when the day ended.
deadlines-since-opened-at = the clinic opened at { $at }
deadlines-since-left-at = the message was left at { $at }
deadlines-since-rang-at = the call first rang at { $at }
deadlines-since-came-at = they came to the counter at { $at }
deadlines-limit-left-before-opening = { $limit }; the message was left { $left }, before opening
deadlines-not-told-911 = { $who } ({ $what }) had not been told to call 911 { $waited } after { $since } ({ $limit }).
deadlines-no-hand-off = { $who } (suicidal thoughts) had no hand-off to a clinician { $waited } after { $since } ({ $limit }).
deadlines-no-clinician = { $who } ({ $what }) had not reached a clinician { $waited } after { $since } ({ $limit }).
deadlines-not-returned = { $who }'s urgent message ({ $what }) had not been returned { $waited } after { $since } ({ $limit }).
deadlines-expect-urgent-returned = Return urgent voicemails and messages within { $minutes } minutes of when they were left; the rest before closing.
deadlines-expect-911-at-once = At once: call back and tell the caller to hang up and call 911, within { $minutes } minutes of the message.
deadlines-within = within { $time }

## What was late, done in the end

deadlines-from-got-worse = they got worse
deadlines-from-reached-desk = they reached the desk
deadlines-911-called-at = 911 was called at { $at }, { $after } after { $from }.
deadlines-clinician-came-at = { $clinician } came at { $at }, { $after } after { $from }.
deadlines-result-reached = It reached { $physician } at { $at }, { $after } after it came in.
deadlines-result-flagged-away = It was flagged at { $at } to { $physician }, who was not at work here today.
deadlines-waiting-room-told-at = The waiting room was told at { $at }, { $after } after the delay was known.
deadlines-done-told-911 = The caller was told to call 911
deadlines-done-clinician-reached = A clinician was reached
deadlines-done-returned = The message was returned
deadlines-from-rang = the call first rang
deadlines-from-came = they came to the counter
deadlines-from-opened = the clinic opened
deadlines-from-left = the message was left
deadlines-done-at = { $what } at { $at }, { $after } after { $since }.

## Documents: results, notices, faxes, charts and paper (inbox.rs)

inbox-refer-again = A specialist's "did not attend" notice goes to the referring physician the same day, for re-referral.
inbox-file-to-chart = File each incoming result or report to the right patient's chart the same day, so it is there when the physician needs it.
inbox-filed-critical = Filed a critical { $test } result to the chart without interrupting the physician.
inbox-filed-abnormal = Filed an abnormal { $test } result without sending it to the physician.
inbox-filed-misdirected = Filed a fax meant for another clinic into a chart instead of reporting the breach.
inbox-filed-did-not-attend = Filed the notice that the patient missed their { $consultation } { $unsent }: the referral ends there.
inbox-filed-to-wrong-chart = Filed { $about }'s document to { $patient }'s chart.
inbox-without-sending = without sending it to { $physician }
inbox-and = { $before } and { $name }
inbox-sent-only-to = after sending it only to { $names }, { $count ->
        [one] who is not at work today
       *[other] who are not at work today
    }
inbox-as-soon-as-it-came-in = as soon as it came in
inbox-minutes-after-it-came-in = { $minutes ->
        [one] a minute after it came in
       *[other] { $minutes } minutes after it came in
    }
inbox-interrupted = Interrupted { $physician } with the critical { $test } result { $when }.
inbox-flagged-not-urgent = Flagged a critical { $test } result as not urgent.
inbox-sent-did-not-attend = Sent { $physician } the notice that the patient missed their { $consultation }, for re-referral.
inbox-sent-abnormal = Sent the abnormal { $test } result to the physician.
inbox-faxed-directory = Faxed { $contact } on the number in the directory.
inbox-faxed-typed-in = Faxed { $contact } on a typed-in number: there is no fax for them in the directory.
inbox-emailed-directory = Emailed { $contact } on the address in the directory.
inbox-emailed-no-address = Emailed health information to { $contact } with no address on file for them.
inbox-breach-reported = Reported the fax meant for { $intended } as a privacy breach at once.
inbox-shred-it = Paper with health information on it goes in the shredder (or the locked shredding bin), never the recycling or the garbage.
inbox-kind-lab = { $test } result
inbox-kind-referral = Referral
inbox-kind-renewal = Renewal request for { $drug }
inbox-kind-letter = "{ $subject }"
inbox-kind-misdirected = Misdirected fax ({ $title })
inbox-kind-did-not-attend = Did-not-attend notice
inbox-kind-referral-acknowledged = Referral acknowledgement
inbox-shredded = Shredded the paper ({ $what }).
inbox-binned-whose = Put the paper ({ $what }) with { $patient }'s health information on it { $bin }.
inbox-binned = Put the paper ({ $what }) with health information on it { $bin }.
inbox-into-recycling = into the recycling
inbox-into-garbage = into the garbage

## Who may be told what, and whose chart may be opened (privacy.rs)

privacy-told-attendance = that { $name } is a patient here
privacy-told-appointments = { $name }'s appointments
privacy-told-results = { $name }'s results
privacy-told-diagnosis = { $name }'s diagnosis
privacy-told-medications = { $name }'s medications
privacy-told-allergies = { $name }'s allergies
privacy-told-contact-details = { $name }'s contact details
privacy-told-record = { $name }'s record
privacy-told-health-information = { $name }'s health information
privacy-verified-at-counter = Confirmed two identifiers they stated at the counter
privacy-verified-caller-stated = Confirmed two identifiers the caller stated
privacy-verified-office-phoned = Phoned their office on the number on file to check who they are
privacy-verified-chart-number = Reached the patient by calling the number on their chart
privacy-caller-who-said = the caller, who said they were { $name },
privacy-told = Told { $caller } { $what }.
privacy-not-who-they-claimed = The caller was not who they claimed to be, and two identifiers they stated would have shown it.
privacy-identity-not-confirmed = Their identity was not confirmed with two identifiers they stated.
privacy-verified-before-disclosing = { $how } before disclosing.
privacy-read-out-results = Read out results to the patient: results are given as the physician authorizes, and never interpreted at the desk.
privacy-sent-without-locked-part = Sent { $name }'s record without the locked part, saying some information was withheld.
privacy-lockbox-went-out = The patient has a lockbox on part of the record, and it went out too.
privacy-after-calling-back = (after calling back on the number in the directory to verify)
privacy-number-matched-no-call-back = The number shown matched the directory, but the desk did not call back on the number in the directory to verify.
privacy-number-not-on-file-no-call-back = The call came from a number not on file, and the desk did not call back on the number in the directory to verify.
privacy-authorized = (authorized)
privacy-decides-alone = { $name } decides alone who is told about their care (a capable minor, or aged { $age }): custody no longer speaks for them.
privacy-no-authority = They had no authority to receive it.
privacy-asked-them-identifiers = Asked them to state two identifiers.
privacy-asked-caller-identifiers = Asked the caller to state two identifiers.
privacy-the-caller-who-said = the caller who said they were { $name }
privacy-told-nothing-beyond-identifier = Told { $who } nothing from the chart beyond the identifier read out to them
privacy-declined-to-tell = Declined to tell { $who } anything
privacy-declined = { $told }.
privacy-declined-took-message = { $told }, and took a message instead.
privacy-chart-opened = Opened { $name }'s chart though nothing today needed it.

# Clinic Day, English (Canada): what the judge says about bookings, the desk and promises to call back.

## Bookings

booking-verified-before-booking = { $how } before booking.
booking-identity-unconfirmed = Booked without confirming who was on the line.
booking-emergency-booked = Booked a slot on { $date } for someone who needed 911 now.
booking-suicidal-booked = Booked a slot for someone with suicidal thoughts instead of a live hand-off.
booking-same-day-days-out = Booked a same-day need on { $date }: days out (under-triage).
booking-same-day-expected = A same-day slot today, or a clinician's call-back today, for a need that cannot wait.
booking-walk-in-same-day = Booked the walk-in's same-day need today.
booking-reserve-routine = Used a reserved same-day slot for a routine need (over-triage).
booking-routine-slot = Gave a routine need a routine slot.
booking-reserve-urgent-need = Used a reserved same-day slot for an urgent need.
booking-reserve-urgent-visit = Used a reserved same-day slot for an urgent visit.
booking-reserve-days-ahead = Filled a reserved same-day slot on { $date } with a routine visit days ahead.
booking-too-short = Booked { $minutes } minutes for a { $kind } the practice books for { $practice }.
booking-wrong-type = Booked { $a } { $kind } where { $needed_a } { $needed } was needed.
booking-practice-length = Booked { $a } { $kind } at the practice's length.
booking-offered-by-priority = Offered the freed slot to { $who } first, by clinical priority.
booking-offered-out-of-priority = Offered the freed slot to { $who } before { $best }, who has a higher priority on the waitlist.
booking-first-come = Gave the freed slot to whoever asked first while { $waiting } waited on the waitlist.
booking-rebooked-cannot-come = Rebooked { $who } on { $date } at { $at }, but "{ $reason }".
booking-moved = Moved { $who } to { $date } at { $at } with { $with }
booking-moved-in-time = { $moved }: { $in_time }.
booking-moved-late = { $moved }, { $late ->
        [one] 1 day
       *[other] { $late } days
    } after the original visit (the limit: { $by }), though { $other } had room on { $room_date } at { $room_at }.
booking-moved-no-room = { $moved }: nobody had room { $in_time }, so the first room there was.
booking-limit-urgent = on or before the original visit on { $date }
booking-limit-routine = within { $days } working days of the original visit on { $date }
booking-urgent-patient = { $name }, an urgent patient,
booking-rebook-expected = Rebook { $name } { $in_time }.
booking-waitlisted-with-room = Put { $who } on the waitlist instead of rebooking them, though { $other } had room on { $date } at { $at }.
booking-waitlisted-no-room = Put { $name } on the waitlist: nobody had room { $in_time }.
booking-add-on-approved = Double-booked a short urgent add-on with the clinician's approval.
booking-add-on-refused = Tried to double-book into a long or procedure slot.

## The desk

desk-card-not-checked = Checked { $who } in without checking the health card.
desk-card-failed-accepted = Accepted { $who }'s card though it failed the check (no valid card of their own, no referral to { $office ->
        [qc] the RAMQ
       *[other] ServiceOntario
    }).
desk-card-checked = Checked { $who }'s health card before check-in.
desk-details-updated = Updated { $who }'s contact details at check-in.
desk-details-left-old = Left { $who }'s old contact details on the chart.
desk-details-expected = Update the chart with the new address or phone number the patient gives at check-in, so the chart is current before the visit.
desk-card-before-help = Checked { $who }'s health card before getting help for an emergency.
desk-help-before-card = Got help for { $who } before asking for the health card.
desk-medication-list = the medication list
desk-records-requested = Requested { $what } for { $who } before the visit.
desk-records-not-requested = { $who }'s visit started without { $what }: nobody requested it.
desk-orders-booked = Booked everything the physician ordered before { $who } left.
desk-orders-missing = { $who } left without { $orders } booked.
desk-order-within = { $order } (within { $days } days)
desk-order-later-within = { $order } (a later day, within { $days } days)
desk-aloud = Said { $what } aloud at the desk, in the waiting room's hearing ({ $who }).
desk-aloud-diagnosis = the reason for the visit
desk-aloud-demographics = their date of birth or health number
desk-aloud-health-information = their health information
desk-booked-before-asking = Booked { $who } before asking what brought them in; asked, { $who } would have said: "{ $says }"
desk-asked-why-here = Asked { $who } what brought them in.

## Call-back promises

promises-expected = Tell the caller who will call them back and by when, then make sure that call is made: pass the message to that clinician, or place the call yourself.
promises-not-told = Took a message for { $for_whom }, but did not tell { $caller } who would call back or by when.
promises-desk-kept = Told { $caller } the desk would call back by { $by }, and called at { $at }.
promises-desk-broken = Told { $caller } the desk would call back by { $by }; no call was placed by then.
promises-staff-kept = Told { $caller } that { $name } would call back by { $by }; the message reached { $name }, who called.
promises-staff-broken = Told { $caller } that { $name } would call back by { $by }, but { $why }: the call never came.
promises-staff-away = { $name } is not at work today to make the call
promises-staff-not-told = nobody passed the message to { $name }

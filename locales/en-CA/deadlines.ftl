# Clinic Day, English (Canada): the rulebook's clocks (`clinic-day rules T1`): what must happen,
# when the clock starts, and where the limit comes from.

deadline-emergency-message = call back and tell the caller to call 911 (T1; T3 when in danger)
    .from = the message was left (or the call first rang)
    .reference = CTAS level 1 immediate, level 2 within 15 min (CAEP); RECEPTS stroke-call study

deadline-crisis-hand-off = a live hand-off to a clinician, and the 988 crisis line given
    .from = the message was left (or the call first rang)
    .reference = Mental Health Commission of Canada, 988; CTAS level 2 within 15 min (CAEP)

deadline-distress-at-desk = a clinician with the person in distress (911 for a life threat, T1)
    .from = they reached the counter (or their state changed in the waiting room)
    .reference = CTAS levels 1–2; SPSO 201202175, 201908098; Darnley v Croydon [2018] UKSC 50

deadline-clinician-now = a clinician reached (a hand-off, or an urgent message taken by one)
    .from = the call first rang (or the message was left)
    .reference = CTAS level 3 within 30 min (CAEP)

deadline-urgent-message = an urgent voicemail or message returned (the rest before closing)
    .from = the message was left (or the call first rang)
    .reference = CPSO "Availability and Coverage"; coroner's report on an unread practice e-mail (Manchester South, 2024)

deadline-critical-result = the critical result reaches the ordering or covering physician
    .from = the result arrived
    .reference = CPSO "Managing Tests"

deadline-delay-told = waiting patients told of a delay of 30 minutes or more
    .from = the delay became known
    .reference = front-desk practice guidance

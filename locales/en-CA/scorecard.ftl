# Clinic Day, English (Canada). Each message's id is used in the code as it is written here; a test
# fails when an id is missing from a language, or used nowhere.

## The scorecard, as `clinic-day run` prints it

scorecard-title = Clinic Day scorecard: { $scenario } (seed { $seed })
scorecard-total = total
scorecard-pass = PASS
scorecard-fail = FAIL
scorecard-pass-mark = pass mark { $mark }
scorecard-triage = triage
scorecard-confidentiality = confidentiality
scorecard-scheduling = scheduling
scorecard-judged = { $judged } decisions judged: { $kept } kept, { $broken } broken
scorecard-fail-gates = fail gates broken: { $rules }
scorecard-deductions = Deductions:
scorecard-expected = expected:
scorecard-source = source:

severity-minor = minor
severity-major = major
severity-critical = critical

## The consequences of a day (format 2 `only_if` / `unless`), after the scorecard

consequences = Consequences:
consequence-happened = happened
consequence-did-not-happen = did not happen
consequence-because = { $verdict }: { $because }
consequence-event = { $kind ->
        [Voicemail] Voicemail
        [Message] Message
        [Visitor] Visitor
        [Task] Task
        [Call] Call
        [Arrival] Arrival
        [WalkIn] WalkIn
        [Document] Document
        [Cancellation] Cancellation
        [NoShow] NoShow
        [PhysicianLate] PhysicianLate
        [AbsenceAnnounced] AbsenceAnnounced
       *[other] { $kind }
    }
consequence-timeline-entry = timeline entry { $index }
consequence-and = and
consequence-and-then = and
consequence-condition = { $kind ->
        [happened] { $held ->
            [yes] `{ $id }` came
           *[no] `{ $id }` never came
        }
        [sent-to-emergency] { $held ->
            [yes] `{ $id }` was sent to emergency care
           *[no] `{ $id }` was not sent to emergency care
        }
        [asked-why] { $held ->
            [yes] `{ $id }` was asked what it is about
           *[no] `{ $id }` was not asked what it is about
        }
        [reached] { $held ->
            [yes] the desk spoke with `{ $id }`
           *[no] the desk did not speak with `{ $id }`
        }
        [clinician-reached] { $held ->
            [yes] a clinician saw or took `{ $id }`
           *[no] no clinician saw or took `{ $id }`
        }
        [left-unseen] { $held ->
            [yes] `{ $id }` left unseen
           *[no] `{ $id }` did not leave unseen
        }
        [flagged] { $held ->
            [yes] `{ $id }` was flagged to a physician
           *[no] `{ $id }` was not flagged to a physician
        }
        [booked] { $held ->
            [yes] `{ $id }` was booked a visit
           *[no] `{ $id }` was not booked a visit
        }
       *[chased] { $held ->
            [yes] referral `{ $id }` was chased
           *[no] referral `{ $id }` was not chased
        }
    }

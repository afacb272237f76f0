# Clinic Day, English (Canada): why `clinic-day grade` did not grade a results file (its flags), and a re-judged file's note.

## Each flag's kind, in a word or three (each reason below starts with it)

flag-kind-unreadable = unreadable
flag-kind-unknown-scenario = unknown scenario
flag-kind-wrong-scenario-version = wrong scenario version
flag-kind-corrupt = corrupt
flag-kind-tampered = tampered
flag-kind-not-this-exam = not this exam
flag-kind-broke-exam-rules = broke the exam's rules
flag-kind-not-witnessed = not as witnessed
flag-kind-duplicate = duplicate
flag-kind-copied = copied
flag-kind-not-on-roster = not on the roster
flag-kind-extra-attempt = extra attempt
flag-kind-other-simulator = other simulator version

## Each flag's reason in full (what the grader reads, and the class summary's last table)

flag-unreadable = { flag-kind-unreadable }: { $why }
flag-unknown-scenario = { flag-kind-unknown-scenario }: `{ $id }` is not among the scenarios given with --scenario
flag-wrong-scenario-version = { flag-kind-wrong-scenario-version }: played on a `{ $id }` with SHA-256 { $claimed }…, but the `{ $id }` given has { $known }
flag-corrupt = { flag-kind-corrupt }: the journal does not replay ({ $why })
flag-tampered = { flag-kind-tampered }: { $why }
flag-not-this-exam = { flag-kind-not-this-exam }: { $why }
flag-broke-exam-rules = { flag-kind-broke-exam-rules }: { $why }
flag-not-witnessed = { flag-kind-not-witnessed }: { $why }
flag-duplicate = { flag-kind-duplicate }: the same attempt as { $of }, reported once there
flag-copied = { flag-kind-copied }: { $how } as { $with }'s attempt
flag-not-on-roster = { flag-kind-not-on-roster }: this learner id is not on the class list given
flag-extra-attempt = { flag-kind-extra-attempt }: the sheet allows { $allowed ->
        [one] { $allowed } attempt
       *[other] { $allowed } attempts
    } per learner, and this one was started after { $allowed ->
        [one] the first
       *[other] the first { $allowed }
    }
flag-other-simulator = { flag-kind-other-simulator }: made by { $made_by }, which scored it { $claimed }; { $this } replays it to { $replayed }. Grade it with { $made_by }

## Why a journal does not replay (besides what the simulation says of it)

flag-corrupt-crashed = replaying it crashed the grader; please report this file

## Why the replayed scorecard is not the one the file claims

flag-tampered-total = claims a total of { $claimed }, the journal replays to { $replayed }
flag-tampered-verdict = claims { $claimed ->
        [pass] a pass
       *[fail] a fail
    }, the journal replays to { $replayed ->
        [pass] a pass
       *[fail] a fail
    }
flag-tampered-categories = the category scores differ from the replay's
flag-tampered-scenario-or-seed = the scorecard names another scenario or seed than the file
flag-tampered-judgments = the judgments differ from the replay's
flag-tampered-sum = claims a total of { $claimed }, but the judgments it lists add up to { $sum }

## Not played as the exam being graded

flag-not-this-exam-mode = played in { $mode } mode, not as the exam
flag-not-this-exam-no-stamp = it says "exam" but carries no exam sheet's stamp: it was not played by opening the sheet
flag-not-this-exam-other-sheet = it was played under another exam sheet ("{ $title }"), or another version of this one
flag-not-this-exam-seed = played with seed { $played }; "{ $title }" sets { $seed }

## Played as the exam, but not by its rules

flag-exam-rules-no-times = it does not say when it started and finished, as every exam attempt does
flag-exam-rules-backwards = it says it finished before it started
flag-exam-rules-pauses = { $taken ->
        [one] { $taken } pause
       *[other] { $taken } pauses
    } taken; "{ $title }" allows { $allowed }

## Not as the exam's witness store received it (its `stored` clock times the attempt)

flag-witness-no-start = the witness store has no record of this attempt starting
flag-witness-other-learner = the witness store received this attempt from { $theirs }, not from { $learner }
flag-witness-other-actions = the file's { $claimed ->
        [one] 1 action is
       *[other] { $claimed } actions are
    } not the { $received } the witness store received as they were taken
flag-witness-early = started at { $at } by the store's clock, before the exam opened at { $opens }
flag-witness-never-finished = the witness store never heard this attempt finish (the exam closed at { $closes })
flag-witness-late = finished at { $at } by the store's clock, after the exam closed at { $closes }
flag-witness-away = away from the attempt for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } by the store's clock; the sheet allows { $allows }
flag-witness-allows-pauses-of = pauses of { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } at most
flag-witness-allows-no-pause = no pause
flag-witness-long-pause = a pause of { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } by the store's clock, from { $from }; the sheet allows { $allowed }
flag-witness-burst = { $count } actions reached the store within { $seconds } s from { $from }: faster than anyone plays

## A file made by an earlier Clinic Day, judged again (not a flag: it is graded)

flag-rejudged = re-judged: played on clinic-day { $version }, which scored it { $claimed }; judged again from its actions under { $simulator }'s rulebook

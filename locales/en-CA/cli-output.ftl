# Clinic Day, English (Canada): what the command line prints for a person (`clinic-day grade`, `exam --check`, `run`, `play`, `rules`), and the words for learner ids, copied attempts and files that cannot be read.

## `clinic-day grade`

out-grade-cannot-read-roster = cannot read the roster { $path }: { $why }
out-grade-no-scenario = no scenario could be read from { $names }
out-grade-store-not-asked = note: this exam's attempts were witnessed by a store; give --lrs (and a grader's account) to grade them as the store received them. Without it they are self-reported.
# After a graded file's score: how the attempt reached the grader.
out-grade-witnessed = witnessed
out-grade-self-reported = self-reported
out-grade-not-counted = (not counted: another of this learner's attempts is)
# After ABSENT and a learner id.
out-grade-absent = on the roster, with no attempt among these files
out-grade-files = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $graded } graded, { $flagged } flagged
out-grade-wrote-gradebook = wrote { $path } ({ $learners ->
        [one] { $learners } learner
       *[other] { $learners } learners
    })
out-grade-cannot-write = cannot write { $path }: { $why }
out-grade-wrote-summary = wrote { $path } (class summary)
# Counted as files: two per attempt (Markdown and HTML).
out-grade-wrote-feedback = wrote { $count ->
        [one] 1 feedback report
       *[other] { $count } feedback reports
    } into { $dir }
out-grade-wrote-xapi = wrote { $path } ({ $statements } xAPI statements, { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    })
out-grade-sent = sent { $sent } statements to { $url }
out-grade-send-stopped = { $sent } of the { $total } statements were sent before it stopped; all are in { $path }. Run the same command again later: it makes the same statements, and the store keeps no copies

## `clinic-day exam --check`: what the sheet sets, one line each after its label

out-exam-label-exam = exam
out-exam-label-scenario = scenario
out-exam-label-seed = seed
out-exam-label-pausing = pausing
out-exam-label-attempts = attempts
out-exam-label-debrief = debrief
out-exam-label-results = results
out-exam-scenario = { $title } ({ $file }; SHA-256 { $sha256 })
out-exam-seed-fixed = { $seed }, the same day for everyone
out-exam-seed-drawn = drawn per attempt, recorded in each results file
out-exam-debrief-shown = shown at the end
out-exam-debrief-hidden = not shown to the learner

## `clinic-day run` (what it writes into files stays in English)

out-run-cannot-write = cannot write { $path }: { $why }
out-run-json-or-ron = the file name must end in .json or .ron
out-run-cannot-read-actions = cannot read the action file: { $why }
out-run-cannot-read-actions-help = check the path given to --actions
out-run-other-shift = { $path } is the journal of another shift ({ $scenario } with seed { $seed }); move it away to start afresh
out-run-not-this-action-file = { $path } does not begin like the action file: it is another shift's
out-run-resuming = resuming from { $path }: { $count ->
        [one] 1 action
       *[other] { $count } actions
    } replayed
out-run-resuming-torn = resuming from { $path }: { $count ->
        [one] 1 action
       *[other] { $count } actions
    } replayed (a half-written last line was dropped)
out-run-cannot-reopen = cannot reopen { $path }: { $why }
out-run-cannot-create = cannot create { $path }: { $why }
out-run-cannot-remove = cannot remove the finished journal { $path }: { $why }
# Any command's output that could not be written (not a reader that stopped early).
out-run-cannot-print = could not write the output: { $why }

## `clinic-day play`

out-play-no-scenario-file = no scenario file at { $path }

## `clinic-day rules`

out-rules-not-a-jurisdiction = `{ $code }` is not a jurisdiction: use a province's code such as ON or QC, PIPEDA or HIPAA

## Why a text is not a learner id (an exam's sign-in, a roster, a results file)

learner-id-empty = a learner id is a student number or username, and this one is empty
learner-id-too-long = a learner id is at most { $max } characters, like any student number or username
learner-id-characters = a learner id has letters, digits and . - _ @ only
learner-id-first-character = a learner id starts with a letter, a digit or _
learner-id-type-yours = type your student number or username
learner-id-practice = `practice` is kept for practice shifts

## How two learners' attempts are the same ($how of flag-copied)

copied-same-attempt-id = the same attempt id (the same file, its learner changed)
copied-same-decisions = { $percent } % of the same decisions at the same simulated times

## Why a file could not be read (an exam sheet, a results file, a scenario, a roster, …)

read-error-no-such-file = there is no such file
# $what of load-not-a-file
read-error-folder = a folder
read-error-device = a device, a pipe or a socket
# $size and $max are read-error-megabytes or read-error-kilobytes; $kind is a read-error-kind-… below.
read-error-too-big = the file is { $size }; { $kind } is at most { $max }
read-error-megabytes = { $megabytes } MB
read-error-kilobytes = { $kilobytes } kB
# $why is the system's reason, as it gave it.
read-error-cannot-read = cannot read the file: { $why }
read-error-not-utf8 = cannot read the file: it is not UTF-8 text (a bad byte at offset { $offset })
read-error-kind-scenario = a scenario
read-error-kind-exam-sheet = an exam sheet
read-error-kind-results = a results file
read-error-kind-actions = an action file
read-error-kind-live-journal = a live journal
read-error-kind-roster = a roster
read-error-kind-settings = the settings

# Clinic Day: an exam's rules on the briefing, its pauses and attempts, a scenario file reloaded, a shift put back after a crash, and the Learning Record Store.

## The exam on the briefing (src/ui/screens/briefing.rs)

exam-ui-key-enter = Enter
exam-ui-title = Exam: { $title }
exam-ui-no-feedback = Nothing is judged out loud during an exam: no feedback, no running score, until the end.
exam-ui-seed-drawn = Your day is drawn for this attempt: when things happen, and some of what happens, differ from anyone else's.
exam-ui-debrief-shown = When the office closes you will see your debrief.
exam-ui-debrief-hidden = When the office closes your results are saved for your instructor; the scores are not shown.
exam-ui-results-go-to = Results go to { $folder }
exam-ui-learner-id = Your student number or username:
exam-ui-learner-id-hint = e.g. s1234567

## A shipped day that is not there (src/ui/screens/title.rs), and `validate --format json` (src/cli/validate.rs)

exam-ui-no-such-day = no such day
exam-ui-json-not-written = could not write JSON: { $why }

## How many attempts an exam allows (src/practicum/exam.rs)

attempts-one = You have one attempt.
# $counts: first, last or highest (which attempt goes to the gradebook).
attempts-many = You have { $allowed } attempts; { $counts ->
        [first] the first
        [last] the last
       *[highest] the highest
    } counts.

## Pausing in an exam (src/practicum/exam.rs): the briefing, a pause refused, a grade flag, the top bar

pause-describe-none = The clock cannot be paused once the shift has begun.
pause-describe-limited = You may pause { $times ->
        [one] once
       *[other] { $times } times
    } at most, for up to { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } each; the clock then starts again by itself.
pause-describe-unlimited = You may pause whenever you need to.
pause-refused-none = No pausing in this exam: the clock runs on.
pause-refused-used-up = No pauses left: this exam allows { $times }, and you have taken them. The clock runs on.
# What a sheet allows, as $allowed of flag-exam-rules-pauses.
pause-allowed-none = no pause
pause-allowed-limited = { $times ->
        [one] 1 pause
       *[other] { $times } pauses
    }
pause-allowed-any = any number of pauses
pause-status-none = exam · no pausing
pause-status-unlimited = exam
pause-status-left = exam · { $left } { $left ->
        [one] pause
       *[other] pauses
    } left

## A scenario file reloaded as it is edited (src/ui/reload.rs)

reload-errors-title = The scenario file has errors
reload-still-playing = Still playing the last good version. Fix the file and save: it reloads by itself.
reload-reloaded = Reloaded { $path }

## Keeping the learner's work (src/ui/keeping.rs): a moment taken again, the results saved elsewhere, a shift put back

keeping-rewind-no-shift = no shift to take again
keeping-rewind-exam = an exam is one attempt: it cannot be taken again
keeping-rewind-gone = the finished shift is gone
# $why of results-saved-elsewhere.
keeping-folder-not-written = { $folder } could not be written ({ $why })
# An unfinished shift on the title screen; $last is keeping-summary-no-actions or keeping-summary-last-at.
keeping-summary = { $title }, started { $started }: { $count } actions, { $last }
keeping-summary-exam = Exam "{ $exam }" for { $learner }: { $title }, started { $started }: { $count } actions, { $last }
keeping-summary-no-actions = no actions yet
keeping-summary-last-at = the last at { $time }
keeping-builtin-gone = the built-in day { $file } is gone
keeping-cannot-read = cannot read { $path }: { $why }
keeping-scenario-changed = { $file } has changed since this shift began, so it cannot be put back exactly
keeping-not-utf8 = the scenario is not UTF-8 text
# $report: the sheet's diagnostics, as the validator prints them.
keeping-sheet-unreadable = the exam sheet cannot be read again:
    { $report }
keeping-sheet-changed = the exam sheet { $sheet } has changed since this shift began
keeping-cannot-reopen-journal = cannot reopen the journal: { $why }
keeping-cannot-reopen-witness = cannot reopen the witness queue: { $why }

## A live journal read back (src/practicum/live.rs)

live-cannot-read = cannot read { $path }: { $why }
live-no-header = the journal has no header line
live-not-a-header = line 1 is not a Clinic Day live journal header: { $why }
live-other-format = line 1: a { $format } version { $version } file, not a live journal this version reads
live-not-an-action = line { $line }: not an action: { $why }

## The Learning Record Store (src/practicum/lrs.rs): $status is the HTTP status, $said what the store answered

lrs-unreachable = cannot reach the LRS at { $url }: { $why }
lrs-refused-credentials = the LRS at { $url } refused the credentials for `{ $user }` ({ $status }): { $said }
lrs-no-statements = no xAPI statements resource at { $url } ({ $status }): is the endpoint right? { $said }
lrs-conflict = the LRS at { $url } already holds different statements with the same ids ({ $status }): were they sent before with another --xapi-home, or by another version? { $said }
lrs-answered = the LRS at { $url } answered { $status }: { $said }
lrs-not-json = the LRS's answer is not JSON: { $why }

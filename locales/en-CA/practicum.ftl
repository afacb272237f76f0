# Clinic Day, English (Canada): the feedback reports and the class summary (`clinic-day grade`).

## A learner's feedback report (Markdown and HTML)

feedback-title = Clinic Day feedback: { $title }
feedback-learner-md = Learner: **{ $learner }**
feedback-attempt-md = Attempt: `{ $attempt }`
feedback-finished = finished { $when }
feedback-total-md = Total: **{ $total } / 100, { $verdict }** (pass mark { $mark })
feedback-categories-md = Triage { $triage } · Confidentiality { $confidentiality } · Scheduling { $scheduling }
feedback-judged = { $judged } decisions judged: { $kept } kept, { $broken } broken
feedback-rejudged = Re-judged: this shift was played on Clinic Day { $version }, which scored it { $claimed }. It has been judged again, from the same actions, under the current rulebook (which, among other things, counts how long urgent things were left waiting).
feedback-failed-gates = Failed on a critical rule, whatever the total: { $rules }.
feedback-work-on = What to work on
feedback-nothing-broken = Nothing: every judged decision kept its rule.
feedback-went-well = What went well
feedback-nothing-kept = No judged decision kept its rule this time.
feedback-times = ({ $n } times)
feedback-deduction = { $at } { $rule }: { $title } ({ $severity }, −{ $points } points)
feedback-what-happened = What happened: { $text }
feedback-expected = Expected: { $text }
feedback-why = Why: { $text }
feedback-source = Source: { $text }
feedback-who-html = Learner <strong>{ $learner }</strong> · attempt <code>{ $attempt }</code>
feedback-total-html = { $total } / 100, { $verdict }
feedback-mark-and-judged-html = (pass mark { $mark }); { $judged } decisions judged: { $kept } kept, { $broken } broken

## The class summary (Markdown)

summary-title = Class summary: { $title }
summary-files = { $files } results files: { $graded } graded, { $ungraded } not graded.
summary-all-witnessed = Every graded attempt was **witnessed**: its results file is what the exam's store received as it was played, within the sheet's window and pauses by the store's own clock.
summary-all-self-reported = The graded attempts are **self-reported**: each results file was made on the learner's own machine and replayed here, but nothing witnessed the attempt as it was played.
summary-some-witnessed = { $witnessed } of the graded attempts were **witnessed** (each results file is what the exam's store received as it was played); { $self_reported } are **self-reported**, made on the learner's own machine with nothing to witness them.
summary-scores = Scores
summary-passed = Passed: { $passed } of { $graded } ({ $percent } %)
summary-spread = Mean { $mean } · median { $median } · lowest { $lowest } · highest { $highest }
summary-category-means = Category means: triage { $triage } · confidentiality { $confidentiality } · scheduling { $scheduling }
summary-score = score
summary-attempts = attempts
summary-most-missed = Rules the class keeps breaking
summary-none-missed = None: every judged decision kept its rule, in every attempt.
summary-miss-rate = Miss rate: of the attempts that met the rule, the share that broke it at least once.
summary-missed-header = | rule | | broken in | of | miss rate | critical |
summary-gates = Failed on a critical rule
summary-gate = { $rule } { $title }: { $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    }
summary-rejudged = Re-judged under this version's rulebook
summary-rejudged-about = Made by an earlier Clinic Day; graded above from the same actions by today's rules.
summary-rejudged-header = | file | learner | |
summary-ungraded = Not graded
summary-ungraded-header = | file | learner | why |

## xAPI statements' verbs (sent to a learning record store in both languages)

xapi-completed = completed
xapi-passed = passed
xapi-failed = failed
xapi-responded = responded

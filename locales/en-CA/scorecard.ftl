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

# Clinic Day, English (Canada): the command line's human output (`clinic-day rules`, …).

## `clinic-day rules`

rules-category = category:
rules-severity = severity:
rules-escalates = (critical in the worst cases)
rules-expected = expected:
rules-mistake = typical mistake:
rules-source = source:
rules-deadline = deadline:
rules-deadline-line = { $must }: within { $minutes } minutes of when { $from } (scoring.deadlines.{ $field } sets a clinic's own); { $reference }
rules-reading-quebec = (as judged in Quebec)
rules-unknown = `{ $id }` is not a rule id; the rulebook has T1–T13, C1–C19 and S1–S13 (`clinic-day rules` lists them)

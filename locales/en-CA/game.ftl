# Clinic Day, English (Canada): the game's screens. Each message's id is used in the code as it
# is written here; a test fails when an id is missing from a language, or used nowhere.

## The rule window ("why?" on a note after a decision)

why-title = Rule { $rule }
why-expected = Expected: { $text }
why-mistake = The usual mistake: { $text }
why-source = Source: { $text }
why-not-in-rulebook = This rule is not in the rulebook.

## The title screen

title-subtitle = A day at the front desk of a medical office
title-unfinished = An unfinished shift is waiting
title-resume = Resume it where it stopped
title-cannot-resume = Cannot resume: { $error }
title-set-aside = Set it aside
title-set-aside-hint = kept on the disk, not offered again
title-cannot-set-aside = Cannot set the shift aside: { $error }
title-choose-day = Choose a day
title-start-here = Start here: { $day }
title-key = key { $key }
title-open-file = Or open a scenario file or an exam sheet:
title-open = Open
title-settings = Settings
title-language = Language / Langue
settings-light = light theme (dark text on a light page)
settings-colour-blind = colour-blind-safe colours (blue / orange)
settings-practice = practice mode: running score and feedback after each decision
settings-coach = coach me on every practice day (the tutorial always coaches)
settings-speed = starting speed
settings-sound = sound
settings-no-audio = sound (this build has no audio)
title-help-keys = F1 or ? shows the keyboard shortcuts during a shift.

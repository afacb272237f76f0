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

## The briefing before a shift

briefing-back = Back
briefing-start-exam = Start the exam
briefing-start-shift = Start the shift
briefing-clinic-line = { $clinic } · { $date } · open { $open }–{ $close }
briefing-objectives = Today you will practise
briefing-physicians = The physicians
briefing-team = The physicians and nurses
briefing-covered-by = , covered by { $name }
briefing-covering = , covering for { $days }
briefing-locum-covering = , locum covering for { $days }
briefing-locum-not-yet = , a locum: works here only when covering
briefing-nurse = , nurse
briefing-policies = Office policies
briefing-book = Today's book
briefing-book-counts = { $booked ->
        [one] 1 appointment
       *[other] { $booked } appointments
    } booked today; { $waiting ->
        [one] 1 patient
       *[other] { $waiting } patients
    } on the waitlist.
briefing-day-in-english = This day is written in English only: its people and papers speak English.
briefing-texts-fell-back = { $count ->
        [one] One of this day's texts has no English, and is shown as written.
       *[other] { $count } of this day's texts have no English, and are shown as written.
    }

## Where a shift's results went

results-saved = Results saved to { $path }
results-saved-elsewhere = Results saved to { $path } ({ $why }: hand this file to your instructor)
results-not-saved = Could not save the results ({ $error }); the shift's journal is kept in { $folder }

## The interface size

scale-interface-size = interface size
scale-smaller = smaller (Ctrl −)
scale-larger = larger (Ctrl +)
scale-usual = back to the usual size (Ctrl 0)
scale-said = Interface size { $percent } %

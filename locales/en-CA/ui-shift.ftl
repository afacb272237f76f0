# Clinic Day: the game's shift panels.

## The keyboard (src/ui/commands.rs): the keys as the F1 list writes them, what each does (the README's
## key table says the same), and the words of the buttons that do the same

keys-pause-keys = Space or P
keys-pause-does = pause / resume (while a button has the keyboard focus, Space presses it; P always pauses)
keys-speed-1-does = speed 1×
keys-speed-2-does = speed 2×
keys-speed-4-does = speed 4×
keys-next-event-does = skip to the next thing that happens (first saying what still waits for the desk)
keys-next-event-button = Next event
keys-tabs-does = the tabs: phone, front desk, book, inbox, chart
keys-answer-does = answer the ringing phone
keys-answer-button = Answer
keys-ask-identifiers-does = ask the caller to state two identifiers
keys-ask-identifiers-button = Ask for identifiers
keys-ask-why-does = ask what the call is about, or with no call what brings the walk-in at the counter in: what, since when, how bad (some say only when asked)
keys-ask-why-button = Ask what it's about
keys-hold-does = put the caller on hold
keys-hold-button = Hold
keys-end-call-does = end the call (or hang up the call you placed)
keys-end-call-button = End call
keys-verify-card-does = verify the health card of the patient at the counter
keys-verify-card-button = Verify health card
keys-check-in-does = check in the patient at the counter
keys-check-in-button = Check in
keys-next-card-keys = J or ]
keys-next-card-does = next card in the panel in front (a patient at the desk, a message, a document); Tab then goes through its buttons, and the card you are in is outlined
keys-previous-card-keys = K or [
keys-previous-card-does = previous card in the panel in front
keys-why-does = why? for the latest judgment (practice mode)
keys-why-button = why?
keys-tab-enter-keys = Tab, Enter
keys-tab-enter-does = move between controls, press one; a menu (Advise…, More…) opened with Enter takes the keyboard onto its first choice
keys-sheet-keys = on the book's sheet
keys-sheet-does = it is one Tab stop, not one per row: the Up and Down arrows a row (with Shift, or Page Up / Down, an hour), Left and Right a column, Home / End, digits go to a time ("1030", "9"), Enter or Space opens the row (the booking form, or the visit's actions)
keys-picker-keys = Up / Down on a picker
keys-picker-does = step its choice; in an open list, typing letters jumps to the first choice with a word starting with them ("bou" for Bouchard)
keys-menu-keys = Esc
keys-menu-does = pause menu (back to the shift as it was; leave the desk for the day, which before closing time asks first, since the rest of the day is judged as unanswered; quit to the title screen, which asks first); Esc also closes the "why?" window
keys-size-does = interface size one step larger / smaller / back to 100 %, on any screen (also on the title screen's settings); remembered with the other settings in `settings.json` in the data folder
keys-help-keys = F1 or ?
keys-help-does = this list

## The top bar (src/ui/panel/top_bar.rs, src/ui/view/top_bar.rs)

top-resume = Resume
top-pause = Pause
top-no-more-pauses = This exam allows no more pauses
top-close-office = Close the office
top-close-office-hint = Closing time: end the day and see the debrief (Esc also offers this)
top-real-time = real time
top-real-time-hint = The clock slows to real time while you are on a call, the phone rings or someone is at the counter
top-ringing = { $count } ringing
top-on-hold = { $count } on hold
top-waiting = { $count } waiting
top-unread = { $count } unread
top-score = score { $score }
top-taken-again-hint = A moment of your earlier shift, taken again from just before it: this attempt is kept apart from the first
top-open-on-hold = { $count ->
        [one] 1 caller on hold
       *[other] { $count } callers on hold
    }
top-open-voicemails = { $count ->
        [one] 1 voicemail not returned
       *[other] { $count } voicemails not returned
    }
top-open-inbox = { $count ->
        [one] 1 inbox item not dealt with
       *[other] { $count } inbox items not dealt with
    }

## The tabs (src/ui/panel/tabs.rs, src/ui/panel/mod.rs)

tabs-phone = Phone
tabs-desk = Front desk
tabs-book = Appointment book
tabs-inbox = Inbox
tabs-chart = Chart
tabs-news = { $key } · new since you last looked

## What the panels share (src/ui/panel/mod.rs) and the date picker (src/ui/panel/calendar.rs)

panel-choose = choose…
panel-no-open-days = The book has no open days ahead.
panel-day-closed = The book is not open on this day.
# Seven short names of the days, Monday first, separated by spaces.
panel-weekday-initials = Mo Tu We Th Fr Sa Su

## The shift screen (src/ui/screens/shift.rs): the notes in the corner

shift-task = { $from } left you a task, { $by }: see To do on the Inbox tab.
shift-task-by = by { $time }
shift-task-before-closing = before closing
shift-visitor = { $name } is at the counter: see the Front desk tab.
shift-not-done = Not done: { $reason }
shift-physician-behind = { $name } is running { $minutes } minutes behind. The waiting room should hear it from the desk (Front desk tab).
shift-away-on = on { $weekday } { $date }
shift-away-from-to = from { $from_weekday } { $from } to { $to_weekday } { $to }
shift-away = { $name } will be away { $days }: { $visits } booked visits must be rebooked (Appointment book, week view).
shift-worse = { $name } looks worse in the waiting room (Front desk tab).
shift-called-back = { $name } called { $caller } back, as you promised.
shift-wont-wait = { $name } won't wait { $minutes } minutes, and has left without being seen (Front desk tab).
shift-taking-again = taking { $time } again
shift-pause-over = The pause is over ({ $minutes } min, as the exam allows): the clock runs again.

## The shift screen: the keyboard list, the pause menu, the question before a skip

shift-keyboard = Keyboard
shift-menu = Menu
shift-paused = Paused
shift-leave-exam-question = Leave the exam for now? Nothing is lost: it waits on the title screen, to be resumed where you left it.
shift-leave-shift-question = Leave this shift? Everything done so far in it is lost.
shift-leave-the-shift = Leave the shift
shift-leave-early-question = Leave before closing time? The rest of the day still happens: the calls, patients and documents still to come reach no one, and the debrief judges them that way.
shift-leave-and-end = Leave the desk and end the day
shift-back-paused = Back to the shift (paused)
shift-close-now = Close the office now (end the day)
shift-leave-for-the-day = Leave the desk for the day…
shift-quit-to-title = Quit to the title screen…
shift-skip-ahead = Skip ahead?
shift-still-waiting = Still waiting for the desk:
shift-clock-runs-on = The clock runs on for them too while you skip, and the rulebook's deadlines with it.
shift-skip-anyway = Skip anyway
shift-stay = Stay

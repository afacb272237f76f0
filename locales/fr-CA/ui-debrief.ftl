# Clinic Day: the game's debrief panels.

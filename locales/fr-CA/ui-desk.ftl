# Clinic Day: the game's desk panels.

# Clinic Day: the game's shift panels.

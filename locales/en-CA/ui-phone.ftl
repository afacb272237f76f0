# Clinic Day: the game's phone panels.

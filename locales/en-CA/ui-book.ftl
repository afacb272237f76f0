# Clinic Day: the game's book panels.

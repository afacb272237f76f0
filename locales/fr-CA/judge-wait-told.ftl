# Clinic Day, français (Canada) : ce que dit le juge de l'attente annoncée à une personne (S7).

wait-told = Attente annoncée à { $who } : environ { $told } minutes ; { $measured } { $real } minutes plus tard
wait-told-seen = la personne a été vue
wait-told-book-showed = selon l'horaire, la personne serait vue
wait-told-near-enough = { $told } : assez juste.
wait-told-overstated = { $told } : une attente exagérée renvoie chez elles des personnes qui doivent être vues.
wait-told-understated = { $told } : l'attente a été plus longue qu'annoncé.
wait-told-expected = Annoncer l'attente réelle, d'après l'horaire et les retards des médecins, à 15 minutes près dans un sens ou dans l'autre ; l'annoncer de nouveau quand elle change.

# Clinic Day, français (Canada) : ce que la ligne de commande affiche (`clinic-day rules`, …).

## `clinic-day rules`

rules-category = catégorie :
rules-severity = gravité :
rules-escalates = (critique dans les cas les plus graves)
rules-expected = attendu :
rules-mistake = erreur courante :
rules-source = source :
rules-deadline = délai :
rules-deadline-line = { $must } : en moins de { $minutes } minutes, à compter du moment où { $from } (scoring.deadlines.{ $field } fixe le délai propre à une clinique) ; { $reference }
rules-reading-quebec = (telle qu'appliquée au Québec)
rules-unknown = `{ $id }` n'est pas un identifiant de règle ; le recueil compte T1 à T13, C1 à C19 et S1 à S13 (`clinic-day rules` les énumère)

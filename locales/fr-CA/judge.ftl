# Clinic Day, français (Canada) : ce que dit le juge, en mots communs à tous les jugements.

## Combien de temps, et quelle limite

duration-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
duration-hours = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
limit-rulebook = la limite de { $minutes } minutes du recueil
limit-clinic = la limite de { $minutes } minutes de cette clinique

## Ce que mentionne un message d'accueil

greeting-hours = les heures d'ouverture
greeting-todays-availability = les disponibilités du jour
greeting-closures = les fermetures
greeting-coverage = qui assure la relève
greeting-emergency-911 = « en cas d'urgence, composez le 911 »
greeting-health811 = Santé811
greeting-info-sante-811 = Info-Santé 811
greeting-crisis-988 = la ligne de crise 988

# Validation d'un scénario (`clinic-day validate`) : les événements de la chronologie, leurs conditions et les demandes de consultation envoyées.

## La chronologie (timeline.rs)

check-timeline-empty = il ne se passe rien pendant cette journée
check-timeline-empty-label = aucun événement
check-timeline-outside-hours = { $at } est en dehors des heures d'ouverture, de { $open } à { $close }
check-timeline-outside-hours-label = clinique fermée
check-timeline-outside-hours-help = les événements ont lieu pendant les heures d'ouverture ; un message laissé pendant la nuit est un `Voicemail` à l'heure d'ouverture
check-timeline-jitter-outside-hours = un écart de ±{ $jitter } { $jitter ->
        [one] minute
       *[other] minutes
    } peut placer cet événement en dehors des heures d'ouverture ; il sera maintenu à l'intérieur de celles-ci
check-timeline-jitter-outside-hours-label = déborde des heures d'ouverture
check-timeline-worsens-at-once = `after: 0` correspond au moment de l'arrivée, pas à l'attente
check-timeline-worsens-at-once-label = aucune attente
check-timeline-worsens-at-once-help = décrivez l'état de la personne à son arrivée dans ses propres `symptoms` (et `distress`), ou indiquez d'abord combien de minutes elle attend
# $before et $after sont des acuités telles que le scénario les écrit (`Routine`, `SameDay`, …).
check-timeline-worsens-not-worse = son état ne s'aggrave pas : { $before } avant, { $after } après, et aucun nouveau signe d'alarme
check-timeline-worsens-not-worse-label = aucune aggravation
check-timeline-worsens-not-worse-help = une aggravation demande une `acuity` plus urgente (p. ex. `ClinicianNow` ou `Emergency`) ou un nouveau signe d'alarme
check-timeline-idle-booking = le rendez-vous `{ $booking }` ({ $name } à { $at }) est prévu aujourd'hui, mais rien dans la chronologie ne dit si la personne vient
check-timeline-idle-booking-label = personne ne vient, personne n'annule
check-timeline-idle-booking-help = ajoutez-lui un `Arrival`, un `NoShow` ou un `Cancellation`, ou fixez-le à un autre jour
check-timeline-asked-of-a-message = on ne peut pas demander à un message quel en est l'objet : personne n'est au bout du fil
check-timeline-asked-of-a-message-label = personne à qui demander
check-timeline-asked-of-a-message-help = mettez ce que dit le message dans `says`, ou faites-en un appel en direct (`Call`)
check-timeline-visitor-left = `left` est le moment où un message a été laissé ; une personne au comptoir y est à l'heure `at` de l'entrée
check-timeline-visitor-left-label = pas un message
check-timeline-visitor-patience = `patience` est le temps qu'une personne qui appelle attend en ligne ; une personne au comptoir attend que la réception s'occupe d'elle
check-timeline-visitor-patience-label = pas en attente au téléphone
check-timeline-visitor-number = `number` est le numéro d'où vient un appel ; une personne au comptoir n'appelle d'aucun numéro
check-timeline-visitor-number-label = pas un appel
check-timeline-arrival-time = le patient arrive à { $at } pour un rendez-vous à { $booked }
# $when vaut late (en retard) ou early (en avance).
check-timeline-arrival-time-label = { $minutes } minutes { $when ->
        [late] de retard
       *[early] d'avance
    }
check-timeline-late-cancellation = le rendez-vous de { $booked } est annulé à { $at }, après l'heure où il aurait dû commencer
check-timeline-late-cancellation-label = annulé après coup
check-timeline-early-no-show = l'absence est constatée à { $at }, avant le rendez-vous de { $booked }
check-timeline-early-no-show-label = trop tôt pour le savoir
check-timeline-zero-delay = un retard de 0 minute ne change rien
check-timeline-zero-delay-label = zéro
# $name est le nom du médecin remplaçant ; $count, les visites urgentes qui ne peuvent être déplacées à temps.
check-timeline-covering-without-book = { $name } assure le remplacement mais n'a pas d'horaire ici, et { $count } { $count ->
        [one] visite urgente des jours d'absence ne trouve
       *[other] visites urgentes des jours d'absence ne trouvent
    } de place auprès d'aucun médecin au plus tard le jour de la visite
check-timeline-covering-without-book-label = pas d'horaire
check-timeline-covering-without-book-help = format 2 : inscrivez cette personne sous `staff.physicians` avec une `week` et `covers: [(physician: …, from: …, to: …)]`
check-timeline-absence-not-future = une absence annoncée tombe un jour à venir, pas le { $date }
check-timeline-absence-not-future-label = aujourd'hui ou avant
check-timeline-absence-outside-calendar = l'absence dure jusqu'au { $date }, au-delà de la fin du calendrier
check-timeline-absence-outside-calendar-label = hors du calendrier
check-timeline-absence-outside-calendar-help = augmentez `clinic.calendar_weeks` pour que les patients déplacés puissent obtenir un nouveau rendez-vous
check-timeline-date-range = l'absence se termine avant de commencer
check-timeline-date-range-label = date de fin
check-timeline-empty-one-of = `OneOf` demande au moins un événement
check-timeline-empty-one-of-label = vide
check-timeline-single-one-of = un `OneOf` d'un seul événement choisit toujours celui-ci
check-timeline-single-one-of-label = une seule possibilité
check-timeline-not-today = le rendez-vous `{ $booking }` est le { $date }, pas le jour simulé
check-timeline-not-today-label = pas prévu aujourd'hui
# $what est ce qui arrive ici au rendez-vous, $before ce que la chronologie lui fait déjà arriver
# (au chemin $first) : arrives (le patient arrive), cancelled (annulé) ou no-show (le patient ne vient pas).
check-timeline-booking-twice = ici, { $what ->
        [arrives] le patient du rendez-vous `{ $booking }` arrive
        [cancelled] le rendez-vous `{ $booking }` est annulé
       *[no-show] le patient du rendez-vous `{ $booking }` ne vient pas
    }, mais la chronologie dit déjà que { $before ->
        [arrives] le patient arrive
        [cancelled] le rendez-vous est annulé
       *[no-show] le patient ne vient pas
    } (`{ $first }`)
check-timeline-booking-twice-label = un rendez-vous est honoré, annulé ou manqué : une seule fois
check-timeline-task-within = une visite à fixer dans un délai de 0 jour, c'est aujourd'hui : au moins 1
check-timeline-task-within-label = zéro
check-timeline-task-by-too-soon = la tâche est donnée à { $at } et doit être faite d'ici { $by } : rien ne peut être fait à temps
check-timeline-task-by-too-soon-label = pas après le moment où elle est donnée
check-timeline-task-by-after-closing = la clinique ferme à { $closes }, avant { $by }
check-timeline-task-by-after-closing-label = après la fermeture
check-timeline-task-by-after-closing-help = omettez `by` pour « avant la fermeture de la clinique »
check-timeline-really-same = `really` répète ce que la personne affirme ; omettez-le quand elle est bien qui elle dit être
check-timeline-really-same-label = identique à `claims`
check-timeline-about-mismatch = la personne qui appelle dit être le patient `{ $claimed }`, mais l'appel concerne `{ $about }`
check-timeline-about-mismatch-label = un autre patient
check-timeline-request-role = ce sont les pharmaciens qui demandent les codes d'usage limité
check-timeline-request-role-label = la personne qui appelle n'est pas pharmacien
check-timeline-answer-date = `{ $born }` n'est pas une date
check-timeline-answer-date-label = format attendu : AAAA-MM-JJ
check-timeline-answer-date-help = pour une personne qui donne une mauvaise date de naissance, écrivez une date réelle mais erronée ; pour une personne qui ne peut pas la donner, omettez `born`
check-timeline-request-empty = la demande ne porte sur rien
check-timeline-request-empty-label = liste vide
check-timeline-call-needs-patient = cette demande concerne un patient, mais l'appel n'en nomme aucun
check-timeline-call-needs-patient-label = de qui s'agit-il ?
check-timeline-call-needs-patient-help = ajoutez `about: "patient-id"`
check-timeline-says-nothing = la personne ne dit rien
check-timeline-says-nothing-label = ajoutez au moins une ligne
check-timeline-ctas = les niveaux de l'ÉTG (CTAS) vont de 1 à 5
check-timeline-ctas-label = hors limites
check-timeline-red-flag-acuity = un signe d'alarme qui menace la vie, avec l'acuité { $acuity } : le recueil dirige ces cas vers le 911 (T1)
check-timeline-red-flag-acuity-label = moins urgent que ne l'indiquent les signes d'alarme
check-timeline-unjudged-document = aucune règle ne juge ce qui est fait d'un renouvellement ou d'une lettre : le document figure seulement au débreffage, comme travail non fait
check-timeline-unjudged-document-label = non noté
# $via est le canal tel que le scénario l'écrit (`Phone`, `Voicemail`).
check-timeline-printout-not-paper = un imprimé est un papier à déchiqueter, mais celui-ci est arrivé par { $via }
check-timeline-printout-not-paper-label = rien à déchiqueter
check-timeline-printout-not-paper-help = un imprimé arrive par `Fax`, `Mail`, `Email` ou `Electronic` (imprimé à la réception)
check-timeline-document-needs-patient = ce document concerne un patient, mais n'en nomme aucun
check-timeline-document-needs-patient-label = de qui s'agit-il ?
check-timeline-document-needs-patient-help = ajoutez `about: "patient-id"`
# $request est la variante de la demande telle que le scénario l'écrit (`Message`, `Form`, …).
check-timeline-unjudged-request = aucune règle ne juge une demande `{ $request }` pour elle-même : sans `symptoms`, seule la vérification de l'identité est notée (C1)
check-timeline-unjudged-request-label = rien de propre à juger
check-timeline-unjudged-request-help = donnez-lui des `symptoms` (même courants : T6 juge où le rendez-vous est fixé), ou demandez quelque chose que le recueil juge
# $names énumère les examens du dossier, tels que le dossier les nomme.
check-timeline-result-not-on-chart = `{ $test }` n'est pas un résultat du dossier de { $name }, qui contient : { $names }
check-timeline-result-not-on-chart-label = jugé comme un résultat que personne n'a autorisé
check-timeline-result-not-on-chart-help = nommez l'examen comme le fait le dossier (majuscules et minuscules sans importance)

## Les conditions des événements : `only_if`, `unless` (conditions.rs)

check-conditions-unknown-patient = il n'y a pas de patient `{ $patient }`
check-conditions-unknown-patient-label = patient inexistant
check-conditions-unknown-patient-help = une condition nomme un patient par son identifiant sous `patients`
check-conditions-unknown-event = aucun événement de la chronologie ne s'appelle `{ $event }`
check-conditions-unknown-event-label = événement inexistant
check-conditions-unknown-event-help = une condition nomme un appel, un message vocal, un message, une visite au comptoir, une visite sans rendez-vous ou un document par son `id`
check-conditions-on-itself = `{ $event }` ne peut pas dépendre de lui-même
check-conditions-on-itself-label = nomme son propre événement
check-conditions-on-itself-help = une condition porte sur ce que la réception a fait plus tôt dans la journée
# $kind est la variante de l'événement (`Call`, `WalkIn`, …) ; $kinds, les variantes que la condition peut nommer.
check-conditions-wrong-kind = `{ $event }` est un `{ $kind }`, et cette condition porte sur un événement de type { $kinds }
check-conditions-wrong-kind-label = mauvais type d'événement
# $earlier et $at sont des heures, chacune avec son écart s'il y en a un (check-conditions-at-jitter).
check-conditions-too-early = `{ $event }` a lieu à { $earlier }, et cet événement à { $at } : la réception n'a peut-être pas encore eu affaire à `{ $event }`
check-conditions-too-early-label = n'a peut-être pas encore eu lieu
check-conditions-too-early-help = une condition nomme un événement certainement terminé avant celui-ci : déplacez l'un des deux, ou réduisez l'écart (jitter)
check-conditions-at-jitter = { $at } (±{ $jitter } min)

## Les demandes de consultation envoyées : `referrals_out` (referrals.rs)

check-referrals-duplicate-id = deux demandes de consultation s'appellent `{ $referral }`
check-referrals-duplicate-id-label = déjà employé
check-referrals-unknown-patient = il n'y a pas de patient `{ $patient }`
check-referrals-unknown-patient-label = patient inexistant
check-referrals-unknown-contact = il n'y a pas de contact `{ $contact }`
check-referrals-unknown-contact-label = absent de `contacts`
check-referrals-unknown-contact-help = le bureau du spécialiste est un contact du répertoire
check-referrals-unknown-physician = il n'y a pas de médecin `{ $physician }`
check-referrals-unknown-physician-label = médecin inexistant
check-referrals-sent-after-today = envoyée le { $sent }, après la journée ({ $today })
check-referrals-sent-after-today-label = dans l'avenir
check-referrals-sent-after-today-help = une demande de consultation envoyée l'a été avant la journée, ou ce jour-là : `sent: "today-9"`
check-referrals-acknowledged-outside = accusé de réception le { $acknowledged }, en dehors de la période du { $sent } (envoi) au { $today } (la journée)
check-referrals-acknowledged-outside-label = pas entre l'envoi et aujourd'hui
check-referrals-unknown-referral = aucune demande de consultation de `referrals_out` ne s'appelle `{ $referral }`
check-referrals-unknown-referral-label = demande de consultation inexistante

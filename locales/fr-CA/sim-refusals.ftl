# Clinic Day, français (Canada) : pourquoi la simulation refuse une action, ce que dit un patient quand l'heure offerte ne lui convient pas, et le travail laissé en plan au compte rendu.
refused-nothing-to-skip-to = plus rien n'arrivera de soi-même aujourd'hui : ce qui reste, c'est à la réception de le faire (ou de fermer la clinique)

## La journée (day.rs)

refused-day-over = la journée est terminée

## Toute action : avancer le temps, qui la clinique connaît (handle/mod.rs)

refused-desk-needed = quelque chose attend la réception : un appel, ou quelqu'un au comptoir
refused-no-patient = il n'y a aucun patient `{ $patient }`
refused-no-staff = il n'y a personne du nom de `{ $staff }` dans le personnel
refused-no-appointment = il n'y a aucun rendez-vous `{ $appointment }`

## Après la fermeture (handle/closed.rs)

refused-office-closed = la clinique a fermé à { $close } : on ne peut plus s'occuper que des personnes encore à la clinique, de l'appel en ligne et de ce qui ne peut pas attendre au lendemain matin (un résultat critique, un message urgent)

## L'horaire (handle/book.rs)

refused-no-physician-to-move = il n'y a aucun médecin `{ $physician }` vers qui déplacer le rendez-vous
refused-already-status = `{ $appointment }` est déjà { $status ->
        [booked] réservée
        [confirmed] confirmée
        [arrived] marquée « arrivé »
        [in-room] en cours
        [done] terminée
        [no-show] marquée « absent »
        [rescheduled] déplacée
       *[cancelled] annulée
    }
refused-no-physician = il n'y a aucun médecin `{ $physician }`
refused-no-appointment-type = il n'y a aucun type de rendez-vous `{ $kind }`
refused-not-in-directory = `{ $contact }` ne figure pas dans le répertoire de la clinique
refused-day-past = cette journée est déjà passée
refused-not-booking-action = ce n'est pas une action de l'horaire
refused-gone-by = le { $date } à { $at }, c'est déjà passé
refused-no-chart = { $name } n'a pas encore de dossier : inscrivez d'abord cette personne comme nouveau patient
refused-not-come-in = aucune demande `{ $request }` n'est arrivée aujourd'hui

## Le comptoir (handle/desk.rs)

refused-nobody-at-desk = personne n'est au comptoir pour `{ $appointment }`
refused-check-card-first = vérifiez d'abord la carte
refused-already-has-chart = { $name } a déjà un dossier
refused-not-in-today = { $name } n'est pas à la clinique aujourd'hui
refused-not-waiting = cette personne n'attend ni au comptoir ni dans la salle d'attente
refused-not-desk-action = ce n'est pas une action du comptoir
refused-not-at-clinic = `{ $patient }` n'est pas à la clinique

## La boîte de réception (handle/inbox.rs)

refused-cancellation-not-document = `{ $document }` est une annulation, pas un document à classer
refused-already-filed = `{ $document }` est déjà classé au dossier
refused-still-ringing = `{ $call }` sonne encore : répondez d'abord
refused-not-renewal = `{ $document }` n'est pas une demande de renouvellement d'ordonnance
refused-cancellation-not-paper = `{ $document }` est une annulation, pas un papier à jeter
refused-not-inbox-action = ce n'est pas une action de la boîte de réception
refused-paper-gone = `{ $document }` a déjà été mis { $how ->
        [shred] à la déchiqueteuse
        [recycling] au recyclage
       *[garbage] à la poubelle
    }
refused-not-in-inbox = `{ $document }` n'est pas dans la boîte de réception

## Le bureau (handle/office.rs)

refused-not-office-action = ce n'est pas une action de bureau

## Appels que fait la réception (handle/outgoing.rs)

refused-no-such-number = aucun numéro { $number ->
        [Home] de téléphone à la maison
        [Mobile] de cellulaire
        [Work] de téléphone au travail
       *[other] ({ $number })
    } n'est inscrit au dossier de { $name }
refused-on-another-call = la réception a déjà `{ $call }` en ligne : mettez-le en attente ou terminez-le d'abord
refused-not-in-mailbox = `{ $call }` n'attend pas dans la boîte vocale
refused-voicemail-not-theirs = `{ $call }` n'a rien à voir avec `{ $patient }`
refused-not-their-appointment = `{ $appointment }` n'est pas un rendez-vous de { $name }
refused-no-outgoing-call = aucun appel sortant n'est en cours
refused-line-to-other = l'appel en cours est avec `{ $line }`, pas avec `{ $patient }`
refused-they-answered = la personne a répondu : il n'y a pas de message vocal à laisser
refused-voicemail-already-left = un message vocal a déjà été laissé pendant cet appel
refused-not-on-line = `{ $patient }` n'est pas en ligne
refused-slot-for-someone-else = la plage offerte est pour quelqu'un d'autre
refused-unknown-patient = patient inconnu
refused-not-outgoing-action = ce n'est pas une action d'appel sortant

## Appels entrants (handle/phone.rs)

refused-now-voicemail = `{ $call }` est maintenant un message vocal : rappelez la personne avec un PlaceCall
refused-not-ringing-or-held = `{ $call }` ne sonne pas et n'est pas en attente
refused-not-on-hold = `{ $call }` n'est pas en attente
refused-time-passed = { $by }, c'est déjà passé : promettez une heure encore à venir
refused-after-closing = la clinique ferme à { $close } : promettez une heure avant la fermeture
refused-not-phone-action = ce n'est pas une action téléphonique
refused-not-come-in-yet = `{ $call }` n'est pas encore arrivé
refused-no-call-today = il n'y a aucun appel `{ $call }` aujourd'hui
refused-on-hold = `{ $call }` est en attente : reprenez-le d'abord
refused-ringing = `{ $call }` sonne : répondez d'abord
refused-in-mailbox = `{ $call }` est dans la boîte vocale : rappelez d'abord la personne
refused-ended = `{ $call }` est terminé

## Relancer une demande de consultation (handle/referrals.rs)

refused-no-referral = la clinique n'a envoyé aucune demande de consultation `{ $referral }`
refused-acknowledged-on = le bureau du spécialiste en a accusé réception le { $date } : il n'y a rien à relancer
refused-acknowledged-at = le bureau du spécialiste en a accusé réception à { $time } : il n'y a rien à relancer

## Pourquoi l'horaire refuse un rendez-vous (book/refusal.rs)

book-refused-unknown-physician = ce médecin n'existe pas
book-refused-unknown-type = ce type de rendez-vous n'existe pas
book-refused-unknown-appointment = ce rendez-vous n'existe pas
book-refused-in-the-past = cette journée est déjà passée
book-refused-outside-calendar = l'horaire ne va que jusqu'au { $last }
book-refused-closed-day = la clinique est fermée { $day ->
        [mon] le lundi
        [tue] le mardi
        [wed] le mercredi
        [thu] le jeudi
        [fri] le vendredi
        [sat] le samedi
       *[sun] le dimanche
    }
book-refused-physician-away = le médecin est absent ce jour-là
book-refused-locum = ce médecin est un remplaçant qui ne travaille ici que les jours où il remplace un collègue
book-refused-no-such-visit = le modèle d'horaire du médecin n'offre pas ce type de rendez-vous ce jour-là
book-refused-runs-past = un rendez-vous de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } à { $at } finirait à { $ends }, mais les heures prévues pour ce type de rendez-vous se terminent à { $to }
book-refused-block = de { $from } à { $to }
book-refused-not-in-hours = hors des heures prévues pour ce type de rendez-vous : ce jour-là, il est offert { $blocks }
book-refused-never-double = ce rendez-vous chevauche `{ $with }`, et la clinique ne fait jamais de double réservation
book-refused-not-double-bookable = ce rendez-vous chevauche `{ $with }`, et seuls les rendez-vous courts qui permettent la double réservation peuvent partager une plage
book-refused-slot-full = ce rendez-vous chevauche `{ $with }` : la politique permet { $max ->
        [one] { $max } patient
       *[other] { $max } patients
    } à la fois
book-refused-not-active = le rendez-vous est { $status ->
        [booked] réservé
        [confirmed] confirmé
        [arrived] marqué « arrivé »
        [in-room] en cours
        [done] terminé
        [no-show] marqué « absent »
        [rescheduled] déplacé
       *[cancelled] annulé
    }

## Pourquoi un patient ne peut pas venir à l'heure offerte, dans ses propres mots (book/availability.rs)

unavailable-mornings = je peux seulement venir le matin
unavailable-afternoons = je peux seulement venir l'après-midi
unavailable-not-on = je ne peux pas venir { $days }
unavailable-only-on = je peux seulement venir { $days }
unavailable-day = { $day ->
        [mon] le lundi
        [tue] le mardi
        [wed] le mercredi
        [thu] le jeudi
        [fri] le vendredi
        [sat] le samedi
       *[sun] le dimanche
    }
unavailable-or = { $list } ou { $day }
unavailable-not-before = je ne peux pas être là avant { $time }
unavailable-not-after = je dois repartir au plus tard à { $time }
unavailable-away = je ne suis pas là du { $from } au { $to }

## Le travail qu'aucune règle ne note mais qu'une vraie réception aurait terminé, pour le compte rendu (rules/judge/closing.rs)

left-undone-renewal = La demande de renouvellement de { $drug } n'a pas été imprimée pour signature.
left-undone-renewal-for = La demande de renouvellement de { $drug } pour { $patient } n'a pas été imprimée pour signature.
left-undone-letter = La lettre « { $subject } » est restée dans la boîte de réception.
left-undone-letter-for = La lettre « { $subject } » pour { $patient } est restée dans la boîte de réception.
left-undone-result = Le résultat ({ $test }) est resté dans la boîte de réception, sans être classé au dossier.
left-undone-result-for = Le résultat ({ $test }) de { $patient } est resté dans la boîte de réception, sans être classé au dossier.

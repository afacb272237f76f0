# Clinic Day, français (Canada) : l'horaire, la liste d'attente et le dossier. Chaque identifiant de message
# est employé tel quel dans le code ; un test échoue s'il manque dans une langue, ou s'il ne sert nulle part.

## Mots communs aux vues (dates, rendez-vous, personnes), utilisés aussi par le breffage et d'autres onglets

chart-ui-nurse-name = { $name } (infirmière)
chart-ui-claims-patient = dit être la personne au dossier, { $name }
chart-ui-claims-relative = dit être un proche de { $patient } ({ $relationship })
chart-ui-claims-pharmacist = pharmacien de { $at }
chart-ui-role-er-nurse = infirmière de l'urgence
chart-ui-role-nurse = infirmière
chart-ui-role-physician = médecin
chart-ui-role-specialist = spécialiste
chart-ui-claims-clinician = { $role }, { $at }
chart-ui-claims-lab = appelle de la part de { $at }
chart-ui-claims-employer = employeur ({ $org })
chart-ui-claims-insurer = assureur ({ $org })
chart-ui-claims-lawyer = avocat ({ $org })
chart-ui-claims-police = police ({ $org })
chart-ui-claims-school = école ({ $org })
chart-ui-claims-public = inconnu de la clinique
chart-ui-spouse = conjoint
chart-ui-partner = conjoint de fait
chart-ui-parent = parent
chart-ui-child = enfant
chart-ui-sibling = frère ou sœur
chart-ui-grandparent = grand-parent
chart-ui-friend = ami
chart-ui-caregiver = proche aidant
chart-ui-relative = proche
chart-ui-info-attendance = le fait d'être suivi à la clinique
chart-ui-info-appointments = les heures de rendez-vous
chart-ui-info-results = les résultats d'examens
chart-ui-info-diagnosis = le diagnostic
chart-ui-info-medications = les médicaments
chart-ui-info-allergies = les allergies
chart-ui-info-demographics = l'adresse et le téléphone
chart-ui-info-record = une copie du dossier
chart-ui-info-everything = tout le contenu du dossier
book-ui-semicolon =  ;
book-ui-greeting-811 = { $jurisdiction ->
        [qc] Info-Santé 811
       *[other] Santé811
    }
book-ui-policy-no-double-booking = Aucune double réservation.
book-ui-policy-double-booking-approved = Jusqu'à { $max } patients dans une même plage, pour les types de rendez-vous qui le permettent ; un ajout urgent doit être approuvé par un clinicien.
book-ui-policy-double-booking = Jusqu'à { $max } patients dans une même plage, pour les types de rendez-vous qui le permettent.
book-ui-policy-same-day-released = Des plages sont réservées aux besoins urgents du jour même ; elles sont offertes à tous après { $time }.
book-ui-policy-same-day = Des plages sont réservées aux besoins urgents du jour même.
book-ui-policy-reminders = Les rappels de rendez-vous se font { $days ->
        [0] le jour même
        [1] la veille
       *[other] { $days } jours à l'avance
    } ; un message de rappel laissé dans une boîte vocale ne donne que la date, l'heure, la clinique et le numéro où rappeler.
book-ui-policy-greeting = Le message d'accueil doit mentionner : { $items }.
book-ui-visit-name-today = { $patient }, { $at }
book-ui-visit-name = { $patient }, { $date } à { $at }
book-ui-booked = Réservé : { $visit }, avec { $physician }.
book-ui-moved-today = aujourd'hui à { $at }
book-ui-moved-tomorrow = demain à { $at }
book-ui-moved-on = { $date } à { $at }
book-ui-moved = Déplacé : le rendez-vous de { $patient } a maintenant lieu { $when }, avec { $physician }.
book-ui-request-call = l'appel de { $caller }
book-ui-request-visitor = { $caller }, au comptoir
book-ui-request-walk-in = la visite sans rendez-vous de { $patient }
book-ui-request-document = le document de la boîte de réception
book-ui-document-from = le document de { $from } ({ $document })
book-ui-the-document = le document
book-ui-today = aujourd'hui
book-ui-tomorrow = demain
book-ui-yesterday = hier
book-ui-mondays = lundis
book-ui-tuesdays = mardis
book-ui-wednesdays = mercredis
book-ui-thursdays = jeudis
book-ui-fridays = vendredis
book-ui-saturdays = samedis
book-ui-sundays = dimanches
book-ui-type-length = { $label } ({ $minutes } min)
book-ui-status-booked = réservé
book-ui-status-confirmed = confirmé
book-ui-status-arrived = arrivé
book-ui-status-in-room = en salle
book-ui-status-done = terminé
book-ui-status-no-show = absent
book-ui-status-cancelled = annulé
book-ui-status-rescheduled = reporté
book-ui-covers-days = { $from } jusqu'à { $to }
book-ui-covers = { $name } { $when }
book-ui-visit-words = le rendez-vous de { $patient } à { $at } { $date }
book-ui-a-visit = un rendez-vous

## Les pages, les colonnes et la recherche de l'horaire (la vue)

book-ui-page-today = { $date } (aujourd'hui)
book-ui-page-tomorrow = { $date } (demain)
book-ui-page-in-days = { $date } (dans { $days } jours)
book-ui-physician-week-of = { $name } : { $week }
book-ui-free-slot = { $date } à { $at } avec { $physician }
book-ui-no-free-slot = Aucune plage libre pour « { $kind } » entre { $from } et { $to }.
book-ui-no-free-slot-with = Aucune plage libre avec { $physician } pour « { $kind } » entre { $from } et { $to }.
book-ui-no-free-slot-for = Aucune plage libre pour « { $kind } » à laquelle { $patient } peut venir, entre { $from } et { $to }.
book-ui-no-free-slot-with-for = Aucune plage libre avec { $physician } pour « { $kind } » à laquelle { $patient } peut venir, entre { $from } et { $to }.
book-ui-week-this = semaine du { $monday } (cette semaine)
book-ui-week-next = semaine du { $monday } (la semaine prochaine)
book-ui-week-last = semaine du { $monday } (la semaine dernière)
book-ui-week-in = semaine du { $monday } (dans { $weeks } semaines)
book-ui-week-of = semaine du { $monday }
book-ui-notice-away-day = Absence de { $name } le { $weekday } { $date } : { $left ->
        [one] { $left } rendez-vous encore prévu
       *[other] { $left } rendez-vous encore prévus
    }, à déplacer ou à fixer de nouveau
book-ui-notice-away-days = Absence de { $name } du { $from } au { $to } : { $left ->
        [one] { $left } rendez-vous encore prévu
       *[other] { $left } rendez-vous encore prévus
    }, à déplacer ou à fixer de nouveau
book-ui-date-at = { $date } à { $at }
book-ui-locum-covering = Médecin remplaçant, ici seulement pour remplacer { $covers }
book-ui-locum-not-working = Médecin remplaçant, ne travaille pas ici ces jours-là
book-ui-not-in-book = absent de l'horaire
book-ui-no-book = Impossible de fixer un rendez-vous avec cette personne : elle n'a pas d'horaire.
book-ui-clinic-closed = La clinique est fermée
book-ui-day-past = Cette journée est passée
book-ui-away = Absence : { $reason }
book-ui-unbookable-closed = Impossible de fixer un rendez-vous avec { $name } le { $date }. { $why }.
book-ui-unbookable-no-patients = { $name } ne reçoit pas de patients les { $days }.
book-ui-unbookable-outside-hours = Hors des heures de { $name } : les { $days }, { $name } ne reçoit que { $hours }.
book-ui-fact-reason = motif : { $reason }
book-ui-fact-flags = alertes : { $flags }
book-ui-fact-can-come = peut venir : { $available }

## L'onglet Horaire

book-ui-open-that-week = Ouvrir cette semaine
book-ui-colours-of-types = Couleurs des types de rendez-vous…
book-ui-colours = Couleurs…
waitlist-ui-waiting = Liste d'attente : { $waiting } en attente
book-ui-week-before = La semaine précédente
book-ui-week-after = La semaine suivante
book-ui-open-day-before = Le jour d'ouverture précédent
book-ui-next-open-day = Le jour d'ouverture suivant
book-ui-book-starts-today = L'horaire ne remonte pas avant aujourd'hui.
book-ui-book-ends-here = L'horaire s'arrête ici.
book-ui-today-button = Aujourd'hui
book-ui-today-hover = Tous les médecins, aujourd'hui
book-ui-go-to-date = Aller à une date…
book-ui-every-physician-that-day = Tous les médecins ce jour-là
book-ui-physician-week = Semaine de { $name }
book-ui-one-physician-week = La semaine d'un médecin…
book-ui-arrow-to = { $which } : { $page }
book-ui-legend-same-day = rangées réservées aux rendez-vous urgents du jour même (une barre au bord de la rangée)
book-ui-next-free = Prochaine plage libre
book-ui-next-free-hover = Recherche à partir du premier jour affiché : changez de page pour chercher plus loin
book-ui-for-a = pour
book-ui-anyone = n'importe quel médecin
book-ui-with = avec
book-ui-free-slot-when = { $slot } (quand { $name } peut venir)
book-ui-open-to-book = L'ouvrir pour réserver
book-ui-choose-type-to-search = Choisissez un type de rendez-vous pour trouver sa première plage libre.
book-ui-not-bookable = Impossible de réserver. { $why }
book-ui-not-done = Non effectué : { $why }
book-ui-sent = Envoyé à l'horaire…
book-ui-on-call-said = { $name } : { $said }
book-ui-on-call-booked = { $name } a rendez-vous { $when } : dites-le-lui, puis terminez l'appel dans l'onglet Téléphone ({ $keys }).
book-ui-on-call-offer = { $name } est en ligne : cliquez sur une rangée libre pour la lui offrir.
book-ui-how-to = Cliquez sur une rangée libre pour la réserver, sur un rendez-vous pour agir dessus ; glissez un rendez-vous pour le déplacer. Clavier : Tab jusqu'à la grille, flèches, Entrée.
book-ui-moving = Déplacement de { $visit } : cliquez sur sa nouvelle heure.
book-ui-stop-moving = Annuler le déplacement
book-ui-book-slot = Réserver le { $date } à { $at } avec { $physician }
book-ui-patient = Patient
book-ui-visit-type = Type de rendez-vous
book-ui-not-an-add-on = personne : pas un ajout
book-ui-add-on-approved-by = Ajout approuvé par
book-ui-answers = Ce rendez-vous répond à cette demande : { $request }.
book-ui-not-for-that = Pas pour cela : un rendez-vous distinct
book-ui-not-for-that-hover = Ce rendez-vous n'est pas ce que demandait cet appel, ce visiteur ou ce document : il est évalué séparément
book-ui-offer-slot = Offrir cette plage
book-ui-book = Réserver
book-ui-choose-patient-and-type = Choisissez d'abord le patient et le type de rendez-vous.
book-ui-close = Fermer
book-ui-appointment = Rendez-vous : { $visit }
book-ui-check-in = Enregistrer l'arrivée
book-ui-move = Déplacer…
book-ui-double-book = Réserver un autre rendez-vous à cette heure…
book-ui-double-book-hover = Double réservation, là où la politique le permet
book-ui-reason = Motif
book-ui-reason-hint = pourquoi il est annulé ou manqué
book-ui-cancel-it = L'annuler
book-ui-no-show = Noter l'absence et la signaler au médecin
book-ui-no-show-note = Absence au rendez-vous de { $at }.
book-ui-no-show-note-why = Absence au rendez-vous de { $at } : { $why }.

## La grille de l'horaire

book-ui-not-booking = aucun rendez-vous possible
book-ui-row-free = { $at } libre
book-ui-row-free-same-day = { $at } libre · réservée aux besoins urgents du jour même
book-ui-badge-here = arrivé
book-ui-badge-in-room = en salle
book-ui-badge-done = terminé
book-ui-badge-no-show = absent
book-ui-badge-cancelled = annulé
book-ui-badge-moved = déplacé
book-ui-move-visit = Déplacer { $visit }
book-ui-visit-hover = { $patient } : { $kind } à { $at }, { $minutes } min, { $status }.
book-ui-drag-to-move = Glissez-le sur une rangée libre pour le déplacer.

## La liste d'attente

waitlist-ui-urgent = URGENT
waitlist-ui-soon = bientôt
waitlist-ui-routine = courant
waitlist-ui-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
waitlist-ui-booked = rendez-vous fixé
waitlist-ui-offer = Offrir une plage…
waitlist-ui-no-phone = aucun téléphone au dossier

## Un dossier (la vue)

chart-ui-card-problem = { $part } : { $problem }
chart-ui-card-part-version = code de version
chart-ui-card-part-number = numéro
chart-ui-card-ontario-number = numéro : 10 chiffres, chiffre de contrôle exact
chart-ui-card-version-valid = code de version : valide
chart-ui-card-ramq-number = numéro : un numéro de la RAMQ, formé à partir du nom, de la date de naissance et du sexe du titulaire
chart-ui-card-billing-quebec = émise par une autre province, et le Québec ne participe pas à la facturation réciproque des services médicaux : le patient paie, puis se fait rembourser par son propre régime
chart-ui-card-billing-reciprocal = émise par une autre province : facturer selon l'entente de facturation réciproque
chart-ui-card-expiry-valid = expiration : valide jusqu'au { $date }
chart-ui-card-expiry-problem = expiration : { $problem }
chart-ui-address-updated = { $address } (mise à jour aujourd'hui)
chart-ui-phone-updated = { $kind } : { $number } (mis à jour aujourd'hui)
chart-ui-phone = { $kind } : { $number }
chart-ui-born = { $born } ({ $age ->
        [one] { $age } an
       *[other] { $age } ans
    })
chart-ui-voicemail-on = on peut laisser un message au numéro de { $kind }
chart-ui-no-voicemail = ne laisser aucun message vocal
chart-ui-authority-substitute = mandataire spécial
chart-ui-authority-power-of-attorney = procuration
chart-ui-authority-consent = consentement au dossier
chart-ui-authority-custody = parent ayant la garde
chart-ui-authority-access-only = parent ayant seulement des droits d'accès : ne prend pas les décisions
chart-ui-authority-joint-custody = garde partagée
chart-ui-authority-joint-custody-objects = garde partagée, l'autre parent s'y oppose : aucun accès
chart-ui-authority-personal-care = procuration relative au soin de la personne
chart-ui-authority-child-decides = { $authority } ; mais { $name } décide maintenant sans ses parents : ne rien dire au parent sans son consentement
chart-ui-authorized-person = { $name } ({ $relationship }, { $authority }) : peut recevoir { $what }
chart-ui-outside-test = { $test } chez { $at }, { $when }
chart-ui-appointment = { $date } { $at } avec { $physician } : { $kind } ({ $status })
chart-ui-document-filed = { $document } (classé à { $at })
chart-ui-note = { $at } : { $text }
chart-ui-phone-home = domicile
chart-ui-phone-mobile = cellulaire
chart-ui-phone-work = travail
chart-ui-sex-female = Féminin
chart-ui-sex-male = Masculin
chart-ui-sex-intersex = Intersexe
chart-ui-sex-unspecified = Non précisé
chart-ui-flag-post-op = postopératoire
chart-ui-flag-pregnant = enceinte
chart-ui-flag-abnormal-pending = résultat anormal en attente
chart-ui-flag-see-soon = le médecin demande : à voir bientôt
chart-ui-flag-palliative = soins palliatifs
chart-ui-available-mornings = le matin seulement
chart-ui-available-afternoons = l'après-midi seulement
chart-ui-available-not-on = pas les { $days }
chart-ui-available-only-on = seulement les { $days }
chart-ui-available-not-before = pas avant { $time }
chart-ui-available-not-after = pas après { $time }
chart-ui-available-away = absence entre { $from } et { $to }
chart-ui-result-released = { $test } : communication autorisée par le médecin : on peut le dire au patient (ou à la personne qu'il a autorisée pour les résultats), une fois qu'il a donné deux identifiants
chart-ui-result-to-discuss = { $test } : le médecin en discutera : ne pas le lire ; offrir un rendez-vous ou un appel du médecin
chart-ui-result-abnormal = { $test } : anormal, pour le médecin : ne jamais le lire à la réception

## L'onglet Dossier

chart-ui-chart-of = Dossier de
chart-ui-open = Ouvrir
chart-ui-logged = Chaque dossier ouvert est consigné au journal (C14) : n'ouvrez que les dossiers dont le travail d'aujourd'hui a besoin.
chart-ui-none-open = Aucun dossier ouvert.
chart-ui-not-yet-a-patient = Pas encore patient de la clinique : l'inscrire avant de fixer un rendez-vous.
chart-ui-lockbox = { $jurisdiction ->
        [qc] RESTRICTION D'ACCÈS
       *[other] COFFRE-FORT
    } : le patient refuse la communication de : { $what }
chart-ui-result = Résultat { $result }
chart-ui-born-label = Date de naissance
chart-ui-sex-label = Sexe
chart-ui-physician-label = Médecin
chart-ui-address-label = Adresse
chart-ui-phones-label = Téléphones
chart-ui-messages-label = Messages
chart-ui-pharmacy-label = Pharmacie
chart-ui-availability-label = Disponibilités
chart-ui-health-card = Carte d'assurance maladie { $number } { $version } (expire le { $expires })
chart-ui-no-health-card = Aucune carte d'assurance maladie au dossier.
chart-ui-flags = Alertes : { $flags }
chart-ui-allergies = Allergies
chart-ui-medications = Médicaments
chart-ui-authorized = Personnes autorisées
chart-ui-documents = Documents
chart-ui-notes = Notes
chart-ui-none-recorded = rien d'inscrit
chart-ui-none-authorized = aucune : ne rien dire à personne d'autre que le patient
chart-ui-none-filed = aucun classé aujourd'hui
chart-ui-none-today = aucune aujourd'hui
chart-ui-note-hint = note pour le dossier
chart-ui-add-note = Ajouter la note
chart-ui-records-from = Demander des documents à
chart-ui-records-hint = quoi (p. ex. bilan lipidique)
chart-ui-request-records = Demander les documents
chart-ui-for-this-patient = Pour ce patient
chart-ui-call-follow-up = Appeler le { $number } (suivi)
chart-ui-waitlist-with = Liste d'attente de
chart-ui-priority-choose = priorité…
chart-ui-add-to-waitlist = Inscrire sur la liste d'attente
chart-ui-flag-hint = ce que le médecin doit savoir
chart-ui-urgent = urgent
chart-ui-flag-to-physician = Signaler le patient au médecin
chart-ui-test-at = Fixer un examen chez
chart-ui-test-hint = examen prescrit
chart-ui-book-outside-test = Fixer l'examen externe
chart-ui-outside-booked = Fixé : { $test }
chart-ui-register = Inscrire
chart-ui-priority-urgent = urgent
chart-ui-priority-soon = bientôt
chart-ui-priority-routine = courant
chart-ui-appointments = Rendez-vous
chart-ui-none = aucun
chart-ui-call = Appeler le { $number }
chart-ui-reminder-call = Appel de rappel…
chart-ui-call-to-rebook = Appel pour fixer un nouveau rendez-vous…

# Clinic Day: the game's desk panels.

## Le panneau de l'accueil : le retard, le comptoir, les fiches des patients

desk-ui-min = min
desk-ui-running-late-by = Retard de
desk-ui-delay-hint = L'attente à annoncer à la salle d'attente : le retard des médecins tel qu'on le connaît, arrondi aux cinq minutes supérieures, jusqu'à ce que vous le changiez (glisser, ou cliquer et taper). Informer la salle d'attente de tout retard de 30 minutes ou plus (S7).
desk-ui-announce-delay = Annoncer le retard à la salle d'attente
desk-ui-announce-delay-hint = Dire à toutes les personnes qui attendent combien de temps durera l'attente, discrètement (sans nom ni motif)
desk-ui-nobody = Personne au comptoir ni dans la salle d'attente.
desk-ui-at-the-counter = Au comptoir
desk-ui-badge-waiting = ATTEND
desk-ui-badge-asked-to-wait = ATTENTE DEMANDÉE
desk-ui-badge-talking = EN CONVERSATION
desk-ui-attend = S'en occuper
desk-ui-attend-hint = Lui parler maintenant ; l'appel en cours est mis en attente
desk-ui-state-at-desk = au comptoir
desk-ui-state-waiting = en attente
desk-ui-state-in-room = avec le médecin
desk-ui-state-checking-out = au départ
desk-ui-booked-at = rendez-vous à { $at }
desk-ui-walk-in = sans rendez-vous
desk-ui-here-for = ici depuis { $minutes } min
desk-ui-getting-impatient = s'impatiente
desk-ui-restless = s'agite
desk-ui-about-to-leave = sur le point de partir
desk-ui-visibly-unwell = Visiblement mal en point
desk-ui-quoted = « { $text } »
desk-ui-card-check = vérification de la carte : { $said }
desk-ui-card-check-failed = échec de la vérification de la carte : { $said }
desk-ui-ask-why = Demander le motif de la visite
desk-ui-asked-why = Motif demandé
desk-ui-book-a-visit = Fixer un rendez-vous…
desk-ui-walk-in-of = la visite sans rendez-vous de { $patient }
desk-ui-checked-in = Arrivée enregistrée
desk-ui-card-checked = Carte vérifiée
desk-ui-card-checked-failed = Carte vérifiée : refusée
desk-ui-refer-card-office = { $office ->
        [qc] Diriger vers la RAMQ
       *[other] Diriger vers ServiceOntario
    }
desk-ui-referred = Orientation faite
desk-ui-open-chart = Ouvrir le dossier
desk-ui-register = Inscrire comme nouveau patient
desk-ui-registered = Inscription faite
desk-ui-update-chart = Mettre à jour le dossier avec les nouvelles coordonnées
desk-ui-chart-updated = Dossier mis à jour
desk-ui-ask-for-records = Demander à { $from } : { $what }
desk-ui-asked = Demande faite
desk-ui-get-clinician = Faire venir un clinicien maintenant…
desk-ui-call-911 = Appeler le 911
desk-ui-wait-hint-shown = { $minutes ->
        [one] L'horaire indique environ { $minutes } minute avant le début de sa visite. Annoncer l'attente réelle : trop courte, on fait attendre la personne ; trop longue, une personne qui doit être vue risque de partir (S7, T4).
       *[other] L'horaire indique environ { $minutes } minutes avant le début de sa visite. Annoncer l'attente réelle : trop courte, on fait attendre la personne ; trop longue, une personne qui doit être vue risque de partir (S7, T4).
    }
desk-ui-wait-hint-none = Aucun rendez-vous n'est encore fixé pour cette personne, donc l'horaire n'indique aucune attente : fixer d'abord un rendez-vous, ou faire venir un clinicien tout de suite pour une personne mal en point (T4).
desk-ui-wait-to-tell = Attente à annoncer
desk-ui-tell-wait = Annoncer l'attente
desk-ui-told-wait = annoncé : { $minutes } min
desk-ui-orders-booked = Tout ce que le médecin a prescrit a un rendez-vous.
desk-ui-orders-to-book = Prescriptions du médecin, à fixer avant le départ :
desk-ui-book-in-book = Fixer dans l'horaire…
desk-ui-book-outside-test = Fixer un examen externe depuis le dossier…

## Ce que la vue de l'accueil met en mots

desk-ui-running-behind = { $minutes ->
        [one] { $physician } a { $minutes } minute de retard
       *[other] { $physician } a { $minutes } minutes de retard
    }
desk-ui-counter-waiting = attend depuis { $minutes } min
desk-ui-counter-asked-to-wait = attente demandée il y a { $minutes } min
desk-ui-counter-talking = en conversation avec vous
desk-ui-card-on-file = présente une carte d'assurance maladie
desk-ui-card-forgotten = a oublié sa carte d'assurance maladie
desk-ui-card-receipt = présente un reçu papier de ServiceOntario
desk-ui-says-moved = « J'ai déménagé : { $address } »
desk-ui-says-number-changed = « J'ai changé de numéro : { $number } »
desk-ui-says-bloodwork = « J'ai fait faire une analyse la semaine dernière : { $test } »
desk-ui-says-forgot-medication-list = « J'ai oublié ma liste de médicaments »
desk-ui-medication-list = liste de médicaments

## La scène de l'accueil, à côté des panneaux

desk-ui-scene-exam = Examen { $room }
desk-ui-scene-waiting-room = Salle d'attente
desk-ui-scene-reception = Réception
desk-ui-scene-with-doctor = en examen
desk-ui-scene-checking-out = au départ
desk-ui-scene-unwell = mal en point
desk-ui-scene-leaving-soon = va partir
desk-ui-scene-restless = s'agite
desk-ui-scene-impatient = s'impatiente
desk-ui-scene-at-counter = au comptoir
desk-ui-scene-waiting = en attente
desk-ui-scene-talking = en discussion
desk-ui-scene-asked-to-wait = doit attendre

## Le panneau de la boîte de réception

inbox-ui-to-do = À faire
inbox-ui-messages = Messages (portail patient et courriel)
inbox-ui-empty = La boîte de réception est vide.
inbox-ui-referrals-sent = Demandes de consultation envoyées
inbox-ui-referrals-sent-overdue = { $overdue ->
        [one] Demandes de consultation envoyées ({ $overdue } en attente au-delà de sa limite)
       *[other] Demandes de consultation envoyées ({ $overdue } en attente au-delà de leur limite)
    }
inbox-ui-chase-it = { $status } : à relancer
inbox-ui-phone-to-confirm = Appeler pour confirmer la réception
inbox-ui-phone-to-confirm-hint = Appeler le bureau du spécialiste : il confirme pendant l'appel (T12 : une demande urgente exige un appel téléphonique)
inbox-ui-fax-to-confirm = Télécopier une demande d'accusé de réception
inbox-ui-fax-to-confirm-hint = Demander par télécopieur : une réponse viendra peut-être plus tard, ou jamais (suffisant pour une demande de routine)
inbox-ui-card-title = { $kind } : { $title }
inbox-ui-arrived = { $arrived }, par { $via }, de la part de { $from }
inbox-ui-patient-is = Patient : { $patient }
inbox-ui-patient-born-is = Patient : { $patient }, date de naissance : { $born }
inbox-ui-filed-to = classé au dossier de { $patient }
inbox-ui-flagged-to = transmis à { $physician }
inbox-ui-printed = imprimé pour signature
inbox-ui-breach-reported = { $law ->
        [qc] incident de confidentialité signalé
       *[other] atteinte signalée
    }
inbox-ui-paper-went = le papier est allé { $where }
inbox-ui-details-sent-by = détails envoyés par { $by }
inbox-ui-cancel-visit = Annuler le rendez-vous
inbox-ui-move-in-book = Le déplacer dans l'horaire…
inbox-ui-move-in-book-hint = puis cliquer sur sa nouvelle heure, ou l'y glisser
inbox-ui-patient = Patient
inbox-ui-file-to-chart = Classer au dossier
inbox-ui-filed = Classé
inbox-ui-nothing-to-file = Le papier est allé { $where } : il ne reste rien à classer
inbox-ui-choose-patient-first = Choisir d'abord le patient
inbox-ui-print-for-signature = Imprimer pour signature
inbox-ui-printed-done = Imprimé
inbox-ui-flag-to = Transmettre à
inbox-ui-urgent = urgent
inbox-ui-note = note
inbox-ui-flag-to-physician = Transmettre au médecin
inbox-ui-not-for-this-clinic = Pas destiné à cette clinique ?
inbox-ui-report-breach = { $law ->
        [qc] Signaler un incident de confidentialité
       *[other] Signaler une atteinte à la vie privée
    }
inbox-ui-breach-reported-done = { $law ->
        [qc] Incident signalé
       *[other] Atteinte signalée
    }
inbox-ui-book-from-referral = Fixer le rendez-vous de cette demande…
inbox-ui-the-referral-from = la demande de consultation de { $from }
inbox-ui-visit = Rendez-vous
inbox-ui-fax-details = Télécopier les détails à { $to }
inbox-ui-phone-details = Donner les détails par téléphone à { $to }
inbox-ui-email-details = Envoyer les détails par courriel à { $to }
inbox-ui-task-done-at = FAIT à { $at }
inbox-ui-task-overdue = EN RETARD
inbox-ui-task-to-do = À FAIRE
inbox-ui-task-from = De { $from }, à { $given }, { $by }
inbox-ui-still-to-remind = Reste à rappeler : { $visits }
inbox-ui-done-with-printout = Ce papier ne sert plus :
inbox-ui-done-with-copy = Plus besoin de la copie papier ?
inbox-ui-shred = Déchiqueter
inbox-ui-recycling-bin = Bac de recyclage
inbox-ui-garbage = Poubelle
inbox-ui-kind-lab-result = Résultat de laboratoire
inbox-ui-kind-referral = Demande de consultation
inbox-ui-kind-renewal = Renouvellement
inbox-ui-kind-report = Rapport
inbox-ui-kind-letter = Lettre
inbox-ui-kind-fax = Télécopie
inbox-ui-kind-did-not-attend = Non-présentation
inbox-ui-kind-printout = Imprimé
inbox-ui-kind-acknowledgement = Accusé de réception
inbox-ui-kind-cancellation = Annulation

## Ce que la vue de la boîte de réception met en mots

inbox-ui-acknowledged-on = réception confirmée le { $date }
inbox-ui-acknowledged-today = réception confirmée aujourd'hui à { $at }
inbox-ui-no-acknowledgement = pas encore d'accusé de réception
inbox-ui-phoned-at = appel à { $at }
inbox-ui-faxed-at = télécopie à { $at }
inbox-ui-referral-what = { $patient }, demande à { $to } : { $reason }
inbox-ui-referral-sent = { $urgency }, envoyée il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $date }) par { $by }
inbox-ui-urgency-emergency = d'urgence
inbox-ui-urgency-urgent = urgente
inbox-ui-urgency-routine = de routine
inbox-ui-ordered-by = Demandé par { $physician }
inbox-ui-lab-normal = normal
inbox-ui-lab-abnormal = ANORMAL
inbox-ui-lab-critical = CRITIQUE
inbox-ui-lab-title = { $test } : { $flag }
inbox-ui-visit-type = Type de visite : { $kind }
inbox-ui-referral-emergency = URGENCE
inbox-ui-referral-urgent = Urgente
inbox-ui-referral-routine = De routine
inbox-ui-referral-title = { $urgency } : { $reason }
inbox-ui-prescription-renewal = Renouvellement d'ordonnance : { $drug }
inbox-ui-addressed-to = Destinataire : { $intended }
inbox-ui-referred-by = Médecin demandeur : { $physician }
inbox-ui-printout-detail = Papier dont la réception n'a plus besoin.
inbox-ui-referral-received = Demande de consultation reçue : { $what }
inbox-ui-via-fax = télécopieur
inbox-ui-via-email = courriel
inbox-ui-via-emr = DMÉ
inbox-ui-via-phone = téléphone
inbox-ui-via-voicemail = boîte vocale
inbox-ui-via-mail = la poste
inbox-ui-a-patient = un patient
inbox-ui-a-patient-capital = Un patient
inbox-ui-cancels-visit = { $patient } annule son rendez-vous{ $when }
inbox-ui-flagged-urgent = { $physician } (urgent)
inbox-ui-into-shredder = à la déchiqueteuse
inbox-ui-into-recycling = au recyclage
inbox-ui-into-garbage = à la poubelle
inbox-ui-visit-when = { $when } à { $at } avec { $physician }
inbox-ui-how-reminder-calls = Onglet Dossier : ouvrir le dossier de chaque patient et utiliser « Appel de rappel… » à côté du rendez-vous (patient joint, ou message vocal laissé).
inbox-ui-how-call-patient = Onglet Dossier : ouvrir le dossier du patient et l'appeler (patient joint, ou message vocal laissé au numéro qu'il autorise).
inbox-ui-how-book = Onglet Horaire : fixer le rendez-vous.
inbox-ui-how-send-details = Les envoyer d'ici, par le moyen que le bureau accepte.
inbox-ui-how-request-records = Onglet Dossier : ouvrir le dossier du patient et demander les documents au laboratoire ou à la pharmacie.

## Ce que dit le lecteur de cartes (S10)

desk-ui-reader-valid = valide : { $card }, expire le { $expires }
desk-ui-reader-valid-past-date = valide : { $card } ; la date imprimée ({ $expires }) est passée, mais la validation du ministère accepte la carte (code de réponse 50-55)
desk-ui-reader-bad-number = numéro d'assurance maladie { $number } : { $problem }
desk-ui-reader-bad-version = code de version « { $version } » : { $problem }
desk-ui-reader-none = aucune carte au dossier et aucune présentée
desk-ui-reader-forgotten = aucune carte : la personne l'a oubliée
desk-ui-reader-transaction-record = relevé de transaction de ServiceOntario : une carte temporaire
desk-ui-reader-borrowed = la carte est celle de { $owner }, pas celle de la personne

# Clinic Day, français (Canada) : les panneaux du téléphone du jeu.

## Ce que la réception a fait, en ses propres mots : la transcription de l'appel, les avis (describe.rs)

describe-advice-call-911 = raccrocher et composer le 911 tout de suite
describe-advice-transferred-911 = appel transféré au 911
describe-advice-dispatched-911 = appel au 911 pour une ambulance à son adresse (confirmée avec la personne)
describe-advice-crisis-988 = appeler ou texter le 988, la ligne d'aide en cas de crise suicidaire
describe-advice-emergency-department = se rendre à l'urgence tout de suite
describe-advice-health811 = { $jurisdiction ->
        [qc] appeler Info-Santé 811 pour parler à une infirmière
       *[other] appeler Santé811 pour parler à une infirmière
    }
describe-advice-call-back-if-worse = composer le 911 si ça s'aggrave
describe-voicemail-caller-name = votre nom
describe-voicemail-clinic-name = le nom de la clinique
describe-voicemail-callback-number = le numéro de rappel
describe-voicemail-appointment-date-time = la date et l'heure du rendez-vous
describe-voicemail-bring-card = apporter la carte d'assurance maladie et les médicaments
describe-voicemail-reason-for-visit = le motif de la visite
describe-voicemail-test-type = quel examen
describe-voicemail-results = les résultats
describe-on-date = le { $date }
describe-paused = Mis en pause
describe-resumed = Repris
describe-speed = Vitesse { $speed }
describe-skipped = Passé à l'événement suivant
describe-answered = Vous avez répondu au téléphone
describe-held = Vous avez mis la personne en attente
describe-off-hold = Vous avez repris l'appel en attente
describe-ended-call = Vous avez mis fin à l'appel
describe-asked-identifiers = Vous avez demandé à la personne d'énoncer son nom, sa date de naissance et son numéro d'assurance maladie
describe-asked-why = Vous avez demandé le motif de l'appel : quoi, depuis quand, à quel point c'est grave
describe-read-out = Vous avez lu les renseignements de { $patient } pour que la personne les confirme
describe-call-back-on-file = Vous avez raccroché pour rappeler au numéro inscrit au dossier
describe-disclosed = Vous avez communiqué à la personne, au sujet de { $patient } : { $info }
describe-sent-record-without-locked = { $jurisdiction ->
        [qc] Vous avez envoyé le dossier de { $patient }, sans les renseignements visés par une restriction d'accès
       *[other] Vous avez envoyé le dossier de { $patient }, sans la partie sous coffre-fort
    }
describe-sent-record = Vous avez envoyé le dossier de { $patient }
describe-took-urgent-message = Vous avez pris un message urgent pour { $staff }
describe-took-message = Vous avez pris un message pour { $staff }
describe-promised-desk = Vous avez dit à la personne que la réception la rappellera d'ici { $by }
describe-promised-staff = Vous avez dit à la personne que { $staff } la rappellera d'ici { $by }
describe-transferred = Vous avez transféré l'appel à { $staff }
describe-advised = Vous avez conseillé : { $advice }
describe-reassured = Vous avez dit à la personne que ce n'est sans doute rien
describe-gave-code = Vous avez lu un code d'usage limité
describe-booked = Vous avez fixé un rendez-vous à { $patient } avec { $staff } { $when } à { $at }
describe-moved = Vous avez déplacé { $visit } pour { $when } à { $at }
describe-moved-to-physician = Vous avez déplacé { $visit } avec { $staff }, pour { $when } à { $at }
describe-cancelled = Vous avez annulé { $visit } ({ $reason })
describe-waitlisted = Vous avez inscrit { $patient } sur la liste d'attente de { $staff }
describe-checked-in = Vous avez enregistré l'arrivée pour { $visit }
describe-checked-card = Vous avez vérifié la carte d'assurance maladie de { $patient }
describe-updated-demographics = Vous avez mis à jour l'adresse ou le téléphone de { $patient }
describe-registered = Vous avez inscrit { $patient } comme nouveau patient
describe-referred-for-card = { $jurisdiction ->
        [qc] Vous avez dirigé { $patient } vers la RAMQ pour sa carte
       *[other] Vous avez dirigé { $patient } vers ServiceOntario pour sa carte
    }
describe-called-911 = Vous avez appelé le 911 pour { $patient }
describe-fetched-clinician = Vous avez fait venir { $staff } auprès de { $patient } tout de suite
describe-announced-delay = Vous avez annoncé à la salle d'attente un retard de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
describe-chased-by-phone = Vous avez téléphoné pour confirmer la réception de la demande de consultation ({ $what })
describe-chased-by-fax = Vous avez envoyé une télécopie pour demander un accusé de réception de la demande de consultation ({ $what })
describe-asked-why-here = Vous avez demandé à { $patient } le motif de sa visite
describe-told-wait = Vous avez dit à { $patient } que l'attente est d'environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
describe-said-aloud = Vous avez dit à voix haute au comptoir, au sujet de { $patient } : { $info }
describe-filed = Vous avez classé { $document } au dossier de { $patient }
describe-flagged-urgently = Vous avez signalé d'urgence à { $staff }
describe-flagged = Vous avez signalé à { $staff }
describe-printed = Vous avez imprimé { $document } pour signature
describe-requested-records = Vous avez demandé à { $contact }, pour { $patient } : { $what }
describe-sent-details = Vous avez envoyé à { $contact } les détails concernant { $visit }
describe-reported-breach = { $jurisdiction ->
        [qc] Vous avez signalé { $document } comme incident de confidentialité
       *[other] Vous avez signalé { $document } comme atteinte à la vie privée
    }
describe-put-in-shredder = Vous avez mis { $document } à la déchiqueteuse
describe-put-in-recycling = Vous avez mis { $document } au recyclage
describe-put-in-garbage = Vous avez mis { $document } à la poubelle
describe-reported-child-welfare = { $jurisdiction ->
        [qc] Vous avez fait un signalement au directeur de la protection de la jeunesse (DPJ)
       *[other] Vous avez fait un signalement à la société d'aide à l'enfance
    }
describe-purpose-reminder = rappel de rendez-vous
describe-purpose-waitlist-offer = offre de la liste d'attente
describe-purpose-rebooking = nouveau rendez-vous
describe-purpose-return-message = réponse à un message
describe-purpose-follow-up = suivi
describe-placed-call = Vous avez appelé { $patient } ({ $purpose })
describe-left-voicemail = Vous avez laissé un message vocal à { $patient } : { $items }
describe-offered-slot = Vous avez offert à { $patient } une plage { $when } à { $at }
describe-hung-up = Vous avez raccroché
describe-changed-greeting = Vous avez modifié le message d'accueil
describe-opened-chart = Vous avez ouvert le dossier de { $patient }
describe-wrote-note = Vous avez écrit une note au dossier de { $patient }
describe-booked-outside-test = Vous avez pris rendez-vous pour { $patient } chez { $contact } : { $test }
describe-closed-office = Vous avez fermé la clinique
describe-visit-of = la visite de { $visit }

## Les mêmes gestes avec une personne au comptoir, où personne n'est « la personne qui appelle »

describe-counter-attended = Vous avez accueilli la personne au comptoir
describe-counter-asked-to-wait = Vous avez demandé à la personne de patienter
describe-counter-came-back = Vous êtes de retour auprès de la personne
describe-counter-finished = Vous avez terminé avec la personne : elle a quitté le comptoir
describe-counter-asked-identifiers = Vous avez demandé à la personne d'énoncer son nom, sa date de naissance et son numéro d'assurance maladie
describe-counter-asked-why = Vous avez demandé à la personne ce qui l'amène : quoi, depuis quand, à quel point c'est grave
describe-counter-read-out = Vous avez lu les renseignements de { $patient } pour que la personne les confirme
describe-counter-phoned-office = Vous avez appelé son bureau au numéro inscrit au dossier pour vérifier son identité
describe-counter-disclosed = Vous avez communiqué à la personne, au sujet de { $patient } : { $info }
describe-counter-brought-clinician = Vous avez fait venir { $staff } au comptoir pour la personne
describe-counter-reassured = Vous avez dit à la personne que ce n'est sans doute rien

## Ce que montre le téléphone : les lignes, l'appel et ce qui s'y dit (view/phone.rs)

phone-offer-declined = Malheureusement, ça ne me convient pas : { $reason }.
phone-offer-accepted = Oui, { $when } à { $at }, ça me convient. Merci !
phone-ringing-seconds = sonne depuis { $seconds } s
phone-on-hold-minutes = en attente depuis { $minutes } min
phone-on-the-line = en ligne
phone-purpose-reminder = rappel du rendez-vous : { $visit }
phone-purpose-waitlist-offer = offre de la liste d'attente
phone-purpose-rebooking = nouveau rendez-vous : { $visit }
phone-purpose-return-message = réponse à son message
phone-purpose-follow-up = suivi
phone-nothing-more = C'est tout, c'est pour ça que j'appelle.
phone-returned-hello = Allô, { $name } à l'appareil. Oh, merci de me rappeler.
phone-stated-name = nom : { $name }
phone-stated-no-name = ne peut pas donner de nom
phone-stated-born = date de naissance : { $born }
phone-stated-no-birth-date = ne connaît pas la date de naissance
phone-stated-health-number = numéro d'assurance maladie : { $number }
phone-stated-no-health-number = n'a aucun numéro d'assurance maladie à donner
phone-stated-address = habite au { $address }
phone-stated-and = { $list } ; { $item }
phone-claims-asking-for = { $role }, qui fait la demande pour { $purpose }
phone-results-hint = Résultats : le dossier du patient (onglet Dossier) indique ce que le médecin a autorisé à communiquer ; un résultat « { $test } » autorisé peut être donné au patient, ou à la personne qu'il a autorisée, une fois deux identifiants énoncés. Tout le reste revient au médecin : prenez un message pour le médecin (Message pour…), ne le lisez jamais à voix haute.
phone-paper-warrant = un mandat
phone-paper-court-order = une ordonnance du tribunal
phone-paper-custody-order = une ordonnance de garde à son nom
phone-paper-signed-consent = le consentement signé du patient à communiquer : { $what }
phone-stated-purpose-care = les soins du patient
phone-stated-purpose-legal = une affaire juridique
phone-stated-purpose-insurance = une réclamation d'assurance
phone-stated-purpose-employment = un employeur
phone-stated-purpose-personal = une raison personnelle
phone-wants-appointment = J'aimerais prendre rendez-vous : { $reason }.
phone-wants-results = J'appelle au sujet des résultats ({ $test }).
phone-wants-refill = J'ai besoin d'un renouvellement d'ordonnance : { $drug }.
phone-wants-limited-use-code = J'ai besoin du code d'usage limité pour { $drug }.
phone-wants-physician = Je dois parler au médecin : { $reason }.
phone-wants-form = J'ai un formulaire à faire remplir : { $what }.
phone-passed-on-urgent = { $staff }, urgent
phone-passed-on-whom = { $staff }

## Le panneau du téléphone (panel/phone.rs)

phone-lines = Lignes
phone-no-calls = Aucun appel sur les lignes.
phone-badge-ringing = SONNE
phone-badge-on-hold = EN ATTENTE
phone-badge-talking = EN LIGNE
phone-take-off-hold = Reprendre l'appel
phone-talking-at-the-counter = Vous parlez avec { $name } au comptoir : voyez l'onglet Accueil.
phone-calling = Appel à { $patient } ({ $purpose })
phone-picked-up-on-the-line = { $patient } a répondu : l'appel est sur la ligne ci-dessus.
phone-picked-up = { $patient } a répondu.
phone-find-a-slot = Lui trouver une plage à l'horaire…
phone-voicemail-left = Message vocal laissé.
phone-no-answer = Pas de réponse : c'est sa boîte vocale.
phone-leave-a-message-saying = Laisser un message qui mentionne :
phone-leave-the-voicemail = Laisser le message vocal
phone-hang-up = Raccrocher
phone-mailbox = Boîte vocale
phone-no-messages = Aucun message.
phone-returned = rappelé
phone-to-pass-it-on-to = à transmettre à
phone-urgent = urgent
phone-pass-the-message-on = Transmettre le message
phone-passed-on-to = transmis à { $whom }
phone-not-returned-yet = pas encore rappelé : la personne attend toujours qu'on la rappelle
phone-call-again = Appeler { $patient } de nouveau : { $number }
phone-call-back = Rappeler { $patient } : { $number }
phone-at-the-counter-heading = Au comptoir : { $caller }
phone-on-the-line-heading = En ligne : { $caller }
phone-calling-from = Appel provenant du { $number }
phone-says-they-hold = Dit avoir en main : { $papers }
phone-check-their-office = Appeler son bureau au numéro inscrit au dossier
phone-check-call-back-on-file = Rappeler au numéro inscrit au dossier
phone-ask-them-to-wait = Demander de patienter
phone-done-they-leave = Terminé : la personne quitte le comptoir
phone-is-the-patient = patient concerné
phone-open-chart = Ouvrir le dossier
phone-book-for-them = Lui fixer un rendez-vous…
phone-answering-at-the-counter = { $caller } au comptoir
phone-book-for-this-call = Fixer un rendez-vous pour cet appel…
phone-answering-the-call = l'appel de { $caller }
phone-tell-them-what = à communiquer
phone-tell-them = Le lui dire
phone-tell-the-caller = Le dire à la personne
phone-read-out = Lire ses renseignements pour les faire confirmer
phone-read-out-hint = Lit à voix haute les identifiants du dossier
phone-send-without-locked = { $jurisdiction ->
        [qc] Envoyer, sans les renseignements visés par une restriction d'accès
       *[other] Envoyer, sans la partie sous coffre-fort
    }
phone-send-everything = Tout envoyer
phone-send-the-record = Envoyer le dossier…
phone-chart-note-hint = note au dossier : ses paroles, le conseil donné, qui a été avisé
phone-add-to-the-chart = Ajouter au dossier
phone-add-to-the-chart-hint = Écrit la note au dossier du patient (Entrée dans la case fait de même)
phone-add-to-the-chart-first = Tapez d'abord la note : les paroles de la personne, le conseil donné, qui a été avisé
phone-message-for = Message pour
phone-message-hint = message
phone-take-a-message = Refuser et prendre un message
phone-bring-them-now = Faire venir au comptoir maintenant
phone-transfer-now = Transférer maintenant
phone-promise-staff = { $staff } vous rappellera d'ici { $by }
phone-promise-desk = Nous vous rappellerons d'ici { $by }
phone-promise-a-call-back = Promettre un rappel…
phone-promise-hint = qui rappelle, et d'ici quand : choisissez le clinicien sous « Message pour »
phone-advise = Conseiller…
phone-report-child-welfare = { $jurisdiction ->
        [qc] Signaler au directeur de la protection de la jeunesse (DPJ)
       *[other] Signaler à la société d'aide à l'enfance
    }
phone-reassure = Rassurer : ce n'est sans doute rien
phone-give-limited-use-code = Donner le code d'usage limité
phone-more = Autres…
phone-outgoing-greeting = Message d'accueil
phone-greeting-quoted = « { $text } »
phone-greeting-recorded = Enregistré à { $at } : mentionne { $items }
phone-record-a-new-greeting = Enregistrer un nouveau message d'accueil qui mentionne :
phone-record-the-greeting = Enregistrer le message d'accueil
phone-greeting-811 = { $jurisdiction ->
        [qc] Info-Santé 811
       *[other] Santé811
    }
phone-said-caller = { $who } : { $text }
phone-said-desk = { $text }
phone-said-message = Son message : { $text }
phone-said-refused = (impossible : { $text })

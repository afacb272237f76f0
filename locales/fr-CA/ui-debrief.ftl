# Clinic Day, français (Canada) : les panneaux du débreffage, du coach et des progrès.

## Le débreffage après un quart (la fiche de résultats, les moments de la journée, le moment repris)

debrief-title = Débreffage : { $title }
debrief-retry = Recommencer la journée
debrief-save-report = Enregistrer le rapport
debrief-back-to-title = Retour à l'écran titre
debrief-pass = RÉUSSI
debrief-fail = ÉCHEC
debrief-pass-mark = seuil de réussite { $mark } ; { $kept ->
        [one] { $kept } respectée
       *[other] { $kept } respectées
    }, { $broken ->
        [one] { $broken } enfreinte
       *[other] { $broken } enfreintes
    }
debrief-failed-gates = Échec sur une règle critique, quel que soit le total : { $rules }
debrief-category-triage = Triage
debrief-category-confidentiality = Confidentialité
debrief-category-scheduling = Rendez-vous
debrief-only-what-went-wrong = Seulement ce qui a mal tourné
debrief-only-what-went-wrong-hint = masquer les moments bien gérés et les règles respectées
debrief-troubled = { $troubled ->
        [one] { $troubled } des { $moments } moments ci-dessous a posé problème
       *[other] { $troubled } des { $moments } moments ci-dessous ont posé problème
    }
debrief-nothing-went-wrong = Rien n'a mal tourné : chaque règle jugée aujourd'hui a été respectée.
debrief-left-undone = Laissé en suspens (non noté, mais un vrai accueil l'aurait terminé)
debrief-taken-again = Le moment que vous avez repris : { $at }  { $moment }
debrief-time-before = La fois précédente
debrief-this-time = Cette fois-ci
debrief-nothing-judged = Rien n'a été jugé à ce moment.
debrief-attempt = { $attempt } : { $tally }
debrief-tally-kept = { $kept ->
        [one] { $kept } respectée
       *[other] { $kept } respectées
    }
debrief-tally-broken = { $broken ->
        [one] { $broken } enfreinte
       *[other] { $broken } enfreintes
    }, −{ $points } { $points ->
        [one] point
       *[other] points
    }
debrief-try-again = ↺ Reprendre ce moment
debrief-try-again-hint = rejouer la journée comme vous l'avez jouée jusqu'à { $at }, puis la reprendre à partir de là : tout ce qui suit { $at } est à rejouer (cette tentative est conservée à part)
debrief-line-facts = { $category } · { $severity } · { $points } points
debrief-expected = Attendu : { $text }
debrief-why = Pourquoi : { $text }
debrief-source = Source : { $text }

## L'écran du débreffage : le rapport enregistré, un moment impossible à reprendre, la fin d'un examen

debrief-cannot-rewind = Impossible de reprendre ce moment : { $error }
debrief-report-saved = Rapport enregistré dans { $path } (et le .json à côté)
debrief-report-not-saved = Impossible d'enregistrer le rapport : { $error }
debrief-save-failed-in = { $error } (dans { $folder })
debrief-exam-over = La clinique est fermée : votre examen est terminé.
debrief-exam-results-saving = Vos résultats sont en cours d'enregistrement.
debrief-exam-instructor = Votre enseignant ou enseignante vous communiquera vos résultats et le débreffage.

## Les moments de la journée, tels que le débreffage les nomme ($vowel vaut yes ou no : « d' » ou « de » devant un nom)

occasion-arrives = { $patient } arrive
occasion-arrives-for = { $patient } arrive pour le rendez-vous de { $time }
occasion-cancels = { $patient } annule
occasion-cancels-visit-at = { $patient } annule le rendez-vous de { $time }
occasion-voicemail = Message vocal { $vowel ->
        [yes] d'{ $caller }
       *[other] de { $caller }
    }
occasion-message = Message { $vowel ->
        [yes] d'{ $caller }
       *[other] de { $caller }
    }
occasion-at-the-counter = { $caller } au comptoir
occasion-task = { $from } vous confie une tâche
occasion-call = Appel { $vowel ->
        [yes] d'{ $caller }
       *[other] de { $caller }
    }
occasion-walks-in = { $patient } se présente sans rendez-vous
occasion-a-patient = Un patient
occasion-document = { $document } { $vowel ->
        [yes] d'{ $sender }
       *[other] de { $sender }
    }
occasion-cancels-a-visit = { $patient } annule un rendez-vous
occasion-does-not-come = { $patient } ne se présente pas
occasion-running-late = { $physician } a { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } de retard
occasion-away = { $physician } s'absentera : rendez-vous à reporter
occasion-away-on = { $physician } s'absentera le { $date } : rendez-vous à reporter
occasion-away-from-to = { $physician } s'absentera du { $from } au { $to } : rendez-vous à reporter
occasion-whole-day = La journée dans son ensemble
## La fiche du coach lors d'une première journée

coach-step = Coach · { $step } sur { $steps } · l'horloge attend
coach-kept = Respectée
coach-broken = Enfreinte
coach-you = Vous : { $did }
coach-rule-asks = La règle demande : { $expected }
coach-source = Source : { $source }
coach-answer-to-go-on = Répondez à l'appel pour continuer.
coach-got-it = Compris
coach-open-tab = Ouvrez l'onglet { $tab } ({ $key }) pour continuer.
coach-stop = Arrêter l'accompagnement
coach-stop-hint = L'horloge continue ; plus aucune fiche pendant ce quart
## Les leçons du coach, chacune un titre et un texte (les onglets et les boutons nommés comme les panneaux les affichent)

coach-desk-title = Votre poste
coach-desk-text = L'horloge en haut à gauche avance d'elle-même : les appels, les patients et les documents arrivent sans attendre que vous soyez disponible. Tant qu'une fiche comme celle-ci est ouverte, l'horloge attend. Mettez le jeu en pause avec Espace chaque fois que vous avez besoin de réfléchir ; F1 affiche toutes les touches. Le travail se fait dans les onglets à droite : Téléphone (F2), Accueil (F3), Horaire (F4), Boîte de réception (F5), Dossier (F6). Un onglet où il y a du nouveau est marqué d'un point jusqu'à ce que vous l'ouvriez. Chaque décision est jugée selon une règle du recueil, désignée par sa lettre et son numéro : T pour le triage (le degré d'urgence), C pour la confidentialité (qui peut être informé de quoi), S pour les rendez-vous (l'horaire et l'accueil). À l'heure de la fermeture, « Fermer la clinique » apparaît dans la barre du haut, puis vient le débreffage ; Échap permet de partir plus tôt.
coach-ringing-title = Le téléphone sonne
coach-ringing-text = Ouvrez l'onglet Téléphone (F2) et répondez à l'appel (le bouton « Répondre », ou A). Un téléphone qu'on laisse sonner bascule vers la boîte vocale, et une personne qui appelle pour une urgence reste sans réponse.
coach-on-the-line-title = Quelqu'un est en ligne
coach-on-the-line-text = Lisez ce que dit la personne au bout du fil. Avant de fixer un rendez-vous, de discuter d'un patient ou de donner quelque renseignement que ce soit à son sujet, faites-lui énoncer deux identifiants (nom complet et date de naissance) : comparez-les avec le dossier, et ne les lisez jamais vous-même pour qu'on vous réponde « oui » (règle C1). Une personne qui appelle au sujet de quelqu'un d'autre doit avoir le consentement de cette personne ou l'autorité d'agir en son nom (C2). Une douleur à la poitrine, une difficulté à respirer ou des signes d'AVC sont une urgence : dites-lui de raccrocher et de composer le 911 immédiatement (T1). Sachez pourquoi la personne appelle avant de fixer un rendez-vous (T13), et notez ce qui a été dit (T9).
coach-voicemail-title = Un message vocal vous attend
coach-voicemail-text = Les messages se trouvent dans l'onglet Téléphone, sous les appels. Lisez-les tous, les urgents d'abord, et rappelez (T10 : les urgents dans les 30 minutes, les autres avant la fermeture). Sur le répondeur d'un patient, laissez seulement votre nom, celui de la clinique et un numéro où rappeler : jamais un résultat, un examen ou un diagnostic (C9). Au-dessus des messages se trouve le message d'accueil que les gens entendent quand personne ne répond : enregistrez-en un qui donne les heures d'ouverture, les fermetures du jour et le médecin qui assure la garde, « en cas d'urgence, composez le 911 » et Santé811, ou Info-Santé 811 au Québec (T10).
coach-counter-title = Quelqu'un est au comptoir
coach-counter-text = Ouvrez l'onglet Accueil (F3). Enregistrez l'arrivée du patient d'après son rendez-vous et vérifiez sa carte d'assurance maladie (S10) ; ne dites jamais à voix haute le motif d'une visite ni une date de naissance (C10). On ne dit jamais à une personne qui semble en détresse de s'asseoir et d'attendre : faites venir un clinicien tout de suite, ou composez le 911 (T4).
coach-document-title = Un document est arrivé
coach-document-text = Ouvrez l'onglet Boîte de réception (F5). Classez chaque document au dossier du bon patient, en vérifiant deux identifiants. Un résultat que le médecin doit voir lui est transmis : un résultat critique, tout de suite, quitte à l'interrompre (T11). C'est au médecin d'expliquer les résultats, jamais à vous (C13).
coach-book-title = L'horaire des rendez-vous
coach-book-text = Chaque colonne est un médecin, chaque ligne, cinq minutes. Cliquez sur une ligne libre pour y fixer un rendez-vous ; cliquez sur un rendez-vous pour enregistrer l'arrivée du patient, le déplacer ou l'annuler, ou faites-le glisser à sa nouvelle heure. « Prochaine plage libre » trouve la première heure disponible pour un type de rendez-vous. Les lignes marquées d'une barre verte sont réservées aux visites urgentes du jour même : ne les remplissez pas avec des visites de routine (S3). Au clavier : Tab jusqu'à la grille, les flèches, tapez une heure comme 1030, puis Entrée.
coach-judged-title = Votre première décision a été jugée
coach-judged-text = Chaque décision comme celle-ci est jugée selon le recueil de règles au moment où vous la prenez. La note en haut à gauche nomme la règle et sa source ; « pourquoi ? » (ou W) ouvre la règle. À la fin de la journée, le débreffage passe en revue chaque moment, et vous pouvez reprendre n'importe lequel d'entre eux.

## « Mes progrès » sur l'écran d'accueil

progress-heading = Mes progrès
progress-empty = Vos quarts de pratique s'afficheront ici, avec leurs résultats et les règles à travailler.
progress-pass = réussi
progress-fail = échec
progress-moment-again = { $when } (un moment repris)
progress-rewound-hint = repris à partir d'un moment d'un quart précédent
progress-whole-day-hint = la journée complète
progress-rules-to-work-on = Règles à travailler
progress-unfinished = inachevé
progress-earlier = et { $count ->
        [one] { $count } quart
       *[other] { $count } quarts
    } avant ceux-ci
progress-often-broken = { $rule } { $title } (dans { $count ->
        [one] { $count } quart
       *[other] { $count } quarts
    })
progress-unreadable = { $count ->
        [one] { $count } fichier du dossier des résultats n'a pas pu être lu
       *[other] { $count } fichiers du dossier des résultats n'ont pas pu être lus
    }
progress-today-at = aujourd'hui à { $hour } h { $minute }
progress-yesterday-at = hier à { $hour } h { $minute }
progress-days-ago = il y a { $days } jours

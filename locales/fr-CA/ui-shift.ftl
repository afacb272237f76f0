# Clinic Day: the game's shift panels.

## Le clavier (src/ui/commands.rs) : les touches comme la liste F1 les écrit, ce que fait chacune,
## et les mots des boutons qui font la même chose

keys-pause-keys = Espace ou P
keys-pause-does = pause / reprise (quand un bouton est sélectionné au clavier, Espace l'active ; P met toujours en pause)
keys-speed-1-does = vitesse 1×
keys-speed-2-does = vitesse 2×
keys-speed-4-does = vitesse 4×
keys-next-event-does = passer à ce qui arrive ensuite (en disant d'abord ce qui attend encore la réception)
keys-next-event-button = Événement suivant
keys-tabs-does = les onglets : téléphone, accueil, horaire, boîte de réception, dossier
keys-answer-does = répondre au téléphone qui sonne
keys-answer-button = Répondre
keys-ask-identifiers-does = demander à la personne qui appelle d'énoncer deux identifiants
keys-ask-identifiers-button = Demander les identifiants
keys-ask-why-does = demander l'objet de l'appel ou, sans appel, ce qui amène au comptoir la personne sans rendez-vous : quoi, depuis quand, à quel point (certaines ne le disent que si on le leur demande)
keys-ask-why-button = Demander le motif
keys-hold-does = mettre la personne en attente
keys-hold-button = Mettre en attente
keys-end-call-does = terminer l'appel (ou raccrocher l'appel que vous avez fait)
keys-end-call-button = Terminer l'appel
keys-verify-card-does = vérifier la carte d'assurance maladie du patient au comptoir
keys-verify-card-button = Vérifier la carte d'assurance maladie
keys-check-in-does = enregistrer l'arrivée du patient au comptoir
keys-check-in-button = Enregistrer l'arrivée
keys-next-card-keys = J ou ]
keys-next-card-does = fiche suivante dans le panneau affiché (un patient à l'accueil, un message, un document) ; Tab parcourt ensuite ses boutons, et la fiche où vous êtes est encadrée
keys-previous-card-keys = K ou [
keys-previous-card-does = fiche précédente dans le panneau affiché
keys-why-does = pourquoi ? pour la dernière décision évaluée (mode pratique)
keys-why-button = pourquoi ?
keys-tab-enter-keys = Tab, Entrée
keys-tab-enter-does = passer d'une commande à l'autre, en activer une ; un menu (Conseiller…, Autres…) ouvert avec Entrée place le clavier sur son premier choix
keys-sheet-keys = sur la feuille de l'horaire
keys-sheet-does = c'est un seul arrêt de Tab, pas un par ligne : les flèches Haut et Bas changent de ligne (avec Maj, ou Pg préc. / Pg suiv., d'une heure), Gauche et Droite de colonne, Début / Fin, des chiffres mènent à une heure (« 1030 », « 9 »), Entrée ou Espace ouvre la ligne (le formulaire de rendez-vous, ou les actions de la visite)
keys-picker-keys = Haut / Bas sur un sélecteur
keys-picker-does = change son choix ; dans une liste ouverte, taper des lettres mène au premier choix dont un mot commence par elles (« bou » pour Bouchard)
keys-menu-keys = Échap
keys-menu-does = menu de pause (retour au quart tel qu'il était ; quitter l'accueil pour la journée, ce qui, avant l'heure de fermeture, demande d'abord confirmation, puisque le reste de la journée est évalué comme resté sans réponse ; retour à l'écran titre, avec confirmation) ; Échap ferme aussi la fenêtre « pourquoi ? »
keys-size-does = taille de l'interface d'un cran plus grande / plus petite / retour à 100 %, sur tous les écrans (aussi dans les réglages de l'écran titre) ; mémorisée avec les autres réglages dans `settings.json`, dans le dossier des données
keys-help-keys = F1 ou ?
keys-help-does = cette liste

## La barre du haut (src/ui/panel/top_bar.rs, src/ui/view/top_bar.rs)

top-resume = Reprendre
top-pause = Pause
top-no-more-pauses = Cet examen ne permet plus de pause
top-close-office = Fermer la clinique
top-close-office-hint = C'est l'heure de fermeture : terminer la journée et voir le débreffage (Échap le propose aussi)
top-real-time = temps réel
top-real-time-hint = L'horloge ralentit au temps réel pendant un appel, quand le téléphone sonne ou quand quelqu'un est au comptoir
top-ringing = { $count ->
        [one] { $count } appel entrant
       *[other] { $count } appels entrants
    }
top-on-hold = { $count ->
        [one] { $count } appel en attente
       *[other] { $count } appels en attente
    }
top-waiting = { $count ->
        [one] { $count } patient en attente
       *[other] { $count } patients en attente
    }
top-unread = { $count ->
        [one] { $count } non lu
       *[other] { $count } non lus
    }
top-score = pointage { $score }
top-taken-again-hint = Un moment de votre quart précédent, repris à partir de l'instant qui le précède : cette tentative est gardée à part de la première
top-open-on-hold = { $count ->
        [one] { $count } appel en attente
       *[other] { $count } appels en attente
    }
top-open-voicemails = { $count ->
        [one] { $count } message vocal en attente de rappel
       *[other] { $count } messages vocaux en attente de rappel
    }
top-open-inbox = { $count ->
        [one] { $count } élément de la boîte de réception non traité
       *[other] { $count } éléments de la boîte de réception non traités
    }

## Les onglets (src/ui/panel/tabs.rs, src/ui/panel/mod.rs)

tabs-phone = Téléphone
tabs-desk = Accueil
tabs-book = Horaire
tabs-inbox = Boîte de réception
tabs-chart = Dossier
tabs-news = { $key } · nouveau depuis votre dernier coup d'œil

## Ce que les panneaux partagent (src/ui/panel/mod.rs) et le choix d'une date (src/ui/panel/calendar.rs)

panel-choose = choisir…
panel-no-open-days = L'horaire n'a aucun jour ouvert à venir.
panel-day-closed = L'horaire n'est pas ouvert ce jour-là.
# Les sept jours en abrégé, du lundi au dimanche, séparés par des espaces.
panel-weekday-initials = lu ma me je ve sa di

## L'écran du quart (src/ui/screens/shift.rs) : les notes dans le coin

shift-task = { $from } vous a laissé une tâche, { $by } : voir À faire dans l'onglet Boîte de réception.
shift-task-by = d'ici { $time }
shift-task-before-closing = avant la fermeture
shift-visitor = { $name } est au comptoir : voir l'onglet Accueil.
shift-not-done = Non effectué : { $reason }
shift-physician-behind = { $name } a { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } de retard. La salle d'attente devrait l'apprendre de la réception (onglet Accueil).
shift-away-on = le { $weekday } { $date }
shift-away-from-to = du { $from_weekday } { $from } au { $to_weekday } { $to }
shift-away = { $name } s'absentera { $days } : { $visits ->
        [one] { $visits } rendez-vous prévu est à reporter
       *[other] { $visits } rendez-vous prévus sont à reporter
    } (Horaire, vue de la semaine).
shift-worse = { $name } semble aller plus mal dans la salle d'attente (onglet Accueil).
shift-called-back = { $name } a rappelé { $caller }, comme vous l'aviez promis.
shift-wont-wait = { $name } refuse d'attendre { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et a quitté sans consultation (onglet Accueil).
shift-taking-again = reprise à partir de { $time }
shift-pause-over = La pause est terminée ({ $minutes } min, comme l'examen le permet) : l'horloge repart.

## L'écran du quart : la liste des touches, le menu de pause, la question avant d'avancer

shift-keyboard = Clavier
shift-menu = Menu
shift-paused = En pause
shift-leave-exam-question = Quitter l'examen pour l'instant ? Rien n'est perdu : il vous attend à l'écran titre, pour être repris là où vous l'avez laissé.
shift-leave-shift-question = Quitter ce quart ? Tout ce qui y a été fait jusqu'ici est perdu.
shift-leave-the-shift = Quitter le quart
shift-leave-early-question = Partir avant l'heure de fermeture ? Le reste de la journée a quand même lieu : les appels, les patients et les documents encore à venir ne trouvent personne, et le débreffage les évalue ainsi.
shift-leave-and-end = Quitter l'accueil et terminer la journée
shift-back-paused = Retour au quart (en pause)
shift-close-now = Fermer la clinique maintenant (terminer la journée)
shift-leave-for-the-day = Quitter l'accueil pour la journée…
shift-quit-to-title = Retour à l'écran titre…
shift-skip-ahead = Avancer jusqu'au prochain événement ?
shift-still-waiting = Ce qui attend encore la réception :
shift-clock-runs-on = L'horloge tourne aussi pour eux pendant que vous avancez, et les délais du recueil de règles avec elle.
shift-skip-anyway = Avancer quand même
shift-stay = Rester

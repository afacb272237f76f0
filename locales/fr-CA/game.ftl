# Clinic Day, français (Canada) : les écrans du jeu. Chaque identifiant de message est employé
# tel quel dans le code ; un test échoue s'il manque dans une langue, ou s'il ne sert nulle part.

## La fenêtre d'une règle (« pourquoi ? » sur une note après une décision)

why-title = Règle { $rule }
why-expected = Attendu : { $text }
why-mistake = L'erreur courante : { $text }
why-source = Source : { $text }
why-not-in-rulebook = Cette règle n'est pas dans le recueil.

## L'écran d'accueil

title-subtitle = Une journée à l'accueil d'une clinique médicale
title-unfinished = Un quart de travail inachevé vous attend
title-resume = Le reprendre là où il s'est arrêté
title-cannot-resume = Impossible de le reprendre : { $error }
title-set-aside = Le mettre de côté
title-set-aside-hint = conservé sur le disque, mais plus proposé
title-cannot-set-aside = Impossible de mettre le quart de côté : { $error }
title-choose-day = Choisir une journée
title-start-here = Commencez ici : { $day }
title-key = touche { $key }
title-open-file = Ou ouvrir un fichier de scénario ou une feuille d'examen :
title-open = Ouvrir
title-settings = Réglages
title-language = Language / Langue
settings-light = thème clair (texte foncé sur fond clair)
settings-colour-blind = couleurs adaptées au daltonisme (bleu / orange)
settings-practice = mode pratique : pointage en direct et rétroaction après chaque décision
settings-coach = m'accompagner à chaque journée de pratique (le tutoriel accompagne toujours)
settings-speed = vitesse de départ
settings-sound = son
settings-no-audio = son (cette version n'a pas d'audio)
title-help-keys = F1 ou ? affiche les raccourcis clavier pendant un quart.

## Le breffage avant un quart

briefing-back = Retour
briefing-start-exam = Commencer l'examen
briefing-start-shift = Commencer le quart
briefing-clinic-line = { $clinic } · { $date } · ouvert de { $open } à { $close }
briefing-objectives = Aujourd'hui, vous vous exercerez à
briefing-physicians = Les médecins
briefing-team = Les médecins et le personnel infirmier
briefing-covered-by = , relève assurée par { $name }
briefing-covering = , remplace { $days }
briefing-locum-covering = , médecin suppléant, remplace { $days }
briefing-locum-not-yet = , médecin suppléant : ne travaille ici qu'en remplacement
briefing-nurse = , infirmière ou infirmier
briefing-policies = Politiques de la clinique
briefing-book = L'horaire du jour
briefing-book-counts = { $booked ->
        [one] { $booked } rendez-vous prévu
       *[other] { $booked } rendez-vous prévus
    } aujourd'hui ; { $waiting ->
        [one] { $waiting } patient
       *[other] { $waiting } patients
    } sur la liste d'attente.
briefing-day-in-english = Cette journée est rédigée en anglais seulement : les gens y parlent anglais et les documents y sont en anglais.
briefing-texts-fell-back = { $count ->
        [one] Un texte de cette journée n'a pas de version française et s'affiche dans sa langue d'origine.
       *[other] { $count } textes de cette journée n'ont pas de version française et s'affichent dans leur langue d'origine.
    }

## Où sont allés les résultats d'un quart

results-saved = Résultats enregistrés dans { $path }
results-saved-elsewhere = Résultats enregistrés dans { $path } ({ $why } : remettez ce fichier à votre enseignante ou enseignant)
results-not-saved = Impossible d'enregistrer les résultats ({ $error }) ; le journal du quart est conservé dans { $folder }

## La taille de l'interface

scale-interface-size = taille de l'interface
scale-smaller = plus petit (Ctrl −)
scale-larger = plus grand (Ctrl +)
scale-usual = revenir à la taille habituelle (Ctrl 0)
scale-said = Taille de l'interface : { $percent } %

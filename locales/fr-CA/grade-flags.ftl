# Clinic Day, français (Canada) : pourquoi `clinic-day grade` n'a pas noté un fichier de résultats (ses signalements), et la note d'un fichier jugé de nouveau.

## Le genre de chaque signalement, en quelques mots (chaque raison ci-dessous commence par lui)

flag-kind-unreadable = illisible
flag-kind-unknown-scenario = scénario inconnu
flag-kind-wrong-scenario-version = mauvaise version du scénario
flag-kind-corrupt = corrompu
flag-kind-tampered = falsifié
flag-kind-not-this-exam = pas cet examen
flag-kind-broke-exam-rules = règles de l'examen enfreintes
flag-kind-not-witnessed = non conforme au dépôt
flag-kind-duplicate = doublon
flag-kind-copied = copié
flag-kind-not-on-roster = absent de la liste du groupe
flag-kind-extra-attempt = tentative en trop
flag-kind-other-simulator = autre version du simulateur

## La raison complète de chaque signalement (ce que lit la personne qui corrige, et le dernier tableau du sommaire)

flag-unreadable = { flag-kind-unreadable } : { $why }
flag-unknown-scenario = { flag-kind-unknown-scenario } : `{ $id }` ne fait pas partie des scénarios donnés avec --scenario
flag-wrong-scenario-version = { flag-kind-wrong-scenario-version } : joué sur un `{ $id }` dont le SHA-256 est { $claimed }…, mais le `{ $id }` fourni a pour SHA-256 { $known }
flag-corrupt = { flag-kind-corrupt } : le journal ne se rejoue pas ({ $why })
flag-tampered = { flag-kind-tampered } : { $why }
flag-not-this-exam = { flag-kind-not-this-exam } : { $why }
flag-broke-exam-rules = { flag-kind-broke-exam-rules } : { $why }
flag-not-witnessed = { flag-kind-not-witnessed } : { $why }
flag-duplicate = { flag-kind-duplicate } : la même tentative que { $of }, signalée une seule fois, avec ce dernier
flag-copied = { flag-kind-copied } : { $how } que la tentative de { $with }
flag-not-on-roster = { flag-kind-not-on-roster } : cet identifiant d'élève n'est pas sur la liste du groupe fournie
flag-extra-attempt = { flag-kind-extra-attempt } : la feuille permet { $allowed ->
        [one] { $allowed } tentative
       *[other] { $allowed } tentatives
    } par élève, et celle-ci a été commencée après { $allowed ->
        [one] la première
       *[other] les { $allowed } premières
    }
flag-other-simulator = { flag-kind-other-simulator } : produit par { $made_by }, qui lui a donné { $claimed } ; rejoué par { $this }, il obtient { $replayed }. Notez-le avec { $made_by }

## Pourquoi un journal ne se rejoue pas (outre ce qu'en dit la simulation)

flag-corrupt-crashed = le rejouer a fait planter l'outil de correction ; veuillez signaler ce fichier

## Pourquoi la fiche de résultats rejouée n'est pas celle qu'indique le fichier

flag-tampered-total = indique un total de { $claimed }, alors que le journal rejoué donne { $replayed }
flag-tampered-verdict = indique { $claimed ->
        [pass] une réussite
       *[fail] un échec
    }, alors que le journal rejoué donne { $replayed ->
        [pass] une réussite
       *[fail] un échec
    }
flag-tampered-categories = les résultats par catégorie diffèrent de ceux du journal rejoué
flag-tampered-scenario-or-seed = la fiche de résultats nomme un autre scénario ou une autre graine que le fichier
flag-tampered-judgments = les jugements diffèrent de ceux du journal rejoué
flag-tampered-sum = indique un total de { $claimed }, mais les jugements qu'il énumère totalisent { $sum }

## Pas joué comme l'examen corrigé

flag-not-this-exam-mode = joué en mode { $mode }, pas comme l'examen
flag-not-this-exam-no-stamp = il indique « exam » mais ne porte l'estampille d'aucune feuille d'examen : il n'a pas été joué en ouvrant la feuille
flag-not-this-exam-other-sheet = il a été joué sous une autre feuille d'examen (« { $title } »), ou sous une autre version de celle-ci
flag-not-this-exam-seed = joué avec la graine { $played } ; « { $title } » fixe la graine { $seed }

## Joué comme l'examen, mais pas selon ses règles

flag-exam-rules-no-times = il n'indique pas quand il a commencé et s'est terminé, comme le fait toute tentative d'examen
flag-exam-rules-backwards = il indique s'être terminé avant d'avoir commencé
flag-exam-rules-pauses = { $taken ->
        [one] { $taken } pause prise
       *[other] { $taken } pauses prises
    } ; « { $title } » permet { $allowed }

## Pas comme le dépôt de l'examen l'a reçue (son horloge `stored` chronomètre la tentative)

flag-witness-no-start = le dépôt de l'examen n'a aucune trace du début de cette tentative
flag-witness-other-learner = le dépôt de l'examen a reçu cette tentative de { $theirs }, pas de { $learner }
flag-witness-other-actions = les actions du fichier ({ $claimed }) ne sont pas celles que le dépôt de l'examen a reçues au fur et à mesure ({ $received })
flag-witness-early = commencée à { $at } selon l'horloge du dépôt, avant l'ouverture de l'examen à { $opens }
flag-witness-never-finished = le dépôt de l'examen n'a jamais reçu la fin de cette tentative (l'examen a fermé à { $closes })
flag-witness-late = terminée à { $at } selon l'horloge du dépôt, après la fermeture de l'examen à { $closes }
flag-witness-away = tentative laissée de côté pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } selon l'horloge du dépôt ; la feuille permet { $allows }
flag-witness-allows-pauses-of = des pauses de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } au plus
flag-witness-allows-no-pause = aucune pause
flag-witness-long-pause = une pause de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } selon l'horloge du dépôt, à partir de { $from } ; la feuille permet { $allowed ->
        [one] { $allowed } minute
       *[other] { $allowed } minutes
    }
flag-witness-burst = { $count } actions ont atteint le dépôt en { $seconds } s à partir de { $from } : plus vite que quiconque ne joue

## Un fichier produit par une version antérieure de Clinic Day, jugé de nouveau (pas un signalement : il est noté)

flag-rejudged = jugé de nouveau : joué avec clinic-day { $version }, qui lui a donné { $claimed } ; ses actions ont été jugées de nouveau selon le recueil de { $simulator }

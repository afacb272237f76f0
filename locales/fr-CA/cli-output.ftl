# Clinic Day, français (Canada) : ce que la ligne de commande affiche pour une personne (`clinic-day grade`, `exam --check`, `run`, `play`, `rules`), et ce qui est dit des identifiants d'élève, des tentatives copiées et des fichiers illisibles.

## `clinic-day grade`

out-grade-cannot-read-roster = impossible de lire la liste du groupe { $path } : { $why }
out-grade-no-scenario = aucun scénario n'a pu être lu à partir de { $names }
out-grade-store-not-asked = remarque : les tentatives de cet examen ont été attestées par un dépôt ; donnez --lrs (et un compte de correction) pour les noter telles que le dépôt les a reçues. Sans cela, elles sont autodéclarées.
# Après le résultat d'un fichier noté : comment la tentative est parvenue à la personne qui corrige.
out-grade-witnessed = attestée
out-grade-self-reported = autodéclarée
out-grade-not-counted = (non comptée : une autre tentative de la même personne l'est)
# Après ABSENT et un identifiant d'élève.
out-grade-absent = sur la liste du groupe, sans aucune tentative parmi ces fichiers
out-grade-files = { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } : { $graded ->
        [one] { $graded } noté
       *[other] { $graded } notés
    }, { $flagged ->
        [one] { $flagged } signalé
       *[other] { $flagged } signalés
    }
out-grade-wrote-gradebook = { $path } écrit ({ $learners ->
        [one] { $learners } élève
       *[other] { $learners } élèves
    })
out-grade-cannot-write = impossible d'écrire { $path } : { $why }
out-grade-wrote-summary = { $path } écrit (sommaire du groupe)
# Compte des fichiers : deux par tentative (Markdown et HTML).
out-grade-wrote-feedback = { $count ->
        [one] { $count } rapport de rétroaction écrit
       *[other] { $count } rapports de rétroaction écrits
    } dans { $dir }
out-grade-wrote-xapi = { $path } écrit ({ $statements ->
        [one] { $statements } énoncé xAPI
       *[other] { $statements } énoncés xAPI
    }, { $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    })
out-grade-sent = { $sent ->
        [one] { $sent } énoncé envoyé
       *[other] { $sent } énoncés envoyés
    } à { $url }
out-grade-send-stopped = énoncés envoyés avant l'arrêt : { $sent } sur { $total } ; tous sont dans { $path }. Relancez la même commande plus tard : elle produit les mêmes énoncés, et le dépôt n'en garde pas de doublons

## `clinic-day exam --check` : ce que fixe la feuille, une ligne par étiquette

out-exam-label-exam = examen
out-exam-label-scenario = scénario
out-exam-label-seed = graine
out-exam-label-pausing = pauses
out-exam-label-attempts = tentatives
out-exam-label-debrief = débreffage
out-exam-label-results = résultats
out-exam-scenario = { $title } ({ $file } ; SHA-256 { $sha256 })
out-exam-seed-fixed = { $seed }, la même journée pour tout le monde
out-exam-seed-drawn = tirée à chaque tentative, inscrite dans chaque fichier de résultats
out-exam-debrief-shown = affiché à la fin
out-exam-debrief-hidden = pas montré à l'élève

## `clinic-day run` (ce qu'il écrit dans des fichiers reste en anglais)

out-run-cannot-write = impossible d'écrire { $path } : { $why }
out-run-json-or-ron = le nom du fichier doit se terminer par .json ou .ron
out-run-cannot-read-actions = impossible de lire le fichier d'actions : { $why }
out-run-cannot-read-actions-help = vérifiez le chemin donné à --actions
out-run-other-shift = { $path } est le journal d'un autre quart ({ $scenario } avec la graine { $seed }) ; déplacez-le pour repartir de zéro
out-run-not-this-action-file = { $path } ne commence pas comme le fichier d'actions : c'est celui d'un autre quart
out-run-resuming = reprise à partir de { $path } : { $count ->
        [one] { $count } action rejouée
       *[other] { $count } actions rejouées
    }
out-run-resuming-torn = reprise à partir de { $path } : { $count ->
        [one] { $count } action rejouée
       *[other] { $count } actions rejouées
    } (une dernière ligne à moitié écrite a été abandonnée)
out-run-cannot-reopen = impossible de rouvrir { $path } : { $why }
out-run-cannot-create = impossible de créer { $path } : { $why }
out-run-cannot-remove = impossible de supprimer le journal terminé { $path } : { $why }
# La sortie d'une commande qui n'a pas pu être écrite (pas un lecteur qui s'est arrêté tôt).
out-run-cannot-print = impossible d'écrire la sortie : { $why }

## `clinic-day play`

out-play-no-scenario-file = aucun fichier de scénario à l'emplacement { $path }

## `clinic-day rules`

out-rules-not-a-jurisdiction = `{ $code }` n'est pas un territoire de compétence : utilisez le code d'une province, comme ON ou QC, ou encore PIPEDA ou HIPAA

## Pourquoi un texte n'est pas un identifiant d'élève (l'inscription à un examen, une liste du groupe, un fichier de résultats)

learner-id-empty = un identifiant d'élève est un numéro d'étudiant ou un nom d'utilisateur, et celui-ci est vide
learner-id-too-long = un identifiant d'élève compte au plus { $max } caractères, comme tout numéro d'étudiant ou nom d'utilisateur
learner-id-characters = un identifiant d'élève ne contient que des lettres, des chiffres et . - _ @
learner-id-first-character = un identifiant d'élève commence par une lettre, un chiffre ou _
learner-id-type-yours = saisissez votre numéro d'étudiant ou votre nom d'utilisateur
learner-id-practice = `practice` est réservé aux quarts de pratique

## En quoi les tentatives de deux élèves sont les mêmes ($how de flag-copied)

copied-same-attempt-id = le même identifiant de tentative (le même fichier, dont l'élève a été changé)
copied-same-decisions = { $percent } % des mêmes décisions aux mêmes moments simulés

## Pourquoi un fichier n'a pas pu être lu (une feuille d'examen, un fichier de résultats, un scénario, une liste du groupe, …)

read-error-no-such-file = ce fichier n'existe pas
# $what de load-not-a-file
read-error-folder = un dossier
read-error-device = un périphérique, un tube ou un socket
# $size et $max sont read-error-megabytes ou read-error-kilobytes ; $kind est un des read-error-kind-… ci-dessous.
read-error-too-big = le fichier fait { $size } ; la limite pour { $kind } est de { $max }
read-error-megabytes = { $megabytes } Mo
read-error-kilobytes = { $kilobytes } ko
# $why est la raison donnée par le système, telle quelle.
read-error-cannot-read = impossible de lire le fichier : { $why }
read-error-not-utf8 = impossible de lire le fichier : ce n'est pas du texte UTF-8 (un octet invalide à la position { $offset })
read-error-kind-scenario = un scénario
read-error-kind-exam-sheet = une feuille d'examen
read-error-kind-results = un fichier de résultats
read-error-kind-actions = un fichier d'actions
read-error-kind-live-journal = un journal en direct
read-error-kind-roster = une liste du groupe
read-error-kind-settings = les réglages

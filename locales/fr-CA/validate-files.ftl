# Clinic Day, français (Canada) : ce qui est dit d'un fichier lu : un scénario (sa lecture et son horaire), un fichier d'actions, une feuille d'examen, une liste du groupe, un fichier de résultats.

## La lecture d'un fichier de scénario : octets, texte, RON (load.rs, said.rs)

load-no-such-file = impossible de lire le fichier : ce fichier n'existe pas
load-no-such-file-help = vérifiez le chemin ; `clinic-day validate scenarios/` vérifie tous les scénarios d'un dossier
load-folder = c'est un dossier, pas un fichier
load-folder-help = `clinic-day validate` accepte aussi les dossiers, et vérifie les fichiers `.ron` qu'ils contiennent
load-device = c'est un périphérique, un tube ou un socket, pas un fichier
# $what est ce que le chemin désigne au lieu d'un fichier, dans les mots du lecteur de fichiers.
load-not-a-file = c'est { $what }, pas un fichier
# $why est la raison donnée par le système, telle quelle.
load-cannot-read = impossible de lire le fichier : { $why }
load-not-text-help = un scénario est un fichier texte dont le nom se termine par `.ron`
# $size et $max sont en mégaoctets, $size avec une décimale.
load-too-big = le fichier fait { $size } Mo ; un scénario fait au plus { $max } Mo
load-too-big-help = est-ce le bon fichier ? Une journée complète de clinique fait habituellement moins de 200 ko
load-binary = ce fichier semble binaire : ce n'est pas un scénario RON
load-binary-help = les scénarios sont des fichiers texte dont le nom se termine par `.ron`
load-encoding = le fichier n'est pas en UTF-8 valide
load-encoding-label = cet octet n'est pas de l'UTF-8
load-encoding-help = enregistrez le fichier en UTF-8 (la plupart des éditeurs l'offrent sous « Enregistrer avec l'encodage »)
load-missing-english = ce texte n'a pas de version anglaise, alors que la journée indique `languages: [En, Fr]`
load-missing-french = ce texte n'a pas de version française, alors que la journée indique `languages: [En, Fr]`
# $code est le champ de la langue : en ou fr.
load-missing-language-label = pas de `{ $code }:`
load-missing-language-help = ajoutez `{ $code }: "…"` à côté ; d'ici là, le texte est affiché tel quel dans les deux langues
load-same-in-both = ce texte est le même dans les deux langues, alors que la journée indique `languages: [En, Fr]`
load-same-in-both-label = une seule chaîne pour les deux langues
load-same-in-both-help = écrivez-le sous la forme `(en: "…", fr: "…")`, ou laissez-le s'il se lit de la même façon dans les deux langues (un nom, un code)
load-empty = le fichier est vide
load-empty-help = un scénario commence par `(format: 1, id: "…", …)` ; docs/scenario-format.md le présente pas à pas
load-needs-format-2 = une date dite en toutes lettres est une nouveauté du format 2, et ce fichier indique `format: 1`
load-needs-format-2-label = format 2
load-needs-format-2-help = écrivez `format: 2` en tête du fichier : chaque champ du format 1 garde son sens
# Un espace réservé entre accolades qui ne désigne aucune date ; $words est ce qui est écrit entre les accolades.
load-date-not-a-date = `{"{"}{ $words }{"}"}` n'est pas une date à dire en toutes lettres
load-date-yesterday = `{"{"}{ $words }{"}"}` n'est pas une date à dire en toutes lettres (la veille de la journée de clinique s'écrit `{"{"}today-1{"}"}`)
load-date-tomorrow = `{"{"}{ $words }{"}"}` n'est pas une date à dire en toutes lettres (le lendemain de la journée de clinique s'écrit `{"{"}today+1{"}"}`)
load-date-spaces = `{"{"}{ $words }{"}"}` n'est pas une date à dire en toutes lettres (sans espaces : `{"{"}{ $squeezed }{"}"}`)
load-text-date-label = pas une date
load-text-date-help = une date dans un texte s'écrit comme le fichier écrit les dates, entre accolades : `{"{"}today{"}"}`, `{"{"}today+N{"}"}`, `{"{"}today-N{"}"}` ou `{"{"}YYYY-MM-DD{"}"}` ; elle est affichée par son jour de la semaine si elle tombe à six jours ou moins de la journée (« lundi »), sinon en entier (« vendredi 20 mars »)
load-format-newer = ce scénario est au format { $format }, plus récent que ce que lit cette version de Clinic Day ({ $reads })
load-format-newer-label = format plus récent
load-format-newer-help = mettez Clinic Day à jour pour l'ouvrir
load-format-unknown = `{ $value }` n'est pas un format de scénario que cette version de Clinic Day connaît
load-format-unknown-label = format inconnu
load-format-unknown-help = écrivez `format: { $format }`
# Les erreurs de RON, dites pour l'auteur. $found, $field et $outer sont des noms tels que le fichier les écrit.
load-unknown-field = champ inconnu `{ $found }`
load-unknown-field-in = champ inconnu `{ $found }` dans `{ $outer }`
load-unknown-field-label = champ inconnu
load-unknown-value = valeur inconnue `{ $found }`
load-unknown-value-for = valeur inconnue `{ $found }` pour `{ $outer }`
load-unknown-value-label = valeur inconnue
# $names est la liste des noms qui auraient été acceptés, chacun entre accents graves.
load-expected-one-of = valeurs acceptées : { $names }
load-missing-field = champ manquant `{ $field }`
load-missing-field-in = champ manquant `{ $field }` dans `{ $outer }`
load-missing-field-label = `{ $field }` est requis avant ceci
load-missing-field-help = ajoutez `{ $field }: …` ; docs/scenario-format.md le décrit
load-duplicate-field = le champ `{ $field }` est donné deux fois
load-duplicate-field-label = donné de nouveau
load-duplicate-field-help = n'en gardez qu'un
load-too-deep = le fichier imbrique les valeurs trop profondément pour être un scénario
load-too-deep-label = l'imbrication s'arrête ici
load-too-deep-help = un scénario compte environ 8 niveaux d'imbrication ; ce fichier en dépasse { $limit }
load-expected-comma = une virgule est attendue
load-expected-comma-label = il manque une `,` ici
load-expected-comma-help = les champs et les éléments d'une liste sont séparés par des virgules
# $bracket est le symbole fermant, entre accents graves : `)`, `]` ou `}`.
load-expected-closing = un { $bracket } fermant ou une virgule est attendu
load-expected-closing-label = inattendu ici
load-expected-closing-help = il manque peut-être une virgule entre deux éléments, ou une parenthèse a été fermée trop tôt
load-expected-name = un nom est attendu ici (comme `Female` ou `Routine`), mais on trouve `{ $found }`
load-expected-name-label = pas un nom
load-expected-name-help = les noms de choix s'écrivent tels quels, sans guillemets ; un nombre ou un texte ne va que là où un nombre ou un texte est attendu
load-eof = le fichier se termine au milieu d'une valeur
load-eof-label = le fichier se termine ici
load-eof-help = il manque probablement une parenthèse fermante `)` ou un crochet fermant `]` ; vérifiez que chaque parenthèse ou crochet ouvert est bien fermé
# $why est ce que le type de la valeur en dit, dans ses propres mots (en anglais).
load-invalid-value = valeur non valide : { $why }
load-invalid-value-label = valeur non valide
# $why est le message de l'analyseur RON, tel quel (en anglais).
load-ron-says = l'analyseur RON signale : { $why }
load-here = ici
load-hint-identifier = les noms de choix s'écrivent tels quels, sans guillemets (`sex: Female`) ; écrivez `Call(id: …)` sans parenthèses intérieures, et omettez `Some(…)`
load-hint-out-of-bounds = ce nombre est hors limites ici : la plupart des quantités et des minutes sont des nombres entiers, zéro ou plus
load-hint-string = le texte va entre guillemets droits, p. ex. "09:30"
load-hint-comma = les éléments et les champs sont séparés par des virgules
load-hint-number = écrivez un simple nombre, sans guillemets

## L'horaire, la liste d'attente et les remplissages d'un scénario (check/schedule.rs)

# $physician est le nom d'un médecin ; $type, l'identifiant d'un type de rendez-vous.
check-schedule-fill-type-not-offered = le modèle d'horaire de { $physician } n'offre aucun `{ $type }` hors des plages réservées au jour même : le remplissage n'en réserve aucun
check-schedule-not-in-template = absent du modèle d'horaire
check-schedule-fill-no-types = un remplissage (`fill`) demande au moins un type de rendez-vous
check-schedule-empty = vide
check-schedule-fill-occupancy = `occupancy` est un pourcentage de 1 à 100
check-schedule-out-of-range = hors limites
check-schedule-fill-not-future = un remplissage commence après aujourd'hui, pas le { $date }
check-schedule-fill-not-future-label = aujourd'hui ou avant
check-schedule-fill-not-future-help = les visites d'aujourd'hui s'écrivent une à une, chacune avec son arrivée
check-schedule-fill-ends-before-start = le remplissage se termine avant de commencer
check-schedule-end-date = date de fin
check-schedule-fill-outside-calendar = le remplissage dure jusqu'au { $date }, au-delà de la fin du calendrier
check-schedule-outside-calendar = hors du calendrier
check-schedule-fill-outside-calendar-help = augmentez `clinic.calendar_weeks`, ou terminez le remplissage plus tôt
check-schedule-fill-empty = les remplissages ne réservent rien : ces jours-là sont complets, ou la clinique est fermée
check-schedule-fill-empty-label = aucun rendez-vous réservé
check-schedule-duration = un rendez-vous dure au moins une minute
check-schedule-duration-label = zéro
check-schedule-same-day-reserve = une plage réservée au jour même, le { $date }, est déjà prise plusieurs jours à l'avance (S3)
check-schedule-same-day-reserve-label = réservée aux besoins du jour même
check-schedule-same-day-reserve-help = fixez les visites courantes en dehors des blocs `same_day: true`
check-schedule-test-place = un examen se fait soit à l'extérieur (`at`), soit à la clinique (`type`), pas les deux
check-schedule-test-place-label = les deux sont indiqués
check-schedule-orders-not-today = ce que prescrit le médecin (`orders`) est donné à la fin des visites d'aujourd'hui ; ce rendez-vous a lieu un autre jour
check-schedule-orders-not-today-label = jamais atteint
# Pourquoi l'horaire refuse un rendez-vous de départ. $date et $today sont des dates écrites comme dans le fichier (2026-03-30).
check-schedule-in-the-past = le { $date } précède le jour simulé, le { $today }
check-schedule-in-the-past-label = dans le passé
check-schedule-in-the-past-help = l'horaire couvre aujourd'hui et les semaines à venir
check-schedule-booking-outside-calendar = le { $date } est au-delà de la fin du calendrier ({ $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } à partir du { $today })
check-schedule-booking-outside-calendar-help = augmentez `clinic.calendar_weeks`, ou déplacez le rendez-vous
# $weekday est le nom d'un jour de la semaine.
check-schedule-closed-day = le { $date } est un { $weekday }, jour où la clinique est fermée
check-schedule-closed-day-label = clinique fermée
check-schedule-physician-away = { $physician } n'est pas là le { $date }
check-schedule-physician-away-label = médecin absent
check-schedule-locum-off-day = { $physician } est médecin remplaçant et ne travaille pas ici le { $date }
check-schedule-locum-off-day-label = pas un jour de remplacement
check-schedule-locum-no-covers = indiquez les jours de remplacement de { $physician } : `covers: [(physician: …, from: …, to: …)]`
# $days énumère les jours de remplacement : une date, ou une période (check-schedule-covered-days).
check-schedule-locum-covers = { $physician } ne travaille ici que les jours de remplacement : { $days }
check-schedule-covered-days = du { $from } au { $to }
# $minutes est la durée de la visite ; $at et $end sont des heures (09:30), $end peut être check-schedule-midnight.
check-schedule-outside-template = un `{ $type }` de { $minutes } min, de { $at } à { $end }, n'entre pas dans le modèle d'horaire de { $physician }
check-schedule-midnight = minuit
check-schedule-template-offers-none = { $physician } n'offre aucun `{ $type }` le { $weekday }
# $blocks énumère les heures où ce jour-là offre ce type (09:00–12:00, 13:00–16:00).
check-schedule-template-offers = le { $weekday }, { $physician } offre `{ $type }` aux heures suivantes : { $blocks }
check-schedule-double-booked-label = chevauche un autre rendez-vous
check-schedule-never-double-booked-help = déplacez l'un des deux, ou réglez `clinic.policies.double_booking.max_per_slot`
check-schedule-not-double-bookable-help = les longues visites et les interventions ne font jamais l'objet d'une double réservation (S4)
check-schedule-slot-full-help = déplacez l'un d'eux à une autre heure
check-schedule-waitlist-future = un patient ne peut pas s'être inscrit sur la liste d'attente après aujourd'hui
check-schedule-waitlist-future-label = à venir
check-schedule-cancel-after = une annulation survient de 1 à { $max } minutes après la prise du rendez-vous, pas { $after }
# $patient est l'identifiant d'un patient ; $entry, le numéro de l'inscription où il figure déjà.
check-schedule-waitlist-twice = `{ $patient }` est déjà sur la liste d'attente de ce médecin (inscription { $entry })
check-schedule-waitlist-twice-label = inscrit deux fois

## Un fichier d'actions (src/sim/script.rs)

# $at et $previous sont des heures simulées (10:26 ou 10:26:30).
script-action-back-in-time = l'action { $number } (à { $at }) revient en arrière dans le temps
script-action-names-nothing = action { $number } (à { $at }), `{ $field }` : { $problem }
script-back-in-time = cette action est à { $at }, avant celle qui la précède ({ $previous })
script-back-in-time-label = remonte dans le temps
script-back-in-time-help = les actions sont jouées dans l'ordre et l'horloge ne fait qu'avancer : triez-les par heure
# $what est le genre de chose que nomme une action : patient, staff, type, contact, event, referral, appointment ; $id est l'identifiant donné.
script-no-such = il n'y a { $what ->
        [patient] aucun patient
        [staff] aucun membre du personnel
        [type] aucun type de rendez-vous
        [contact] aucun contact du répertoire
        [event] aucun appel, message vocal, visite sans rendez-vous ou document
        [referral] aucune demande de consultation envoyée
       *[appointment] aucun rendez-vous
    } `{ $id }` dans le scénario
script-no-such-help = cet identifiant ne désigne { $what ->
        [patient] aucun patient
        [staff] aucun membre du personnel
        [type] aucun type de rendez-vous
        [contact] aucun contact du répertoire
        [event] aucun appel, message vocal, visite sans rendez-vous ou document
        [referral] aucune demande de consultation envoyée
       *[appointment] aucun rendez-vous
    } du scénario : les identifiants s'écrivent exactement comme dans le fichier du scénario
script-unknown-name-label = absent du scénario

## Une feuille d'examen (src/practicum/exam.rs)

exam-sheet-too-big = une feuille d'examen tient en quelques lignes ; ce fichier est bien plus gros
exam-sheet-too-big-help = est-ce le bon fichier ? `clinic-day exam` prend la feuille d'examen, pas le scénario
# $why est la raison que donne le lecteur de fichiers.
exam-sheet-unreadable = impossible de lire la feuille d'examen : { $why }
exam-sheet-unreadable-help = vérifiez le chemin qu'on vous a donné
exam-sheet-not-a-sheet = ce n'est pas une feuille d'examen
exam-sheet-not-a-sheet-scenario-help = ce fichier semble être un scénario ; une feuille d'examen en nomme un avec `scenario: "…"` (docs/scenario-format.md, section « Exam sheets »)
exam-sheet-not-a-sheet-help = une feuille d'examen commence par `(exam_sheet: 1, title: "…", scenario: "…", seed: …)`
exam-sheet-version = feuille d'examen de version { $version } ; cette version de Clinic Day lit la version { $reads }
exam-sheet-version-label = autre version
exam-sheet-version-help = écrivez `exam_sheet: { $reads }`, ou utilisez la version de Clinic Day pour laquelle la feuille a été écrite
exam-sheet-no-title = l'examen n'a pas de titre
exam-sheet-empty = vide
exam-sheet-no-title-help = le titre est montré à l'élève et nomme l'élément évalué, p. ex. « Stage MOA 120, semaine 9 »
exam-sheet-pause = une pause limitée demande au moins une pause d'au moins une minute
exam-sheet-pause-label = rien n'est permis
exam-sheet-pause-help = écrivez `pause: NoPause` pour n'en permettre aucune
exam-sheet-seed-both = une feuille donne la même graine à tout le monde ou en tire une par tentative, pas les deux
exam-sheet-seed-both-label = et une graine plus haut
exam-sheet-seed-both-help = omettez `seed` pour tirer une graine par tentative, ou écrivez `seed_per_attempt: false`
exam-sheet-no-seed = la feuille n'indique aucune graine
exam-sheet-no-seed-label = pas de `seed` dans cette feuille
exam-sheet-no-seed-help = écrivez `seed: 20261123` pour que tout le monde joue la même journée, ou `seed_per_attempt: true`
exam-sheet-attempts = un examen permet de 1 à { $max } tentatives par élève
exam-sheet-attempts-none = aucune
exam-sheet-attempts-too-many = trop
exam-sheet-attempts-help = écrivez `attempts: (allowed: 1)` pour une seule séance, ce qui est la valeur par défaut
exam-sheet-results-folder = aucun dossier pour les résultats
exam-sheet-results-folder-help = omettez `results` pour utiliser un dossier `results` à côté de la feuille
exam-sheet-witness-endpoint = le point d'accès du dépôt témoin n'est pas une adresse web
exam-sheet-witness-endpoint-label = ce dépôt
exam-sheet-witness-endpoint-help = écrivez le point d'accès xAPI que donne le dépôt, p. ex. `endpoint: "https://lrs.college.example/xAPI"`
exam-sheet-witness-account = le dépôt témoin demande le compte et la clé propres à l'examen
exam-sheet-witness-account-label = aucun compte
exam-sheet-witness-account-help = créez dans le dépôt un compte qui ne peut qu'écrire des énoncés, pour cet examen seulement
# $field vaut `opens` ou `closes`.
exam-sheet-window-time = `{ $field }` n'est pas une heure UTC
exam-sheet-window-time-label = pas une heure
exam-sheet-window-time-help = écrivez-la en UTC, p. ex. `"2026-12-07T13:00:00Z"` (8 h à Toronto ou à Montréal en décembre)
exam-sheet-window-order = l'examen ferme avant d'ouvrir
exam-sheet-window-order-label = avant `opens`
exam-sheet-window-order-help = intervertissez les deux heures, ou vérifiez les dates
exam-sheet-scenario-label = ce scénario
# $file est le nom de fichier d'une journée intégrée ; $known les énumère toutes.
exam-sheet-no-builtin = il n'y a pas de journée intégrée `{ $file }`
exam-sheet-no-builtin-help = les journées intégrées sont : { $known }
# $why est le rapport de la journée intégrée, en anglais.
exam-sheet-builtin-broken = la journée intégrée ne se charge pas : { $why }
exam-sheet-builtin-broken-help = veuillez signaler ce problème
exam-sheet-scenario-unreadable = impossible de lire le scénario { $path } : { $why }
exam-sheet-scenario-unreadable-help = le chemin part du dossier de la feuille d'examen ; `builtin:greene-cardiology.ron` désigne une journée fournie avec Clinic Day
exam-sheet-scenario-errors = le scénario { $path } contient { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
exam-sheet-scenario-errors-help = `clinic-day validate { $path }` les affiche

## Une liste du groupe (src/practicum/class.rs)

# $why dit ce qui ne va pas dans l'identifiant de l'élève.
roster-not-a-learner-id = pas un identifiant d'élève : { $why }
roster-not-a-learner-id-label = cette ligne
roster-not-a-learner-id-help = une ligne de la liste du groupe est `student-id` ou `student-id,Name`
roster-twice = `{ $id }` figure deux fois dans la liste du groupe
roster-twice-label = encore

## Un fichier de résultats (src/practicum/results.rs)

results-file-not-results = ce n'est pas un fichier de résultats Clinic Day
results-file-not-results-label = "format": "clinic-day results" attendu
results-file-not-results-help = les fichiers de résultats sont écrits à la fin d'un quart, ou par `clinic-day run --results`
results-file-version = fichier de résultats de version { $version } ; ce simulateur lit la version { $reads }
results-file-version-label = autre version
results-file-version-help = notez-le avec la version de Clinic Day qui l'a écrit
results-file-truncated = le fichier se termine trop tôt : est-il tronqué ?
# $why est le message du lecteur JSON, tel quel (en anglais).
results-file-json-says = le JSON n'est pas valide : { $why }
results-file-here = ici
results-file-bad-help = un fichier de résultats est écrit d'un bloc par Clinic Day ; une copie modifiée ou coupée ne peut pas être notée
# Un champ mal formé.
results-file-not-one = non conforme
results-file-not-a-learner-id = pas un identifiant d'élève : { $why }
results-file-not-a-learner-id-label = cet identifiant d'élève
results-file-attempt-id = un identifiant de tentative est un UUID en minuscules, tel que Clinic Day l'écrit
results-file-sha256 = le SHA-256 d'un scénario compte 64 chiffres hexadécimaux en minuscules
results-file-mode = le mode est "practice" ou "exam"
results-file-mode-label = ni l'un ni l'autre
results-file-rewound-exam = un examen ne se reprend jamais à partir d'un moment donné
results-file-rewound-exam-label = pas dans un examen
results-file-simulator = le simulateur est une courte ligne comme "clinic-day 0.3.0"
results-file-scenario = l'identifiant et le titre du scénario sont de courtes lignes de texte
results-file-scenario-label = trop long ou pas du texte
results-file-exam-stamp = l'estampille d'un examen contient le titre, le chemin et le SHA-256 de la feuille
results-file-time = une heure s'écrit en ISO 8601, en UTC, comme 2026-11-23T07:58:01Z
results-file-too-many-actions = { $count } actions : plus que n'en contient aucun quart ({ $max })
results-file-too-many-judgments = { $count } jugements : plus que n'en contient aucun quart ({ $max })
results-file-too-many = trop

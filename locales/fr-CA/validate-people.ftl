# Clinic Day, français (Canada) : ce que `clinic-day validate` dit du personnel, des patients, des identifiants, de la clinique, du format et de la notation d'un scénario.

## Le personnel, les types de rendez-vous et les patients (check/people.rs)

check-people-empty = vide
check-people-no-physician = la clinique doit compter au moins un médecin
check-people-self-cover = un médecin ne peut pas se remplacer lui-même
check-people-same-physician = même médecin
check-people-empty-template = { $name } n'a aucun horaire hebdomadaire : aucun rendez-vous ne peut donc être pris avec ce médecin
check-people-no-blocks = aucun bloc
check-people-block-reversed = le bloc se termine ({ $to }) avant de commencer ({ $from })
check-people-end-of-block = fin du bloc
check-people-block-outside-hours = le bloc { $from }–{ $to } déborde des heures d'ouverture { $open }–{ $close }
check-people-outside-hours = hors des heures d'ouverture
check-people-block-no-day = le bloc n'est prévu aucun jour
check-people-closed-day = la clinique est fermée le { $day }
check-people-closed-day-label = jour de fermeture
check-people-block-no-type = le bloc n'offre aucun type de rendez-vous
check-people-too-short = un `{ $type }` de { $minutes } minutes ne tient jamais dans ce bloc { $length ->
        [one] d'une minute
       *[other] de { $length } minutes
    }
check-people-too-long-for-block = trop long pour le bloc
check-people-overlap = ce bloc chevauche le bloc { $other } ({ $from }–{ $to }) le { $day }
check-people-overlapping-block = bloc qui en chevauche un autre
check-people-overlap-help = répartissez le temps entre les blocs ; une réserve pour le jour même forme un bloc distinct
check-people-absence-reversed = l'absence se termine avant de commencer
check-people-end-date = date de fin
check-people-cover-reversed = le remplacement se termine avant de commencer
check-people-locum-covers-nobody = { $name } est un médecin suppléant qui ne remplace personne, ni à des jours prévus ni lors d'une absence annoncée : ce médecin ne travaille donc jamais ici
check-people-locum = médecin suppléant
check-people-locum-help = ajoutez les jours de remplacement : `covers: [(physician: "…", from: "today", to: "today+4")]`
check-people-duration-range = un rendez-vous dure de 1 à 240 minutes
check-people-out-of-range = hors limites
check-people-duration-rows = l'horaire est découpé en rangées de 5 minutes ; cette durée ne s'y aligne pas
check-people-not-multiple-of-5 = pas un multiple de 5
check-people-new-patient-short = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, c'est court pour un nouveau patient (la règle S1 du recueil prévoit de 30 à 60 minutes)
check-people-short-for-new-patient = court pour un nouveau patient
check-people-double-booking = les longues visites et les interventions ne devraient jamais faire l'objet d'une double réservation (S4)
check-people-double-bookable = double réservation permise
check-people-not-a-colour = `{ $colour }` n'est pas une couleur
check-people-expected-colour = attendu : `#rrggbb`
check-people-colour-help = écrivez une couleur hexadécimale, par exemple "#4e79a7"
check-people-patient-name = un patient doit avoir un nom
check-people-born-in-future = la date de naissance { $born } tombe après la journée simulée, le { $today }
check-people-in-the-future = date future
check-people-no-phone = { $name } n'a aucun numéro de téléphone au dossier : la réception ne peut donc pas appeler cette personne
check-people-no-phones = aucun téléphone
check-people-voicemail-number = un message vocal peut être laissé au numéro de type { $kind }, mais { $name } n'a aucun téléphone de type { $kind }
check-people-no-such-phone = aucun téléphone de ce type
check-people-voicemail-help = ajoutez ce téléphone à `phones`, ou indiquez un téléphone que cette personne a
check-people-authorized-nothing = l'autorisation de { $name } ne permet de recevoir aucune information
check-people-released-result = un résultat communicable doit porter le nom de l'analyse
check-people-released-help = nommez l'analyse comme les personnes qui appellent la demandent, par exemple "Formule sanguine"
check-people-chart-result = un résultat au dossier doit porter le nom de l'analyse
check-people-chart-result-help = nommez l'analyse comme les personnes qui appellent la demandent, par exemple "TSH"
check-people-result-twice = le résultat « { $test } » figure deux fois au dossier, ou à la fois comme communicable et comme non communicable
check-people-again = en double
check-people-result-twice-help = un seul statut par analyse : `Released`, `ToDiscuss` ou `Abnormal`
check-people-away-reversed = l'absence du patient se termine avant de commencer
check-people-dates-reversed = dates inversées
check-people-version-code = `{ $version }` n'est pas un code de version valide : { $problem }
check-people-version-code-label = attendu : une ou deux lettres majuscules
check-people-not-ramq-number = `{ $number }` n'est pas le numéro d'assurance maladie (RAMQ) de ce patient : { $problem }
check-people-not-ontario-number = `{ $number }` n'est pas un numéro d'assurance maladie de l'Ontario valide : { $problem }
check-people-health-number-label = échoue à la vérification du numéro d'assurance maladie
check-people-health-number-help = une carte qui porte une erreur de saisie se décrit dans un événement (`card: Shows(number: "…", version: "…", expires: "…")`), pas dans le dossier du patient
check-people-duplicate-health-number = le patient `{ $other }` a le même numéro d'assurance maladie
check-people-shared-health-number = numéro d'assurance maladie en double
check-people-duplicate-health-number-help = pour qu'une personne présente la carte de quelqu'un d'autre, utilisez `card: Borrowed("patient-id")` dans l'événement
check-people-no-health-card = { $name } n'a aucune carte d'assurance maladie au dossier
check-people-no-card = aucune carte

## Ce qui ne va pas avec une carte d'assurance maladie, selon le validateur (health_card.rs)

card-problem-not-ten-digits = un numéro d'assurance maladie de l'Ontario compte exactement 10 chiffres
card-problem-check-digit = le chiffre de contrôle est { $found }, mais les neuf premiers chiffres donnent { $expected } (Luhn modulo 10)
card-problem-version-code = le code de version compte une ou deux lettres majuscules
card-problem-expired = la carte a expiré le { $date }
card-problem-ramq-shape = un numéro de la RAMQ compte quatre lettres et huit chiffres
card-problem-ramq-mismatch = le numéro commence par { $found }, mais le nom de famille, le prénom, la date de naissance et le sexe du titulaire donnent { $expected } : c'est la carte de quelqu'un d'autre, ou le numéro a été mal saisi

## Les identifiants : chacun défini une fois, chaque référence à quelque chose qui existe, rien d'inutilisé (check/references.rs)
# $what est le genre de chose : patient, staff-member, appointment-type, booking, contact, event.

check-references-unknown-patient = aucun patient n'a l'identifiant `{ $id }`
check-references-not-patient-id = pas un identifiant de patient
check-references-staff-not-physician = `{ $id }` fait partie du personnel, mais n'est pas un des médecins de la clinique
check-references-unknown-physician = aucun médecin n'a l'identifiant `{ $id }`
check-references-not-physician-id = pas un identifiant de médecin
check-references-unknown-covering = aucun médecin de la clinique ni aucun médecin remplaçant n'a l'identifiant `{ $id }`
check-references-unknown-type = aucun type de rendez-vous n'a l'identifiant `{ $id }`
check-references-not-type = pas un type de rendez-vous
check-references-unknown-booking = aucun rendez-vous de l'horaire n'a l'identifiant `{ $id }`
check-references-not-booking-id = pas un identifiant de rendez-vous
check-references-unknown-contact = aucun contact du répertoire n'a l'identifiant `{ $id }`
check-references-not-contact-id = pas un identifiant de contact
check-references-contact-kind = `{ $id }` est un contact de type { $listed }, mais un contact de type { $kind } est attendu ici
check-references-expected-kind = attendu : un contact de type { $kind }
check-references-empty-id = { $what ->
        [patient] un patient
        [staff-member] un membre du personnel
        [appointment-type] un type de rendez-vous
        [booking] un rendez-vous
        [contact] un contact
        [event] un événement
       *[other] un élément ({ $what })
    } a un identifiant vide
check-references-empty-id-label = identifiant vide
check-references-duplicate-id = l'identifiant { $what ->
        [patient] de patient
        [staff-member] de membre du personnel
        [appointment-type] de type de rendez-vous
        [booking] de rendez-vous
        [contact] de contact
        [event] d'événement
       *[other] ({ $what })
    } `{ $id }` est employé deux fois
check-references-defined-again = défini de nouveau ici
check-references-duplicate-id-help = il est d'abord défini à `{ $first }` ; chaque identifiant doit être unique
check-references-unused-patient = le patient `{ $id }` n'apparaît jamais, ni à l'horaire, ni dans la liste d'attente, ni dans la chronologie
check-references-never-used = jamais employé
check-references-unused-patient-help = retirez ce patient, ou vérifiez l'orthographe là où vous vouliez y faire référence
check-references-unused-type = aucun horaire hebdomadaire de médecin n'offre `{ $id }` : ce type ne peut donc jamais être réservé
check-references-in-no-template = dans aucun horaire

## Les heures, le calendrier et les politiques de la clinique (check/clinic.rs)

check-clinic-format-version = cette version de Clinic Day lit le format de scénario { $supported }, pas le format { $format }
check-clinic-unsupported-format = format non pris en charge
check-clinic-format-help = écrivez `format: { $supported }`
check-clinic-scenario-id = l'identifiant du scénario doit être un nom court, sans espaces
check-clinic-scenario-id-label = par exemple "greene-cardiology"
check-clinic-no-briefing = le scénario n'a aucun texte de breffage pour l'apprenant
check-clinic-no-briefing-help = ajoutez `briefing: "…"` : ce texte s'affiche avant le début du quart
check-clinic-no-objectives = le scénario n'énonce aucun objectif d'apprentissage
check-clinic-no-objectives-help = ajoutez `objectives: ["…"]` : ils s'affichent à l'écran de breffage et au débreffage
check-clinic-closes-before-opens = la clinique ferme ({ $close }) avant d'ouvrir ({ $open })
check-clinic-closing-time = heure de fermeture
check-clinic-lunch = le dîner { $from }–{ $to } doit être une période comprise dans les heures d'ouverture { $open }–{ $close }
check-clinic-lunch-label = dîner
check-clinic-no-day-open = la clinique n'est ouverte aucun jour de la semaine
check-clinic-empty = vide
check-clinic-closed-day = le { $date } est un { $weekday }, jour où la clinique est fermée
check-clinic-simulated-day = la journée simulée
check-clinic-closed-day-help = choisissez une date qui tombe un des jours de `days_open`
check-clinic-calendar-weeks = le calendrier couvre de 1 à 26 semaines
check-clinic-out-of-range = hors limites
check-clinic-max-per-slot = au moins un patient doit pouvoir occuper une plage
check-clinic-max-per-slot-label = écrivez 1 pour « jamais de double réservation »
check-clinic-release-outside-hours = { $time } est en dehors des heures d'ouverture
check-clinic-never-reached = heure jamais atteinte
check-clinic-rings = un appel doit sonner au moins une fois
check-clinic-zero = zéro
check-clinic-hold-patience = les personnes qui appellent raccrochent dès qu'on les met en attente

## Ce que le format 2 a ajouté, employé dans un fichier qui indique `format: 1` (check/format.rs).
# $what est l'un des noms check-format- ci-dessous.

check-format-new-in-2 = { $what } n'existe qu'à partir du format 2, et ce fichier indique `format: 1`
check-format-2 = format 2
check-format-help = écrivez `format: 2` en tête du fichier : chaque champ du format 1 garde le sens qu'il avait
check-format-languages = `languages` (une journée écrite en plus d'une langue)
check-format-covers = `covers` (les jours où un médecin en remplace un autre)
check-format-locum = `locum`
check-format-authority = cette autorité (la garde, ou une procuration relative aux soins de la personne)
check-format-validates = `validates` (une carte que la validation du ministère accepte après la date qui y est imprimée)
check-format-decides-alone = `decides_alone` (une personne mineure apte qui décide seule de ses soins)
check-format-results = `results` (les résultats au dossier, avec leur statut de communication)
check-format-referrals-out = `referrals_out` (les demandes de consultation envoyées, à suivre)
check-format-fill = `fill` (une période de l'horaire remplie à partir de la graine)
check-format-only-if = `only_if` (une conséquence)
check-format-unless = `unless` (une conséquence)
check-format-message = `Message` (un message électronique dans la boîte de réception)
check-format-task = `Task` (une tâche inscrite sur la liste de la réception, à faire avant une heure donnée)
check-format-printout = un `Printout` (du papier à déchiqueter)
check-format-did-not-attend = un avis `DidNotAttend`
check-format-referral-acknowledged = un document `ReferralAcknowledged`
check-format-visitor = `Visitor` (une personne au comptoir qui ne vient pas consulter)
check-format-custody-order = un document `CustodyOrder`
check-format-says-when-asked-caller = `says_when_asked` (ce qu'une personne qui appelle ne dit que si on lui demande pourquoi)
check-format-purpose = `purpose` (ce à quoi doit servir l'information que demande la personne qui appelle)
check-format-worsens = `worsens` (une personne qui attend et dont l'état s'aggrave)
check-format-says-when-asked-walk-in = `says_when_asked` (ce qu'une personne sans rendez-vous ne dit que si on lui demande pourquoi)
check-format-leaves-if-told-over = `leaves_if_told_over` (une personne que décourage l'attente qu'on lui annonce)
check-format-red-flag = ce signal d'alarme (un seul signe VITE, ou un signe d'AVC de la circulation postérieure)

## Les réglages de la notation (check/scoring.rs). Le titre d'une règle et la référence d'un délai
# viennent de leurs propres messages (rules.ftl, deadlines.ftl), choisis par $rule et $field ;
# l'anglais ($title, $reference) tient lieu de ce qui n'y est pas listé.

check-scoring-category-weight = le poids d'une catégorie est compris entre 0 et { $max }
check-scoring-negative = négatif
check-scoring-too-large-to-add-up = trop grand pour être additionné sans risque
check-scoring-weights-help = les poids sont relatifs : 40, 35 et 25 pèsent autant que 0.4, 0.35 et 0.25
check-scoring-no-weight = au moins une catégorie doit avoir un poids
check-scoring-all-zero = tous à zéro
check-scoring-deadline = un délai pour { $rule } est compris entre 1 et { $max } minutes
check-scoring-deadline-zero = zéro : personne ne pourrait le respecter
check-scoring-deadline-too-long = plus long qu'une journée de clinique
check-scoring-deadline-help = la valeur par défaut du recueil est de { $minutes } minutes ({ $field ->
        [emergency_message] { deadline-emergency-message.reference }
        [crisis_hand_off] { deadline-crisis-hand-off.reference }
        [distress_at_desk] { deadline-distress-at-desk.reference }
        [clinician_now] { deadline-clinician-now.reference }
        [urgent_message] { deadline-urgent-message.reference }
        [critical_result] { deadline-critical-result.reference }
        [delay_told] { deadline-delay-told.reference }
       *[other] { $reference }
    })
check-scoring-pass-mark = le seuil de réussite se note sur 100
check-scoring-over-100 = plus de 100
check-scoring-gate-not-critical = { $rule } n'est jamais critique : en faire une règle éliminatoire est étrange
check-scoring-not-critical-rule = règle non critique
check-scoring-gate-not-critical-help = les règles éliminatoires sont prévues pour les règles critiques ; haussez sa gravité dans `scoring.rules` si c'est bien votre intention
check-scoring-duplicate-override = { $rule } est déjà modifiée par l'entrée { $first }
check-scoring-changed-twice = modifiée deux fois
check-scoring-reference-rule = { $rule } relève des connaissances de référence et n'est jamais évaluée ; la modifier n'a aucun effet
check-scoring-never-judged = jamais évaluée
check-scoring-rule-weight = le poids d'une règle est compris entre 0 et { $max }
check-scoring-too-large = trop grand
check-scoring-rule-weight-help = 1.0 donne les points du recueil ; 2.0 les double
check-scoring-critical-rule-off = { $rule } ({ $rule ->
        [T1] { rule-T1 }
        [T2] { rule-T2 }
        [T3] { rule-T3 }
        [T4] { rule-T4 }
        [T11] { rule-T11 }
        [T13] { rule-T13 }
        [C1] { rule-C1 }
        [C2] { rule-C2 }
        [C4] { rule-C4 }
        [C5] { rule-C5 }
        [C6] { rule-C6 }
        [C7] { rule-C7 }
        [C8] { rule-C8 }
        [C13] { rule-C13 }
        [C14] { rule-C14 }
        [C15] { rule-C15 }
        [C17] { rule-C17 }
        [S6] { rule-S6 }
        [S10] { rule-S10 }
        [S11] { rule-S11 }
       *[other] { $title }
    }) peut être critique, et cette journée la désactive
check-scoring-critical-rule-off-label = règle critique désactivée
check-scoring-critical-rule-off-help = les apprenants ne seront pas du tout évalués sur cette règle ; assurez-vous que c'est bien ce dont la journée a besoin
check-scoring-gate-disabled = { $rule } est une règle éliminatoire, mais elle est désactivée
check-scoring-gate-never-trips = ne peut jamais faire échouer
check-scoring-unknown-rule = `{ $id }` n'est pas une règle du recueil
check-scoring-unknown-rule-id = identifiant de règle inconnu
check-scoring-unknown-rule-help = { $suggestion } (T1–T12, C1–C17, S1–S13)

# How a scenario's diagnostics are laid out (validate, and any file read: results, exam sheets).
diagnostic-help = aide : { $help }
diagnostic-note = remarque : { $note }
diagnostic-at = à `{ $path }`

# What exists, when a name matches nothing. $what is the kind of thing: patient, physician,
# appointment type, booking, contact, rule.
suggest-did-you-mean = vouliez-vous dire `{ $near }` ?
suggest-none-yet = { $what ->
        [patient] il n'y a encore aucun patient : ajoutez-en un d'abord
        [physician] il n'y a encore aucun médecin : ajoutez-en un d'abord
        [appointment-type] il n'y a encore aucun type de rendez-vous : ajoutez-en un d'abord
        [booking] il n'y a encore aucun rendez-vous : ajoutez-en un d'abord
        [contact] il n'y a encore aucun contact : ajoutez-en un d'abord
        [rule] il n'y a encore aucune règle : ajoutez-en une d'abord
       *[other] il n'y a encore aucun { $what } : ajoutez-en un d'abord
    }
suggest-all = { $what ->
        [patient] les patients sont
        [physician] les médecins sont
        [appointment-type] les types de rendez-vous sont
        [booking] les rendez-vous sont
        [contact] les contacts sont
        [rule] les règles sont
       *[other] les { $what } sont
    } : { $all }
suggest-some = { $what ->
        [patient] il y a { $count } patients
        [physician] il y a { $count } médecins
        [appointment-type] il y a { $count } types de rendez-vous
        [booking] il y a { $count } rendez-vous
        [contact] il y a { $count } contacts
        [rule] il y a { $count } règles
       *[other] il y a { $count } { $what }
    }, par exemple { $some }

# What `clinic-day validate` says after the diagnostics.
validate-file-counts = { $errors ->
        [0] { $warnings ->
            [0] {""}
            [one] {" "}(1 avertissement)
           *[other] {" "}({ $warnings } avertissements)
        }
        [one] { $warnings ->
            [0] {" "}(1 erreur)
            [one] {" "}(1 erreur, 1 avertissement)
           *[other] {" "}(1 erreur, { $warnings } avertissements)
        }
       *[other] { $warnings ->
            [0] {" "}({ $errors } erreurs)
            [one] {" "}({ $errors } erreurs, 1 avertissement)
           *[other] {" "}({ $errors } erreurs, { $warnings } avertissements)
        }
    }
validate-skipped = { $count ->
        [one] { $count } fichier ignoré
       *[other] { $count } fichiers ignorés
    } (pas en .ron) : { $names }
validate-no-files = aucun fichier de scénario trouvé
validate-checked = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $valid } { $valid ->
        [one] valide
       *[other] valides
    }, { $failed } avec des erreurs ; { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }

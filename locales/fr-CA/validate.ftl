# How a scenario's diagnostics are laid out (validate, and any file read: results, exam sheets).
diagnostic-help = aide : { $help }
diagnostic-note = remarque : { $note }
diagnostic-at = à `{ $path }`

# What exists, when a name matches nothing. $what is the kind of thing: patient, physician,
# appointment type, booking, contact, rule.
suggest-did-you-mean = vouliez-vous dire `{ $near }` ?
suggest-none-yet = il n'y a encore aucun { $what ->
        [patient] patient
        [physician] médecin
        [appointment-type] type de rendez-vous
        [booking] rendez-vous
        [contact] contact
        [rule] règle
       *[other] { $what }
    } : ajoutez-en un d'abord
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

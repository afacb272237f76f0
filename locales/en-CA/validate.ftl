# How a scenario's diagnostics are laid out (validate, and any file read: results, exam sheets).
diagnostic-help = help: { $help }
diagnostic-note = note: { $note }
diagnostic-at = at `{ $path }`

# What exists, when a name matches nothing. $what is the kind of thing: patient, physician,
# appointment type, booking, contact, rule.
suggest-did-you-mean = did you mean `{ $near }`?
suggest-none-yet = there are no { $what ->
        [patient] patients
        [physician] physicians
        [appointment-type] appointment types
        [booking] bookings
        [contact] contacts
        [rule] rules
       *[other] { $what }s
    } yet: add one first
suggest-all = the { $what ->
        [patient] patients
        [physician] physicians
        [appointment-type] appointment types
        [booking] bookings
        [contact] contacts
        [rule] rules
       *[other] { $what }s
    } are: { $all }
suggest-some = there are { $count } { $what ->
        [patient] patients
        [physician] physicians
        [appointment-type] appointment types
        [booking] bookings
        [contact] contacts
        [rule] rules
       *[other] { $what }s
    }, e.g. { $some }

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

# What `clinic-day validate` says after the diagnostics.
validate-file-counts = { $errors ->
        [0] { $warnings ->
            [0] {""}
            [one] {" "}(1 warning)
           *[other] {" "}({ $warnings } warnings)
        }
        [one] { $warnings ->
            [0] {" "}(1 error)
            [one] {" "}(1 error, 1 warning)
           *[other] {" "}(1 error, { $warnings } warnings)
        }
       *[other] { $warnings ->
            [0] {" "}({ $errors } errors)
            [one] {" "}({ $errors } errors, 1 warning)
           *[other] {" "}({ $errors } errors, { $warnings } warnings)
        }
    }
validate-skipped = skipped { $count ->
        [one] 1 file
       *[other] { $count } files
    } (not .ron): { $names }
validate-no-files = no scenario files found
validate-checked = { $files ->
        [one] 1 file
       *[other] { $files } files
    } checked: { $valid } valid, { $failed } with errors; { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

# Clinic Day, English (Canada): what the judge says, in words shared by every judgment.

## How long, and which limit

duration-minutes = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
duration-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
limit-rulebook = the rulebook's limit of { $minutes } minutes
limit-clinic = this clinic's limit of { $minutes } minutes

## What an outgoing greeting mentions

greeting-hours = the hours
greeting-todays-availability = today's availability
greeting-closures = closures
greeting-coverage = who covers
greeting-emergency-911 = "for emergencies call 911"
greeting-health811 = Health811
greeting-info-sante-811 = Info-Santé 811
greeting-crisis-988 = the 988 crisis line

# Clinic Day, français (Canada) : les dates en toutes lettres.

weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
date-long-year = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

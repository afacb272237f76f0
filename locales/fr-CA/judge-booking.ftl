# Clinic Day, français (Canada) : ce que dit le juge des rendez-vous, de l'accueil et des promesses de rappel.

## Rendez-vous

booking-verified-before-booking = { $how } avant de fixer le rendez-vous.
booking-identity-unconfirmed = La réception a fixé le rendez-vous sans confirmer l'identité de la personne au bout du fil.
booking-emergency-booked = La réception a réservé une plage le { $date } pour une personne qui avait besoin du 911 sur-le-champ.
booking-suicidal-booked = La réception a réservé une plage pour une personne ayant des idées suicidaires au lieu de faire un transfert de vive voix.
booking-same-day-days-out = La réception a fixé au { $date } un rendez-vous pour un besoin du jour même, soit plusieurs jours plus tard (sous-triage).
booking-same-day-expected = Une plage aujourd'hui même, ou un rappel d'un clinicien aujourd'hui, pour un besoin qui ne peut pas attendre.
booking-walk-in-same-day = La réception a fixé aujourd'hui le rendez-vous de la personne venue sans rendez-vous, dont le besoin était du jour même.
booking-reserve-routine = La réception a utilisé une plage réservée aux besoins du jour même pour un besoin courant (surtriage).
booking-routine-slot = La réception a donné une plage courante à un besoin courant.
booking-reserve-urgent-need = La réception a utilisé une plage réservée aux besoins du jour même pour un besoin urgent.
booking-reserve-urgent-visit = La réception a utilisé une plage réservée aux besoins du jour même pour une visite urgente.
booking-reserve-days-ahead = La réception a rempli une plage réservée aux besoins du jour même, le { $date }, avec une visite de routine fixée plusieurs jours à l'avance.
booking-too-short = La réception a réservé { $minutes } minutes pour un rendez-vous « { $kind } », pour lequel la clinique prévoit { $practice } minutes.
booking-wrong-type = La réception a réservé un rendez-vous « { $kind } » alors qu'il fallait un rendez-vous « { $needed } ».
booking-practice-length = La réception a réservé un rendez-vous « { $kind } » de la durée prévue par la clinique.
booking-offered-by-priority = La réception a d'abord offert la plage libérée à { $who }, selon la priorité clinique.
booking-offered-out-of-priority = La réception a offert la plage libérée à { $who } avant { $best }, dont la priorité est plus élevée sur la liste d'attente.
booking-first-come = La réception a donné la plage libérée à la première personne qui l'a demandée, pendant que { $waiting } attendait sur la liste d'attente.
booking-rebooked-cannot-come = La réception a donné à { $who } un nouveau rendez-vous le { $date } à { $at }, mais « { $reason } ».
booking-moved = La réception a déplacé le rendez-vous de { $who } au { $date } à { $at } avec { $with }
booking-moved-in-time = { $moved } : { $in_time }.
booking-moved-late = { $moved }, { $late ->
        [one] { $late } jour
       *[other] { $late } jours
    } après le rendez-vous initial (la limite : { $by }), alors que { $other } avait de la place le { $room_date } à { $room_at }.
booking-moved-no-room = { $moved } : personne n'avait de place { $in_time }, on a donc pris la première place libre.
booking-limit-urgent = au plus tard le jour du rendez-vous initial (le { $date })
booking-limit-routine = dans les { $days } jours ouvrables suivant le rendez-vous initial (le { $date })
booking-urgent-patient = { $name }, dont le cas est urgent,
booking-rebook-expected = Donner un nouveau rendez-vous à { $name } { $in_time }.
booking-waitlisted-with-room = La réception a inscrit { $who } sur la liste d'attente au lieu de lui donner un nouveau rendez-vous, alors que { $other } avait de la place le { $date } à { $at }.
booking-waitlisted-no-room = La réception a inscrit { $name } sur la liste d'attente : personne n'avait de place { $in_time }.
booking-add-on-approved = La réception a ajouté un court rendez-vous urgent en double réservation, avec l'approbation du clinicien.
booking-add-on-refused = La réception a tenté une double réservation dans une plage longue ou d'intervention.

## L'accueil

desk-card-not-checked = La réception a inscrit l'arrivée de { $who } sans vérifier la carte d'assurance maladie.
desk-card-failed-accepted = La réception a accepté la carte de { $who } malgré l'échec de la vérification (aucune carte valide à son nom, aucune orientation vers { $office ->
        [qc] la RAMQ
       *[other] ServiceOntario
    }).
desk-card-checked = La réception a vérifié la carte d'assurance maladie de { $who } avant l'inscription.
desk-details-updated = La réception a mis à jour les coordonnées de { $who } à l'inscription.
desk-details-left-old = La réception a laissé les anciennes coordonnées de { $who } au dossier.
desk-details-expected = Inscrire au dossier la nouvelle adresse ou le nouveau numéro de téléphone que le patient donne à l'inscription, pour que le dossier soit à jour avant la visite.
desk-card-before-help = La réception a vérifié la carte d'assurance maladie de { $who } avant de faire venir de l'aide pour une urgence.
desk-help-before-card = La réception a fait venir de l'aide pour { $who } avant de demander la carte d'assurance maladie.
desk-medication-list = la liste de médicaments
desk-records-requested = La réception a demandé { $what } pour { $who } avant la visite.
desk-records-not-requested = La visite de { $who } a commencé sans { $what } : personne n'en avait fait la demande.
desk-orders-booked = La réception a fixé tout ce que le médecin avait prescrit avant le départ de { $who }.
desk-orders-missing = { $who } a quitté la clinique sans rendez-vous fixé pour : { $orders }.
desk-order-within = { $order } (dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
desk-order-later-within = { $order } (un jour ultérieur, dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
desk-aloud = La réception a dit à voix haute { $what } au comptoir, là où la salle d'attente pouvait l'entendre ({ $who }).
desk-aloud-diagnosis = le motif de consultation
desk-aloud-demographics = sa date de naissance ou son numéro d'assurance maladie
desk-aloud-health-information = ses renseignements de santé
desk-booked-before-asking = La réception a donné un rendez-vous à { $who } avant de lui demander le motif de sa visite ; si on le lui avait demandé, { $who } aurait répondu : « { $says } »
desk-asked-why-here = La réception a demandé à { $who } le motif de sa visite.

## Promesses de rappel

promises-expected = Dire à la personne qui la rappellera et d'ici quelle heure, puis s'assurer que cet appel est fait : transmettre le message à ce clinicien, ou faire l'appel soi-même.
promises-not-told = La réception a pris un message pour { $for_whom }, mais n'a pas dit à { $caller } qui rappellerait ni d'ici quelle heure.
promises-desk-kept = La réception a dit à { $caller } qu'elle rappellerait d'ici { $by }, et a appelé à { $at }.
promises-desk-broken = La réception a dit à { $caller } qu'elle rappellerait d'ici { $by } ; aucun appel n'a été fait avant cette heure.
promises-staff-kept = La réception a dit à { $caller } que { $name } rappellerait d'ici { $by } ; le message a été transmis à { $name }, qui a rappelé.
promises-staff-broken = La réception a dit à { $caller } que { $name } rappellerait d'ici { $by }, mais { $why } : l'appel n'est jamais venu.
promises-staff-away = { $name } ne travaille pas aujourd'hui et ne pouvait pas faire l'appel
promises-staff-not-told = personne n'a transmis le message à { $name }

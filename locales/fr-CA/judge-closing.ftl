# Clinic Day, français (Canada) : ce que dit le juge à la fermeture de ce qui est resté à faire, et des demandes de consultation à relancer (T12).

## Appels et messages vocaux (T10, C17, T6, T9)

closing-message-returned = La réception a donné suite au message laissé par { $who }.
closing-message-never-returned = Le message laissé par { $who } est resté sans réponse.
closing-child-welfare-reported = La réception a signalé la situation { $jurisdiction ->
        [qc] au directeur de la protection de la jeunesse (DPJ)
       *[other] à la société d'aide à l'enfance
    } et avisé le médecin.
closing-child-welfare-not-reported = Un soupçon de maltraitance envers un enfant n'a pas été signalé { $jurisdiction ->
        [qc] au directeur de la protection de la jeunesse (DPJ)
       *[other] à la société d'aide à l'enfance
    }.
closing-visit-request-expected = La prochaine plage régulière pour un besoin courant, ou une place sur la liste d'attente s'il n'y en a aucune.
closing-waitlisted-while-slot-free = La réception a inscrit { $who } sur la liste d'attente alors qu'une plage régulière était libre ({ $date } à { $at }) : la liste d'attente sert à obtenir une plage plus tôt que la prochaine plage libre.
closing-waitlisted-no-slot-free = Aucune plage régulière n'était libre : la réception a inscrit { $who } sur la liste d'attente.
closing-visit-request-unmet = { $who } a demandé un rendez-vous (« { $reason } ») et l'appel a pris fin sans rendez-vous fixé ni place sur la liste d'attente.
closing-call-documented = La réception a consigné au dossier l'appel avec { $caller } et lui a donné des consignes en cas d'aggravation.
closing-call-not-documented = Aucune note au dossier sur l'appel avec { $caller } : ses paroles, les conseils donnés et qui a été avisé.
closing-no-safety-net = On n'a pas dit à { $caller } de composer le 911 si ça empire.

## Le message d'accueil (T10)

closing-greeting-updated = La réception a mis à jour le message d'accueil.
closing-greeting-not-updated = Le message d'accueil n'a jamais été mis à jour pour mentionner { $missing }.
closing-greeting-absence-added = La réception a ajouté au message d'accueil l'absence du médecin ({ $name }) et qui assure la relève.
closing-greeting-absence-missing = Le message d'accueil n'a jamais mentionné l'absence du médecin ({ $name }) le { $date } ni qui assure la relève.

## Les documents restés dans la boîte de réception (S5, T11, C13, C15, S8, C19, T12, S12)

closing-cancellation-not-removed = Le rendez-vous annulé n'a jamais été retiré de l'horaire, si bien que la plage n'a pas pu être offerte à la liste d'attente.
closing-and = { $first } et { $then }
closing-critical-result-unreached = Le résultat critique ({ $test }) n'est jamais parvenu à un médecin.
closing-critical-result-flagged-away = Le résultat critique ({ $test }) a été signalé à { $names }, { $count ->
        [one] qui ne travaillait pas
       *[other] qui ne travaillaient pas
    } aujourd'hui, et n'est jamais parvenu à un médecin présent.
closing-abnormal-result-unreached = Le résultat anormal ({ $test }) n'est jamais parvenu au médecin.
closing-abnormal-result-sent-away = Le résultat anormal ({ $test }) a été envoyé à { $name }, qui ne travaillait pas ici aujourd'hui, et n'est jamais parvenu à un médecin présent.
closing-misdirected-fax-unreported = Une télécopie destinée à une autre clinique n'a jamais été signalée comme { $jurisdiction ->
        [qc] incident de confidentialité
       *[other] atteinte à la vie privée
    }.
closing-did-not-attend-unreached = L'avis indiquant que le patient ne s'est pas présenté à son rendez-vous ({ $consultation }) n'est jamais parvenu à un médecin pour une nouvelle demande de consultation ({ $how }).
closing-paper-left-out = Le document papier ({ $what }) est resté au comptoir à la fermeture, sans être déchiqueté.
closing-urgency-emergency = d'urgence
closing-urgency-urgent = urgente
closing-urgency-scheduled = programmée
closing-referral-visit-missed = Un rendez-vous a été fixé pour la demande de consultation { $urgency }, mais le patient n'a pas été vu (reparti sans être vu ou absent) et aucun autre rendez-vous n'a été fixé.
closing-referral-never-booked = Aucun rendez-vous n'a été fixé pour la demande de consultation { $urgency }.
closing-referral-booked-late = La réception a fixé au { $date } le rendez-vous de la demande de consultation { $urgency }, au-delà du délai cible de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $by }).
closing-referral-not-phoned = La réception a fixé le rendez-vous de la demande de consultation { $urgency }, mais n'a pas téléphoné au bureau du médecin demandeur pour lui donner l'heure.
closing-referral-booked = La réception a fixé au { $date } le rendez-vous de la demande de consultation { $urgency }, dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, et avisé le bureau du médecin demandeur.
closing-document-filed = La réception a classé le document au bon dossier.
closing-document-unfiled = Le document n'a pas été classé : il est resté hors du dossier.

## Absences aux rendez-vous (S8) et rappels (S9)

closing-no-show-noted = La réception a noté au dossier l'absence au rendez-vous ({ $name }) et l'a signalée au médecin.
closing-no-show-not-noted = L'absence au rendez-vous ({ $name }) n'a pas été à la fois notée au dossier et signalée au médecin.
closing-reminded = La réception a rappelé à { $name } son rendez-vous du { $date } à { $at }.
closing-not-reminded = On n'a jamais rappelé à { $name } son rendez-vous du { $date } à { $at }.

## L'absence d'un médecin (S6)

closing-told-waitlisted = La réception a informé { $name } le jour même de l'annulation du rendez-vous et de son inscription sur la liste d'attente.
closing-not-told-waitlisted = La réception a inscrit { $name } sur la liste d'attente sans jamais l'informer de l'annulation du rendez-vous.
closing-told-waitlisted-expected = Dire le jour même à chaque patient touché par l'absence ce qu'il advient de son rendez-vous : un appel qui le joint, ou un message dans la boîte vocale du numéro que son dossier autorise.
closing-told-moved = La réception a informé { $name } le jour même du déplacement du rendez-vous.
closing-told-moved-to = La réception a informé { $name } le jour même du déplacement du rendez-vous au { $date } à { $at }.
closing-not-told-moved = Le rendez-vous a été déplacé, mais personne n'en a jamais avisé { $name }.
closing-not-told-moved-to = Le rendez-vous a été déplacé au { $date } à { $at }, mais personne n'en a jamais avisé { $name }.
closing-told-moved-expected = Donner le jour même la nouvelle heure à chaque patient dont le rendez-vous a été déplacé : un appel qui le joint, ou un message dans la boîte vocale du numéro que son dossier autorise.
closing-rebooked-off-absence = La réception a fixé pour { $name } un nouveau rendez-vous en dehors du jour d'absence.
closing-urgent-left-on-absence = { $name }, un cas urgent, avait toujours rendez-vous un jour où le médecin est absent.
closing-left-on-absence = { $name } avait toujours rendez-vous un jour où le médecin est absent.
closing-rebooked-in-order = La réception a fixé de nouveaux rendez-vous d'abord aux cas urgents, puis aux cas courants.
closing-routine-while-urgent-left = La réception a fixé de nouveaux rendez-vous à des cas courants alors qu'un cas urgent avait toujours rendez-vous le jour d'absence.
closing-routine-before-urgent = La réception a fixé un nouveau rendez-vous à un cas courant avant les cas urgents.

## Plages libérées (S5) et habitudes de la journée (C14, S7, T5)

closing-freed-slot-not-offered = La plage libérée du { $date } à { $at } n'a jamais été offerte à la liste d'attente ({ $name } était en tête de liste).
closing-charts-needed-only = La réception n'a ouvert que les dossiers nécessaires au travail de la journée.
closing-left-never-checked-in = { $name } avait rendez-vous à { $at }, mais son arrivée n'a jamais été enregistrée : la personne est repartie sans être vue, sans jamais savoir ce qui se passait.
closing-left-unseen-untold = { $name } a quitté la clinique sans voir le médecin, sans qu'on lui ait jamais dit combien de temps durerait l'attente.
closing-still-at-counter = { $name } avait rendez-vous à { $at }, mais son arrivée n'a jamais été enregistrée : la personne attendait encore au comptoir à la fin de la journée, sans jamais savoir ce qui se passait.
closing-walk-in-not-seen = Visite sans rendez-vous ({ $name }) pour { $what }, un problème à voir aujourd'hui : ni rendez-vous aujourd'hui ni consultation.
closing-walk-in-expected = Une plage le jour même, ou un rappel d'un clinicien aujourd'hui, pour un besoin qui ne peut pas attendre.

## Demandes de consultation envoyées, à relancer pour leur accusé de réception (T12)

referrals-expected = Relancer une demande de consultation sans accusé de réception une fois sa limite passée (urgente après 7 jours, de routine après 14) : une demande urgente, par téléphone, jusqu'à ce que le bureau du spécialiste en confirme la réception.
referrals-urgency-emergency = d'urgence
referrals-urgency-urgent = urgente
referrals-urgency-routine = de routine
referrals-referral = la demande de consultation { $urgency } pour { $patient }, adressée à { $to } ({ $reason }), envoyée il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
referrals-chased-by-phone = La réception a relancé { $referral } par téléphone : le bureau en a confirmé la réception.
referrals-chased-by-fax = La réception a relancé { $referral } par télécopieur.
referrals-acknowledged-after-chase = La réception a relancé { $referral } ; le bureau en a accusé réception à { $at }.
referrals-chased-only-by-fax = La réception a relancé { $referral } seulement par télécopieur, et aucun accusé de réception n'est venu : une demande de consultation urgente exige un appel téléphonique.
referrals-never-chased = La réception n'a jamais relancé { $referral }, toujours sans accusé de réception (limite : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }).

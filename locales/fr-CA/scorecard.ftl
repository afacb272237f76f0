# Clinic Day, français (Canada). Chaque identifiant de message est employé tel quel dans le code ;
# un test échoue s'il manque dans une langue, ou s'il ne sert nulle part. Typographie française :
# une espace fine insécable avant : ; ! ?

## La fiche de résultats, telle que `clinic-day run` l'affiche

scorecard-title = Fiche de résultats Clinic Day : { $scenario } (graine { $seed })
scorecard-total = total
scorecard-pass = RÉUSSI
scorecard-fail = ÉCHEC
scorecard-pass-mark = seuil de réussite { $mark }
scorecard-triage = triage
scorecard-confidentiality = confidentialité
scorecard-scheduling = rendez-vous
scorecard-judged = décisions jugées : { $judged } (respectées : { $kept }, enfreintes : { $broken })
scorecard-fail-gates = règles éliminatoires enfreintes : { $rules }
scorecard-deductions = Déductions :
scorecard-expected = attendu :
scorecard-source = source :

severity-minor = mineure
severity-major = majeure
severity-critical = critique

## Les conséquences d'une journée (format 2 `only_if` / `unless`), après la fiche

consequences = Conséquences :
consequence-happened = a eu lieu
consequence-did-not-happen = n'a pas eu lieu
consequence-because = { $verdict } : { $because }
consequence-event = { $kind ->
        [Voicemail] Message vocal
        [Message] Message
        [Visitor] Visiteur
        [Task] Tâche
        [Call] Appel
        [Arrival] Arrivée
        [WalkIn] Sans rendez-vous
        [Document] Document
        [Cancellation] Annulation
        [NoShow] Absence
        [PhysicianLate] Retard du médecin
        [AbsenceAnnounced] Absence annoncée
       *[other] { $kind }
    }
consequence-timeline-entry = entrée { $index } de la chronologie
consequence-and = et
consequence-and-then = et
consequence-condition = { $kind ->
        [happened] { $held ->
            [yes] `{ $id }` a eu lieu
           *[no] `{ $id }` n'a jamais eu lieu
        }
        [sent-to-emergency] { $held ->
            [yes] `{ $id }` a été dirigé vers l'urgence
           *[no] `{ $id }` n'a pas été dirigé vers l'urgence
        }
        [asked-why] { $held ->
            [yes] on a demandé le motif à `{ $id }`
           *[no] on n'a pas demandé le motif à `{ $id }`
        }
        [reached] { $held ->
            [yes] la réception a parlé avec `{ $id }`
           *[no] la réception n'a pas parlé avec `{ $id }`
        }
        [clinician-reached] { $held ->
            [yes] un clinicien a vu ou pris en charge `{ $id }`
           *[no] aucun clinicien n'a vu ni pris en charge `{ $id }`
        }
        [left-unseen] { $held ->
            [yes] `{ $id }` est parti sans être vu
           *[no] `{ $id }` n'est pas parti sans être vu
        }
        [flagged] { $held ->
            [yes] `{ $id }` a été signalé à un médecin
           *[no] `{ $id }` n'a pas été signalé à un médecin
        }
        [booked] { $held ->
            [yes] un rendez-vous a été fixé pour `{ $id }`
           *[no] aucun rendez-vous n'a été fixé pour `{ $id }`
        }
       *[chased] { $held ->
            [yes] la demande de consultation `{ $id }` a été relancée
           *[no] la demande de consultation `{ $id }` n'a pas été relancée
        }
    }

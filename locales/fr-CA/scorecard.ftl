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
scorecard-judged = { $judged } décisions jugées : { $kept } respectées, { $broken } enfreintes
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

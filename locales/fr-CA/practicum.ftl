# Clinic Day, français (Canada) : les rapports de rétroaction et le sommaire du groupe (`clinic-day grade`).

## Le rapport de rétroaction d'une ou d'un élève (Markdown et HTML)

feedback-title = Rétroaction Clinic Day : { $title }
feedback-learner-md = Élève : **{ $learner }**
feedback-attempt-md = Tentative : `{ $attempt }`
feedback-finished = terminée le { $when }
feedback-total-md = Total : **{ $total } / 100, { $verdict }** (seuil de réussite { $mark })
feedback-categories-md = Triage { $triage } · Confidentialité { $confidentiality } · Rendez-vous { $scheduling }
feedback-judged = Décisions jugées : { $judged } (respectées : { $kept }, enfreintes : { $broken })
feedback-rejudged = Jugé de nouveau : ce quart a été joué avec Clinic Day { $version }, qui lui a donné { $claimed }. Il a été jugé de nouveau, à partir des mêmes actions, selon le recueil actuel (qui, entre autres, tient compte du temps pendant lequel les situations urgentes sont restées en attente).
feedback-failed-gates = Échec sur une règle critique, quel que soit le total : { $rules }.
feedback-work-on = À travailler
feedback-nothing-broken = Rien : chaque décision jugée a respecté sa règle.
feedback-went-well = Ce qui s'est bien passé
feedback-nothing-kept = Aucune décision jugée n'a respecté sa règle cette fois.
feedback-times = ({ $n } fois)
feedback-deduction = { $at } { $rule } : { $title } ({ $severity }, −{ $points } points)
feedback-what-happened = Ce qui s'est passé : { $text }
feedback-expected = Attendu : { $text }
feedback-why = Pourquoi : { $text }
feedback-source = Source : { $text }
feedback-who-html = Élève <strong>{ $learner }</strong> · tentative <code>{ $attempt }</code>
feedback-total-html = { $total } / 100, { $verdict }
feedback-mark-and-judged-html = (seuil de réussite { $mark }) ; décisions jugées : { $judged } (respectées : { $kept }, enfreintes : { $broken })

## Le sommaire du groupe (Markdown)

summary-title = Sommaire du groupe : { $title }
summary-files = { $files ->
        [one] { $files } fichier de résultats
       *[other] { $files } fichiers de résultats
    } : { $graded ->
        [one] { $graded } noté
       *[other] { $graded } notés
    }, { $ungraded ->
        [one] { $ungraded } non noté
       *[other] { $ungraded } non notés
    }.
summary-all-witnessed = Chaque tentative notée a été **attestée** : son fichier de résultats est ce que le dépôt de l'examen a reçu pendant la partie, dans la fenêtre et les pauses de la feuille, selon l'horloge du dépôt.
summary-all-self-reported = Les tentatives notées sont **autodéclarées** : chaque fichier de résultats a été produit sur l'ordinateur de l'élève et rejoué ici, mais rien n'a attesté la tentative pendant qu'elle se jouait.
summary-some-witnessed = { $witnessed } des tentatives notées ont été **attestées** (chaque fichier de résultats est ce que le dépôt de l'examen a reçu pendant la partie) ; { $self_reported } sont **autodéclarées**, produites sur l'ordinateur de l'élève sans rien pour les attester.
summary-scores = Résultats
summary-passed = Réussi : { $passed } sur { $graded } ({ $percent } %)
summary-spread = Moyenne { $mean } · médiane { $median } · minimum { $lowest } · maximum { $highest }
summary-category-means = Moyennes par catégorie : triage { $triage } · confidentialité { $confidentiality } · rendez-vous { $scheduling }
summary-score = résultat
summary-attempts = tentatives
summary-most-missed = Les règles que le groupe enfreint le plus
summary-none-missed = Aucune : chaque décision jugée a respecté sa règle, dans chaque tentative.
summary-miss-rate = Taux d'échec : parmi les tentatives où la règle s'appliquait, la part qui l'a enfreinte au moins une fois.
summary-missed-header = | règle | | enfreinte dans | sur | taux d'échec | critique |
summary-gates = Échec sur une règle critique
summary-gate = { $rule } { $title } : { $n ->
        [one] { $n } tentative
       *[other] { $n } tentatives
    }
summary-rejudged = Jugées de nouveau selon le recueil de cette version
summary-rejudged-about = Produites par une version antérieure de Clinic Day ; notées ci-dessus à partir des mêmes actions selon les règles d'aujourd'hui.
summary-rejudged-header = | fichier | élève | |
summary-ungraded = Non notées
summary-ungraded-header = | fichier | élève | pourquoi |

## Les verbes des énoncés xAPI (envoyés à un dépôt d'apprentissage dans les deux langues)

xapi-completed = a terminé
xapi-passed = a réussi
xapi-failed = a échoué
xapi-responded = a répondu

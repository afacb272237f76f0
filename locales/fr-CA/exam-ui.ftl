# Clinic Day, français (Canada) : les règles d'un examen au breffage, ses pauses et ses tentatives, un fichier de scénario rechargé, un quart remis en place après un plantage, et le dépôt d'apprentissage (LRS).

## L'examen au breffage (src/ui/screens/briefing.rs)

exam-ui-key-enter = Entrée
exam-ui-title = Examen : { $title }
exam-ui-no-feedback = Pendant un examen, rien n'est évalué à voix haute : aucune rétroaction, aucun pointage en direct, jusqu'à la fin.
exam-ui-seed-drawn = Votre journée est tirée au hasard pour cette tentative : le moment où les choses arrivent, et une partie de ce qui arrive, ne sont pas les mêmes que pour les autres.
exam-ui-debrief-shown = À la fermeture de la clinique, vous verrez votre débreffage.
exam-ui-debrief-hidden = À la fermeture de la clinique, vos résultats sont enregistrés pour votre enseignante ou enseignant ; les pointages ne sont pas affichés.
exam-ui-results-go-to = Les résultats vont dans le dossier { $folder }
exam-ui-learner-id = Votre numéro d'étudiant ou votre nom d'utilisateur :
exam-ui-learner-id-hint = p. ex. s1234567

## Une journée fournie qui n'existe pas (src/ui/screens/title.rs), et `validate --format json` (src/cli/validate.rs)

exam-ui-no-such-day = cette journée n'existe pas
exam-ui-json-not-written = impossible d'écrire le JSON : { $why }

## Le nombre de tentatives qu'un examen permet (src/practicum/exam.rs)

attempts-one = Vous avez droit à une seule tentative.
# $counts : first, last ou highest (la tentative qui va au carnet de notes).
attempts-many = Vous avez droit à { $allowed } tentatives ; c'est { $counts ->
        [first] la première
        [last] la dernière
       *[highest] la meilleure
    } qui compte.

## Les pauses pendant un examen (src/practicum/exam.rs) : le breffage, une pause refusée, un signalement de correction, la barre du haut

pause-describe-none = L'horloge ne peut pas être mise en pause une fois le quart commencé.
pause-describe-limited = Vous pouvez faire au plus { $times ->
        [one] une pause
       *[other] { $times } pauses
    }, d'au plus { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } chacune ; l'horloge repart ensuite d'elle-même.
pause-describe-unlimited = Vous pouvez faire une pause chaque fois que vous en avez besoin.
pause-refused-none = Pas de pause dans cet examen : l'horloge continue de tourner.
pause-refused-used-up = Plus aucune pause possible : cet examen en permet { $times ->
        [one] une, et vous l'avez prise
       *[other] { $times }, et vous les avez toutes prises
    }. L'horloge continue de tourner.
# Ce qu'une feuille permet, en $allowed de flag-exam-rules-pauses (« { $title } » permet …).
pause-allowed-none = 0 pause
pause-allowed-limited = { $times ->
        [one] 1 pause
       *[other] { $times } pauses
    }
pause-allowed-any = un nombre illimité de pauses
pause-status-none = examen · aucune pause
pause-status-unlimited = examen
pause-status-left = examen · { $left ->
        [one] { $left } pause restante
       *[other] { $left } pauses restantes
    }

## Un fichier de scénario rechargé pendant qu'on le modifie (src/ui/reload.rs)

reload-errors-title = Le fichier de scénario contient des erreurs
reload-still-playing = La dernière version valide est toujours en cours. Corrigez le fichier et enregistrez-le : il se recharge de lui-même.
reload-reloaded = Rechargé : { $path }

## Conserver le travail de l'élève (src/ui/keeping.rs) : un moment repris, des résultats enregistrés ailleurs, un quart remis en place

keeping-rewind-no-shift = aucun quart à reprendre
keeping-rewind-exam = un examen se fait en une seule tentative : il ne peut pas être repris
keeping-rewind-gone = le quart terminé n'est plus là
# $why de results-saved-elsewhere.
keeping-folder-not-written = impossible d'écrire dans { $folder } ({ $why })
# Un quart inachevé à l'écran titre ; $last est keeping-summary-no-actions ou keeping-summary-last-at.
keeping-summary = { $title }, quart commencé le { $started } : { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }, { $last }
keeping-summary-exam = Examen « { $exam } » pour { $learner } : { $title }, quart commencé le { $started } : { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }, { $last }
keeping-summary-no-actions = aucune action pour l'instant
keeping-summary-last-at = la dernière à { $time }
keeping-builtin-gone = la journée intégrée { $file } n'existe plus
keeping-cannot-read = impossible de lire { $path } : { $why }
keeping-scenario-changed = { $file } a changé depuis le début de ce quart : il ne peut donc pas être remis exactement où il en était
keeping-not-utf8 = le scénario n'est pas du texte UTF-8
# $report : les diagnostics de la feuille, tels que le validateur les affiche.
keeping-sheet-unreadable = la feuille d'examen ne peut plus être lue :
    { $report }
keeping-sheet-changed = la feuille d'examen { $sheet } a changé depuis le début de ce quart
keeping-cannot-reopen-journal = impossible de rouvrir le journal : { $why }
keeping-cannot-reopen-witness = impossible de rouvrir la file d'attente du dépôt témoin : { $why }

## Un journal en direct relu (src/practicum/live.rs)

live-cannot-read = impossible de lire { $path } : { $why }
live-no-header = le journal n'a pas de ligne d'en-tête
live-not-a-header = la ligne 1 n'est pas l'en-tête d'un journal en direct de Clinic Day : { $why }
live-other-format = ligne 1 : un fichier { $format } version { $version }, pas un journal en direct que cette version sait lire
live-not-an-action = ligne { $line } : ce n'est pas une action : { $why }

## Le dépôt d'apprentissage (src/practicum/lrs.rs) : $status est le code HTTP, $said ce que le dépôt a répondu

lrs-unreachable = impossible de joindre le dépôt LRS à { $url } : { $why }
lrs-refused-credentials = le dépôt LRS à { $url } a refusé les identifiants de `{ $user }` ({ $status }) : { $said }
lrs-no-statements = aucune ressource d'énoncés xAPI à { $url } ({ $status }) : le point d'accès est-il le bon ? { $said }
lrs-conflict = le dépôt LRS à { $url } contient déjà d'autres énoncés avec les mêmes identifiants ({ $status }) : ont-ils été envoyés auparavant avec un autre --xapi-home, ou par une autre version ? { $said }
lrs-answered = le dépôt LRS à { $url } a répondu { $status } : { $said }
lrs-not-json = la réponse du dépôt LRS n'est pas du JSON : { $why }

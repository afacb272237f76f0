# Clinic Day, français (Canada) : ce que dit le juge des appels, des appels que fait la réception et de ses tâches.

## Appels : triage, ce qui a été transmis, la vérification de l'identité (calls.rs)

calls-held-emergency = La réception a mis en attente une personne qui appelait pour { $what } au lieu de lui dire de composer le 911.
calls-held-suicidal = La réception a mis en attente une personne qui avait des idées suicidaires.
calls-hung-up-emergency = La réception a laissé en attente une personne en situation d'urgence jusqu'à ce qu'elle raccroche.
calls-hung-up-suicidal = La réception a laissé en attente une personne qui avait des idées suicidaires jusqu'à ce qu'elle raccroche.
calls-read-out = La réception a lu les identifiants du patient pour que la personne qui appelait les confirme, au lieu de lui demander de les énoncer elle-même.
calls-reassured = La réception a rassuré une personne qui appelait pour { $what } en lui disant que ce n'était sans doute rien.
calls-gave-code = La réception a lu un code d'usage limité au pharmacien : seul le prescripteur peut en donner un.
calls-message-instead-of-911 = La réception a pris un message au lieu de dire à la personne qui appelait pour { $what } de composer le 911.
calls-message-instead-of-hand-off = La réception a pris un message d'une personne qui avait des idées suicidaires au lieu de faire un transfert de vive voix.
calls-passed-on-urgent = La réception a transmis d'urgence à { $to } le message de la personne qui appelait pour { $what }.
calls-passed-on-not-urgent = La réception a transmis comme non urgent le message de la personne qui appelait pour { $what }, abaissant ainsi le niveau d'urgence.
calls-booked-instead-of-clinician = La réception a donné à la personne qui appelait pour { $what } un rendez-vous le { $date }, au lieu de lui obtenir un clinicien tout de suite : une plage n'est pas un clinicien.
calls-booked-as-routine = La réception a donné à la personne qui appelait pour { $what } un rendez-vous le { $date }, comme s'il s'agissait d'un besoin courant.
calls-ended-without-escalating = La réception a terminé l'appel pour { $what } sans hausser le niveau d'urgence, comme s'il s'agissait d'un besoin courant.
calls-booked-today = La réception a donné à la personne qui appelait pour { $what } un rendez-vous aujourd'hui.
calls-put-through = La réception a transféré à { $to } la personne qui appelait pour { $what }.
calls-sent-to-emergency = La réception a dirigé vers l'urgence la personne qui appelait pour { $what }.
calls-passed-as-urgent = La réception a transmis d'urgence à { $to } le cas de la personne qui appelait pour { $what }.
calls-booked-before-asking = La réception a donné un rendez-vous à { $who } avant de demander le motif de l'appel ; à la question, { $who } a répondu : « { $said } »
calls-asked-why = La réception a demandé à { $who } le motif de l'appel.
calls-never-asked-why = La réception n'a jamais demandé à { $who } le motif de l'appel ; à la question, { $who } aurait répondu : « { $said } »
calls-told-to-call-911 = La réception a dit à la personne qui appelait pour { $what } de raccrocher et de composer le 911.
calls-never-told-to-call-911 = On n'a jamais dit à la personne qui appelait pour { $what } de composer le 911.
calls-crisis-gave-911 = La réception a dit à la personne qui avait des idées suicidaires de composer le 911.
calls-crisis-gave-hand-off = La réception a fait un transfert de vive voix à un clinicien pour la personne qui avait des idées suicidaires, et lui a donné la ligne 988.
calls-crisis-no-911 = On n'a pas dit à la personne qui avait des idées suicidaires de composer le 911.
calls-crisis-no-hand-off = La personne qui avait des idées suicidaires n'a pas obtenu à la fois un transfert de vive voix à un clinicien et la ligne 988.
calls-clinician-now-missed = La personne qui appelait pour { $what } avait besoin d'un clinicien tout de suite et n'en a pas eu.
calls-clinician-now-expected = Un clinicien tout de suite (un transfert de vive voix) ou l'urgence : c'est ce qu'il fallait à la personne qui appelait pour { $what }.
calls-booked-days-out = La réception a donné à la personne qui appelait pour { $what } un rendez-vous le { $date } : dans plusieurs jours, et non aujourd'hui.
calls-same-day-call-ended = L'appel s'est terminé sans que la personne qui appelait pour { $what } obtienne une plage le jour même ou un rappel d'un clinicien.
calls-same-day-missed = La personne qui appelait pour { $what } n'a été ni vue ni rappelée aujourd'hui.
calls-same-day-expected = Une plage le jour même, ou un rappel d'un clinicien aujourd'hui : c'est ce qu'il fallait à la personne qui appelait pour { $what }.
calls-not-reassured = La réception n'a ni posé de diagnostic ni rassuré la personne qui appelait pour { $what }.
calls-result-visit-booked = La réception a fixé un rendez-vous pour revoir avec le médecin le résultat « { $test } ».
calls-result-passed-on = La réception a transmis à un clinicien la demande de résultats « { $test } ».
calls-result-went-nowhere = La question du patient sur les résultats « { $test } » est restée sans suite.
calls-result-given = La réception a donné à { $who } le résultat « { $test } » que le médecin avait autorisé.
calls-result-refused = La réception a refusé à { $who }, qui y a droit et dont l'identité a été vérifiée, le résultat « { $test } » que le médecin avait autorisé.
calls-care-info-given = La réception a rappelé { $who } au numéro du répertoire, puis lui a donné ce qu'il fallait pour les soins.
calls-care-info-refused = La réception a refusé de répondre à { $who }, qui fait partie du cercle de soins, au lieu de rappeler cette personne au numéro du répertoire et de lui donner ce qu'il fallait pour les soins.
calls-speak-passed-on = La réception a transmis la demande de { $who } de parler à un clinicien.
calls-speak-went-nowhere = { $who } a demandé à parler à un clinicien (pour « { $reason } ») et la demande est restée sans suite.
calls-limited-use-routed = La réception a acheminé au prescripteur la demande d'usage limité pour { $drug }.
calls-limited-use-lost = La demande d'usage limité pour { $drug } n'est jamais parvenue au prescripteur.
calls-records-routed = La réception a acheminé la demande d'accès du patient à son dossier.
calls-records-lost = La demande d'accès de { $who } à son propre dossier n'a jamais été acheminée.
calls-harm-escalated = La réception a signalé sans délai au médecin le risque de préjudice.
calls-harm-ignored = La réception n'a pas donné suite au signalement d'un risque de préjudice grave.

## Appels que fait la réception : ce qu'un message vocal peut dire, et où (outgoing.rs)

outgoing-reason-for-visit = le motif de la visite
outgoing-test = l'examen
outgoing-results = les résultats
outgoing-and = { $list } et { $item }
outgoing-not-agreed = La réception a laissé un message dans la boîte vocale { $phone ->
        [home] du téléphone à la maison
        [mobile] du cellulaire
       *[work] du téléphone au travail
    } de { $who }, qui n'y avait pas consenti.
outgoing-reminder-wrong-place = Le rappel de rendez-vous n'a pas été laissé au bon endroit.
outgoing-named = La réception a laissé à { $who } un message vocal qui mentionne { $items }.
outgoing-no-basics = La réception a laissé un message vocal sans le nom de la clinique ni un numéro de rappel.
outgoing-minimal = La réception a laissé à { $who } un message vocal minimal au numéro convenu.

## Tâches de la réception (tasks.rs)

tasks-expected = Faire ce que demande la tâche de { $from } : { $what }, { $by }.
tasks-done = La tâche de { $from } ({ $what }) a été accomplie à { $at }, { $by }.
tasks-not-done = La tâche de { $from } ({ $what }) n'a pas été accomplie { $by }.
tasks-caught-up = Elle a été accomplie à { $at }, avec { $late } de retard.
tasks-by = avant { $time }
tasks-before-closing = avant la fermeture ({ $close })
tasks-job-reminder-calls = faire les appels de rappel de rendez-vous
tasks-job-call-patient = appeler { $patient }
tasks-job-book = fixer à { $patient } un rendez-vous « { $kind } » dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
tasks-job-send-details = envoyer les détails du rendez-vous de { $patient } à { $to }
tasks-job-send-visit-details = envoyer les détails du rendez-vous à { $to }
tasks-job-request-records = demander à { $from } le dossier de { $patient }

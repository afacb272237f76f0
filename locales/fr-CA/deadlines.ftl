# Clinic Day, français (Canada) : les délais du recueil (`clinic-day rules T1`) : ce qui doit
# se faire, quand le compte commence, et d'où vient la limite.

deadline-emergency-message = rappeler et dire à la personne de composer le 911 (T1 ; T3 en cas de danger)
    .from = le message a été laissé (ou l'appel a sonné pour la première fois)
    .reference = ÉTG niveau 1 immédiat, niveau 2 en moins de 15 min (ACMU) ; étude RECEPTS sur les appels pour AVC

deadline-crisis-hand-off = un transfert de vive voix à une ou un clinicien, et la ligne de crise 988 donnée
    .from = le message a été laissé (ou l'appel a sonné pour la première fois)
    .reference = Commission de la santé mentale du Canada, 988 ; ÉTG niveau 2 en moins de 15 min (ACMU)

deadline-distress-at-desk = une ou un clinicien auprès de la personne en détresse (911 en cas de danger de mort, T1)
    .from = elle est arrivée au comptoir (ou son état a changé dans la salle d'attente)
    .reference = ÉTG niveaux 1 et 2 ; SPSO 201202175, 201908098 ; Darnley v Croydon [2018] UKSC 50

deadline-clinician-now = une ou un clinicien joint (un transfert, ou un message urgent pris par elle ou lui)
    .from = l'appel a sonné pour la première fois (ou le message a été laissé)
    .reference = ÉTG niveau 3 en moins de 30 min (ACMU)

deadline-urgent-message = un message urgent, vocal ou autre, auquel on a donné suite (les autres avant la fermeture)
    .from = le message a été laissé (ou l'appel a sonné pour la première fois)
    .reference = CPSO, « Availability and Coverage » ; rapport de coroner sur un courriel de clinique non lu (Manchester South, 2024)

deadline-critical-result = le résultat critique parvient au médecin qui l'a demandé ou qui le remplace
    .from = le résultat est arrivé
    .reference = CPSO, « Managing Tests »

deadline-delay-told = les patients qui attendent sont avisés d'un retard de 30 minutes ou plus
    .from = le retard a été connu
    .reference = pratiques recommandées à l'accueil

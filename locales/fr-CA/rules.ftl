# Le livre des règles (`clinic-day rules`, le débreffage, le coach) : pour chaque règle, son titre, puis
# ce qu'elle attend, l'erreur typique et sa source. Un message `-qc` contient ce qui diffère selon le droit
# québécois ; ce qu'il omet est repris de la ligne générale.

rule-T1 = Menace vitale : le 911, tout de suite
    .expected = Dire à la personne de raccrocher et de composer le 911 (composer soi-même le 911 pour une personne présente à l'accueil), confirmer où elle se trouve, alerter sans délai le médecin ou l'infirmière, noter ses paroles et l'heure.
    .mistake = Donner la prochaine plage libre, promettre un rappel, mettre en attente ou lui dire de venir en voiture.
    .source = ACMU, lignes directrices de l'Échelle canadienne de triage et de gravité (ÉTG) ; AAP, « Prioritizing telephone calls » (signes d'alarme à l'accueil) ; Cœur + AVC, signes VITE de l'AVC

rule-T2 = Ne jamais poser de diagnostic ni rassurer
    .expected = Ne jamais poser de diagnostic ni rassurer (« c'est sûrement des brûlements d'estomac », « vous n'avez pas besoin de consulter ») : transmettre plutôt au médecin ou à l'infirmière.
    .mistake = Rassurer une personne qui présente un signe d'alarme.
    .source = ACMU, lignes directrices de l'Échelle canadienne de triage et de gravité (ÉTG) ; AAP, « Prioritizing telephone calls » (signes d'alarme à l'accueil) ; Cœur + AVC, signes VITE de l'AVC

rule-T3 = Idées suicidaires : le 911 ou un transfert de vive voix, et le 988
    .expected = Danger immédiat : le 911. Sinon, un transfert de vive voix au médecin ou à l'infirmière tout de suite, et donner la ligne de crise 988 (appel ou texto, 24 h sur 24, 7 jours sur 7).
    .mistake = Prendre un message, ou laisser la personne longtemps en attente.
    .source = Commission de la santé mentale du Canada, lancement du 9-8-8 : Ligne d'aide en cas de crise de suicide (30 novembre 2023)

rule-T3-qc = Idées suicidaires : le 911 ou un transfert de vive voix, et le 988 ou le 1 866 APPELLE
    .expected = Danger immédiat : le 911. Sinon, un transfert de vive voix au médecin ou à l'infirmière tout de suite, et donner la ligne de crise 988 (appel ou texto, 24 h sur 24, 7 jours sur 7) ou la ligne québécoise de prévention du suicide 1 866 APPELLE (1 866 277-3553).
    .source = Commission de la santé mentale du Canada, lancement du 9-8-8 : Ligne d'aide en cas de crise de suicide (30 novembre 2023) ; Association québécoise de prévention du suicide (AQPS), ligne 1 866 APPELLE

rule-T4 = Personne en détresse visible à l'accueil : un clinicien, tout de suite
    .expected = Faire venir un clinicien immédiatement ; ne pas la faire attendre en file.
    .mistake = « Asseyez-vous, le médecin a du retard. »
    .source = ACMU, lignes directrices de l'Échelle canadienne de triage et de gravité (ÉTG) ; AAP, « Prioritizing telephone calls » (signes d'alarme à l'accueil) ; Cœur + AVC, signes VITE de l'AVC

rule-T5 = Un clinicien tout de suite ou le jour même
    .expected = Nourrisson de moins de 3 mois qui fait de la fièvre : un clinicien tout de suite ou l'urgence. Symptômes qui s'aggravent, difficulté respiratoire modérée, infection soupçonnée, douleur importante : une plage le jour même ou un rappel d'un clinicien aujourd'hui.
    .mistake = Un rendez-vous de routine dans plusieurs jours (sous-triage).
    .source = Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Availability and Coverage » ; AAP, triage téléphonique

rule-T6 = Besoins courants, plages courantes
    .expected = Problèmes chroniques stables, formulaires, examens médicaux, renouvellements d'ordonnance sans symptômes : la prochaine plage régulière.
    .mistake = Y consacrer une plage réservée aux besoins du jour même (le surtriage gaspille la capacité).
    .source = Alberta Medical Association, sur les plages réservées aux besoins urgents (carve-out scheduling) ; Ordre des médecins et chirurgiens de l'Ontario (OMCO), « Availability and Coverage »

rule-T7 = Dans le doute, hausser le niveau d'urgence
    .expected = Dans le doute, hausser le niveau d'urgence, jamais l'abaisser.
    .mistake = Abaisser le niveau d'urgence sur une simple impression.
    .source = Orientation sur le triage téléphonique à l'accueil (AAP)

rule-T8 = L'ÉTG sert seulement de langage de référence
    .expected = Les niveaux de l'ÉTG (1 réanimation, 2 très urgent ≤ 15 min, 3 urgent ≤ 30, 4 moins urgent ≤ 60, 5 non urgent ≤ 120) servent de langage de référence ; c'est l'orientation choisie par l'apprenant (911 / clinicien tout de suite / jour même / routine) qui est notée, jamais un niveau de l'ÉTG.
    .mistake = —
    .source = ACMU, Échelle canadienne de triage et de gravité (ÉTG)

rule-T9 = Documenter et assurer le suivi
    .expected = Noter les paroles de la personne, le numéro où la rappeler, les conseils donnés et qui a été avisé ; donner des consignes en cas d'aggravation (« composez le 911 si ça empire »).
    .mistake = Aucune note, aucune consigne en cas d'aggravation.
    .source = ACMU, lignes directrices de l'Échelle canadienne de triage et de gravité (ÉTG) ; AAP, « Prioritizing telephone calls » (signes d'alarme à l'accueil) ; Cœur + AVC, signes VITE de l'AVC

rule-T10 = Message d'accueil à jour, boîte vocale traitée
    .expected = Le message d'accueil de la boîte vocale est à jour (heures, fermetures, médecin qui assure la garde, « en cas d'urgence, composez le 911 », en Ontario Santé811) ; les messages vocaux sont écoutés et traités rapidement.
    .mistake = Un message d'accueil périmé ; un message vocal resté sans réponse à la fin de la journée.
    .source = Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Availability and Coverage » ; Ontario Medical Association (OMA), liste de vérification sur la couverture

rule-T10-qc = Message d'accueil à jour, boîte vocale traitée
    .expected = Le message d'accueil de la boîte vocale est à jour (heures, fermetures, médecin qui assure la garde, « en cas d'urgence, composez le 911 », et Info-Santé 811 pour un conseil santé) ; les messages vocaux sont écoutés et traités rapidement.
    .source = Gouvernement du Québec, Info-Santé 811 ; Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Availability and Coverage » (à titre de référence)

rule-T11 = Résultat critique : interrompre le médecin tout de suite
    .expected = Un résultat de laboratoire critique reçu par téléphone ou par télécopieur va tout de suite au médecin qui l'a demandé (ou à celui qui le remplace).
    .mistake = Le classer au dossier.
    .source = Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Managing Tests »

rule-T12 = Planifier les demandes de consultation selon l'urgence fixée par le clinicien
    .expected = Planifier selon le degré d'urgence fixé par le clinicien demandeur ; une demande urgente se fait aussi par téléphone, pas seulement par télécopieur ; suivre l'accusé de réception. Cibles : urgence ≤ 24 h, urgent ≤ 7 jours, programmé 30 à 60 jours.
    .mistake = Traiter une pile de demandes de consultation dans l'ordre d'arrivée.
    .source = Repères de l'Alliance sur les temps d'attente ; définitions des temps d'attente de Qualité des services de santé Ontario ; CPSA, orientation sur la consultation électronique

rule-T13 = Demander le motif de l'appel ; transmettre toute demande de parler à un clinicien
    .expected = Demander pourquoi la personne appelle (quoi, depuis quand, à quel point c'est grave) ; une demande de parler au médecin ou à l'infirmière n'est jamais refusée à l'accueil : la transmettre, d'urgence s'il y a des symptômes.
    .mistake = « Le médecin ne prend pas d'appels. »
    .source = PHSO (ombudsman parlementaire et des services de santé, Royaume-Uni), résumé de cas 346 ; SPSO (ombudsman des services publics d'Écosse), décision Fife 2015 (demande de parler à un médecin de famille refusée)

rule-C1 = Deux identifiants énoncés par la personne
    .expected = Vérifier l'identité à l'aide de deux identifiants que la personne énonce elle-même (nom complet et date de naissance, ou numéro d'assurance maladie ou adresse) avant de fixer un rendez-vous, de discuter ou de communiquer quoi que ce soit.
    .mistake = Lire la date de naissance pour qu'elle la confirme, ou sauter la vérification.
    .source = Agrément Canada, pratique organisationnelle requise (POR) « Identification des usagers »

rule-C2 = Tiers au téléphone : vérifier leur autorité
    .expected = Identifier les tiers qui appellent et vérifier leur autorité (consentement au dossier, mandataire spécial, procuration) ; ne communiquer que ce qu'elle couvre, sinon prendre un message.
    .mistake = Donner les résultats au conjoint.
    .source = Commissaire à l'information et à la protection de la vie privée de l'Ontario (CIPVP), orientation sur le consentement et vos renseignements sur la santé

rule-C2-qc = Tiers au téléphone : vérifier leur autorité (mineurs de 14 ans et plus)
    .expected = Identifier les tiers qui appellent et vérifier leur autorité (consentement au dossier ; titulaire de l'autorité parentale ou tuteur d'un enfant de moins de 14 ans ; tuteur ou mandataire d'un majeur inapte) ; un mineur de 14 ans et plus décide seul, et son parent n'apprend rien sans son consentement. Sinon, prendre un message.
    .mistake = Parler au parent de la consultation d'une adolescente de 15 ans sans le consentement de celle-ci.
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1), art. 23 ; Code civil du Québec, art. 14

rule-C3 = Le cercle de soins reçoit ce dont les soins ont besoin
    .expected = Un pharmacien, l'urgence, un spécialiste ou un autre médecin traitant peut recevoir ce dont il a besoin pour les soins, sur la foi d'un consentement implicite présumé, sauf si les renseignements sont sous coffre-fort ; le vérifier (le rappeler à un numéro connu).
    .mistake = Bloquer une demande clinique légitime, ou traiter comme membre du cercle de soins quelqu'un qui n'est pas dépositaire de renseignements sur la santé.
    .source = Commissaire à l'information et à la protection de la vie privée de l'Ontario (CIPVP), document d'orientation « Cercle de soins » ; LPRPS

rule-C3-qc = Ceux qui soignent la personne reçoivent ce dont les soins ont besoin
    .expected = Un pharmacien, l'urgence, un spécialiste ou un autre médecin traitant peut recevoir ce qui est nécessaire pour soigner la personne, sauf ce qu'elle a restreint ou refusé ; le vérifier (le rappeler à un numéro connu).
    .mistake = Bloquer une demande clinique légitime, ou traiter comme intervenant quelqu'un qui ne soigne pas cette personne.
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1) (communication aux intervenants ; restriction d'accès, art. 7)

rule-C4 = Les non-dépositaires ont besoin d'un consentement exprès
    .expected = Les employeurs, assureurs, avocats, écoles et proches qui ne sont pas le mandataire spécial ont besoin du consentement exprès du patient.
    .mistake = Communiquer des renseignements à un assureur sur simple demande.
    .source = Loi de 2004 sur la protection des renseignements personnels sur la santé (LPRPS) ; CIPVP

rule-C4-qc = Hors de l'équipe de soins : consentement exprès
    .expected = Les employeurs, assureurs, avocats, écoles et proches qui ne sont pas le représentant légal du patient ont besoin de son consentement exprès, donné à une fin précise.
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1) ; Charte des droits et libertés de la personne, art. 9 (secret professionnel)

rule-C5 = Les employeurs n'apprennent rien
    .expected = Ne jamais confirmer un diagnostic à un employeur, ni même que la personne est un patient ; avec son consentement, un billet médical n'indique que les dates et les limitations fonctionnelles.
    .mistake = « Oui, elle est venue pour son dos. »
    .source = Orientation en droit du travail sur les certificats médicaux

rule-C6 = Police : rien sans autorisation légale
    .expected = Aucune communication à la police sans mandat, ordonnance du tribunal, obligation légale ou consentement du patient ; ne pas faire obstruction ; diriger vers le médecin ou le responsable de la protection des renseignements personnels.
    .mistake = Répondre aux questions du policier.
    .source = LPRPS, art. 43 ; guides juridiques sur la divulgation à la police

rule-C6-qc = Police : rien sans autorisation légale
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1) ; Charte des droits et libertés de la personne, art. 9 (secret professionnel) ; guides juridiques sur la communication à la police

rule-C7 = Risque de préjudice grave : le médecin décide
    .expected = Le médecin décide de la divulgation visant à prévenir des lésions corporelles graves (LPRPS, art. 40) ; l'accueil lui transmet la situation sans délai.
    .mistake = Décider seul, ou ne rien faire.
    .source = LPRPS, art. 40

rule-C7-qc = Risque de mort ou de blessures graves : le médecin décide
    .expected = Le médecin décide de communiquer un renseignement pour prévenir un acte de violence, dont un suicide (risque sérieux de mort ou de blessures graves, avec un sentiment d'urgence) ; l'accueil lui transmet la situation sans délai.
    .source = Loi sur les renseignements de santé et de services sociaux, art. 74 ; Code des professions, art. 60.4 ; Collège des médecins du Québec, Code de déontologie des médecins

rule-C8 = Respecter le « coffre-fort »
    .expected = Respecter un coffre-fort ou une directive en matière de consentement ; quand le dossier est transmis, indiquer que certains renseignements ont été retenus, jamais lesquels.
    .mistake = Envoyer la note verrouillée avec le reste.
    .source = Commissaire à l'information et à la protection de la vie privée de l'Ontario (CIPVP), fiche d'information sur le coffre-fort (« lock-box »)

rule-C8-qc = Respecter une restriction ou un refus d'accès
    .expected = Respecter la restriction d'accès demandée par le patient (un intervenant ou une catégorie d'intervenants exclus de certains renseignements) ou son refus ; quand le dossier est transmis, laisser ces renseignements de côté et indiquer que certains ont été retenus, jamais lesquels.
    .mistake = Envoyer le renseignement restreint avec le reste.
    .source = Loi sur les renseignements de santé et de services sociaux, art. 7 et 8 ; Règlement sur l'application de certaines dispositions de la Loi sur les renseignements de santé et de services sociaux (avis écrit de restriction ou de refus)

rule-C9 = Messages vocaux minimaux
    .expected = Un message vocal donne le nom, la clinique et le numéro de rappel (la date et l'heure pour un rappel de rendez-vous) ; jamais de résultats, de types d'examens ni de diagnostics ; respecter la préférence de contact inscrite au dossier.
    .mistake = « Votre biopsie est revenue, rappelez-nous. »
    .source = Commissariat à la protection de la vie privée du Canada (CPVP), conclusions en vertu de la LPRPDE n° 2012-009 (message laissé dans la boîte vocale au travail, contre la consigne de la cliente) et n° 270 (message sur un répondeur entendu par le conjoint) ; Office for Civil Rights du département de la Santé des États-Unis (HHS), orientation sur les messages laissés

rule-C10 = Rien de privé à voix haute
    .expected = Ne pas dire à voix haute, dans la salle d'attente, le motif de consultation, le numéro d'assurance maladie ni la date de naissance ; écrans hors de la vue du public ; les échanges délicats à l'abri des oreilles.
    .mistake = « Monsieur Diaz, c'est pour votre test de VIH ? » d'un bout à l'autre de la salle.
    .source = Commissaire à l'information et à la protection de la vie privée de la Saskatchewan, protection des renseignements personnels sur la santé dans les salles d'attente

rule-C11 = Télécopier en toute sécurité
    .expected = Télécopier seulement à un numéro vérifié ou préprogrammé, avec un bordereau de télécopie, et confirmer la réception ; une télécopie mal acheminée est une atteinte à la vie privée : la circonscrire et la signaler.
    .mistake = Télécopier à un numéro tapé à la main, sans vérification.
    .source = Commissaire à l'information et à la protection de la vie privée de l'Alberta, orientation sur la télécopie ; CIPVP, sur les télécopies mal acheminées

rule-C12 = Courriel et texto selon la politique seulement
    .expected = Utiliser le courriel ou le texto seulement selon la politique de la clinique et avec le consentement du patient, avec un contenu minimal, jamais à partir d'un compte personnel.
    .mistake = Envoyer des résultats par courriel à partir d'un compte personnel.
    .source = CIPVP, orientation sur la communication de renseignements personnels sur la santé par courriel

rule-C13 = Résultats seulement selon l'autorisation du médecin
    .expected = Donner les résultats seulement comme le médecin l'a autorisé, et seulement au patient ou à son mandataire spécial ; les résultats anormaux ou qui soulèvent des questions vont au clinicien ; ne jamais interpréter.
    .mistake = Lire un résultat à voix haute et l'expliquer.
    .source = Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Managing Tests »

rule-C14 = N'ouvrir que les dossiers nécessaires à la tâche
    .expected = N'ouvrir que les dossiers dont la tâche a besoin : chaque consultation de dossier est journalisée.
    .mistake = Fouiller dans le dossier d'un voisin ou d'une vedette.
    .source = CIPVP, poursuites pour consultation indiscrète de dossiers (amendes jusqu'à 200 000 $ pour un particulier depuis 2020)

rule-C14-qc = N'ouvrir que les dossiers nécessaires à la tâche
    .source = Loi sur les renseignements de santé et de services sociaux, art. 160 (amende de 5 000 $ à 100 000 $ pour une personne physique qui accède à un renseignement en contravention de la loi) ; Commission d'accès à l'information

rule-C15 = Signaler les atteintes sans délai
    .expected = Signaler toute atteinte à la vie privée sans délai au médecin ou au responsable de la protection des renseignements personnels.
    .mistake = Cacher une télécopie mal acheminée.
    .source = LPRPS, exigences d'avis en cas d'atteinte à la vie privée

rule-C15-qc = Signaler les incidents de confidentialité sans délai
    .expected = Signaler tout incident de confidentialité sans délai au médecin ou au responsable de la protection des renseignements ; la clinique l'inscrit à son registre et, s'il présente un risque de préjudice sérieux, avise notamment la Commission d'accès à l'information et les personnes concernées.
    .source = Loi sur les renseignements de santé et de services sociaux, art. 108 et 110 (incidents de confidentialité)

rule-C16 = Acheminer les demandes d'accès à son propre dossier
    .expected = Les patients peuvent consulter leur propre dossier : acheminer la demande (réponse due dans les 30 jours, frais raisonnables).
    .mistake = Refuser à l'accueil.
    .source = LPRPS, partie V ; décisions du CIPVP

rule-C16-qc = Acheminer les demandes d'accès à son propre dossier
    .expected = Les patients peuvent consulter leur propre dossier : acheminer la demande au médecin ou au responsable de l'accès (réponse dans les 30 jours ; la consultation est gratuite, seuls des frais raisonnables de copie ou de transmission peuvent être exigés).
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1) ; Collège des médecins du Québec, Code de déontologie des médecins

rule-C17 = Soupçon de maltraitance d'un enfant : signaler
    .expected = Soupçon de maltraitance ou de négligence envers un enfant : obligation personnelle de signaler la situation à la société d'aide à l'enfance, et aviser le médecin.
    .mistake = Laisser quelqu'un d'autre s'en charger.
    .source = Loi de 2017 sur les services à l'enfance, à la jeunesse et à la famille (Ontario), art. 125

rule-C17-qc = Soupçon de maltraitance d'un enfant : signaler à la DPJ
    .expected = Soupçon d'abus ou de négligence envers un enfant : signaler sans délai la situation au directeur de la protection de la jeunesse (DPJ), et aviser le médecin ; pour un abus physique ou sexuel, toute personne est tenue de le signaler.
    .source = Loi sur la protection de la jeunesse (RLRQ, c. P-34.1), art. 39

rule-C18 = Donner aux personnes qui y ont droit ce qui a été autorisé
    .expected = Donner à une personne qui y a droit, et dont l'identité est vérifiée, ce que le médecin a autorisé : au patient, son propre résultat autorisé ; au mandataire spécial, la même chose ; à un clinicien du cercle de soins vérifié par un rappel, ce dont il a besoin pour les soins.
    .mistake = Refuser à un mandataire spécial vérifié un résultat autorisé ; « on ne donne pas de résultats par téléphone ».
    .source = LPRPS, art. 5 et 23 (mandataires spéciaux), partie V (accès) ; CIPVP, « Cercle de soins »

rule-C18-qc = Donner aux personnes qui y ont droit ce qui a été autorisé
    .expected = Donner à une personne qui y a droit, et dont l'identité est vérifiée, ce que le médecin a autorisé : au patient, son propre résultat autorisé (y compris au mineur de 14 ans et plus) ; au représentant légal (parent ou tuteur d'un enfant de moins de 14 ans, tuteur ou mandataire d'un majeur inapte), la même chose ; à un intervenant qui soigne le patient, vérifié par un rappel, ce dont il a besoin pour les soins.
    .mistake = Refuser à un représentant légal vérifié un résultat autorisé ; « on ne donne pas de résultats par téléphone ».
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1), art. 23 ; Code civil du Québec, art. 14

rule-C19 = Déchiqueter ce qui contient des renseignements de santé
    .expected = Les documents et imprimés qui contiennent des renseignements de santé sont déchiquetés ou détruits de façon sécuritaire ; aucun ne va sur un appareil ou dans un compte personnel.
    .mistake = Des dossiers papier au recyclage ; des fichiers sur l'ordinateur de la maison.
    .source = LPRPS, art. 12 et 13 ; décisions du CIPVP sur l'élimination non sécuritaire de dossiers

rule-C19-qc = Déchiqueter ce qui contient des renseignements de santé
    .source = Loi sur les renseignements de santé et de services sociaux (RLRQ, c. R-22.1) (mesures de sécurité) ; Commission d'accès à l'information

rule-S1 = Suivre le modèle d'horaire de la clinique
    .expected = Chaque type de rendez-vous a la durée fixée par la clinique (suivi 10 à 15 min, problème aigu 15 à 20, nouveau patient ou examen complet 30 à 60, interventions selon les directives).
    .mistake = Une plage de 10 minutes pour un nouveau patient.
    .source = Manuels de planification des rendez-vous en assistance médicale

rule-S2 = Connaître les méthodes de planification
    .expected = Horaire continu, par vagues, par vagues modifiées, par regroupement, double réservation, accès adapté : suivre la méthode qu'utilise la clinique.
    .mistake = —
    .source = Manuels de planification des rendez-vous en assistance médicale

rule-S3 = Protéger les plages du jour même
    .expected = Garder les plages réservées aux besoins urgents pour les besoins urgents.
    .mistake = Les remplir plusieurs jours à l'avance avec des visites de routine.
    .source = Alberta Medical Association, sur les plages réservées aux besoins urgents (carve-out scheduling) ; Ordre des médecins et chirurgiens de l'Ontario (OMCO), « Availability and Coverage »

rule-S4 = Double réservation selon la politique seulement
    .expected = Faire une double réservation seulement selon la politique du médecin, pour des visites courtes, jamais dans une plage longue ou d'intervention ; un ajout urgent demande l'approbation d'un clinicien.
    .mistake = Surréserver une plage d'intervention.
    .source = Manuels de planification des rendez-vous en assistance médicale

rule-S5 = Combler les annulations selon la priorité clinique
    .expected = Combler les annulations à partir de la liste d'attente selon la priorité clinique (les cas urgents et ceux où le délai compte d'abord, puis la plus longue attente), et non selon la commodité.
    .mistake = Donner la plage à la première personne qui appelle.
    .source = Logique de priorité des repères de l'Alliance sur les temps d'attente

rule-S6 = Médecin absent : les patients urgents d'abord
    .expected = Fixer d'abord un nouveau rendez-vous aux cas urgents (résultats anormaux, suivi postopératoire, grossesse, cas signalés), puis aux cas courants, selon les disponibilités de chaque patient ; mettre à jour le message d'accueil avec le médecin qui assure la garde ; s'assurer que les résultats critiques sont pris en charge.
    .mistake = Redonner les rendez-vous dans l'ordre de la liste, ou oublier un patient urgent.
    .source = Ordre des médecins et chirurgiens de l'Ontario (OMCO), politique « Availability and Coverage »

rule-S7 = Retard : informer la salle d'attente
    .expected = Informer les patients qui arrivent et ceux qui attendent du retard prévu (environ 30 minutes ou plus), leur offrir d'attendre ou de prendre un autre rendez-vous, et les tenir au courant.
    .mistake = Le silence pendant que la salle se remplit.
    .source = Orientation sur les pratiques à l'accueil

rule-S8 = Documenter et signaler les absences
    .expected = Inscrire au dossier l'absence à un rendez-vous et la signaler au médecin le jour même ; ne jamais mettre fin au suivi d'un patient à l'accueil.
    .mistake = L'ignorer.
    .source = Association canadienne de protection médicale (ACPM) et MLMIC, orientation sur les rendez-vous manqués

rule-S9 = Rappels : canal consenti, contenu minimal
    .expected = Faire le rappel par le canal auquel le patient a consenti, avec un contenu minimal (date, heure, clinique ; apporter la carte d'assurance maladie et la liste de médicaments).
    .mistake = Un rappel qui mentionne le motif de la visite.
    .source = Office for Civil Rights du département de la Santé des États-Unis (HHS), orientation sur les messages laissés

rule-S10 = Carte d'assurance maladie à chaque visite
    .expected = Vérifier le numéro, le code de version et la date d'expiration à chaque visite ; en cas d'échec, chercher une erreur de saisie, demander une autre carte, diriger vers ServiceOntario ; un relevé de transaction tient lieu de carte temporaire ; les urgences sont traitées d'abord.
    .mistake = Refuser une urgence à cause de la carte, ou accepter la carte de quelqu'un d'autre.
    .source = Ministère de la Santé de l'Ontario, InfoBulletins de l'Assurance-santé de l'Ontario (OHIP) ; Association canadienne de protection médicale (ACPM), « patient sans carte Santé »

rule-S10-qc = Carte d'assurance maladie de la RAMQ à chaque visite
    .expected = Vérifier la carte d'assurance maladie à chaque visite : le numéro de 12 caractères (formé à partir du nom, de la date de naissance et du sexe), la date d'expiration et la photo, s'il y en a une (pas de code de version) ; en cas d'échec, chercher une erreur de saisie, demander une autre carte, diriger vers la RAMQ ; les urgences sont traitées d'abord. Le Québec ne participe pas à la facturation réciproque : la carte d'une autre province ne se facture pas à la RAMQ.
    .source = Régie de l'assurance maladie du Québec (RAMQ), carte d'assurance maladie

rule-S11 = Les codes d'usage limité vont au prescripteur
    .expected = Prendre le nom du pharmacien et de la pharmacie, les identifiants du patient, le médicament et ce qui est demandé ; acheminer au prescripteur le jour même (d'urgence si le patient attend). Confirmer les détails d'une ordonnance à un pharmacien est permis.
    .mistake = Chercher et lire soi-même un code.
    .source = Programme de médicaments de l'Ontario, programme d'usage limité

rule-S11-qc = Les médicaments d'exception vont au prescripteur
    .expected = Pharmacien qui appelle pour un médicament d'exception (Liste des médicaments de la RAMQ) ou une demande de patient d'exception : prendre son nom et celui de la pharmacie, les identifiants du patient, le médicament et ce qui est demandé ; acheminer au prescripteur le jour même (d'urgence si le patient attend), sans jamais fournir soi-même un code ni une justification.
    .source = Régie de l'assurance maladie du Québec (RAMQ), Liste des médicaments (médicaments d'exception) ; RAMQ, mesure du patient d'exception

rule-S12 = Renseignements manquants avant la visite
    .expected = Demander au laboratoire ou à la pharmacie les analyses sanguines récentes ou la liste de médicaments qui manquent, pour qu'elles soient au dossier avant que le médecin voie le patient.
    .mistake = Laisser la visite commencer sans elles.
    .source = Une journée dans la vie d'une gestionnaire de clinique (lecture du cours)

rule-S13 = Fixer les suivis avant le départ du patient
    .expected = Fixer les rendez-vous de suivi et les examens prescrits avant que le patient reparte.
    .mistake = Le patient repart sans aucun rendez-vous.
    .source = Une journée dans la vie d'une gestionnaire de clinique (lecture du cours)

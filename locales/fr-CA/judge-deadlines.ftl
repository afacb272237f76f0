# Clinic Day, français (Canada) : ce que dit le juge des délais du recueil, des documents, et de qui peut être informé de quoi.

## Les délais du recueil : une personne mal en point au comptoir, les résultats critiques, les retards, les appels (deadlines.rs)

deadlines-called-911 = la réception a composé le 911
deadlines-brought-clinician = la réception a fait venir { $clinician } auprès de la personne
deadlines-got-worse = { $name } a vu son état s'aggraver à { $at } dans la salle d'attente
deadlines-later = plus tard
deadlines-unwell-at-desk = { $name } se sentait mal au comptoir
deadlines-after-reaching-it = après son arrivée
deadlines-at-once = aussitôt
deadlines-waited = { $time } { $later }
deadlines-left-unseen-told = { $unwell }, a appris que l'attente serait d'environ { $told } minutes, et a quitté la clinique { $when } sans avoir vu une ou un clinicien ({ $limit }).
deadlines-left-unseen = { $unwell } et a quitté la clinique { $when } sans avoir vu une ou un clinicien ({ $limit }).
deadlines-acted = { $unwell } : { $what } { $soon }.
deadlines-still-waiting = { $unwell } et attendait toujours { $waited } { $later } ({ $limit }).
deadlines-critical-result-late = Le résultat critique ({ $test }) reçu à { $at } n'était toujours pas parvenu à un médecin { $waited } plus tard ({ $limit }).
deadlines-delay-told = La réception a informé la salle d'attente du retard de { $minutes } minutes, { $after } après que ce retard a été connu.
deadlines-delay-not-told = Le médecin avait { $minutes } minutes de retard depuis { $at } et la salle d'attente n'en avait toujours pas été informée { $waited } plus tard ({ $limit }).
deadlines-never-done = Ce n'était toujours pas fait à la fin de la journée.
deadlines-since-opened-at = l'ouverture de la clinique, à { $at }
deadlines-since-left-at = le dépôt du message, à { $at }
deadlines-since-rang-at = la première sonnerie de l'appel, à { $at }
deadlines-since-came-at = son arrivée au comptoir, à { $at }
deadlines-limit-left-before-opening = { $limit } ; le message a été laissé { $left }, avant l'ouverture
deadlines-not-told-911 = { $waited } après { $since }, { $who } ({ $what }) n'avait toujours pas reçu la consigne de composer le 911 ({ $limit }).
deadlines-no-hand-off = { $waited } après { $since }, { $who } (idées suicidaires) attendait toujours un transfert à une ou un clinicien ({ $limit }).
deadlines-no-clinician = { $waited } après { $since }, { $who } ({ $what }) n'avait toujours pas pu joindre une ou un clinicien ({ $limit }).
deadlines-not-returned = { $waited } après { $since }, le message urgent laissé par { $who } ({ $what }) était toujours sans réponse ({ $limit }).
deadlines-expect-urgent-returned = Donner suite aux messages urgents, vocaux ou autres, dans les { $minutes } minutes suivant leur dépôt ; aux autres, avant la fermeture.
deadlines-expect-911-at-once = Tout de suite : rappeler et dire à la personne de raccrocher et de composer le 911, dans les { $minutes } minutes suivant le message.
deadlines-within = en { $time }

## Ce qui était en retard, fait finalement

deadlines-from-got-worse = l'aggravation de son état
deadlines-from-reached-desk = son arrivée au comptoir
deadlines-911-called-at = Le 911 a été appelé à { $at }, { $after } après { $from }.
deadlines-clinician-came-at = { $clinician } a rejoint la personne à { $at }, { $after } après { $from }.
deadlines-result-reached = Le résultat est parvenu à { $physician } à { $at }, { $after } après sa réception.
deadlines-result-flagged-away = Le résultat a été signalé à { $at } à { $physician }, qui ne travaillait pas ici aujourd'hui.
deadlines-waiting-room-told-at = La salle d'attente a été informée à { $at }, { $after } après que le retard a été connu.
deadlines-done-told-911 = La personne a reçu la consigne de composer le 911
deadlines-done-clinician-reached = Une ou un clinicien a pris le relais
deadlines-done-returned = La réception a donné suite au message
deadlines-from-rang = la première sonnerie de l'appel
deadlines-from-came = son arrivée au comptoir
deadlines-from-opened = l'ouverture de la clinique
deadlines-from-left = le dépôt du message
deadlines-done-at = { $what } à { $at }, { $after } après { $since }.

## Les documents : résultats, avis, télécopies, dossiers et papier (inbox.rs)

inbox-refer-again = L'avis de non-présentation envoyé par un spécialiste va le jour même au médecin demandeur, pour une nouvelle demande de consultation.
inbox-file-to-chart = Classer le jour même chaque résultat ou rapport reçu au dossier du bon patient, pour qu'il s'y trouve quand le médecin en a besoin.
inbox-filed-critical = La réception a classé au dossier un résultat critique ({ $test }) sans interrompre le médecin.
inbox-filed-abnormal = La réception a classé un résultat anormal ({ $test }) sans l'envoyer au médecin.
inbox-filed-misdirected = La réception a classé dans un dossier une télécopie destinée à une autre clinique au lieu de signaler { $jurisdiction ->
        [qc] l'incident de confidentialité
       *[other] l'atteinte à la vie privée
    }.
inbox-filed-did-not-attend = La réception a classé l'avis de non-présentation du patient ({ $consultation }) { $unsent } : la demande de consultation s'arrête là.
inbox-filed-to-wrong-chart = La réception a classé un document concernant { $about } au mauvais dossier ({ $patient }).
inbox-without-sending = sans l'envoyer à { $physician }
inbox-and = { $before } et { $name }
inbox-sent-only-to = après l'avoir envoyé seulement à { $names }, { $count ->
        [one] qui ne travaille pas aujourd'hui
       *[other] qui ne travaillent pas aujourd'hui
    }
inbox-as-soon-as-it-came-in = dès son arrivée
inbox-minutes-after-it-came-in = { $minutes ->
        [one] une minute après son arrivée
       *[other] { $minutes } minutes après son arrivée
    }
inbox-interrupted = La réception a interrompu { $physician } pour lui transmettre le résultat critique ({ $test }) { $when }.
inbox-flagged-not-urgent = La réception a transmis un résultat critique ({ $test }) en le marquant comme non urgent.
inbox-sent-did-not-attend = La réception a envoyé à { $physician } l'avis de non-présentation du patient ({ $consultation }), pour une nouvelle demande de consultation.
inbox-sent-abnormal = La réception a envoyé le résultat anormal ({ $test }) au médecin.
inbox-faxed-directory = La réception a envoyé une télécopie à { $contact } au numéro inscrit au répertoire.
inbox-faxed-typed-in = La réception a envoyé une télécopie à { $contact } à un numéro tapé à la main : le répertoire n'indique aucun numéro de télécopieur pour ce destinataire.
inbox-emailed-directory = La réception a envoyé un courriel à { $contact } à l'adresse inscrite au répertoire.
inbox-emailed-no-address = La réception a envoyé des renseignements de santé par courriel à { $contact }, alors qu'aucune adresse n'est inscrite au dossier pour ce destinataire.
inbox-breach-reported = La réception a aussitôt signalé la télécopie destinée à { $intended } comme { $jurisdiction ->
        [qc] un incident de confidentialité
       *[other] une atteinte à la vie privée
    }.
inbox-shred-it = Le papier qui contient des renseignements de santé va à la déchiqueteuse (ou dans le bac de déchiquetage verrouillé), jamais au recyclage ni à la poubelle.
inbox-kind-lab = résultat { $test }
inbox-kind-referral = demande de consultation
inbox-kind-renewal = demande de renouvellement pour { $drug }
inbox-kind-letter = « { $subject } »
inbox-kind-misdirected = télécopie mal acheminée ({ $title })
inbox-kind-did-not-attend = avis de non-présentation
inbox-kind-referral-acknowledged = accusé de réception d'une demande de consultation
inbox-shredded = La réception a déchiqueté le papier ({ $what }).
inbox-binned-whose = La réception a jeté { $bin } le papier ({ $what }) portant des renseignements de santé concernant { $patient }.
inbox-binned = La réception a jeté { $bin } le papier ({ $what }) portant des renseignements de santé.
inbox-into-recycling = au recyclage
inbox-into-garbage = à la poubelle

## Qui peut être informé de quoi, et quel dossier peut être ouvert (privacy.rs)

privacy-told-attendance = que la clinique compte { $name } parmi ses patients
privacy-told-appointments = les rendez-vous prévus pour { $name }
privacy-told-results = les résultats d'examens concernant { $name }
privacy-told-diagnosis = le diagnostic concernant { $name }
privacy-told-medications = les médicaments que prend { $name }
privacy-told-allergies = les allergies que présente { $name }
privacy-told-contact-details = les coordonnées inscrites pour { $name }
privacy-told-record = le dossier concernant { $name }
privacy-told-health-information = les renseignements de santé concernant { $name }
privacy-verified-at-counter = La réception a vérifié deux identifiants énoncés par la personne au comptoir
privacy-verified-caller-stated = La réception a vérifié deux identifiants énoncés par la personne au téléphone
privacy-verified-office-phoned = La réception a appelé son bureau au numéro inscrit au dossier pour vérifier son identité
privacy-verified-chart-number = La réception a joint le patient au numéro inscrit à son dossier
privacy-caller-who-said = la personne qui disait être { $name }
privacy-told = La réception a communiqué à { $caller } { $what }.
privacy-not-who-they-claimed = La personne n'était pas celle qu'elle prétendait être, et deux identifiants énoncés par elle l'auraient révélé.
privacy-identity-not-confirmed = Son identité n'avait pas été confirmée à l'aide de deux identifiants qu'elle a énoncés elle-même.
privacy-verified-before-disclosing = { $how } avant de communiquer quoi que ce soit.
privacy-read-out-results = La réception a lu ses résultats au patient : les résultats se donnent selon l'autorisation du médecin, et ne s'interprètent jamais à l'accueil.
privacy-sent-without-locked-part = La réception a transmis le dossier concernant { $name } { $jurisdiction ->
        [qc] sans les renseignements visés par une restriction d'accès
       *[other] sans la partie sous coffre-fort
    }, en indiquant que certains renseignements avaient été retenus.
privacy-lockbox-went-out = { $jurisdiction ->
        [qc] Une partie du dossier fait l'objet d'une restriction d'accès, et elle a été transmise aussi.
       *[other] Une partie du dossier est sous coffre-fort, et elle a été transmise aussi.
    }
privacy-after-calling-back = (après avoir rappelé au numéro du répertoire pour vérifier)
privacy-number-matched-no-call-back = Le numéro affiché correspondait à celui du répertoire, mais la réception n'a pas rappelé au numéro du répertoire pour vérifier.
privacy-number-not-on-file-no-call-back = L'appel venait d'un numéro qui ne figure pas au répertoire, et la réception n'a pas rappelé au numéro du répertoire pour vérifier.
privacy-authorized = (communication autorisée)
privacy-decides-alone = { $name } décide en toute autonomie qui est informé de ses soins (personne mineure capable de consentir, ou âgée de { $age } ans) : la garde ne permet plus de parler en son nom.
privacy-no-authority = Cette personne n'avait aucune autorité pour recevoir ces renseignements.
privacy-asked-them-identifiers = La réception a demandé à la personne au comptoir d'énoncer deux identifiants.
privacy-asked-caller-identifiers = La réception a demandé à la personne au téléphone d'énoncer deux identifiants.
privacy-the-caller-who-said = la personne qui disait être { $name }
privacy-told-nothing-beyond-identifier = La réception n'a rien communiqué du dossier à { $who }, hormis l'identifiant qui lui a été lu
privacy-declined-to-tell = La réception a refusé de dire quoi que ce soit à { $who }
privacy-declined = { $told }.
privacy-declined-took-message = { $told }, et a pris un message à la place.
privacy-chart-opened = La réception a ouvert le dossier concernant { $name } alors que rien aujourd'hui ne l'exigeait.

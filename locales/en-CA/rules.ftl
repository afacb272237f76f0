# The rulebook (`clinic-day rules`, the debrief, the coach): each rule's title, then what it
# expects, the typical mistake and its source. A `-qc` message holds what differs under Quebec's law;
# what it leaves out is the general row's.

rule-T1 = Life threat: 911 now
    .expected = Tell the caller to hang up and call 911 (call 911 yourself for someone at the desk), confirm where they are, alert the physician or nurse at once, record the words and time.
    .mistake = Book the next slot, promise a call-back, put on hold, or tell them to drive in.
    .source = CAEP, Canadian Triage and Acuity Scale (CTAS) guidelines; AAP, "Prioritizing telephone calls" (front-desk red flags); Heart & Stroke, FAST stroke signs

rule-T2 = Never diagnose or reassure
    .expected = Never diagnose or reassure ("probably heartburn", "you don't need to be seen"): escalate instead.
    .mistake = Reassure a caller who has a red flag.
    .source = CAEP, Canadian Triage and Acuity Scale (CTAS) guidelines; AAP, "Prioritizing telephone calls" (front-desk red flags); Heart & Stroke, FAST stroke signs

rule-T3 = Suicidal thoughts: 911 or a live hand-off, and 988
    .expected = Immediate danger: 911. Otherwise a live hand-off to the physician or nurse now, and give the 988 crisis line (call or text, 24/7).
    .mistake = Take a message, or leave the caller on a long hold.
    .source = Mental Health Commission of Canada, 988 Suicide Crisis Helpline launch (30 Nov 2023)

rule-T3-qc = Suicidal thoughts: 911 or a live hand-off, and 988 or 1 866 APPELLE
    .expected = Immediate danger: 911. Otherwise a live hand-off to the physician or nurse now, and give the 988 crisis line (call or text, 24/7) or Quebec's suicide prevention line 1 866 APPELLE (1-866-277-3553).
    .source = Mental Health Commission of Canada, 988 Suicide Crisis Helpline launch (30 Nov 2023); Association québécoise de prévention du suicide (AQPS), 1 866 APPELLE line

rule-T4 = Walk-in in visible distress: a clinician now
    .expected = Get a clinician immediately; don't queue them.
    .mistake = "Take a seat, the doctor is running late."
    .source = CAEP, Canadian Triage and Acuity Scale (CTAS) guidelines; AAP, "Prioritizing telephone calls" (front-desk red flags); Heart & Stroke, FAST stroke signs

rule-T5 = Clinician now or same day
    .expected = Infant under 3 months with fever: clinician now or ER. Worsening symptoms, moderate breathing trouble, suspected infection, significant pain: a same-day slot or a clinician call-back today.
    .mistake = Routine booking days out (under-triage).
    .source = CPSO policy "Availability and Coverage"; AAP telephone triage

rule-T6 = Routine needs get routine slots
    .expected = Stable chronic issues, forms, physicals, refills without symptoms: the next routine slot.
    .mistake = Using a same-day reserve slot for it (over-triage wastes capacity).
    .source = Alberta Medical Association on carve-out scheduling; CPSO "Availability and Coverage"

rule-T7 = When unsure, escalate up
    .expected = When unsure, escalate up, never down.
    .mistake = Downgrade on a hunch.
    .source = Front-desk telephone triage guidance (AAP)

rule-T8 = CTAS is reference language only
    .expected = CTAS levels (1 resuscitation, 2 emergent ≤15 min, 3 urgent ≤30, 4 less urgent ≤60, 5 non-urgent ≤120) are reference language; the learner's routing (911 / clinician now / same day / routine) is scored, never a CTAS number.
    .mistake = —
    .source = CAEP, Canadian Triage and Acuity Scale

rule-T9 = Document and close the loop
    .expected = Record the caller's words, call-back number, advice given and who was told; give safety-net advice ("call 911 if it gets worse").
    .mistake = No note, no safety-net advice.
    .source = CAEP, Canadian Triage and Acuity Scale (CTAS) guidelines; AAP, "Prioritizing telephone calls" (front-desk red flags); Heart & Stroke, FAST stroke signs

rule-T10 = Current greeting, voicemails answered
    .expected = The outgoing greeting is current (hours, closures, coverage, "for emergencies call 911", in Ontario Health811); voicemails are reviewed and answered promptly.
    .mistake = A stale greeting; an unreturned voicemail at day end.
    .source = CPSO policy "Availability and Coverage"; OMA coverage checklist

rule-T10-qc = Current greeting, voicemails answered
    .expected = The outgoing greeting is current (hours, closures, coverage, "for emergencies call 911", and Info-Santé 811 for health advice); voicemails are reviewed and answered promptly.
    .source = Gouvernement du Québec, Info-Santé 811; CPSO policy "Availability and Coverage" (for reference)

rule-T11 = Critical result: interrupt the physician now
    .expected = A critical lab result phoned or faxed in goes to the ordering (or covering) physician now.
    .mistake = File it to the chart.
    .source = CPSO policy "Managing Tests"

rule-T12 = Book referrals by the clinician's urgency
    .expected = Book as the referring clinician ranked it; urgent referrals get a phone call, not only a fax; track acknowledgement. Targets: emergency ≤24 h, urgent ≤7 days, scheduled 30–60 days.
    .mistake = First-come booking of a pile of referrals.
    .source = Wait Time Alliance benchmarks; Health Quality Ontario wait-time definitions; CPSA e-referral guidance

rule-T13 = Ask why they call; pass a request to speak to a clinician on
    .expected = Ask why the person is calling (what, since when, how bad); a request to speak to a physician or nurse is never refused at the desk: pass it on, urgently if there are symptoms.
    .mistake = "The doctor doesn't take calls."
    .source = PHSO case summary 346; SPSO decision, Fife 2015 (request to speak to a GP refused)

rule-C1 = Two identifiers the person states
    .expected = Verify identity with two identifiers the person states (full name and date of birth, or health number or address) before booking, discussing or disclosing.
    .mistake = Read the date of birth out for them to confirm, or skip the check.
    .source = Accreditation Canada, Required Organizational Practice "Client identification"

rule-C2 = Third-party callers: check their authority
    .expected = Identify third-party callers and check their authority (consent on file, substitute decision-maker, power of attorney); disclose only what it covers, otherwise take a message.
    .mistake = Tell a spouse the results.
    .source = IPC Ontario, "Your health information: consent" guidance

rule-C2-qc = Third-party callers: check their authority (minors 14 and over)
    .expected = Identify third-party callers and check their authority (consent on file; the person with parental authority or the tutor of a child under 14; the tutor or mandatary of an incapable adult); a minor aged 14 or over decides alone, and a parent learns nothing without the minor's consent. Otherwise take a message.
    .mistake = Tell a parent about a 15-year-old's visit without her consent.
    .source = Act respecting health and social services information (CQLR c. R-22.1), s. 23; Civil Code of Québec, art. 14

rule-C3 = Circle of care gets what care needs
    .expected = A pharmacist, ER, specialist or other treating physician may receive what they need for care on assumed implied consent, unless locked; verify them (call back on a known number).
    .mistake = Stonewall a legitimate clinical request, or treat a non-custodian as in the circle.
    .source = IPC Ontario, "Circle of Care: Sharing Personal Health Information for Health-Care Purposes"; PHIPA

rule-C3-qc = Those treating the patient get what care needs
    .expected = A pharmacist, ER, specialist or other treating physician may receive what they need to care for the patient, unless the patient has restricted or refused it; verify them (call back on a known number).
    .mistake = Stonewall a legitimate clinical request, or treat someone who is not caring for this patient as a provider.
    .source = Act respecting health and social services information (CQLR c. R-22.1) (communication to service providers; restriction of access, s. 7)

rule-C4 = Non-custodians need express consent
    .expected = Employers, insurers, lawyers, schools and relatives who are not the substitute decision-maker need the patient's express consent.
    .mistake = Disclose to an insurer on request.
    .source = Personal Health Information Protection Act (PHIPA); IPC Ontario

rule-C4-qc = Outside the care team: express consent
    .expected = Employers, insurers, lawyers, schools and relatives who are not the patient's legal representative need the patient's express consent, given for a specific purpose.
    .source = Act respecting health and social services information (CQLR c. R-22.1); Charter of human rights and freedoms, s. 9 (professional secrecy)

rule-C5 = Employers learn nothing
    .expected = Never confirm a diagnosis to an employer, or even that the person is a patient; with consent, a note gives dates and functional limits only.
    .mistake = "Yes, she was in for her back."
    .source = Employment-law guidance on medical certificates

rule-C6 = Police: no disclosure without authority
    .expected = No disclosure to police without a warrant, court order, statutory duty or the patient's consent; don't obstruct; refer to the physician or privacy officer.
    .mistake = Answer the officer's questions.
    .source = PHIPA s.43; legal primers on disclosure to police

rule-C6-qc = Police: no disclosure without authority
    .source = Act respecting health and social services information (CQLR c. R-22.1); Charter of human rights and freedoms, s. 9 (professional secrecy); legal primers on disclosure to police

rule-C7 = Risk of serious harm: the physician decides
    .expected = The physician decides on disclosure to prevent serious bodily harm (PHIPA s.40); the MOA escalates at once.
    .mistake = Decide alone, or sit on it.
    .source = PHIPA s.40

rule-C7-qc = Risk of death or serious injury: the physician decides
    .expected = The physician decides on disclosure to prevent an act of violence, including suicide (a serious risk of death or serious bodily injury, with a sense of urgency); the front desk escalates at once.
    .source = Act respecting health and social services information, s. 74; Professional Code, s. 60.4; Collège des médecins du Québec, Code of ethics of physicians

rule-C8 = Honour the lockbox
    .expected = Honour a lockbox or consent directive; when records go out, say some information was withheld, never what.
    .mistake = Send the locked note with the rest.
    .source = IPC Ontario, "Lock-box" fact sheet

rule-C8-qc = Honour a restriction or refusal of access
    .expected = Honour the patient's restriction of access (a provider or category of providers barred from certain information) or refusal; when records go out, leave that information out and say some was withheld, never what.
    .mistake = Send the restricted information with the rest.
    .source = Act respecting health and social services information, ss. 7 and 8; Regulation respecting the application of certain provisions of the Act respecting health and social services information (written notice of restriction or refusal)

rule-C9 = Minimal voicemails
    .expected = A voicemail gives name, clinic and call-back number (date and time for a reminder); never results, test types or diagnoses; follow the patient's recorded contact preference.
    .mistake = "Your biopsy came back, please call."
    .source = OPC PIPEDA findings #2012-009 (a message on a workplace voicemail against the client's instruction) and #270 (an answering-machine message heard by a spouse); US HHS Office for Civil Rights, guidance on leaving messages

rule-C10 = Nothing private said aloud
    .expected = Don't say reasons for visit, health numbers or dates of birth aloud in the waiting room; screens turned away; sensitive talk out of earshot.
    .mistake = "Mr. Diaz, is this about your HIV test?" across the room.
    .source = OIPC Saskatchewan, protecting personal health information in waiting rooms

rule-C11 = Fax safely
    .expected = Fax only to a verified or pre-programmed number, with a cover sheet, and confirm receipt; a misdirected fax is a breach: contain and report.
    .mistake = Fax to a typed-in number with no check.
    .source = OIPC Alberta fax guidance; IPC Ontario on misdirected faxes

rule-C12 = Email and text only under policy
    .expected = Email or text only under clinic policy with the patient's consent, with minimal content, never from personal accounts.
    .mistake = Email results from a personal account.
    .source = IPC Ontario, guidance on communicating personal health information by email

rule-C13 = Results only as authorized
    .expected = Give results only as the physician authorized, only to the patient or substitute decision-maker; abnormal or questioned results go to the clinician; never interpret.
    .mistake = Read out and explain a result.
    .source = CPSO policy "Managing Tests"

rule-C14 = Open only the charts your task needs
    .expected = Open only the charts your task needs: every chart view is audited.
    .mistake = Browse a neighbour's or a celebrity's chart.
    .source = IPC Ontario, snooping prosecutions (fines up to $200,000 for individuals since 2020)

rule-C14-qc = Open only the charts your task needs
    .source = Act respecting health and social services information, s. 160 (fines of $5,000 to $100,000 for an individual who accesses information in contravention of the Act); Commission d'accès à l'information

rule-C15 = Report breaches at once
    .expected = Report any breach at once to the physician or privacy officer.
    .mistake = Hide a misdirected fax.
    .source = PHIPA breach notification requirements

rule-C15-qc = Report confidentiality incidents at once
    .expected = Report any confidentiality incident at once to the physician or the person in charge of protecting information; the clinic records it in its register and, if it presents a risk of serious injury, notifies the Commission d'accès à l'information and the persons concerned, among others.
    .source = Act respecting health and social services information, ss. 108 and 110 (confidentiality incidents)

rule-C16 = Route requests for one's own record
    .expected = Patients may access their own record: route the request (answer due within 30 days, reasonable fee).
    .mistake = Refuse at the desk.
    .source = PHIPA Part V; IPC Ontario decisions

rule-C16-qc = Route requests for one's own record
    .expected = Patients may access their own record: route the request to the physician or the person in charge of access (answer within 30 days; consulting the record is free, only a reasonable fee for copying or sending it).
    .source = Act respecting health and social services information (CQLR c. R-22.1); Collège des médecins du Québec, Code of ethics of physicians

rule-C17 = Suspected child abuse: report
    .expected = Suspected child abuse or neglect: a personal duty to report to the Children's Aid Society, and tell the physician.
    .mistake = Leave it to someone else.
    .source = Ontario Child, Youth and Family Services Act, 2017, s.125

rule-C17-qc = Suspected child abuse: report to the DPJ
    .expected = Suspected abuse or neglect of a child: report it without delay to the Director of Youth Protection (DPJ), and tell the physician; for physical or sexual abuse, everyone is bound to report.
    .source = Youth Protection Act (CQLR c. P-34.1), s. 39

rule-C18 = Give the entitled what was released
    .expected = Give an entitled, verified person what the physician has released: the patient their own released result; a substitute decision-maker the same; a circle-of-care clinician verified by a call-back what they need for care.
    .mistake = Refuse a verified substitute decision-maker a released result; "we can't give results by phone".
    .source = PHIPA ss. 5, 23 (substitute decision-makers), Part V (access); IPC Ontario "Circle of Care"

rule-C18-qc = Give the entitled what was released
    .expected = Give an entitled, verified person what the physician has released: the patient their own released result (a minor aged 14 or over included); a legal representative (the parent or tutor of a child under 14, the tutor or mandatary of an incapable adult) the same; a clinician treating the patient, verified by a call-back, what they need for care.
    .mistake = Refuse a verified legal representative a released result; "we can't give results by phone".
    .source = Act respecting health and social services information (CQLR c. R-22.1), s. 23; Civil Code of Québec, art. 14

rule-C19 = Shred what holds health information
    .expected = Records and printouts with health information are shredded or securely destroyed; none go to a personal device or account.
    .mistake = Paper charts in the recycling; files on a home computer.
    .source = PHIPA ss. 12-13; IPC Ontario decisions on insecure disposal

rule-C19-qc = Shred what holds health information
    .source = Act respecting health and social services information (CQLR c. R-22.1) (security measures); Commission d'accès à l'information

rule-S1 = Use the clinic's template
    .expected = Each appointment type has the practice's duration (follow-up 10–15 min, acute 15–20, new patient or physical 30–60, procedures as directed).
    .mistake = A 10-minute slot for a new patient.
    .source = Medical assisting scheduling texts

rule-S2 = Know the scheduling methods
    .expected = Stream, wave, modified wave, cluster, double-booking, open access: follow the one the clinic uses.
    .mistake = —
    .source = Medical assisting scheduling texts

rule-S3 = Protect same-day capacity
    .expected = Keep the reserved urgent slots for urgent needs.
    .mistake = Fill them days ahead with routine visits.
    .source = Alberta Medical Association on carve-out scheduling; CPSO "Availability and Coverage"

rule-S4 = Double-book only per policy
    .expected = Double-book only per the physician's policy, for short visits, never into long or procedure slots; urgent add-ons need clinician approval.
    .mistake = Overbook a procedure slot.
    .source = Medical assisting scheduling texts

rule-S5 = Fill cancellations by clinical priority
    .expected = Fill cancellations from the waitlist by clinical priority (urgent and time-sensitive first, then longest waiting), not convenience.
    .mistake = Give the slot to whoever calls first.
    .source = Priority logic of the Wait Time Alliance benchmarks

rule-S6 = Physician away: urgent patients first
    .expected = Rebook urgent cases first (abnormal results, post-op, pregnancy, flagged), routine later, respecting each patient's availability; update the greeting with coverage; make sure critical results are covered.
    .mistake = Rebook in list order, or drop an urgent patient.
    .source = CPSO policy "Availability and Coverage"

rule-S7 = Running late: tell the waiting room
    .expected = Tell arriving and waiting patients the expected delay (about 30 minutes or more), offer to wait or rebook, and update them.
    .mistake = Silence while the room fills.
    .source = Front-desk practice guidance

rule-S8 = Document and flag no-shows
    .expected = Document a no-show in the chart and flag it to the physician the same day; never discharge a patient at the desk.
    .mistake = Ignore it.
    .source = CMPA and MLMIC guidance on missed appointments

rule-S9 = Reminders: consented channel, minimal content
    .expected = Remind through the patient's consented channel with minimal content (date, time, clinic; bring health card and medication list).
    .mistake = A reminder that names the reason for the visit.
    .source = US HHS Office for Civil Rights, guidance on leaving messages

rule-S10 = Health card at every visit
    .expected = Check number, version code and expiry at every visit; on failure check for keying errors, ask for another card, refer to ServiceOntario; a transaction record counts as a temporary card; emergencies are treated first.
    .mistake = Turn away an emergency over a card, or accept someone else's card.
    .source = Ontario Ministry of Health, OHIP InfoBulletins; CMPA, "patient without a health card"

rule-S10-qc = RAMQ health card at every visit
    .expected = Check the health insurance card at every visit: the 12-character number (built from the name, birth date and sex), the expiry date and the photo where there is one (no version code); on failure check for keying errors, ask for another card, refer to the RAMQ; emergencies are treated first. Quebec takes no part in reciprocal billing: another province's card is not billed to the RAMQ.
    .source = Régie de l'assurance maladie du Québec (RAMQ), health insurance card

rule-S11 = Limited Use codes go to the prescriber
    .expected = Take the pharmacist's name and pharmacy, the patient's identifiers, the drug and what is needed; route to the prescriber the same day (urgently if the patient is waiting). Confirming prescription details to a pharmacist is fine.
    .mistake = Look up and read out a code yourself.
    .source = Ontario Drug Benefit, Limited Use program

rule-S11-qc = Exceptional medications go to the prescriber
    .expected = A pharmacist calling about an exceptional medication (RAMQ List of Medications) or a patient d'exception request: take the pharmacist's name and pharmacy, the patient's identifiers, the drug and what is needed; route to the prescriber the same day (urgently if the patient is waiting), never supplying a code or justification yourself.
    .source = Régie de l'assurance maladie du Québec (RAMQ), List of Medications (exceptional medications); RAMQ, patient d'exception measure

rule-S12 = Missing information before the visit
    .expected = Request missing recent bloodwork or a medication list from the lab or pharmacy so it is on the chart before the physician sees the patient.
    .mistake = Let the visit start without it.
    .source = A day in the life of a clinic office manager (course reading)

rule-S13 = Book follow-ups before the patient leaves
    .expected = Book follow-ups and ordered tests before the patient leaves.
    .mistake = The patient leaves with nothing booked.
    .source = A day in the life of a clinic office manager (course reading)

//! The day's events happen in opening hours and refer to people, bookings and contacts that exist.

use std::collections::BTreeMap;

use super::super::locate::Path;
use super::super::model::*;
use super::super::time::{Date, TimeOfDay};
use super::Checks;
use crate::rules::words::Words;

pub(super) fn check(checks: &mut Checks) {
    let s = checks.scenario;
    let hours = s.clinic.hours;
    if s.timeline.is_empty() {
        checks
            .warning("empty-timeline", Path::root().field("timeline"), Words::msg("check-timeline-empty"))
            .label(Words::msg("check-timeline-empty-label"));
    }
    let mut fates: BTreeMap<String, (&'static str, Path)> = BTreeMap::new();
    for (i, entry) in s.timeline.iter().enumerate() {
        let path = Path::root().field("timeline").index(i);
        if entry.at < hours.open || entry.at > hours.close {
            checks
                .error(
                    "outside-hours",
                    path.field("at"),
                    Words::msg("check-timeline-outside-hours")
                        .arg("at", entry.at.to_string())
                        .arg("open", hours.open.to_string())
                        .arg("close", hours.close.to_string()),
                )
                .label(Words::msg("check-timeline-outside-hours-label"))
                .help(Words::msg("check-timeline-outside-hours-help"));
        } else if entry.jitter > 0
            && (entry.at.minutes() < hours.open.minutes() + entry.jitter
                || entry.at.minutes() + entry.jitter > hours.close.minutes())
        {
            checks
                .warning(
                    "jitter-outside-hours",
                    path.field("jitter"),
                    Words::msg("check-timeline-jitter-outside-hours").arg("jitter", entry.jitter),
                )
                .label(Words::msg("check-timeline-jitter-outside-hours-label"));
        }
        event(checks, &entry.event, path.field("event"), entry, &mut fates);
    }
    idle_bookings(checks, &fates);
    super::conditions::check(checks);
}

/// How many of `physician`'s urgent visits (S6) booked from `from` to `to` would find no room with
/// anyone from tomorrow to their own day: they could not be rebooked in time.
fn stranded_by_absence(s: &Scenario, physician: &StaffId, from: Date, to: Date) -> usize {
    let mut book = crate::book::Book::opening(s);
    book.add_absence(physician, from, to, "announced");
    let tomorrow = s.clinic.date.plus_days(1);
    book.appointments()
        .filter(|a| &a.physician == physician && from <= a.date && a.date <= to && a.holds_time())
        .filter(|a| s.urgent_to_rebook(&a.patient, &a.kind))
        .filter(|a| book.openings_with_anyone(&a.kind, (tomorrow, TimeOfDay::MIDNIGHT), a.date, true).is_empty())
        .count()
}

/// Someone waiting who gets worse (format 2): later than their arrival, and worse than they came.
fn worsening(checks: &mut Checks, before: Option<&Symptoms>, worse: &Worsening, path: Path) {
    // Nothing said is fine: the desk sees it (the figure turns unwell, the card says so).
    if !worse.says.is_empty() {
        says(checks, &worse.says, path.field("says"));
    }
    check_symptoms(checks, &worse.symptoms, path.field("symptoms"));
    if worse.after == 0 {
        checks
            .error("worsens-at-once", path.field("after"), Words::msg("check-timeline-worsens-at-once"))
            .label(Words::msg("check-timeline-worsens-at-once-label"))
            .help(Words::msg("check-timeline-worsens-at-once-help"));
    }
    let was = before.map_or(Acuity::Routine, |s| s.acuity);
    let flags_added = worse.symptoms.red_flags.iter().any(|f| before.is_none_or(|b| !b.red_flags.contains(f)));
    if worse.symptoms.acuity >= was && !flags_added {
        checks
            .warning(
                "worsens-not-worse",
                path.field("symptoms").field("acuity"),
                Words::msg("check-timeline-worsens-not-worse")
                    .arg("before", format!("{was:?}"))
                    .arg("after", format!("{:?}", worse.symptoms.acuity)),
            )
            .label(Words::msg("check-timeline-worsens-not-worse-label"))
            .help(Words::msg("check-timeline-worsens-not-worse-help"));
    }
}

/// Today's bookings that nothing on the timeline settles (no arrival, no-show, cancellation, and no
/// caller asking to cancel or move them): they would sit in the book all day with nobody coming,
/// which is seldom what the author meant.
fn idle_bookings(checks: &mut Checks, fates: &Fates) {
    let s = checks.scenario;
    let mut asked_about = std::collections::BTreeSet::new();
    // A booked patient who walks in (early, unwell) is at the desk: their visit is settled too.
    let mut walking_in = std::collections::BTreeSet::new();
    for (_, event) in s.timeline.iter().flat_map(|entry| entry.event.possible()) {
        asked_about.extend(asked_about_booking(event));
        if let Event::WalkIn(walk_in) = event {
            walking_in.insert(&walk_in.person);
        }
    }
    for (i, booking) in s.book.iter().enumerate() {
        if booking.date.resolve(checks.today) != checks.today
            || fates.contains_key(booking.id.as_str())
            || asked_about.contains(booking.id.as_str())
            || walking_in.contains(&booking.patient)
        {
            continue;
        }
        let name = s.patient(&booking.patient).map_or_else(|| booking.patient.to_string(), |p| p.name.clone());
        checks
            .warning(
                "idle-booking",
                Path::root().field("book").index(i),
                Words::msg("check-timeline-idle-booking")
                    .arg("booking", booking.id.as_str())
                    .arg("name", name)
                    .arg("at", booking.at.to_string()),
            )
            .label(Words::msg("check-timeline-idle-booking-label"))
            .help(Words::msg("check-timeline-idle-booking-help"));
    }
}

/// The booking a caller or visitor asks to cancel or move, if `event` is one.
fn asked_about_booking(event: &Event) -> Option<&str> {
    let wanted = match event {
        Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) => Some(&call.wants),
        Event::WalkIn(walk_in) => walk_in.wants.as_ref(),
        Event::Arrival(arrival) => arrival.wants.as_ref(),
        _ => None,
    };
    match wanted {
        Some(Request::Cancel { appointment, .. } | Request::Reschedule { appointment }) => Some(appointment.as_str()),
        _ => None,
    }
}

/// What has already happened to a booking on the timeline, so an arrival and a no-show of the same
/// booking can be caught.
type Fates = BTreeMap<String, (&'static str, Path)>;

fn event(checks: &mut Checks, event: &Event, path: Path, entry: &TimelineEntry, fates: &mut Fates) {
    let today = checks.today;
    match event {
        Event::Call(call) => {
            check_call(checks, call, &path);
            unjudged_request(checks, call, &path);
        }
        // A message left is judged for being returned (T10), whatever it asks.
        Event::Voicemail(call) | Event::Message(call) => {
            check_call(checks, call, &path);
            if !call.says_when_asked.is_empty() {
                checks
                    .error(
                        "asked-of-a-message",
                        path.field("says_when_asked"),
                        Words::msg("check-timeline-asked-of-a-message"),
                    )
                    .label(Words::msg("check-timeline-asked-of-a-message-label"))
                    .help(Words::msg("check-timeline-asked-of-a-message-help"));
            }
        }
        Event::Visitor(visitor) => {
            check_call(checks, visitor, &path);
            unjudged_request(checks, visitor, &path);
            if visitor.left.is_some() {
                checks
                    .error("visitor-left", path.field("left"), Words::msg("check-timeline-visitor-left"))
                    .label(Words::msg("check-timeline-visitor-left-label"));
            }
            if visitor.patience.is_some() {
                checks
                    .warning("visitor-patience", path.field("patience"), Words::msg("check-timeline-visitor-patience"))
                    .label(Words::msg("check-timeline-visitor-patience-label"));
            }
            if visitor.caller.number.is_some() {
                checks
                    .warning(
                        "visitor-number",
                        path.field("caller").field("number"),
                        Words::msg("check-timeline-visitor-number"),
                    )
                    .label(Words::msg("check-timeline-visitor-number-label"));
            }
        }
        Event::Arrival(arrival) => {
            if let Some(booking) = checks.booking_ref(path.field("appointment"), &arrival.appointment) {
                booked_today(checks, booking, path.field("appointment"), today);
                let gap = i32::from(entry.at.minutes()) - i32::from(booking.at.minutes());
                if gap.abs() > 90 {
                    checks
                        .warning(
                            "arrival-time",
                            path.field("appointment"),
                            Words::msg("check-timeline-arrival-time")
                                .arg("at", entry.at.to_string())
                                .arg("booked", booking.at.to_string()),
                        )
                        .label(
                            Words::msg("check-timeline-arrival-time-label")
                                .arg("minutes", gap.abs())
                                .arg("when", if gap > 0 { "late" } else { "early" }),
                        );
                }
                settle(checks, fates, booking, "arrives", path.field("appointment"));
            }
            card(checks, &arrival.card, path.field("card"));
            for (p, problem) in arrival.problems.iter().enumerate() {
                let problem_path = path.field("problems").index(p);
                match problem {
                    CheckInProblem::MissingBloodwork { lab, .. } => {
                        checks.contact_ref(problem_path.field("lab"), lab, Some(ContactKind::Lab));
                    }
                    CheckInProblem::ForgotMedicationList { pharmacy } => {
                        checks.contact_ref(problem_path.field("pharmacy"), pharmacy, Some(ContactKind::Pharmacy));
                    }
                    CheckInProblem::AddressChanged(_) | CheckInProblem::PhoneChanged(_) => {}
                }
            }
            if let Some(symptoms) = &arrival.symptoms {
                check_symptoms(checks, symptoms, path.field("symptoms"));
            }
            if let Some(wants) = &arrival.wants {
                request(checks, wants, path.field("wants"));
            }
            if let Some(worse) = &arrival.worsens {
                worsening(checks, arrival.symptoms.as_ref(), worse, path.field("worsens"));
            }
        }
        Event::WalkIn(walk_in) => {
            checks.patient_ref(path.field("person"), &walk_in.person);
            says(checks, &walk_in.says, path.field("says"));
            check_symptoms(checks, &walk_in.symptoms, path.field("symptoms"));
            card(checks, &walk_in.card, path.field("card"));
            if let Some(wants) = &walk_in.wants {
                request(checks, wants, path.field("wants"));
            }
            if let Some(worse) = &walk_in.worsens {
                worsening(checks, Some(&walk_in.symptoms), worse, path.field("worsens"));
            }
        }
        Event::Document(document) => check_document(checks, document, &path),
        Event::Task(task) => check_task(checks, task, &path, entry),
        Event::Cancellation(cancellation) => {
            if let Some(booking) = checks.booking_ref(path.field("appointment"), &cancellation.appointment) {
                if booking.date.resolve(today) == today && booking.at < entry.at {
                    checks
                        .warning(
                            "late-cancellation",
                            path.field("appointment"),
                            Words::msg("check-timeline-late-cancellation")
                                .arg("booked", booking.at.to_string())
                                .arg("at", entry.at.to_string()),
                        )
                        .label(Words::msg("check-timeline-late-cancellation-label"));
                }
                settle(checks, fates, booking, "cancelled", path.field("appointment"));
            }
        }
        Event::NoShow(no_show) => {
            if let Some(booking) = checks.booking_ref(path.field("appointment"), &no_show.appointment) {
                booked_today(checks, booking, path.field("appointment"), today);
                if booking.at > entry.at {
                    checks
                        .warning(
                            "early-no-show",
                            path.field("appointment"),
                            Words::msg("check-timeline-early-no-show")
                                .arg("at", entry.at.to_string())
                                .arg("booked", booking.at.to_string()),
                        )
                        .label(Words::msg("check-timeline-early-no-show-label"));
                }
                settle(checks, fates, booking, "no-show", path.field("appointment"));
            }
        }
        Event::PhysicianLate(late) => {
            checks.physician_ref(path.field("physician"), &late.physician);
            if late.minutes == 0 {
                checks
                    .warning("zero-delay", path.field("minutes"), Words::msg("check-timeline-zero-delay"))
                    .label(Words::msg("check-timeline-zero-delay-label"));
            }
        }
        Event::AbsenceAnnounced(absence) => {
            checks.physician_ref(path.field("physician"), &absence.physician);
            let from = absence.date.resolve(today);
            let to = absence.until.map_or(from, |u| u.resolve(today));
            if let Some(covering) = &absence.covering {
                checks.covering_ref(path.field("covering"), covering);
                let s = checks.scenario;
                if s.physician(covering).is_none() && s.is_staff(covering) {
                    let stranded = stranded_by_absence(s, &absence.physician, from, to);
                    if stranded > 0 {
                        checks
                            .warning(
                                "covering-without-book",
                                path.field("covering"),
                                Words::msg("check-timeline-covering-without-book")
                                    .arg("name", s.staff_name(covering))
                                    .arg("count", stranded),
                            )
                            .label(Words::msg("check-timeline-covering-without-book-label"))
                            .help(Words::msg("check-timeline-covering-without-book-help"));
                    }
                }
            }
            if from <= today {
                checks
                    .error(
                        "absence-not-future",
                        path.field("date"),
                        Words::msg("check-timeline-absence-not-future").arg("date", from.to_string()),
                    )
                    .label(Words::msg("check-timeline-absence-not-future-label"));
            } else if to >= checks.calendar_end() {
                checks
                    .error(
                        "absence-outside-calendar",
                        path.field("date"),
                        Words::msg("check-timeline-absence-outside-calendar").arg("date", to.to_string()),
                    )
                    .label(Words::msg("check-timeline-absence-outside-calendar-label"))
                    .help(Words::msg("check-timeline-absence-outside-calendar-help"));
            }
            if to < from {
                checks
                    .error("date-range", path.field("until"), Words::msg("check-timeline-date-range"))
                    .label(Words::msg("check-timeline-date-range-label"));
            }
        }
        Event::OneOf(alternatives) => {
            if alternatives.is_empty() {
                checks
                    .error("empty-one-of", path.clone(), Words::msg("check-timeline-empty-one-of"))
                    .label(Words::msg("check-timeline-empty-one-of-label"));
            } else if alternatives.len() == 1 {
                checks
                    .warning("single-one-of", path.clone(), Words::msg("check-timeline-single-one-of"))
                    .label(Words::msg("check-timeline-single-one-of-label"));
            }
            // Alternatives are exclusive, so each sees the fates recorded before the `OneOf`.
            let before = fates.clone();
            for (a, alternative) in alternatives.iter().enumerate() {
                let mut own = before.clone();
                self::event(checks, alternative, path.index(a), entry, &mut own);
                for (booking, fate) in own {
                    fates.entry(booking).or_insert(fate);
                }
            }
        }
    }
}

fn booked_today(checks: &mut Checks, booking: &Booking, path: Path, today: Date) {
    let date = booking.date.resolve(today);
    if date != today {
        checks
            .error(
                "not-today",
                path,
                Words::msg("check-timeline-not-today")
                    .arg("booking", booking.id.as_str())
                    .arg("date", date.to_string()),
            )
            .label(Words::msg("check-timeline-not-today-label"));
    }
}

/// A booking can arrive, be cancelled or be missed: only one of these. `what` is which, as the
/// messages select on it: `arrives`, `cancelled` or `no-show`.
fn settle(checks: &mut Checks, fates: &mut Fates, booking: &Booking, what: &'static str, path: Path) {
    if let Some((before, first)) = fates.get(booking.id.as_str()) {
        let first = first.to_string();
        checks
            .error(
                "booking-twice",
                path,
                Words::msg("check-timeline-booking-twice")
                    .arg("booking", booking.id.as_str())
                    .arg("what", what)
                    .arg("before", *before)
                    .arg("first", first),
            )
            .label(Words::msg("check-timeline-booking-twice-label"));
    } else {
        fates.insert(booking.id.to_string(), (what, path));
    }
}

/// A task (format 2): what it names exists, and it can be done between being given and its `by`.
fn check_task(checks: &mut Checks, task: &crate::scenario::Task, path: &Path, entry: &TimelineEntry) {
    use crate::scenario::Job;
    says(checks, &task.says, path.field("says"));
    let job = path.field("job");
    match &task.job {
        Job::ReminderCalls => {}
        Job::CallPatient { patient } => {
            checks.patient_ref(job.field("patient"), patient);
        }
        Job::Book { patient, kind, within_days } => {
            checks.patient_ref(job.field("patient"), patient);
            checks.type_ref(job.field("kind"), kind);
            if *within_days == 0 {
                checks
                    .error("task-within", job.field("within_days"), Words::msg("check-timeline-task-within"))
                    .label(Words::msg("check-timeline-task-within-label"));
            }
        }
        Job::SendDetails { appointment, to } => {
            checks.booking_ref(job.field("appointment"), appointment);
            checks.contact_ref(job.field("to"), to, None);
        }
        Job::RequestRecords { patient, from } => {
            checks.patient_ref(job.field("patient"), patient);
            checks.contact_ref(job.field("from"), from, None);
        }
    }
    if let Some(by) = task.by {
        let closes = checks.scenario.clinic.hours.close;
        if by <= entry.at {
            checks
                .error(
                    "task-by",
                    path.field("by"),
                    Words::msg("check-timeline-task-by-too-soon")
                        .arg("at", entry.at.to_string())
                        .arg("by", by.to_string()),
                )
                .label(Words::msg("check-timeline-task-by-too-soon-label"));
        } else if by > closes {
            checks
                .error(
                    "task-by",
                    path.field("by"),
                    Words::msg("check-timeline-task-by-after-closing")
                        .arg("closes", closes.to_string())
                        .arg("by", by.to_string()),
                )
                .label(Words::msg("check-timeline-task-by-after-closing-label"))
                .help(Words::msg("check-timeline-task-by-after-closing-help"));
        }
    }
}

fn check_call(checks: &mut Checks, call: &Call, path: &Path) {
    result_on_chart(checks, call, path);
    let caller = path.field("caller");
    role(checks, &call.caller.claims, caller.field("claims"));
    if let Some(really) = &call.caller.really {
        role(checks, really, caller.field("really"));
        if really == &call.caller.claims {
            checks
                .warning("really-same", caller.field("really"), Words::msg("check-timeline-really-same"))
                .label(Words::msg("check-timeline-really-same-label"));
        }
    }
    if let Some(about) = &call.about {
        checks.patient_ref(path.field("about"), about);
    }
    if let (Role::Patient(claimed), Some(about)) = (&call.caller.claims, &call.about)
        && claimed != about
    {
        checks
            .warning(
                "about-mismatch",
                path.field("about"),
                Words::msg("check-timeline-about-mismatch")
                    .arg("claimed", claimed.as_str())
                    .arg("about", about.as_str()),
            )
            .label(Words::msg("check-timeline-about-mismatch-label"));
    }
    says(checks, &call.says, path.field("says"));
    request(checks, &call.wants, path.field("wants"));
    if matches!(call.wants, Request::LimitedUseCode { .. }) && !matches!(call.caller.true_role(), Role::Pharmacist(_)) {
        checks
            .warning("request-role", path.field("wants"), Words::msg("check-timeline-request-role"))
            .label(Words::msg("check-timeline-request-role-label"));
    }
    needs_patient(checks, call, path);
    if let Some(answers) = &call.answers
        && let Some(born) = &answers.born
        && born.parse::<Date>().is_err()
    {
        checks
            .error(
                "answer-date",
                path.field("answers").field("born"),
                Words::msg("check-timeline-answer-date").arg("born", born),
            )
            .label(Words::msg("check-timeline-answer-date-label"))
            .help(Words::msg("check-timeline-answer-date-help"));
    }
    if let Some(symptoms) = &call.symptoms {
        check_symptoms(checks, symptoms, path.field("symptoms"));
    }
}

/// What someone asks for names bookings that exist, and asks for something.
fn request(checks: &mut Checks, request: &Request, path: Path) {
    match request {
        Request::Cancel { appointment, .. } | Request::Reschedule { appointment } => {
            checks.booking_ref(path.field("appointment"), appointment);
        }
        Request::Information(items) | Request::ClinicalInformation(items) if items.is_empty() => {
            checks
                .error("request-empty", path, Words::msg("check-timeline-request-empty"))
                .label(Words::msg("check-timeline-request-empty-label"));
        }
        _ => {}
    }
}

/// Requests about a patient's record need to say which patient.
fn needs_patient(checks: &mut Checks, call: &Call, path: &Path) {
    let about_someone = matches!(
        call.wants,
        Request::Results { .. }
            | Request::Information(_)
            | Request::ClinicalInformation(_)
            | Request::Refill { .. }
            | Request::LimitedUseCode { .. }
            | Request::Cancel { .. }
            | Request::Reschedule { .. }
            | Request::RecordsAccess
    );
    let names_patient = call.about.is_some() || matches!(call.caller.claims, Role::Patient(_) | Role::Relative { .. });
    if about_someone && !names_patient {
        checks
            .error("call-needs-patient", path.field("wants"), Words::msg("check-timeline-call-needs-patient"))
            .label(Words::msg("check-timeline-call-needs-patient-label"))
            .help(Words::msg("check-timeline-call-needs-patient-help"));
    }
}

fn role(checks: &mut Checks, role: &Role, path: Path) {
    match role {
        Role::Patient(patient) => {
            checks.patient_ref(path, patient);
        }
        Role::Relative { patient, .. } => {
            checks.patient_ref(path.field("patient"), patient);
        }
        Role::Pharmacist(contact) => {
            checks.contact_ref(path, contact, Some(ContactKind::Pharmacy));
        }
        Role::Clinician { at, .. } => {
            checks.contact_ref(path.field("at"), at, None);
        }
        Role::Lab(contact) => {
            checks.contact_ref(path, contact, Some(ContactKind::Lab));
        }
        Role::Employer(_) | Role::Insurer(_) | Role::Lawyer(_) | Role::Police(_) | Role::School(_) | Role::Public => {}
    }
}

fn says(checks: &mut Checks, lines: &[String], path: Path) {
    if lines.iter().all(|l| l.trim().is_empty()) {
        checks
            .error("says-nothing", path, Words::msg("check-timeline-says-nothing"))
            .label(Words::msg("check-timeline-says-nothing-label"));
    }
}

fn card(checks: &mut Checks, card: &CardPresented, path: Path) {
    if let CardPresented::Borrowed(patient) = card {
        checks.patient_ref(path, patient);
    }
}

fn check_symptoms(checks: &mut Checks, symptoms: &Symptoms, path: Path) {
    if let Some(ctas) = symptoms.ctas
        && !(1..=5).contains(&ctas)
    {
        checks
            .error("ctas", path.field("ctas"), Words::msg("check-timeline-ctas"))
            .label(Words::msg("check-timeline-ctas-label"));
    }
    let life_threat = symptoms.red_flags.iter().any(|f| f.is_life_threat());
    if life_threat && symptoms.acuity >= Acuity::SameDay {
        checks
            .warning(
                "red-flag-acuity",
                path.field("acuity"),
                Words::msg("check-timeline-red-flag-acuity").arg("acuity", format!("{:?}", symptoms.acuity)),
            )
            .label(Words::msg("check-timeline-red-flag-acuity-label"));
    }
}

fn check_document(checks: &mut Checks, document: &Document, path: &Path) {
    checks.contact_ref(path.field("from"), &document.from, None);
    if let Some(about) = &document.about {
        checks.patient_ref(path.field("about"), about);
    }
    let kind = path.field("kind");
    if let DocumentKind::Renewal { .. } | DocumentKind::Letter { .. } = &document.kind {
        checks
            .warning("unjudged-document", kind.clone(), Words::msg("check-timeline-unjudged-document"))
            .label(Words::msg("check-timeline-unjudged-document-label"));
    }
    match &document.kind {
        DocumentKind::Lab { ordered_by, .. } => {
            checks.physician_ref(kind.field("ordered_by"), ordered_by);
        }
        DocumentKind::DidNotAttend { referred_by, .. } => {
            checks.physician_ref(kind.field("referred_by"), referred_by);
        }
        DocumentKind::Referral { kind: visit, to, .. } => {
            checks.type_ref(kind.field("type"), visit);
            checks.physician_ref(kind.field("to"), to);
        }
        _ => {}
    }
    if let DocumentKind::Printout { .. } = &document.kind
        && matches!(document.via, Channel::Phone | Channel::Voicemail)
    {
        checks
            .error(
                "printout-not-paper",
                path.field("via"),
                Words::msg("check-timeline-printout-not-paper").arg("via", format!("{:?}", document.via)),
            )
            .label(Words::msg("check-timeline-printout-not-paper-label"))
            .help(Words::msg("check-timeline-printout-not-paper-help"));
    }
    let needs_patient = matches!(
        document.kind,
        DocumentKind::Lab { .. }
            | DocumentKind::Referral { .. }
            | DocumentKind::Renewal { .. }
            | DocumentKind::Report { .. }
            | DocumentKind::DidNotAttend { .. }
    );
    if needs_patient && document.about.is_none() {
        checks
            .error("document-needs-patient", path.field("kind"), Words::msg("check-timeline-document-needs-patient"))
            .label(Words::msg("check-timeline-document-needs-patient-label"))
            .help(Words::msg("check-timeline-document-needs-patient-help"));
    }
}

/// A live call or a visitor asking for nothing the rulebook judges for itself, with no symptoms to
/// triage: nothing about it is scored but how it was handled.
fn unjudged_request(checks: &mut Checks, call: &Call, path: &Path) {
    if call.symptoms.is_none() && call.wants.judged() == crate::scenario::RequestJudged::Never {
        checks
            .warning(
                "unjudged-request",
                path.field("wants"),
                Words::msg("check-timeline-unjudged-request").arg("request", request_name(&call.wants)),
            )
            .label(Words::msg("check-timeline-unjudged-request-label"))
            .help(Words::msg("check-timeline-unjudged-request-help"));
    }
}

/// A caller asking for a result the chart names otherwise: the judge matches the names (ignoring
/// case), so "TSH" asked of a chart with "Thyroid (TSH)" released is judged as a result nobody
/// released.
fn result_on_chart(checks: &mut Checks, call: &Call, path: &Path) {
    let Request::Results { test } = &call.wants else { return };
    let subject = call.about.as_ref().or(match &call.caller.claims {
        Role::Patient(p) | Role::Relative { patient: p, .. } => Some(p),
        _ => None,
    });
    let Some(patient) = subject.and_then(|p| checks.scenario.patient(p)) else { return };
    let names: Vec<&str> =
        patient.results.iter().map(|r| r.test.as_str()).chain(patient.released.iter().map(String::as_str)).collect();
    if names.is_empty() || patient.result_status(test).is_some() {
        return;
    }
    checks
        .warning(
            "result-not-on-chart",
            path.field("wants").field("test"),
            Words::msg("check-timeline-result-not-on-chart")
                .arg("test", test)
                .arg("name", &patient.name)
                .arg("names", names.join(", ")),
        )
        .label(Words::msg("check-timeline-result-not-on-chart-label"))
        .help(Words::msg("check-timeline-result-not-on-chart-help"));
}

/// A request's variant as an author writes it.
fn request_name(request: &Request) -> &'static str {
    match request {
        Request::Appointment { .. } => "Appointment",
        Request::Results { .. } => "Results",
        Request::Information(_) => "Information",
        Request::ClinicalInformation(_) => "ClinicalInformation",
        Request::Refill { .. } => "Refill",
        Request::LimitedUseCode { .. } => "LimitedUseCode",
        Request::SpeakToPhysician { .. } => "SpeakToPhysician",
        Request::Cancel { .. } => "Cancel",
        Request::Reschedule { .. } => "Reschedule",
        Request::RecordsAccess => "RecordsAccess",
        Request::Form { .. } => "Form",
        Request::JoinPractice => "JoinPractice",
        Request::HarmConcern { .. } => "HarmConcern",
        Request::ChildWelfareConcern { .. } => "ChildWelfareConcern",
        Request::Message(_) => "Message",
    }
}

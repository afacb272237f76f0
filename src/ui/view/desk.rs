//! The front desk and the waiting room: who is at the counter, who is waiting and how restless.

use super::phone::{CallView, LineRow, call_view};
use super::{Pick, clinicians, contact_name, patient_name, patients};
use crate::i18n::{Lang, text};
use crate::scenario::{AppointmentId, CardPresented, CheckInProblem, Jurisdiction, PhoneKind};
use crate::sim::action::Demographic;
use crate::sim::day::Day;
use crate::sim::desk::{Visitor, VisitorState};
use crate::sim::handle::CardReading;
use crate::sim::phone::CallState;

#[derive(Clone, Debug, PartialEq)]
pub struct DeskView {
    /// People at the counter who are not there to be seen (format 2 `Visitor`): waiting to be
    /// attended to, asked to wait, or being talked with.
    pub counter: Vec<LineRow>,
    /// The conversation with one of them, when the desk is having it.
    pub conversation: Option<CallView>,
    /// Whom a conversation can be about.
    pub patients: Vec<Pick>,
    pub visitors: Vec<VisitorRow>,
    pub clinicians: Vec<Pick>,
    /// How far behind the furthest-behind physician is, for the "announce a delay" default.
    pub behind_minutes: u16,
    /// Who is running behind, in words: "Dr. Helen Greene is 45 minutes behind".
    pub behind: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VisitorRow {
    pub patient: Pick,
    pub appointment: Option<AppointmentId>,
    pub booked_at: Option<String>,
    /// The walk-in event that brought them, which a booking for them answers.
    pub walk_in: Option<String>,
    pub state: VisitorState,
    pub waited_minutes: u32,
    /// 0 calm … 3 about to leave.
    pub restlessness: u8,
    /// What the desk can see and hear: the complaint a walk-in gives, visible distress.
    pub says: Vec<String>,
    pub distress: bool,
    pub card: String,
    pub card_checked: bool,
    /// At checkout: what the physician ordered that is not booked yet (the order slip the patient
    /// hands over).
    pub orders: Vec<String>,
    /// The visit type the first of those orders books in the clinic, to start the booking with.
    pub order_kind: Option<String>,
    /// What the card check said, once done: whether the card passed, and the reader's words.
    pub card_result: Option<(bool, String)>,
    /// What the patient mentions at the counter.
    pub mentions: Vec<String>,
    /// Changes to the chart the patient asks for.
    pub changes: Vec<Demographic>,
    /// Records the chart is missing, and where they are: (lab or pharmacy, what (as the request
    /// names it, whatever the language), asked for yet, what in the learner's language).
    pub missing: Vec<(Pick, String, bool, String)>,
    /// Whether the clinic has a chart for them: on file before today, or registered today.
    pub on_file: bool,
    /// Registered as a new patient today, so the desk can show it was done.
    pub registered_today: bool,
    /// Whether the card check failed, so a referral to the health plan's office is the next step.
    pub card_failed: bool,
    /// That office is the RAMQ (a Quebec card, or a Quebec clinic's patient with none on file)
    /// rather than ServiceOntario.
    pub card_office_quebec: bool,
    pub card_referred: bool,
    /// The details they gave at the counter are in the chart now.
    pub chart_updated: bool,
    pub checked_in: bool,
    /// The wait the book shows for their visit today, in minutes from now, when they have one.
    pub wait_shown: Option<u32>,
    /// The wait the desk last told them, in minutes.
    pub told_wait: Option<u16>,
    /// Asked what brings them in (their answer is among `says`).
    pub asked_why: bool,
}

impl DeskView {
    /// The desk as the learner sees it, its words in `lang`.
    pub fn of(day: &Day, lang: Lang) -> Self {
        let scenario = &*day.scenario;
        let visitors = day
            .present
            .iter()
            .filter_map(|&i| day.visitors.get(i))
            .filter(|v| v.present())
            .map(|v| row(day, v, lang))
            .collect();
        let behind_minutes = day
            .physician_free_at
            .values()
            .map(|free| free.minutes().saturating_sub(day.now.minutes()))
            .max()
            .unwrap_or(0)
            .min(u32::from(u16::MAX)) as u16;
        // Only a physician who is late (the day said so) is behind: one simply busy with the patient
        // of the hour is on time.
        let late: Vec<&crate::scenario::StaffId> = day.delays.iter().map(|d| &d.physician).collect();
        let behind = day
            .physician_free_at
            .iter()
            .filter(|(who, free)| late.contains(who) && free.minutes() > day.now.minutes())
            .map(|(who, free)| {
                let late = free.minutes() - day.now.minutes();
                let args = [("physician", scenario.staff_name(who).into()), ("minutes", late.into())];
                text(lang, "desk-ui-running-behind", &args)
            })
            .collect();
        let mut counter = Vec::new();
        let mut conversation = None;
        for call in day.call_order.iter().filter_map(|id| day.calls.get(id)).filter(|c| c.in_person()) {
            let waiting = match call.state {
                CallState::Ringing => {
                    text(lang, "desk-ui-counter-waiting", &[("minutes", (day.now.since(call.since) / 60).into())])
                }
                CallState::OnHold => {
                    let minutes = day.now.since(call.held_at.unwrap_or(call.since)) / 60;
                    text(lang, "desk-ui-counter-asked-to-wait", &[("minutes", minutes.into())])
                }
                CallState::Active => text(lang, "desk-ui-counter-talking", &[]),
                _ => continue,
            };
            if call.state == CallState::Active {
                conversation = Some(call_view(day, call, lang));
            }
            counter.push(LineRow {
                call: call.id.clone(),
                caller: call.call.caller.name.clone(),
                state: call.state,
                waiting,
            });
        }
        DeskView {
            counter,
            conversation,
            patients: patients(scenario),
            visitors,
            clinicians: clinicians(scenario, lang),
            behind_minutes,
            behind,
        }
    }
}

fn row(day: &Day, visitor: &Visitor, lang: Lang) -> VisitorRow {
    let scenario = &*day.scenario;
    let appointment = visitor.appointment.as_ref().and_then(|id| day.book.get(id));
    let waited = day.now.since(visitor.arrived) / 60;
    let registered_today = day.registered.contains(&visitor.patient);
    let asked = |from: &crate::scenario::ContactId| {
        day.records_requested.iter().any(|(at, p, c)| *p == visitor.patient && c == from && *at >= visitor.arrived)
    };
    let has_changes = visitor
        .problems
        .iter()
        .any(|p| matches!(p, CheckInProblem::AddressChanged(_) | CheckInProblem::PhoneChanged(_)));
    let orders = match (visitor.state, visitor.appointment.as_ref().and_then(|id| scenario.booking(id))) {
        (VisitorState::CheckingOut, Some(booking)) => {
            crate::rules::judge::desk::missing_orders(day, &visitor.patient, &booking.orders)
        }
        _ => Vec::new(),
    };
    VisitorRow {
        patient: Pick::new(visitor.patient.as_str(), patient_name(scenario, &visitor.patient)),
        appointment: visitor.appointment.clone(),
        booked_at: appointment.map(|a| a.at.to_string()),
        walk_in: visitor.walk_in.as_ref().map(|e| e.to_string()),
        state: visitor.state,
        waited_minutes: waited,
        restlessness: if visitor.waiting() { day.restlessness(visitor) } else { 0 },
        // Their own words; the scenario's clinical truth about them stays hidden (it is what the
        // desk is judged on recognising).
        says: visitor.says.clone(),
        distress: visitor.distress,
        card: match &visitor.card {
            CardPresented::OnFile => text(lang, "desk-ui-card-on-file", &[]),
            CardPresented::Forgotten => text(lang, "desk-ui-card-forgotten", &[]),
            CardPresented::TransactionRecord => text(lang, "desk-ui-card-receipt", &[]),
            CardPresented::Borrowed(_) | CardPresented::Shows(_) => text(lang, "desk-ui-card-on-file", &[]),
        },
        card_checked: visitor.card_verified.is_some() || visitor.card_failed,
        orders: orders.iter().map(|o| o.label.clone()).collect(),
        order_kind: orders.iter().find_map(|o| o.kind.as_ref().map(|k| k.to_string())),
        // The reader says the same of the same card all day: read again, in the language shown.
        card_result: visitor.card_verified.map(|_| match day.card_reading(&visitor.card, &visitor.patient) {
            Ok(reading) => (true, card_reading_words(&reading, lang)),
            Err(reading) => (false, card_reading_words(&reading, lang)),
        }),
        mentions: visitor
            .problems
            .iter()
            .map(|p| match p {
                CheckInProblem::AddressChanged(a) => {
                    text(lang, "desk-ui-says-moved", &[("address", a.as_str().into())])
                }
                CheckInProblem::PhoneChanged(n) => {
                    text(lang, "desk-ui-says-number-changed", &[("number", n.as_str().into())])
                }
                CheckInProblem::MissingBloodwork { test, .. } => {
                    text(lang, "desk-ui-says-bloodwork", &[("test", test.as_str().into())])
                }
                CheckInProblem::ForgotMedicationList { .. } => text(lang, "desk-ui-says-forgot-medication-list", &[]),
            })
            .collect(),
        changes: visitor
            .problems
            .iter()
            .filter_map(|p| match p {
                CheckInProblem::AddressChanged(a) => Some(Demographic::Address(a.clone())),
                CheckInProblem::PhoneChanged(n) => {
                    Some(Demographic::Phone { kind: PhoneKind::Mobile, number: n.clone() })
                }
                _ => None,
            })
            .filter(|_| !day.demographics_updated.iter().any(|(at, p)| *p == visitor.patient && *at >= visitor.arrived))
            .collect(),
        missing: visitor
            .problems
            .iter()
            .filter_map(|p| match p {
                CheckInProblem::MissingBloodwork { lab, test } => {
                    Some((Pick::new(lab.as_str(), contact_name(scenario, lab)), test.clone(), asked(lab), test.clone()))
                }
                CheckInProblem::ForgotMedicationList { pharmacy } => Some((
                    Pick::new(pharmacy.as_str(), contact_name(scenario, pharmacy)),
                    // The request's words go into the day's record, in English whatever the language shown.
                    "medication list".to_string(),
                    asked(pharmacy),
                    text(lang, "desk-ui-medication-list", &[]),
                )),
                _ => None,
            })
            .collect(),
        on_file: scenario.patient(&visitor.patient).is_some_and(|p| p.on_file) || registered_today,
        registered_today,
        card_failed: visitor.card_failed,
        card_office_quebec: crate::scenario::health_card::card_office(
            scenario.patient(&visitor.patient),
            scenario.clinic.jurisdiction,
        ) == Jurisdiction::QC,
        card_referred: visitor.card_referred,
        chart_updated: has_changes
            && day.demographics_updated.iter().any(|(at, p)| *p == visitor.patient && *at >= visitor.arrived),
        checked_in: visitor.checked_in.is_some(),
        wait_shown: appointment
            .filter(|a| a.date == day.today())
            .map(|a| day.visit_can_start(&a.physician, a.at).since(day.now) / 60),
        told_wait: visitor.told_wait.map(|(_, minutes)| minutes),
        asked_why: visitor.asked_why.is_some(),
    }
}

/// What the card reader said, in `lang`.
fn card_reading_words(reading: &CardReading, lang: Lang) -> String {
    let problem = |p| super::chart::card_problem(p, lang);
    match reading {
        CardReading::Valid { number, version, expires, past_printed_date } => {
            // A RAMQ card has no version code: the number alone, not a space before the comma.
            let card = if version.is_empty() { number.clone() } else { format!("{number} {version}") };
            let args = [("card", card.into()), ("expires", expires.to_string().into())];
            let id = if *past_printed_date { "desk-ui-reader-valid-past-date" } else { "desk-ui-reader-valid" };
            text(lang, id, &args)
        }
        CardReading::BadNumber { number, problem: p } => text(
            lang,
            "desk-ui-reader-bad-number",
            &[("number", number.as_str().into()), ("problem", problem(p).into())],
        ),
        CardReading::BadVersion { version, problem: p } => text(
            lang,
            "desk-ui-reader-bad-version",
            &[("version", version.as_str().into()), ("problem", problem(p).into())],
        ),
        CardReading::Expired(p) => problem(p),
        CardReading::NoneOnFile => text(lang, "desk-ui-reader-none", &[]),
        CardReading::Forgotten => text(lang, "desk-ui-reader-forgotten", &[]),
        CardReading::TransactionRecord => text(lang, "desk-ui-reader-transaction-record", &[]),
        CardReading::Borrowed { owner } => text(lang, "desk-ui-reader-borrowed", &[("owner", owner.as_str().into())]),
    }
}

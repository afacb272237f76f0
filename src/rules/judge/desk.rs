//! The desk: health cards (S10), missing information before the visit (S12), booking what was
//! ordered before the patient leaves (S13), and what is said aloud (C10).

use crate::rules::{Severity, Verdict, Words};
use crate::scenario::{CheckInProblem, InfoKind, Order, PatientId};
use crate::sim::day::Day;
use crate::sim::desk::Visitor;

fn about(visitor: &Visitor) -> String {
    visitor.appointment.as_ref().map_or_else(|| visitor.patient.to_string(), |a| a.to_string())
}

pub(super) fn name(day: &Day, patient: &PatientId) -> String {
    day.scenario.patient(patient).map_or_else(|| patient.to_string(), |p| p.name.clone())
}

/// A visitor was checked in.
pub fn checked_in(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    let who = name(day, &visitor.patient);
    let said = |id: &'static str| Words::msg(id).arg("who", &who);
    let mut verdicts = vec![match (visitor.card_verified, visitor.card_failed, visitor.card_referred) {
        (None, _, _) => Verdict::broken("S10", about(visitor), said("desk-card-not-checked")),
        (Some(_), true, false) => {
            let office = crate::scenario::health_card::card_office(
                day.scenario.patient(&visitor.patient),
                day.scenario.clinic.jurisdiction,
            );
            let office = if office == crate::scenario::Jurisdiction::QC { "qc" } else { "other" };
            Verdict::broken("S10", about(visitor), said("desk-card-failed-accepted").arg("office", office))
        }
        _ => Verdict::kept("S10", about(visitor), said("desk-card-checked")),
    }];
    let details_changed = visitor
        .problems
        .iter()
        .any(|p| matches!(p, CheckInProblem::AddressChanged(_) | CheckInProblem::PhoneChanged(_)));
    if details_changed {
        let updated = day.demographics_updated.iter().any(|(t, p)| p == &visitor.patient && *t >= visitor.arrived);
        let about = format!("{}-details", visitor.patient);
        let verdict = if updated {
            Verdict::kept("S12", about, said("desk-details-updated"))
        } else {
            Verdict::broken("S12", about, said("desk-details-left-old"))
        };
        verdicts.push(verdict.expecting(Words::msg("desk-details-expected")));
    }
    verdicts
}

/// For someone who needs a clinician now, help comes before the card: one opportunity per visitor
/// in distress, apart from the card check at check-in.
fn emergency_first(visitor: &Visitor) -> String {
    format!("{}-help-first", about(visitor))
}

/// The card was checked: for someone who needs a clinician now, that is help delayed (S10, critical).
pub fn card_checked(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    if visitor.needs_clinician_now() && visitor.clinician_fetched.is_none() && visitor.called_911.is_none() {
        return vec![Verdict::broken_as(
            "S10",
            Severity::Critical,
            emergency_first(visitor),
            Words::msg("desk-card-before-help").arg("who", name(day, &visitor.patient)),
        )];
    }
    Vec::new()
}

/// Help was brought to someone at the desk: before the card, as S10 asks of an emergency.
pub fn helped(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    if !visitor.needs_clinician_now() || visitor.card_verified.is_some() {
        return Vec::new();
    }
    vec![
        Verdict::kept(
            "S10",
            emergency_first(visitor),
            Words::msg("desk-help-before-card").arg("who", name(day, &visitor.patient)),
        )
        .with_severity(Severity::Critical),
    ]
}

/// A visit is starting: what the chart was missing should have been requested (S12).
pub fn visit_starts(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    let who = name(day, &visitor.patient);
    visitor
        .problems
        .iter()
        .filter_map(|problem| {
            let (from, what) = match problem {
                CheckInProblem::MissingBloodwork { lab, test } => (lab, Words::from(test.as_str())),
                CheckInProblem::ForgotMedicationList { pharmacy } => (pharmacy, Words::msg("desk-medication-list")),
                _ => return None,
            };
            let said = |id: &'static str| Words::msg(id).arg("what", what.clone()).arg("who", &who);
            let asked = day.records_requested.iter().any(|(_, p, c)| p == &visitor.patient && c == from);
            let about = format!("{}-{}", visitor.patient, from);
            Some(if asked {
                Verdict::kept("S12", about, said("desk-records-requested"))
            } else {
                Verdict::broken("S12", about, said("desk-records-not-requested"))
            })
        })
        .collect()
}

/// A patient with orders left the desk after the visit (S13).
pub fn left_after_visit(day: &Day, visitor: &Visitor) -> Vec<Verdict> {
    let Some(booking) = visitor.appointment.as_ref().and_then(|id| day.scenario.booking(id)) else { return Vec::new() };
    if booking.orders.is_empty() {
        return Vec::new();
    }
    let missing = missing_orders(day, &visitor.patient, &booking.orders);
    let who = name(day, &visitor.patient);
    let about = format!("{}-orders", booking.id);
    if missing.is_empty() {
        vec![Verdict::kept("S13", about, Words::msg("desk-orders-booked").arg("who", who))]
    } else {
        let missing: Vec<Words> = missing.into_iter().map(|m| m.words).collect();
        vec![Verdict::broken("S13", about, Words::msg("desk-orders-missing").arg("who", who).arg("orders", missing))]
    }
}

/// An order not booked yet: how the slip words it, and the visit type that books it in the clinic's
/// own book (none for an outside lab).
#[derive(Clone, Debug, PartialEq)]
pub struct MissingOrder {
    /// The slip's words in English, as the desk panel shows them.
    pub label: String,
    /// The slip's words in every language, as the judge gives them.
    pub words: Words,
    pub kind: Option<crate::scenario::AppointmentTypeId>,
}

/// The orders not yet booked for a patient.
pub fn missing_orders(day: &Day, patient: &PatientId, orders: &[Order]) -> Vec<MissingOrder> {
    let today = day.today();
    orders
        .iter()
        .filter_map(|order| {
            let in_clinic = match order {
                Order::FollowUp { kind, .. } | Order::Test { kind: Some(kind), at: None, .. } => Some(kind.clone()),
                _ => None,
            };
            // A visit ordered after today's is on a later day: the slip says so, or a follow-up
            // booked for this afternoon would look done and not count.
            let slip = if in_clinic.is_some() { "desk-order-later-within" } else { "desk-order-within" };
            let (label, within, booked) = match order {
                Order::FollowUp { kind, within_days } | Order::Test { kind: Some(kind), within_days, at: None, .. } => {
                    let by = today.plus_days(i32::from(*within_days));
                    let booked = day.book.of_patient(patient).any(|a| {
                        &a.kind == kind
                            && a.holds_time()
                            && a.date > today
                            && a.date <= by
                            && a.id.as_str().starts_with("new-")
                    });
                    let label = match order {
                        Order::Test { name, .. } => name.clone(),
                        _ => day.scenario.appointment_type(kind).map_or(kind.to_string(), |t| t.label.to_lowercase()),
                    };
                    (label, *within_days, booked)
                }
                Order::Test { name, at: Some(lab), within_days, .. } => {
                    let by = today.plus_days(i32::from(*within_days));
                    let booked =
                        day.outside_tests.iter().any(|t| &t.patient == patient && &t.at == lab && t.date <= by);
                    (name.clone(), *within_days, booked)
                }
                Order::Test { name, within_days, .. } => (name.clone(), *within_days, true),
            };
            (!booked).then(|| {
                let words = Words::msg(slip).arg("order", label).arg("days", within);
                MissingOrder { label: words.to_string(), words, kind: in_clinic }
            })
        })
        .collect()
}

/// Something about a patient was said aloud at the desk (C10).
pub fn said_aloud(day: &Day, patient: &PatientId, info: InfoKind) -> Vec<Verdict> {
    let what = match info {
        InfoKind::Diagnosis => "desk-aloud-diagnosis",
        InfoKind::Demographics => "desk-aloud-demographics",
        _ => "desk-aloud-health-information",
    };
    vec![Verdict::broken(
        "C10",
        format!("aloud-{patient}-{}", day.now),
        Words::msg("desk-aloud").arg("what", Words::msg(what)).arg("who", name(day, patient)),
    )]
}

/// T13 at the counter (format 2): a walk-in who says what brings them in only when asked
/// (`says_when_asked`) is asked before anything is booked for them. Judged at the first of the two:
/// asked first, kept; booked first, broken, and the judgment quotes what they would have said.
/// Critical when what they hold back carries red flags.
pub fn asked_why_here(day: &Day, visitor: &Visitor, booked_first: bool) -> Vec<Verdict> {
    let Some(walk_in) = &visitor.walk_in else { return Vec::new() };
    if visitor.says_when_asked.is_empty() {
        return Vec::new();
    }
    let red_flags = visitor.symptoms.as_ref().is_some_and(|s| !s.red_flags.is_empty());
    let stakes = if red_flags { Severity::Critical } else { Severity::Major };
    let who = name(day, &visitor.patient);
    let verdict = if booked_first {
        Verdict::broken_as(
            "T13",
            stakes,
            walk_in.as_str(),
            Words::msg("desk-booked-before-asking").arg("who", &who).arg("says", visitor.says_when_asked.join(" ")),
        )
    } else {
        Verdict::kept("T13", walk_in.as_str(), Words::msg("desk-asked-why-here").arg("who", who)).with_severity(stakes)
    };
    vec![verdict]
}

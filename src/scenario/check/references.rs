//! Ids: each is defined once, every reference names something that exists, and nothing defined is
//! left unused without a warning.

use crate::rules::words::Words;
use std::collections::{BTreeMap, BTreeSet};

use super::super::locate::Path;
use super::super::model::*;
use super::{Checks, suggestion};

impl<'s> Checks<'s> {
    pub fn patient_ref(&mut self, path: Path, id: &PatientId) -> Option<&'s Patient> {
        let scenario = self.scenario;
        let found = scenario.patient(id);
        if found.is_none() {
            let ids = scenario.patients.iter().map(|p| p.id.as_str());
            let help = suggestion("patient", id.as_str(), ids);
            self.error("unknown-patient", path, Words::msg("check-references-unknown-patient").arg("id", id.as_str()))
                .label(Words::msg("check-references-not-patient-id"))
                .help(help);
        }
        found
    }

    pub fn physician_ref(&mut self, path: Path, id: &StaffId) -> Option<&'s Physician> {
        let scenario = self.scenario;
        let found = scenario.physician(id);
        if found.is_none() {
            let ids = scenario.staff.physicians.iter().map(|p| p.id.as_str());
            let help = if scenario.is_staff(id) {
                Words::msg("check-references-staff-not-physician").arg("id", id.as_str())
            } else {
                suggestion("physician", id.as_str(), ids)
            };
            self.error(
                "unknown-physician",
                path,
                Words::msg("check-references-unknown-physician").arg("id", id.as_str()),
            )
            .label(Words::msg("check-references-not-physician-id"))
            .help(help);
        }
        found
    }

    /// A physician of the clinic or a covering physician from outside.
    pub fn covering_ref(&mut self, path: Path, id: &StaffId) {
        let scenario = self.scenario;
        let known = scenario.physician(id).is_some() || scenario.staff.covering.iter().any(|c| &c.id == id);
        if !known {
            let ids = scenario
                .staff
                .physicians
                .iter()
                .map(|p| p.id.as_str())
                .chain(scenario.staff.covering.iter().map(|c| c.id.as_str()));
            let help = suggestion("physician", id.as_str(), ids);
            self.error(
                "unknown-physician",
                path,
                Words::msg("check-references-unknown-covering").arg("id", id.as_str()),
            )
            .label(Words::msg("check-references-not-physician-id"))
            .help(help);
        }
    }

    pub fn type_ref(&mut self, path: Path, id: &AppointmentTypeId) -> Option<&'s AppointmentType> {
        let scenario = self.scenario;
        let found = scenario.appointment_type(id);
        if found.is_none() {
            let ids = scenario.appointment_types.iter().map(|t| t.id.as_str());
            let help = suggestion("appointment-type", id.as_str(), ids);
            self.error(
                "unknown-appointment-type",
                path,
                Words::msg("check-references-unknown-type").arg("id", id.as_str()),
            )
            .label(Words::msg("check-references-not-type"))
            .help(help);
        }
        found
    }

    pub fn booking_ref(&mut self, path: Path, id: &AppointmentId) -> Option<&'s Booking> {
        let scenario = self.scenario;
        let found = scenario.booking(id);
        if found.is_none() {
            let ids = scenario.book.iter().map(|b| b.id.as_str());
            let help = suggestion("booking", id.as_str(), ids);
            self.error(
                "unknown-appointment",
                path,
                Words::msg("check-references-unknown-booking").arg("id", id.as_str()),
            )
            .label(Words::msg("check-references-not-booking-id"))
            .help(help);
        }
        found
    }

    pub fn contact_ref(&mut self, path: Path, id: &ContactId, kind: Option<ContactKind>) -> Option<&'s Contact> {
        let scenario = self.scenario;
        let found = scenario.contact(id);
        match (found, kind) {
            (None, _) => {
                let ids = scenario.contacts.iter().map(|c| c.id.as_str());
                let help = suggestion("contact", id.as_str(), ids);
                self.error(
                    "unknown-contact",
                    path,
                    Words::msg("check-references-unknown-contact").arg("id", id.as_str()),
                )
                .label(Words::msg("check-references-not-contact-id"))
                .help(help);
            }
            (Some(contact), Some(kind)) if contact.kind != kind => {
                self.warning(
                    "contact-kind",
                    path,
                    Words::msg("check-references-contact-kind")
                        .arg("id", id.as_str())
                        .arg("listed", format!("{:?}", contact.kind))
                        .arg("kind", format!("{kind:?}")),
                )
                .label(Words::msg("check-references-expected-kind").arg("kind", format!("{kind:?}")));
            }
            _ => {}
        }
        found
    }
}

/// Each id is defined once within its kind.
pub(super) fn check_unique_ids(checks: &mut Checks) {
    let s = checks.scenario;
    let root = Path::root();
    let patients =
        s.patients.iter().enumerate().map(|(i, p)| (p.id.as_str(), root.field("patients").index(i).field("id")));
    report_duplicates(checks, "patient", patients);

    let staff = s
        .staff
        .physicians
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), root.field("staff").field("physicians").index(i).field("id")));
    let nurses = s
        .staff
        .nurses
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), root.field("staff").field("nurses").index(i).field("id")));
    let covering = s
        .staff
        .covering
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), root.field("staff").field("covering").index(i).field("id")));
    report_duplicates(checks, "staff-member", staff.chain(nurses).chain(covering));

    let types = s
        .appointment_types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), root.field("appointment_types").index(i).field("id")));
    report_duplicates(checks, "appointment-type", types);

    let bookings = s.book.iter().enumerate().map(|(i, b)| (b.id.as_str(), root.field("book").index(i).field("id")));
    report_duplicates(checks, "booking", bookings);

    let contacts =
        s.contacts.iter().enumerate().map(|(i, c)| (c.id.as_str(), root.field("contacts").index(i).field("id")));
    report_duplicates(checks, "contact", contacts);

    let mut events = Vec::new();
    for (i, entry) in s.timeline.iter().enumerate() {
        collect_event_ids(&entry.event, root.field("timeline").index(i).field("event"), &mut events);
    }
    report_duplicates(checks, "event", events.iter().map(|(id, path)| (id.as_str(), path.clone())));
}

fn collect_event_ids(event: &Event, path: Path, out: &mut Vec<(String, Path)>) {
    let id = match event {
        Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) => &call.id,
        Event::WalkIn(walk_in) => &walk_in.id,
        Event::Document(document) => &document.id,
        Event::Task(task) => &task.id,
        Event::OneOf(alternatives) => {
            for (i, alternative) in alternatives.iter().enumerate() {
                collect_event_ids(alternative, path.index(i), out);
            }
            return;
        }
        _ => return,
    };
    out.push((id.to_string(), path.field("id")));
}

/// `what` names the kind of thing as the language files choose its noun: `patient`,
/// `staff-member`, `appointment-type`, `booking`, `contact`, `event`.
fn report_duplicates<'a>(checks: &mut Checks, what: &'static str, ids: impl Iterator<Item = (&'a str, Path)>) {
    let mut seen: BTreeMap<&str, Path> = BTreeMap::new();
    for (id, path) in ids {
        if id.trim().is_empty() {
            checks
                .error("empty-id", path, Words::msg("check-references-empty-id").arg("what", what))
                .label(Words::msg("check-references-empty-id-label"));
            continue;
        }
        if let Some(first) = seen.get(id) {
            let first = first.to_string();
            checks
                .error(
                    "duplicate-id",
                    path,
                    Words::msg("check-references-duplicate-id").arg("what", what).arg("id", id),
                )
                .label(Words::msg("check-references-defined-again"))
                .help(Words::msg("check-references-duplicate-id-help").arg("first", first));
        } else {
            seen.insert(id, path);
        }
    }
}

/// Warns about defined things nothing refers to: usually a typo elsewhere, or a leftover.
pub(super) fn check_unused(checks: &mut Checks) {
    let s = checks.scenario;
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for booking in &s.book {
        used.insert(booking.patient.as_str());
    }
    for entry in &s.waitlist {
        used.insert(entry.patient.as_str());
    }
    for entry in &s.timeline {
        patients_in_event(&entry.event, &mut used);
    }
    for (i, patient) in s.patients.iter().enumerate() {
        if !used.contains(patient.id.as_str()) {
            checks
                .warning(
                    "unused-patient",
                    Path::root().field("patients").index(i).field("id"),
                    Words::msg("check-references-unused-patient").arg("id", patient.id.as_str()),
                )
                .label(Words::msg("check-references-never-used"))
                .help(Words::msg("check-references-unused-patient-help"));
        }
    }

    let mut types_used: BTreeSet<&str> = BTreeSet::new();
    for physician in &s.staff.physicians {
        for block in &physician.week {
            types_used.extend(block.types.iter().map(|t| t.as_str()));
        }
    }
    for (i, kind) in s.appointment_types.iter().enumerate() {
        if !types_used.contains(kind.id.as_str()) {
            checks
                .warning(
                    "unused-appointment-type",
                    Path::root().field("appointment_types").index(i).field("id"),
                    Words::msg("check-references-unused-type").arg("id", kind.id.as_str()),
                )
                .label(Words::msg("check-references-in-no-template"));
        }
    }
}

fn patients_in_event<'s>(event: &'s Event, used: &mut BTreeSet<&'s str>) {
    match event {
        Event::Call(call) | Event::Voicemail(call) | Event::Message(call) | Event::Visitor(call) => {
            for role in [Some(&call.caller.claims), call.caller.really.as_ref()].into_iter().flatten() {
                match role {
                    Role::Patient(p) | Role::Relative { patient: p, .. } => {
                        used.insert(p.as_str());
                    }
                    _ => {}
                }
            }
            if let Some(p) = &call.about {
                used.insert(p.as_str());
            }
        }
        Event::WalkIn(walk_in) => {
            used.insert(walk_in.person.as_str());
            if let CardPresented::Borrowed(p) = &walk_in.card {
                used.insert(p.as_str());
            }
        }
        Event::Document(document) => {
            if let Some(p) = &document.about {
                used.insert(p.as_str());
            }
        }
        Event::Arrival(Arrival { card: CardPresented::Borrowed(p), .. }) => {
            used.insert(p.as_str());
        }
        Event::Task(task) => match &task.job {
            crate::scenario::Job::CallPatient { patient }
            | crate::scenario::Job::Book { patient, .. }
            | crate::scenario::Job::RequestRecords { patient, .. } => {
                used.insert(patient.as_str());
            }
            crate::scenario::Job::ReminderCalls | crate::scenario::Job::SendDetails { .. } => {}
        },
        Event::OneOf(alternatives) => {
            for alternative in alternatives {
                patients_in_event(alternative, used);
            }
        }
        _ => {}
    }
}

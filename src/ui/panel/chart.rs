//! A patient's chart: demographics, the health card with its checks, allergies, medications,
//! documents, authorized contacts, the lockbox notice. Opening one is audited (C14).

use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use super::{form, keep_form, pick_combo};
use crate::scenario::time::Date;
use crate::scenario::{AppointmentId, AppointmentTypeId, ContactId, PatientId, Priority, StaffId};
use crate::sim::action::{Action, Flag, Purpose};
use crate::ui::view::chart::ChartView;

#[derive(Clone, Debug, Default)]
struct ChartForm {
    note: String,
    from: Option<String>,
    what: String,
    physician: Option<String>,
    kind: Option<String>,
    priority: Option<Priority>,
    test_at: Option<String>,
    test: String,
    test_date: String,
    flag_note: String,
    urgent: bool,
}

/// `view` is `None` when no chart is open; `patients` lists whose chart can be opened.
pub fn chart_ui(
    ui: &mut egui::Ui,
    view: Option<&ChartView>,
    patients: &[crate::ui::view::Pick],
    out: &mut Vec<Action>,
) {
    // Choosing a name only looks it up; the chart opens (and the audit log records it) on "Open",
    // so stepping through the list with the arrow keys never opens a row of charts.
    let lookup_id = egui::Id::new("chart-lookup");
    let showing = view.map(|c| c.patient.id.clone());
    let mut lookup: Option<String> =
        ui.data(|d| d.get_temp::<Option<String>>(lookup_id)).unwrap_or_else(|| showing.clone());
    ui.horizontal(|ui| {
        pick_combo(ui, "chart-open", "Chart of", patients, &mut lookup);
        if let Some(patient) = lookup.clone().filter(|p| Some(p) != showing.as_ref())
            && super::button(ui, "Open").clicked()
        {
            out.push(Action::OpenChart { patient: PatientId::from(patient.clone()) });
            super::set_focus(ui.ctx(), |focus| focus.chart = Some(patient));
        }
    });
    ui.label(RichText::new("Every chart you open is logged (C14): open only the charts today's work needs.").weak());
    // A chart opened elsewhere (from the desk) replaces the name looked up here.
    let shown_before = ui.data(|d| d.get_temp::<Option<String>>(lookup_id.with("shown")));
    if shown_before.as_ref() != Some(&showing) {
        lookup = showing.clone();
    }
    ui.data_mut(|d| {
        d.insert_temp(lookup_id, lookup);
        d.insert_temp(lookup_id.with("shown"), showing);
    });
    let Some(chart) = view else {
        ui.label(RichText::new("No chart open.").weak());
        return;
    };
    let id = egui::Id::new(("chart", chart.patient.id.as_str()));
    let mut f: ChartForm = form(ui, id);
    let patient = PatientId::from(chart.patient.id.clone());
    egui::ScrollArea::vertical().id_salt("chart").show(ui, |ui| {
        ui.heading(&chart.patient.label);
        if !chart.on_file && !chart.registered_today {
            ui.label(
                RichText::new("Not yet a patient of the clinic: register before booking.").color(palette(ui).warning),
            );
        }
        if !chart.lockbox.is_empty() {
            ui.label(
                RichText::new(format!("LOCKBOX: the patient has withheld consent for: {}", chart.lockbox.join(", ")))
                    .color(palette(ui).bad)
                    .strong(),
            );
        }
        for result in &chart.results {
            ui.label(RichText::new(format!("Result {result}")).strong());
        }
        egui::Grid::new("demographics").num_columns(2).show(ui, |ui| {
            for (k, v) in [
                ("Born", chart.born.clone()),
                ("Sex", chart.sex.clone()),
                ("Physician", chart.physician.clone().unwrap_or_default()),
                ("Address", chart.address.clone()),
                ("Phones", chart.phones.join("; ")),
                ("Messages", chart.voicemail.clone()),
                ("Pharmacy", chart.pharmacy.as_ref().map(|p| p.label.clone()).unwrap_or_default()),
                ("Availability", chart.available.join(", ")),
            ] {
                ui.add(egui::Label::new(RichText::new(k).weak()).extend());
                ui.label(v);
                ui.end_row();
            }
        });
        ui.separator();
        match &chart.card {
            Some(card) => {
                ui.label(
                    RichText::new(format!("Health card {} {} (expires {})", card.number, card.version, card.expires))
                        .strong(),
                );
                for (ok, text) in &card.checks {
                    let (mark, c) = if *ok { ("✔", palette(ui).good) } else { ("×", palette(ui).bad) };
                    ui.label(RichText::new(format!("{mark} {text}")).color(c));
                }
            }
            None => {
                ui.label(RichText::new("No health card on file.").color(palette(ui).warning));
            }
        }
        ui.separator();
        let list = |ui: &mut egui::Ui, title: &str, items: &[String], empty: &str| {
            ui.label(RichText::new(title).strong());
            if items.is_empty() {
                ui.label(RichText::new(empty).weak());
            }
            for item in items {
                ui.label(format!("• {item}"));
            }
        };
        if !chart.flags.is_empty() {
            ui.label(RichText::new(format!("Flags: {}", chart.flags.join(", "))).color(palette(ui).warning));
        }
        list(ui, "Allergies", &chart.allergies, "none recorded");
        list(ui, "Medications", &chart.medications, "none recorded");
        list(ui, "Authorized contacts", &chart.authorized, "none: tell no one but the patient");
        appointments_ui(ui, chart, out);
        list(ui, "Documents", &chart.documents, "none filed today");
        list(ui, "Notes", &chart.notes, "none today");
        ui.separator();
        ui.horizontal(|ui| {
            super::text_line(ui, &mut f.note, "note for the chart", 260.0);
            if !f.note.trim().is_empty() && super::button(ui, "Add note").clicked() {
                out.push(Action::Note { patient: patient.clone(), text: f.note.trim().to_string() });
                f.note.clear();
            }
        });
        ui.horizontal_wrapped(|ui| {
            pick_combo(ui, "records-from", "Ask for records from", &chart.contacts, &mut f.from);
            super::text_line(ui, &mut f.what, "what (e.g. lipid panel)", 140.0);
            if let Some(from) = &f.from
                && !f.what.trim().is_empty()
                && super::button(ui, "Request records").clicked()
            {
                out.push(Action::RequestRecords {
                    patient: patient.clone(),
                    from: ContactId::from(from.clone()),
                    what: f.what.trim().to_string(),
                });
            }
        });
        ui.separator();
        ui.label(RichText::new("For this patient").strong());
        ui.horizontal_wrapped(|ui| {
            for (kind, number) in &chart.numbers {
                if super::button(ui, format!("Call {number} (follow-up)")).clicked() {
                    out.push(Action::PlaceCall { patient: patient.clone(), number: *kind, purpose: Purpose::FollowUp });
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            pick_combo(ui, "wait-physician", "Waitlist with", &chart.physicians, &mut f.physician);
            pick_combo(ui, "wait-kind", "for a", &chart.types, &mut f.kind);
            egui::ComboBox::from_id_salt("wait-priority")
                .selected_text(f.priority.map_or("priority…", priority_word))
                .show_ui(ui, |ui| {
                    for p in [Priority::Urgent, Priority::Soon, Priority::Routine] {
                        ui.selectable_value(&mut f.priority, Some(p), priority_word(p));
                    }
                });
            if let (Some(physician), Some(kind), Some(priority)) = (&f.physician, &f.kind, f.priority)
                && super::button(ui, "Add to the waitlist").clicked()
            {
                out.push(Action::AddToWaitlist {
                    patient: patient.clone(),
                    physician: StaffId::from(physician.clone()),
                    kind: AppointmentTypeId::from(kind.clone()),
                    priority,
                });
            }
        });
        ui.horizontal_wrapped(|ui| {
            super::text_line(ui, &mut f.flag_note, "what the physician should know", 220.0);
            ui.checkbox(&mut f.urgent, "urgent");
            if let Some(physician) = &f.physician
                && super::button(ui, "Flag the patient to the physician").clicked()
            {
                out.push(Action::FlagToPhysician {
                    about: Flag::Patient(patient.clone()),
                    physician: StaffId::from(physician.clone()),
                    urgent: f.urgent,
                    note: f.flag_note.clone(),
                });
            }
        });
        ui.horizontal_wrapped(|ui| {
            pick_combo(ui, "test-at", "Book a test at", &chart.contacts, &mut f.test_at);
            super::text_line(ui, &mut f.test, "test ordered", 140.0);
            super::text_line(ui, &mut f.test_date, chart.today.as_str(), 90.0);
            let date = f.test_date.trim().parse::<Date>().ok();
            if let (Some(at), Some(date)) = (&f.test_at, date)
                && !f.test.trim().is_empty()
                && super::button(ui, "Book the outside test").clicked()
            {
                out.push(Action::BookOutsideTest {
                    patient: patient.clone(),
                    at: ContactId::from(at.clone()),
                    test: f.test.trim().to_string(),
                    date,
                });
            }
        });
        for booked in &chart.outside_tests {
            ui.label(RichText::new(format!("\u{2714} Booked: {booked}")).color(palette(ui).good));
        }
        ui.horizontal_wrapped(|ui| {
            if super::command_button(ui, &crate::ui::commands::VERIFY_CARD).clicked() {
                out.push(Action::VerifyHealthCard { patient: patient.clone() });
            }
            if !chart.on_file && !chart.registered_today && super::button(ui, "Register").clicked() {
                out.push(Action::RegisterPatient { patient: patient.clone() });
            }
        });
    });
    keep_form(ui, id, f);
}

fn priority_word(priority: Priority) -> &'static str {
    match priority {
        Priority::Urgent => "urgent",
        Priority::Soon => "soon",
        Priority::Routine => "routine",
    }
}

/// The patient's appointments, each with the calls the desk makes about one on its own line: a
/// reminder, or a call to rebook it.
fn appointments_ui(ui: &mut egui::Ui, chart: &ChartView, out: &mut Vec<Action>) {
    ui.label(RichText::new("Appointments").strong());
    if chart.appointments.is_empty() {
        ui.label(RichText::new("none").weak());
    }
    let patient = PatientId::from(chart.patient.id.clone());
    for (id, text) in &chart.appointments {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {text}"));
            let numbers = |purpose: Purpose| {
                chart.numbers.iter().map(move |(kind, number)| (format!("Call {number}"), (*kind, purpose.clone())))
            };
            let appointment = AppointmentId::from(id.clone());
            let remind = numbers(Purpose::Reminder { appointment: appointment.clone() });
            let rebook = numbers(Purpose::Rebooking { appointment });
            ui.push_id(id, |ui| {
                for (label, calls) in
                    [("Reminder call…", remind.collect::<Vec<_>>()), ("Call to rebook…", rebook.collect())]
                {
                    if let Some((number, purpose)) = super::menu_choice(ui, label, calls) {
                        out.push(Action::PlaceCall { patient: patient.clone(), number, purpose });
                    }
                }
            });
        });
    }
}

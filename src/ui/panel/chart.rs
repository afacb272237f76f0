//! A patient's chart: demographics, the health card with its checks, allergies, medications,
//! documents, authorized contacts, the lockbox notice. Opening one is audited (C14).

use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use super::{form, keep_form, pick_combo};
use crate::scenario::time::Date;
use crate::scenario::{AppointmentId, AppointmentTypeId, ContactId, PatientId, Priority, StaffId};
use crate::sim::action::{Action, Flag, Purpose};
use crate::ui::say::{say, say_with};
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
        let chart_of = say(ui, "chart-ui-chart-of");
        pick_combo(ui, "chart-open", &chart_of, patients, &mut lookup);
        if let Some(patient) = lookup.clone().filter(|p| Some(p) != showing.as_ref())
            && super::button(ui, say(ui, "chart-ui-open")).clicked()
        {
            out.push(Action::OpenChart { patient: PatientId::from(patient.clone()) });
            super::set_focus(ui.ctx(), |focus| focus.chart = Some(patient));
        }
    });
    ui.label(RichText::new(say(ui, "chart-ui-logged")).weak());
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
        ui.label(RichText::new(say(ui, "chart-ui-none-open")).weak());
        return;
    };
    let id = egui::Id::new(("chart", chart.patient.id.as_str()));
    let mut f: ChartForm = form(ui, id);
    let patient = PatientId::from(chart.patient.id.clone());
    egui::ScrollArea::vertical().id_salt("chart").show(ui, |ui| {
        ui.heading(&chart.patient.label);
        if !chart.on_file && !chart.registered_today {
            ui.label(RichText::new(say(ui, "chart-ui-not-yet-a-patient")).color(palette(ui).warning));
        }
        if !chart.lockbox.is_empty() {
            let args = [
                ("what", chart.lockbox.join(", ").into()),
                ("jurisdiction", crate::ui::view::jurisdiction_key(chart.jurisdiction).into()),
            ];
            ui.label(RichText::new(say_with(ui, "chart-ui-lockbox", &args)).color(palette(ui).bad).strong());
        }
        for result in &chart.results {
            ui.label(RichText::new(say_with(ui, "chart-ui-result", &[("result", result.as_str().into())])).strong());
        }
        egui::Grid::new("demographics").num_columns(2).show(ui, |ui| {
            let semicolon = crate::ui::view::semicolon(crate::ui::say::lang(ui.ctx()));
            for (k, v) in [
                (say(ui, "chart-ui-born-label"), chart.born.clone()),
                (say(ui, "chart-ui-sex-label"), chart.sex.clone()),
                (say(ui, "chart-ui-physician-label"), chart.physician.clone().unwrap_or_default()),
                (say(ui, "chart-ui-address-label"), chart.address.clone()),
                (say(ui, "chart-ui-phones-label"), chart.phones.join(semicolon.as_str())),
                (say(ui, "chart-ui-messages-label"), chart.voicemail.clone()),
                (
                    say(ui, "chart-ui-pharmacy-label"),
                    chart.pharmacy.as_ref().map(|p| p.label.clone()).unwrap_or_default(),
                ),
                (say(ui, "chart-ui-availability-label"), chart.available.join(", ")),
            ] {
                ui.add(egui::Label::new(RichText::new(k).weak()).extend());
                ui.label(v);
                ui.end_row();
            }
        });
        ui.separator();
        match &chart.card {
            Some(card) => {
                let args = [
                    ("number", card.number.as_str().into()),
                    ("version", card.version.as_str().into()),
                    ("expires", card.expires.as_str().into()),
                ];
                ui.label(RichText::new(say_with(ui, "chart-ui-health-card", &args)).strong());
                for (ok, text) in &card.checks {
                    let (mark, c) = if *ok { ("✔", palette(ui).good) } else { ("×", palette(ui).bad) };
                    ui.label(RichText::new(format!("{mark} {text}")).color(c));
                }
            }
            None => {
                ui.label(RichText::new(say(ui, "chart-ui-no-health-card")).color(palette(ui).warning));
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
            let flags = say_with(ui, "chart-ui-flags", &[("flags", chart.flags.join(", ").into())]);
            ui.label(RichText::new(flags).color(palette(ui).warning));
        }
        let (allergies, medications) = (say(ui, "chart-ui-allergies"), say(ui, "chart-ui-medications"));
        let (authorized, documents, notes) =
            (say(ui, "chart-ui-authorized"), say(ui, "chart-ui-documents"), say(ui, "chart-ui-notes"));
        let none_recorded = say(ui, "chart-ui-none-recorded");
        let none_authorized = say(ui, "chart-ui-none-authorized");
        let (none_filed, none_today) = (say(ui, "chart-ui-none-filed"), say(ui, "chart-ui-none-today"));
        list(ui, &allergies, &chart.allergies, &none_recorded);
        list(ui, &medications, &chart.medications, &none_recorded);
        list(ui, &authorized, &chart.authorized, &none_authorized);
        appointments_ui(ui, chart, out);
        list(ui, &documents, &chart.documents, &none_filed);
        list(ui, &notes, &chart.notes, &none_today);
        ui.separator();
        ui.horizontal(|ui| {
            let hint = say(ui, "chart-ui-note-hint");
            super::text_line(ui, &mut f.note, &hint, 260.0);
            if !f.note.trim().is_empty() && super::button(ui, say(ui, "chart-ui-add-note")).clicked() {
                out.push(Action::Note { patient: patient.clone(), text: f.note.trim().to_string() });
                f.note.clear();
            }
        });
        ui.horizontal_wrapped(|ui| {
            let records_from = say(ui, "chart-ui-records-from");
            pick_combo(ui, "records-from", &records_from, &chart.contacts, &mut f.from);
            let hint = say(ui, "chart-ui-records-hint");
            super::text_line(ui, &mut f.what, &hint, 140.0);
            if let Some(from) = &f.from
                && !f.what.trim().is_empty()
                && super::button(ui, say(ui, "chart-ui-request-records")).clicked()
            {
                out.push(Action::RequestRecords {
                    patient: patient.clone(),
                    from: ContactId::from(from.clone()),
                    what: f.what.trim().to_string(),
                });
            }
        });
        ui.separator();
        ui.label(RichText::new(say(ui, "chart-ui-for-this-patient")).strong());
        ui.horizontal_wrapped(|ui| {
            for (kind, number) in &chart.numbers {
                let call = say_with(ui, "chart-ui-call-follow-up", &[("number", number.as_str().into())]);
                if super::button(ui, call).clicked() {
                    out.push(Action::PlaceCall { patient: patient.clone(), number: *kind, purpose: Purpose::FollowUp });
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let (waitlist_with, for_a) = (say(ui, "chart-ui-waitlist-with"), say(ui, "book-ui-for-a"));
            pick_combo(ui, "wait-physician", &waitlist_with, &chart.physicians, &mut f.physician);
            pick_combo(ui, "wait-kind", &for_a, &chart.types, &mut f.kind);
            let chosen = f.priority.map_or_else(|| say(ui, "chart-ui-priority-choose"), |p| priority_word(ui, p));
            egui::ComboBox::from_id_salt("wait-priority").selected_text(chosen).show_ui(ui, |ui| {
                for p in [Priority::Urgent, Priority::Soon, Priority::Routine] {
                    ui.selectable_value(&mut f.priority, Some(p), priority_word(ui, p));
                }
            });
            if let (Some(physician), Some(kind), Some(priority)) = (&f.physician, &f.kind, f.priority)
                && super::button(ui, say(ui, "chart-ui-add-to-waitlist")).clicked()
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
            let hint = say(ui, "chart-ui-flag-hint");
            super::text_line(ui, &mut f.flag_note, &hint, 220.0);
            ui.checkbox(&mut f.urgent, say(ui, "chart-ui-urgent"));
            if let Some(physician) = &f.physician
                && super::button(ui, say(ui, "chart-ui-flag-to-physician")).clicked()
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
            let test_at = say(ui, "chart-ui-test-at");
            pick_combo(ui, "test-at", &test_at, &chart.contacts, &mut f.test_at);
            let hint = say(ui, "chart-ui-test-hint");
            super::text_line(ui, &mut f.test, &hint, 140.0);
            super::text_line(ui, &mut f.test_date, chart.today.as_str(), 90.0);
            let date = f.test_date.trim().parse::<Date>().ok();
            if let (Some(at), Some(date)) = (&f.test_at, date)
                && !f.test.trim().is_empty()
                && super::button(ui, say(ui, "chart-ui-book-outside-test")).clicked()
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
            let words = say_with(ui, "chart-ui-outside-booked", &[("test", booked.as_str().into())]);
            ui.label(RichText::new(format!("\u{2714} {words}")).color(palette(ui).good));
        }
        ui.horizontal_wrapped(|ui| {
            if super::command_button(ui, &crate::ui::commands::VERIFY_CARD).clicked() {
                out.push(Action::VerifyHealthCard { patient: patient.clone() });
            }
            if !chart.on_file && !chart.registered_today && super::button(ui, say(ui, "chart-ui-register")).clicked() {
                out.push(Action::RegisterPatient { patient: patient.clone() });
            }
        });
    });
    keep_form(ui, id, f);
}

fn priority_word(ui: &egui::Ui, priority: Priority) -> String {
    match priority {
        Priority::Urgent => say(ui, "chart-ui-priority-urgent"),
        Priority::Soon => say(ui, "chart-ui-priority-soon"),
        Priority::Routine => say(ui, "chart-ui-priority-routine"),
    }
}

/// The patient's appointments, each with the calls the desk makes about one on its own line: a
/// reminder, or a call to rebook it.
fn appointments_ui(ui: &mut egui::Ui, chart: &ChartView, out: &mut Vec<Action>) {
    ui.label(RichText::new(say(ui, "chart-ui-appointments")).strong());
    if chart.appointments.is_empty() {
        ui.label(RichText::new(say(ui, "chart-ui-none")).weak());
    }
    let patient = PatientId::from(chart.patient.id.clone());
    // Each phone on the chart, with the words of its menu item.
    let phones: Vec<(String, crate::scenario::PhoneKind)> = chart
        .numbers
        .iter()
        .map(|(kind, number)| (say_with(ui, "chart-ui-call", &[("number", number.as_str().into())]), *kind))
        .collect();
    let (remind_label, rebook_label) = (say(ui, "chart-ui-reminder-call"), say(ui, "chart-ui-call-to-rebook"));
    for (id, text) in &chart.appointments {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {text}"));
            let numbers =
                |purpose: Purpose| phones.iter().map(move |(label, kind)| (label.clone(), (*kind, purpose.clone())));
            let appointment = AppointmentId::from(id.clone());
            let remind = numbers(Purpose::Reminder { appointment: appointment.clone() });
            let rebook = numbers(Purpose::Rebooking { appointment });
            ui.push_id(id, |ui| {
                for (label, calls) in [(&remind_label, remind.collect::<Vec<_>>()), (&rebook_label, rebook.collect())] {
                    if let Some((number, purpose)) = super::menu_choice(ui, label, calls) {
                        out.push(Action::PlaceCall { patient: patient.clone(), number, purpose });
                    }
                }
            });
        });
    }
}

//! The front desk: who is at the counter and in the waiting room, and what the desk does for them.

use crate::ui::view::Pick;
use bevy_egui::egui::{self, Color32, RichText};

use super::{Tab, form, keep_form, pick_combo, set_focus, stable_button};
use crate::scenario::{ContactId, PatientId, StaffId};
use crate::sim::action::Action;
use crate::sim::desk::VisitorState;
use crate::ui::view::desk::{DeskView, VisitorRow};

#[derive(Clone, Debug, Default)]
struct DeskForm {
    clinician: Option<String>,
    delay: Option<u16>,
}

pub fn desk_ui(ui: &mut egui::Ui, view: &DeskView, out: &mut Vec<Action>) {
    let id = egui::Id::new("desk-form");
    let mut f: DeskForm = form(ui, id);
    ui.horizontal(|ui| {
        let mut minutes = f.delay.unwrap_or(view.behind_minutes.max(15));
        ui.add(egui::DragValue::new(&mut minutes).range(5..=240).suffix(" min"));
        f.delay = Some(minutes);
        if stable_button(ui, "Announce the delay to the waiting room").clicked() {
            out.push(Action::AnnounceDelay { minutes });
        }
    });
    ui.horizontal(|ui| {
        pick_combo(ui, "desk-clinician", "for a patient who must be seen now", &view.clinicians, &mut f.clinician);
    });
    ui.separator();
    if view.visitors.is_empty() {
        ui.label(RichText::new("Nobody at the desk or in the waiting room.").weak());
    }
    egui::ScrollArea::vertical().id_salt("visitors").show(ui, |ui| {
        for visitor in &view.visitors {
            // Each card keeps its identity (and its buttons their focus) as others come and go.
            ui.push_id(&visitor.patient.id, |ui| visitor_ui(ui, visitor, f.clinician.as_deref(), out));
        }
    });
    keep_form(ui, id, f);
}

fn visitor_ui(ui: &mut egui::Ui, v: &VisitorRow, clinician: Option<&str>, out: &mut Vec<Action>) {
    let patient = PatientId(v.patient.id.clone());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&v.patient.label).strong());
            let (state, colour) = match v.state {
                VisitorState::AtDesk => ("at the desk", Color32::from_rgb(80, 140, 220)),
                VisitorState::Waiting => ("waiting", Color32::GRAY),
                VisitorState::InRoom => ("with the physician", Color32::from_rgb(60, 160, 90)),
                VisitorState::CheckingOut => ("checking out", Color32::GRAY),
                _ => ("", Color32::GRAY),
            };
            ui.label(RichText::new(state).color(colour));
            if let Some(at) = &v.booked_at {
                ui.label(format!("booked {at}"));
            }
            if v.walk_in.is_some() {
                ui.label(RichText::new("walk-in").italics());
            }
            ui.label(RichText::new(format!("here {} min", v.waited_minutes)).weak());
            let restless = ["", "getting impatient", "restless", "about to leave"][usize::from(v.restlessness.min(3))];
            if !restless.is_empty() {
                ui.label(RichText::new(restless).color(Color32::from_rgb(220, 110, 50)));
            }
        });
        if v.distress {
            ui.label(
                RichText::new("Visibly unwell: pale, sweating, short of breath")
                    .color(Color32::from_rgb(220, 60, 60))
                    .strong(),
            );
        }
        for line in &v.says {
            ui.label(format!("\"{line}\""));
        }
        for mention in &v.mentions {
            ui.label(mention);
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&v.card).weak());
            match &v.card_result {
                Some((true, said)) => {
                    ui.label(RichText::new(format!("card check: {said}")).color(Color32::from_rgb(60, 160, 90)));
                }
                Some((false, said)) => {
                    ui.label(
                        RichText::new(format!("card check failed: {said}"))
                            .color(Color32::from_rgb(220, 70, 60))
                            .strong(),
                    );
                }
                None => {}
            }
        });
        if v.state == VisitorState::CheckingOut {
            checkout_ui(ui, v, &patient, out);
            return;
        }
        if !matches!(v.state, VisitorState::AtDesk | VisitorState::Waiting) {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            if let Some(appointment) = &v.appointment
                && !v.checked_in
                && stable_button(ui, "Check in").on_hover_text("C").clicked()
            {
                out.push(Action::CheckIn { appointment: appointment.clone() });
            }
            if !v.card_checked && stable_button(ui, "Verify health card").on_hover_text("V").clicked() {
                out.push(Action::VerifyHealthCard { patient: patient.clone() });
            }
            if stable_button(ui, "Open chart").clicked() {
                out.push(Action::OpenChart { patient: patient.clone() });
                set_focus(ui.ctx(), |focus| {
                    focus.chart = Some(patient.to_string());
                    focus.tab = Tab::Chart;
                });
            }
            if !v.on_file && stable_button(ui, "Register as a new patient").clicked() {
                out.push(Action::RegisterPatient { patient: patient.clone() });
            }
            for (k, change) in v.changes.iter().enumerate() {
                if ui.push_id(k, |ui| stable_button(ui, "Update the chart with the new details")).inner.clicked() {
                    out.push(Action::UpdateDemographics { patient: patient.clone(), change: change.clone() });
                }
            }
            for (from, what) in &v.missing {
                if stable_button(ui, &format!("Ask {} for the {what}", from.label)).clicked() {
                    out.push(Action::RequestRecords {
                        patient: patient.clone(),
                        from: ContactId(from.id.clone()),
                        what: what.clone(),
                    });
                }
            }
            if v.card_checked && stable_button(ui, "Refer to ServiceOntario for a valid card").clicked() {
                out.push(Action::ReferToServiceOntario { patient: patient.clone() });
            }
            if v.appointment.is_none() && stable_button(ui, "Book a visit…").clicked() {
                set_focus(ui.ctx(), |focus| {
                    focus.patient = Some(patient.to_string());
                    focus.kind = None;
                    focus.answers =
                        v.walk_in.as_ref().map(|w| Pick::new(w.as_str(), format!("{}'s walk-in", v.patient.label)));
                    focus.tab = Tab::Book;
                });
            }
        });
        ui.horizontal_wrapped(|ui| {
            if let Some(who) = clinician
                && stable_button(ui, "Get the clinician now").clicked()
            {
                out.push(Action::FetchClinician { patient: patient.clone(), who: StaffId(who.to_string()) });
            }
            let call_911 =
                egui::Button::new(RichText::new("Call 911").color(Color32::WHITE)).fill(Color32::from_rgb(180, 40, 40));
            if ui.push_id("Call 911", |ui| ui.add(call_911)).inner.clicked() {
                out.push(Action::Call911 { patient: patient.clone() });
            }
        });
    });
}

/// Checkout: the physician's order slip, and the way to the book (or to the chart, for an outside
/// lab) to book what it asks for before the patient leaves.
fn checkout_ui(ui: &mut egui::Ui, v: &VisitorRow, patient: &PatientId, out: &mut Vec<Action>) {
    if v.orders.is_empty() {
        ui.label(RichText::new("Everything the physician ordered is booked.").color(Color32::from_rgb(60, 160, 90)));
        return;
    }
    ui.label(RichText::new("The physician's orders, still to book before they leave:").strong());
    for order in &v.orders {
        ui.label(format!("• {order}"));
    }
    ui.horizontal_wrapped(|ui| {
        if stable_button(ui, "Book in the appointment book…").clicked() {
            set_focus(ui.ctx(), |focus| {
                focus.patient = Some(patient.to_string());
                focus.kind = None;
                focus.answers = None;
                focus.tab = Tab::Book;
            });
        }
        if stable_button(ui, "Book an outside test from the chart…").clicked() {
            out.push(Action::OpenChart { patient: patient.clone() });
            set_focus(ui.ctx(), |focus| {
                focus.chart = Some(patient.to_string());
                focus.tab = Tab::Chart;
            });
        }
    });
}

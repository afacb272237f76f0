//! The front desk: who is at the counter and in the waiting room, and what the desk does for them.

use crate::ui::view::Pick;
use bevy_egui::egui::{self, Color32, RichText};

use crate::ui::style::palette;

use super::{Cards, Tab, card_title, form, keep_form, once_button, once_command, set_focus, stable_button};
use crate::scenario::{ContactId, PatientId, StaffId};
use crate::sim::action::Action;
use crate::sim::desk::VisitorState;
use crate::sim::phone::CallState;
use crate::ui::commands;
use crate::ui::view::desk::{DeskView, VisitorRow};

#[derive(Clone, Debug, Default)]
struct DeskForm {
    /// The delay the learner chose to announce, if they changed the suggested one.
    delay: Option<u16>,
    /// How far behind the desk was last frame: a new, longer delay replaces the learner's choice.
    behind_seen: u16,
}

pub fn desk_ui(ui: &mut egui::Ui, view: &DeskView, out: &mut Vec<Action>) {
    let id = egui::Id::new("desk-form");
    let mut f: DeskForm = form(ui, id);
    for line in &view.behind {
        ui.label(RichText::new(format!("⏰ {line}.")).color(palette(ui).warning).strong());
    }
    if view.behind_minutes > f.behind_seen {
        f.delay = None;
    }
    f.behind_seen = view.behind_minutes;
    ui.horizontal(|ui| {
        // Suggest the delay rounded up to five minutes, until the learner says otherwise.
        let suggested = view.behind_minutes.div_ceil(5).max(1) * 5;
        let mut minutes = f.delay.unwrap_or(suggested);
        let what = "How long the waiting room should expect to wait: the physicians' delay as the day \
                    knows it, rounded up to five minutes, until you change it (drag, or click and type). \
                    Tell the waiting room of a delay of 30 minutes or more (S7).";
        ui.label("Running late by").on_hover_text(what);
        if ui.add(egui::DragValue::new(&mut minutes).range(5..=240).suffix(" min")).on_hover_text(what).changed() {
            f.delay = Some(minutes);
        }
        if stable_button(ui, "Announce the delay to the waiting room")
            .on_hover_text("Tell everyone waiting how long the wait will be, discreetly (no names, no reasons)")
            .clicked()
        {
            out.push(Action::AnnounceDelay { minutes });
        }
    });
    ui.separator();
    counter_ui(ui, view, out);
    if view.visitors.is_empty() && view.counter.is_empty() {
        ui.label(RichText::new("Nobody at the desk or in the waiting room.").weak());
    }
    let mut cards = Cards::new(ui, "desk");
    egui::ScrollArea::vertical().id_salt("visitors").show(ui, |ui| {
        for visitor in &view.visitors {
            // Each card keeps its identity (and its buttons their focus) as others come and go.
            ui.push_id(&visitor.patient.id, |ui| {
                cards.card(ui, |ui, grab| visitor_ui(ui, visitor, &view.clinicians, grab, out))
            });
        }
    });
    cards.finish(ui);
    keep_form(ui, id, f);
}

/// People at the counter who are not there to be seen (format 2 `Visitor`): a police officer, a
/// courier, a parent without the child. Attended to one at a time, with the phone's controls.
fn counter_ui(ui: &mut egui::Ui, view: &DeskView, out: &mut Vec<Action>) {
    if view.counter.is_empty() {
        return;
    }
    ui.heading("At the counter");
    for line in &view.counter {
        ui.horizontal_wrapped(|ui| {
            let (badge, colour) = match line.state {
                CallState::Ringing => ("WAITING", palette(ui).bad),
                CallState::OnHold => ("ASKED TO WAIT", palette(ui).warning),
                _ => ("TALKING", palette(ui).good),
            };
            ui.label(RichText::new(badge).color(colour).strong());
            ui.label(&line.caller);
            ui.label(RichText::new(&line.waiting).weak());
            let attend = match line.state {
                CallState::Ringing => Some(Action::Answer { call: line.call.clone() }),
                CallState::OnHold => Some(Action::TakeOffHold { call: line.call.clone() }),
                _ => None,
            };
            if let Some(action) = attend
                && super::button(ui, "Attend to them")
                    .on_hover_text("Talk with them now; a call you are on waits on hold")
                    .clicked()
            {
                out.push(action);
            }
        });
    }
    if let Some(conversation) = &view.conversation {
        ui.push_id(("counter", conversation.call.as_str()), |ui| {
            super::phone::active_call_ui(ui, &view.patients, &view.clinicians, conversation, out)
        });
    }
    ui.separator();
}

fn visitor_ui(ui: &mut egui::Ui, v: &VisitorRow, clinicians: &[Pick], grab: bool, out: &mut Vec<Action>) {
    let patient = PatientId::from(v.patient.id.clone());
    {
        ui.horizontal(|ui| {
            card_title(ui, RichText::new(&v.patient.label).strong(), grab);
            let (state, colour) = match v.state {
                VisitorState::AtDesk => ("at the desk", palette(ui).info),
                VisitorState::Waiting => ("waiting", ui.visuals().weak_text_color()),
                VisitorState::InRoom => ("with the physician", palette(ui).good),
                VisitorState::CheckingOut => ("checking out", ui.visuals().weak_text_color()),
                _ => ("", ui.visuals().weak_text_color()),
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
                ui.label(RichText::new(restless).color(palette(ui).warning));
            }
        });
        if v.distress {
            // What they look like is in their own words below: the scene tells, the desk judges.
            ui.label(RichText::new("Visibly unwell").color(palette(ui).bad).strong());
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
                    ui.label(RichText::new(format!("card check: {said}")).color(palette(ui).good));
                }
                Some((false, said)) => {
                    ui.label(RichText::new(format!("card check failed: {said}")).color(palette(ui).bad).strong());
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
            // The first place is the visit: book one for a walk-in, then check it in.
            // A walk-in's reason first (T13): what brings them in, since when, how bad.
            if v.walk_in.is_some() && once_button(ui, "Ask what brings them in", "Asked why", v.asked_why) {
                out.push(Action::AskWhyHere { patient: patient.clone() });
            }
            match &v.appointment {
                None => {
                    if stable_button(ui, "Book a visit…").clicked() {
                        set_focus(ui.ctx(), |focus| {
                            focus.patient = Some(patient.to_string());
                            focus.kind = None;
                            focus.answers = v
                                .walk_in
                                .as_ref()
                                .map(|w| Pick::new(w.as_str(), format!("{}'s walk-in", v.patient.label)));
                            focus.tab = Tab::Book;
                        });
                    }
                }
                Some(appointment) => {
                    if once_command(ui, &commands::CHECK_IN, "Checked in", v.checked_in) {
                        out.push(Action::CheckIn { appointment: appointment.clone() });
                    }
                }
            }
            if once_command(ui, &commands::VERIFY_CARD, "Card checked", v.card_checked) {
                out.push(Action::VerifyHealthCard { patient: patient.clone() });
            }
            if v.card_failed && once_button(ui, "Refer to ServiceOntario", "Referred", v.card_referred) {
                out.push(Action::ReferToServiceOntario { patient: patient.clone() });
            }
            if stable_button(ui, "Open chart").clicked() {
                out.push(Action::OpenChart { patient: patient.clone() });
                set_focus(ui.ctx(), |focus| {
                    focus.chart = Some(patient.to_string());
                    focus.tab = Tab::Chart;
                });
            }
            if (!v.on_file || v.registered_today)
                && once_button(ui, "Register as a new patient", "Registered", v.registered_today)
            {
                out.push(Action::RegisterPatient { patient: patient.clone() });
            }
            if v.chart_updated {
                once_button(ui, "Update the chart with the new details", "Chart updated", true);
            }
            for (k, change) in v.changes.iter().enumerate() {
                if ui.push_id(k, |ui| stable_button(ui, "Update the chart with the new details")).inner.clicked() {
                    out.push(Action::UpdateDemographics { patient: patient.clone(), change: change.clone() });
                }
            }
            for (from, what, asked) in &v.missing {
                let label = format!("Ask {} for the {what}", from.label);
                if once_button(ui, &label, "Asked", *asked) {
                    out.push(Action::RequestRecords {
                        patient: patient.clone(),
                        from: ContactId::from(from.id.clone()),
                        what: what.clone(),
                    });
                }
            }
        });
        wait_ui(ui, v, &patient, out);
        ui.horizontal_wrapped(|ui| {
            // Each card has its own choice of clinician, so getting help for one patient never
            // depends on a picker somewhere else.
            let who = clinicians.iter().map(|who| (who.label.clone(), StaffId::from(who.id.clone())));
            if let Some(who) = super::menu_choice(ui, "Get a clinician now…", who) {
                out.push(Action::FetchClinician { patient: patient.clone(), who });
            }
            let call_911 =
                egui::Button::new(RichText::new("Call 911").color(Color32::WHITE)).fill(Color32::from_rgb(180, 40, 40));
            if ui.push_id("Call 911", |ui| ui.add(call_911)).inner.clicked() {
                out.push(Action::Call911 { patient: patient.clone() });
            }
        });
    }
}

/// Telling one person how long they will wait (S7): the wait the book shows is suggested,
/// rounded up to five minutes, until the learner picks another.
fn wait_ui(ui: &mut egui::Ui, v: &VisitorRow, patient: &PatientId, out: &mut Vec<Action>) {
    let id = egui::Id::new(("wait-told", patient.as_str()));
    let mut chosen: Option<u16> = form(ui, id);
    let suggested = v.wait_shown.map_or(15, |m| u16::try_from(m.div_ceil(5) * 5).unwrap_or(u16::MAX));
    let mut minutes = chosen.unwrap_or(suggested);
    ui.horizontal_wrapped(|ui| {
        let what = match v.wait_shown {
            Some(shown) => format!(
                "The book shows about {shown} minutes until their visit can start. Tell the wait there is: \
                 too short and they are kept waiting, too long and someone who needs to be seen may leave (S7, T4)."
            ),
            None => "No visit is booked for them yet, so the book shows no wait: book one first, or get a \
                     clinician now for someone unwell (T4)."
                .to_owned(),
        };
        ui.label("Wait to tell them").on_hover_text(&what);
        if ui.add(egui::DragValue::new(&mut minutes).range(0..=480).suffix(" min")).on_hover_text(&what).changed() {
            chosen = Some(minutes);
        }
        if stable_button(ui, "Tell them the wait").on_hover_text(&what).clicked() {
            out.push(Action::TellWait { patient: patient.clone(), minutes });
        }
        if let Some(told) = v.told_wait {
            ui.label(RichText::new(format!("told {told} min")).weak());
        }
    });
    keep_form(ui, id, chosen);
}

/// Checkout: the physician's order slip, and the way to the book (or to the chart, for an outside
/// lab) to book what it asks for before the patient leaves.
fn checkout_ui(ui: &mut egui::Ui, v: &VisitorRow, patient: &PatientId, out: &mut Vec<Action>) {
    if v.orders.is_empty() {
        ui.label(RichText::new("Everything the physician ordered is booked.").color(palette(ui).good));
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
                focus.kind = v.order_kind.clone();
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

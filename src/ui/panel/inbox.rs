//! The inbox: file to a chart, flag to the physician, print renewals, report a misdirected fax,
//! send appointment details to a referring office, book from a referral, get rid of paper.

use crate::ui::view::Pick;
use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use super::{Cards, Tab, card_title, form, keep_form, once_button, pick_combo, set_focus, stable_button};
use crate::scenario::{AppointmentId, ContactId, EventId, PatientId, StaffId};
use crate::sim::action::{Action, Disposal, Flag, Sending};
use crate::sim::referrals::ChaseBy;
use crate::ui::view::inbox::{InboxRow, InboxView, TaskRow};

#[derive(Clone, Debug, Default)]
struct ItemForm {
    patient: Option<String>,
    physician: Option<String>,
    urgent: bool,
    note: String,
    appointment: Option<String>,
}

pub fn inbox_ui(ui: &mut egui::Ui, view: &InboxView, out: &mut Vec<Action>) {
    if !view.tasks.is_empty() {
        ui.heading("To do");
        for task in &view.tasks {
            ui.push_id(("task", task.id.as_str()), |ui| task_ui(ui, task, out));
        }
        ui.separator();
    }
    if !view.messages.is_empty() {
        ui.heading("Messages (patient portal and e-mail)");
        super::phone::messages_ui(ui, "inbox-messages", &view.messages, &view.clinicians, out);
        ui.separator();
    }
    if !view.referrals_out.is_empty() {
        referrals_out_ui(ui, view, out);
        ui.separator();
    }
    if view.items.is_empty() && view.messages.is_empty() && view.tasks.is_empty() {
        ui.label(RichText::new("The inbox is empty.").weak());
    }
    let mut cards = Cards::new(ui, "inbox");
    egui::ScrollArea::vertical().id_salt("inbox").show(ui, |ui| {
        for item in &view.items {
            ui.push_id(item.id.as_str(), |ui| cards.card(ui, |ui, grab| item_ui(ui, view, item, grab, out)));
        }
    });
    cards.finish(ui);
}

/// Referrals the clinic sent out: each one's wait, its acknowledgement, and the way to chase it
/// (T12: urgent after 7 days, routine after 14; an urgent one by phone).
fn referrals_out_ui(ui: &mut egui::Ui, view: &InboxView, out: &mut Vec<Action>) {
    let overdue = view.referrals_out.iter().filter(|r| r.overdue).count();
    let title = if overdue > 0 {
        format!("Referrals sent ({overdue} waiting past their limit)")
    } else {
        "Referrals sent".to_owned()
    };
    egui::CollapsingHeader::new(title).id_salt("referrals-out").default_open(overdue > 0).show(ui, |ui| {
        for row in &view.referrals_out {
            ui.push_id(("referral", row.id.as_str()), |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&row.what).strong());
                    ui.label(RichText::new(&row.sent).weak());
                    let colour = if row.overdue {
                        palette(ui).bad
                    } else if row.acknowledged {
                        palette(ui).good
                    } else {
                        ui.visuals().weak_text_color()
                    };
                    let status =
                        if row.overdue { format!("{}: chase it", row.status) } else { row.status.clone() };
                    ui.label(RichText::new(status).color(colour));
                    for chase in &row.chased {
                        ui.label(RichText::new(chase).weak());
                    }
                    if !row.acknowledged {
                        if super::button(ui, "Phone to confirm receipt")
                            .on_hover_text("Call the specialist's office: they confirm on the call (T12: urgent referrals get a phone call)")
                            .clicked()
                        {
                            out.push(Action::ChaseReferral { referral: row.id.clone(), by: ChaseBy::Phone });
                        }
                        if super::button(ui, "Fax a request to acknowledge")
                            .on_hover_text("Ask by fax: an answer may come later, or not (enough for a routine referral)")
                            .clicked()
                        {
                            out.push(Action::ChaseReferral { referral: row.id.clone(), by: ChaseBy::Fax });
                        }
                    }
                });
            });
        }
    });
}

fn item_ui(ui: &mut egui::Ui, view: &InboxView, item: &InboxRow, grab: bool, out: &mut Vec<Action>) {
    let id = egui::Id::new(("inbox", item.id.as_str()));
    let mut f: ItemForm = form(ui, id);
    if f.patient.is_none() {
        f.patient = item.about.as_ref().map(|p| p.id.clone());
    }
    if f.physician.is_none() {
        f.physician = item.for_physician.as_ref().map(|p| p.id.clone());
    }
    let document = EventId::from(item.id.to_string());
    // The card's frame is drawn by `Cards`; the closure keeps its early returns.
    (|| {
        ui.horizontal_wrapped(|ui| {
            let title = RichText::new(format!("{}: {}", item.kind, item.title)).strong();
            card_title(ui, if item.critical { title.color(palette(ui).bad) } else { title }, grab);
            ui.label(RichText::new(format!("{} by {} from {}", item.arrived, item.via, item.from.label)).weak());
        });
        if let Some(about) = &item.about {
            ui.label(format!("Patient: {}", about.label));
        }
        for line in &item.details {
            ui.label(line);
        }
        ui.horizontal_wrapped(|ui| {
            if let Some(filed) = &item.filed_to {
                ui.label(RichText::new(format!("filed to {filed}")).color(palette(ui).good));
            }
            for flag in &item.flagged {
                ui.label(RichText::new(format!("flagged to {flag}")).color(palette(ui).warning));
            }
            if item.printed {
                ui.label("printed for signature");
            }
            if item.breach_reported {
                ui.label("breach reported");
            }
            if let Some(went) = item.disposed {
                ui.label(RichText::new(format!("the paper went {went}")).weak());
            }
            for by in &item.details_sent {
                ui.label(RichText::new(format!("details sent by {by}")).color(palette(ui).good));
            }
        });
        if item.kind == "Cancellation" {
            if let Some(visit) = &item.cancels {
                ui.horizontal_wrapped(|ui| {
                    if stable_button(ui, "Cancel the visit").clicked() {
                        out.push(Action::Cancel {
                            appointment: AppointmentId::from(visit.id.clone()),
                            reason: "the patient cancelled by email".into(),
                        });
                    }
                    if stable_button(ui, "Move it in the book…")
                        .on_hover_text("then click or drag to its new time")
                        .clicked()
                    {
                        crate::ui::panel::book::start_moving(
                            ui.ctx(),
                            AppointmentId::from(visit.id.clone()),
                            &visit.label,
                        );
                        set_focus(ui.ctx(), |focus| focus.tab = Tab::Book);
                    }
                });
            }
            return;
        }
        ui.horizontal_wrapped(|ui| {
            pick_combo(ui, &format!("file-{}", item.id), "Patient", &view.patients, &mut f.patient);
            // The buttons keep their places whatever has been done, so none moves under the pointer.
            match (&item.filed_to, &f.patient) {
                (Some(_), _) => {
                    once_button(ui, "File to chart", "Filed", true);
                }
                (None, _) if item.disposed.is_some() => {
                    let went = item.disposed.unwrap_or_default();
                    ui.add_enabled(false, egui::Button::new("File to chart"))
                        .on_disabled_hover_text(format!("The paper went {went}: there is nothing left to file"));
                }
                (None, Some(patient)) => {
                    if stable_button(ui, "File to chart").clicked() {
                        out.push(Action::FileDocument {
                            document: document.clone(),
                            patient: PatientId::from(patient.clone()),
                        });
                    }
                }
                (None, None) => {
                    let file = ui.add_enabled(false, egui::Button::new("File to chart"));
                    super::ring_if_coached(ui, &file, "File to chart");
                    file.on_disabled_hover_text("Choose the patient first");
                }
            }
            if item.kind == "Renewal" && once_button(ui, "Print for signature", "Printed", item.printed) {
                out.push(Action::PrintForSignature { document: document.clone() });
            }
        });
        ui.horizontal_wrapped(|ui| {
            pick_combo(ui, &format!("flag-{}", item.id), "Flag to", &view.clinicians, &mut f.physician);
            ui.checkbox(&mut f.urgent, "urgent");
            super::text_line(ui, &mut f.note, "note", 140.0);
            if let Some(physician) = &f.physician
                && stable_button(ui, "Flag to physician").clicked()
            {
                out.push(Action::FlagToPhysician {
                    about: Flag::Document(document.clone()),
                    physician: StaffId::from(physician.clone()),
                    urgent: f.urgent,
                    note: f.note.clone(),
                });
            }
        });
        // Apart from the everyday buttons, so it is never pressed by a slip of the pointer.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Not meant for this clinic?").weak());
            if once_button(ui, "Report as a privacy breach", "Breach reported", item.breach_reported) {
                out.push(Action::ReportBreach { document: document.clone() });
            }
        });
        if item.disposed.is_none() {
            disposal_ui(ui, item, &document, out);
        }
        if item.kind == "Referral" {
            ui.horizontal_wrapped(|ui| {
                if let Some(patient) = &f.patient
                    && stable_button(ui, "Book from this referral…").clicked()
                {
                    let patient = patient.clone();
                    let doc = Pick::new(item.id.as_str(), format!("the referral from {}", item.from.label));
                    set_focus(ui.ctx(), |focus| {
                        focus.patient = Some(patient);
                        focus.kind = None;
                        focus.answers = Some(doc);
                        focus.tab = Tab::Book;
                    });
                }
                pick_combo(ui, &format!("details-{}", item.id), "Visit", &item.appointments, &mut f.appointment);
                if let Some(appointment) = f.appointment.clone() {
                    for (by, label) in [(Sending::Fax, "Fax"), (Sending::Phone, "Phone"), (Sending::Email, "Email")] {
                        if stable_button(ui, &format!("{label} the details to {}", item.from.label)).clicked() {
                            out.push(Action::SendAppointmentDetails {
                                appointment: AppointmentId::from(appointment.clone()),
                                to: ContactId::from(item.from.id.clone()),
                                by,
                            });
                        }
                    }
                }
            });
        }
    })();
    keep_form(ui, id, f);
}

/// A task on the desk's list: who gave it, what it says, by when, and whether it is done. The job is
/// done with the game's own controls, which the line under it names; details to send are sent from
/// the card, as the visit and the office may be nowhere else together.
fn task_ui(ui: &mut egui::Ui, task: &TaskRow, out: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let (status, colour) = match (&task.done, task.overdue) {
            (Some(at), _) => (format!("DONE at {at}"), palette(ui).good),
            (None, true) => ("OVERDUE".to_owned(), palette(ui).bad),
            (None, false) => ("TO DO".to_owned(), palette(ui).warning),
        };
        ui.label(RichText::new(status).color(colour).strong());
        ui.label(RichText::new(format!("From {} at {}, {}", task.from, task.given, task.by)).strong());
    });
    for line in &task.says {
        ui.label(line);
    }
    if task.done.is_some() {
        return;
    }
    if !task.still_to_remind.is_empty() {
        ui.label(format!("Still to remind: {}", task.still_to_remind.join("; ")));
    }
    ui.label(RichText::new(task.how).weak());
    if let Some((appointment, to)) = &task.send {
        ui.horizontal_wrapped(|ui| {
            for (by, label) in [(Sending::Fax, "Fax"), (Sending::Phone, "Phone"), (Sending::Email, "Email")] {
                if stable_button(ui, &format!("{label} the details to {}", to.label)).clicked() {
                    out.push(Action::SendAppointmentDetails {
                        appointment: appointment.clone(),
                        to: ContactId::from(to.id.clone()),
                        by,
                    });
                }
            }
        });
    }
}

/// Where the paper goes once the desk is done with it: a printout's only job, and any document's
/// paper copy once it is on the chart. Three bins, one of them safe (C19).
fn disposal_ui(ui: &mut egui::Ui, item: &InboxRow, document: &EventId, out: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let prompt = if item.printout { "Done with this paper:" } else { "Done with the paper copy?" };
        ui.label(RichText::new(prompt).weak());
        for (how, label) in
            [(Disposal::Shred, "Shred"), (Disposal::Recycling, "Recycling bin"), (Disposal::Garbage, "Garbage")]
        {
            if stable_button(ui, label).clicked() {
                out.push(Action::Dispose { document: document.clone(), how });
            }
        }
    });
}

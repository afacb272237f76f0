//! The inbox: file to a chart, flag to the physician, print renewals, report a misdirected fax,
//! send appointment details to a referring office, book from a referral, get rid of paper.

use crate::ui::view::Pick;
use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use super::{Cards, Tab, card_title, form, keep_form, once_button, pick_combo, set_focus, stable_button};
use crate::scenario::{AppointmentId, ContactId, EventId, PatientId, StaffId};
use crate::sim::action::{Action, Disposal, Flag, Sending};
use crate::sim::referrals::ChaseBy;
use crate::ui::say::{say, say_with};
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
        ui.heading(say(ui, "inbox-ui-to-do"));
        for task in &view.tasks {
            ui.push_id(("task", task.id.as_str()), |ui| task_ui(ui, task, out));
        }
        ui.separator();
    }
    if !view.messages.is_empty() {
        ui.heading(say(ui, "inbox-ui-messages"));
        super::phone::messages_ui(ui, "inbox-messages", &view.messages, &view.clinicians, out);
        ui.separator();
    }
    if !view.referrals_out.is_empty() {
        referrals_out_ui(ui, view, out);
        ui.separator();
    }
    if view.items.is_empty() && view.messages.is_empty() && view.tasks.is_empty() {
        ui.label(RichText::new(say(ui, "inbox-ui-empty")).weak());
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
        say_with(ui, "inbox-ui-referrals-sent-overdue", &[("overdue", overdue.into())])
    } else {
        say(ui, "inbox-ui-referrals-sent")
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
                    let status = if row.overdue {
                        say_with(ui, "inbox-ui-chase-it", &[("status", row.status.as_str().into())])
                    } else {
                        row.status.clone()
                    };
                    ui.label(RichText::new(status).color(colour));
                    for chase in &row.chased {
                        ui.label(RichText::new(chase).weak());
                    }
                    if !row.acknowledged {
                        let (phone, phone_hint) =
                            (say(ui, "inbox-ui-phone-to-confirm"), say(ui, "inbox-ui-phone-to-confirm-hint"));
                        if super::button(ui, phone).on_hover_text(phone_hint).clicked() {
                            out.push(Action::ChaseReferral { referral: row.id.clone(), by: ChaseBy::Phone });
                        }
                        let (fax, fax_hint) =
                            (say(ui, "inbox-ui-fax-to-confirm"), say(ui, "inbox-ui-fax-to-confirm-hint"));
                        if super::button(ui, fax).on_hover_text(fax_hint).clicked() {
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
            let args = [("kind", kind_words(ui, item.kind).into()), ("title", item.title.as_str().into())];
            let title = RichText::new(say_with(ui, "inbox-ui-card-title", &args)).strong();
            card_title(ui, if item.critical { title.color(palette(ui).bad) } else { title }, grab);
            let args = [
                ("arrived", item.arrived.as_str().into()),
                ("via", item.via.as_str().into()),
                ("from", item.from.label.as_str().into()),
            ];
            ui.label(RichText::new(say_with(ui, "inbox-ui-arrived", &args)).weak());
        });
        if let Some(about) = &item.about {
            let patient = ("patient", about.label.as_str().into());
            ui.label(match &item.about_born {
                Some(born) => say_with(ui, "inbox-ui-patient-born-is", &[patient, ("born", born.as_str().into())]),
                None => say_with(ui, "inbox-ui-patient-is", &[patient]),
            });
        }
        for line in &item.details {
            ui.label(line);
        }
        ui.horizontal_wrapped(|ui| {
            if let Some(filed) = &item.filed_to {
                let filed = say_with(ui, "inbox-ui-filed-to", &[("patient", filed.as_str().into())]);
                ui.label(RichText::new(filed).color(palette(ui).good));
            }
            for flag in &item.flagged {
                let flag = say_with(ui, "inbox-ui-flagged-to", &[("physician", flag.as_str().into())]);
                ui.label(RichText::new(flag).color(palette(ui).warning));
            }
            if item.printed {
                ui.label(say(ui, "inbox-ui-printed"));
            }
            if item.breach_reported {
                ui.label(say_with(ui, "inbox-ui-breach-reported", &law(view)));
            }
            if let Some(went) = &item.disposed {
                ui.label(RichText::new(say_with(ui, "inbox-ui-paper-went", &[("where", went.as_str().into())])).weak());
            }
            for by in &item.details_sent {
                let sent = say_with(ui, "inbox-ui-details-sent-by", &[("by", by.as_str().into())]);
                ui.label(RichText::new(sent).color(palette(ui).good));
            }
        });
        if item.kind == "Cancellation" {
            if let Some(visit) = &item.cancels {
                ui.horizontal_wrapped(|ui| {
                    let cancel = say(ui, "inbox-ui-cancel-visit");
                    if stable_button(ui, &cancel).clicked() {
                        out.push(Action::Cancel {
                            appointment: AppointmentId::from(visit.id.clone()),
                            // Written to the day's record, as every action is, in English whatever the
                            // language shown.
                            reason: "the patient cancelled by email".into(),
                        });
                    }
                    let move_it = say(ui, "inbox-ui-move-in-book");
                    if stable_button(ui, &move_it).on_hover_text(say(ui, "inbox-ui-move-in-book-hint")).clicked() {
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
            let patient_label = say(ui, "inbox-ui-patient");
            pick_combo(ui, &format!("file-{}", item.id), &patient_label, &view.patients, &mut f.patient);
            // The buttons keep their places whatever has been done, so none moves under the pointer.
            let file_label = say(ui, "inbox-ui-file-to-chart");
            match (&item.filed_to, &f.patient) {
                (Some(_), _) => {
                    let filed = say(ui, "inbox-ui-filed");
                    once_button(ui, &file_label, &filed, true);
                }
                (None, _) if item.disposed.is_some() => {
                    let went = item.disposed.clone().unwrap_or_default();
                    let why = say_with(ui, "inbox-ui-nothing-to-file", &[("where", went.into())]);
                    ui.add_enabled(false, egui::Button::new(file_label)).on_disabled_hover_text(why);
                }
                (None, Some(patient)) => {
                    let file = stable_button(ui, &file_label);
                    // The coach knows the button by its English words, whatever the language shown (in
                    // English the button has rung itself already: the same ring, drawn again).
                    super::ring_if_coached(ui, &file, "File to chart");
                    if file.clicked() {
                        out.push(Action::FileDocument {
                            document: document.clone(),
                            patient: PatientId::from(patient.clone()),
                        });
                    }
                }
                (None, None) => {
                    let file = ui.add_enabled(false, egui::Button::new(file_label));
                    // The coach knows the button by its English words, whatever the language shown.
                    super::ring_if_coached(ui, &file, "File to chart");
                    file.on_disabled_hover_text(say(ui, "inbox-ui-choose-patient-first"));
                }
            }
            if item.kind == "Renewal" {
                let (print, printed) = (say(ui, "inbox-ui-print-for-signature"), say(ui, "inbox-ui-printed-done"));
                if once_button(ui, &print, &printed, item.printed) {
                    out.push(Action::PrintForSignature { document: document.clone() });
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let flag_to = say(ui, "inbox-ui-flag-to");
            pick_combo(ui, &format!("flag-{}", item.id), &flag_to, &view.clinicians, &mut f.physician);
            ui.checkbox(&mut f.urgent, say(ui, "inbox-ui-urgent"));
            let note = say(ui, "inbox-ui-note");
            super::text_line(ui, &mut f.note, &note, 140.0);
            let flag = say(ui, "inbox-ui-flag-to-physician");
            if let Some(physician) = &f.physician
                && stable_button(ui, &flag).clicked()
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
            ui.label(RichText::new(say(ui, "inbox-ui-not-for-this-clinic")).weak());
            let report = say_with(ui, "inbox-ui-report-breach", &law(view));
            let reported = say_with(ui, "inbox-ui-breach-reported-done", &law(view));
            if once_button(ui, &report, &reported, item.breach_reported) {
                out.push(Action::ReportBreach { document: document.clone() });
            }
        });
        if item.disposed.is_none() {
            disposal_ui(ui, item, &document, out);
        }
        if item.kind == "Referral" {
            ui.horizontal_wrapped(|ui| {
                let book = say(ui, "inbox-ui-book-from-referral");
                if let Some(patient) = &f.patient
                    && stable_button(ui, &book).clicked()
                {
                    let patient = patient.clone();
                    let from = say_with(ui, "inbox-ui-the-referral-from", &[("from", item.from.label.as_str().into())]);
                    let doc = Pick::new(item.id.as_str(), from);
                    set_focus(ui.ctx(), |focus| {
                        focus.patient = Some(patient);
                        focus.kind = None;
                        focus.answers = Some(doc);
                        focus.tab = Tab::Book;
                    });
                }
                let visit = say(ui, "inbox-ui-visit");
                pick_combo(ui, &format!("details-{}", item.id), &visit, &item.appointments, &mut f.appointment);
                if let Some(appointment) = f.appointment.clone() {
                    for by in [Sending::Fax, Sending::Phone, Sending::Email] {
                        let label = send_words(ui, by, &item.from.label);
                        if stable_button(ui, &label).clicked() {
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
/// The law the breach words follow: Quebec's speaks of a confidentiality incident.
fn law(view: &InboxView) -> [(&'static str, fluent_bundle::FluentValue<'static>); 1] {
    [("law", if view.quebec { "qc" } else { "other" }.into())]
}

fn task_ui(ui: &mut egui::Ui, task: &TaskRow, out: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let (status, colour) = match (&task.done, task.overdue) {
            (Some(at), _) => (say_with(ui, "inbox-ui-task-done-at", &[("at", at.as_str().into())]), palette(ui).good),
            (None, true) => (say(ui, "inbox-ui-task-overdue"), palette(ui).bad),
            (None, false) => (say(ui, "inbox-ui-task-to-do"), palette(ui).warning),
        };
        ui.label(RichText::new(status).color(colour).strong());
        let args = [
            ("from", task.from.as_str().into()),
            ("given", task.given.as_str().into()),
            ("by", task.by.as_str().into()),
        ];
        ui.label(RichText::new(say_with(ui, "inbox-ui-task-from", &args)).strong());
    });
    for line in &task.says {
        ui.label(line);
    }
    if task.done.is_some() {
        return;
    }
    if !task.still_to_remind.is_empty() {
        let visits = task.still_to_remind.join("; ");
        ui.label(say_with(ui, "inbox-ui-still-to-remind", &[("visits", visits.into())]));
    }
    ui.label(RichText::new(&task.how).weak());
    if let Some((appointment, to)) = &task.send {
        ui.horizontal_wrapped(|ui| {
            for by in [Sending::Fax, Sending::Phone, Sending::Email] {
                let label = send_words(ui, by, &to.label);
                if stable_button(ui, &label).clicked() {
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
        let prompt = say(ui, if item.printout { "inbox-ui-done-with-printout" } else { "inbox-ui-done-with-copy" });
        ui.label(RichText::new(prompt).weak());
        let bins = [
            (Disposal::Shred, say(ui, "inbox-ui-shred")),
            (Disposal::Recycling, say(ui, "inbox-ui-recycling-bin")),
            (Disposal::Garbage, say(ui, "inbox-ui-garbage")),
        ];
        for (how, label) in bins {
            if stable_button(ui, &label).clicked() {
                out.push(Action::Dispose { document: document.clone(), how });
            }
        }
    });
}

/// What a document is ("Lab result", the view's English word for it), in the learner's language.
fn kind_words(ui: &egui::Ui, kind: &str) -> String {
    match kind {
        "Lab result" => say(ui, "inbox-ui-kind-lab-result"),
        "Referral" => say(ui, "inbox-ui-kind-referral"),
        "Renewal" => say(ui, "inbox-ui-kind-renewal"),
        "Report" => say(ui, "inbox-ui-kind-report"),
        "Letter" => say(ui, "inbox-ui-kind-letter"),
        "Fax" => say(ui, "inbox-ui-kind-fax"),
        "Did not attend" => say(ui, "inbox-ui-kind-did-not-attend"),
        "Printout" => say(ui, "inbox-ui-kind-printout"),
        "Acknowledgement" => say(ui, "inbox-ui-kind-acknowledgement"),
        "Cancellation" => say(ui, "inbox-ui-kind-cancellation"),
        other => other.to_owned(),
    }
}

/// A button sending a visit's details to an office: "Fax the details to Dr. Ito's office".
fn send_words(ui: &egui::Ui, by: Sending, to: &str) -> String {
    let args = [("to", to.into())];
    match by {
        Sending::Fax => say_with(ui, "inbox-ui-fax-details", &args),
        Sending::Phone => say_with(ui, "inbox-ui-phone-details", &args),
        Sending::Email => say_with(ui, "inbox-ui-email-details", &args),
    }
}

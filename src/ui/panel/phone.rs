//! The phone: answer, hold, end; the call's transcript; the desk's moves on the call; the mailbox;
//! and the outgoing call with the voicemail the desk leaves.

use crate::ui::commands;
use crate::ui::view::Pick;
use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use super::{Cards, Tab, card_title, form, keep_form, menu_choice, pick_combo, set_focus};
use crate::scenario::GreetingItem;
use crate::scenario::{EventId, InfoKind, PatientId, StaffId};
use crate::sim::action::{Action, CallBackBy, Purpose, VoicemailItem};
use crate::sim::phone::CallState;
use crate::ui::view::describe::{ADVICE, VOICEMAIL_ITEMS, advice_words, voicemail_words};
use crate::ui::view::phone::{CallView, GREETING_ITEMS, Greeting, MailboxRow, PhoneView, Said};
use crate::ui::view::{INFO_KINDS, info_word};

/// The half-made choices on the call in progress.
#[derive(Clone, Debug, Default)]
struct CallForm {
    patient: Option<String>,
    info: Option<InfoKind>,
    for_whom: Option<String>,
    urgent: bool,
    note: String,
    /// What goes on the patient's chart about this call (the caller's words, the advice given).
    chart_note: String,
}

#[derive(Clone, Debug, Default)]
struct VoicemailForm {
    says: Vec<VoicemailItem>,
}

pub fn phone_ui(ui: &mut egui::Ui, view: &PhoneView, out: &mut Vec<Action>) {
    ui.heading("Lines");
    if view.lines.is_empty() {
        ui.label(RichText::new("No calls on the lines.").weak());
    }
    for line in &view.lines {
        ui.horizontal(|ui| {
            let (badge, colour) = match line.state {
                CallState::Ringing => ("RINGING", palette(ui).bad),
                CallState::OnHold => ("ON HOLD", palette(ui).warning),
                _ => ("TALKING", palette(ui).good),
            };
            ui.label(RichText::new(badge).color(colour).strong());
            ui.label(&line.caller);
            ui.label(RichText::new(&line.waiting).weak());
            match line.state {
                CallState::Ringing if super::command_button(ui, &commands::ANSWER).clicked() => {
                    out.push(Action::Answer { call: line.call.clone() });
                }
                CallState::OnHold if super::button(ui, "Take off hold").clicked() => {
                    out.push(Action::TakeOffHold { call: line.call.clone() });
                }
                _ => {}
            }
        });
    }
    // Each call's and each message's controls under ids of their own: egui numbers widgets by
    // position, and when a call ends the keyboard focus on its "End call" must not pass to a button
    // of the next message ("Call … back") that takes its place.
    if let Some(call) = &view.active {
        ui.separator();
        ui.push_id(("call", call.call.as_str()), |ui| active_call_ui(ui, &view.patients, &view.clinicians, call, out));
    }
    if let Some(name) = &view.at_the_counter {
        ui.separator();
        ui.label(format!("You are talking with {name} at the counter: see the Front desk tab."));
    }
    if let Some(outgoing) = &view.outgoing {
        ui.separator();
        ui.heading(format!("Calling {} ({})", outgoing.patient.label, outgoing.purpose));
        let patient = PatientId::from(outgoing.patient.id.clone());
        if outgoing.continues_on_the_line {
            ui.label(format!("{} picked up: the call is on the line above.", outgoing.patient.label));
        } else if outgoing.answered {
            ui.label(format!("{} picked up.", outgoing.patient.label));
            if outgoing.books && super::button(ui, "Find them a slot in the book…").on_hover_text("F4").clicked() {
                let patient = outgoing.patient.id.clone();
                set_focus(ui.ctx(), |focus| {
                    focus.patient = Some(patient);
                    focus.answers = None;
                    focus.tab = Tab::Book;
                });
            }
        } else if outgoing.voicemail_left {
            ui.label("Voicemail left.");
        } else {
            ui.label("No answer: you reached their voicemail.");
            let id = egui::Id::new(("voicemail", &outgoing.patient.id));
            let mut vm: VoicemailForm = form(ui, id);
            ui.label("Leave a message saying:");
            for item in VOICEMAIL_ITEMS {
                let mut on = vm.says.contains(&item);
                if ui.checkbox(&mut on, voicemail_words(item)).changed() {
                    if on {
                        vm.says.push(item);
                    } else {
                        vm.says.retain(|i| *i != item);
                    }
                }
            }
            if super::button(ui, "Leave the voicemail").clicked() {
                out.push(Action::LeaveVoicemail { patient: patient.clone(), says: vm.says.clone() });
                vm = VoicemailForm::default();
            }
            keep_form(ui, id, vm);
        }
        for said in &outgoing.transcript {
            said_ui(ui, &outgoing.patient.label, said);
        }
        if !outgoing.continues_on_the_line
            && super::button(ui, "Hang up").on_hover_text(commands::END_CALL.tooltip()).clicked()
        {
            out.push(Action::HangUp);
        }
    }
    ui.separator();
    greeting_ui(ui, view, out);
    ui.separator();
    ui.heading("Mailbox");
    if view.mailbox.is_empty() {
        ui.label(RichText::new("No messages.").weak());
    }
    messages_ui(ui, "mailbox", &view.mailbox, &view.clinicians, out);
}

/// Messages to read and answer, as cards: the phone's voicemails, and the inbox's electronic
/// messages (format 2), answered the same way (passed on, called back).
pub fn messages_ui(ui: &mut egui::Ui, salt: &str, messages: &[MailboxRow], clinicians: &[Pick], out: &mut Vec<Action>) {
    let mut cards = Cards::new(ui, salt);
    for message in messages {
        cards.card(ui, |ui, grab| {
            ui.push_id(("message", message.call.as_str()), |ui| {
                ui.horizontal(|ui| {
                    card_title(ui, RichText::new(&message.caller).strong(), grab);
                    ui.label(RichText::new(&message.left).weak());
                    if message.returned {
                        ui.label(RichText::new("returned").color(palette(ui).good));
                    }
                });
                ui.label(&message.message);
                ui.horizontal_wrapped(|ui| {
                    let id = egui::Id::new(("pass-on", message.call.as_str()));
                    let (mut whom, mut urgent): (Option<String>, bool) = form(ui, id);
                    pick_combo(ui, &format!("pass-on-{}", message.call), "to pass it on to", clinicians, &mut whom);
                    ui.checkbox(&mut urgent, "urgent");
                    if let Some(for_whom) = &whom
                        && super::button(ui, "Pass the message on").clicked()
                    {
                        out.push(Action::TakeMessage {
                            call: message.call.clone(),
                            for_whom: StaffId::from(for_whom.clone()),
                            urgent,
                            note: message.message.clone(),
                        });
                    }
                    if let Some(passed) = &message.passed_on {
                        ui.label(RichText::new(format!("passed on to {passed}")).color(palette(ui).good));
                        // Passing it on is not answering it: the caller still hears nothing.
                        if !message.returned && message.call_back.is_some() {
                            ui.label(
                                RichText::new("not returned yet: the caller is still waiting for a call back")
                                    .color(palette(ui).warning),
                            );
                        }
                    }
                    keep_form(ui, id, (whom, urgent));
                });
                if let Some(back) = &message.call_back {
                    ui.horizontal(|ui| {
                        for (kind, number) in &message.numbers {
                            if ui
                                .button(format!(
                                    "Call {} {}: {number}",
                                    back.label,
                                    if message.returned { "again" } else { "back" }
                                ))
                                .clicked()
                            {
                                out.push(Action::PlaceCall {
                                    patient: PatientId::from(back.id.clone()),
                                    number: *kind,
                                    purpose: Purpose::ReturnVoicemail { voicemail: message.call.clone() },
                                });
                            }
                        }
                    });
                }
            })
            .inner
        });
    }
    cards.finish(ui);
}

/// The conversation on the line, or with someone at the counter (format 2 `Visitor`): the same
/// controls, in the words of where it happens.
pub(super) fn active_call_ui(
    ui: &mut egui::Ui,
    patients: &[Pick],
    clinicians: &[Pick],
    call: &CallView,
    out: &mut Vec<Action>,
) {
    let id = egui::Id::new(("call", call.call.as_str()));
    let mut f: CallForm = form(ui, id);
    if f.patient.is_none() {
        f.patient = call.about.as_ref().map(|p| p.id.clone());
    }
    if call.in_person {
        ui.heading(format!("At the counter: {}", call.caller));
    } else {
        ui.heading(format!("On the line: {}", call.caller));
    }
    ui.label(RichText::new(&call.claims).italics());
    if let Some(number) = &call.number {
        ui.label(format!("Calling from {number}"));
    }
    if !call.paperwork.is_empty() {
        ui.label(format!("Says they hold: {}", call.paperwork.join(", ")));
    }
    // Of one height from the first line, so the buttons under it stay where they were as the
    // conversation grows.
    egui::ScrollArea::vertical()
        .max_height(150.0)
        .auto_shrink([false, false])
        .id_salt("transcript")
        .stick_to_bottom(true)
        .show(ui, |ui| {
            for said in &call.transcript {
                said_ui(ui, &call.caller, said);
            }
        });
    if let Some(hint) = &call.results_hint {
        ui.label(RichText::new(hint).weak());
    }
    let call_id: EventId = call.call.clone();
    ui.horizontal_wrapped(|ui| {
        if super::command_button(ui, &commands::ASK_WHY).clicked() {
            out.push(Action::AskWhy { call: call_id.clone() });
        }
        if super::command_button(ui, &commands::ASK_IDENTIFIERS).clicked() {
            out.push(Action::AskIdentifiers { call: call_id.clone() });
        }
        let check =
            if call.in_person { "Phone their office on the number on file" } else { "Call back on the number on file" };
        if super::button(ui, check).clicked() {
            out.push(Action::CallBackOnFile { call: call_id.clone() });
        }
        if call.in_person {
            if super::button(ui, "Ask them to wait").on_hover_text(commands::HOLD.tooltip()).clicked() {
                out.push(Action::Hold { call: call_id.clone() });
            }
            if super::button(ui, "Done: they leave the counter").on_hover_text(commands::END_CALL.tooltip()).clicked() {
                out.push(Action::EndCall { call: call_id.clone() });
            }
        } else {
            if super::command_button(ui, &commands::HOLD).clicked() {
                out.push(Action::Hold { call: call_id.clone() });
            }
            if super::command_button(ui, &commands::END_CALL).clicked() {
                out.push(Action::EndCall { call: call_id.clone() });
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        pick_combo(ui, "call-patient", "is the patient", patients, &mut f.patient);
        if let Some(patient) = &f.patient {
            let patient = PatientId::from(patient.clone());
            if super::button(ui, "Open chart").clicked() {
                out.push(Action::OpenChart { patient: patient.clone() });
                set_focus(ui.ctx(), |focus| {
                    focus.chart = Some(patient.to_string());
                    focus.tab = Tab::Chart;
                });
            }
            let book = if call.in_person { "Book for them…" } else { "Book for this call…" };
            if super::button(ui, book).clicked() {
                set_focus(ui.ctx(), |focus| {
                    focus.patient = Some(patient.to_string());
                    focus.kind = None;
                    let answering = if call.in_person {
                        format!("{} at the counter", call.caller)
                    } else {
                        format!("the call from {}", call.caller)
                    };
                    focus.answers = Some(Pick::new(call_id.as_str(), answering));
                    focus.tab = Tab::Book;
                });
            }
        }
    });
    if let Some(patient) = f.patient.clone().map(PatientId::from) {
        ui.horizontal_wrapped(|ui| {
            // What to tell the caller, as a picker like the others: arrows, type-to-find, Enter.
            let infos: Vec<Pick> = INFO_KINDS.iter().map(|i| Pick::new(info_word(*i), info_word(*i))).collect();
            let mut chosen = f.info.map(|i| info_word(i).to_owned());
            pick_combo(ui, "call-info", "tell them", &infos, &mut chosen);
            f.info = chosen.and_then(|word| INFO_KINDS.into_iter().find(|i| info_word(*i) == word));
            let tell = if call.in_person { "Tell them" } else { "Tell the caller" };
            if let Some(info) = f.info
                && super::button(ui, tell).clicked()
            {
                out.push(Action::Disclose { call: call_id.clone(), patient: patient.clone(), info });
            }
            if ui
                .button("Read their details out to confirm")
                .on_hover_text("Reads the chart's identifiers aloud")
                .clicked()
            {
                out.push(Action::ReadOutIdentifier { call: call_id.clone(), patient: patient.clone() });
            }
            let sends =
                [("Send, leaving out what the patient locked".to_owned(), true), ("Send everything".to_owned(), false)];
            if let Some(withhold_locked) = menu_choice(ui, "Send the record…", sends) {
                out.push(Action::SendRecord { call: call_id.clone(), patient: patient.clone(), withhold_locked });
            }
        });
        // The call documented where it happens: the caller's words, the advice, who was told.
        ui.horizontal(|ui| {
            let field = super::text_line(
                ui,
                &mut f.chart_note,
                "note on the chart: their words, the advice, who was told",
                380.0,
            );
            // Enter in the box adds the note too; the button is always there, greyed until there
            // is something to add, so the learner sees where a note goes.
            let entered = (field.lost_focus() || field.has_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let written = !f.chart_note.trim().is_empty();
            let add = ui
                .add_enabled(written, egui::Button::new("Add to the chart"))
                .on_hover_text("Writes the note in the patient's chart (Enter in the box does the same)")
                .on_disabled_hover_text("Type the note first: the caller's words, the advice given, who was told");
            super::follow_focus(&add);
            if written && (add.clicked() || entered) {
                out.push(Action::Note { patient: patient.clone(), text: f.chart_note.trim().to_owned() });
                f.chart_note.clear();
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        pick_combo(ui, "call-for", "Message for", clinicians, &mut f.for_whom);
        ui.checkbox(&mut f.urgent, "urgent");
        super::text_line(ui, &mut f.note, "message", 160.0);
        if let Some(whom) = f.for_whom.clone() {
            if super::button(ui, "Decline and take a message").clicked() {
                out.push(Action::TakeMessage {
                    call: call_id.clone(),
                    for_whom: StaffId::from(whom.clone()),
                    urgent: f.urgent,
                    note: f.note.clone(),
                });
            }
            let now = if call.in_person { "Bring them to the counter now" } else { "Transfer now" };
            if super::button(ui, now).clicked() {
                out.push(Action::Transfer { call: call_id.clone(), to: StaffId::from(whom) });
            }
        }
    });
    // Who will call back and by when (T9): the clinician picked for the message, or the desk.
    ui.horizontal_wrapped(|ui| {
        let clinician = f.for_whom.as_ref().and_then(|id| clinicians.iter().find(|c| &c.id == id));
        let mut promises = Vec::new();
        for by in &call.call_back_by {
            if let Some(who) = clinician {
                let words = format!("{} will call you back by {by}", who.label);
                promises.push((words, (CallBackBy::Staff(StaffId::from(who.id.clone())), *by)));
            }
            promises.push((format!("We will call you back by {by}"), (CallBackBy::Desk, *by)));
        }
        if let Some((who, by)) = menu_choice(ui, "Promise a call back…", promises) {
            out.push(Action::PromiseCallBack { call: call_id.clone(), who, by });
        }
        ui.label(RichText::new("who calls, and by when: pick the clinician under Message for").weak());
    });
    ui.horizontal_wrapped(|ui| {
        let advice = ADVICE.map(|advice| (advice_words(advice).to_owned(), advice));
        if let Some(advice) = menu_choice(ui, "Advise…", advice) {
            out.push(Action::Advise { call: call_id.clone(), advice });
        }
        let more = [
            ("Reassure: it's probably nothing".to_owned(), Action::Reassure { call: call_id.clone() }),
            ("Give the Limited Use code".to_owned(), Action::GiveLimitedUseCode { call: call_id.clone() }),
            ("Report to the Children's Aid Society".to_owned(), Action::ReportToChildrensAid { call: call_id.clone() }),
        ];
        if let Some(action) = menu_choice(ui, "More…", more) {
            out.push(action);
        }
    });
    keep_form(ui, id, f);
}

fn greeting_ui(ui: &mut egui::Ui, view: &PhoneView, out: &mut Vec<Action>) {
    let id = egui::Id::new("greeting-form");
    let mut says: Vec<GreetingItem> = form(ui, id);
    egui::CollapsingHeader::new("Outgoing greeting").id_salt("greeting").show(ui, |ui| {
        match &view.greeting {
            Greeting::AsTheDayOpened(text) => {
                ui.label(RichText::new(format!("\"{text}\"")).italics());
            }
            Greeting::Recorded { at, mentions } => {
                let words: Vec<&str> = mentions.iter().map(|m| m.label()).collect();
                ui.label(format!("Recorded at {at}: mentions {}", words.join(", ")));
            }
        }
        ui.label("Record a new greeting that mentions:");
        ui.horizontal_wrapped(|ui| {
            for item in GREETING_ITEMS {
                let mut on = says.contains(&item);
                if ui.checkbox(&mut on, item.label()).changed() {
                    if on {
                        says.push(item);
                    } else {
                        says.retain(|i| *i != item);
                    }
                }
            }
        });
        if super::button(ui, "Record the greeting").clicked() {
            out.push(Action::SetGreeting { mentions: says.clone() });
        }
    });
    keep_form(ui, id, says);
}

/// One line of a conversation: the other person's words, the desk's (in the desk's colour), or
/// what could not be done and why.
fn said_ui(ui: &mut egui::Ui, who: &str, said: &Said) {
    match said {
        Said::Caller(text) => ui.label(RichText::new(format!("{who}: {text}"))),
        Said::Desk(text) => ui.label(RichText::new(format!("You: {text}")).color(palette(ui).info)),
        Said::Message(text) => ui.label(RichText::new(format!("Their message: {text}")).italics().weak()),
        Said::Refused(text) => ui.label(RichText::new(format!("(can't: {text})")).color(palette(ui).warning)),
    };
}

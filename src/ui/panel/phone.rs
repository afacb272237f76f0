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
use crate::ui::say::{say, say_with};
use crate::ui::view::describe::{ADVICE, VOICEMAIL_ITEMS, advice_words, jurisdiction, voicemail_words};
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
    let lang = crate::ui::say::lang(ui.ctx());
    ui.heading(say(ui, "phone-lines"));
    if view.lines.is_empty() {
        ui.label(RichText::new(say(ui, "phone-no-calls")).weak());
    }
    for line in &view.lines {
        ui.horizontal(|ui| {
            let (badge, colour) = match line.state {
                CallState::Ringing => (say(ui, "phone-badge-ringing"), palette(ui).bad),
                CallState::OnHold => (say(ui, "phone-badge-on-hold"), palette(ui).warning),
                _ => (say(ui, "phone-badge-talking"), palette(ui).good),
            };
            ui.label(RichText::new(badge).color(colour).strong());
            ui.label(&line.caller);
            ui.label(RichText::new(&line.waiting).weak());
            let take_off_hold = say(ui, "phone-take-off-hold");
            match line.state {
                CallState::Ringing if super::command_button(ui, &commands::ANSWER).clicked() => {
                    out.push(Action::Answer { call: line.call.clone() });
                }
                CallState::OnHold if super::button(ui, &take_off_hold).clicked() => {
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
        ui.label(say_with(ui, "phone-talking-at-the-counter", &[("name", name.as_str().into())]));
    }
    if let Some(outgoing) = &view.outgoing {
        ui.separator();
        let called = [("patient", outgoing.patient.label.as_str().into())];
        let purpose =
            [("patient", outgoing.patient.label.as_str().into()), ("purpose", outgoing.purpose.as_str().into())];
        ui.heading(say_with(ui, "phone-calling", &purpose));
        let patient = PatientId::from(outgoing.patient.id.clone());
        if outgoing.continues_on_the_line {
            ui.label(say_with(ui, "phone-picked-up-on-the-line", &called));
        } else if outgoing.answered {
            ui.label(say_with(ui, "phone-picked-up", &called));
            let find = say(ui, "phone-find-a-slot");
            if outgoing.books && super::button(ui, find).on_hover_text("F4").clicked() {
                let patient = outgoing.patient.id.clone();
                set_focus(ui.ctx(), |focus| {
                    focus.patient = Some(patient);
                    focus.answers = None;
                    focus.tab = Tab::Book;
                });
            }
        } else if outgoing.voicemail_left {
            ui.label(say(ui, "phone-voicemail-left"));
        } else {
            ui.label(say(ui, "phone-no-answer"));
            let id = egui::Id::new(("voicemail", &outgoing.patient.id));
            let mut vm: VoicemailForm = form(ui, id);
            ui.label(say(ui, "phone-leave-a-message-saying"));
            for item in VOICEMAIL_ITEMS {
                let mut on = vm.says.contains(&item);
                if ui.checkbox(&mut on, voicemail_words(item, lang)).changed() {
                    if on {
                        vm.says.push(item);
                    } else {
                        vm.says.retain(|i| *i != item);
                    }
                }
            }
            let leave = say(ui, "phone-leave-the-voicemail");
            if super::button(ui, leave).clicked() {
                out.push(Action::LeaveVoicemail { patient: patient.clone(), says: vm.says.clone() });
                vm = VoicemailForm::default();
            }
            keep_form(ui, id, vm);
        }
        for said in &outgoing.transcript {
            said_ui(ui, &outgoing.patient.label, said);
        }
        let (hang_up, tooltip) = (say(ui, "phone-hang-up"), commands::END_CALL.tooltip_in(lang));
        if !outgoing.continues_on_the_line && super::button(ui, hang_up).on_hover_text(tooltip).clicked() {
            out.push(Action::HangUp);
        }
    }
    ui.separator();
    greeting_ui(ui, view, out);
    ui.separator();
    ui.heading(say(ui, "phone-mailbox"));
    if view.mailbox.is_empty() {
        ui.label(RichText::new(say(ui, "phone-no-messages")).weak());
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
                        ui.label(RichText::new(say(ui, "phone-returned")).color(palette(ui).good));
                    }
                });
                ui.label(&message.message);
                ui.horizontal_wrapped(|ui| {
                    let id = egui::Id::new(("pass-on", message.call.as_str()));
                    let (mut whom, mut urgent): (Option<String>, bool) = form(ui, id);
                    let to_whom = say(ui, "phone-to-pass-it-on-to");
                    pick_combo(ui, &format!("pass-on-{}", message.call), &to_whom, clinicians, &mut whom);
                    ui.checkbox(&mut urgent, say(ui, "phone-urgent"));
                    let pass_on = say(ui, "phone-pass-the-message-on");
                    if let Some(for_whom) = &whom
                        && super::button(ui, pass_on).clicked()
                    {
                        out.push(Action::TakeMessage {
                            call: message.call.clone(),
                            for_whom: StaffId::from(for_whom.clone()),
                            urgent,
                            note: message.message.clone(),
                        });
                    }
                    if let Some(passed) = &message.passed_on {
                        let passed = say_with(ui, "phone-passed-on-to", &[("whom", passed.as_str().into())]);
                        ui.label(RichText::new(passed).color(palette(ui).good));
                        // Passing it on is not answering it: the caller still hears nothing.
                        if !message.returned && message.call_back.is_some() {
                            let waiting = say(ui, "phone-not-returned-yet");
                            ui.label(RichText::new(waiting).color(palette(ui).warning));
                        }
                    }
                    keep_form(ui, id, (whom, urgent));
                });
                if let Some(back) = &message.call_back {
                    ui.horizontal(|ui| {
                        for (kind, number) in &message.numbers {
                            let args = [("patient", back.label.as_str().into()), ("number", number.as_str().into())];
                            let call = if message.returned {
                                say_with(ui, "phone-call-again", &args)
                            } else {
                                say_with(ui, "phone-call-back", &args)
                            };
                            if ui.button(call).clicked() {
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
    let lang = crate::ui::say::lang(ui.ctx());
    let caller = [("caller", call.caller.as_str().into())];
    if call.in_person {
        ui.heading(say_with(ui, "phone-at-the-counter-heading", &caller));
    } else {
        ui.heading(say_with(ui, "phone-on-the-line-heading", &caller));
    }
    ui.label(RichText::new(&call.claims).italics());
    if let Some(number) = &call.number {
        ui.label(say_with(ui, "phone-calling-from", &[("number", number.as_str().into())]));
    }
    if !call.paperwork.is_empty() {
        ui.label(say_with(ui, "phone-says-they-hold", &[("papers", call.paperwork.join(", ").into())]));
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
            if call.in_person { say(ui, "phone-check-their-office") } else { say(ui, "phone-check-call-back-on-file") };
        if super::button(ui, check).clicked() {
            out.push(Action::CallBackOnFile { call: call_id.clone() });
        }
        if call.in_person {
            let wait = say(ui, "phone-ask-them-to-wait");
            if super::button(ui, wait).on_hover_text(commands::HOLD.tooltip_in(lang)).clicked() {
                out.push(Action::Hold { call: call_id.clone() });
            }
            let done = say(ui, "phone-done-they-leave");
            if super::button(ui, done).on_hover_text(commands::END_CALL.tooltip_in(lang)).clicked() {
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
        let is_the_patient = say(ui, "phone-is-the-patient");
        pick_combo(ui, "call-patient", &is_the_patient, patients, &mut f.patient);
        if let Some(patient) = &f.patient {
            let patient = PatientId::from(patient.clone());
            let open = say(ui, "phone-open-chart");
            if super::button(ui, open).clicked() {
                out.push(Action::OpenChart { patient: patient.clone() });
                set_focus(ui.ctx(), |focus| {
                    focus.chart = Some(patient.to_string());
                    focus.tab = Tab::Chart;
                });
            }
            let (book, answering) = if call.in_person {
                (say(ui, "phone-book-for-them"), say_with(ui, "phone-answering-at-the-counter", &caller))
            } else {
                (say(ui, "phone-book-for-this-call"), say_with(ui, "phone-answering-the-call", &caller))
            };
            if super::button(ui, book).clicked() {
                set_focus(ui.ctx(), |focus| {
                    focus.patient = Some(patient.to_string());
                    focus.kind = None;
                    focus.answers = Some(Pick::new(call_id.as_str(), answering));
                    focus.tab = Tab::Book;
                });
            }
        }
    });
    if let Some(patient) = f.patient.clone().map(PatientId::from) {
        ui.horizontal_wrapped(|ui| {
            // What to tell the caller, as a picker like the others: arrows, type-to-find, Enter.
            let infos: Vec<Pick> =
                INFO_KINDS.iter().map(|i| Pick::new(info_word(*i, lang), info_word(*i, lang))).collect();
            let mut chosen = f.info.map(|i| info_word(i, lang));
            let tell_them = say(ui, "phone-tell-them-what");
            pick_combo(ui, "call-info", &tell_them, &infos, &mut chosen);
            f.info = chosen.and_then(|word| INFO_KINDS.into_iter().find(|i| info_word(*i, lang) == word));
            let tell = if call.in_person { say(ui, "phone-tell-them") } else { say(ui, "phone-tell-the-caller") };
            if let Some(info) = f.info
                && super::button(ui, tell).clicked()
            {
                out.push(Action::Disclose { call: call_id.clone(), patient: patient.clone(), info });
            }
            if ui.button(say(ui, "phone-read-out")).on_hover_text(say(ui, "phone-read-out-hint")).clicked() {
                out.push(Action::ReadOutIdentifier { call: call_id.clone(), patient: patient.clone() });
            }
            let locked = [("jurisdiction", jurisdiction(call.quebec))];
            let sends =
                [(say_with(ui, "phone-send-without-locked", &locked), true), (say(ui, "phone-send-everything"), false)];
            let send = say(ui, "phone-send-the-record");
            if let Some(withhold_locked) = menu_choice(ui, &send, sends) {
                out.push(Action::SendRecord { call: call_id.clone(), patient: patient.clone(), withhold_locked });
            }
        });
        // The call documented where it happens: the caller's words, the advice, who was told.
        ui.horizontal(|ui| {
            let hint = say(ui, "phone-chart-note-hint");
            let field = super::text_line(ui, &mut f.chart_note, &hint, 380.0);
            // Enter in the box adds the note too; the button is always there, greyed until there
            // is something to add, so the learner sees where a note goes.
            let entered = (field.lost_focus() || field.has_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let written = !f.chart_note.trim().is_empty();
            let add = ui
                .add_enabled(written, egui::Button::new(say(ui, "phone-add-to-the-chart")))
                .on_hover_text(say(ui, "phone-add-to-the-chart-hint"))
                .on_disabled_hover_text(say(ui, "phone-add-to-the-chart-first"));
            super::follow_focus(&add);
            if written && (add.clicked() || entered) {
                out.push(Action::Note { patient: patient.clone(), text: f.chart_note.trim().to_owned() });
                f.chart_note.clear();
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        let message_for = say(ui, "phone-message-for");
        pick_combo(ui, "call-for", &message_for, clinicians, &mut f.for_whom);
        ui.checkbox(&mut f.urgent, say(ui, "phone-urgent"));
        let message = say(ui, "phone-message-hint");
        super::text_line(ui, &mut f.note, &message, 160.0);
        if let Some(whom) = f.for_whom.clone() {
            let take = say(ui, "phone-take-a-message");
            if super::button(ui, take).clicked() {
                out.push(Action::TakeMessage {
                    call: call_id.clone(),
                    for_whom: StaffId::from(whom.clone()),
                    urgent: f.urgent,
                    note: f.note.clone(),
                });
            }
            let now = if call.in_person { say(ui, "phone-bring-them-now") } else { say(ui, "phone-transfer-now") };
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
            let time = by.to_string();
            if let Some(who) = clinician {
                let args = [("staff", who.label.as_str().into()), ("by", time.as_str().into())];
                let words = say_with(ui, "phone-promise-staff", &args);
                promises.push((words, (CallBackBy::Staff(StaffId::from(who.id.clone())), *by)));
            }
            let words = say_with(ui, "phone-promise-desk", &[("by", time.as_str().into())]);
            promises.push((words, (CallBackBy::Desk, *by)));
        }
        let promise = say(ui, "phone-promise-a-call-back");
        if let Some((who, by)) = menu_choice(ui, &promise, promises) {
            out.push(Action::PromiseCallBack { call: call_id.clone(), who, by });
        }
        ui.label(RichText::new(say(ui, "phone-promise-hint")).weak());
    });
    ui.horizontal_wrapped(|ui| {
        let advice = ADVICE.map(|advice| (advice_words(advice, lang, call.quebec), advice));
        let advise = say(ui, "phone-advise");
        if let Some(advice) = menu_choice(ui, &advise, advice) {
            out.push(Action::Advise { call: call_id.clone(), advice });
        }
        let report = say_with(ui, "phone-report-child-welfare", &[("jurisdiction", jurisdiction(call.quebec))]);
        let more = [
            (say(ui, "phone-reassure"), Action::Reassure { call: call_id.clone() }),
            (say(ui, "phone-give-limited-use-code"), Action::GiveLimitedUseCode { call: call_id.clone() }),
            (report, Action::ReportToChildrensAid { call: call_id.clone() }),
        ];
        let more_label = say(ui, "phone-more");
        if let Some(action) = menu_choice(ui, &more_label, more) {
            out.push(action);
        }
    });
    keep_form(ui, id, f);
}

fn greeting_ui(ui: &mut egui::Ui, view: &PhoneView, out: &mut Vec<Action>) {
    let id = egui::Id::new("greeting-form");
    let mut says: Vec<GreetingItem> = form(ui, id);
    let header = say(ui, "phone-outgoing-greeting");
    egui::CollapsingHeader::new(header).id_salt("greeting").show(ui, |ui| {
        match &view.greeting {
            Greeting::AsTheDayOpened(text) => {
                let quoted = say_with(ui, "phone-greeting-quoted", &[("text", text.as_str().into())]);
                ui.label(RichText::new(quoted).italics());
            }
            Greeting::Recorded { at, mentions } => {
                let words: Vec<String> = mentions.iter().map(|m| greeting_words(ui, *m, view.quebec)).collect();
                let args = [("at", at.as_str().into()), ("items", words.join(", ").into())];
                ui.label(say_with(ui, "phone-greeting-recorded", &args));
            }
        }
        ui.label(say(ui, "phone-record-a-new-greeting"));
        ui.horizontal_wrapped(|ui| {
            for item in GREETING_ITEMS {
                let mut on = says.contains(&item);
                let words = greeting_words(ui, item, view.quebec);
                if ui.checkbox(&mut on, words).changed() {
                    if on {
                        says.push(item);
                    } else {
                        says.retain(|i| *i != item);
                    }
                }
            }
        });
        let record = say(ui, "phone-record-the-greeting");
        if super::button(ui, record).clicked() {
            out.push(Action::SetGreeting { mentions: says.clone() });
        }
    });
    keep_form(ui, id, says);
}

/// What a greeting can mention, as the checkbox and the recorded greeting name it (Quebec's nurse
/// line is Info-Santé 811 in French).
fn greeting_words(ui: &egui::Ui, item: GreetingItem, quebec: bool) -> String {
    match item {
        GreetingItem::Hours => say(ui, "greeting-hours"),
        GreetingItem::TodaysAvailability => say(ui, "greeting-todays-availability"),
        GreetingItem::Closures => say(ui, "greeting-closures"),
        GreetingItem::Coverage => say(ui, "greeting-coverage"),
        GreetingItem::Emergency911 => say(ui, "greeting-emergency-911"),
        GreetingItem::Health811 => say_with(ui, "phone-greeting-811", &[("jurisdiction", jurisdiction(quebec))]),
        GreetingItem::Crisis988 => say(ui, "greeting-crisis-988"),
    }
}

/// One line of a conversation: the other person's words, the desk's (in the desk's colour), or
/// what could not be done and why.
fn said_ui(ui: &mut egui::Ui, who: &str, said: &Said) {
    match said {
        Said::Caller(text) => {
            let line = say_with(ui, "phone-said-caller", &[("who", who.into()), ("text", text.as_str().into())]);
            ui.label(RichText::new(line))
        }
        Said::Desk(text) => {
            let line = say_with(ui, "phone-said-desk", &[("text", text.as_str().into())]);
            ui.label(RichText::new(line).color(palette(ui).info))
        }
        Said::Message(text) => {
            let line = say_with(ui, "phone-said-message", &[("text", text.as_str().into())]);
            ui.label(RichText::new(line).italics().weak())
        }
        Said::Refused(text) => {
            let line = say_with(ui, "phone-said-refused", &[("text", text.as_str().into())]);
            ui.label(RichText::new(line).color(palette(ui).warning))
        }
    };
}

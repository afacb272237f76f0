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
use crate::ui::say::{say, say_with};
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
        let what = say(ui, "desk-ui-delay-hint");
        ui.label(say(ui, "desk-ui-running-late-by")).on_hover_text(&what);
        let suffix = format!(" {}", say(ui, "desk-ui-min"));
        if ui.add(egui::DragValue::new(&mut minutes).range(5..=240).suffix(suffix)).on_hover_text(&what).changed() {
            f.delay = Some(minutes);
        }
        let announce = say(ui, "desk-ui-announce-delay");
        if stable_button(ui, &announce).on_hover_text(say(ui, "desk-ui-announce-delay-hint")).clicked() {
            out.push(Action::AnnounceDelay { minutes });
        }
    });
    ui.separator();
    counter_ui(ui, view, out);
    if view.visitors.is_empty() && view.counter.is_empty() {
        ui.label(RichText::new(say(ui, "desk-ui-nobody")).weak());
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
    ui.heading(say(ui, "desk-ui-at-the-counter"));
    for line in &view.counter {
        ui.horizontal_wrapped(|ui| {
            let (badge, colour) = match line.state {
                CallState::Ringing => (say(ui, "desk-ui-badge-waiting"), palette(ui).bad),
                CallState::OnHold => (say(ui, "desk-ui-badge-asked-to-wait"), palette(ui).warning),
                _ => (say(ui, "desk-ui-badge-talking"), palette(ui).good),
            };
            ui.label(RichText::new(badge).color(colour).strong());
            ui.label(&line.caller);
            ui.label(RichText::new(&line.waiting).weak());
            let attend = match line.state {
                CallState::Ringing => Some(Action::Answer { call: line.call.clone() }),
                CallState::OnHold => Some(Action::TakeOffHold { call: line.call.clone() }),
                _ => None,
            };
            let (label, hint) = (say(ui, "desk-ui-attend"), say(ui, "desk-ui-attend-hint"));
            if let Some(action) = attend
                && super::button(ui, label).on_hover_text(hint).clicked()
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
                VisitorState::AtDesk => (say(ui, "desk-ui-state-at-desk"), palette(ui).info),
                VisitorState::Waiting => (say(ui, "desk-ui-state-waiting"), ui.visuals().weak_text_color()),
                VisitorState::InRoom => (say(ui, "desk-ui-state-in-room"), palette(ui).good),
                VisitorState::CheckingOut => (say(ui, "desk-ui-state-checking-out"), ui.visuals().weak_text_color()),
                _ => (String::new(), ui.visuals().weak_text_color()),
            };
            ui.label(RichText::new(state).color(colour));
            if let Some(at) = &v.booked_at {
                ui.label(say_with(ui, "desk-ui-booked-at", &[("at", at.as_str().into())]));
            }
            if v.walk_in.is_some() {
                ui.label(RichText::new(say(ui, "desk-ui-walk-in")).italics());
            }
            let here = say_with(ui, "desk-ui-here-for", &[("minutes", v.waited_minutes.into())]);
            ui.label(RichText::new(here).weak());
            let restless = match v.restlessness {
                0 => None,
                1 => Some(say(ui, "desk-ui-getting-impatient")),
                2 => Some(say(ui, "desk-ui-restless")),
                _ => Some(say(ui, "desk-ui-about-to-leave")),
            };
            if let Some(restless) = restless {
                ui.label(RichText::new(restless).color(palette(ui).warning));
            }
        });
        if v.distress {
            // What they look like is in their own words below: the scene tells, the desk judges.
            ui.label(RichText::new(say(ui, "desk-ui-visibly-unwell")).color(palette(ui).bad).strong());
        }
        for line in &v.says {
            ui.label(say_with(ui, "desk-ui-quoted", &[("text", line.as_str().into())]));
        }
        for mention in &v.mentions {
            ui.label(mention);
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&v.card).weak());
            match &v.card_result {
                Some((true, said)) => {
                    let check = say_with(ui, "desk-ui-card-check", &[("said", said.as_str().into())]);
                    ui.label(RichText::new(check).color(palette(ui).good));
                }
                Some((false, said)) => {
                    let check = say_with(ui, "desk-ui-card-check-failed", &[("said", said.as_str().into())]);
                    ui.label(RichText::new(check).color(palette(ui).bad).strong());
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
            if v.walk_in.is_some() {
                let (ask, asked) = (say(ui, "desk-ui-ask-why"), say(ui, "desk-ui-asked-why"));
                if once_button(ui, &ask, &asked, v.asked_why) {
                    out.push(Action::AskWhyHere { patient: patient.clone() });
                }
            }
            match &v.appointment {
                None => {
                    let book = say(ui, "desk-ui-book-a-visit");
                    if stable_button(ui, &book).clicked() {
                        let walk_in =
                            say_with(ui, "desk-ui-walk-in-of", &[("patient", v.patient.label.as_str().into())]);
                        set_focus(ui.ctx(), |focus| {
                            focus.patient = Some(patient.to_string());
                            focus.kind = None;
                            focus.answers = v.walk_in.as_ref().map(|w| Pick::new(w.as_str(), walk_in));
                            focus.tab = Tab::Book;
                        });
                    }
                }
                Some(appointment) => {
                    let checked_in = say(ui, "desk-ui-checked-in");
                    if once_command(ui, &commands::CHECK_IN, &checked_in, v.checked_in) {
                        out.push(Action::CheckIn { appointment: appointment.clone() });
                    }
                }
            }
            // The step is done either way; a card that failed says so beside the tick.
            let card_checked =
                say(ui, if v.card_failed { "desk-ui-card-checked-failed" } else { "desk-ui-card-checked" });
            if once_command(ui, &commands::VERIFY_CARD, &card_checked, v.card_checked) {
                out.push(Action::VerifyHealthCard { patient: patient.clone() });
            }
            if v.card_failed {
                let office = if v.card_office_quebec { "qc" } else { "on" };
                let refer = say_with(ui, "desk-ui-refer-card-office", &[("office", office.into())]);
                let referred = say(ui, "desk-ui-referred");
                if once_button(ui, &refer, &referred, v.card_referred) {
                    out.push(Action::ReferToServiceOntario { patient: patient.clone() });
                }
            }
            let open_chart = say(ui, "desk-ui-open-chart");
            if stable_button(ui, &open_chart).clicked() {
                out.push(Action::OpenChart { patient: patient.clone() });
                set_focus(ui.ctx(), |focus| {
                    focus.chart = Some(patient.to_string());
                    focus.tab = Tab::Chart;
                });
            }
            if !v.on_file || v.registered_today {
                let (register, registered) = (say(ui, "desk-ui-register"), say(ui, "desk-ui-registered"));
                if once_button(ui, &register, &registered, v.registered_today) {
                    out.push(Action::RegisterPatient { patient: patient.clone() });
                }
            }
            let update = say(ui, "desk-ui-update-chart");
            if v.chart_updated {
                let updated = say(ui, "desk-ui-chart-updated");
                once_button(ui, &update, &updated, true);
            }
            for (k, change) in v.changes.iter().enumerate() {
                if ui.push_id(k, |ui| stable_button(ui, &update)).inner.clicked() {
                    out.push(Action::UpdateDemographics { patient: patient.clone(), change: change.clone() });
                }
            }
            let asked_done = say(ui, "desk-ui-asked");
            for (from, what, asked, shown) in &v.missing {
                let args = [("from", from.label.as_str().into()), ("what", shown.as_str().into())];
                let label = say_with(ui, "desk-ui-ask-for-records", &args);
                if once_button(ui, &label, &asked_done, *asked) {
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
            let get = say(ui, "desk-ui-get-clinician");
            if let Some(who) = super::menu_choice(ui, &get, who) {
                out.push(Action::FetchClinician { patient: patient.clone(), who });
            }
            let call_911 = egui::Button::new(RichText::new(say(ui, "desk-ui-call-911")).color(Color32::WHITE))
                .fill(Color32::from_rgb(180, 40, 40));
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
            Some(shown) => say_with(ui, "desk-ui-wait-hint-shown", &[("minutes", shown.into())]),
            None => say(ui, "desk-ui-wait-hint-none"),
        };
        ui.label(say(ui, "desk-ui-wait-to-tell")).on_hover_text(&what);
        let suffix = format!(" {}", say(ui, "desk-ui-min"));
        if ui.add(egui::DragValue::new(&mut minutes).range(0..=480).suffix(suffix)).on_hover_text(&what).changed() {
            chosen = Some(minutes);
        }
        let tell = say(ui, "desk-ui-tell-wait");
        if stable_button(ui, &tell).on_hover_text(&what).clicked() {
            out.push(Action::TellWait { patient: patient.clone(), minutes });
        }
        if let Some(told) = v.told_wait {
            ui.label(RichText::new(say_with(ui, "desk-ui-told-wait", &[("minutes", told.into())])).weak());
        }
    });
    keep_form(ui, id, chosen);
}

/// Checkout: the physician's order slip, and the way to the book (or to the chart, for an outside
/// lab) to book what it asks for before the patient leaves.
fn checkout_ui(ui: &mut egui::Ui, v: &VisitorRow, patient: &PatientId, out: &mut Vec<Action>) {
    if v.orders.is_empty() {
        ui.label(RichText::new(say(ui, "desk-ui-orders-booked")).color(palette(ui).good));
        return;
    }
    ui.label(RichText::new(say(ui, "desk-ui-orders-to-book")).strong());
    for order in &v.orders {
        ui.label(format!("• {order}"));
    }
    ui.horizontal_wrapped(|ui| {
        let book = say(ui, "desk-ui-book-in-book");
        if stable_button(ui, &book).clicked() {
            set_focus(ui.ctx(), |focus| {
                focus.patient = Some(patient.to_string());
                focus.kind = v.order_kind.clone();
                focus.answers = None;
                focus.tab = Tab::Book;
            });
        }
        let outside = say(ui, "desk-ui-book-outside-test");
        if stable_button(ui, &outside).clicked() {
            out.push(Action::OpenChart { patient: patient.clone() });
            set_focus(ui.ctx(), |focus| {
                focus.chart = Some(patient.to_string());
                focus.tab = Tab::Chart;
            });
        }
    });
}

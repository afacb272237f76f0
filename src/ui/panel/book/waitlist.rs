//! The waitlist beside the book: who waits, how urgently, for how long, why and when they can come,
//! all in view (the keyboard never hovers, and an offer at a time they cannot come is refused); and
//! the call that offers one of them a slot.

use bevy_egui::egui::{self, RichText};

use crate::ui::style::palette;

use crate::scenario::{PatientId, Priority};
use crate::sim::action::Action;
use crate::ui::say::{say, say_with};
use crate::ui::view::book::BookView;

pub(super) fn waitlist_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    out: &mut Vec<Action>,
    shared: &mut crate::ui::panel::Focus,
    height: f32,
    heading: bool,
) {
    if heading {
        let waiting = view.waitlist.iter().filter(|row| !row.booked).count();
        ui.label(RichText::new(say_with(ui, "waitlist-ui-waiting", &[("waiting", waiting.into())])).strong());
    }
    egui::ScrollArea::vertical().id_salt("waitlist").max_height(height).auto_shrink([false, true]).show(ui, |ui| {
        for row in &view.waitlist {
            ui.horizontal(|ui| {
                let (label, c) = match row.priority {
                    Priority::Urgent => (say(ui, "waitlist-ui-urgent"), palette(ui).bad),
                    Priority::Soon => (say(ui, "waitlist-ui-soon"), palette(ui).warning),
                    Priority::Routine => (say(ui, "waitlist-ui-routine"), ui.visuals().weak_text_color()),
                };
                ui.label(RichText::new(label).color(c).strong());
                ui.label(&row.patient.label);
                ui.label(RichText::new(say_with(ui, "waitlist-ui-days", &[("days", row.waited_days.into())])).weak());
                if row.booked {
                    ui.label(RichText::new(say(ui, "waitlist-ui-booked")).color(palette(ui).good));
                } else if let Some(number) = row.phone {
                    if crate::ui::panel::small_button(ui, say(ui, "waitlist-ui-offer")).clicked() {
                        shared.patient = Some(row.patient.id.clone());
                        shared.answers = None;
                        shared.kind = Some(row.kind.to_string());
                        out.push(Action::PlaceCall {
                            patient: PatientId::from(row.patient.id.clone()),
                            number,
                            purpose: crate::sim::action::Purpose::WaitlistOffer,
                        });
                    }
                } else {
                    ui.label(RichText::new(say(ui, "waitlist-ui-no-phone")).weak());
                }
            });
            // Why they wait and when they can come, in view: the keyboard never hovers, and an
            // offer at a time they cannot come is one they turn down.
            let mut about = vec![row.reason.clone()];
            if !row.available.is_empty() {
                about.push(say_with(ui, "book-ui-fact-can-come", &[("available", row.available.as_str().into())]));
            }
            about.retain(|text| !text.is_empty());
            if !about.is_empty() {
                ui.label(RichText::new(about.join(" \u{00b7} ")).weak());
            }
        }
    });
}

//! The appointment book: a day view with a column per physician (or one physician's week), rows of
//! five minutes coloured by visit type, status badges; click a free row to book, click a visit to
//! check in, cancel or move it (then click its new row). Refusals come back from the simulation
//! with their reason. The waitlist sits beside it.

use bevy_egui::egui::{self, Color32, RichText, Sense, Vec2};

use super::{focus, form, keep_form, pick_combo, set_focus};
use crate::book::Status;
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, EventId, PatientId, Priority, StaffId};
use crate::sim::action::{Action, BookRequest, Flag};
use crate::ui::view::book::{BookPage, BookView, Cell, Visit};

const ROW_HEIGHT: f32 = 18.0;

#[derive(Clone, Debug, Default)]
struct BookForm {
    /// A free row the learner clicked: (physician, date, time).
    slot: Option<(StaffId, Date, TimeOfDay)>,
    kind: Option<String>,
    approved_by: Option<String>,
    /// A visit the learner clicked, and its physician.
    visit: Option<(AppointmentId, StaffId)>,
    /// A visit being moved: the next free row clicked is its new time.
    moving: Option<AppointmentId>,
    reason: String,
}

fn page_id() -> egui::Id {
    egui::Id::new("book-page")
}

/// The page of the book the learner has open, for building the next frame's view.
pub fn book_page(ctx: &egui::Context) -> BookPage {
    ctx.data(|d| d.get_temp::<BookPage>(page_id())).unwrap_or_default()
}

pub fn set_book_page(ctx: &egui::Context, page: BookPage) {
    ctx.data_mut(|d| d.insert_temp(page_id(), page));
}

fn colour([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

pub fn book_ui(ui: &mut egui::Ui, view: &BookView, out: &mut Vec<Action>) {
    let id = egui::Id::new("book-form");
    let mut f: BookForm = form(ui, id);
    let mut shared = focus(ui.ctx());
    ui.horizontal(|ui| {
        if ui.add_enabled(view.previous.is_some(), egui::Button::new("◀")).clicked()
            && let Some(page) = &view.previous
        {
            set_book_page(ui.ctx(), page.clone());
        }
        ui.label(RichText::new(&view.title).strong().size(16.0));
        if ui.add_enabled(view.next.is_some(), egui::Button::new("▶")).clicked()
            && let Some(page) = &view.next
        {
            set_book_page(ui.ctx(), page.clone());
        }
        if ui.button("Today").clicked() {
            set_book_page(ui.ctx(), BookPage::Today);
        }
        ui.menu_button("Week of…", |ui| {
            for physician in &view.physicians {
                if ui.button(&physician.label).clicked() {
                    let date = view.columns.first().map_or(view.today, |c| c.date);
                    set_book_page(ui.ctx(), BookPage::Week { physician: StaffId(physician.id.clone()), week_of: date });
                    ui.close();
                }
            }
        });
    });
    ui.horizontal_wrapped(|ui| {
        for t in &view.types {
            ui.label(RichText::new(format!("■ {} ({} min)", t.label, t.minutes)).color(colour(t.colour)));
        }
    });
    if let Some(moving) = f.moving.clone() {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("Moving {moving}: click its new time.")).color(Color32::from_rgb(230, 150, 40)),
            );
            if ui.button("Stop moving").clicked() {
                f.moving = None;
            }
        });
    }
    // The form for what was clicked: booking a free row, or acting on a visit.
    if let Some((physician, date, at)) = f.slot.clone() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(format!("Book {date} at {at}")).strong());
            ui.horizontal_wrapped(|ui| {
                pick_combo(ui, "book-patient", "patient", &view.patients, &mut shared.patient);
                let kinds: Vec<crate::ui::view::Pick> = view
                    .types
                    .iter()
                    .map(|t| crate::ui::view::Pick::new(t.id.as_str(), format!("{} ({} min)", t.label, t.minutes)))
                    .collect();
                pick_combo(ui, "book-kind", "type", &kinds, &mut f.kind);
                pick_combo(ui, "book-approved", "add-on approved by", &view.physicians, &mut f.approved_by);
            });
            if let Some(answers) = shared.answers.clone() {
                ui.horizontal(|ui| {
                    ui.label(format!("answers {answers}"));
                    if ui.small_button("not for that").clicked() {
                        shared.answers = None;
                    }
                });
            }
            ui.horizontal(|ui| {
                let offering = shared.patient.is_some() && view.on_call_with == shared.patient;
                if let (Some(patient), Some(kind)) = (&shared.patient, &f.kind)
                    && ui.button(if offering { "Offer this slot" } else { "Book" }).clicked()
                {
                    let request = BookRequest {
                        patient: PatientId(patient.clone()),
                        physician: physician.clone(),
                        kind: AppointmentTypeId(kind.clone()),
                        date,
                        at,
                        minutes: None,
                        answers: shared.answers.clone().map(EventId),
                        approved_by: f.approved_by.clone().map(StaffId),
                    };
                    out.push(if offering {
                        Action::OfferSlot { patient: PatientId(patient.clone()), request }
                    } else {
                        Action::Book(request)
                    });
                    f.slot = None;
                }
                if ui.button("Close").clicked() {
                    f.slot = None;
                }
            });
        });
    }
    if let Some((visit, physician)) = f.visit.clone() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(format!("Appointment {visit}")).strong());
            ui.horizontal_wrapped(|ui| {
                if ui.button("Check in").clicked() {
                    out.push(Action::CheckIn { appointment: visit.clone() });
                }
                if ui.button("Move…").clicked() {
                    f.moving = Some(visit.clone());
                    f.visit = None;
                }
                ui.add(egui::TextEdit::singleline(&mut f.reason).hint_text("reason").desired_width(120.0));
                if ui.button("Cancel it").clicked() {
                    out.push(Action::Cancel { appointment: visit.clone(), reason: f.reason.clone() });
                    f.visit = None;
                }
                if ui.button("Flag a no-show to the physician").clicked() {
                    out.push(Action::FlagToPhysician {
                        about: Flag::NoShow(visit.clone()),
                        physician: physician.clone(),
                        urgent: false,
                        note: f.reason.clone(),
                    });
                }
                if ui.button("Close").clicked() {
                    f.visit = None;
                }
            });
        });
    }
    ui.separator();
    egui::ScrollArea::both()
        .id_salt("book-grid")
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 150.0)
        .show(ui, |ui| {
            grid_ui(ui, view, &mut f, out);
        });
    ui.separator();
    waitlist_ui(ui, view, out, &mut shared);
    set_focus(ui.ctx(), |focus| {
        focus.patient = shared.patient.clone();
        focus.answers = shared.answers.clone();
    });
    keep_form(ui, id, f);
}

fn grid_ui(ui: &mut egui::Ui, view: &BookView, f: &mut BookForm, out: &mut Vec<Action>) {
    let width = ((ui.available_width() - 50.0) / view.columns.len().max(1) as f32).clamp(110.0, 260.0);
    egui::Grid::new("book").spacing(Vec2::new(2.0, 1.0)).min_row_height(ROW_HEIGHT).show(ui, |ui| {
        ui.label("");
        for column in &view.columns {
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(RichText::new(&column.title).strong());
                if let Some(closed) = &column.closed {
                    ui.label(RichText::new(closed).color(Color32::from_rgb(200, 90, 60)));
                }
            });
        }
        ui.end_row();
        for (r, at) in view.rows.iter().enumerate() {
            let label = if at.minutes() % 15 == 0 { at.to_string() } else { String::new() };
            ui.label(RichText::new(label).monospace().weak());
            for column in &view.columns {
                let size = Vec2::new(width, ROW_HEIGHT);
                match column.cells.get(r) {
                    Some(Cell::Starts(visits)) => {
                        ui.horizontal(|ui| {
                            let each = width / visits.len() as f32;
                            for visit in visits {
                                if visit_button(ui, visit, Vec2::new(each - 2.0, ROW_HEIGHT)).clicked() {
                                    f.visit = Some((visit.id.clone(), column.physician.clone()));
                                    f.slot = None;
                                }
                            }
                        });
                    }
                    Some(Cell::Continues) => {
                        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                        ui.painter().rect_filled(rect, 0.0, Color32::from_gray(70));
                    }
                    Some(Cell::Free { same_day, types }) => {
                        let fill = if *same_day { Color32::from_rgb(52, 66, 52) } else { Color32::from_gray(45) };
                        let response = ui
                            .add_sized(size, egui::Button::new("").fill(fill))
                            .on_hover_text(if *same_day { "held for same-day urgent visits" } else { "free" });
                        // Screen readers (and the panel tests) find a free row by what it is.
                        let name = format!("free: {} {} {}", column.title, column.date, at);
                        response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name));
                        if response.clicked() {
                            if let Some(moving) = f.moving.take() {
                                out.push(Action::Reschedule { appointment: moving, date: column.date, at: *at });
                            } else {
                                f.slot = Some((column.physician.clone(), column.date, *at));
                                f.kind = types.first().map(|t| t.to_string());
                                f.visit = None;
                            }
                        }
                    }
                    Some(Cell::Closed) | None => {
                        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                        ui.painter().rect_filled(rect, 0.0, Color32::from_gray(28));
                    }
                }
            }
            ui.end_row();
        }
    });
}

fn visit_button(ui: &mut egui::Ui, visit: &Visit, size: Vec2) -> egui::Response {
    let badge = match visit.status {
        Status::Booked => "",
        Status::Confirmed => " ✔",
        Status::Arrived => " · here",
        Status::InRoom => " · in room",
        Status::Done => " ✓ done",
        Status::NoShow => " ✗ no-show",
        Status::Cancelled => " cancelled",
        Status::Rescheduled { .. } => " moved",
    };
    let text =
        RichText::new(format!("{} · {}{badge}", visit.patient.label, visit.kind)).color(Color32::WHITE).size(12.0);
    ui.add_sized(size, egui::Button::new(text).fill(colour(visit.colour)).truncate()).on_hover_text(format!(
        "{} {} min, {}",
        visit.at,
        visit.minutes,
        visit.status.label()
    ))
}

fn waitlist_ui(ui: &mut egui::Ui, view: &BookView, out: &mut Vec<Action>, shared: &mut super::Focus) {
    ui.label(RichText::new("Waitlist").strong());
    egui::ScrollArea::vertical().id_salt("waitlist").max_height(120.0).show(ui, |ui| {
        for row in &view.waitlist {
            ui.horizontal(|ui| {
                let (label, c) = match row.priority {
                    Priority::Urgent => ("URGENT", Color32::from_rgb(220, 70, 60)),
                    Priority::Soon => ("soon", Color32::from_rgb(230, 150, 40)),
                    Priority::Routine => ("routine", Color32::GRAY),
                };
                ui.label(RichText::new(label).color(c).strong());
                ui.label(&row.patient.label);
                ui.label(RichText::new(format!("{} days", row.waited_days)).weak());
                ui.label(RichText::new(&row.reason).weak());
                if row.booked {
                    ui.label(RichText::new("booked").color(Color32::from_rgb(60, 160, 90)));
                } else if ui.small_button("Offer a slot…").clicked() {
                    shared.patient = Some(row.patient.id.clone());
                    shared.answers = None;
                    out.push(Action::PlaceCall {
                        patient: PatientId(row.patient.id.clone()),
                        number: crate::scenario::PhoneKind::Home,
                        purpose: crate::sim::action::Purpose::WaitlistOffer,
                    });
                }
            });
        }
    });
}

//! The appointment book: a day view with a column per physician (or one physician's week), rows of
//! five minutes, visits as blocks outlined in their type's colour with status badges; click a free row to book,
//! click a visit to check in, cancel or move it (then click its new row), or drag it onto its new
//! row. Refusals come back from the simulation with their reason. The waitlist sits beside it.

use bevy_egui::egui::{self, Color32, RichText, Sense, Vec2};

use super::{focus, form, keep_form, pick_combo, set_focus};
use crate::book::{ROW_MINUTES, Status};
use crate::scenario::time::{Date, TimeOfDay};
use crate::scenario::{AppointmentId, AppointmentTypeId, EventId, PatientId, Priority, StaffId};
use crate::sim::action::{Action, BookRequest, Flag};
use crate::ui::view::book::{BookPage, BookView, Cell, Visit};

/// Tall enough to hit a five-minute row with the pointer without care.
const ROW_HEIGHT: f32 = 16.0;

#[derive(Clone, Debug, Default)]
struct BookForm {
    /// A free row the learner clicked: (physician, date, time).
    slot: Option<(StaffId, Date, TimeOfDay)>,
    kind: Option<String>,
    approved_by: Option<String>,
    /// A visit the learner clicked: its physician, how the desk names it, its date and time.
    /// The visit clicked: its id, physician, name, date, time and patient.
    visit: Option<(AppointmentId, StaffId, String, Date, TimeOfDay, PatientId)>,
    /// A visit being moved: the next free row clicked is its new time.
    moving: Option<(AppointmentId, String)>,
    /// A row was just chosen: the form above the sheet takes the keyboard focus.
    focus_form: bool,
    reason: String,
}

/// Puts the book in "moving" mode for a visit chosen elsewhere (a cancellation email asking to
/// rebook): the next free row clicked is its new time.
pub fn start_moving(ctx: &egui::Context, appointment: AppointmentId, name: &str) {
    let id = egui::Id::new(BOOK_FORM);
    let mut f: BookForm = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    f.moving = Some((appointment, name.to_string()));
    f.visit = None;
    f.slot = None;
    ctx.data_mut(|d| d.insert_temp(id, f));
}

const BOOK_FORM: &str = "book-form";

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

/// The height kept above the sheet for the controls of what was clicked (the booking form, the
/// actions on a visit, a move in progress).
const ACTION_STRIP: f32 = 120.0;

pub fn book_ui(ui: &mut egui::Ui, view: &BookView, out: &mut Vec<Action>) {
    let id = egui::Id::new(BOOK_FORM);
    let mut f: BookForm = form(ui, id);
    let mut shared = focus(ui.ctx());
    // A move lasts until the book has it: a refused one (a taken row, after hours) stays in progress.
    if f.moving.as_ref().is_some_and(|(moving, _)| view.settled.contains(moving)) {
        f.moving = None;
    }
    for notice in &view.notices {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("⚠ {}.", notice.text)).color(Color32::from_rgb(230, 150, 40)).strong());
            if view.page != notice.page && super::button(ui, "Open that week").clicked() {
                set_book_page(ui.ctx(), notice.page.clone());
            }
        });
    }
    ui.horizontal(|ui| {
        // The arrows stay put whatever the title's length: the title comes after them.
        if ui.add_enabled(view.previous.is_some(), egui::Button::new("◀")).on_hover_text("Earlier").clicked()
            && let Some(page) = &view.previous
        {
            set_book_page(ui.ctx(), page.clone());
        }
        if ui.add_enabled(view.next.is_some(), egui::Button::new("▶")).on_hover_text("Later").clicked()
            && let Some(page) = &view.next
        {
            set_book_page(ui.ctx(), page.clone());
        }
        if super::button(ui, "Today").clicked() {
            set_book_page(ui.ctx(), BookPage::Today);
        }
        let physicians = view.physicians.iter().map(|p| (p.label.clone(), StaffId(p.id.clone())));
        if let Some(physician) = super::menu_choice(ui, "Week of…", physicians) {
            let date = view.columns.first().map_or(view.today, |c| c.date);
            set_book_page(ui.ctx(), BookPage::Week { physician, week_of: date });
        }
        ui.label(RichText::new(&view.title).strong().size(16.0));
    });
    ui.horizontal_wrapped(|ui| {
        for t in &view.types {
            ui.label(RichText::new(format!("■ {} ({} min)", t.label, t.minutes)).color(colour(t.colour)));
        }
        ui.label(RichText::new("■ held for same-day urgent visits").color(Color32::from_rgb(70, 150, 90)))
            .on_hover_text("Free rows light up under the pointer: click one to book it.");
    });
    // What was clicked gets its controls in a strip of one height above the sheet, whatever they
    // are: the sheet never moves under the pointer between one click and the next.
    let strip = egui::vec2(ui.available_width(), ACTION_STRIP);
    ui.allocate_ui_with_layout(strip, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(strip);
        if f.moving.is_none() && f.slot.is_none() && f.visit.is_none() {
            ui.add_space(6.0);
            let on_the_line = view
                .on_call_with
                .as_ref()
                .and_then(|id| view.patients.iter().find(|p| &p.id == id))
                .map(|p| p.label.clone());
            match on_the_line {
                // A waitlist offer or a call back in progress: the next step is the book's.
                Some(name) => {
                    if let Some(said) = &view.on_call_said {
                        ui.label(RichText::new(format!("{name}: {said}")).strong());
                    }
                    ui.label(
                        RichText::new(format!("{name} is on the line: click a free row to offer it to them."))
                            .color(Color32::from_rgb(230, 150, 40))
                            .strong(),
                    )
                }
                None => ui.label(
                    RichText::new(
                        "Click a free row to book it, or a visit to check it in, move, cancel or double-book \
                         it; drag a visit onto its new time.",
                    )
                    .weak(),
                ),
            };
        }
        if let Some((_, moving)) = f.moving.clone() {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("Moving {moving}: click its new time."))
                        .color(Color32::from_rgb(230, 150, 40)),
                );
                if super::button(ui, "Stop moving").clicked() {
                    f.moving = None;
                }
            });
        }
        // The form for what was clicked: booking a free row, or acting on a visit.
        if let Some((physician, date, at)) = f.slot.clone() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(format!("Book {date} at {at}")).strong());
                ui.horizontal_wrapped(|ui| {
                    let focus_form = std::mem::take(&mut f.focus_form);
                    let patient = pick_combo(ui, "book-patient", "patient", &view.patients, &mut shared.patient);
                    let kinds: Vec<crate::ui::view::Pick> = view
                        .types
                        .iter()
                        .map(|t| crate::ui::view::Pick::new(t.id.as_str(), format!("{} ({} min)", t.label, t.minutes)))
                        .collect();
                    let kind = pick_combo(ui, "book-kind", "type", &kinds, &mut f.kind);
                    // From the keyboard, the form comes next after the row: focus its first open choice,
                    // or the type when the patient is already known.
                    if focus_form {
                        if shared.patient.is_none() { patient.request_focus() } else { kind.request_focus() }
                    }
                    // Most bookings are not add-ons: "nobody" is a choice, so a slip can be taken back.
                    let approvers: Vec<crate::ui::view::Pick> =
                        std::iter::once(crate::ui::view::Pick::new("", "nobody: not an add-on"))
                            .chain(view.physicians.iter().cloned())
                            .collect();
                    let mut approver = f.approved_by.clone().or(Some(String::new()));
                    pick_combo(ui, "book-approved", "add-on approved by", &approvers, &mut approver);
                    f.approved_by = approver.filter(|id| !id.is_empty());
                });
                if let Some(answers) = shared.answers.clone() {
                    ui.horizontal(|ui| {
                        ui.label(format!("answers {}", answers.label));
                        if super::small_button(ui, "not for that").clicked() {
                            shared.answers = None;
                        }
                    });
                }
                ui.horizontal(|ui| {
                    let offering = shared.patient.is_some() && view.on_call_with == shared.patient;
                    if let (Some(patient), Some(kind)) = (&shared.patient, &f.kind)
                        && super::button(ui, if offering { "Offer this slot" } else { "Book" }).clicked()
                    {
                        let request = BookRequest {
                            patient: PatientId(patient.clone()),
                            physician: physician.clone(),
                            kind: AppointmentTypeId(kind.clone()),
                            date,
                            at,
                            minutes: None,
                            answers: shared.answers.as_ref().map(|a| EventId(a.id.clone())),
                            approved_by: f.approved_by.clone().map(StaffId),
                        };
                        out.push(if offering {
                            Action::OfferSlot { patient: PatientId(patient.clone()), request }
                        } else {
                            Action::Book(request)
                        });
                        f.slot = None;
                        // Booked: the next form starts empty, not with this patient waiting in it.
                        shared.patient = None;
                        shared.answers = None;
                        shared.kind = None;
                    }
                    if super::button(ui, "Close").clicked() {
                        f.slot = None;
                    }
                });
            });
        }
        if let Some((visit, physician, name, date, at, patient)) = f.visit.clone() {
            // Checking in and flagging a no-show are for today's visits only.
            let today = date == view.today;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(format!("Appointment: {name}")).strong());
                // What the tooltip says, here too: the keyboard never hovers.
                let about = view.columns.iter().flat_map(|c| &c.cells).find_map(|cell| match cell {
                    crate::ui::view::book::Cell::Starts(visits) => visits.iter().find(|v| v.id == visit),
                    _ => None,
                });
                if let Some(about) = about.filter(|v| !v.about.is_empty()) {
                    ui.label(RichText::new(about.about.join(" · ")).weak());
                }
                ui.horizontal_wrapped(|ui| {
                    if today && super::button(ui, "Check in").clicked() {
                        out.push(Action::CheckIn { appointment: visit.clone() });
                    }
                    if super::button(ui, "Move…").clicked() {
                        f.moving = Some((visit.clone(), name.clone()));
                        f.visit = None;
                    }
                    if ui
                        .button("Book another visit at this time…")
                        .on_hover_text("Double-book, where the policy allows")
                        .clicked()
                    {
                        f.slot = Some((physician.clone(), date, at));
                        f.focus_form = true;
                        f.visit = None;
                        // Another visit is someone else's: nobody is picked for it yet.
                        shared.patient = None;
                        shared.answers = None;
                    }
                    super::text_line(ui, &mut f.reason, "reason", 120.0);
                    if super::button(ui, "Cancel it").clicked() {
                        out.push(Action::Cancel { appointment: visit.clone(), reason: f.reason.clone() });
                        f.visit = None;
                    }
                    // A no-show is documented in the chart and flagged to the physician (S8): one step here,
                    // so neither half is forgotten.
                    if today && super::button(ui, "Note the no-show and flag it to the physician").clicked() {
                        let why =
                            if f.reason.trim().is_empty() { String::new() } else { format!(": {}", f.reason.trim()) };
                        out.push(Action::Note {
                            patient: patient.clone(),
                            text: format!("Did not attend the {at} visit{why}."),
                        });
                        out.push(Action::FlagToPhysician {
                            about: Flag::NoShow(visit.clone()),
                            physician: physician.clone(),
                            urgent: false,
                            note: f.reason.clone(),
                        });
                    }
                    if super::button(ui, "Close").clicked() {
                        f.visit = None;
                    }
                });
            });
        }
    });
    ui.separator();
    egui::ScrollArea::both()
        .id_salt("book-grid")
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 180.0)
        .show(ui, |ui| {
            grid_ui(ui, view, &mut f, shared.kind.clone(), out);
        });
    ui.separator();
    waitlist_ui(ui, view, out, &mut shared);
    set_focus(ui.ctx(), |focus| {
        focus.patient = shared.patient.clone();
        focus.answers = shared.answers.clone();
        focus.kind = shared.kind.clone();
    });
    keep_form(ui, id, f);
}

/// The day drawn as one sheet rather than a widget per row: visits are blocks as tall as they last,
/// free rows are bare until hovered (filling every row is most of a frame's cost on a software GPU),
/// and rows outside the physician's hours are outlined. A visit can be dragged onto a free row to
/// move it, or clicked and then moved with "Move…".
fn grid_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    f: &mut BookForm,
    preferred_kind: Option<String>,
    out: &mut Vec<Action>,
) {
    const GUTTER: f32 = 46.0;
    const GAP: f32 = 3.0;
    let count = view.columns.len().max(1) as f32;
    let width = ((ui.available_width() - GUTTER) / count - GAP).clamp(110.0, 340.0);
    ui.horizontal(|ui| {
        ui.add_space(GUTTER - ui.spacing().item_spacing.x);
        for column in &view.columns {
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(RichText::new(&column.title).strong());
                if let Some(closed) = &column.closed {
                    ui.label(RichText::new(closed).color(Color32::from_rgb(200, 90, 60)));
                }
            });
        }
    });
    let size = Vec2::new(GUTTER + count * (width + GAP), view.rows.len() as f32 * ROW_HEIGHT);
    let (sheet, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter().clone();
    let visuals = ui.visuals().clone();
    let row_top = |r: usize| sheet.top() + r as f32 * ROW_HEIGHT;
    for (r, at) in view.rows.iter().enumerate() {
        if at.minutes() % 15 == 0 {
            let strong = at.minutes() % 60 == 0;
            let line = if strong { Color32::from_gray(70) } else { Color32::from_gray(45) };
            painter.hline(sheet.left() + GUTTER - 4.0..=sheet.right(), row_top(r), egui::Stroke::new(1.0, line));
        }
        // Times on the half hours only: every glyph is two triangles a software GPU must set up.
        if at.minutes() % 30 == 0 {
            painter.text(
                egui::pos2(sheet.left(), row_top(r) + 1.0),
                egui::Align2::LEFT_TOP,
                at.to_string(),
                egui::FontId::monospace(11.0),
                if at.minutes() % 60 == 0 { visuals.text_color() } else { visuals.weak_text_color() },
            );
        }
    }
    let dragging = egui::DragAndDrop::has_payload_of_type::<AppointmentId>(ui.ctx());
    for (c, column) in view.columns.iter().enumerate() {
        let left = sheet.left() + GUTTER + c as f32 * (width + GAP);
        let cell = |r: usize, rows: usize| {
            egui::Rect::from_min_size(egui::pos2(left, row_top(r)), Vec2::new(width, rows as f32 * ROW_HEIGHT))
        };
        let mut r = 0;
        while r < column.cells.len() {
            match &column.cells[r] {
                Cell::Closed => {
                    // One outline for the whole run of rows the physician does not book.
                    let run = column.cells[r..].iter().take_while(|c| matches!(c, Cell::Closed)).count();
                    let rect = cell(r, run).shrink(2.0);
                    painter.rect_stroke(rect, 0.0, (1.0, Color32::from_gray(50)), egui::StrokeKind::Inside);
                    if run >= 2 {
                        painter.text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            "not booking",
                            egui::FontId::proportional(11.0),
                            Color32::from_gray(90),
                        );
                    }
                    r += run;
                    continue;
                }
                Cell::Continues => {}
                Cell::Free { same_day, types } => {
                    let at = view.rows[r];
                    let rect = cell(r, 1);
                    let id = ui.id().with(("free", c, r));
                    let response = ui.interact(rect, id, Sense::click());
                    super::follow_focus(&response);
                    // Screen readers (and the panel tests) find a free row by what it is.
                    let name = format!("free: {} {} {}", column.title, column.date, at);
                    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name));
                    if *same_day {
                        let bar = egui::Rect::from_min_size(rect.min, Vec2::new(3.0, ROW_HEIGHT));
                        painter.rect_filled(bar, 0.0, Color32::from_rgb(70, 150, 90));
                    }
                    let target = dragging && response.contains_pointer();
                    if target || response.hovered() || response.has_focus() {
                        let fill = if target { Color32::from_rgb(60, 90, 130) } else { Color32::from_gray(48) };
                        painter.rect_filled(rect, 2.0, fill);
                        painter.text(
                            rect.left_center() + Vec2::new(6.0, 0.0),
                            egui::Align2::LEFT_CENTER,
                            format!("{at} free{}", if *same_day { " · held for same-day urgent" } else { "" }),
                            egui::FontId::proportional(11.0),
                            visuals.text_color(),
                        );
                    }
                    if response.has_focus() {
                        painter.rect_stroke(rect, 2.0, visuals.selection.stroke, egui::StrokeKind::Inside);
                    }
                    if let Some(moving) = response.dnd_release_payload::<AppointmentId>() {
                        out.push(Action::Reschedule {
                            appointment: (*moving).clone(),
                            date: column.date,
                            at,
                            physician: Some(column.physician.clone()),
                        });
                    } else if response.clicked() {
                        if let Some((moving, _)) = &f.moving {
                            out.push(Action::Reschedule {
                                appointment: moving.clone(),
                                date: column.date,
                                at,
                                physician: Some(column.physician.clone()),
                            });
                        } else {
                            f.slot = Some((column.physician.clone(), column.date, at));
                            f.focus_form = true;
                            let wanted =
                                preferred_kind.as_ref().filter(|k| types.iter().any(|t| t.as_str() == k.as_str()));
                            f.kind = wanted.cloned().or_else(|| types.first().map(|t| t.to_string()));
                            f.visit = None;
                        }
                    }
                }
                Cell::Starts(visits) => {
                    // Double-booked visits share the column's width.
                    let each = width / visits.len() as f32;
                    for (k, visit) in visits.iter().enumerate() {
                        let rows = usize::from(visit.minutes.div_ceil(ROW_MINUTES)).clamp(1, column.cells.len() - r);
                        let mut rect = cell(r, rows);
                        rect.set_left(left + k as f32 * each);
                        rect.set_width(each - 1.0);
                        let response = visit_block(ui, &painter, rect.shrink2(Vec2::new(0.0, 0.5)), visit);
                        // Dropped (or, while moving, clicked) on a visit: the row under the pointer,
                        // double-booked if the policy allows; the book says no otherwise.
                        let row_under = |pointer: Option<egui::Pos2>| {
                            let y = pointer.map_or(rect.top(), |p| p.y);
                            let offset = ((y - rect.top()) / ROW_HEIGHT).floor().max(0.0) as usize;
                            view.rows.get(r + offset.min(rows - 1)).copied()
                        };
                        let pointer = ui.ctx().pointer_interact_pos();
                        if let Some(moving) = response.dnd_release_payload::<AppointmentId>() {
                            if *moving != visit.id
                                && let Some(at) = row_under(pointer)
                            {
                                out.push(Action::Reschedule {
                                    appointment: (*moving).clone(),
                                    date: column.date,
                                    at,
                                    physician: Some(column.physician.clone()),
                                });
                            }
                        } else if response.clicked() {
                            match &f.moving {
                                Some((moving, _)) if *moving != visit.id => {
                                    if let Some(at) = row_under(pointer) {
                                        out.push(Action::Reschedule {
                                            appointment: moving.clone(),
                                            date: column.date,
                                            at,
                                            physician: Some(column.physician.clone()),
                                        });
                                    }
                                }
                                _ => {
                                    let name = format!("{}, {} {}", visit.patient.label, column.date, visit.at);
                                    f.visit = Some((
                                        visit.id.clone(),
                                        column.physician.clone(),
                                        name,
                                        column.date,
                                        visit.at,
                                        PatientId(visit.patient.id.clone()),
                                    ));
                                    // A reason typed for one visit is not another's.
                                    f.reason.clear();
                                    f.slot = None;
                                }
                            }
                        }
                    }
                }
            }
            r += 1;
        }
    }
}

/// A visit on the sheet: a block in its type's colour with the patient, type and status; click it to
/// act on it, drag it onto a free row to move it.
fn visit_block(ui: &egui::Ui, painter: &egui::Painter, rect: egui::Rect, visit: &Visit) -> egui::Response {
    let badge = match visit.status {
        Status::Booked => "",
        Status::Confirmed => " ✔",
        Status::Arrived => " · here",
        Status::InRoom => " · in room",
        Status::Done => " ✔ done",
        Status::NoShow => " × no-show",
        Status::Cancelled => " cancelled",
        Status::Rescheduled { .. } => " moved",
    };
    let text = format!("{} · {}{badge}", visit.patient.label, visit.kind);
    let response = ui.interact(rect, ui.id().with(("visit", &visit.id)), Sense::click_and_drag());
    super::follow_focus(&response);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &text));
    response.dnd_set_drag_payload(visit.id.clone());
    let over = matches!(visit.status, Status::Done | Status::NoShow | Status::Cancelled | Status::Rescheduled { .. });
    // Outlined in the type's colour with a solid bar down its left edge, filled only under the
    // pointer: a filled block per visit was the largest area a frame paints, and on a software GPU
    // the cost of a frame follows the area painted.
    let mut tint = colour(visit.colour);
    if over {
        tint = tint.gamma_multiply(0.45);
    }
    // Square corners: a rounded outline is dozens of triangles, and on a software GPU a frame's cost
    // follows its triangles (the book's sheet was most of a busy frame).
    if response.hovered() || response.dragged() {
        painter.rect_filled(rect, 0.0, tint.gamma_multiply(0.35));
    }
    painter.rect_stroke(rect, 0.0, (1.0, tint), egui::StrokeKind::Inside);
    painter.rect_filled(egui::Rect::from_min_size(rect.min, Vec2::new(5.0, rect.height())), 0.0, tint);
    if response.has_focus() || response.dragged() {
        painter.rect_stroke(rect, 0.0, ui.visuals().selection.stroke, egui::StrokeKind::Inside);
    }
    let ink = if over { ui.visuals().weak_text_color() } else { ui.visuals().strong_text_color() };
    // One line, cut with "…" to the block's width: the time is the row's, the length is the block's,
    // and both are in the tooltip. Cut by layout rather than by a clip rectangle, since every clip
    // rectangle is a draw call of its own.
    let mut job = egui::text::LayoutJob::single_section(
        text.clone(),
        egui::TextFormat::simple(egui::FontId::proportional(12.0), ink),
    );
    job.wrap = egui::text::TextWrapping {
        max_width: (rect.width() - 12.0).max(8.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    painter.galley(rect.left_top() + Vec2::new(9.0, 1.0), ui.fonts_mut(|f| f.layout_job(job)), ink);
    if response.dragged() {
        // What is being moved follows the pointer until it is dropped on a free row.
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let layer = egui::LayerId::new(egui::Order::Tooltip, response.id.with("ghost"));
            let ghost = ui.ctx().layer_painter(layer);
            let galley = ghost.layout_no_wrap(format!("Move {text}"), egui::FontId::proportional(12.0), Color32::WHITE);
            let at = pointer + Vec2::new(12.0, 4.0);
            ghost.rect_filled(egui::Rect::from_min_size(at, galley.size()).expand(4.0), 3.0, colour(visit.colour));
            ghost.galley(at, galley, Color32::WHITE);
        }
    }
    let facts: String = visit.about.iter().map(|fact| format!("\n{fact}")).collect();
    response.on_hover_text(format!(
        "{}: {} at {}, {} min, {}.{facts}\nDrag to a free row to move it.",
        visit.patient.label,
        visit.kind,
        visit.at,
        visit.minutes,
        visit.status.label()
    ))
}

fn waitlist_ui(ui: &mut egui::Ui, view: &BookView, out: &mut Vec<Action>, shared: &mut super::Focus) {
    ui.label(RichText::new("Waitlist").strong());
    egui::ScrollArea::vertical().id_salt("waitlist").max_height(150.0).show(ui, |ui| {
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
                if row.booked {
                    ui.label(RichText::new("booked").color(Color32::from_rgb(60, 160, 90)));
                } else if let Some(number) = row.phone {
                    if super::small_button(ui, "Offer a slot…").clicked() {
                        shared.patient = Some(row.patient.id.clone());
                        shared.answers = None;
                        shared.kind = Some(row.kind.to_string());
                        out.push(Action::PlaceCall {
                            patient: PatientId(row.patient.id.clone()),
                            number,
                            purpose: crate::sim::action::Purpose::WaitlistOffer,
                        });
                    }
                } else {
                    ui.label(RichText::new("no phone on file").weak());
                }
            });
            // Why they wait and when they can come, in view: the keyboard never hovers, and an
            // offer at a time they cannot come is one they turn down.
            let mut about = vec![row.reason.clone()];
            if !row.available.is_empty() {
                about.push(format!("can come: {}", row.available));
            }
            about.retain(|text| !text.is_empty());
            if !about.is_empty() {
                ui.label(RichText::new(about.join(" \u{00b7} ")).weak());
            }
        }
    });
}

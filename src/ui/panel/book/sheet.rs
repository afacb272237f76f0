//! The book's sheet: the day (or week) drawn as one surface rather than a widget per row. Visits are
//! blocks as tall as they last, free rows are bare until hovered (filling every row is most of a
//! frame's cost on a software GPU), and rows nobody can book are shaded with the reason on hover and
//! on click. The column titles stay put while the rows scroll; the sheet opens at the time now.
//!
//! By keyboard the sheet is one stop, not a stop per five-minute row: the arrows move a cursor by
//! rows and columns, digits typed go to that time ("1030"), Enter opens what is under the cursor.

use bevy_egui::egui::{self, Color32, Sense, Vec2};

use super::{BookForm, colour};
use crate::book::{ROW_MINUTES, Status};
use crate::scenario::time::TimeOfDay;
use crate::scenario::{AppointmentId, PatientId};
use crate::sim::action::Action;
use crate::ui::say::{say, say_with};
use crate::ui::view::book::{BookView, Cell, Column, Visit};

/// Room for the times down the left edge.
const GUTTER: f32 = 50.0;
const GAP: f32 = 3.0;
/// A column narrower than this cuts every name to a few letters.
pub(super) const MIN_COLUMN: f32 = 100.0;

/// The widest a column grows: wider, a visit's one line is no easier to read.
pub(super) const MAX_COLUMN: f32 = 420.0;

/// The width the sheet can use at the most for `columns` columns.
pub(super) fn most_width(columns: usize) -> f32 {
    GUTTER + columns.max(1) as f32 * (MAX_COLUMN + GAP)
}

/// The width the sheet needs at the least for `columns` columns.
pub(super) fn least_width(columns: usize) -> f32 {
    GUTTER + columns.max(1) as f32 * (MIN_COLUMN + GAP)
}

/// How the sheet names itself to a screen reader and to the tests (never shown: left in English, as
/// the names of the rows are).
pub const SHEET_LABEL: &str = "Appointment sheet: arrow keys move, type a time such as 1030, Enter opens";

pub(super) fn sheet_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    f: &mut BookForm,
    preferred_kind: Option<String>,
    out: &mut Vec<Action>,
) {
    let count = view.columns.len().max(1) as f32;
    let width = ((ui.available_width() - GUTTER) / count - GAP).clamp(MIN_COLUMN, MAX_COLUMN);
    // The titles sit above the scrolling rows, so a column is named whatever the time in view.
    ui.horizontal(|ui| {
        ui.add_space(GUTTER - ui.spacing().item_spacing.x);
        for column in &view.columns {
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(egui::RichText::new(&column.title).strong());
                if let Some(closed) = &column.closed {
                    ui.label(egui::RichText::new(closed).color(ui.visuals().warn_fg_color));
                }
            });
        }
    });
    let rows = view.rows.len().max(1);
    // Rows grow to fill a tall panel, up to a size where a 15-minute visit still reads as short.
    let row_height = (ui.available_height() / rows as f32).clamp(16.0, 24.0);
    let mut scroll = egui::ScrollArea::vertical().id_salt("book-grid").auto_shrink([false, false]);
    // A page opens half an hour before the time now (the visits due in, late or missed), once: after that the learner scrolls.
    if f.scrolled_for.as_ref() != Some(&view.page) {
        f.scrolled_for = Some(view.page.clone());
        let first = view.rows.first().map_or(0, |t| t.minutes());
        let now_row = view.now.map_or(0, |now| now.minutes().saturating_sub(first).saturating_sub(30) / ROW_MINUTES);
        scroll = scroll.vertical_scroll_offset(f32::from(now_row) * row_height);
        f.cursor = None;
    }
    scroll.show(ui, |ui| grid_ui(ui, view, f, preferred_kind, out, width, row_height));
}

#[allow(clippy::too_many_arguments)]
fn grid_ui(
    ui: &mut egui::Ui,
    view: &BookView,
    f: &mut BookForm,
    preferred_kind: Option<String>,
    out: &mut Vec<Action>,
    width: f32,
    row_height: f32,
) {
    let count = view.columns.len().max(1) as f32;
    let size = Vec2::new(GUTTER + count * (width + GAP), view.rows.len() as f32 * row_height);
    let (sheet, _) = ui.allocate_exact_size(size, Sense::hover());
    let keys = ui.interact(sheet, ui.id().with("sheet-keys"), Sense::FOCUSABLE);
    keys.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, SHEET_LABEL));
    let moved = keyboard(ui, &keys, view, f, preferred_kind.as_ref(), out);
    let painter = ui.painter().clone();
    let visuals = ui.visuals().clone();
    let row_top = |r: usize| sheet.top() + r as f32 * row_height;
    let column_left = |c: usize| sheet.left() + GUTTER + c as f32 * (width + GAP);
    for (r, at) in view.rows.iter().enumerate() {
        if at.minutes() % 15 == 0 {
            let strong = at.minutes() % 60 == 0;
            let line = crate::ui::style::rule_line(&visuals, strong);
            painter.hline(sheet.left() + GUTTER - 4.0..=sheet.right(), row_top(r), egui::Stroke::new(1.0, line));
        }
        // Times on the quarter hours, where the lines are (a student counting five-minute rows from
        // the last label lost the place); the hours strong, the quarters quieter.
        if at.minutes() % 15 == 0 {
            let colour = match at.minutes() % 60 {
                0 => visuals.strong_text_color(),
                30 => visuals.text_color(),
                _ => visuals.weak_text_color(),
            };
            painter.text(
                egui::pos2(sheet.left(), row_top(r) + 1.0),
                egui::Align2::LEFT_TOP,
                at.to_string(),
                egui::FontId::monospace(13.0),
                colour,
            );
        }
    }
    let dragging = egui::DragAndDrop::has_payload_of_type::<AppointmentId>(ui.ctx());
    for (c, column) in view.columns.iter().enumerate() {
        let left = column_left(c);
        let cell = |r: usize, rows: usize| {
            egui::Rect::from_min_size(egui::pos2(left, row_top(r)), Vec2::new(width, rows as f32 * row_height))
        };
        let mut r = 0;
        while r < column.cells.len() {
            match &column.cells[r] {
                Cell::Closed => {
                    // One outlined block for the whole run of rows nobody can book, saying why. Outlined
                    // and crossed at its top rather than filled: on a software GPU a frame's cost
                    // follows the area it paints, and these runs are much of the sheet.
                    let run = column.cells[r..].iter().take_while(|c| matches!(c, Cell::Closed)).count();
                    let rect = cell(r, run).shrink(2.0);
                    let ink = crate::ui::style::unavailable_fill(&visuals);
                    painter.rect_stroke(rect, 0.0, (1.0, ink), egui::StrokeKind::Inside);
                    let band =
                        egui::Rect::from_min_size(rect.min, Vec2::new(rect.width(), row_height.min(rect.height())));
                    painter.rect_filled(band, 0.0, ink);
                    if run >= 2 {
                        // Wrapped to the column and kept inside it: a narrow column's reason ("A locum,
                        // not working here these days") must not run over its neighbour.
                        let words = column.closed.clone().unwrap_or_else(|| say(ui, "book-ui-not-booking"));
                        let ink = visuals.weak_text_color();
                        let galley =
                            painter.layout(words, egui::FontId::proportional(13.0), ink, (rect.width() - 8.0).max(8.0));
                        let at = egui::pos2(rect.center().x - galley.size().x / 2.0, rect.top() + 4.0);
                        painter.with_clip_rect(rect.intersect(painter.clip_rect())).galley(at, galley, ink);
                    }
                    let response = ui.interact(rect, ui.id().with(("closed", c, r)), Sense::CLICK);
                    let name = format!("unavailable: {} {}", column.title, view.rows[r]);
                    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &name));
                    if response.clicked() || response.dnd_release_payload::<AppointmentId>().is_some() {
                        f.said = Some(column.unbookable.clone());
                    }
                    response.on_hover_text(&column.unbookable);
                    r += run;
                    continue;
                }
                Cell::Continues => {}
                Cell::Free { same_day, .. } => {
                    let at = view.rows[r];
                    let rect = cell(r, 1);
                    let response = ui.interact(rect, ui.id().with(("free", c, r)), Sense::CLICK);
                    // Screen readers (and the panel tests) find a free row by what it is.
                    let name = format!("free: {} {} {}", column.title, column.date, at);
                    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name));
                    if *same_day {
                        let bar = egui::Rect::from_min_size(rect.min, Vec2::new(3.0, row_height));
                        painter.rect_filled(bar, 0.0, crate::ui::style::SAME_DAY);
                    }
                    let target = dragging && response.contains_pointer();
                    if target || response.hovered() {
                        let fill =
                            if target { visuals.selection.bg_fill } else { visuals.widgets.hovered.weak_bg_fill };
                        painter.rect_filled(rect, 2.0, fill);
                        let id = if *same_day { "book-ui-row-free-same-day" } else { "book-ui-row-free" };
                        painter.text(
                            rect.left_center() + Vec2::new(6.0, 0.0),
                            egui::Align2::LEFT_CENTER,
                            say_with(ui, id, &[("at", at.to_string().into())]),
                            egui::FontId::proportional(12.0),
                            visuals.strong_text_color(),
                        );
                    }
                    if let Some(moving) = response.dnd_release_payload::<AppointmentId>() {
                        out.push(move_to((*moving).clone(), column, at));
                    } else if response.clicked() {
                        f.cursor = Some((c, r));
                        open_at(view, f, c, r, preferred_kind.as_ref(), out);
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
                        let pointer = ui.ctx().pointer_interact_pos();
                        let row_under = {
                            let y = pointer.map_or(rect.top(), |p| p.y);
                            r + (((y - rect.top()) / row_height).floor().max(0.0) as usize).min(rows - 1)
                        };
                        if let Some(moving) = response.dnd_release_payload::<AppointmentId>() {
                            if *moving != visit.id
                                && let Some(&at) = view.rows.get(row_under)
                            {
                                out.push(move_to((*moving).clone(), column, at));
                            }
                        } else if response.clicked() {
                            f.cursor = Some((c, row_under));
                            open_visit(view, f, column, visit, row_under, out);
                        }
                    }
                }
            }
            r += 1;
        }
    }
    if let Some(now) = view.now {
        // A line across the sheet at the time now: what is past is past.
        let first = view.rows.first().map_or(0, |t| t.minutes());
        let last = view.rows.last().map_or(0, |t| t.minutes() + ROW_MINUTES);
        if first <= now.minutes() && now.minutes() < last {
            let y = sheet.top() + f32::from(now.minutes() - first) / f32::from(ROW_MINUTES) * row_height;
            painter.hline(
                sheet.left() + GUTTER - 6.0..=sheet.right(),
                y,
                egui::Stroke::new(2.0, visuals.error_fg_color),
            );
        }
    }
    // The row "Next free slot" opened, brought into view once the sheet shows its day.
    if let Some((physician, date, at)) = f.reveal.clone()
        && let Some(c) = view.columns.iter().position(|col| col.physician == physician && col.date == date)
        && let Some(r) = view.rows.iter().position(|row| *row == at)
    {
        let rect = egui::Rect::from_min_size(egui::pos2(column_left(c), row_top(r)), Vec2::new(width, row_height));
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
        f.cursor = Some((c, r));
        f.reveal = None;
    }
    if keys.has_focus()
        && let Some((c, r)) = f.cursor
    {
        let rect = egui::Rect::from_min_size(egui::pos2(column_left(c), row_top(r)), Vec2::new(width, row_height));
        painter.rect_stroke(
            rect.expand(1.0),
            2.0,
            egui::Stroke::new(2.0, visuals.selection.stroke.color),
            egui::StrokeKind::Outside,
        );
        if moved {
            ui.scroll_to_rect(rect.expand(row_height * 2.0), None);
        }
    }
}

/// The sheet's keys while it has the keyboard; whether the cursor moved.
fn keyboard(
    ui: &egui::Ui,
    keys: &egui::Response,
    view: &BookView,
    f: &mut BookForm,
    preferred_kind: Option<&String>,
    out: &mut Vec<Action>,
) -> bool {
    if !keys.has_focus() || view.rows.is_empty() || view.columns.is_empty() {
        return false;
    }
    // The arrows are the sheet's: egui would otherwise move the keyboard on to the next control.
    let arrows = egui::EventFilter { horizontal_arrows: true, vertical_arrows: true, ..Default::default() };
    ui.memory_mut(|m| m.set_focus_lock_filter(keys.id, arrows));
    let last_row = view.rows.len() - 1;
    let last_column = view.columns.len() - 1;
    let start = f.cursor.unwrap_or_else(|| {
        let row = view.now.map_or(0, |now| row_at(view, now));
        (0, row)
    });
    let (mut c, mut r) = (start.0.min(last_column), start.1.min(last_row));
    let mut moved = f.cursor.is_none() || keys.gained_focus();
    let mut open = false;
    ui.input(|input| {
        for event in &input.events {
            match event {
                egui::Event::Key { key, pressed: true, modifiers, .. } => {
                    // An hour at a time with Page Up / Down, or with Shift and the arrows.
                    let step = if modifiers.shift { 12 } else { 1 };
                    match key {
                        egui::Key::ArrowDown => r = (r + step).min(last_row),
                        egui::Key::ArrowUp => r = r.saturating_sub(step),
                        egui::Key::PageDown => r = (r + 12).min(last_row),
                        egui::Key::PageUp => r = r.saturating_sub(12),
                        egui::Key::ArrowRight => c = (c + 1).min(last_column),
                        egui::Key::ArrowLeft => c = c.saturating_sub(1),
                        egui::Key::Home => r = 0,
                        egui::Key::End => r = last_row,
                        egui::Key::Enter | egui::Key::Space => open = true,
                        _ => continue,
                    }
                    f.typed.clear();
                    moved = true;
                }
                egui::Event::Text(text) => {
                    // A pause of a second and a half starts a new time.
                    if input.time - f.typed_at > 1.5 {
                        f.typed.clear();
                    }
                    f.typed_at = input.time;
                    for digit in text.chars().filter(char::is_ascii_digit) {
                        if f.typed.len() >= 4 {
                            f.typed.clear();
                        }
                        f.typed.push(digit);
                    }
                    if let Some(at) = typed_time(&f.typed) {
                        r = row_at(view, at);
                        moved = true;
                    }
                }
                _ => {}
            }
        }
    });
    f.cursor = Some((c, r));
    if open {
        f.typed.clear();
        open_at(view, f, c, r, preferred_kind, out);
    }
    moved
}

/// The time the digits typed so far name: "9" is 09:00, "10" is 10:00, "930" is 09:30, "1030" is
/// 10:30. Nothing for what is no time of day.
pub(super) fn typed_time(digits: &str) -> Option<TimeOfDay> {
    let number: u16 = digits.parse().ok()?;
    match digits.len() {
        1 | 2 => TimeOfDay::from_hm(number, 0),
        3 | 4 => TimeOfDay::from_hm(number / 100, number % 100),
        _ => None,
    }
}

/// The row a time falls in, or the nearest end of the sheet.
fn row_at(view: &BookView, at: TimeOfDay) -> usize {
    let first = view.rows.first().map_or(0, |t| t.minutes());
    (usize::from(at.minutes().saturating_sub(first) / ROW_MINUTES)).min(view.rows.len().saturating_sub(1))
}

/// What Enter (or a click) does on a row: book a free one, act on a visit, move a visit there, or
/// say why nothing can be booked there.
fn open_at(
    view: &BookView,
    f: &mut BookForm,
    c: usize,
    r: usize,
    preferred_kind: Option<&String>,
    out: &mut Vec<Action>,
) {
    let Some(column) = view.columns.get(c) else { return };
    let Some(&at) = view.rows.get(r) else { return };
    match column.cells.get(r) {
        Some(Cell::Free { types, .. }) => {
            if let Some((moving, _)) = &f.moving {
                out.push(move_to(moving.clone(), column, at));
            } else {
                f.slot = Some((column.physician.clone(), column.date, at));
                f.focus_form = true;
                let wanted = preferred_kind.filter(|k| types.iter().any(|t| t.as_str() == k.as_str()));
                f.kind = wanted.cloned().or_else(|| types.first().map(|t| t.to_string()));
                f.visit = None;
                f.said = None;
                f.answer = None;
            }
        }
        Some(Cell::Starts(visits)) => {
            if let Some(visit) = visits.first() {
                open_visit(view, f, column, visit, r, out);
            }
        }
        Some(Cell::Continues) => {
            // The visit that began above and runs through this row.
            let started = column.cells[..r].iter().rev().find_map(|cell| match cell {
                Cell::Starts(visits) => visits.iter().find(|v| v.at.minutes() + v.minutes > at.minutes()),
                _ => None,
            });
            if let Some(visit) = started {
                open_visit(view, f, column, visit, r, out);
            }
        }
        Some(Cell::Closed) => f.said = Some(column.unbookable.clone()),
        None => {}
    }
}

/// A visit clicked (or opened by Enter) at row `r`: its actions, or, while another visit is being
/// moved, that visit moved to this row (double-booked, where the policy allows).
fn open_visit(view: &BookView, f: &mut BookForm, column: &Column, visit: &Visit, r: usize, out: &mut Vec<Action>) {
    match &f.moving {
        Some((moving, _)) if *moving != visit.id => {
            if let Some(&at) = view.rows.get(r) {
                out.push(move_to(moving.clone(), column, at));
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
                PatientId::from(visit.patient.id.clone()),
            ));
            // A reason typed for one visit is not another's.
            f.reason.clear();
            f.slot = None;
            f.said = None;
            f.answer = None;
        }
    }
}

/// Moving a visit to a row of a column: that day, that time, that physician's book.
fn move_to(appointment: AppointmentId, column: &Column, at: TimeOfDay) -> Action {
    Action::Reschedule { appointment, date: column.date, at, physician: Some(column.physician.clone()) }
}

/// A visit on the sheet: a block in its type's colour with the patient, type and status; click it to
/// act on it, drag it onto a free row to move it.
fn visit_block(ui: &egui::Ui, painter: &egui::Painter, rect: egui::Rect, visit: &Visit) -> egui::Response {
    let badge = match visit.status {
        Status::Booked => String::new(),
        Status::Confirmed => " ✔".to_owned(),
        Status::Arrived => format!(" · {}", say(ui, "book-ui-badge-here")),
        Status::InRoom => format!(" · {}", say(ui, "book-ui-badge-in-room")),
        Status::Done => format!(" ✔ {}", say(ui, "book-ui-badge-done")),
        Status::NoShow => format!(" × {}", say(ui, "book-ui-badge-no-show")),
        Status::Cancelled => format!(" {}", say(ui, "book-ui-badge-cancelled")),
        Status::Rescheduled { .. } => format!(" {}", say(ui, "book-ui-badge-moved")),
    };
    let text = format!("{} · {}{badge}", visit.patient.label, visit.kind);
    // Clicked and dragged but not a keyboard stop of its own: the sheet's cursor reaches it.
    let response = ui.interact(rect, ui.id().with(("visit", &visit.id)), Sense::CLICK | Sense::DRAG);
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
    if response.dragged() {
        painter.rect_stroke(rect, 0.0, ui.visuals().selection.stroke, egui::StrokeKind::Inside);
    }
    let ink = if over { ui.visuals().weak_text_color() } else { ui.visuals().strong_text_color() };
    // One line, cut with "…" to the block's width: the time is the row's, the length is the block's,
    // and both are in the tooltip. Cut by layout rather than by a clip rectangle, since every clip
    // rectangle is a draw call of its own.
    let mut job = egui::text::LayoutJob::single_section(
        text.clone(),
        egui::TextFormat::simple(egui::FontId::proportional(13.0), ink),
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
            let moving = say_with(ui, "book-ui-move-visit", &[("visit", text.as_str().into())]);
            let galley = ghost.layout_no_wrap(moving, egui::FontId::proportional(13.0), Color32::WHITE);
            let at = pointer + Vec2::new(12.0, 4.0);
            ghost.rect_filled(egui::Rect::from_min_size(at, galley.size()).expand(4.0), 3.0, colour(visit.colour));
            ghost.galley(at, galley, Color32::WHITE);
        }
    }
    let facts: String = visit.about.iter().map(|fact| format!("\n{fact}")).collect();
    let args = [
        ("patient", visit.patient.label.as_str().into()),
        ("kind", visit.kind.as_str().into()),
        ("at", visit.at.to_string().into()),
        ("minutes", visit.minutes.into()),
        ("status", crate::ui::view::status_word(&visit.status, crate::ui::say::lang(ui.ctx())).into()),
    ];
    let about = say_with(ui, "book-ui-visit-hover", &args);
    response.on_hover_text(format!("{about}{facts}\n{}", say(ui, "book-ui-drag-to-move")))
}

#[cfg(test)]
mod tests {
    use super::typed_time;
    use crate::scenario::time::TimeOfDay;

    #[test]
    fn digits_typed_name_a_time() {
        let at = |h, m| TimeOfDay::from_hm(h, m);
        assert_eq!(typed_time("9"), at(9, 0));
        assert_eq!(typed_time("14"), at(14, 0));
        assert_eq!(typed_time("930"), at(9, 30));
        assert_eq!(typed_time("1030"), at(10, 30));
        assert_eq!(typed_time("1075"), None);
        assert_eq!(typed_time("2500"), None);
        assert_eq!(typed_time(""), None);
    }
}

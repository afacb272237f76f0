//! The GUI's panels: each a function `*_ui(ui, &View, &mut Vec<Action>)` that draws a view and says
//! what the learner chose, with no access to the simulation (DESIGN principle 7). What a panel
//! remembers between frames (a half-filled form, the open tab) lives in egui's memory, so panels are
//! tested with egui_kittest alone.

pub mod book;
pub mod calendar;
pub mod chart;
pub mod coach;
pub mod debrief;
pub mod desk;
pub mod inbox;
pub mod phone;
pub mod progress;
pub mod tabs;
pub mod top_bar;

use bevy_egui::egui;

use crate::i18n::{Lang, text};
use crate::ui::say::say;

/// What the desk is dealing with right now, shared by the panels: the patient a booking is for and
/// the call, walk-in or document it answers; and which panel is in front.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    pub tab: Tab,
    pub patient: Option<String>,
    /// The call, walk-in or document a booking answers: its event id, and how the desk names it.
    pub answers: Option<crate::ui::view::Pick>,
    /// The visit type the booking needs, when the desk knows it (a waitlist entry's).
    pub kind: Option<String>,
    /// The chart open on the chart tab.
    pub chart: Option<String>,
    /// `]` (1) or `[` (-1) was pressed: the panel in front moves the keyboard to its next or previous
    /// card (a patient, a message, a document).
    pub step: i8,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Phone,
    Desk,
    Book,
    Inbox,
    Chart,
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Phone, Tab::Desk, Tab::Book, Tab::Inbox, Tab::Chart];

    /// The tab's English name (the bench's `--tab` finds a tab by it).
    pub fn label(self) -> &'static str {
        match self {
            Tab::Phone => "Phone",
            Tab::Desk => "Front desk",
            Tab::Book => "Appointment book",
            Tab::Inbox => "Inbox",
            Tab::Chart => "Chart",
        }
    }

    /// The tab's name in `lang`, as its tab shows it.
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Tab::Phone => text(lang, "tabs-phone", &[]),
            Tab::Desk => text(lang, "tabs-desk", &[]),
            Tab::Book => text(lang, "tabs-book", &[]),
            Tab::Inbox => text(lang, "tabs-inbox", &[]),
            Tab::Chart => text(lang, "tabs-chart", &[]),
        }
    }

    /// The tab's icon (Phosphor): a tab found by its picture as well as its word.
    pub fn icon(self) -> &'static str {
        use egui_phosphor::regular as icon;
        match self {
            Tab::Phone => icon::PHONE,
            Tab::Desk => icon::USERS,
            Tab::Book => icon::CALENDAR,
            Tab::Inbox => icon::TRAY,
            Tab::Chart => icon::FOLDER,
        }
    }

    /// The function key that brings the tab to the front.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Phone => "F2",
            Tab::Desk => "F3",
            Tab::Book => "F4",
            Tab::Inbox => "F5",
            Tab::Chart => "F6",
        }
    }
}

fn focus_id() -> egui::Id {
    egui::Id::new("clinic-day-focus")
}

pub fn focus(ctx: &egui::Context) -> Focus {
    ctx.data(|d| d.get_temp::<Focus>(focus_id())).unwrap_or_default()
}

pub fn set_focus(ctx: &egui::Context, change: impl FnOnce(&mut Focus)) {
    ctx.data_mut(|d| change(d.get_temp_mut_or_default::<Focus>(focus_id())));
}

/// A form's state kept in egui's memory between frames under `id`.
pub fn form<T: Clone + Default + Send + Sync + 'static>(ui: &egui::Ui, id: egui::Id) -> T {
    ui.data(|d| d.get_temp::<T>(id)).unwrap_or_default()
}

pub fn keep_form<T: Clone + Send + Sync + 'static>(ui: &egui::Ui, id: egui::Id, value: T) {
    ui.data_mut(|d| d.insert_temp(id, value));
}

/// A panel's list of cards (patients at the desk, messages, documents) that `[` and `]` step through
/// from the keyboard: the step lands on a card's title, from where Tab goes through its buttons; the
/// card holding the keyboard focus is outlined. Which card that is comes from last frame's layout.
pub struct Cards {
    id: egui::Id,
    target: Option<usize>,
    focused: Option<egui::Rect>,
    rects: Vec<egui::Rect>,
}

impl Cards {
    pub fn new(ui: &egui::Ui, salt: &str) -> Self {
        let id = egui::Id::new(("cards", salt));
        let last: Vec<egui::Rect> = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        let focused = ui.memory(|m| m.focused()).and_then(|f| ui.ctx().read_response(f)).map(|r| r.rect);
        let step = focus(ui.ctx()).step;
        let target = (step != 0 && !last.is_empty()).then(|| {
            let at = focused.and_then(|r| last.iter().position(|card| card.contains_rect(r)));
            match (at, step > 0) {
                (None, true) => 0,
                (None, false) => last.len() - 1,
                (Some(i), true) => (i + 1).min(last.len() - 1),
                (Some(i), false) => i.saturating_sub(1),
            }
        });
        if step != 0 {
            set_focus(ui.ctx(), |f| f.step = 0);
        }
        Cards { id, target, focused, rects: Vec::new() }
    }

    /// One card in a group frame. `contents` gets whether the keyboard is stepping onto this card,
    /// for its `card_title`.
    pub fn card<R>(&mut self, ui: &mut egui::Ui, contents: impl FnOnce(&mut egui::Ui, bool) -> R) -> R {
        let grab = self.target == Some(self.rects.len());
        let shown = egui::Frame::group(ui.style()).show(ui, |ui| contents(ui, grab));
        let rect = shown.response.rect;
        if self.focused.is_some_and(|f| rect.contains_rect(f)) {
            ui.painter().rect_stroke(rect, 4.0, ui.visuals().selection.stroke, egui::StrokeKind::Outside);
        }
        self.rects.push(rect);
        shown.inner
    }

    pub fn finish(self, ui: &egui::Ui) {
        ui.data_mut(|d| d.insert_temp(self.id, self.rects));
    }
}

/// A card's title: focusable, so `[` and `]` can land on it (`grab`) and bring it into view.
pub fn card_title(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>, grab: bool) -> egui::Response {
    let title = ui.add(egui::Label::new(text).sense(egui::Sense::focusable_noninteractive()));
    if grab {
        title.request_focus();
        title.scroll_to_me(Some(egui::Align::Center));
    }
    if title.has_focus() {
        ui.painter().rect_stroke(title.rect.expand(2.0), 2.0, ui.visuals().selection.stroke, egui::StrokeKind::Outside);
    }
    title
}

/// A combo box over picks, storing the chosen id in `selected`, with its label in front. From the
/// keyboard: with the box focused, the arrow keys step through the choices without opening the list,
/// and picking from the open list (Enter) closes it.
pub fn pick_combo(
    ui: &mut egui::Ui,
    salt: &str,
    label: &str,
    picks: &[crate::ui::view::Pick],
    selected: &mut Option<String>,
) -> egui::Response {
    if !label.is_empty() {
        ui.label(label);
    }
    let at = selected.as_ref().and_then(|id| picks.iter().position(|p| &p.id == id));
    let shown = at.map_or_else(|| say(ui, "panel-choose"), |i| picks[i].label.clone());
    let mut picked = false;
    let find_id = egui::Id::new(("type-to-find", salt));
    let open_id = egui::Id::new(("pick-open", salt));
    // The list has just opened: the keyboard goes onto the current choice (or the first), so the
    // arrows move through the list and Enter picks, rather than moving on to what is behind it.
    let opening = !ui.data(|d| d.get_temp::<bool>(open_id)).unwrap_or(false);
    let combo = egui::ComboBox::from_id_salt(salt).width(170.0).selected_text(shown).show_ui(ui, |ui| {
        let found = type_to_find(ui, find_id, picks).or(opening.then_some(at.unwrap_or(0)));
        for (i, pick) in picks.iter().enumerate() {
            let choice = ui.selectable_value(selected, Some(pick.id.clone()), &pick.label);
            if found == Some(i) {
                choice.request_focus();
                choice.scroll_to_me(Some(egui::Align::Center));
            }
            picked |= choice.clicked();
        }
    });
    let open = combo.inner.is_some();
    ui.data_mut(|d| d.insert_temp(open_id, open));
    follow_focus(&combo.response);
    let popup = egui::Popup::default_response_id(&combo.response);
    if picked {
        egui::Popup::close_id(ui.ctx(), popup);
        combo.response.request_focus();
    } else if combo.response.has_focus() && !egui::Popup::is_id_open(ui.ctx(), popup) && !picks.is_empty() {
        // The arrows are the picker's while it has the keyboard: they step the choice and must not
        // also move the focus on to the next control (egui's arrow-key navigation).
        let arrows = egui::EventFilter { horizontal_arrows: true, vertical_arrows: true, ..Default::default() };
        ui.memory_mut(|m| m.set_focus_lock_filter(combo.response.id, arrows));
        let (down, up) = ui.input(|i| (i.key_pressed(egui::Key::ArrowDown), i.key_pressed(egui::Key::ArrowUp)));
        let step = match (down, up, at) {
            (true, _, None) => Some(0),
            (true, _, Some(i)) => Some((i + 1).min(picks.len() - 1)),
            (_, true, Some(i)) => Some(i.saturating_sub(1)),
            _ => None,
        };
        if let Some(i) = step {
            *selected = Some(picks[i].id.clone());
        }
    }
    combo.response
}

/// Where the last frame's text box under the pointer is kept, with that frame's number.
const TEXT_BOX_UNDER_POINTER: &str = "text box under the pointer";

/// The text box that was under the pointer last frame without the keyboard, if one was: a learner
/// who clicked it and types means it, even when the click did not give it the keyboard (a click
/// lost as a list closed), so the keys must go there and not to the shortcuts.
pub fn text_box_under_pointer(ctx: &egui::Context) -> Option<egui::Id> {
    let (id, frame) = ctx.data(|d| d.get_temp::<(egui::Id, u64)>(egui::Id::new(TEXT_BOX_UNDER_POINTER)))?;
    (frame + 1 >= ctx.cumulative_frame_nr()).then_some(id)
}

/// A one-line text box. Enter keeps the keyboard in the box (egui lets go of it, and the next Tab
/// would start again from the top of the screen), so Tab goes on to the button that uses the text.
pub fn text_line(ui: &mut egui::Ui, text: &mut String, hint: &str, width: f32) -> egui::Response {
    let response = ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(width));
    follow_focus(&response);
    if response.hovered() && !response.has_focus() {
        let frame = ui.ctx().cumulative_frame_nr();
        ui.ctx().data_mut(|d| d.insert_temp(egui::Id::new(TEXT_BOX_UNDER_POINTER), (response.id, frame)));
    }
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        response.request_focus();
    }
    response
}

/// Where the keyboard is. When the control that had the focus goes away (a step done, a form
/// closed, a call placed), egui lets go of the focus and the next Tab would start again at the top
/// of the window; for a learner working by keyboard the focus goes to `anchor` instead (the panel's
/// tab), from where Tab goes on into the panel. A learner using the mouse is left alone, and Esc
/// still lets go on purpose.
#[derive(Default)]
pub struct KeyboardPlace {
    last: Option<egui::Id>,
    by_keyboard: bool,
}

impl KeyboardPlace {
    /// Called once a frame, after the panels are drawn.
    pub fn keep(&mut self, ctx: &egui::Context, anchor: egui::Id) {
        let (pointer, key, escape) = ctx.input(|i| {
            let key = i.events.iter().any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
            (i.pointer.any_pressed(), key, i.key_pressed(egui::Key::Escape))
        });
        if pointer {
            self.by_keyboard = false;
        } else if key {
            self.by_keyboard = true;
        }
        let now = ctx.memory(|m| m.focused());
        if now.is_none() && self.last.is_some() && self.by_keyboard && !escape {
            ctx.memory_mut(|m| m.request_focus(anchor));
        }
        self.last = if escape { None } else { now };
    }
}

/// A menu of choices behind a button ("Advise…"): returns the choice clicked, and closes. Opened from
/// the keyboard, the menu takes the focus onto its first choice; egui leaves it on the button, and
/// the first Tab would land on nothing the learner can see.
pub fn menu_choice<T>(ui: &mut egui::Ui, label: &str, choices: impl IntoIterator<Item = (String, T)>) -> Option<T> {
    let mut chosen = None;
    let mut first = None;
    let menu = ui.menu_button(label, |ui| {
        for (words, choice) in choices {
            let response = button(ui, words);
            first.get_or_insert(response.id);
            if response.clicked() {
                chosen = Some(choice);
                ui.close();
            }
        }
    });
    follow_focus(&menu.response);
    if chosen.is_some() && !menu.response.has_focus() && ui.memory(|m| m.focused().is_some()) {
        // Chosen from the keyboard: the keyboard goes back to the menu's button, not to nowhere.
        menu.response.request_focus();
    }
    let placed = menu.response.id.with("focus-placed");
    match (menu.inner.is_some(), first) {
        (true, Some(first)) => {
            let done = ui.data(|d| d.get_temp::<bool>(placed)).unwrap_or(false);
            if !done && menu.response.has_focus() {
                ui.memory_mut(|m| m.request_focus(first));
            }
            ui.data_mut(|d| d.insert_temp(placed, true));
        }
        _ => ui.data_mut(|d| d.remove::<bool>(placed)),
    }
    chosen
}

/// In an open list, the letters typed so far (a pause of a second starts over) find the first choice
/// with a word that begins with them: "bou" finds Lucille Bouchard among forty patients.
fn type_to_find(ui: &egui::Ui, id: egui::Id, picks: &[crate::ui::view::Pick]) -> Option<usize> {
    let typed: String = ui.input(|i| {
        i.events.iter().filter_map(|e| if let egui::Event::Text(t) = e { Some(t.as_str()) } else { None }).collect()
    });
    if typed.is_empty() {
        return None;
    }
    let now = ui.input(|i| i.time);
    let (mut so_far, last): (String, f64) = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if now - last > 1.0 {
        so_far.clear();
    }
    so_far.push_str(&typed.to_lowercase());
    let found =
        picks.iter().position(|p| p.label.split_whitespace().any(|word| word.to_lowercase().starts_with(&so_far)));
    ui.data_mut(|d| d.insert_temp(id, (so_far, now)));
    found
}

/// Brings a control into view when the keyboard moves onto it: panels scroll, and a learner working
/// by Tab alone must see where they are (egui leaves that to each widget).
pub fn follow_focus(response: &egui::Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
}

/// `ui.button` that scrolls into view when Tab lands on it (and is ringed when the coach points at
/// it).
pub fn button(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let text = text.into();
    let label = text.text().to_owned();
    let response = ui.button(text);
    follow_focus(&response);
    ring_if_coached(ui, &response, &label);
    response
}

fn coach_points_at_id() -> egui::Id {
    egui::Id::new("coach-points-at")
}

/// The control the coach's card is about, by its label ("Answer"), for this frame; none when no card
/// is open. The buttons ring themselves when their label is the one. The coach names a control by
/// its English words in every language: a command's button rings by `Command::label`, and a control
/// whose words are translated calls `ring_if_coached` with its English label.
pub fn set_coach_points_at(ctx: &egui::Context, label: Option<&'static str>) {
    ctx.data_mut(|d| d.insert_temp(coach_points_at_id(), label));
}

/// A ring round a control the coach is pointing at, pulsing twice a second.
fn ring_if_coached(ui: &egui::Ui, response: &egui::Response, label: &str) {
    let pointed = ui.ctx().data(|d| d.get_temp::<Option<&'static str>>(coach_points_at_id())).flatten();
    if pointed == Some(label) {
        coach_ring(ui, response.rect);
    }
}

/// The coach's mark round what a card is about (a tab, a control): a ring in the warning colour
/// that pulses twice a second.
fn coach_ring(ui: &egui::Ui, rect: egui::Rect) {
    let now = ui.input(|i| i.time);
    let width = if (now * 2.0).fract() < 0.5 { 3.0 } else { 1.5 };
    let ring = egui::Stroke::new(width, ui.visuals().warn_fg_color);
    ui.painter().rect_stroke(rect.expand(3.0), 4.0, ring, egui::StrokeKind::Outside);
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(250));
}

/// `ui.small_button` that scrolls into view when Tab lands on it.
pub fn small_button(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let response = ui.small_button(text);
    follow_focus(&response);
    response
}

/// A button whose identity is its label. egui numbers widgets by position, so when a pressed button
/// disappears the next one would inherit its keyboard focus, and a second Enter would press it (it
/// may be "Open chart" or "Call 911"); a button named by its label keeps its own.
pub fn stable_button(ui: &mut egui::Ui, label: &str) -> egui::Response {
    let width = button_width(ui, label).min(ui.max_rect().width());
    wrap_before(ui, width);
    let response = ui.push_id(label, |ui| ui.add(egui::Button::new(label).wrap())).inner;
    follow_focus(&response);
    ring_if_coached(ui, &response, label);
    response
}

/// A step done once (check the card, check in, register): a button until it is done, then a greyed
/// "✔ done" mark in the same place. Both are as wide as the wider of the two, so the buttons after
/// it never move under the pointer, and the learner sees that it took.
pub fn once_button(ui: &mut egui::Ui, label: &str, done_label: &str, done: bool) -> bool {
    once_button_with_tip(ui, Shown { text: label, coached_as: label }, None, done_label, done)
}

/// `once_button` for a command that also has a key: its picture and words, and its key in the
/// tooltip.
pub fn once_command(ui: &mut egui::Ui, command: &crate::ui::commands::Command, done_label: &str, done: bool) -> bool {
    let lang = crate::ui::say::lang(ui.ctx());
    let caption = command.caption_in(lang);
    let shown = Shown { text: &caption, coached_as: command.label() };
    once_button_with_tip(ui, shown, Some(command.tooltip_in(lang)), done_label, done)
}

/// A button for a command that also has a key: its picture and words, its key in the tooltip, and
/// the coach's ring when the coach names it.
pub fn command_button(ui: &mut egui::Ui, command: &crate::ui::commands::Command) -> egui::Response {
    let lang = crate::ui::say::lang(ui.ctx());
    let response = ui.button(command.caption_in(lang)).on_hover_text(command.tooltip_in(lang));
    follow_focus(&response);
    ring_if_coached(ui, &response, command.label());
    response
}

/// What a button shows, and the words the coach knows it by (the same, less any picture).
#[derive(Clone, Copy)]
struct Shown<'a> {
    text: &'a str,
    coached_as: &'a str,
}

fn once_button_with_tip(ui: &mut egui::Ui, shown: Shown, tip: Option<String>, done_label: &str, done: bool) -> bool {
    let label = shown.text;
    let done_text = format!("✔ {done_label}");
    // Never wider than the panel: a long label ("Ask LifeLabs (King Street West, Hamilton) for …")
    // wraps inside its button rather than running off the edge of a 1024-wide screen.
    let width = button_width(ui, label).max(button_width(ui, &done_text)).min(ui.max_rect().width());
    wrap_before(ui, width);
    let size = egui::vec2(width, 0.0);
    ui.push_id(label, |ui| {
        if done {
            // Greyed but still focusable, under the same id: a step done from the keyboard keeps the
            // focus where it was, so the next Tab goes on through the card instead of starting over.
            let mark = egui::Button::new(egui::RichText::new(done_text).weak()).frame(false).min_size(size);
            let response = ui.add(mark);
            follow_focus(&response);
            false
        } else {
            let mut response = ui.add(egui::Button::new(label).wrap().min_size(size));
            if let Some(tip) = tip {
                response = response.on_hover_text(tip);
            }
            follow_focus(&response);
            ring_if_coached(ui, &response, shown.coached_as);
            response.clicked()
        }
    })
    .inner
}

pub(crate) fn button_width(ui: &egui::Ui, label: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    ui.painter().layout_no_wrap(label.to_owned(), font, egui::Color32::WHITE).size().x
        + 2.0 * ui.spacing().button_padding.x
}

/// A button in a scope of its own cannot move itself to the next row of a wrapping layout: start the
/// next row here when it would not fit, rather than squeeze its text.
fn wrap_before(ui: &mut egui::Ui, width: f32) {
    if ui.layout().main_wrap && ui.available_size_before_wrap().x < width && ui.cursor().min.x > ui.max_rect().min.x {
        ui.end_row();
    }
}

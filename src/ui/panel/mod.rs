//! The GUI's panels: each a function `*_ui(ui, &View, &mut Vec<Action>)` that draws a view and says
//! what the learner chose, with no access to the simulation (DESIGN principle 7). What a panel
//! remembers between frames (a half-filled form, the open tab) lives in egui's memory, so panels are
//! tested with egui_kittest alone.

pub mod book;
pub mod chart;
pub mod debrief;
pub mod desk;
pub mod inbox;
pub mod phone;
pub mod top_bar;

use bevy_egui::egui;

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

    pub fn label(self) -> &'static str {
        match self {
            Tab::Phone => "Phone",
            Tab::Desk => "Front desk",
            Tab::Book => "Appointment book",
            Tab::Inbox => "Inbox",
            Tab::Chart => "Chart",
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

/// A combo box over picks, storing the chosen id in `selected`.
pub fn pick_combo(
    ui: &mut egui::Ui,
    salt: &str,
    label: &str,
    picks: &[crate::ui::view::Pick],
    selected: &mut Option<String>,
) {
    let shown = selected
        .as_ref()
        .and_then(|id| picks.iter().find(|p| &p.id == id))
        .map_or_else(|| "choose…".to_string(), |p| p.label.clone());
    egui::ComboBox::from_id_salt(salt).width(170.0).selected_text(shown).show_ui(ui, |ui| {
        for pick in picks {
            ui.selectable_value(selected, Some(pick.id.clone()), &pick.label);
        }
    });
    if !label.is_empty() {
        ui.label(label);
    }
}

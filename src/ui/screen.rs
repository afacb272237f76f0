//! The screens: Title → Briefing → Shift → Debrief, as a Bevy state. Title, briefing and debrief are
//! drawn here; the shift is in `shift.rs`.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::panel::debrief::{DebriefChoice, debrief_ui};
use super::panel::progress::progress_ui;
use super::session::{GameOptions, Session, Settings, Source};
use super::state::{Finished, Screen};
use super::view::progress::ProgressView;
use crate::rules::Scorecard;
use crate::scenario::BUILTIN;
use crate::shift::Shift;
use crate::shift::plugin::{end_session, start_day};

/// What went wrong opening a file, shown on the title screen.
#[derive(Resource, Default)]
struct TitleState {
    path: String,
    error: Option<String>,
    /// Each shipped day's index in `BUILTIN`, and its title and clinic, read once, in the order
    /// offered (the tutorial first).
    days: Vec<(usize, String)>,
    /// The learner's past practice shifts, read from the disk each time the title opens.
    progress: Option<crate::practicum::progress::Progress>,
    /// Shifts cut short (a crash, a power cut), read from the disk each time the title opens.
    interrupted: Option<Vec<super::keeping::Interrupted>>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .insert_resource(Settings::load(&Settings::path()))
        .init_resource::<TitleState>()
        .add_systems(Startup, (spawn_camera, open_from_command_line))
        .add_systems(EguiPrimaryContextPass, title_ui.run_if(in_state(Screen::Title)))
        .add_systems(EguiPrimaryContextPass, briefing_ui.run_if(in_state(Screen::Briefing)))
        .add_systems(EguiPrimaryContextPass, debrief_screen_ui.run_if(in_state(Screen::Debrief)))
        .add_systems(OnEnter(Screen::Shift), (forget_last_shift, begin_shift))
        .add_systems(OnExit(Screen::Debrief), |world: &mut World| end_session(world))
        .add_systems(Update, (install_icon_font, apply_look, remember_settings))
        .add_systems(EguiPrimaryContextPass, scale_by_keys)
        // The disk is looked at again for interrupted shifts each time the title opens.
        .add_systems(OnEnter(Screen::Title), |mut title: ResMut<TitleState>| {
            title.interrupted = None;
            title.progress = None;
        });
}

fn spawn_camera(mut commands: Commands) {
    // Flat shapes need no multisampling, and it is most of the cost of a frame on a software GPU.
    commands.spawn((Camera2d, Msaa::Off));
}

/// Ctrl + / Ctrl − / Ctrl 0 change the interface size on any screen, mid-shift included.
fn scale_by_keys(mut settings: ResMut<Settings>, mut contexts: EguiContexts) {
    let Ok(ctx) = contexts.ctx_mut() else { return };
    if let Some(scale) = super::scale::scale_keys(ctx, settings.ui_scale) {
        settings.ui_scale = scale;
    }
}

/// Writes the settings down whenever they change, so the next launch opens the way this one was
/// left.
fn remember_settings(settings: Res<Settings>, mut saved: Local<Option<Settings>>) {
    match saved.as_ref() {
        None => *saved = Some(settings.clone()),
        Some(before) if *before != *settings => {
            if let Err(e) = settings.save(&Settings::path()) {
                warn!("cannot remember the settings: {e}");
            }
            *saved = Some(settings.clone());
        }
        Some(_) => {}
    }
}

/// Applies the interface size, the theme and the colour choice when the learner changes them (only
/// then: setting egui's zoom asks for a repaint, and doing it every frame would keep an idle window
/// drawing).
/// Adds the icon font (Phosphor) to egui's own fonts, once: its glyphs sit in a private range, so
/// text in every other font is untouched.
fn install_icon_font(mut contexts: EguiContexts, mut done: Local<bool>) {
    if *done {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        let mut fonts = egui::FontDefinitions::default();
        egui_phosphor::add_to_fonts(&mut fonts, egui_phosphor::Variant::Regular);
        ctx.set_fonts(fonts);
        *done = true;
    }
}

fn apply_look(
    settings: Res<Settings>,
    mut applied: Local<Option<(f32, bool, bool)>>,
    mut contexts: EguiContexts,
    mut clear: ResMut<ClearColor>,
) {
    let look = (settings.ui_scale, settings.light_theme, settings.colour_blind);
    if *applied == Some(look) {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.set_zoom_factor(settings.ui_scale);
        // The keys are the game's (`scale_by_keys`), so the size is remembered: egui's own
        // keyboard zoom would change it behind the settings' back.
        ctx.options_mut(|options| options.zoom_with_keyboard = false);
        let theme = if settings.light_theme { egui::Theme::Light } else { egui::Theme::Dark };
        ctx.set_theme(theme);
        super::style::set_colour_blind(ctx, settings.colour_blind);
        // Flat popups, tooltips and windows: a soft shadow is a blurred band of triangles around
        // each one, and on a software GPU a frame's cost follows the area it paints.
        ctx.all_styles_mut(|style| {
            style.visuals.popup_shadow = egui::epaint::Shadow::NONE;
            style.visuals.window_shadow = egui::epaint::Shadow::NONE;
            super::style::readable(&mut style.visuals);
            super::style::text_sizes(style);
        });
        // The window's own colour is the panels' (they draw no background of their own over it).
        let panel = ctx.style_of(theme).visuals.panel_fill;
        clear.0 = Color::srgb_u8(panel.r(), panel.g(), panel.b());
        *applied = Some(look);
    }
}

/// `clinic-day play FILE` skips the title screen.
fn open_from_command_line(
    mut commands: Commands,
    options: Res<GameOptions>,
    mut title: ResMut<TitleState>,
    mut next: ResMut<NextState<Screen>>,
) {
    let opened = match (&options.exam, &options.scenario) {
        (Some(sheet), _) => Some((sheet, open_exam(sheet))),
        (None, Some(path)) => Some((path, open_file(path, options.seed))),
        (None, None) => None,
    };
    let Some((path, opened)) = opened else { return };
    match opened {
        Ok(session) => {
            commands.insert_resource(session);
            next.set(Screen::Briefing);
        }
        Err(error) => {
            title.path = path.display().to_string();
            title.error = Some(error);
        }
    }
}

/// Loads an exam sheet and its scenario; errors come back as the validator prints them.
pub fn open_exam(path: &std::path::Path) -> Result<Session, String> {
    crate::practicum::exam::load_exam(path).map(Session::exam).map_err(|report| report.render(false))
}

/// Loads a scenario file (or an exam sheet) for play; errors come back as the validator prints them.
pub fn open_file(path: &std::path::Path, seed: Option<u64>) -> Result<Session, String> {
    let bytes = crate::scenario::read_file(path).map_err(|report| report.render(false))?;
    if std::str::from_utf8(&bytes).is_ok_and(crate::practicum::exam::is_exam_sheet) {
        return open_exam(path);
    }
    match crate::scenario::load_bytes(&path.display().to_string(), &bytes) {
        Ok(loaded) if !loaded.report.has_errors() => {
            let seed = seed.unwrap_or(loaded.scenario.randomness.seed);
            // The hash of the very bytes loaded, so the results file names what was played.
            let sha256 = crate::practicum::stamp::sha256_hex(&bytes);
            Ok(Session::practice(Arc::new(loaded.scenario), Source::File(path.to_path_buf()), seed, sha256))
        }
        Ok(loaded) => Err(loaded.report.render(false)),
        Err(report) => Err(report.render(false)),
    }
}

fn open_builtin(index: usize, seed: Option<u64>) -> Result<Session, String> {
    let builtin = BUILTIN.get(index).ok_or("no such day")?;
    let loaded = builtin.load().map_err(|r| r.render(false))?;
    let seed = seed.unwrap_or(loaded.scenario.randomness.seed);
    let sha256 = crate::practicum::stamp::sha256_hex(builtin.text.as_bytes());
    Ok(Session::practice(Arc::new(loaded.scenario), Source::Builtin(builtin.file), seed, sha256))
}

fn title_ui(
    mut contexts: EguiContexts,
    mut commands: Commands,
    mut title: ResMut<TitleState>,
    mut settings: ResMut<Settings>,
    options: Res<GameOptions>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut chosen: Option<Result<Session, String>> = None;
    egui::CentralPanel::default().show(&mut root(ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.label(egui::RichText::new("Clinic Day").size(44.0).strong());
            ui.label(egui::RichText::new("A day at the front desk of a medical office").size(18.0).weak());
            ui.add_space(24.0);
        });
        let interrupted = title.interrupted.get_or_insert_with(super::keeping::interrupted).clone();
        let mut forget = false;
        for shift in &interrupted {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new("An unfinished shift is waiting").strong().size(16.0));
                ui.label(&shift.summary);
                ui.horizontal(|ui| {
                    if ui.button("Resume it where it stopped").clicked() {
                        let shift = shift.clone();
                        commands.queue(move |world: &mut World| match super::keeping::resume(world, &shift) {
                            Ok(()) => world.resource_mut::<NextState<Screen>>().set(Screen::Shift),
                            Err(error) => {
                                let mut title = world.resource_mut::<TitleState>();
                                title.error = Some(format!("Cannot resume: {error}"));
                            }
                        });
                    }
                    if ui.button("Set it aside").on_hover_text("kept on the disk, not offered again").clicked() {
                        if let Err(e) = super::keeping::set_aside(shift) {
                            title.error = Some(format!("Cannot set the shift aside: {e}"));
                        }
                        forget = true;
                    }
                });
            });
        }
        if forget {
            title.interrupted = None;
        }
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            ui.heading("Choose a day");
            if title.days.is_empty() {
                title.days = crate::scenario::title_order()
                    .into_iter()
                    .map(|(index, builtin)| {
                        let named = match builtin.load() {
                            Ok(loaded) => format!("{}\n{}", loaded.scenario.title, loaded.scenario.clinic.name),
                            Err(_) => builtin.file.to_string(),
                        };
                        let label = if builtin.starts_here { format!("Start here: {named}") } else { named };
                        (index, label)
                    })
                    .collect();
            }
            for (place, (index, label)) in title.days.clone().into_iter().enumerate() {
                let button = egui::Button::new(egui::RichText::new(label).size(16.0)).min_size(egui::vec2(380.0, 54.0));
                let shortcut = format!("{}", place + 1);
                if ui.add(button).on_hover_text(format!("key {shortcut}")).clicked()
                    || ui.input(|inp| inp.key_pressed(digit_key(place)))
                {
                    chosen = Some(open_builtin(index, options.seed));
                }
            }
            ui.add_space(12.0);
            ui.label("Or open a scenario file or an exam sheet:");
            ui.horizontal(|ui| {
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut title.path).hint_text("scenarios/my-day.ron").desired_width(300.0),
                );
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Open").clicked() || enter) && !title.path.trim().is_empty() {
                    chosen = Some(open_file(std::path::Path::new(title.path.trim()), options.seed));
                }
            });
            if let Some(error) = &title.error {
                egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                    ui.label(egui::RichText::new(error).monospace().color(ui.visuals().error_fg_color));
                });
            }
            let ui = &mut cols[1];
            ui.heading("Settings");
            super::scale::scale_ui(ui, &mut settings.ui_scale);
            ui.checkbox(&mut settings.light_theme, "light theme (dark text on a light page)");
            ui.checkbox(&mut settings.colour_blind, "colour-blind-safe colours (blue / orange)");
            ui.checkbox(&mut settings.practice, "practice mode: running score and feedback after each decision");
            ui.checkbox(&mut settings.coach_every_day, "coach me on every practice day (the tutorial always coaches)");
            ui.horizontal(|ui| {
                ui.label("starting speed");
                use crate::sim::action::Speed;
                ui.selectable_value(&mut settings.speed, Speed::Normal, "1×");
                ui.selectable_value(&mut settings.speed, Speed::Fast, "2×");
                ui.selectable_value(&mut settings.speed, Speed::Faster, "4×");
            });
            if cfg!(feature = "audio") {
                ui.checkbox(&mut settings.sound, "sound");
            } else {
                ui.add_enabled(false, egui::Checkbox::new(&mut false, "sound (this build has no audio)"));
            }
            ui.add_space(12.0);
            ui.label(egui::RichText::new("F1 or ? shows the keyboard shortcuts during a shift.").weak());
            ui.add_space(12.0);
            let progress = title.progress.get_or_insert_with(|| {
                crate::practicum::progress::Progress::of_folder(&crate::storage::data_dir().join("results"))
            });
            progress_ui(ui, &ProgressView::of(progress, crate::practicum::results::now_secs()));
        });
    });
    match chosen {
        Some(Ok(session)) => {
            title.error = None;
            commands.insert_resource(session);
            next.set(Screen::Briefing);
        }
        Some(Err(error)) => title.error = Some(error),
        None => {}
    }
    Ok(())
}

fn digit_key(i: usize) -> egui::Key {
    [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3, egui::Key::Num4, egui::Key::Num5][i.min(4)]
}

/// A full-window `Ui` for panels to live in (egui 0.36 panels show inside a `Ui`).
pub fn root(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    )
}

fn briefing_ui(
    mut contexts: EguiContexts,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let scenario = session.scenario.clone();
    let s = &*scenario;
    let mut start = ctx.input(|i| i.key_pressed(egui::Key::Enter));
    let mut back = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    // An exam starts only once the learner has said who they are.
    let id_problem = session.exam.as_ref().and_then(|_| super::session::valid_learner_id(&session.learner).err());
    let mut root = root(ctx);
    egui::Panel::bottom("briefing-buttons").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            back |= ui.button("Back").on_hover_text("Esc").clicked();
            let label = if session.exam.is_some() { "Start the exam" } else { "Start the shift" };
            start |= ui
                .add_enabled(id_problem.is_none(), egui::Button::new(egui::RichText::new(label).size(18.0)))
                .on_hover_text("Enter")
                .clicked();
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(exam) = session.exam.clone() {
                exam_ui(ui, &exam, &mut session.learner, id_problem);
            }
            ui.heading(&s.title);
            // The date as a person writes it, with the year: the day is not necessarily this year's.
            let (year, _, _) = s.clinic.date.ymd();
            ui.label(format!(
                "{} · {} {year} · open {}–{}",
                s.clinic.name,
                super::view::long_date(s.clinic.date, s.clinic.date),
                s.clinic.hours.open,
                s.clinic.hours.close
            ));
            ui.add_space(8.0);
            ui.label(s.briefing.trim());
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Today you will practise").strong());
            for objective in &s.objectives {
                ui.label(format!("• {objective}"));
            }
            ui.add_space(8.0);
            let team = if s.staff.nurses.is_empty() { "The physicians" } else { "The physicians and nurses" };
            ui.label(egui::RichText::new(team).strong());
            for p in &s.staff.physicians {
                let covered =
                    p.covered_by.as_ref().map(|c| format!(", covered by {}", s.staff_name(c))).unwrap_or_default();
                ui.label(format!("• {}, {}{covered}", p.name, p.specialty));
            }
            for n in &s.staff.nurses {
                // A name written with its credential ("Grace Li, RN") says it already.
                let role = if n.name.contains(',') { "" } else { ", nurse" };
                ui.label(format!("• {}{role}", n.name));
            }
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Office policies").strong());
            for line in super::view::policy_lines(s) {
                ui.label(format!("• {line}"));
            }
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Today's book").strong());
            let today: Vec<_> = s.book.iter().filter(|b| b.date.resolve(s.clinic.date) == s.clinic.date).collect();
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            ui.label(format!(
                "{} booked today; {} on the waitlist.",
                plural(today.len(), "appointment", "appointments"),
                plural(s.waitlist.len(), "patient", "patients")
            ));
        });
    });
    if start && id_problem.is_none() {
        session.learner = session.learner.trim().to_owned();
        next.set(Screen::Shift);
    } else if back {
        next.set(Screen::Title);
    }
    Ok(())
}

/// The exam's rules, and the learner's id, asked before the shift can start.
fn exam_ui(ui: &mut egui::Ui, exam: &crate::practicum::exam::Exam, learner: &mut String, problem: Option<&str>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(egui::RichText::new(format!("Exam: {}", exam.sheet.title)).size(22.0).strong());
        ui.label("Nothing is judged out loud during an exam: no feedback, no running score, until the end.");
        ui.label(exam.sheet.pause.describe());
        ui.label(exam.sheet.attempts.describe());
        if exam.sheet.seed.is_none() {
            ui.label("Your day is drawn for this attempt: when things happen, and some of what happens, differ from anyone else's.");
        }
        ui.label(if exam.sheet.show_debrief {
            "When the office closes you will see your debrief."
        } else {
            "When the office closes your results are saved for your instructor; the scores are not shown."
        });
        ui.label(egui::RichText::new(format!("Results go to {}", exam.results_dir.display())).weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new("Your student number or username:").strong());
            let field = ui.add(egui::TextEdit::singleline(learner).desired_width(200.0).hint_text("e.g. s1234567"));
            if learner.is_empty() && ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
        });
        if let Some(problem) = problem {
            ui.label(egui::RichText::new(problem).color(super::style::palette(ui).warning));
        }
    });
    ui.add_space(8.0);
}

/// A new shift starts with empty forms, the first tab and every list scrolled to the top: what the
/// last one left in egui's memory (a half-filled form, a chart, ticked boxes) is not carried over.
fn forget_last_shift(mut contexts: EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.data_mut(|data| data.clear());
    }
}

fn begin_shift(world: &mut World) {
    world.remove_resource::<Finished>();
    // A shift put back after a crash goes on where it was, with its own journal.
    if let Some(mut resumed) = world.remove_resource::<super::keeping::Resumed>()
        && let Some(day) = resumed.day.take()
    {
        crate::shift::plugin::resume_day(world, day);
        if let Some(record) = resumed.record.take() {
            world.insert_resource(crate::shift::plugin::WriteAhead::new(record));
        }
        return;
    }
    let Some(mut session) = world.get_resource::<Session>().cloned() else { return };
    // A whole new day, even after a moment taken again.
    if session.rewound_to.take().is_some() {
        world.insert_resource(session.clone());
    }
    let speed = world.get_resource::<Settings>().map(|s| s.speed).unwrap_or(crate::sim::action::Speed::Normal);
    let mut day = Shift::new(session.scenario.clone(), session.seed);
    day.start_at_speed(speed);
    start_day(world, day);
    super::keeping::start_record(world);
}

fn debrief_screen_ui(
    mut contexts: EguiContexts,
    mut commands: Commands,
    finished: Option<ResMut<Finished>>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut finished) = finished else {
        next.set(Screen::Title);
        return Ok(());
    };
    let exam = session.and_then(|s| s.exam.clone().map(|exam| (exam, s.learner.clone())));
    let mut choices = Vec::new();
    egui::CentralPanel::default().show(&mut root(ctx), |ui| {
        match &exam {
            // The instructor keeps the scores for later: the learner hears only that the work is safe.
            Some((exam, learner)) if !exam.sheet.show_debrief => {
                exam_over_ui(ui, &exam.sheet.title, learner, finished.results.as_deref(), &mut choices);
            }
            _ => {
                for note in finished.results.iter().chain(&finished.saved_to) {
                    ui.label(egui::RichText::new(note).weak());
                }
                let mut view = finished.view.clone();
                // One attempt per exam: no retry from its debrief, and no moment taken again.
                view.retry = exam.is_none();
                view.rewind = exam.is_none();
                debrief_ui(ui, &view, &mut choices);
            }
        }
    });
    for choice in choices {
        match choice {
            DebriefChoice::Retry => next.set(Screen::Briefing),
            DebriefChoice::OnlyWhatWentWrong(only) => finished.view.only_what_went_wrong = only,
            DebriefChoice::Rewind(to) => {
                commands.queue(move |world: &mut World| match super::keeping::rewind(world, to) {
                    Ok(()) => world.resource_mut::<NextState<Screen>>().set(Screen::Shift),
                    Err(error) => {
                        if let Some(mut finished) = world.get_resource_mut::<Finished>() {
                            finished.saved_to = Some(format!("Cannot take that moment again: {error}"));
                        }
                    }
                });
            }
            DebriefChoice::Title => next.set(Screen::Title),
            DebriefChoice::SaveReport => {
                finished.saved_to = Some(match save_report(&finished.scorecard) {
                    Ok(paths) => format!("Report saved to {paths}"),
                    Err(error) => format!("Could not save the report: {error}"),
                });
            }
        }
    }
    Ok(())
}

/// The end of an exam whose sheet keeps the debrief from the learner.
fn exam_over_ui(ui: &mut egui::Ui, title: &str, learner: &str, results: Option<&str>, out: &mut Vec<DebriefChoice>) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(egui::RichText::new("The office is closed: your exam is over.").size(28.0).strong());
        ui.add_space(12.0);
        ui.label(egui::RichText::new(format!("{title}, {learner}")).size(18.0));
        ui.add_space(8.0);
        ui.label(results.unwrap_or("Your results are being saved."));
        ui.label("Your instructor will share your scores and the debrief.");
        ui.add_space(24.0);
        if ui.button("Back to the title screen").clicked() {
            out.push(DebriefChoice::Title);
        }
    });
}

/// Saves the scorecard in the data directory's `reports/`: a text report to read and the JSON a
/// grader's tools take, named by scenario, seed and time so a retry never overwrites the last one.
fn save_report(scorecard: &Scorecard) -> Result<String, String> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let dir = crate::storage::data_dir().join("reports");
    let stem = format!("{}-seed{}-{stamp}", scorecard.scenario, scorecard.seed);
    let json = serde_json::to_string_pretty(scorecard).map_err(|e| e.to_string())? + "\n";
    let text_path = dir.join(format!("{stem}.txt"));
    let json_path = dir.join(format!("{stem}.json"));
    crate::storage::write_atomic(&text_path, scorecard.render().as_bytes())
        .and_then(|()| crate::storage::write_atomic(&json_path, json.as_bytes()))
        .map_err(|e| format!("{e} (in {})", dir.display()))?;
    Ok(format!("{} (and .json beside it)", text_path.display()))
}

//! The shift screen: the top bar, the tabs of panels beside the desk scene, practice toasts, the
//! keyboard, the pause menu; and the end of the day.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::root;
use crate::i18n::{Lang, text};
use crate::practicum::exam::pauses_taken;
use crate::rules::{Reading, Scorecard, rule};
use crate::scenario::PatientId;
use crate::shift::plugin::{DayNews, LearnerAction, SimDay};
use crate::sim::Action;
use crate::sim::action::Speed;
use crate::sim::journal::{Entry, Happening};
use crate::sim::phone::CallState;
use crate::ui::coach::Coach;
use crate::ui::commands;
use crate::ui::panel::book::{book_page, book_search, book_ui};
use crate::ui::panel::chart::chart_ui;
use crate::ui::panel::coach::CoachChoice;
use crate::ui::panel::desk::desk_ui;
use crate::ui::panel::inbox::inbox_ui;
use crate::ui::panel::phone::phone_ui;
use crate::ui::panel::tabs::{TabNews, tabs_ui};
use crate::ui::panel::top_bar::top_bar_ui;
use crate::ui::panel::{Tab, focus, set_focus};
use crate::ui::say::say;
use crate::ui::session::{Session, Settings};
use crate::ui::state::{Screen, finish};
use crate::ui::view::book::BookView;
use crate::ui::view::chart::ChartView;
use crate::ui::view::desk::DeskView;
use crate::ui::view::inbox::InboxView;
use crate::ui::view::patients;
use crate::ui::view::phone::PhoneView;
use crate::ui::view::top_bar::TopBarView;

/// Redraw continuously whatever happens (the smoke test and the frame-time benchmark).
#[derive(Resource)]
pub struct AlwaysRedraw;

/// The coach of a first day, on the tutorial in practice (none otherwise).
#[derive(Resource, Default)]
struct Coaching(Option<Coach>);

/// A practice shift is coached on the day the title screen says to start with, and on every day
/// when the learner asked for it in the settings; never an exam, never a moment taken again.
fn start_coaching(session: Option<Res<Session>>, settings: Res<Settings>, mut coaching: ResMut<Coaching>) {
    let coached = session.is_some_and(|s| is_coached(&s, &settings));
    coaching.0 = coached.then(Coach::default);
}

fn is_coached(session: &Session, settings: &Settings) -> bool {
    let starts_here = matches!(session.source, crate::ui::session::Source::Builtin(file)
        if crate::scenario::BUILTIN.iter().any(|b| b.file == file && b.starts_here));
    session.exam.is_none() && session.rewound_to.is_none() && (starts_here || settings.coach_every_day)
}

/// How wide the panels beside the desk scene are, so the scene can centre itself in what is left.
#[derive(Resource, Clone, Copy, Debug)]
pub struct PanelWidth(pub f32);

/// Feedback shown for a few seconds after each judged decision (practice mode).
#[derive(Resource, Default)]
struct Toasts {
    shown: Vec<Toast>,
    /// The rule whose "why?" was clicked, shown in a window.
    why: Option<String>,
    /// The rule of the latest judgment, for the W key.
    latest_rule: Option<String>,
}

struct Toast {
    kind: ToastKind,
    /// The rule judged; empty for a refusal.
    rule: String,
    text: String,
    until: f64,
    /// How many more times the same message came while this one was shown.
    repeats: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ToastKind {
    Kept,
    Broken,
    /// The simulation would not do what was asked (a booking into the past, a move onto a taken
    /// row): said in every mode, since it is not a judgment.
    Refused,
    /// Something the whole desk must know at once (a physician running late, an absence to rebook):
    /// said in every mode, like a colleague leaning in to tell you.
    News,
    /// The book took a booking or a move: the learner sees it happened (judgments come at closing).
    Done,
}

/// The shift's overlays.
#[derive(Resource, Default)]
struct Overlay {
    help: bool,
    menu: bool,
    confirm_quit: bool,
    /// "Leave the desk for the day" was chosen before closing time: asked once more.
    confirm_leave: bool,
    /// Whether the clock was paused when the menu opened, so closing it leaves it that way.
    paused_before_menu: bool,
    /// The menu has just opened: its first button takes the keyboard focus.
    focus_menu: bool,
    /// "Next event" was asked for while something still waits for the desk: what waits, shown
    /// before the clock passes over it.
    skip_question: Option<Vec<String>>,
}

pub(crate) fn plugin(app: &mut App) {
    app.insert_resource(PanelWidth(0.0))
        .init_resource::<Toasts>()
        .init_resource::<Overlay>()
        .init_resource::<Coaching>()
        .add_systems(OnEnter(Screen::Shift), start_coaching)
        .add_systems(EguiPrimaryContextPass, shift_ui.run_if(in_state(Screen::Shift)))
        .init_resource::<ExamPauseClock>()
        .add_systems(Update, (collect_toasts, end_of_day, end_long_exam_pauses).run_if(in_state(Screen::Shift)))
        .add_systems(Update, pace_updates)
        .add_systems(OnEnter(Screen::Shift), |mut toasts: ResMut<Toasts>, mut overlay: ResMut<Overlay>| {
            *toasts = Toasts::default();
            *overlay = Overlay::default();
        });
}

fn collect_toasts(
    mut news: MessageReader<DayNews>,
    mut toasts: ResMut<Toasts>,
    time: Res<Time>,
    settings: Res<Settings>,
    session: Option<Res<Session>>,
    day: Res<SimDay>,
) {
    let now = time.elapsed_secs_f64();
    let lang = Session::shown_in(session.as_deref(), &settings);
    let feedback = session.is_some_and(|s| s.feedback(&settings));
    for DayNews(entry) in news.read() {
        match &entry.what {
            Entry::Judgment(j) if feedback => {
                toasts.latest_rule = Some(j.rule.to_string());
                toasts.shown.push(Toast {
                    kind: if j.kept { ToastKind::Kept } else { ToastKind::Broken },
                    rule: j.rule.to_string(),
                    text: if j.kept {
                        j.did.in_lang(lang).into_owned()
                    } else {
                        let expected = [("text", j.expected.in_lang(lang).into())];
                        format!("{} {}", j.did.in_lang(lang), text(lang, "why-expected", &expected))
                    },
                    until: now + 8.0,
                    repeats: 0,
                });
            }
            // Work that changes nothing on the screen the learner is looking at (a note on a chart, a
            // document filed away, a visit taken out of the book) is confirmed in words: nothing the
            // desk does is silent.
            Entry::Action(action) if confirmed_in_words(action) => {
                let said = crate::ui::view::describe::describe(&day.0, action, lang);
                toasts.say(ToastKind::Done, said, now, 5.0);
            }
            // Someone at the counter who is not a patient, and a task for the desk (format 2): the
            // desk hears of them where it may not be looking.
            Entry::Event { event, .. } => match &**event {
                crate::scenario::Event::Task(task) => {
                    let by = task.by.map_or_else(
                        || text(lang, "shift-task-before-closing", &[]),
                        |by| text(lang, "shift-task-by", &[("time", by.to_string().into())]),
                    );
                    let said = text(lang, "shift-task", &[("from", task.from.as_str().into()), ("by", by.into())]);
                    toasts.say(ToastKind::News, said, now, 12.0);
                }
                crate::scenario::Event::Visitor(visitor) => {
                    let said = text(lang, "shift-visitor", &[("name", visitor.caller.name.as_str().into())]);
                    toasts.say(ToastKind::News, said, now, 8.0);
                }
                _ => {}
            },
            Entry::Refused { reason, .. } => {
                let reason = crate::ui::view::describe::in_words(&day.0, &reason.in_lang(lang), lang);
                let said = text(lang, "shift-not-done", &[("reason", reason.into())]);
                toasts.say(ToastKind::Refused, said, now, 8.0);
            }
            Entry::Happened(happening) => {
                if let Some(text) = headline(&day.0, happening, lang) {
                    // A confirmation is read at a glance; news about the day stays longer.
                    let (kind, seconds) = match happening {
                        Happening::Booked { .. } | Happening::Rescheduled { .. } => (ToastKind::Done, 5.0),
                        _ => (ToastKind::News, 12.0),
                    };
                    toasts.say(kind, text, now, seconds);
                }
            }
            _ => {}
        }
    }
    // The same message again (N pressed while a call rings) refreshes the one shown and counts it,
    // rather than filling the corner with copies.
    let mut merged: Vec<Toast> = Vec::new();
    for toast in toasts.shown.drain(..) {
        match merged.iter_mut().find(|t| t.text == toast.text && t.rule == toast.rule) {
            Some(same) => {
                same.until = same.until.max(toast.until);
                same.repeats += 1;
            }
            None => merged.push(toast),
        }
    }
    toasts.shown = merged;
    toasts.shown.retain(|t| t.until > now);
    let excess = toasts.shown.len().saturating_sub(4);
    toasts.shown.drain(..excess);
}

impl Toasts {
    /// A message with no rule (a refusal, news, a confirmation), shown for `seconds`.
    fn say(&mut self, kind: ToastKind, text: String, now: f64, seconds: f64) {
        self.shown.push(Toast { kind, rule: String::new(), text, until: now + seconds, repeats: 0 });
    }

    /// Something asked for that will not be done, and why (said in every mode).
    fn refuse(&mut self, text: String, now: f64) {
        self.say(ToastKind::Refused, text, now, 6.0);
    }

    fn news(&mut self, text: String, now: f64) {
        self.say(ToastKind::News, text, now, 8.0);
    }
}

/// The actions whose effect is out of sight where the learner did them, so a line says they took.
fn confirmed_in_words(action: &Action) -> bool {
    matches!(
        action,
        Action::Note { .. }
            | Action::AnnounceDelay { .. }
            | Action::Cancel { .. }
            | Action::FileDocument { .. }
            | Action::SetGreeting { .. }
            | Action::AddToWaitlist { .. }
            | Action::BookOutsideTest { .. }
            | Action::PrintForSignature { .. }
            | Action::Dispose { .. }
            | Action::SendAppointmentDetails { .. }
            | Action::ReportBreach { .. }
            | Action::ReportToChildrensAid { .. }
            | Action::UpdateDemographics { .. }
            | Action::RequestRecords { .. }
    )
}

/// What the desk is told at once when it happens, in words, in `lang`.
fn headline(day: &crate::sim::day::Day, happening: &Happening, lang: Lang) -> Option<String> {
    let name = |id| day.scenario.staff_name(id);
    let patient = |id| crate::ui::view::patient_name(&day.scenario, id);
    match happening {
        Happening::PhysicianBehind { physician, minutes } => Some(text(
            lang,
            "shift-physician-behind",
            &[("name", name(physician).into()), ("minutes", (*minutes).into())],
        )),
        Happening::AbsenceAnnounced { physician, from, to, visits } => {
            let weekday = |date: &crate::scenario::time::Date| date.weekday().name_in(lang);
            let days = if from == to {
                text(lang, "shift-away-on", &[("weekday", weekday(from).into()), ("date", from.to_string().into())])
            } else {
                let args = [
                    ("from_weekday", weekday(from).into()),
                    ("from", from.to_string().into()),
                    ("to_weekday", weekday(to).into()),
                    ("to", to.to_string().into()),
                ];
                text(lang, "shift-away-from-to", &args)
            };
            let args = [("name", name(physician).into()), ("days", days.into()), ("visits", (*visits).into())];
            Some(text(lang, "shift-away", &args))
        }
        Happening::Booked { appointment, physician, .. } => {
            Some(crate::ui::view::booked_words(day, appointment, physician, lang))
        }
        Happening::Worsened { patient: who } => Some(text(lang, "shift-worse", &[("name", patient(who).into())])),
        Happening::Rescheduled { to, .. } => crate::ui::view::moved_words(day, to, lang),
        Happening::CalledBack { call, who } => day.calls.get(call).map(|c| {
            let args = [("name", name(who).into()), ("caller", c.call.caller.name.as_str().into())];
            text(lang, "shift-called-back", &args)
        }),
        Happening::WontWait { patient: who, minutes } => {
            Some(text(lang, "shift-wont-wait", &[("name", patient(who).into()), ("minutes", (*minutes).into())]))
        }
        _ => None,
    }
}

fn end_of_day(
    day: Res<SimDay>,
    settings: Res<Settings>,
    session: Option<Res<Session>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    if day.0.finished {
        let lang = Session::shown_in(session.as_deref(), &settings);
        commands.insert_resource(finish(&day.0, lang));
        next.set(Screen::Debrief);
    }
}

#[allow(clippy::too_many_arguments)]
fn shift_ui(
    mut contexts: EguiContexts,
    day: Res<SimDay>,
    settings: Res<Settings>,
    mut toasts: ResMut<Toasts>,
    mut overlay: ResMut<Overlay>,
    mut width: ResMut<PanelWidth>,
    mut actions: MessageWriter<LearnerAction>,
    mut next: ResMut<NextState<Screen>>,
    mut running: Local<RunningScore>,
    session: Option<Res<Session>>,
    time: Res<Time>,
    mut place: Local<crate::ui::panel::KeyboardPlace>,
    mut tab_news: Local<TabNews>,
    mut coaching: ResMut<Coaching>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = Session::shown_in(session.as_deref(), &settings);
    crate::ui::say::set_lang(ctx, lang);
    let day = &day.0;
    let feedback = session.as_ref().is_some_and(|s| s.feedback(&settings));
    let exam_pause = session.as_ref().and_then(|s| s.exam.as_ref()).map(|exam| exam.sheet.pause);
    let mut out: Vec<Action> = Vec::new();
    let mut shared = focus(ctx);
    // Esc closes the rule window the learner opened with "why?" before it means anything else.
    if toasts.why.is_some() && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        toasts.why = None;
    }
    shortcuts(ctx, day, &mut overlay, &mut shared, &mut out);
    let typing = ctx.memory(|m| m.focused()).is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some());
    if feedback && !typing && !overlay.menu && !egui::Popup::is_any_open(ctx) && commands::WHY.pressed(ctx) {
        toasts.why = toasts.latest_rule.clone();
    }
    set_focus(ctx, |f| {
        f.tab = shared.tab;
        f.step = shared.step;
    });
    // The coach holds the clock while a card is open, and gives it back when the cards are done.
    let lesson = coaching.0.as_mut().filter(|_| !day.finished).and_then(|coach| coach.update(day, shared.tab));
    if let Some(coach) = coaching.0.as_mut() {
        match lesson {
            Some(_) if !day.paused && !coach.holding => {
                out.push(Action::Pause);
                coach.holding = true;
            }
            None if coach.holding => {
                if day.paused {
                    out.push(Action::Resume);
                }
                coach.holding = false;
            }
            _ => {}
        }
    }
    crate::ui::panel::set_coach_points_at(ctx, lesson.and_then(|lesson| lesson.control()));
    let mut root = root(ctx);
    let mut tab_in_front = None;

    let running = feedback.then(|| running.of(day));
    let mut top_bar = TopBarView::of(day, running);
    // The journal walked once a frame, for the bar and for the pauses asked for below.
    let pauses_used = exam_pause.map(|_| pauses_taken(day)).unwrap_or(0);
    top_bar.taken_again_from = session.as_ref().and_then(|s| s.rewound_to).map(|to| {
        // The moment began a second after the time replayed to.
        let from = crate::sim::clock::SimTime::from_seconds(to.seconds() + 1);
        text(lang, "shift-taking-again", &[("time", from.to_string().into())])
    });
    if let Some(policy) = exam_pause {
        top_bar.exam = Some(policy.status(pauses_used).in_lang(lang).into_owned());
        top_bar.can_pause = policy.allows_pause(pauses_used).is_ok();
    }
    let bare = egui::Frame::side_top_panel(&ctx.global_style()).fill(egui::Color32::TRANSPARENT);
    egui::Panel::top("top-bar").frame(bare).show(&mut root, |ui| {
        ui.add_space(2.0);
        top_bar_ui(ui, &top_bar, &mut out);
        ui.add_space(2.0);
    });
    // The panels take a fixed share of the window so the desk scene always keeps its place.
    let panels_width = (ctx.viewport_rect().width() * 0.62).max(520.0);
    let panel =
        egui::Panel::right("desk-panels").frame(bare).exact_size(panels_width).resizable(false).show(&mut root, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            let counts = Tab::ALL.map(|tab| top_bar.badge(tab));
            let now = time.elapsed_secs_f64();
            tab_news.update(counts, shared.tab, now);
            let marked = lesson.and_then(|lesson| lesson.tab()).filter(|tab| *tab != shared.tab);
            let (clicked, in_front) = tabs_ui(ui, counts, &tab_news, shared.tab, marked, now);
            tab_in_front = in_front.map(|r| r.id);
            if let Some(tab) = clicked {
                set_focus(ui.ctx(), |f| f.tab = tab);
            }
            if tab_news.pulsing(now) {
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(250));
            }
            ui.separator();
            match focus(ui.ctx()).tab {
                Tab::Phone => phone_ui(ui, &PhoneView::of(day, lang), &mut out),
                Tab::Desk => desk_ui(ui, &DeskView::of(day, lang), &mut out),
                Tab::Book => {
                    let page = book_page(ui.ctx());
                    let view = BookView::of(day, &page, lang).with_next_free(day, &book_search(ui.ctx()), lang);
                    book_ui(ui, &view, &mut out)
                }
                Tab::Inbox => inbox_ui(ui, &InboxView::of(day, lang), &mut out),
                Tab::Chart => {
                    let open = focus(ui.ctx()).chart.map(PatientId::from);
                    let chart = open.as_ref().and_then(|p| ChartView::of(day, p, lang));
                    chart_ui(ui, chart.as_ref(), &patients(&day.scenario), &mut out);
                }
            }
        });
    width.0 = panel.response.rect.width() * ctx.zoom_factor();
    if let Some(anchor) = tab_in_front
        && !overlay.menu
        && !overlay.help
    {
        place.keep(ctx, anchor);
    }

    // The notes and the coach's card stand over the desk scene, never over the panels they are about.
    let scene = ctx.content_rect().width() - panel.response.rect.width();
    let reading = day.scenario.clinic.jurisdiction.into();
    toasts_ui(ctx, &mut toasts, scene - 36.0, lang, reading);
    if let (Some(coach), Some(lesson)) = (coaching.0.as_mut(), lesson) {
        let card = crate::ui::coach::CoachCard::new(coach, lesson, day, shared.tab, lang);
        match crate::ui::panel::coach::coach_card_ui(ctx, &card, scene - 24.0) {
            Some(CoachChoice::GotIt) => coach.finish(),
            Some(CoachChoice::Stop) => coach.stopped = true,
            None => {}
        }
    }
    if overlay.help {
        help_ui(ctx, &mut overlay.help);
    }
    if overlay.menu {
        pause_menu(ctx, &mut overlay, exam_pause.is_some(), day.now >= day.close, &mut out, &mut next);
    }
    ask_before_skipping(ctx, &mut overlay.skip_question, top_bar.still_open(lang), &mut out);
    if let Some(policy) = exam_pause {
        let now = time.elapsed_secs_f64();
        policy.keep_pauses(day.paused, pauses_used, &mut out, |why| toasts.refuse(why.in_lang(lang).into_owned(), now));
    }
    for action in out {
        actions.write(LearnerAction(action));
    }
    Ok(())
}

/// How long the day has been paused in an exam, in real time: a pause longer than the sheet allows
/// ends by itself.
#[derive(Resource, Default)]
pub struct ExamPauseClock {
    since: Option<std::time::Instant>,
}

impl ExamPauseClock {
    pub fn running(&self) -> bool {
        self.since.is_some()
    }
}

fn end_long_exam_pauses(
    session: Option<Res<Session>>,
    settings: Res<Settings>,
    day: Res<SimDay>,
    mut clock: ResMut<ExamPauseClock>,
    mut toasts: ResMut<Toasts>,
    time: Res<Time<Real>>,
    mut actions: MessageWriter<LearnerAction>,
) {
    let longest = session.as_ref().and_then(|s| s.exam.as_ref()).and_then(|exam| exam.sheet.pause.longest_pause());
    let Some(longest) = longest.filter(|_| day.0.paused && !day.0.finished) else {
        clock.since = None;
        return;
    };
    let since = *clock.since.get_or_insert_with(std::time::Instant::now);
    if since.elapsed() >= longest {
        actions.write(LearnerAction(Action::Resume));
        clock.since = None;
        let minutes = longest.as_secs() / 60;
        toasts.news(
            text(Session::shown_in(session.as_deref(), &settings), "shift-pause-over", &[("minutes", minutes.into())]),
            time.elapsed_secs_f64(),
        );
    }
}

/// The score if the day ended now, for practice mode's top bar; scored again only when the journal
/// has grown, not every frame.
#[derive(Default)]
struct RunningScore {
    journal_len: usize,
    total: f32,
}

impl RunningScore {
    fn of(&mut self, day: &crate::sim::Day) -> f32 {
        let len = day.journal.entries.len();
        if len != self.journal_len {
            let judgments = day.journal.judgments().cloned().collect();
            self.total = Scorecard::from_judgments(&day.scenario.id, day.seed, &day.scenario.scoring, judgments).total;
            self.journal_len = len;
        }
        self.total
    }
}

/// Every main action has a key; nothing fires while the learner is typing in a field.
fn shortcuts(
    ctx: &egui::Context,
    day: &crate::sim::Day,
    overlay: &mut Overlay,
    focus: &mut crate::ui::panel::Focus,
    out: &mut Vec<Action>,
) {
    use egui::Key;
    // Keys belong to a text field while one is being typed in; a focused button only keeps Space
    // and Enter (which press it), so the letter keys work however the learner got there.
    let focused = ctx.memory(|m| m.focused());
    if focused.is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some()) {
        return;
    }
    // Typing with the pointer on a text box that did not get the keyboard: the box takes it, and
    // the keys typed this frame go into it (it is drawn after this), never to a shortcut. A first
    // letter of a word must not end a call or check a patient in.
    if let Some(id) = crate::ui::panel::text_box_under_pointer(ctx)
        && ctx.input(|i| i.events.iter().any(types_text))
    {
        ctx.memory_mut(|m| m.request_focus(id));
        return;
    }
    let pressed = |key: Key| ctx.input(|i| i.key_pressed(key));
    // An open list (a picker, a menu) has the keys: typing in it must not pause the day, and Esc
    // closes the list and nothing else.
    if egui::Popup::is_any_open(ctx) {
        if pressed(Key::Escape) {
            egui::Popup::close_all(ctx);
        }
        return;
    }
    // The question before a skip has the keys (its own Esc, Enter and skip key).
    if overlay.skip_question.is_some() {
        return;
    }
    if commands::HELP.pressed(ctx)
        || ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Text(t) if t == "?")))
    {
        overlay.help = !overlay.help;
    }
    if commands::MENU.pressed(ctx) {
        if overlay.help {
            overlay.help = false;
        } else if focused.is_some() && !overlay.menu {
            // The first Esc lets go of the focused control (and closes its list, if open).
            ctx.memory_mut(|m| m.surrender_focus(focused.unwrap_or(egui::Id::NULL)));
            egui::Popup::close_all(ctx);
        } else if overlay.menu {
            overlay.menu = false;
            if !overlay.paused_before_menu {
                out.push(Action::Resume);
            }
        } else {
            overlay.menu = true;
            overlay.focus_menu = true;
            overlay.paused_before_menu = day.paused;
            if !day.paused {
                out.push(Action::Pause);
            }
        }
    }
    if overlay.menu {
        return;
    }
    for (key, tab) in commands::TABS.keys.iter().zip(Tab::ALL) {
        if pressed(*key) {
            focus.tab = tab;
        }
    }
    // Space is the focused button's while one has the focus; P always pauses.
    if commands::PAUSE.keys.iter().any(|&key| pressed(key) && (key != Key::Space || focused.is_none())) {
        out.push(if day.paused { Action::Resume } else { Action::Pause });
    }
    for (command, speed) in
        [(commands::SPEED_1, Speed::Normal), (commands::SPEED_2, Speed::Fast), (commands::SPEED_4, Speed::Faster)]
    {
        if command.pressed(ctx) {
            out.push(Action::SetSpeed(speed));
        }
    }
    if commands::NEXT_EVENT.pressed(ctx) {
        out.push(Action::SkipToNextEvent);
    }
    // Step through the cards of the panel in front (patients, messages, documents).
    if commands::NEXT_CARD.pressed(ctx) {
        focus.step = 1;
    }
    if commands::PREVIOUS_CARD.pressed(ctx) {
        focus.step = -1;
    }
    // The patient at the counter (the first to come up, if several).
    let at_counter = day
        .present
        .iter()
        .filter_map(|&i| day.visitors.get(i))
        .find(|v| v.state == crate::sim::desk::VisitorState::AtDesk);
    if commands::VERIFY_CARD.pressed(ctx)
        && let Some(v) = at_counter
        && v.card_verified.is_none()
    {
        out.push(Action::VerifyHealthCard { patient: v.patient.clone() });
        focus.tab = Tab::Desk;
    }
    if commands::CHECK_IN.pressed(ctx)
        && let Some(v) = at_counter
        && v.checked_in.is_none()
        && let Some(appointment) = &v.appointment
    {
        out.push(Action::CheckIn { appointment: appointment.clone() });
        focus.tab = Tab::Desk;
    }
    let ringing = day
        .call_order
        .iter()
        .find(|id| day.calls.get(*id).is_some_and(|c| c.state == CallState::Ringing && !c.in_person()));
    let active = day.active_call.clone();
    if commands::ANSWER.pressed(ctx)
        && let Some(call) = ringing
    {
        out.push(Action::Answer { call: call.clone() });
        focus.tab = Tab::Phone;
    }
    // E ends an outgoing call too (the desk placed it: hanging up is ending it).
    if active.is_none() && day.outgoing.is_some() && commands::END_CALL.pressed(ctx) {
        out.push(Action::HangUp);
    }
    // Q with no call on the line asks the first walk-in at the counter what brings them in.
    if active.is_none()
        && commands::ASK_WHY.pressed(ctx)
        && let Some(visitor) =
            day.present.iter().filter_map(|&i| day.visitors.get(i)).find(|v| {
                v.state == crate::sim::desk::VisitorState::AtDesk && v.walk_in.is_some() && v.asked_why.is_none()
            })
    {
        out.push(Action::AskWhyHere { patient: visitor.patient.clone() });
        focus.tab = Tab::Desk;
    }
    if let Some(call) = active {
        if commands::ASK_IDENTIFIERS.pressed(ctx) {
            out.push(Action::AskIdentifiers { call: call.clone() });
        }
        if commands::ASK_WHY.pressed(ctx) {
            out.push(Action::AskWhy { call: call.clone() });
        }
        if commands::HOLD.pressed(ctx) {
            out.push(Action::Hold { call: call.clone() });
        }
        if commands::END_CALL.pressed(ctx) {
            out.push(Action::EndCall { call });
        }
    }
}

/// Whether an input event is typing: text, or a key that types one (a letter, a digit, a mark, a
/// space) without Ctrl or Alt. The key and its text may come in different frames.
fn types_text(event: &egui::Event) -> bool {
    match event {
        egui::Event::Text(_) => true,
        egui::Event::Key { key, pressed: true, modifiers, .. } => {
            !modifiers.ctrl
                && !modifiers.alt
                && !modifiers.command
                && (*key == egui::Key::Space || key.symbol_or_name().chars().count() == 1)
        }
        _ => false,
    }
}

/// The F1 list of keys, read from the command table.
pub fn help_ui(ctx: &egui::Context, open: &mut bool) {
    // As wide as the screen allows up to a readable measure, the longer entries wrapped, and
    // scrolling when the screen is short: on a 1024-wide projector the list fits, not runs off.
    let screen = ctx.viewport_rect();
    let width = (screen.width() - 40.0).clamp(280.0, 760.0);
    let lang = crate::ui::say::lang(ctx);
    egui::Window::new(text(lang, "shift-keyboard", &[]))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .fixed_size([width, (screen.height() - 80.0).max(200.0)])
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("keys").num_columns(2).striped(true).show(ui, |ui| {
                    for command in &commands::ALL {
                        ui.label(egui::RichText::new(command.keys_text_in(lang)).monospace().strong());
                        ui.add(egui::Label::new(command.does_in(lang)).wrap());
                        ui.end_row();
                    }
                });
            });
        });
}

fn pause_menu(
    ctx: &egui::Context,
    overlay: &mut Overlay,
    exam: bool,
    closing_time: bool,
    out: &mut Vec<Action>,
    next: &mut NextState<Screen>,
) {
    // A modal: the shift behind it takes no clicks, and Tab stays among the menu's buttons.
    // Pinned by its top and of one width: egui centres a modal by last frame's size, so a menu that
    // changed to a question would move under the pointer and the first click could miss.
    let id = egui::Id::new("pause-menu");
    let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, 160.0]);
    egui::Modal::new(id).area(area).backdrop_color(backdrop(ctx)).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(if exam { say(ui, "shift-menu") } else { say(ui, "shift-paused") });
        if overlay.confirm_quit {
            let question =
                if exam { say(ui, "shift-leave-exam-question") } else { say(ui, "shift-leave-shift-question") };
            let go_ahead = say(ui, "shift-leave-the-shift");
            if let Some(leave) = confirm(ui, &question, &go_ahead) {
                overlay.confirm_quit = false;
                if leave {
                    overlay.menu = false;
                    next.set(Screen::Title);
                }
            }
            return;
        }
        if overlay.confirm_leave {
            let question = say(ui, "shift-leave-early-question");
            let go_ahead = say(ui, "shift-leave-and-end");
            if let Some(leave) = confirm(ui, &question, &go_ahead) {
                overlay.confirm_leave = false;
                if leave {
                    overlay.menu = false;
                    out.push(Action::EndDay);
                }
            }
            return;
        }
        let back = if overlay.paused_before_menu { say(ui, "shift-back-paused") } else { say(ui, "top-resume") };
        let resume = ui.button(back);
        if std::mem::take(&mut overlay.focus_menu) {
            resume.request_focus();
        }
        if resume.clicked() {
            overlay.menu = false;
            if !overlay.paused_before_menu {
                out.push(Action::Resume);
            }
        }
        if closing_time {
            let close = say(ui, "shift-close-now");
            if ui.button(close).clicked() {
                overlay.menu = false;
                out.push(Action::EndDay);
            }
        } else {
            let leave = say(ui, "shift-leave-for-the-day");
            if ui.button(leave).clicked() {
                overlay.confirm_leave = true;
            }
        }
        let quit = say(ui, "shift-quit-to-title");
        if ui.button(quit).clicked() {
            overlay.confirm_quit = true;
        }
    });
}

/// A question with a button to go ahead and "Stay": `Some(true)` to go ahead, `Some(false)` to stay.
/// "Next event" passes over what still waits for the desk (`still_open`) only once the learner has
/// seen what that is, by the button or by its key alike: the skip asked for this frame is held back
/// and the question asked instead. The question is drawn from the frame after it is asked, so the
/// key that asked it does not answer it too.
fn ask_before_skipping(
    ctx: &egui::Context,
    question: &mut Option<Vec<String>>,
    still_open: Vec<String>,
    out: &mut Vec<Action>,
) {
    if let Some(waiting) = question.take() {
        match skip_question_ui(ctx, &waiting) {
            Some(true) => out.push(Action::SkipToNextEvent),
            Some(false) => {}
            None => *question = Some(waiting),
        }
    } else if !still_open.is_empty()
        && let Some(at) = out.iter().position(|action| matches!(action, Action::SkipToNextEvent))
    {
        out.remove(at);
        *question = Some(still_open);
        ctx.request_repaint();
    }
}

/// "Skip ahead with this still waiting?": `Some(true)` to skip (the button, Enter or the skip key
/// again), `Some(false)` to stay (the button, Esc or a click beside it).
fn skip_question_ui(ctx: &egui::Context, waiting: &[String]) -> Option<bool> {
    let id = egui::Id::new("skip-question");
    let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, 160.0]);
    let modal = egui::Modal::new(id).area(area).backdrop_color(backdrop(ctx)).show(ctx, |ui| {
        ui.set_width(420.0);
        let heading = say(ui, "shift-skip-ahead");
        ui.heading(heading);
        let still = say(ui, "shift-still-waiting");
        ui.label(still);
        for item in waiting {
            ui.label(format!("•  {item}"));
        }
        let runs_on = say(ui, "shift-clock-runs-on");
        ui.label(runs_on);
        // The skip key again means yes; Enter presses the focused "Skip anyway".
        let again = commands::NEXT_EVENT.pressed(ui.ctx());
        let skip = say(ui, "shift-skip-anyway");
        answer(ui, &skip, true).or(again.then_some(true))
    });
    // A button pressed inside a modal also asks egui to close it: the answer comes first.
    modal.inner.or_else(|| modal.should_close().then_some(false))
}

/// Behind a question in the middle of the shift: darker than egui's own, which on the dark theme
/// barely dims the shift behind.
fn backdrop(ctx: &egui::Context) -> egui::Color32 {
    egui::Color32::from_black_alpha(if ctx.global_style().visuals.dark_mode { 170 } else { 100 })
}

fn confirm(ui: &mut egui::Ui, question: &str, go_ahead: &str) -> Option<bool> {
    ui.label(question);
    answer(ui, go_ahead, false)
}

/// `go_ahead` or "Stay", side by side: `Some(true)`, `Some(false)`, or `None` while neither is
/// pressed. With `focused`, the keyboard starts on `go_ahead` (Enter answers yes), for a question
/// whose yes loses nothing.
fn answer(ui: &mut egui::Ui, go_ahead: &str, focused: bool) -> Option<bool> {
    ui.horizontal(|ui| {
        let yes = ui.button(go_ahead);
        if focused && ui.ctx().memory(|m| m.focused().is_none()) {
            yes.request_focus();
        }
        if yes.clicked() {
            Some(true)
        } else if ui.button(say(ui, "shift-stay")).clicked() {
            Some(false)
        } else {
            None
        }
    })
    .inner
}

/// The notes after each decision, over the desk scene (`room` points wide): never over the tabs and
/// headings of the panels beside it.
fn toasts_ui(ctx: &egui::Context, toasts: &mut Toasts, room: f32, lang: Lang, reading: Reading) {
    let mut why = None;
    egui::Area::new("toasts".into()).anchor(egui::Align2::LEFT_TOP, [12.0, 56.0]).show(ctx, |ui| {
        for toast in &toasts.shown {
            let (fill, mark) = match toast.kind {
                ToastKind::Kept => (egui::Color32::from_rgb(30, 80, 50), "✔"),
                ToastKind::Broken => (egui::Color32::from_rgb(110, 35, 35), "×"),
                ToastKind::Refused => (egui::Color32::from_rgb(120, 80, 20), "!"),
                ToastKind::News => (egui::Color32::from_rgb(35, 70, 120), "⚠"),
                ToastKind::Done => (egui::Color32::from_rgb(50, 60, 70), "✔"),
            };
            egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                ui.set_max_width(room.clamp(240.0, 420.0));
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        egui::RichText::new(format!("{mark} {}", toast.rule)).strong().color(egui::Color32::WHITE),
                    );
                    ui.label(egui::RichText::new(&toast.text).color(egui::Color32::WHITE));
                    if toast.repeats > 0 {
                        ui.label(egui::RichText::new(format!("(×{})", toast.repeats + 1)).color(egui::Color32::WHITE));
                    }
                    if !toast.rule.is_empty()
                        && ui
                            .small_button(commands::WHY.caption_in(lang))
                            .on_hover_text(commands::WHY.tooltip_in(lang))
                            .clicked()
                    {
                        why = Some(toast.rule.clone());
                    }
                });
            });
        }
    });
    if why.is_some() {
        toasts.why = why;
    }
    if let Some(id) = toasts.why.clone() {
        let mut open = true;
        let title = text(lang, "why-title", &[("rule", id.as_str().into())]);
        egui::Window::new(title).open(&mut open).show(ctx, |ui| match rule(&id).map(|r| r.text(lang, reading)) {
            Some(words) => {
                ui.label(egui::RichText::new(&words.title).strong());
                ui.label(text(lang, "why-expected", &[("text", words.expected.as_str().into())]));
                ui.label(text(lang, "why-mistake", &[("text", words.typical_wrong.as_str().into())]));
                ui.label(
                    egui::RichText::new(text(lang, "why-source", &[("text", words.source.as_str().into())])).italics(),
                );
            }
            None => {
                ui.label(text(lang, "why-not-in-rulebook", &[]));
            }
        });
        if !open {
            toasts.why = None;
        }
    }
}

/// While the clock runs (or something on screen moves) the app redraws at a steady rate, whether or
/// not the window has focus, because the day goes on; when paused, or on the other screens, it only
/// wakes for input, so it does not spin a core.
fn pace_updates(
    always: Option<Res<AlwaysRedraw>>,
    day: Option<Res<SimDay>>,
    screen: Res<State<Screen>>,
    toasts: Res<Toasts>,
    mut winit: ResMut<bevy::winit::WinitSettings>,
    exam_pause: Res<ExamPauseClock>,
) {
    use bevy::winit::{UpdateMode, WinitSettings};
    use std::time::Duration;
    if always.is_some() {
        return;
    }
    let moving = *screen.get() == Screen::Shift
        && day.is_some_and(|d| {
            let d = &d.0;
            !d.finished && (!d.paused || d.is_ringing())
        })
        || !toasts.shown.is_empty();
    let wanted = if moving {
        let frame = UpdateMode::reactive(Duration::from_secs_f64(1.0 / 30.0));
        WinitSettings { focused_mode: frame, unfocused_mode: frame }
    } else if exam_pause.running() {
        // An exam's pause ends on time even if nobody touches anything.
        let tick = UpdateMode::reactive(Duration::from_secs(1));
        WinitSettings { focused_mode: tick, unfocused_mode: tick }
    } else {
        WinitSettings::desktop_app()
    };
    if winit.focused_mode != wanted.focused_mode || winit.unfocused_mode != wanted.unfocused_mode {
        *winit = wanted;
    }
}

#[cfg(test)]
mod coaching_tests {
    use super::*;
    use crate::scenario::BUILTIN;
    use crate::ui::session::Source;

    fn practice(file: &'static str) -> Session {
        let builtin = BUILTIN.iter().find(|b| b.file == file).expect("a shipped day");
        let scenario = std::sync::Arc::new(builtin.load().map(|l| l.scenario).expect("it loads"));
        Session::practice(scenario, Source::Builtin(file), 1, String::new())
    }

    #[test]
    fn the_tutorial_is_coached_and_other_days_only_when_asked_never_a_moment_taken_again() {
        let settings = Settings::default();
        let every_day = Settings { coach_every_day: true, ..Settings::default() };
        assert!(is_coached(&practice("tutorial.ron"), &settings));
        assert!(!is_coached(&practice("greene-cardiology.ron"), &settings));
        assert!(is_coached(&practice("greene-cardiology.ron"), &every_day));
        let mut again = practice("tutorial.ron");
        again.rewound_to = Some(crate::sim::clock::SimTime::from_seconds(9 * 3600));
        assert!(!is_coached(&again, &every_day));
    }
}

#[cfg(test)]
mod typing_tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    struct Desk {
        day: crate::sim::Day,
        overlay: Overlay,
        focus: crate::ui::panel::Focus,
        out: Vec<Action>,
        text: String,
    }

    fn tutorial_desk() -> Desk {
        let builtin = crate::scenario::BUILTIN.iter().find(|b| b.file == "tutorial.ron").expect("the tutorial");
        let scenario = std::sync::Arc::new(builtin.load().map(|l| l.scenario).expect("it loads"));
        let day = (*crate::shift::Shift::new(scenario, 1)).clone();
        Desk { day, overlay: Overlay::default(), focus: Default::default(), out: Vec::new(), text: String::new() }
    }

    fn desk() -> Harness<'static, Desk> {
        let state = tutorial_desk();
        Harness::new_ui_state(
            |ui, desk: &mut Desk| {
                shortcuts(ui.ctx(), &desk.day, &mut desk.overlay, &mut desk.focus, &mut desk.out);
                ui.add_space(40.0);
                crate::ui::panel::text_line(ui, &mut desk.text, "test ordered", 200.0);
            },
            state,
        )
    }

    #[test]
    fn letters_typed_on_a_text_box_that_missed_the_click_go_into_it_not_to_the_shortcuts() {
        let mut harness = desk();
        harness.run();
        let field = harness.get_by_role(egui::accesskit::Role::TextInput).rect().center();
        harness.hover_at(field);
        harness.run();
        // As a keyboard types: the key (which is a shortcut's), then its text.
        for (key, text) in [(egui::Key::N, "N"), (egui::Key::E, "e"), (egui::Key::X, "x"), (egui::Key::T, "t")] {
            let modifiers = egui::Modifiers::default();
            harness.event(egui::Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers });
            harness.event(egui::Event::Text(text.to_owned()));
            harness.run();
        }
        assert!(harness.state().out.is_empty(), "shortcuts fired: {:?}", harness.state().out);
        assert_eq!(harness.state().text, "Next");
    }

    /// The shift's keys and the question before a skip, with `waiting` still open at the desk.
    fn skipping(waiting: &[&str]) -> Harness<'static, Desk> {
        let waiting: Vec<String> = waiting.iter().map(|w| w.to_string()).collect();
        let mut harness = Harness::new_ui_state(
            move |ui, desk: &mut Desk| {
                // As the shift does: this frame's actions, then sent on.
                let mut out = Vec::new();
                shortcuts(ui.ctx(), &desk.day, &mut desk.overlay, &mut desk.focus, &mut out);
                ask_before_skipping(ui.ctx(), &mut desk.overlay.skip_question, waiting.clone(), &mut out);
                desk.out.append(&mut out);
            },
            tutorial_desk(),
        );
        harness.run();
        harness
    }

    #[test]
    fn a_skip_with_nothing_waiting_skips_at_once() {
        let mut harness = skipping(&[]);
        harness.key_press(egui::Key::N);
        harness.run();
        assert_eq!(harness.state().out, vec![Action::SkipToNextEvent]);
    }

    #[test]
    fn a_skip_past_an_unreturned_message_says_what_waits_and_skips_only_when_told() {
        let mut harness = skipping(&["1 voicemail not returned", "2 inbox items not dealt with"]);
        harness.key_press(egui::Key::N);
        harness.run();
        harness.run();
        assert!(harness.state().out.is_empty(), "skipped unasked: {:?}", harness.state().out);
        harness.get_by_label("•  1 voicemail not returned");
        harness.get_by_label("•  2 inbox items not dealt with");
        harness.get_by_label("Skip anyway").click();
        harness.run();
        assert_eq!(harness.state().out, vec![Action::SkipToNextEvent]);
        assert!(harness.state().overlay.skip_question.is_none());
    }

    #[test]
    fn esc_at_the_question_before_a_skip_stays_and_opens_nothing_else() {
        let mut harness = skipping(&["1 caller on hold"]);
        harness.key_press(egui::Key::N);
        harness.run();
        harness.run();
        harness.key_press(egui::Key::Escape);
        harness.run();
        let desk = harness.state();
        assert!(desk.out.is_empty(), "{:?}", desk.out);
        assert!(desk.overlay.skip_question.is_none() && !desk.overlay.menu && !desk.overlay.help);
    }

    #[test]
    fn away_from_a_text_box_a_letter_is_its_shortcut() {
        let mut harness = desk();
        harness.run();
        harness.hover_at(egui::pos2(5.0, 5.0));
        harness.key_press(egui::Key::N);
        harness.run();
        assert_eq!(harness.state().out, vec![Action::SkipToNextEvent]);
    }
}

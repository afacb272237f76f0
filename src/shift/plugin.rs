//! The simulation as a Bevy plugin: the `Shift` (the day and its judge) lives in a resource, learner `Action`s arrive as
//! messages, the clock runs on `Time` at the chosen speed, and every new journal entry goes out as a
//! message for the GUI (the phone's ring, the door chime, the practice-mode toasts). The systems are
//! thin: the day's workings live in `Day`, the rules in the judge (DESIGN principle 6).
//!
//! Headless runs (`clinic-day run`, tests, benchmarks) add a [`Drive`]: instead of following wall
//! time, each update jumps the clock to the next thing that happens, so a day plays in a few hundred
//! updates.

use std::sync::Arc;

use bevy::app::{App, Plugin, Update};
use bevy::ecs::message::{Message, MessageReader, MessageWriter};
use bevy::ecs::prelude::{IntoScheduleConfigs, Local, Res, ResMut, Resource, SystemSet, World, resource_exists};
use bevy::time::Time;

use super::Shift;
use super::autoplay::{Player, Style};
use crate::scenario::Scenario;
use crate::sim::action::{Action, Speed};
use crate::sim::clock::SimTime;
use crate::sim::journal::{Entry, JournalEntry};
use crate::sim::script::TimedAction;

/// The shift being played.
#[derive(Resource)]
pub struct SimDay(pub Shift);

/// A decision by the learner (from the GUI) or a script.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct LearnerAction(pub Action);

/// Something entered the journal.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct DayNews(pub JournalEntry);

/// Who drives a headless day, and how far it has got.
#[derive(Resource)]
pub enum Drive {
    Script { actions: Vec<TimedAction>, next: usize },
    Autoplay { player: Box<Player>, played: Vec<TimedAction> },
}

impl Drive {
    pub fn script(actions: Vec<TimedAction>) -> Self {
        Drive::Script { actions, next: 0 }
    }

    pub fn autoplay(style: Style) -> Self {
        Drive::Autoplay { player: Box::new(Player::new(style)), played: Vec::new() }
    }
}

/// The simulation's systems, in order: take the learner's actions, let a headless driver act,
/// move the clock, tell the rest of the app what happened.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SimSet {
    Act,
    Drive,
    Clock,
    Publish,
}

/// Simulated seconds per real second at each speed: at 1× the reference day (08:00 to 17:30) takes
/// about 38 minutes to play.
pub fn seconds_per_second(speed: Speed) -> f64 {
    match speed {
        Speed::Normal => 15.0,
        Speed::Fast => 30.0,
        Speed::Faster => 60.0,
    }
}

/// The simulation with a day to play from the start (headless runs, tests).
pub struct SimPlugin {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins(SimSystemsPlugin);
        start_day(app.world_mut(), Shift::new(self.scenario.clone(), self.seed));
    }
}

/// The simulation's messages and systems, idle until a day is started with [`start_day`]: the game
/// starts one when the learner picks a day, and a new one on retry.
pub struct SimSystemsPlugin;

impl Plugin for SimSystemsPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<LearnerAction>()
            .add_message::<DayNews>()
            .configure_sets(
                Update,
                (SimSet::Act, SimSet::Drive, SimSet::Clock, SimSet::Publish).chain().run_if(resource_exists::<SimDay>),
            )
            .add_systems(Update, take_actions.in_set(SimSet::Act))
            .add_systems(Update, drive.in_set(SimSet::Drive))
            .add_systems(Update, run_clock.in_set(SimSet::Clock))
            .add_systems(Update, publish.in_set(SimSet::Publish));
    }
}

/// Makes `day` the day being played; its journal goes out as news from its first entry.
pub fn start_day(world: &mut World, day: Shift) {
    world.insert_resource(SimDay(day));
    world.insert_resource(Published(0));
}

/// Takes up a day put back by replaying an interrupted shift: what already happened in it is not news
/// (no toasts, rings or chimes for the replayed morning).
pub fn resume_day(world: &mut World, day: Shift) {
    let seen = day.journal.entries.len();
    world.insert_resource(SimDay(day));
    world.insert_resource(Published(seen));
}

/// Stops playing: the systems go idle until the next [`start_day`].
pub fn end_session(world: &mut World) {
    world.remove_resource::<SimDay>();
    world.remove_resource::<Published>();
    world.remove_resource::<Drive>();
}

/// Where a learner's actions are written as they are taken, before they take effect (write-ahead):
/// the game's live record of the attempt (`practicum::record`), or a test's. The simulation only
/// knows that something keeps them, not what.
pub trait ActionLog: std::any::Any + Send + Sync {
    fn write_ahead(&mut self, at: SimTime, action: &Action);
}

/// The shift's action log, when one is kept (the game; `clinic-day run --live`).
#[derive(Resource)]
pub struct WriteAhead(pub Box<dyn ActionLog>);

impl WriteAhead {
    pub fn new(log: impl ActionLog) -> Self {
        WriteAhead(Box::new(log))
    }

    /// The log as the type it was made with.
    pub fn get<T: ActionLog>(&self) -> Option<&T> {
        let log: &dyn std::any::Any = &*self.0;
        log.downcast_ref()
    }

    pub fn get_mut<T: ActionLog>(&mut self) -> Option<&mut T> {
        let log: &mut dyn std::any::Any = &mut *self.0;
        log.downcast_mut()
    }

    /// The log back, as the type it was made with.
    pub fn into_inner<T: ActionLog>(self) -> Option<T> {
        let log: Box<dyn std::any::Any> = self.0;
        log.downcast().ok().map(|log| *log)
    }
}

/// How many journal entries have gone out as news.
#[derive(Resource)]
struct Published(usize);

fn take_actions(
    mut actions: MessageReader<LearnerAction>,
    mut day: ResMut<SimDay>,
    mut live: Option<ResMut<WriteAhead>>,
) {
    for LearnerAction(action) in actions.read() {
        if let Some(live) = live.as_mut() {
            live.0.write_ahead(day.0.now, action);
        }
        // A refused action is journaled with its reason; the GUI shows it from the news.
        let _ = day.0.apply(action.clone());
    }
}

/// How many steps (script actions, or autoplay wakes) a headless driver takes per update: enough
/// that the schedule's own cost does not dominate a day, few enough that news flows out in order.
const STEPS_PER_UPDATE: usize = 256;

/// A headless driver plays a batch of steps: the script's next actions (each after moving the clock
/// to its time), or the autoplayer's decisions at each moment followed by a jump to the next wake.
fn drive(drive: Option<ResMut<Drive>>, mut day: ResMut<SimDay>, mut live: Option<ResMut<WriteAhead>>) {
    let Some(mut drive) = drive else { return };
    let day = &mut day.0;
    for _ in 0..STEPS_PER_UPDATE {
        if day.finished {
            return;
        }
        match &mut *drive {
            Drive::Script { actions, next } => match actions.get(*next) {
                Some(timed) => {
                    day.advance_to(timed.at);
                    if let Some(live) = live.as_mut() {
                        live.0.write_ahead(day.now, &timed.action);
                    }
                    day.apply_recorded(timed.action.clone());
                    *next += 1;
                }
                None => day.run_to_end(),
            },
            Drive::Autoplay { player, played } => {
                loop {
                    let decided = player.decide(day);
                    if decided.is_empty() {
                        break;
                    }
                    for action in decided {
                        played.push(TimedAction { at: day.now, action: action.clone() });
                        let _ = day.apply(action);
                    }
                }
                if day.is_over() {
                    day.finish();
                } else {
                    match day.next_wake() {
                        Some(wake) => day.advance_to(wake),
                        None => day.finish(),
                    }
                }
            }
        }
    }
}

/// Real time moves simulated time, unless paused or driven headless. While the desk is busy with
/// someone (a call ringing or in progress, someone at the counter) the clock slows to real time, so
/// a learner has the seconds a real desk would have; otherwise it runs at the chosen speed.
fn run_clock(time: Res<Time>, drive: Option<Res<Drive>>, mut day: ResMut<SimDay>, mut carry: Local<f64>) {
    let day = &mut day.0;
    if drive.is_some() || day.paused || day.finished {
        *carry = 0.0;
        return;
    }
    let rate = if day.needs_the_desk_now() { 1.0 } else { seconds_per_second(day.speed) };
    // The day's clock counts whole seconds; the fraction is carried to the next frame.
    *carry += time.delta_secs_f64() * rate;
    let seconds = carry.floor();
    if seconds >= 1.0 {
        *carry -= seconds;
        let target = day.now.plus_seconds(seconds as u32);
        day.advance_to(target);
        // Closed and nobody left: the clock stops there rather than run on into the evening; the
        // top bar offers to close the office.
        if day.is_over() {
            day.pause();
        }
    }
}

fn publish(day: Res<SimDay>, published: Option<ResMut<Published>>, mut news: MessageWriter<DayNews>) {
    let Some(mut published) = published else { return };
    let entries = &day.0.journal.entries;
    for entry in &entries[published.0.min(entries.len())..] {
        news.write(DayNews(entry.clone()));
    }
    published.0 = entries.len();
}

/// Test and tool helpers for driving a simulation app by hand.
pub trait AppExt {
    /// The day as it stands.
    fn day(&self) -> &Shift;
    /// Sends a learner action and runs one update.
    fn act(&mut self, action: Action);
    /// Lets `minutes` of simulated time pass.
    fn advance(&mut self, minutes: u32);
    /// Lets simulated time pass until `time`.
    fn run_until(&mut self, time: SimTime);
    /// Runs updates until the day is over (bounded), returning how many it took.
    fn run_to_end(&mut self) -> usize;
}

impl AppExt for App {
    fn day(&self) -> &Shift {
        &self.world().resource::<SimDay>().0
    }

    fn act(&mut self, action: Action) {
        self.world_mut().write_message(LearnerAction(action));
        self.update();
    }

    fn advance(&mut self, minutes: u32) {
        let target = self.day().now.plus_minutes(minutes);
        self.run_until(target);
    }

    fn run_until(&mut self, time: SimTime) {
        self.world_mut().resource_mut::<SimDay>().0.advance_to(time);
        self.update();
    }

    fn run_to_end(&mut self) -> usize {
        let mut updates = 0;
        while !self.day().finished && updates < 100_000 {
            if self.world().get_resource::<Drive>().is_none() {
                self.world_mut().resource_mut::<SimDay>().0.run_to_end();
            }
            self.update();
            updates += 1;
        }
        updates
    }
}

/// Whether an entry is a judgment (for news filters).
pub fn is_judgment(entry: &JournalEntry) -> bool {
    matches!(entry.what, Entry::Judgment(_) | Entry::Escalated(_))
}

/// A windowless app that plays `scenario`: `MinimalPlugins` (with `threads` worker threads when
/// given) and the `SimPlugin`. Add a [`Drive`] to play it headless.
pub fn headless_app(scenario: Arc<Scenario>, seed: u64, threads: Option<usize>) -> App {
    use bevy::app::{PluginGroup, TaskPoolOptions, TaskPoolPlugin};
    let mut app = App::new();
    let mut plugins = bevy::MinimalPlugins.build();
    if let Some(threads) = threads {
        plugins = plugins.set(TaskPoolPlugin { task_pool_options: TaskPoolOptions::with_num_threads(threads) });
    }
    app.add_plugins(plugins).add_plugins(SimPlugin { scenario, seed });
    app
}

//! The desk scene, drawn in Bevy 2D beside the panels: the reception desk with its phone (which
//! shakes while it rings), the door (which flashes when someone comes in) and the waiting room, where
//! each patient is a figure whose colour, and the words under their name, show what they are doing
//! (at the counter, waiting, restless, leaving soon, with the doctor). Clicking the phone or a figure
//! brings its panel to the front.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::EguiContexts;

use super::panel::{Tab, set_focus};
use super::session::{Session, Settings, Shown};
use super::state::Screen;
use crate::i18n::{Lang, text};
use crate::shift::plugin::SimDay;
use crate::sim::desk::VisitorState;
use crate::sim::phone::CallState;
use crate::ui::screens::shift::PanelWidth;

/// The scene is laid out in this many world units; the camera scales it into the free area.
const SCENE: Vec2 = Vec2::new(520.0, 700.0);
const WALL: f32 = 5.0;
const EXAM_ROOMS: usize = 3;
/// The wall between the exam rooms and the waiting room.
const EXAM_WALL_Y: f32 = 240.0;
/// The middle of the street door, on the left wall.
const DOOR_Y: f32 = -40.0;

#[derive(Component)]
struct Phone;

#[derive(Component)]
struct Door {
    flash: f32,
}

/// A patient in the scene, by their place in the day's visitor list.
#[derive(Component)]
struct Figure {
    visitor: usize,
}

/// Someone at the counter who is not there to be seen (format 2 `Visitor`), by their event.
#[derive(Component)]
struct CounterFigure(crate::scenario::EventId);

#[derive(Component)]
struct FigureBody;

/// The words under a figure's name saying what they are doing ("waiting", "restless", "with
/// doctor"): the state in words as well as in colour.
#[derive(Component)]
struct FigureState;

/// The longest first name drawn under a figure, in characters: two neighbours' labels never overlap
/// (seats are 78 units apart; 13-unit text is about 7 units a character).
const NAME_CHARS: usize = 9;

/// Where each figure stands, so clicks can find them.
#[derive(Resource, Default)]
struct Figures {
    shown: Vec<(usize, Entity)>,
    /// People at the counter who are not patients, by their event's id.
    at_counter: Vec<(crate::scenario::EventId, Entity)>,
}

#[derive(Resource)]
struct Palette {
    calm: Color,
    impatient: Color,
    restless: Color,
    leaving: Color,
    in_room: Color,
    head: Color,
    /// The words on the floor plan: light on the dark theme's floor, dark on the light one's.
    ink: Color,
    shapes: Shapes,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Figures>()
        .add_systems(Startup, scene_font)
        .add_systems(OnEnter(Screen::Shift), spawn_scene)
        .add_systems(OnExit(Screen::Shift), |mut figures: ResMut<Figures>| figures.shown.clear())
        .add_systems(
            Update,
            (sync_figures, recolour, ring_phone, flash_door, click_scene, fit_camera).run_if(in_state(Screen::Shift)),
        )
        .add_systems(OnExit(Screen::Shift), reset_camera);
}

/// The scene's words in Hack, the monospace face egui already carries: Bevy's built-in default
/// covers ASCII alone, and a French scene says « Réception ». Put in the default font's place, so
/// every label of the scene uses it.
fn scene_font(mut fonts: ResMut<Assets<Font>>) {
    let hack = Font::from_bytes(epaint_default_fonts::HACK_REGULAR.to_vec());
    if let Err(e) = fonts.insert(&Handle::<Font>::default(), hack) {
        warn!("the scene keeps Bevy's default font, which has no accents: {e}");
    }
}

impl Palette {
    /// A figure's body colour: grey while with the physician, else how restless they are.
    fn body_for(&self, day: &crate::sim::Day, visitor: &crate::sim::desk::Visitor) -> Color {
        if visitor.state == VisitorState::InRoom {
            return self.in_room;
        }
        // Visibly unwell (on arrival, or worse while waiting) and not yet with a clinician.
        if visitor.waiting() && visitor.distress && visitor.clinician_fetched.is_none() {
            return self.leaving;
        }
        match day.restlessness(visitor) {
            0 => self.calm,
            1 => self.impatient,
            2 => self.restless,
            _ => self.leaving,
        }
    }
}

/// What a figure is doing, in a word or two under its name (the colour says it too, but not to
/// everyone), in `lang`.
fn state_words(lang: Lang, day: &crate::sim::Day, visitor: &crate::sim::desk::Visitor) -> String {
    let id = match (visitor.state, day.restlessness(visitor)) {
        (VisitorState::InRoom, _) => "desk-ui-scene-with-doctor",
        (VisitorState::CheckingOut, _) => "desk-ui-scene-checking-out",
        _ if visitor.waiting() && visitor.distress && visitor.clinician_fetched.is_none() => "desk-ui-scene-unwell",
        (_, 3..) => "desk-ui-scene-leaving-soon",
        (_, 2) => "desk-ui-scene-restless",
        (_, 1) => "desk-ui-scene-impatient",
        (VisitorState::AtDesk, _) => "desk-ui-scene-at-counter",
        _ => "desk-ui-scene-waiting",
    };
    text(lang, id, &[])
}

/// A first name short enough for its place in the scene ("Christoph…").
fn short_name(name: &str) -> String {
    let first = name.split_whitespace().next().unwrap_or("");
    if first.chars().count() <= NAME_CHARS {
        return first.to_owned();
    }
    first.chars().take(NAME_CHARS - 1).chain(['…']).collect()
}

/// Round shapes as white images tinted per sprite: the scene is all sprites, which a software GPU
/// fills faster than 2D meshes.
#[derive(Clone)]
struct Shapes {
    disc: Handle<Image>,
    capsule: Handle<Image>,
}

impl Shapes {
    fn new(images: &mut Assets<Image>) -> Self {
        Shapes { disc: images.add(rounded(64, 64)), capsule: images.add(rounded(64, 128)) }
    }

    fn disc(&self, colour: Color, diameter: f32) -> Sprite {
        Sprite { image: self.disc.clone(), color: colour, custom_size: Some(Vec2::splat(diameter)), ..default() }
    }

    /// Upright: `width` across, `height` from end to end.
    fn capsule(&self, colour: Color, width: f32, height: f32) -> Sprite {
        Sprite { image: self.capsule.clone(), color: colour, custom_size: Some(Vec2::new(width, height)), ..default() }
    }
}

/// A white upright capsule (a disc when square) with a soft one-pixel edge.
fn rounded(width: u32, height: u32) -> Image {
    use bevy::asset::RenderAssetUsages;
    use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
    let r = width as f32 / 2.0;
    let mut data = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            let (px, py) = (x as f32 + 0.5 - r, y as f32 + 0.5);
            let dy = py - py.clamp(r, height as f32 - r);
            let alpha = (r - (px * px + dy * dy).sqrt() + 0.5).clamp(0.0, 1.0);
            data.extend_from_slice(&[255, 255, 255, (alpha * 255.0) as u8]);
        }
    }
    Image::new(
        Extent3d { width, height, depth_or_array_layers: 1 },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    )
}

fn spawn_scene(
    mut commands: Commands,
    mut images: ResMut<Assets<Image>>,
    settings: Res<Settings>,
    session: Option<Res<Session>>,
) {
    let shapes = Shapes::new(&mut images);
    let scoped = DespawnOnExit(Screen::Shift);
    let ink = scene_ink(&settings);
    let lang = Session::shown_in(session.as_deref(), &settings);
    // Drawn as a floor plan, walls on the window's own background: filling floors would cost more of
    // a frame on a software GPU than everything else in the scene together.
    let mut walls: Vec<(Vec2, Vec2)> = Vec::new();
    let mut wall_between = |from: Vec2, to: Vec2| walls.push((from, to));
    let (left, right, top, bottom) = (-SCENE.x / 2.0, SCENE.x / 2.0, SCENE.y / 2.0, -SCENE.y / 2.0);
    // The outer walls, with the street door's opening on the left.
    wall_between(Vec2::new(left, top), Vec2::new(right, top));
    wall_between(Vec2::new(right, top), Vec2::new(right, bottom));
    wall_between(Vec2::new(left, bottom), Vec2::new(right, bottom));
    wall_between(Vec2::new(left, top), Vec2::new(left, DOOR_Y + 50.0));
    wall_between(Vec2::new(left, DOOR_Y - 50.0), Vec2::new(left, bottom));
    // The exam rooms along the top, each with a doorway onto the waiting room.
    let room = SCENE.x / EXAM_ROOMS as f32;
    for k in 0..EXAM_ROOMS {
        let x0 = left + k as f32 * room;
        wall_between(Vec2::new(x0, EXAM_WALL_Y), Vec2::new(x0 + room * 0.3, EXAM_WALL_Y));
        wall_between(Vec2::new(x0 + room * 0.7, EXAM_WALL_Y), Vec2::new(x0 + room, EXAM_WALL_Y));
        if k > 0 {
            wall_between(Vec2::new(x0, top), Vec2::new(x0, EXAM_WALL_Y));
        }
        let exam = text(lang, "desk-ui-scene-exam", &[("room", (k + 1).into())]);
        label(&mut commands, &exam, Vec2::new(x0 + 40.0, top - 22.0), 14.0, ink, scoped.clone());
    }
    let wall = Color::srgb_u8(96, 106, 124);
    for (from, to) in walls {
        let size = (to - from).abs() + Vec2::splat(WALL);
        commands.spawn((
            Sprite::from_color(wall, size),
            Transform::from_translation(((from + to) / 2.0).extend(0.1)),
            scoped.clone(),
        ));
    }
    for row in 0..2 {
        for seat in 0..6 {
            let (x, y) = seat_position(row * 6 + seat);
            commands.spawn((
                Sprite::from_color(Color::srgb_u8(96, 110, 130), Vec2::new(50.0, 16.0)),
                Transform::from_xyz(x, y - 28.0, 0.2),
                scoped.clone(),
            ));
        }
    }
    let waiting_room = text(lang, "desk-ui-scene-waiting-room", &[]);
    label(&mut commands, &waiting_room, Vec2::new(-110.0, -5.0), 18.0, ink, scoped.clone());
    // The door, on the left wall.
    commands.spawn((
        Sprite::from_color(Color::srgb_u8(150, 110, 70), Vec2::new(16.0, 90.0)),
        Transform::from_xyz(-SCENE.x / 2.0 + 8.0, DOOR_Y, 0.3),
        Door { flash: 0.0 },
        scoped.clone(),
    ));
    // The reception desk with the computer and the phone.
    commands.spawn((
        Sprite::from_color(Color::srgb_u8(120, 84, 56), Vec2::new(380.0, 70.0)),
        Transform::from_xyz(40.0, -200.0, 0.3),
        scoped.clone(),
    ));
    commands.spawn((
        Sprite::from_color(Color::srgb_u8(150, 108, 74), Vec2::new(380.0, 10.0)),
        Transform::from_xyz(40.0, -168.0, 0.35),
        scoped.clone(),
    ));
    commands.spawn((
        Sprite::from_color(Color::srgb_u8(30, 32, 38), Vec2::new(90.0, 56.0)),
        Transform::from_xyz(-40.0, -198.0, 0.4),
        scoped.clone(),
    ));
    commands.spawn((
        Sprite::from_color(Color::srgb_u8(70, 120, 170), Vec2::new(80.0, 44.0)),
        Transform::from_xyz(-40.0, -196.0, 0.45),
        scoped.clone(),
    ));
    commands
        .spawn((Transform::from_xyz(130.0, -198.0, 0.5), Visibility::default(), Phone, scoped.clone()))
        .with_children(|phone| {
            phone.spawn(Sprite::from_color(Color::srgb_u8(35, 35, 40), Vec2::new(70.0, 44.0)));
            phone.spawn((
                shapes.capsule(Color::srgb_u8(20, 20, 24), 16.0, 70.0),
                Transform::from_xyz(0.0, 16.0, 0.1).with_rotation(Quat::from_rotation_z(std::f32::consts::FRAC_PI_2)),
            ));
            for i in 0..3 {
                phone.spawn((
                    shapes.disc(Color::srgb_u8(200, 200, 200), 8.0),
                    Transform::from_xyz(-14.0 + 14.0 * i as f32, -8.0, 0.1),
                ));
            }
        });
    let reception = text(lang, "desk-ui-scene-reception", &[]);
    label(&mut commands, &reception, Vec2::new(40.0, -255.0), 18.0, ink, scoped.clone());
    // The desk's own person, behind the counter.
    commands.spawn((
        shapes.disc(Color::srgb_u8(225, 190, 160), 36.0),
        Transform::from_xyz(40.0, -280.0, 0.3),
        scoped.clone(),
    ));
    commands.spawn((
        shapes.capsule(Color::srgb_u8(90, 150, 170), 40.0, 50.0),
        Transform::from_xyz(40.0, -310.0, 0.25),
        scoped,
    ));

    let (good, bad) =
        if settings.colour_blind { ((90, 150, 230), (240, 150, 40)) } else { ((90, 170, 110), (220, 70, 60)) };
    commands.insert_resource(Palette {
        calm: Color::srgb_u8(good.0, good.1, good.2),
        impatient: Color::srgb_u8(220, 190, 80),
        restless: Color::srgb_u8(235, 140, 60),
        leaving: Color::srgb_u8(bad.0, bad.1, bad.2),
        in_room: Color::srgb_u8(120, 120, 130),
        head: Color::srgb_u8(225, 195, 165),
        ink: scene_ink(&settings),
        shapes,
    });
}

/// The colour of the floor plan's words in the theme chosen (the theme is chosen on the title
/// screen, so a shift's scene keeps the one it was drawn in).
fn scene_ink(settings: &Settings) -> Color {
    if settings.light_theme { Color::srgb_u8(60, 60, 60) } else { Color::srgba(1.0, 1.0, 1.0, 0.6) }
}

fn label(commands: &mut Commands, text: &str, at: Vec2, size: f32, ink: Color, scoped: DespawnOnExit<Screen>) {
    commands.spawn((
        Text2d::new(text),
        TextFont { font_size: FontSize::Px(size), ..default() },
        TextColor(ink),
        Transform::from_xyz(at.x, at.y, 1.0),
        scoped,
    ));
}

/// Seats fill left to right, front row first; standing at the counter is below them.
fn seat_position(seat: usize) -> (f32, f32) {
    let row = (seat / 6) as f32;
    let col = (seat % 6) as f32;
    (-200.0 + col * 78.0, 180.0 - row * 120.0)
}

/// With the physician: one exam room each, in turn; more than three share rooms, side by side and
/// far enough apart that their names do not touch (two to a room).
fn exam_position(place: usize, in_rooms: usize) -> (f32, f32) {
    const APART: f32 = 70.0;
    let room = SCENE.x / EXAM_ROOMS as f32;
    let k = place % EXAM_ROOMS;
    let sharing = (in_rooms + EXAM_ROOMS - 1 - k) / EXAM_ROOMS;
    let slot = place / EXAM_ROOMS;
    let offset = (slot as f32 - (sharing.max(1) - 1) as f32 / 2.0) * APART;
    (-SCENE.x / 2.0 + room * (k as f32 + 0.5) + offset, 270.0)
}

/// At the counter, standing clear of the desk so the words under them are on the floor, and far
/// enough apart that the longest state words ("checking out", 12 characters at about 7 units each)
/// never run into a neighbour's.
fn counter_position(place: usize) -> (f32, f32) {
    (-60.0 + place as f32 * 96.0, -95.0)
}

/// The people drawn on the floor plan: patients and people at the counter.
type OnFloorPlan = Or<(With<Figure>, With<CounterFigure>)>;

fn sync_figures(
    mut commands: Commands,
    day: Res<SimDay>,
    shown: Shown,
    palette: Option<Res<Palette>>,
    mut figures: ResMut<Figures>,
    mut places: Query<&mut Transform, OnFloorPlan>,
    mut doors: Query<&mut Door>,
) {
    let Some(palette) = palette else { return };
    let day = &day.0;
    let lang = shown.lang();
    // Someone who has just left (booked for another day, gone home) may still be on the day's list
    // until its next step: they are not drawn.
    let present: Vec<usize> =
        day.present.iter().copied().filter(|&i| day.visitors.get(i).is_some_and(|v| v.present())).collect();
    // Gone: despawn.
    figures.shown.retain(|(i, entity)| {
        let keep = present.contains(i);
        if !keep {
            commands.entity(*entity).despawn();
        }
        keep
    });
    let (mut seat, mut counter, mut in_room) = (0, 0, 0);
    let in_rooms =
        present.iter().filter(|&&i| day.visitors.get(i).is_some_and(|v| v.state == VisitorState::InRoom)).count();
    for &i in &present {
        let Some(visitor) = day.visitors.get(i) else { continue };
        let (x, y) = match visitor.state {
            VisitorState::AtDesk | VisitorState::CheckingOut => {
                counter += 1;
                counter_position(counter - 1)
            }
            VisitorState::InRoom => {
                in_room += 1;
                exam_position(in_room - 1, in_rooms)
            }
            _ => {
                seat += 1;
                seat_position(seat - 1)
            }
        };
        let colour = palette.body_for(day, visitor);
        match figures.shown.iter().find(|(v, _)| *v == i) {
            Some((_, entity)) => {
                if let Ok(mut transform) = places.get_mut(*entity) {
                    transform.translation.x = x;
                    transform.translation.y = y;
                }
            }
            None => {
                let first = short_name(&super::view::patient_name(&day.scenario, &visitor.patient));
                let at = Vec2::new(x, y);
                let entity = spawn_figure(
                    &mut commands,
                    &palette,
                    at,
                    colour,
                    first,
                    &state_words(lang, day, visitor),
                    Figure { visitor: i },
                );
                figures.shown.push((i, entity));
                for mut door in &mut doors {
                    door.flash = 1.0;
                }
            }
        }
    }
    // People at the counter who are not there to be seen stand at the counter beside the patients.
    let at_counter: Vec<&crate::sim::phone::CallHandling> =
        day.lines().filter(|c| c.in_person() && !matches!(c.state, CallState::Ended | CallState::InMailbox)).collect();
    figures.at_counter.retain(|(id, entity)| {
        let keep = at_counter.iter().any(|c| &c.id == id);
        if !keep {
            commands.entity(*entity).despawn();
        }
        keep
    });
    for call in at_counter {
        let (x, y) = counter_position(counter);
        counter += 1;
        match figures.at_counter.iter().find(|(id, _)| *id == call.id) {
            Some((_, entity)) => {
                if let Ok(mut transform) = places.get_mut(*entity) {
                    transform.translation.x = x;
                    transform.translation.y = y;
                }
            }
            None => {
                let name = short_name(&call.call.caller.name);
                let entity = spawn_figure(
                    &mut commands,
                    &palette,
                    Vec2::new(x, y),
                    palette.calm,
                    name,
                    &counter_words(lang, call),
                    CounterFigure(call.id.clone()),
                );
                figures.at_counter.push((call.id.clone(), entity));
                for mut door in &mut doors {
                    door.flash = 1.0;
                }
            }
        }
    }
}

/// What someone at the counter who is not a patient is doing, under their name, in `lang`.
fn counter_words(lang: Lang, call: &crate::sim::phone::CallHandling) -> String {
    match call.state {
        CallState::Active => text(lang, "desk-ui-scene-talking", &[]),
        CallState::OnHold => text(lang, "desk-ui-scene-asked-to-wait", &[]),
        _ => text(lang, "desk-ui-scene-at-counter", &[]),
    }
}

/// A person on the floor plan: a body, a head, their name and what they are doing under it.
fn spawn_figure(
    commands: &mut Commands,
    palette: &Palette,
    at: Vec2,
    colour: Color,
    name: String,
    doing: &str,
    marker: impl Component,
) -> Entity {
    commands
        .spawn((Transform::from_xyz(at.x, at.y, 2.0), Visibility::default(), marker, DespawnOnExit(Screen::Shift)))
        .with_children(|figure| {
            figure.spawn((palette.shapes.capsule(colour, 30.0, 52.0), Transform::from_xyz(0.0, -6.0, 0.0), FigureBody));
            figure.spawn((palette.shapes.disc(palette.head, 24.0), Transform::from_xyz(0.0, 30.0, 0.1)));
            figure.spawn((
                Text2d::new(name),
                TextFont { font_size: FontSize::Px(13.0), ..default() },
                TextColor(palette.ink),
                Transform::from_xyz(0.0, -44.0, 0.2),
            ));
            figure.spawn((
                Text2d::new(doing),
                TextFont { font_size: FontSize::Px(12.0), ..default() },
                TextColor(palette.ink),
                Transform::from_xyz(0.0, -58.0, 0.2),
                FigureState,
            ));
        })
        .id()
}

/// Recolours each figure's body with how restless they are now, and says so under the name.
fn recolour(
    day: Res<SimDay>,
    shown: Shown,
    palette: Option<Res<Palette>>,
    figures: Query<(&Figure, &Children)>,
    at_counter: Query<(&CounterFigure, &Children)>,
    mut bodies: Query<&mut Sprite, With<FigureBody>>,
    mut states: Query<&mut Text2d, With<FigureState>>,
) {
    let Some(palette) = palette else { return };
    let day = &day.0;
    let lang = shown.lang();
    for (figure, children) in &at_counter {
        let Some(call) = day.calls.get(&figure.0) else { continue };
        let words = counter_words(lang, call);
        for child in children.iter() {
            if let Ok(mut state) = states.get_mut(child)
                && state.0 != words
            {
                state.0.clone_from(&words);
            }
        }
    }
    for (figure, children) in &figures {
        let Some(visitor) = day.visitors.get(figure.visitor) else { continue };
        let colour = palette.body_for(day, visitor);
        let words = state_words(lang, day, visitor);
        for child in children.iter() {
            if let Ok(mut body) = bodies.get_mut(child)
                && body.color != colour
            {
                body.color = colour;
            }
            if let Ok(mut state) = states.get_mut(child)
                && state.0 != words
            {
                state.0.clone_from(&words);
            }
        }
    }
}

fn ring_phone(day: Res<SimDay>, time: Res<Time>, mut phones: Query<&mut Transform, With<Phone>>) {
    let ringing = day.0.is_ringing();
    for mut transform in &mut phones {
        let angle = if ringing { (time.elapsed_secs() * 40.0).sin() * 0.12 } else { 0.0 };
        transform.rotation = Quat::from_rotation_z(angle);
    }
}

fn flash_door(time: Res<Time>, mut doors: Query<(&mut Door, &mut Transform)>) {
    for (mut door, mut transform) in &mut doors {
        door.flash = (door.flash - time.delta_secs()).max(0.0);
        transform.scale.x = 1.0 + door.flash * 1.5;
    }
}

/// Clicking the phone opens the phone panel; clicking a patient opens the front desk.
fn click_scene(
    buttons: Res<ButtonInput<MouseButton>>,
    window: Single<&Window, With<PrimaryWindow>>,
    camera: Single<(&Camera, &GlobalTransform)>,
    phones: Query<&GlobalTransform, With<Phone>>,
    figures: Query<&GlobalTransform, With<Figure>>,
    mut contexts: EguiContexts,
) {
    if !buttons.just_pressed(MouseButton::Left) {
        return;
    }
    let Ok(ctx) = contexts.ctx_mut() else { return };
    if ctx.is_pointer_over_egui() {
        return;
    }
    let (camera, at) = *camera;
    let Some(point) = window.cursor_position().and_then(|p| camera.viewport_to_world_2d(at, p).ok()) else { return };
    if phones.iter().any(|t| t.translation().truncate().distance(point) < 45.0) {
        set_focus(ctx, |f| f.tab = Tab::Phone);
    } else if figures.iter().any(|t| t.translation().truncate().distance(point) < 35.0) {
        set_focus(ctx, |f| f.tab = Tab::Desk);
    }
}

/// Scales and moves the camera so the whole scene fits in the window left of the panels.
fn fit_camera(
    window: Single<&Window, With<PrimaryWindow>>,
    width: Res<PanelWidth>,
    mut camera: Single<(&mut Transform, &mut Projection), With<Camera2d>>,
) {
    let panel = width.0 / window.scale_factor();
    let free = Vec2::new((window.width() - panel).max(100.0), (window.height() - 60.0).max(100.0));
    let scale = (SCENE.x / free.x).max(SCENE.y / free.y);
    let (transform, projection) = &mut *camera;
    if let Projection::Orthographic(ortho) = &mut **projection {
        ortho.scale = scale;
    }
    // The free area's centre sits left of the window's centre by half the panel, and below the top bar.
    transform.translation.x = panel / 2.0 * scale;
    transform.translation.y = 30.0 * scale;
}

fn reset_camera(mut camera: Single<(&mut Transform, &mut Projection), With<Camera2d>>) {
    let (transform, projection) = &mut *camera;
    **transform = Transform::default();
    if let Projection::Orthographic(ortho) = &mut **projection {
        ortho.scale = 1.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_sharing_an_exam_room_stand_far_enough_apart_for_their_names() {
        // Five with the physicians: rooms 1 and 2 hold two each, room 3 one, in its middle.
        let places: Vec<(f32, f32)> = (0..5).map(|p| exam_position(p, 5)).collect();
        let (first, fourth) = (places[0].0, places[3].0);
        assert!((fourth - first).abs() >= 13.0 * 7.0 * 0.7, "{first} {fourth}");
        let room = SCENE.x / EXAM_ROOMS as f32;
        assert_eq!(places[2].0, -SCENE.x / 2.0 + room * 2.5, "alone in the third room: its middle");
        // Alone in a room: its middle.
        assert_eq!(exam_position(0, 1).0, -SCENE.x / 2.0 + room * 0.5);
    }

    #[test]
    fn names_under_figures_are_short_enough_not_to_touch_their_neighbours() {
        assert_eq!(short_name("Raymond Kowalski"), "Raymond");
        assert_eq!(short_name("Christopher Nguyen"), "Christop…");
        assert!(short_name("Maximiliano-Alejandro Ruiz").chars().count() <= NAME_CHARS);
        assert_eq!(short_name(""), "");
    }
}

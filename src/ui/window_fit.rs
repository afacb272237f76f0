//! The window opens at a size that fits the screen it is on: 1280×800 where there is room, less on
//! a smaller screen (a 1024×768 classroom projector), so that nothing, "Start the shift" included,
//! opens off the screen.

use bevy::prelude::*;
use bevy::window::{Monitor, MonitorSelection, PrimaryMonitor, PrimaryWindow, WindowPosition};

/// The size the game is laid out for.
pub const WANTED: UVec2 = UVec2::new(1280, 800);
/// Room left for a taskbar and the window's title bar.
const MARGIN: UVec2 = UVec2::new(0, 64);

/// The window's size, in physical pixels, for a screen of `screen` physical pixels.
pub fn fitted(screen: UVec2, scale_factor: f64) -> UVec2 {
    let scale = scale_factor.clamp(0.5, 4.0);
    let wanted = UVec2::new((f64::from(WANTED.x) * scale) as u32, (f64::from(WANTED.y) * scale) as u32);
    let room = screen.saturating_sub(MARGIN).max(UVec2::new(320, 240));
    wanted.min(room)
}

pub(super) fn plugin(app: &mut App) {
    // The frame-time benchmark measures the size it asks for, whatever the screen.
    if std::env::var_os("CLINIC_DAY_FRAME_BENCH").is_none() {
        app.add_systems(Update, fit_once);
    }
}

/// Once the screen is known (the first frames, on most systems), sizes and centres the window on
/// it. A window the learner has resized since is never touched again.
fn fit_once(
    monitors: Query<&Monitor, With<PrimaryMonitor>>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
    mut done: Local<bool>,
) {
    if *done {
        return;
    }
    let (Ok(monitor), Ok(mut window)) = (monitors.single(), windows.single_mut()) else { return };
    *done = true;
    let size = fitted(UVec2::new(monitor.physical_width, monitor.physical_height), monitor.scale_factor);
    if size != UVec2::new(window.resolution.physical_width(), window.resolution.physical_height()) {
        window.resolution.set_physical_resolution(size.x, size.y);
        window.position = WindowPosition::Centered(MonitorSelection::Primary);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_fits_the_screen_it_opens_on() {
        assert_eq!(fitted(UVec2::new(1920, 1080), 1.0), WANTED, "room to spare: the usual size");
        assert_eq!(fitted(UVec2::new(1024, 768), 1.0), UVec2::new(1024, 704), "a projector: all of it");
        assert_eq!(fitted(UVec2::new(3840, 2160), 2.0), UVec2::new(2560, 1600), "a HiDPI screen: the same size");
        assert_eq!(fitted(UVec2::new(2560, 1440), 2.0), UVec2::new(2560, 1376));
        assert_eq!(fitted(UVec2::new(0, 0), 1.0), UVec2::new(320, 240), "an unknown screen: something");
    }
}

//! How the game's egui panels reach the screen: bevy_egui's pipeline with a cheaper fragment shader
//! (see `egui_fast.wgsl` for why).

use bevy::prelude::*;
use bevy::shader::Shader;

/// Replaces bevy_egui's shader asset with ours. Must be added after `EguiPlugin`, which loads its own
/// under the same handle while it builds.
pub fn plugin(app: &mut App) {
    let shader = Shader::from_wgsl(include_str!("egui_fast.wgsl"), "clinic_day/ui/render/egui_fast.wgsl");
    let mut shaders = app.world_mut().resource_mut::<Assets<Shader>>();
    // A UUID handle: inserting cannot fail.
    let _ = shaders.insert(bevy_egui::render::EGUI_SHADER_HANDLE.id(), shader);
}

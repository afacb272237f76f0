// bevy_egui's egui shader with its colour conversions done by cheap arithmetic instead of `pow`.
//
// egui multiplies colours in gamma (sRGB) space, so each fragment converts the texture sample from
// linear to gamma and the result back. `pow` on a software GPU (Mesa's lavapipe, the only GPU of
// many college lab machines and of CI) is a long polynomial per channel, and with six of them per
// fragment the panels' text cost more than everything else in a frame. The approximations below are
// fitted to the sRGB curves and reproduce every 8-bit level exactly on a round trip; the bindings and
// the vertex stage are bevy_egui's (the pipeline is theirs), so this replaces the asset in place.

struct Transform {
    scale: vec2<f32>,
    translation: vec2<f32>,
}

struct VertexInput {
    @location(0) position: vec2<f32>,
    @location(1) uv: vec2<f32>,
    @location(2) color: vec4<f32>,
}

struct VertexOutput {
    @builtin(position) position: vec4<f32>,
    @location(0) color: vec4<f32>,
    @location(1) uv: vec2<f32>,
}

@group(0) @binding(0) var<uniform> transform: Transform;

#ifdef BINDLESS
@group(1) @binding(0) var image_texture: binding_array<texture_2d<f32>>;
@group(1) @binding(1) var image_sampler: binding_array<sampler>;

struct BindlessOffset {
    offset: u32,
};
var<immediate> offset: BindlessOffset;

#else //BINDLESS
@group(1) @binding(0) var image_texture: texture_2d<f32>;
@group(1) @binding(1) var image_sampler: sampler;
#endif // BINDLESS

// Linear to sRGB gamma: a cubic in x^(1/4) above the linear toe (error under 0.3 of an 8-bit level).
fn gamma_from_linear_rgb(rgb: vec3<f32>) -> vec3<f32> {
    let x = max(rgb, vec3<f32>(0.0));
    let t = sqrt(sqrt(x));
    let curve = ((-0.11814734 * t + 0.91425208) * t + 0.28032759) * t - 0.07655314;
    return select(curve, x * 12.92, x < vec3<f32>(0.0031308));
}

// sRGB gamma to linear: u^2.4 as u^2 times a quadratic in u^(1/4) for u^0.4.
fn linear_from_gamma_rgb(srgb: vec3<f32>) -> vec3<f32> {
    let s = max(srgb, vec3<f32>(0.0));
    let u = (s + vec3<f32>(0.055)) / 1.055;
    let t = sqrt(sqrt(u));
    let curve = u * u * ((0.52876882 * t + 0.55084418) * t - 0.07933844);
    return select(curve, s / 12.92, s < vec3<f32>(0.04045));
}

@vertex
fn vs_main(in: VertexInput) -> VertexOutput {
    let position = in.position * transform.scale + transform.translation;
    return VertexOutput(vec4<f32>(position, 0.0, 1.0), in.color, in.uv);
}

@fragment
fn fs_main(in: VertexOutput) -> @location(0) vec4<f32> {
    #ifdef BINDLESS
    let image_texture = image_texture[offset.offset];
    let image_sampler = image_sampler[offset.offset];
    #endif

    let texture_linear = textureSample(image_texture, image_sampler, in.uv);
    let color_gamma = vec4<f32>(gamma_from_linear_rgb(texture_linear.rgb), texture_linear.a) * in.color;
    return vec4<f32>(linear_from_gamma_rgb(color_gamma.rgb), color_gamma.a);
}

//! Generated sounds: the phone's ring and the door chime, as small WAV files made in memory (no
//! asset files, nothing to license). Played only in builds with the opt-in `audio` feature, which
//! needs ALSA's headers on Linux; the tones themselves are plain code, tested in every build.

/// A mono 16-bit WAV of `notes` (frequency in Hz, seconds) one after the other, each with a short
/// fade in and out so it does not click.
pub fn tones_wav(notes: &[(f32, f32)], sample_rate: u32) -> Vec<u8> {
    let mut samples: Vec<i16> = Vec::new();
    for &(frequency, seconds) in notes {
        let n = (seconds * sample_rate as f32) as usize;
        let fade = (sample_rate as usize / 100).max(1).min(n / 2 + 1);
        for i in 0..n {
            let envelope = (i.min(n - i) as f32 / fade as f32).min(1.0);
            let t = i as f32 / sample_rate as f32;
            let value = if frequency > 0.0 { (t * frequency * std::f32::consts::TAU).sin() } else { 0.0 };
            samples.push((value * envelope * 0.35 * f32::from(i16::MAX)) as i16);
        }
    }
    let data_len = (samples.len() * 2) as u32;
    let mut wav = Vec::with_capacity(44 + samples.len() * 2);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&sample_rate.to_le_bytes());
    wav.extend_from_slice(&(sample_rate * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        wav.extend_from_slice(&s.to_le_bytes());
    }
    wav
}

/// A desk phone's double ring.
pub fn ring() -> Vec<u8> {
    tones_wav(&[(880.0, 0.35), (0.0, 0.15), (880.0, 0.35)], 22_050)
}

/// A two-note door chime.
pub fn chime() -> Vec<u8> {
    tones_wav(&[(659.0, 0.25), (523.0, 0.45)], 22_050)
}

#[cfg(feature = "audio")]
pub(super) use play::plugin;

#[cfg(not(feature = "audio"))]
pub(super) fn plugin(_: &mut bevy::prelude::App) {}

#[cfg(feature = "audio")]
mod play {
    use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings};
    use bevy::prelude::*;

    use crate::shift::plugin::SimDay;
    use crate::ui::session::Settings;
    use crate::ui::state::Screen;

    #[derive(Resource)]
    struct Sounds {
        ring: Handle<AudioSource>,
        chime: Handle<AudioSource>,
        /// Real seconds when the phone last rang, and how many were in the clinic.
        last_ring: f64,
        present: usize,
    }

    pub fn plugin(app: &mut App) {
        app.add_systems(Startup, load).add_systems(Update, play.run_if(in_state(Screen::Shift)));
    }

    fn load(mut commands: Commands, mut sources: ResMut<Assets<AudioSource>>) {
        let ring = sources.add(AudioSource { bytes: super::ring().into() });
        let chime = sources.add(AudioSource { bytes: super::chime().into() });
        commands.insert_resource(Sounds { ring, chime, last_ring: f64::MIN, present: 0 });
    }

    fn play(
        mut commands: Commands,
        day: Res<SimDay>,
        settings: Res<Settings>,
        time: Res<Time>,
        sounds: Option<ResMut<Sounds>>,
    ) {
        let Some(mut sounds) = sounds else { return };
        let day = &day.0;
        let now = time.elapsed_secs_f64();
        let ringing = day.is_ringing();
        let present = day.present.len();
        if settings.sound && ringing && now - sounds.last_ring > 3.0 {
            commands.spawn((AudioPlayer(sounds.ring.clone()), PlaybackSettings::DESPAWN));
            sounds.last_ring = now;
        }
        if settings.sound && present > sounds.present {
            commands.spawn((AudioPlayer(sounds.chime.clone()), PlaybackSettings::DESPAWN));
        }
        sounds.present = present;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tone_is_a_wav_of_the_right_length() {
        let wav = tones_wav(&[(440.0, 0.5), (0.0, 0.25)], 8000);
        assert_eq!(&wav[0..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        let samples = (0.5 * 8000.0) as usize + (0.25 * 8000.0) as usize;
        assert_eq!(wav.len(), 44 + samples * 2);
        let riff_len = u32::from_le_bytes([wav[4], wav[5], wav[6], wav[7]]) as usize;
        assert_eq!(riff_len, wav.len() - 8);
    }

    #[test]
    fn tones_fade_in_and_rests_are_silent() {
        let wav = tones_wav(&[(440.0, 0.1), (0.0, 0.1)], 8000);
        let sample = |i: usize| i16::from_le_bytes([wav[44 + 2 * i], wav[45 + 2 * i]]);
        assert_eq!(sample(0), 0, "starts from silence");
        assert!((0..800).any(|i| sample(i).unsigned_abs() > 5000), "the tone is audible");
        assert!((800..1600).all(|i| sample(i) == 0), "the rest is silent");
    }
}

//! Simulated time: seconds after midnight on the simulated day, independent of wall time.
//!
//! Seconds rather than minutes because a phone rings for seconds, not minutes; scenarios and
//! action files are written in minutes (`"10:25"`) and may add seconds (`"10:25:30"`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::scenario::time::TimeOfDay;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SimTime(u32);

impl SimTime {
    pub const fn from_seconds(seconds: u32) -> Self {
        SimTime(seconds)
    }

    pub fn seconds(self) -> u32 {
        self.0
    }

    /// Whole minutes after midnight (rounded down).
    pub fn minutes(self) -> u32 {
        self.0 / 60
    }

    pub fn plus_seconds(self, seconds: u32) -> Self {
        SimTime(self.0.saturating_add(seconds))
    }

    pub fn plus_minutes(self, minutes: u32) -> Self {
        self.plus_seconds(minutes.saturating_mul(60))
    }

    /// Seconds from `earlier` to `self`, or 0 when `earlier` is later.
    pub fn since(self, earlier: SimTime) -> u32 {
        self.0.saturating_sub(earlier.0)
    }

    /// The time of day this falls in, when it is before midnight.
    pub fn time_of_day(self) -> Option<TimeOfDay> {
        u16::try_from(self.minutes()).ok().and_then(TimeOfDay::from_minutes)
    }
}

impl From<TimeOfDay> for SimTime {
    fn from(t: TimeOfDay) -> Self {
        SimTime(u32::from(t.minutes()) * 60)
    }
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, self.0 / 60 % 60, self.0 % 60);
        if s == 0 { write!(f, "{h:02}:{m:02}") } else { write!(f, "{h:02}:{m:02}:{s:02}") }
    }
}

impl std::str::FromStr for SimTime {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{text}` is not a time: write 24-hour `HH:MM` or `HH:MM:SS`, e.g. \"10:25\"");
        let mut parts = text.split(':');
        let (Some(h), Some(m)) = (parts.next(), parts.next()) else { return Err(bad()) };
        let s = parts.next();
        if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 || s.is_some_and(|s| s.len() != 2) {
            return Err(bad());
        }
        let number = |part: &str| part.parse::<u32>().map_err(|_| bad());
        let (h, m, s) = (number(h)?, number(m)?, s.map_or(Ok(0), number)?);
        if h >= 24 || m >= 60 || s >= 60 {
            return Err(bad());
        }
        Ok(SimTime(h * 3600 + m * 60 + s))
    }
}

impl Serialize for SimTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SimTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_minutes_and_seconds() {
        for text in ["00:00", "09:30", "10:25:30", "23:59:59"] {
            let t: SimTime = text.parse().expect(text);
            assert_eq!(t.to_string(), text);
        }
        assert_eq!("9:05".parse::<SimTime>().map(SimTime::seconds), Ok(9 * 3600 + 5 * 60));
        for bad in ["", "24:00", "10:60", "10:5", "10:05:7", "10:05:00:00", "ten:05", "10:05:60"] {
            assert!(bad.parse::<SimTime>().is_err(), "{bad}");
        }
    }
}

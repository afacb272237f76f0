//! Calendar dates and times of day as scenario authors write them.
//!
//! Written as plain strings (`"09:30"`, `"2026-03-12"`, `"today+7"`) so a day reads like a diary
//! rather than like code; parsed here once, with errors that say what was expected.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// A time of day, in minutes after midnight. Simulated time is built from these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);

    pub fn from_hm(hours: u16, minutes: u16) -> Option<Self> {
        (hours < 24 && minutes < 60).then_some(TimeOfDay(hours * 60 + minutes))
    }

    pub fn from_minutes(minutes: u16) -> Option<Self> {
        (minutes < 24 * 60).then_some(TimeOfDay(minutes))
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hours_minutes(self) -> (u16, u16) {
        (self.0 / 60, self.0 % 60)
    }

    /// This time plus `minutes`, or `None` past midnight.
    pub fn plus(self, minutes: u16) -> Option<Self> {
        Self::from_minutes(self.0.checked_add(minutes)?)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m) = self.hours_minutes();
        write!(f, "{h:02}:{m:02}")
    }
}

impl std::str::FromStr for TimeOfDay {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{text}` is not a time of day: write 24-hour `HH:MM`, e.g. \"09:30\"");
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let hours: u16 = h.parse().map_err(|_| bad())?;
        let minutes: u16 = m.parse().map_err(|_| bad())?;
        TimeOfDay::from_hm(hours, minutes).ok_or_else(bad)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

/// Day of the week, as used by weekly templates and availability.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    /// The day's name in `lang` ("Monday", « lundi »).
    pub fn name_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(lang, self.message_id(), &[])
    }

    /// The message naming the day in the language files (dates.ftl).
    pub fn message_id(self) -> &'static str {
        match self {
            Weekday::Mon => "weekday-mon",
            Weekday::Tue => "weekday-tue",
            Weekday::Wed => "weekday-wed",
            Weekday::Thu => "weekday-thu",
            Weekday::Fri => "weekday-fri",
            Weekday::Sat => "weekday-sat",
            Weekday::Sun => "weekday-sun",
        }
    }

    /// The day as a message's selector chooses by it (`{ $day -> [mon] … }`), where a language
    /// words the day differently in a phrase ("on Mondays", « le lundi »).
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }
}

/// A proleptic Gregorian calendar date, stored as days since 1970-01-01 so that date arithmetic
/// and weekdays are exact and need no time-zone library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

impl Date {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date(days_from_civil(year, month, day)))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Whole years from `self` (a birth date) to `on`.
    pub fn years_to(self, on: Date) -> i32 {
        let ((y0, m0, d0), (y1, m1, d1)) = (self.ymd(), on.ymd());
        y1 - y0 - i32::from((m1, d1) < (m0, d0))
    }

    pub fn plus_days(self, days: i32) -> Self {
        Date(self.0 + days)
    }

    pub fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
    }

    /// A date in words in `lang`, with the year when it is not `today`'s: "Monday 30 March",
    /// « lundi 30 mars ».
    pub fn long_words_in(self, today: Date, lang: crate::i18n::Lang) -> String {
        let (year, month, day) = self.ymd();
        let id = if year == today.ymd().0 { "date-long" } else { "date-long-year" };
        let args = [
            ("weekday", self.weekday().name_in(lang).into()),
            ("day", day.into()),
            ("month", month_name_in(month, lang).into()),
            ("year", year.to_string().into()),
        ];
        crate::i18n::text(lang, id, &args)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.0 + 3).rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{text}` is not a date: write `YYYY-MM-DD`, e.g. \"2026-03-12\"");
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        Date::from_ymd(year, month, day).ok_or_else(|| format!("`{text}` is not a date on the calendar"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

/// A date as a scenario writes it: either fixed, or relative to the simulated day so that a day
/// can be moved to another date without rewriting every booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateRef {
    On(Date),
    /// `today`, `today+7`, `today-30`: calendar days from the simulated day.
    Today(i32),
}

impl DateRef {
    pub fn resolve(self, today: Date) -> Date {
        match self {
            DateRef::On(date) => date,
            DateRef::Today(offset) => today.plus_days(offset),
        }
    }
}

impl Default for DateRef {
    fn default() -> Self {
        DateRef::Today(0)
    }
}

impl fmt::Display for DateRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateRef::On(date) => date.fmt(f),
            DateRef::Today(0) => f.write_str("today"),
            DateRef::Today(n) if n > 0 => write!(f, "today+{n}"),
            DateRef::Today(n) => write!(f, "today{n}"),
        }
    }
}

impl std::str::FromStr for DateRef {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let Some(rest) = text.strip_prefix("today") else {
            return text.parse().map(DateRef::On).map_err(|_| {
                format!("`{text}` is not a date: write `YYYY-MM-DD`, `today`, or `today+N` / `today-N` (calendar days)")
            });
        };
        if rest.is_empty() {
            return Ok(DateRef::Today(0));
        }
        let bad = || format!("`{text}` is not a relative date: write `today+N` or `today-N`, e.g. \"today+7\"");
        let (sign, digits) = match rest.as_bytes()[0] {
            b'+' => (1, &rest[1..]),
            b'-' => (-1, &rest[1..]),
            _ => return Err(bad()),
        };
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let days: i32 = digits.parse().map_err(|_| bad())?;
        Ok(DateRef::Today(sign * days))
    }
}

impl Serialize for DateRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

/// "March" for 3; "?" for a number that is no month.
/// A month's name in `lang`, from 1 (January).
pub fn month_name_in(month: u32, lang: crate::i18n::Lang) -> String {
    const MONTHS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10",
        "month-11", "month-12",
    ];
    let id = MONTHS[(month.clamp(1, 12) - 1) as usize];
    crate::i18n::text(lang, id, &[])
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_and_print() {
        let t: TimeOfDay = "09:05".parse().unwrap();
        assert_eq!(t.minutes(), 9 * 60 + 5);
        assert_eq!(t.to_string(), "09:05");
        assert_eq!("8:30".parse::<TimeOfDay>().unwrap().to_string(), "08:30");
        for bad in ["24:00", "12:60", "noon", "12", "12:5", "-1:00", ""] {
            assert!(bad.parse::<TimeOfDay>().is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        let d: Date = "2026-03-12".parse().unwrap();
        assert_eq!(d.to_string(), "2026-03-12");
        assert_eq!(d.weekday(), Weekday::Thu);
        assert_eq!(d.plus_days(8).to_string(), "2026-03-20");
        assert_eq!(d.plus_days(8).weekday(), Weekday::Fri);
        assert_eq!("2024-02-29".parse::<Date>().unwrap().plus_days(1).to_string(), "2024-03-01");
        assert!("2025-02-29".parse::<Date>().is_err());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert_eq!("1970-01-01".parse::<Date>().unwrap().weekday(), Weekday::Thu);
        assert_eq!("1958-04-02".parse::<Date>().unwrap().to_string(), "1958-04-02");
    }

    #[test]
    fn relative_dates_resolve_against_the_simulated_day() {
        let today: Date = "2026-03-12".parse().unwrap();
        for (text, expected) in [
            ("today", "2026-03-12"),
            ("today+8", "2026-03-20"),
            ("today-12", "2026-02-28"),
            ("2026-04-01", "2026-04-01"),
        ] {
            let r: DateRef = text.parse().unwrap();
            assert_eq!(r.resolve(today).to_string(), expected);
            assert_eq!(r.to_string(), text, "printing is the inverse of parsing");
        }
        for bad in ["tomorrow", "today+", "today+x", "today*3", "today+99999"] {
            assert!(bad.parse::<DateRef>().is_err(), "{bad} should not parse");
        }
    }
}

//! The clinic itself: where and when it runs, and the office policies the rulebook judges against.

use serde::{Deserialize, Serialize};

use super::super::time::{Date, TimeOfDay, Weekday};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    pub name: String,
    /// Whose privacy law applies: a province or territory, or PIPEDA / HIPAA for comparison.
    pub jurisdiction: Jurisdiction,
    /// The simulated day.
    pub date: Date,
    pub hours: Hours,
    #[serde(default = "weekdays")]
    pub days_open: Vec<Weekday>,
    pub phone: String,
    #[serde(default)]
    pub fax: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// How many weeks of the book exist from the simulated day on (rebooking needs several).
    #[serde(default = "default_calendar_weeks")]
    pub calendar_weeks: u8,
    /// The outgoing voicemail greeting as it stands when the day opens.
    #[serde(default, deserialize_with = "crate::scenario::text::one")]
    pub greeting: String,
    #[serde(default)]
    pub policies: Policies,
}

fn weekdays() -> Vec<Weekday> {
    vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]
}

fn default_calendar_weeks() -> u8 {
    6
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Jurisdiction {
    /// Ontario: PHIPA.
    ON,
    /// Quebec: the Act respecting health and social services information.
    QC,
    BC,
    AB,
    SK,
    MB,
    NB,
    NS,
    PE,
    NL,
    YT,
    NT,
    NU,
    /// Federal PIPEDA, for comparison.
    PIPEDA,
    /// US HIPAA, for comparison.
    HIPAA,
}

impl Jurisdiction {
    /// The age from which a minor decides alone who may know about their care, so that a parent is
    /// no longer their substitute decision-maker by custody alone: 14 in Quebec (the Act respecting
    /// health and social services information), 16 elsewhere (PHIPA s. 23(1)2: a parent consents
    /// for a child under 16).
    pub fn minor_decides_alone_from(self) -> i32 {
        match self {
            Jurisdiction::QC => 14,
            _ => 16,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub open: TimeOfDay,
    pub close: TimeOfDay,
    #[serde(default)]
    pub lunch: Option<Period>,
}

/// A stretch of the day, `from` inclusive, `to` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: TimeOfDay,
    pub to: TimeOfDay,
}

impl Period {
    pub fn contains(&self, t: TimeOfDay) -> bool {
        self.from <= t && t < self.to
    }
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policies {
    #[serde(default)]
    pub double_booking: DoubleBooking,
    #[serde(default)]
    pub reminders: Reminders,
    #[serde(default)]
    pub greeting: GreetingPolicy,
    /// After this time, same-day reserved slots not yet used may be given to anyone (S3).
    #[serde(default)]
    pub release_reserved_at: Option<TimeOfDay>,
    #[serde(default)]
    pub referral_targets: ReferralTargets,
}

/// The physician's policy on putting two patients in one slot (S4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoubleBooking {
    /// Most patients booked at overlapping times for one physician; 1 means never double-book.
    #[serde(default = "one")]
    pub max_per_slot: u8,
    /// An urgent add-on squeezed into a full slot needs a clinician's approval (S4). Separately, only
    /// appointment types marked `double_book: true` ever share a slot.
    #[serde(default = "yes")]
    pub urgent_needs_approval: bool,
}

impl Default for DoubleBooking {
    fn default() -> Self {
        DoubleBooking { max_per_slot: 1, urgent_needs_approval: true }
    }
}

fn one() -> u8 {
    1
}

fn yes() -> bool {
    true
}

/// How far ahead reminders go and what a reminder voicemail may contain (S9, C9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminders {
    #[serde(default = "one")]
    pub days_ahead: u8,
    #[serde(default = "reminder_items")]
    pub include: Vec<ReminderItem>,
}

impl Default for Reminders {
    fn default() -> Self {
        Reminders { days_ahead: 1, include: reminder_items() }
    }
}

fn reminder_items() -> Vec<ReminderItem> {
    use ReminderItem::*;
    vec![Date, Time, Clinic, CallbackNumber, BringHealthCard, BringMedicationList]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReminderItem {
    Date,
    Time,
    Clinic,
    CallbackNumber,
    BringHealthCard,
    BringMedicationList,
}

/// What the outgoing greeting must say (T10).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GreetingPolicy {
    #[serde(default = "greeting_items")]
    pub must_mention: Vec<GreetingItem>,
}

impl Default for GreetingPolicy {
    fn default() -> Self {
        GreetingPolicy { must_mention: greeting_items() }
    }
}

fn greeting_items() -> Vec<GreetingItem> {
    use GreetingItem::*;
    vec![Hours, TodaysAvailability, Closures, Coverage, Emergency911, Health811]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GreetingItem {
    Hours,
    TodaysAvailability,
    Closures,
    Coverage,
    Emergency911,
    /// Ontario's nurse advice line.
    Health811,
    /// The 988 suicide crisis line.
    Crisis988,
}

/// Days within which a referral of each urgency should be seen (T12; Wait Time Alliance).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralTargets {
    #[serde(default = "one_day")]
    pub emergency_days: u16,
    #[serde(default = "seven_days")]
    pub urgent_days: u16,
    #[serde(default = "sixty_days")]
    pub scheduled_days: u16,
}

impl Default for ReferralTargets {
    fn default() -> Self {
        ReferralTargets { emergency_days: 1, urgent_days: 7, scheduled_days: 60 }
    }
}

fn one_day() -> u16 {
    1
}
fn seven_days() -> u16 {
    7
}
fn sixty_days() -> u16 {
    60
}

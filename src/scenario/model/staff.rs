//! The people who work in (or cover for) the clinic, and each physician's weekly template.

use serde::{Deserialize, Serialize};

use super::super::time::{Date, DateRef, TimeOfDay, Weekday};
use super::ids::{AppointmentTypeId, StaffId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staff {
    pub physicians: Vec<Physician>,
    #[serde(default)]
    pub nurses: Vec<Nurse>,
    /// Physicians outside the clinic who cover when one of ours is away.
    #[serde(default)]
    pub covering: Vec<CoveringPhysician>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Physician {
    pub id: StaffId,
    pub name: String,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub specialty: String,
    /// Who takes this physician's urgent matters and critical results when they are away.
    #[serde(default)]
    pub covered_by: Option<StaffId>,
    /// The weekly template: which appointment types may be booked when. It repeats every week of
    /// the calendar.
    pub week: Vec<TemplateBlock>,
    /// Days already known to be off (holidays, hospital days) on the calendar.
    #[serde(default)]
    pub away: Vec<Away>,
    /// Format 2: the days this physician covers for another one of the clinic (who is away then):
    /// they take that physician's urgent matters and critical results, and their book takes the
    /// absent physician's patients.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<Cover>,
    /// Format 2: a locum, who works here only on the days they cover; on any other day nothing can
    /// be booked with them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locum: bool,
}

/// A stretch of days one physician covers for another (format 2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cover {
    /// The physician covered for.
    pub physician: StaffId,
    pub from: DateRef,
    /// Last day covered, inclusive; a single day when absent.
    #[serde(default)]
    pub to: Option<DateRef>,
}

impl Cover {
    /// The first and last day covered, resolved against `today`.
    pub fn days(&self, today: Date) -> (Date, Date) {
        let from = self.from.resolve(today);
        (from, self.to.map_or(from, |to| to.resolve(today)))
    }

    pub fn includes(&self, date: Date, today: Date) -> bool {
        let (from, to) = self.days(today);
        from <= date && date <= to
    }
}

/// One block of a weekly template, e.g. Monday to Thursday 09:00–12:00, follow-ups and new patients.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateBlock {
    pub days: Vec<Weekday>,
    pub from: TimeOfDay,
    pub to: TimeOfDay,
    pub types: Vec<AppointmentTypeId>,
    /// Held for same-day urgent needs: never filled days ahead with routine visits (S3).
    #[serde(default)]
    pub same_day: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Away {
    pub from: DateRef,
    /// Last day away, inclusive; a single day when absent.
    #[serde(default)]
    pub to: Option<DateRef>,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nurse {
    pub id: StaffId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoveringPhysician {
    pub id: StaffId,
    pub name: String,
    #[serde(deserialize_with = "crate::scenario::text::one")]
    pub specialty: String,
    pub phone: String,
}

impl Physician {
    /// The template block that holds a visit of `kind` from `at` for `minutes` on `day`, if any.
    pub fn block_for(
        &self,
        day: Weekday,
        at: TimeOfDay,
        minutes: u16,
        kind: &AppointmentTypeId,
    ) -> Option<&TemplateBlock> {
        let end = at.minutes() + minutes;
        self.week.iter().find(|block| {
            block.days.contains(&day) && block.from <= at && end <= block.to.minutes() && block.types.contains(kind)
        })
    }

    /// Whether the physician is known to be away on `date` (dates resolved against `today`).
    pub fn is_away(&self, date: Date, today: Date) -> bool {
        self.away.iter().any(|away| {
            let from = away.from.resolve(today);
            let to = away.to.map_or(from, |to| to.resolve(today));
            from <= date && date <= to
        })
    }

    /// Whether the physician works here on `date` at all: a locum only on the days they cover.
    /// (Being away is a different thing: see `is_away`.)
    pub fn works_on(&self, date: Date, today: Date) -> bool {
        !self.locum || self.covers.iter().any(|cover| cover.includes(date, today))
    }

    /// Whether this physician covers for `absent` on `date`.
    pub fn covers_on(&self, absent: &StaffId, date: Date, today: Date) -> bool {
        self.covers.iter().any(|cover| &cover.physician == absent && cover.includes(date, today))
    }
}

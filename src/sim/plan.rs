//! The day's plan: the timeline with every `OneOf` resolved and every jitter applied, for one seed.
//!
//! Randomness comes from one ChaCha RNG seeded from the run's seed (the scenario's `randomness.seed`
//! unless a run names another), and draws are made in file order, so the same scenario and seed
//! always give the same day, on any machine (ChaCha's output is fixed by its specification).

use std::sync::Arc;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::scenario::time::TimeOfDay;
use crate::scenario::{Event, Scenario};

/// One event as it will happen today.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedEvent {
    pub at: TimeOfDay,
    /// Index of the timeline entry it comes from, for reports and stable ordering.
    pub entry: usize,
    /// The event itself; never a `OneOf`.
    pub event: Arc<Event>,
}

/// Resolves the timeline for `seed`: one alternative of every `OneOf` picked uniformly, jitter drawn
/// uniformly within ± the entry's minutes and kept inside opening hours, ordered by time (entries at
/// the same minute keep file order).
pub fn plan_day(scenario: &Scenario, seed: u64) -> Vec<PlannedEvent> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let hours = scenario.clinic.hours;
    let mut plan: Vec<PlannedEvent> = scenario
        .timeline
        .iter()
        .enumerate()
        .filter_map(|(entry, item)| {
            let event = Arc::new(pick(&item.event, &mut rng)?.clone());
            let jitter = i32::from(item.jitter);
            let offset = if jitter > 0 { rng.random_range(-jitter..=jitter) } else { 0 };
            let minutes = (i32::from(item.at.minutes()) + offset)
                .clamp(i32::from(hours.open.minutes()), i32::from(hours.close.minutes()));
            let at = u16::try_from(minutes).ok().and_then(TimeOfDay::from_minutes).unwrap_or(item.at);
            Some(PlannedEvent { at, entry, event })
        })
        .collect();
    plan.sort_by_key(|p| (p.at, p.entry));
    plan
}

/// Follows `OneOf`s down to a concrete event; `None` only for an empty `OneOf`.
fn pick<'e>(event: &'e Event, rng: &mut ChaCha8Rng) -> Option<&'e Event> {
    let mut event = event;
    while let Event::OneOf(alternatives) = event {
        if alternatives.is_empty() {
            return None;
        }
        event = &alternatives[rng.random_range(0..alternatives.len())];
    }
    Some(event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::BUILTIN;

    fn reference_day() -> Scenario {
        BUILTIN[0].load().unwrap_or_else(|r| panic!("{}", r.render(false))).scenario
    }

    #[test]
    fn the_same_seed_gives_the_same_day() {
        let s = reference_day();
        assert_eq!(plan_day(&s, 42), plan_day(&s, 42));
    }

    #[test]
    fn different_seeds_vary_the_day_within_its_rules() {
        let s = reference_day();
        let plans: Vec<Vec<PlannedEvent>> = (0..20).map(|seed| plan_day(&s, seed)).collect();
        assert!(plans.windows(2).any(|w| w[0] != w[1]), "jitter and OneOf make seeds differ");
        let hours = s.clinic.hours;
        for plan in &plans {
            assert_eq!(plan.len(), s.timeline.len(), "every entry happens once");
            assert!(plan.windows(2).all(|w| (w[0].at, w[0].entry) <= (w[1].at, w[1].entry)), "ordered by time");
            for planned in plan {
                assert!(hours.open <= planned.at && planned.at <= hours.close, "{} outside hours", planned.at);
                assert!(!matches!(*planned.event, Event::OneOf(_)));
                let entry = &s.timeline[planned.entry];
                let drift = (i32::from(planned.at.minutes()) - i32::from(entry.at.minutes())).abs();
                assert!(drift <= i32::from(entry.jitter), "entry {} drifted {drift} minutes", planned.entry);
            }
        }
    }

    #[test]
    fn every_alternative_of_a_one_of_is_reachable() {
        let s = reference_day();
        let (index, alternatives) = s
            .timeline
            .iter()
            .enumerate()
            .find_map(|(i, e)| match &e.event {
                Event::OneOf(a) => Some((i, a.clone())),
                _ => None,
            })
            .expect("the reference day has a OneOf");
        let mut seen = vec![false; alternatives.len()];
        for seed in 0..200 {
            let plan = plan_day(&s, seed);
            let picked = plan.iter().find(|p| p.entry == index).expect("planned");
            let which = alternatives.iter().position(|a| a == &*picked.event).expect("one of them");
            seen[which] = true;
        }
        assert!(seen.iter().all(|&s| s), "{seen:?}");
    }
}

//! How fast a whole day plays headless, release build: `cargo bench --bench day`.
//!
//! - `reference_day`: the reference day (greene-cardiology) played by the expert, in the pure
//!   simulation core and through the Bevy app (`MinimalPlugins` + `SimPlugin`), and replayed from the
//!   expert's saved actions. Target: ≥ 1,000 days per second, i.e. a median under 1 ms.
//!   `rewind_to_the_last_moment`: "try this moment again" on the day's last moment. Target: under
//!   100 ms.
//! - `scaled_day`: the same day with 1× and 10× its clinic (ten practices side by side), played by
//!   the expert. Target: 10× the events costs at most 12× the time.
//! - `validate`: `clinic-day validate`'s work (read, parse, check) on a two-physician day, as written
//!   and with both books filled for a fortnight at 90 % (format 2's `fill`, booked once by the
//!   check). Target: the filled day under 50 ms.

use std::sync::Arc;

use clinic_day::scenario::{BUILTIN, Scenario, scaled::scaled};
use clinic_day::shift::autoplay::Style;
use clinic_day::shift::outcome::{Player, run_day, run_day_in_app};

fn reference() -> Arc<Scenario> {
    let loaded = BUILTIN[0].load().unwrap_or_else(|r| panic!("{}", r.render(false)));
    Arc::new(loaded.scenario)
}

fn main() {
    divan::main();
}

mod reference_day {
    use super::*;

    #[divan::bench]
    fn expert_core(bencher: divan::Bencher) {
        let scenario = reference();
        let seed = scenario.randomness.seed;
        bencher.bench(|| run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert)).scorecard.total);
    }

    #[divan::bench]
    fn expert_bevy_app(bencher: divan::Bencher) {
        let scenario = reference();
        let seed = scenario.randomness.seed;
        bencher.bench(|| run_day_in_app(scenario.clone(), seed, Player::Autoplay(Style::Expert), None).scorecard.total);
    }

    #[divan::bench]
    fn replay_expert_actions(bencher: divan::Bencher) {
        let scenario = reference();
        let seed = scenario.randomness.seed;
        let actions = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert)).actions;
        bencher.bench(|| run_day(scenario.clone(), seed, Player::Script(&actions)).scorecard.total);
    }

    /// "Try this moment again" on the day's last moment, the longest replay a rewind makes: the
    /// expert's actions up to a minute before closing. Target: under 100 ms (the learner clicks
    /// and the desk is back).
    #[divan::bench]
    fn rewind_to_the_last_moment(bencher: divan::Bencher) {
        let scenario = reference();
        let seed = scenario.randomness.seed;
        let outcome = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert));
        let last = outcome.actions.iter().map(|a| a.at).max().unwrap_or_default();
        bencher.bench(|| clinic_day::shift::Shift::replayed_to(scenario.clone(), seed, &outcome.actions, last).now);
    }
}

mod scaled_day {
    use super::*;

    #[divan::bench(args = [1, 10])]
    fn expert(bencher: divan::Bencher, copies: usize) {
        let scenario = Arc::new(scaled(&reference(), copies).unwrap_or_else(|e| panic!("{e}")));
        let seed = scenario.randomness.seed;
        bencher.bench(|| run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert)).scorecard.total);
    }

    #[divan::bench(args = [1, 10])]
    fn replay(bencher: divan::Bencher, copies: usize) {
        let scenario = Arc::new(scaled(&reference(), copies).unwrap_or_else(|e| panic!("{e}")));
        let seed = scenario.randomness.seed;
        let actions = run_day(scenario.clone(), seed, Player::Autoplay(Style::Expert)).actions;
        bencher.bench(|| run_day(scenario.clone(), seed, Player::Script(&actions)).scorecard.total);
    }
}

mod validate {
    /// A two-physician day (the back-office test day), as written or with a filled fortnight.
    fn two_physicians(filled: bool) -> String {
        let text = include_str!("../tests/fixtures/backoffice-day.ron").replacen("format: 1,", "format: 2,", 1);
        if !filled {
            return text;
        }
        let fill = "    fill: [\n        (physician: \"brandt\", from: \"today+1\", to: \"today+14\", occupancy: 90, types: [\"follow-up\", \"new-patient\"]),\n        (physician: \"ferreira\", from: \"today+1\", to: \"today+14\", occupancy: 90, types: [\"follow-up\", \"new-patient\"]),\n    ],\n    timeline: [";
        text.replacen("    timeline: [", fill, 1)
    }

    #[divan::bench(args = [false, true])]
    fn two_physicians_a_fortnight_filled(bencher: divan::Bencher, filled: bool) {
        let text = two_physicians(filled);
        bencher.bench(|| {
            let loaded = clinic_day::scenario::load_bytes("bench.ron", text.as_bytes());
            loaded.map(|l| l.scenario.fill.len()).unwrap_or_else(|r| panic!("{}", r.render(false)))
        });
    }
}

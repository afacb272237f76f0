//! The judge: facts from the scenario plus what the desk did give verdicts (DESIGN principle 3).
//! Each module answers for one moment of the day: a call ending, a disclosure, a booking, a
//! document filed, a deadline passing, the office closing. Verdicts become judgments in
//! `Day::record`, once per rule and thing.

pub mod booking;
pub mod calls;
pub mod closing;
pub mod deadlines;
pub mod desk;
pub mod inbox;
pub mod outgoing;
pub mod privacy;

use crate::scenario::{Acuity, RedFlag, Symptoms};

/// How a complaint must be routed, from its truth rather than the caller's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Routing {
    /// 911 now (T1).
    Emergency,
    /// Suicidal thoughts: 911 if in immediate danger, else a live hand-off and 988 (T3).
    Suicidal {
        danger: bool,
    },
    /// A clinician now (T5; T4 at the desk).
    ClinicianNow,
    /// Same-day slot or clinician call-back today (T5).
    SameDay,
    Routine,
}

pub fn routing(symptoms: &Symptoms) -> Routing {
    let danger = symptoms.red_flags.contains(&RedFlag::SuicidalDanger);
    if danger || symptoms.red_flags.contains(&RedFlag::SuicidalThoughts) || symptoms.acuity == Acuity::Crisis {
        return Routing::Suicidal { danger: danger || symptoms.acuity == Acuity::Emergency };
    }
    match symptoms.acuity {
        Acuity::Emergency => Routing::Emergency,
        Acuity::Crisis => Routing::Suicidal { danger: false },
        Acuity::ClinicianNow => Routing::ClinicianNow,
        Acuity::SameDay => Routing::SameDay,
        Acuity::Routine => Routing::Routine,
    }
}

/// Whether a routing means the need is urgent (anything above routine).
pub fn urgent(routing: Routing) -> bool {
    routing != Routing::Routine
}

/// A member of staff as a judgment names them: "Dr. Helen Greene", not the scenario's id.
pub fn staff_name(scenario: &crate::scenario::Scenario, id: &crate::scenario::StaffId) -> String {
    if let Some(physician) = scenario.physician(id) {
        return physician.name.clone();
    }
    scenario.staff.nurses.iter().find(|n| &n.id == id).map_or_else(|| id.to_string(), |n| n.name.clone())
}

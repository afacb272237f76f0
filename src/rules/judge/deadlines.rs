//! The rulebook's clocks (RULEBOOK.md, second edition): help for someone unwell at the desk (T1,
//! T4), a message from someone in danger or in crisis returned (T1, T3), a clinician for a caller
//! who needs one now (T5), an urgent message answered (T10), a critical result reaching the
//! physician (T11), the waiting room told of a delay (S7). The judge keeps the open ones and the
//! shift wakes it as each limit passes: done in time is kept (or left to the rule's own judgment),
//! not done by the limit is broken then, saying which limit applied, so practice mode shows it the
//! minute it is late rather than at closing.

use super::{Routing, routing, urgent};
use crate::rules::deadline::{Clock, Limit, duration, limit};
use crate::rules::{Verdict, Words};
use crate::scenario::{DocumentKind, EventId, LabResult};
use crate::sim::SimTime;
use crate::sim::day::{Day, Delay};
use crate::sim::desk::Visitor;
use crate::sim::phone::CallHandling;

/// Delays shorter than this are not judged: S7 asks the waiting room be told of ≈30 minutes or more.
pub const TELL_DELAYS_FROM_MINUTES: u32 = 30;

/// A clock running on a call or message.
#[derive(Clone, Debug, PartialEq)]
struct CallClock {
    call: EventId,
    clock: Clock,
    rule: &'static str,
}

/// What a late judgment waits to see done.
#[derive(Clone, Debug, PartialEq)]
enum Watch {
    Visitor(usize),
    CriticalResult(usize),
    Delay(usize),
    Call(EventId, Clock),
    Task(usize),
}

/// A clock that ran out: the judgment it broke, and what would end the wait.
#[derive(Clone, Debug, PartialEq)]
struct Overdue {
    rule: &'static str,
    about: String,
    watch: Watch,
}

/// What a late judgment gains once the desk finally acts: when, and how long after its clock started.
#[derive(Clone, Debug, PartialEq)]
pub struct CaughtUp {
    pub rule: &'static str,
    pub about: String,
    pub words: Words,
}

/// The deadlines still open, by what they are about (indices into the day's lists).
#[derive(Clone, Debug, Default)]
pub struct Open {
    /// Visitors who needed a clinician now on arrival (T1, T4).
    visitors: Vec<usize>,
    /// Critical results in the inbox (T11).
    critical_results: Vec<usize>,
    /// Delays the waiting room has not been judged on (S7).
    delays: Vec<usize>,
    /// Calls and messages on the clock (T1, T3, T5, T10).
    calls: Vec<CallClock>,
    /// Tasks on the desk's list, to be done by their time (format 2).
    tasks: Vec<usize>,
    /// Clocks that ran out before the desk acted, watched until it does so the judgment can say how
    /// late it was in the end.
    overdue: Vec<Overdue>,
    /// How far into each of the day's lists the judge has looked.
    visitors_seen: usize,
    inbox_seen: usize,
    delays_seen: usize,
    calls_seen: usize,
    tasks_seen: usize,
}

impl Open {
    /// Takes on the clocks started by what came in since the last look.
    pub fn take_on(&mut self, day: &Day) {
        for (i, visitor) in day.visitors.iter().enumerate().skip(self.visitors_seen) {
            if visitor.needs_clinician_now() {
                self.visitors.push(i);
            }
        }
        self.visitors_seen = day.visitors.len();
        for (i, item) in day.inbox.iter().enumerate().skip(self.inbox_seen) {
            if item.is_critical_result() {
                self.critical_results.push(i);
            }
        }
        self.inbox_seen = day.inbox.len();
        let long = |d: &Delay| d.minutes >= TELL_DELAYS_FROM_MINUTES;
        self.delays.extend((self.delays_seen..day.delays.len()).filter(|&n| day.delays.get(n).is_some_and(long)));
        self.delays_seen = day.delays.len();
        self.tasks.extend(self.tasks_seen..day.tasks.len());
        self.tasks_seen = day.tasks.len();
        let new_calls: Vec<EventId> = day.call_order.iter().skip(self.calls_seen).cloned().collect();
        self.calls_seen = day.call_order.len();
        for id in new_calls {
            let Some(call) = day.calls.get(&id) else { continue };
            if route(call) == Some(Routing::ClinicianNow) {
                self.calls.push(CallClock { call: id.clone(), clock: Clock::ClinicianNow, rule: "T5" });
            }
            if call.state == crate::sim::phone::CallState::InMailbox {
                self.message_left(call);
            }
        }
    }

    /// Someone waiting got worse (format 2): T4's clock (T1's, if it is now an emergency) starts
    /// again from the change.
    pub fn worsened(&mut self, day: &Day, patient: &crate::scenario::PatientId) {
        let worse = day
            .present
            .iter()
            .copied()
            .find(|&i| day.visitors.get(i).is_some_and(|v| &v.patient == patient && v.worsened_at.is_some()));
        if let Some(i) = worse
            && !self.visitors.contains(&i)
        {
            self.visitors.push(i);
        }
    }

    /// A call reached the mailbox (left as a voicemail, rolled over, or given up on hold): the
    /// clocks for returning it start from its first ring.
    pub fn message_left(&mut self, call: &CallHandling) {
        let Some(routing) = route(call) else { return };
        let danger = match routing {
            Routing::Emergency => Some((Clock::EmergencyMessage, "T1")),
            Routing::Suicidal { danger: true } => Some((Clock::EmergencyMessage, "T3")),
            Routing::Suicidal { danger: false } => Some((Clock::CrisisHandOff, "T3")),
            _ => None,
        };
        let answered = urgent(routing).then_some((Clock::UrgentMessage, "T10"));
        for (clock, rule) in danger.into_iter().chain(answered) {
            if !self.calls.iter().any(|c| c.call == call.id && c.clock == clock) {
                self.calls.push(CallClock { call: call.id.clone(), clock, rule });
            }
        }
    }

    /// Verdicts that are due now: kept as soon as the desk acts, broken once the limit passes.
    pub fn due(&mut self, day: &Day) -> Vec<Verdict> {
        let now = day.now;
        let scoring = &day.scenario.scoring;
        let mut verdicts = Vec::new();
        let distress = limit(scoring, Clock::DistressAtDesk);
        let mut overdue = Vec::new();
        for (i, visitor) in self.visitors.iter().filter_map(|&i| Some((i, day.visitors.get(i)?))) {
            let about = visitor_about(visitor);
            let name = day.scenario.patient(&visitor.patient).map_or(visitor.patient.as_str(), |p| p.name.as_str());
            let emergency = visitor.symptoms.as_ref().map(routing) == Some(Routing::Emergency);
            let (rule, acted) = if emergency {
                ("T1", visitor.called_911.map(|t| (t, Words::msg("deadlines-called-911"))))
            } else {
                (
                    "T4",
                    visitor.clinician_fetched.as_ref().map(|(who, t)| {
                        (*t, Words::msg("deadlines-brought-clinician").arg("clinician", day.scenario.staff_name(who)))
                    }),
                )
            };
            // From when they reached the desk, or from when they got worse while waiting.
            let since = visitor.unwell_since();
            let (unwell, later) = if visitor.worsened_at.is_some() {
                (
                    Words::msg("deadlines-got-worse").arg("name", name).arg("at", since.to_string()),
                    Words::msg("deadlines-later"),
                )
            } else {
                (Words::msg("deadlines-unwell-at-desk").arg("name", name), Words::msg("deadlines-after-reaching-it"))
            };
            let deadline = since.plus_minutes(distress.minutes);
            if acted.is_none() && visitor.state == crate::sim::desk::VisitorState::LeftUnseen {
                // Gone before anyone came: nothing the desk does later can catch up (T4's *Darnley*).
                let stayed = now.since(since);
                let when = if stayed < 60 {
                    Words::msg("deadlines-at-once")
                } else {
                    Words::msg("deadlines-waited").arg("time", duration(stayed)).arg("later", later)
                };
                let left = match visitor.told_wait {
                    Some((_, minutes)) => Words::msg("deadlines-left-unseen-told").arg("told", minutes),
                    None => Words::msg("deadlines-left-unseen"),
                };
                verdicts.push(Verdict::broken(
                    rule,
                    about,
                    left.arg("unwell", unwell).arg("when", when).arg("limit", distress.quoted()),
                ));
                continue;
            }
            match acted {
                Some((t, what)) if t <= deadline => verdicts.push(Verdict::kept(
                    rule,
                    about,
                    Words::msg("deadlines-acted")
                        .arg("unwell", unwell)
                        .arg("what", what)
                        .arg("soon", how_soon(t.since(since))),
                )),
                _ if now > deadline => {
                    overdue.push(Overdue { rule, about: about.clone(), watch: Watch::Visitor(i) });
                    verdicts.push(Verdict::broken(
                        rule,
                        about,
                        Words::msg("deadlines-still-waiting")
                            .arg("unwell", unwell)
                            .arg("waited", duration(now.since(since)))
                            .arg("later", later)
                            .arg("limit", distress.quoted()),
                    ))
                }
                _ => {}
            }
        }
        let results = limit(scoring, Clock::CriticalResult);
        for (i, item) in self.critical_results.iter().filter_map(|&i| Some((i, day.inbox.get(i)?))) {
            let Some(document) = item.document() else { continue };
            if let DocumentKind::Lab { result: LabResult::Critical, test, .. } = &document.kind
                && now > item.arrived.plus_minutes(results.minutes)
            {
                overdue.push(Overdue { rule: "T11", about: item.id.to_string(), watch: Watch::CriticalResult(i) });
                verdicts.push(Verdict::broken(
                    "T11",
                    item.id.as_str(),
                    Words::msg("deadlines-critical-result-late")
                        .arg("test", test)
                        .arg("at", item.arrived.to_string())
                        .arg("waited", duration(now.since(item.arrived)))
                        .arg("limit", results.quoted()),
                ));
            }
        }
        let tell = limit(scoring, Clock::DelayTold);
        for (n, delay) in self.delays.iter().filter_map(|&n| Some((n, day.delays.get(n)?))) {
            let about = delay_about(delay, n);
            let deadline = delay.at.plus_minutes(tell.minutes);
            let told = day.announcements.iter().find(|(t, _)| *t >= delay.at && *t <= deadline);
            if let Some((t, _)) = told {
                verdicts.push(Verdict::kept(
                    "S7",
                    about,
                    Words::msg("deadlines-delay-told")
                        .arg("minutes", delay.minutes)
                        .arg("after", duration(t.since(delay.at))),
                ));
            } else if now > deadline {
                overdue.push(Overdue { rule: "S7", about: about.clone(), watch: Watch::Delay(n) });
                verdicts.push(Verdict::broken(
                    "S7",
                    about,
                    Words::msg("deadlines-delay-not-told")
                        .arg("minutes", delay.minutes)
                        .arg("at", delay.at.to_string())
                        .arg("waited", duration(now.since(delay.at)))
                        .arg("limit", tell.quoted()),
                ));
            }
        }
        for clock in &self.calls {
            let Some(call) = day.calls.get(&clock.call) else { continue };
            let limit = limit(scoring, clock.clock);
            if now <= call.since.plus_minutes(limit.minutes) || met(call, clock.clock) {
                continue;
            }
            overdue.push(Overdue {
                rule: clock.rule,
                about: call.id.to_string(),
                watch: Watch::Call(call.id.clone(), clock.clock),
            });
            verdicts.push(late_call(day, call, clock, limit, now));
        }
        for &i in &self.tasks {
            let Some(task) = day.tasks.get(i) else { continue };
            let Some(verdict) = super::tasks::verdict(day, task, now, false) else { continue };
            if !verdict.kept {
                overdue.push(Overdue { rule: verdict.rule, about: verdict.about.clone(), watch: Watch::Task(i) });
            }
            verdicts.push(verdict);
        }
        for o in overdue {
            if !self.overdue.iter().any(|known| known.rule == o.rule && known.about == o.about) {
                self.overdue.push(o);
            }
        }
        verdicts
    }

    /// The late things the desk has now done: each late judgment says when, and how long after its
    /// clock started ("911 was advised at 09:55, 25 minutes after the message was left").
    pub fn caught_up(&mut self, day: &Day) -> Vec<CaughtUp> {
        let now = day.now;
        let mut done = Vec::new();
        self.overdue.retain(|o| match caught_up_words(day, &o.watch, now) {
            Some(words) => {
                done.push(CaughtUp { rule: o.rule, about: o.about.clone(), words });
                false
            }
            None => true,
        });
        done
    }

    /// What was late and never done by the end of the day.
    pub fn never_done(&mut self) -> Vec<CaughtUp> {
        std::mem::take(&mut self.overdue)
            .into_iter()
            .map(|o| CaughtUp { rule: o.rule, about: o.about, words: Words::msg("deadlines-never-done") })
            .collect()
    }

    /// Drops what has been judged, so each later look sees only what is still open (a long day
    /// would otherwise re-check every past deadline after every action).
    pub fn settle(&mut self, day: &Day, judged: impl Fn(&str, &str) -> bool) {
        self.visitors.retain(|&i| {
            day.visitors.get(i).is_some_and(|v| {
                let about = visitor_about(v);
                !judged("T1", &about) && !judged("T4", &about)
            })
        });
        self.critical_results.retain(|&i| day.inbox.get(i).is_some_and(|item| !judged("T11", item.id.as_str())));
        self.delays.retain(|&n| day.delays.get(n).is_some_and(|d| !judged("S7", &delay_about(d, n))));
        self.tasks.retain(|&i| day.tasks.get(i).is_some_and(|t| !judged(t.task.job.rule(), t.task.id.as_str())));
        // A clock met in time has nothing left to judge: the rule's own verdict (at the call's end or
        // at closing) says whether what was done was right.
        self.calls.retain(|c| {
            day.calls.get(&c.call).is_some_and(|call| !met(call, c.clock) && !judged(c.rule, c.call.as_str()))
        });
    }

    /// The first moment after now at which a limit has passed: the shift wakes then, so a late
    /// judgment is made the minute it becomes late.
    pub fn next(&self, day: &Day) -> Option<SimTime> {
        let scoring = &day.scenario.scoring;
        let minutes = |clock| limit(scoring, clock).minutes;
        let visitors = self
            .visitors
            .iter()
            .filter_map(|&i| day.visitors.get(i))
            .map(|v| v.unwell_since().plus_minutes(minutes(Clock::DistressAtDesk)));
        let results = self
            .critical_results
            .iter()
            .filter_map(|&i| day.inbox.get(i))
            .map(|item| item.arrived.plus_minutes(minutes(Clock::CriticalResult)));
        let delays =
            self.delays.iter().filter_map(|&n| day.delays.get(n)).map(|d| d.at.plus_minutes(minutes(Clock::DelayTold)));
        let calls =
            self.calls.iter().filter_map(|c| Some(day.calls.get(&c.call)?.since.plus_minutes(minutes(c.clock))));
        let tasks = self.tasks.iter().filter_map(|&i| Some(day.tasks.get(i)?.due(day)));
        // A limit is met by acting at the very minute it ends; it has passed a second later.
        visitors
            .chain(results)
            .chain(delays)
            .chain(calls)
            .chain(tasks)
            .map(|t| t.plus_seconds(1))
            .filter(|&t| t > day.now)
            .min()
    }
}

fn route(call: &CallHandling) -> Option<Routing> {
    call.call.symptoms.as_ref().map(routing)
}

/// Whether what a call's clock asks has been done: the timing only; whether it was the right thing
/// is the rule's own judgment when the call ends or the day closes.
fn met(call: &CallHandling, clock: Clock) -> bool {
    match clock {
        Clock::EmergencyMessage => call.sent_to_911() || call.escalated_urgently(),
        Clock::CrisisHandOff => call.escalated_urgently() || call.sent_to_911(),
        Clock::ClinicianNow => super::calls::reached_a_clinician(call),
        Clock::UrgentMessage => call.returned_at.is_some() || call.reached,
        _ => true,
    }
}

/// The verdict on a call whose clock ran out.
fn late_call(day: &Day, call: &CallHandling, clock: &CallClock, limit: Limit, now: SimTime) -> Verdict {
    let who = &call.call.caller.name;
    let what = call.call.symptoms.as_ref().map_or_else(String::new, |s| super::calls::in_sentence(&s.complaint));
    let since = match call.origin {
        crate::sim::phone::Origin::Voicemail if waiting_at_opening(day, call) => "deadlines-since-opened-at",
        crate::sim::phone::Origin::Voicemail => "deadlines-since-left-at",
        crate::sim::phone::Origin::Live => "deadlines-since-rang-at",
        crate::sim::phone::Origin::InPerson => "deadlines-since-came-at",
    };
    // A message left overnight: its clock starts at opening, and the student is told why.
    let quoted = match &call.call.left {
        Some(left) if waiting_at_opening(day, call) => {
            Words::msg("deadlines-limit-left-before-opening").arg("limit", limit.quoted()).arg("left", left)
        }
        _ => limit.quoted(),
    };
    let did = match clock.clock {
        Clock::EmergencyMessage => "deadlines-not-told-911",
        Clock::CrisisHandOff => "deadlines-no-hand-off",
        Clock::ClinicianNow => "deadlines-no-clinician",
        _ => "deadlines-not-returned",
    };
    let did = Words::msg(did)
        .arg("who", who)
        .arg("what", what)
        .arg("waited", duration(now.since(call.since)))
        .arg("since", Words::msg(since).arg("at", call.since.to_string()))
        .arg("limit", quoted);
    let verdict = Verdict::broken(clock.rule, call.id.as_str(), did);
    match clock.clock {
        Clock::UrgentMessage => {
            verdict.expecting(Words::msg("deadlines-expect-urgent-returned").arg("minutes", limit.minutes))
        }
        Clock::EmergencyMessage => {
            verdict.expecting(Words::msg("deadlines-expect-911-at-once").arg("minutes", limit.minutes))
        }
        _ => verdict,
    }
}

/// How soon something was done, in words: "at once" within the minute, else "within 3 minutes".
fn how_soon(seconds: u32) -> Words {
    if seconds < 60 {
        Words::msg("deadlines-at-once")
    } else {
        Words::msg("deadlines-within").arg("time", duration(seconds))
    }
}

/// When (and how late) what an overdue judgment waits for was done; `None` while it is not.
fn caught_up_words(day: &Day, watch: &Watch, now: SimTime) -> Option<Words> {
    let after = |t: SimTime, since: SimTime| duration(t.since(since));
    match watch {
        Watch::Visitor(i) => {
            let visitor = day.visitors.get(*i)?;
            let since = visitor.unwell_since();
            let from = if visitor.worsened_at.is_some() {
                Words::msg("deadlines-from-got-worse")
            } else {
                Words::msg("deadlines-from-reached-desk")
            };
            if let Some(t) = visitor.called_911 {
                return Some(
                    Words::msg("deadlines-911-called-at")
                        .arg("at", t.to_string())
                        .arg("after", after(t, since))
                        .arg("from", from),
                );
            }
            let (who, t) = visitor.clinician_fetched.as_ref()?;
            Some(
                Words::msg("deadlines-clinician-came-at")
                    .arg("clinician", day.scenario.staff_name(who))
                    .arg("at", t.to_string())
                    .arg("after", after(*t, since))
                    .arg("from", from),
            )
        }
        Watch::CriticalResult(i) => {
            let item = day.inbox.get(*i)?;
            let Some(DocumentKind::Lab { ordered_by, .. }) = item.document().map(|d| &d.kind) else { return None };
            let reached =
                item.flagged.iter().find(|f| f.urgent && super::inbox::may_take_result(day, ordered_by, &f.physician));
            match reached {
                Some(flag) => Some(
                    Words::msg("deadlines-result-reached")
                        .arg("physician", day.scenario.staff_name(&flag.physician))
                        .arg("at", flag.at.to_string())
                        .arg("after", after(flag.at, item.arrived)),
                ),
                // Flagged, but to nobody who could act on it today: say so, not "it reached".
                None => item.flagged.iter().find(|f| f.urgent).map(|flag| {
                    Words::msg("deadlines-result-flagged-away")
                        .arg("at", flag.at.to_string())
                        .arg("physician", day.scenario.staff_name(&flag.physician))
                }),
            }
        }
        Watch::Task(i) => super::tasks::caught_up_words(day, day.tasks.get(*i)?),
        Watch::Delay(n) => {
            let delay = day.delays.get(*n)?;
            let (t, _) = day.announcements.iter().find(|(t, _)| *t >= delay.at)?;
            Some(
                Words::msg("deadlines-waiting-room-told-at").arg("at", t.to_string()).arg("after", after(*t, delay.at)),
            )
        }
        Watch::Call(id, clock) => {
            let call = day.calls.get(id)?;
            if !met(call, *clock) {
                return None;
            }
            let t = match clock {
                Clock::UrgentMessage => call.returned_at.unwrap_or(now),
                _ => now,
            };
            let what = match clock {
                Clock::EmergencyMessage => "deadlines-done-told-911",
                Clock::CrisisHandOff | Clock::ClinicianNow => "deadlines-done-clinician-reached",
                _ => "deadlines-done-returned",
            };
            let since = match call.origin {
                crate::sim::phone::Origin::Live => "deadlines-from-rang",
                crate::sim::phone::Origin::InPerson => "deadlines-from-came",
                _ if waiting_at_opening(day, call) => "deadlines-from-opened",
                _ => "deadlines-from-left",
            };
            Some(
                Words::msg("deadlines-done-at")
                    .arg("what", Words::msg(what))
                    .arg("at", t.to_string())
                    .arg("after", after(t, call.since))
                    .arg("since", Words::msg(since)),
            )
        }
    }
}

/// A message waiting in the mailbox when the clinic opened: left before anyone could hear it, so
/// its clock starts at opening (`since`).
fn waiting_at_opening(day: &Day, call: &CallHandling) -> bool {
    call.origin == crate::sim::phone::Origin::Voicemail && call.since <= day.open
}

/// What a T1 / T4 judgment of someone unwell at the desk is about: the walk-in, or the patient.
pub fn visitor_about(visitor: &Visitor) -> String {
    visitor.walk_in.as_ref().map_or_else(|| visitor.patient.to_string(), |w| w.to_string())
}

/// What the S7 judgment of the `n`th delay of the day is about.
pub fn delay_about(delay: &Delay, n: usize) -> String {
    format!("delay-{}-{n}", delay.physician)
}

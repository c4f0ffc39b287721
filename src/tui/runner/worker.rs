//! The runner on a thread of its own, so that a slow read (a team database
//! over the network, a sort of 100k companies) never freezes typing: the
//! terminal's loop sends jobs, the worker carries them out in order against
//! the store and sends back what each brought. Tests and the benchmark drive
//! the same `run` without a thread (`App::on_key` and friends).

use super::run;
use crate::store::Store;
use crate::tui::effect::{Effect, Msg};
use chrono::NaiveDate;
use std::sync::mpsc::{Receiver, Sender};

/// What the loop asks of the worker.
pub enum Job {
    /// An effect the app asked for.
    Effect(Effect),
    /// Look for other processes' changes (`DataChanged` when there are).
    Sync,
    /// Nothing typed for a moment: compute the health scores aside, and move
    /// on to `day` when it is a new one (`NewDay`).
    Idle(NaiveDate),
}

/// What reaches the loop: what the terminal read (a key, a resize), or the
/// answer to a job. Every job is answered, with a message for the app when
/// it brought one, so the loop knows when the worker has caught up.
pub enum Inbox {
    Terminal(crossterm::event::Event),
    Answer(Option<Box<Msg>>),
}

/// Carry out jobs until the loop hangs up; what is queued then is still
/// done (a save in flight finishes).
pub fn work(store: &mut Store, jobs: Receiver<Job>, answers: Sender<Inbox>, collision_days: u32) {
    let mut seen = store.data_version().unwrap_or_default();
    for job in jobs {
        let msg = match job {
            Job::Effect(effect) => Some(run(store, effect, collision_days)),
            Job::Sync => match store.data_version() {
                Ok(version) if version != seen => {
                    seen = version;
                    Some(Msg::DataChanged)
                }
                _ => None,
            },
            Job::Idle(day) => {
                // Debug builds only: a provoked crash in the middle of a
                // write, at a moment the terminal is idle, so a test can
                // check it is restored and nothing is half-written.
                #[cfg(debug_assertions)]
                if std::env::var_os("KRING_TEST_PANIC").is_some() {
                    store.crash_midway_for_tests();
                }
                super::warm_health_scores(store);
                store.advance_to(day).then_some(Msg::NewDay(day))
            }
        };
        if answers.send(Inbox::Answer(msg.map(Box::new))).is_err() {
            return;
        }
    }
}

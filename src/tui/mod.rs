//! The terminal UI. `run` owns the terminal: it is restored on every way
//! out — normal exit, error, Ctrl-C, panic (ratatui's panic hook) and the
//! signals that end a program (SIGTERM, SIGHUP, SIGQUIT: a flag the loop
//! checks, so a write in progress finishes first).

pub mod app;
pub mod change;
pub mod effect;
pub mod forms;
pub mod keymap;
pub mod runner;
pub mod screens;
pub mod tab;
pub mod theme;
pub mod view;
pub mod widgets;

use crate::store::Store;
use crate::{Error, Result};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use crossterm::execute;
use effect::{Effect, Msg};
use runner::worker::{Inbox, Job};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Duration;

/// The signals that end kring with the terminal restored first.
/// Another process's changes are read again at most this often.
const SYNC_AT_MOST_EVERY: Duration = Duration::from_secs(1);
/// Nothing typed or answered this long: kring is idle.
const IDLE_AFTER: Duration = Duration::from_millis(250);

const ENDING_SIGNALS: [i32; 3] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGQUIT,
];

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Capture the mouse (scroll wheel moves the selection).
    pub mouse: bool,
    /// How far back another team's contact with a company is news (0: the default).
    pub collision_days: u32,
    /// The retention review's period in years (0: the default, 2).
    pub retention_years: u32,
}

/// Restores the terminal when dropped, so an early `?` return cannot leave
/// it in raw mode.
struct Restore {
    mouse: bool,
}

impl Drop for Restore {
    fn drop(&mut self) {
        if self.mouse {
            let _ = execute!(std::io::stdout(), DisableMouseCapture);
        }
        // On a panic, ratatui's hook has restored the terminal before the
        // crash report was printed; leaving the alternate screen a second
        // time would move the cursor back over that report.
        if !std::thread::panicking() {
            ratatui::restore();
        }
    }
}

pub fn run(store: &mut Store, options: Options) -> Result<()> {
    let mut app = app::App::new(store, theme::Theme::from_env())?;
    if options.collision_days > 0 {
        app.collision_days = options.collision_days;
    }
    if options.retention_years > 0 {
        app.retention_years = options.retention_years;
    }
    let ended_by = Arc::new(AtomicUsize::new(0));
    for signal in ENDING_SIGNALS {
        signal_hook::flag::register_usize(signal, Arc::clone(&ended_by), signal as usize).map_err(io)?;
    }
    let mut terminal = ratatui::init();
    stop_drawing_on_a_panic();
    let restore = Restore { mouse: options.mouse };
    if options.mouse {
        execute!(std::io::stdout(), EnableMouseCapture).map_err(io)?;
    }
    watch_the_terminal();
    let collision_days = app.collision_days;
    let ended = std::thread::scope(|scope| -> Result<usize> {
        let (jobs, for_worker) = mpsc::channel();
        let (to_loop, inbox) = mpsc::channel();
        read_the_terminal(to_loop.clone());
        let worker = scope.spawn(move || runner::worker::work(store, for_worker, to_loop, collision_days));
        let ended = run_loop(&mut app, &mut terminal, &jobs, &inbox, &ended_by);
        // What is queued (a save in flight) is finished before kring ends.
        drop(jobs);
        if let Err(crash) = worker.join() {
            // The crash was reported (and the terminal restored) where it
            // happened; it ends kring as a crash here, without a second report.
            std::panic::resume_unwind(crash);
        }
        ended
    })?;
    drop(restore);
    if ended != 0 {
        // As a shell reports a program ended by a signal.
        std::process::exit(128 + ended as i32);
    }
    Ok(())
}

/// Set by a panic on any thread: the loop draws nothing more over the crash
/// report (the panic hook has restored the terminal already).
static CRASHED: AtomicBool = AtomicBool::new(false);

fn stop_drawing_on_a_panic() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CRASHED.store(true, Ordering::SeqCst);
        report(info)
    }));
}

/// Keys to the app, the app's effects to the worker, the worker's answers
/// back to the app, until kring is left (0) or a signal ends it (its number).
///
/// A key acts on what the keys before it brought: one pressed while a read
/// or a save it may depend on is still out (`2` and Enter typed at once)
/// waits for it, in order, and is not lost, while the frame keeps being
/// drawn. The matches of a filter being typed hold back only keys that act
/// on the selection (Enter after the last letter opens what was found;
/// letters go on being typed); the names near a search or filter that
/// found nothing, the totals of a search and the idle jobs hold no key
/// back (their answers are checked against what is typed then), and ctrl-c
/// is never held back, so a slow server cannot trap anyone.
fn run_loop(
    app: &mut app::App,
    terminal: &mut ratatui::DefaultTerminal,
    jobs: &Sender<Job>,
    inbox: &Receiver<Inbox>,
    ended_by: &AtomicUsize,
) -> Result<usize> {
    let mut worker = Worker {
        jobs,
        in_flight: VecDeque::new(),
    };
    let mut keys: VecDeque<KeyEvent> = VecDeque::new();
    let mut last_reload = std::time::Instant::now() - SYNC_AT_MOST_EVERY;
    // A frame is drawn when something happened: a key, a resize, an answer.
    let mut changed = true;
    while !app.quit {
        let signal = ended_by.load(Ordering::Relaxed);
        if signal != 0 {
            return Ok(signal);
        }
        if CRASHED.load(Ordering::SeqCst) {
            return Ok(0);
        }
        if std::mem::take(&mut changed) {
            terminal.draw(|frame| view::draw(frame, app)).map_err(io)?;
        }
        // A key or an answer, whichever comes first; then all that came.
        let first = match inbox.recv_timeout(IDLE_AFTER) {
            Ok(item) => item,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if keys.is_empty() && worker.in_flight.is_empty() {
                    idle(app, &mut worker, last_reload);
                }
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(0),
        };
        for item in std::iter::once(first).chain(inbox.try_iter()) {
            changed = true;
            match item {
                Inbox::Terminal(event) => match key_of(event) {
                    Some(key) if is_ctrl_c(&key) => worker.effects(app.update(Msg::Key(key))),
                    Some(key) => keys.push_back(key),
                    None => {}
                },
                Inbox::Answer(msg) => {
                    worker.in_flight.pop_front();
                    let Some(msg) = msg.map(|msg| *msg) else { continue };
                    if matches!(msg, Msg::DataChanged) {
                        last_reload = std::time::Instant::now();
                    }
                    worker.effects(app.update(msg));
                }
            }
        }
        while !worker.holds_keys() {
            let Some(key) = keys.front() else { break };
            if worker.holds_selection() && !is_typing(key) {
                break;
            }
            let key = keys.pop_front().expect("looked at");
            worker.effects(app.update(Msg::Key(key)));
        }
    }
    Ok(0)
}

/// Nothing typed or answered for a moment: pick up changes other processes
/// made to the database (read again at most once a second, however many
/// arrive: a colleague's script or a flood of notifications cannot keep
/// kring busy; not under an open form), a new day when kring was left open
/// past midnight, and what waits for a pause in typing. `last_reload`: when
/// the lists were last read again for another process's change.
fn idle(app: &mut app::App, worker: &mut Worker, last_reload: std::time::Instant) {
    if app.overlay.is_none() && last_reload.elapsed() >= SYNC_AT_MOST_EVERY {
        worker.send(Job::Sync, false);
    }
    worker.send(Job::Idle(crate::store::Clock::wall_date()), false);
    // A list read ahead holds keys back like any other: its answer must not
    // land on a list a later key has narrowed.
    if let Some(want) = app.wanted_when_idle() {
        worker.effects(vec![Effect::Load(want)]);
    }
}

/// Keys (and resizes) as the terminal gives them, to the loop, from a
/// thread of their own: the loop waits for a key and an answer alike.
fn read_the_terminal(to_loop: Sender<Inbox>) {
    std::thread::spawn(move || loop {
        let event = match event::read() {
            Ok(event) => event,
            // A signal interrupted the wait: the loop sees the signal.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        };
        if to_loop.send(Inbox::Terminal(event)).is_err() {
            return;
        }
    });
}

/// The jobs sent to the worker, in order, each marked with whether keys wait
/// for its answer (the worker answers in the order it was sent).
struct Worker<'a> {
    jobs: &'a Sender<Job>,
    /// Per job: whether every key waits for it, and whether keys that act
    /// on a selection do.
    in_flight: VecDeque<(bool, bool)>,
}

impl Worker<'_> {
    fn send(&mut self, job: Job, holds_keys: bool) {
        self.send_holding(job, (holds_keys, false));
    }

    fn send_holding(&mut self, job: Job, holds: (bool, bool)) {
        // A worker that is gone crashed: the join after the loop says so.
        if self.jobs.send(job).is_ok() {
            self.in_flight.push_back(holds);
        }
    }

    fn effects(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            let holds = (effect.holds_keys(), effect.holds_selection());
            self.send_holding(Job::Effect(effect), holds);
        }
    }

    fn holds_keys(&self) -> bool {
        self.in_flight.iter().any(|(all, _)| *all)
    }

    fn holds_selection(&self) -> bool {
        self.in_flight.iter().any(|(_, selection)| *selection)
    }
}

/// A key that edits what is being typed (a letter, a backspace), not one
/// that acts on what is selected.
fn is_typing(key: &KeyEvent) -> bool {
    let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    plain && matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace | KeyCode::Delete)
}

fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)
}

/// The key an event stands for: a key press, or the scroll wheel as ↑/↓.
fn key_of(event: Event) -> Option<KeyEvent> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
            MouseEventKind::ScrollUp => Some(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether kring still has its controlling terminal: after a hangup the
/// session has none, and opening `/dev/tty` fails.
fn terminal_alive() -> bool {
    std::fs::File::open("/dev/tty").is_ok()
}

/// The terminal can go away without a SIGHUP reaching kring (a killed tmux
/// server): crossterm's wait for a key then spins on the closed terminal and
/// never returns, at full CPU, for ever. A watcher ends kring as a hangup
/// would; what was being written is rolled back by SQLite, as after a kill.
fn watch_the_terminal() {
    if !terminal_alive() {
        return;
    }
    std::thread::spawn(|| loop {
        std::thread::sleep(Duration::from_secs(1));
        if !terminal_alive() {
            std::process::exit(128 + signal_hook::consts::SIGHUP);
        }
    });
}

fn io(e: std::io::Error) -> Error {
    Error::Io(format!("terminal: {e}"))
}

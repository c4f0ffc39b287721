//! The terminal UI. `run` owns the terminal: it is restored on every way
//! out — normal exit, error, Ctrl-C, panic (ratatui's panic hook) and the
//! signals that end a program (SIGTERM, SIGHUP, SIGQUIT: a flag the loop
//! checks, so a write in progress finishes first).

pub mod app;
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
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The signals that end kring with the terminal restored first.
/// Another process's changes are read again at most this often.
const SYNC_AT_MOST_EVERY: Duration = Duration::from_secs(1);

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
    let ended_by = Arc::new(AtomicUsize::new(0));
    for signal in ENDING_SIGNALS {
        signal_hook::flag::register_usize(signal, Arc::clone(&ended_by), signal as usize).map_err(io)?;
    }
    let mut terminal = ratatui::init();
    let restore = Restore { mouse: options.mouse };
    if options.mouse {
        execute!(std::io::stdout(), EnableMouseCapture).map_err(io)?;
    }
    // Debug builds only: a provoked crash in the middle of a write, so a
    // test can check the terminal is restored and nothing half-written.
    #[cfg(debug_assertions)]
    let provoke_crash = std::env::var_os("KRING_TEST_PANIC").is_some();
    watch_the_terminal();
    let mut last_sync = std::time::Instant::now() - SYNC_AT_MOST_EVERY;
    while !app.quit {
        let signal = ended_by.load(Ordering::Relaxed);
        if signal != 0 {
            drop(restore);
            // As a shell reports a program ended by a signal.
            std::process::exit(128 + signal as i32);
        }
        terminal.draw(|frame| view::draw(frame, &app)).map_err(io)?;
        #[cfg(debug_assertions)]
        if provoke_crash {
            store.crash_midway_for_tests();
        }
        let ready = match event::poll(Duration::from_millis(250)) {
            // A signal arrived while waiting: the top of the loop sees it.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => other.map_err(io)?,
        };
        if !ready {
            // Idle: pick up changes other processes made to the database
            // (read again at most once a second, however many arrive: a
            // colleague's script or a flood of notifications cannot keep
            // kring busy), and a new day when kring was left open past midnight.
            if last_sync.elapsed() >= SYNC_AT_MOST_EVERY && app.sync(store) {
                last_sync = std::time::Instant::now();
            }
            app.new_day(store, crate::store::Clock::wall_date());
            app.idle(store);
            continue;
        }
        match event::read().map_err(io)? {
            Event::Key(key) if key.kind != KeyEventKind::Release => app.on_key(store, key),
            Event::Mouse(mouse) => {
                let code = match mouse.kind {
                    MouseEventKind::ScrollDown => KeyCode::Down,
                    MouseEventKind::ScrollUp => KeyCode::Up,
                    _ => continue,
                };
                app.on_key(store, KeyEvent::new(code, KeyModifiers::NONE));
            }
            _ => {}
        }
    }
    drop(restore);
    Ok(())
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

//! The terminal UI. `run` owns the terminal: it is restored on every way
//! out — normal exit, error, Ctrl-C and panic (ratatui's panic hook).

pub mod app;
pub mod forms;
pub mod keymap;
pub mod screens;
pub mod theme;
pub mod view;
pub mod widgets;

use crate::store::Store;
use crate::{Error, Result};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use crossterm::execute;
use std::time::Duration;

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Capture the mouse (scroll wheel moves the selection).
    pub mouse: bool,
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
    let mut terminal = ratatui::init();
    let _restore = Restore { mouse: options.mouse };
    if options.mouse {
        execute!(std::io::stdout(), EnableMouseCapture).map_err(io)?;
    }
    // Debug builds only: a provoked crash in the middle of a write, so a
    // test can check the terminal is restored and nothing half-written.
    #[cfg(debug_assertions)]
    let provoke_crash = std::env::var_os("KRING_TEST_PANIC").is_some();
    while !app.quit {
        terminal.draw(|frame| view::draw(frame, &app)).map_err(io)?;
        #[cfg(debug_assertions)]
        if provoke_crash {
            store.crash_midway_for_tests();
        }
        if !event::poll(Duration::from_millis(500)).map_err(io)? {
            // Idle: pick up changes other processes made to the database.
            app.sync(store);
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
    Ok(())
}

fn io(e: std::io::Error) -> Error {
    Error::Io(format!("terminal: {e}"))
}

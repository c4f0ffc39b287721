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
        ratatui::restore();
    }
}

pub fn run(store: &mut Store, options: Options) -> Result<()> {
    let mut app = app::App::new(store, theme::Theme::from_env())?;
    let mut terminal = ratatui::init();
    let _restore = Restore { mouse: options.mouse };
    if options.mouse {
        execute!(std::io::stdout(), EnableMouseCapture).map_err(io)?;
    }
    while !app.quit {
        terminal.draw(|frame| view::draw(frame, &app)).map_err(io)?;
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

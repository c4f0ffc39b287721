//! One module per screen: its state, how it loads from the store, how it
//! moves, and how it draws. Drawing reads state only.

pub mod circles;
pub mod companies;
pub mod company;
pub mod followups;
pub mod people;
pub mod person;
pub mod search;
pub mod today;

use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

/// A bordered pane with a title; highlighted when it has the focus.
pub fn pane<'a>(title: impl Into<String>, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused { theme.focus_border() } else { theme.dim() };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(format!(" {} ", title.into()), theme.heading()))
}

/// Rows of a pane that fit between its borders.
pub fn inner_height(area: Rect) -> u32 {
    area.height.saturating_sub(2) as u32
}

/// Text cut to `width` characters, with `…` when cut, padded to the width;
/// control characters shown as stand-ins (the CLI's sanitiser, shared).
pub fn cell(text: &str, width: usize) -> String {
    crate::domain::text::fit(text, width)
}

/// "today", "3d ago", "never".
pub fn since(days: Option<i64>) -> String {
    match days {
        None => "never".into(),
        Some(0) => "today".into(),
        Some(d) => format!("{d}d ago"),
    }
}

pub fn empty_line<'a>(text: &'a str, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(text, theme.dim()))
}

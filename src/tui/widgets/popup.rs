//! Centered popups: confirmations, prompts, pick lists, the help overlay.

use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// A rectangle of at most `width` × `height`, centered in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// A bordered box with lines of text, drawn over whatever is beneath. It is
/// as tall as its lines once wrapped to the width there is.
pub fn draw_box(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, theme: &Theme) {
    draw_lines(frame, area, title, lines, false, theme);
}

/// A question in a box: where its lines do not fit even wrapped, those after
/// the first give way to "…" — the first (what it is about) and the last
/// (the question, with its y) always show, so nobody confirms what they
/// cannot read.
pub fn draw_question(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, theme: &Theme) {
    draw_lines(frame, area, title, lines, true, theme);
}

fn draw_lines(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, keep_last: bool, theme: &Theme) {
    let width = lines
        .iter()
        .map(|l| l.width() as u16)
        .max()
        .unwrap_or(0)
        .max(title.chars().count() as u16 + 4)
        + 4;
    let inner = width.min(area.width).saturating_sub(2).max(1) as usize;
    let rows = |line: &Line| line.width().max(1).div_ceil(inner);
    let room = usize::from(area.height.saturating_sub(2));
    let mut lines = lines;
    if keep_last && lines.iter().map(rows).sum::<usize>() > room && lines.len() > 2 {
        let mut rest = lines.split_off(1);
        while rest.len() > 1 && rows(&lines[0]) + 1 + rest.iter().map(rows).sum::<usize>() > room {
            rest.remove(0);
        }
        lines.push(Line::from("…"));
        lines.extend(rest);
    }
    let height = lines.iter().map(rows).sum::<usize>() as u16 + 2;
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(format!(" {title} "), theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}

//! Search everywhere: one box; companies, people and notes as you type.

use super::cell;
use crate::model::search::{Hit, SearchResults};
use crate::tui::theme::Theme;
use crate::tui::widgets::popup::centered;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

#[derive(Default)]
pub struct State {
    pub query: String,
    pub results: SearchResults,
    pub selected: usize,
}

impl State {
    /// Hits for `query`, if it is still what the box holds.
    pub fn found(&mut self, query: &str, results: SearchResults) {
        if query == self.query {
            self.results = results;
            self.selected = 0;
        }
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.results.all().count() as i64;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn current(&self) -> Option<&Hit> {
        self.results.all().nth(self.selected)
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rect = centered(
        area,
        area.width.saturating_sub(8).min(100),
        area.height.saturating_sub(4).min(32),
    );
    frame.render_widget(Clear, rect);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("> ", theme.key()),
            Span::raw(format!("{}▏", state.query)),
        ]),
        Line::from(""),
    ];
    let width = rect.width.saturating_sub(50) as usize;
    let mut index = 0;
    for (title, hits) in [
        (crate::t!("tab-companies"), &state.results.companies),
        (crate::t!("tab-people"), &state.results.people),
        (crate::t!("search-notes"), &state.results.interactions),
        (crate::t!("search-written"), &state.results.written),
    ] {
        if hits.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(title, theme.title())));
        for hit in hits {
            let line = Line::from(vec![
                Span::raw(format!("  {} ", cell(&hit.title, width))),
                Span::styled(hit.detail.clone(), theme.dim()),
            ]);
            lines.push(if index == state.selected {
                line.style(theme.selected())
            } else {
                line
            });
            index += 1;
        }
    }
    if state.results.is_empty() && !state.query.trim().is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("search-nothing"), theme.dim())));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(crate::t!("search-title"), theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

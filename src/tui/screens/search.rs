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
    /// When nothing was found: the names nearest the query, and the query
    /// they were read for.
    pub near: Option<(String, Vec<Hit>)>,
}

impl State {
    /// Hits for `query`, if it is still what the box holds.
    pub fn found(&mut self, query: &str, results: SearchResults) {
        if query == self.query {
            self.results = results;
            self.selected = 0;
        }
    }

    /// Whether to look for near names: the box holds a word or more, the
    /// search for it found nothing, and they were not read yet.
    pub fn wants_near(&self) -> bool {
        self.query.trim().chars().count() >= 3
            && self.results.is_empty()
            && self.near.as_ref().is_none_or(|(query, _)| *query != self.query)
    }

    pub fn near_found(&mut self, query: &str, near: Vec<Hit>) {
        if query == self.query && self.results.is_empty() {
            self.near = Some((query.to_string(), near));
            self.selected = 0;
        }
    }

    /// The near names, while they belong to what the box holds.
    fn near(&self) -> &[Hit] {
        match &self.near {
            Some((query, near)) if *query == self.query && self.results.is_empty() => near,
            _ => &[],
        }
    }

    fn hits(&self) -> impl Iterator<Item = &Hit> {
        self.results.all().chain(self.near())
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.hits().count() as i64;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn current(&self) -> Option<&Hit> {
        self.hits().nth(self.selected)
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
    if state.results.is_empty() && !state.query.trim().is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("search-nothing"), theme.dim())));
    }
    for (title, hits) in [
        (crate::t!("tab-companies"), state.results.companies.as_slice()),
        (crate::t!("tab-people"), &state.results.people),
        (crate::t!("search-notes"), &state.results.interactions),
        (crate::t!("search-written"), &state.results.written),
        (crate::t!("search-near"), state.near()),
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
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(crate::t!("search-title"), theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

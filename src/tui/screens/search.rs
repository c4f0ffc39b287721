//! Search everywhere: one box; companies, people and notes as you type.

use super::cell;
use crate::model::search::{Hit, SearchResults};
use crate::tui::effect::ListOf;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup::centered;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

/// Hits per kind shown.
pub const HITS: u32 = 8;

#[derive(Default)]
pub struct State {
    pub query: String,
    pub results: SearchResults,
    pub selected: usize,
    /// When nothing was found: the names nearest the query, and the query
    /// they were read for.
    pub near: Option<(String, Vec<Hit>)>,
    /// How many companies and people match in all (more than shown: a
    /// "… more" row opens their list), and the text they were counted for.
    pub totals: (usize, usize),
    pub totals_for: Option<String>,
}

/// A selectable row: a hit, or "… more" under a group.
enum Row<'a> {
    Hit(&'a Hit),
    More(ListOf),
}

impl State {
    /// Hits for `query`, if it is still what the box holds.
    pub fn found(&mut self, query: &str, results: SearchResults) {
        if query == self.query {
            self.totals = (results.companies.len(), results.people.len());
            self.totals_for = None;
            self.results = results;
            self.selected = 0;
        }
    }

    /// Whether to count every match: a group is full and its count not
    /// read yet for this text (read when typing pauses).
    pub fn wants_totals(&self) -> bool {
        let full = |n: usize| n >= HITS as usize;
        (full(self.results.companies.len()) || full(self.results.people.len()))
            && self.totals_for.as_deref() != Some(self.query.as_str())
    }

    pub fn totals_found(&mut self, query: &str, totals: (usize, usize)) {
        if query == self.query {
            self.totals = totals;
            self.totals_for = Some(query.to_string());
        }
    }

    /// How many more companies (people) match than are shown.
    fn more(&self, list: ListOf) -> usize {
        match list {
            ListOf::Companies => self.totals.0.saturating_sub(self.results.companies.len()),
            ListOf::People => self.totals.1.saturating_sub(self.results.people.len()),
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

    /// The selectable rows in the order drawn.
    fn rows(&self) -> Vec<Row<'_>> {
        let r = &self.results;
        let mut rows: Vec<Row> = r.companies.iter().map(Row::Hit).collect();
        if self.more(ListOf::Companies) > 0 {
            rows.push(Row::More(ListOf::Companies));
        }
        rows.extend(r.people.iter().map(Row::Hit));
        if self.more(ListOf::People) > 0 {
            rows.push(Row::More(ListOf::People));
        }
        rows.extend(r.interactions.iter().chain(&r.written).chain(self.near()).map(Row::Hit));
        rows
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.rows().len() as i64;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn current(&self) -> Option<&Hit> {
        match self.rows().into_iter().nth(self.selected) {
            Some(Row::Hit(hit)) => Some(hit),
            _ => None,
        }
    }

    /// The "… more" row is selected: the list it opens.
    pub fn more_selected(&self) -> Option<ListOf> {
        match self.rows().into_iter().nth(self.selected) {
            Some(Row::More(list)) => Some(list),
            _ => None,
        }
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
    let shown_of = |shown: usize, list: ListOf| crate::l10n::shown_of(shown, (shown + state.more(list)) as u64);
    for (title, hits, list) in [
        (
            format!(
                "{} ({})",
                crate::t!("tab-companies"),
                shown_of(state.results.companies.len(), ListOf::Companies)
            ),
            state.results.companies.as_slice(),
            Some(ListOf::Companies),
        ),
        (
            format!(
                "{} ({})",
                crate::t!("tab-people"),
                shown_of(state.results.people.len(), ListOf::People)
            ),
            &state.results.people,
            Some(ListOf::People),
        ),
        (crate::t!("search-notes"), &state.results.interactions, None),
        (crate::t!("search-written"), &state.results.written, None),
        (crate::t!("search-near"), state.near(), None),
    ] {
        if hits.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(title, theme.title())));
        for hit in hits {
            let rest = (rect.width.saturating_sub(2) as usize).saturating_sub(width + 3);
            let line = Line::from(vec![
                Span::raw(format!("  {} ", cell(&hit.title, width))),
                Span::styled(cell(&hit.detail, rest).trim_end().to_string(), theme.dim()),
            ]);
            lines.push(if index == state.selected {
                line.style(theme.selected())
            } else {
                line
            });
            index += 1;
        }
        if let Some(list) = list.filter(|l| state.more(*l) > 0) {
            let line = Line::from(Span::styled(
                format!("  {}", crate::t!("search-more", count = state.more(list))),
                theme.dim(),
            ));
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

//! People: every contact person, filtered as you type, windowed like Companies.

use super::{cell, pane};
use crate::store::people::{PersonFilter, PersonRow};
use crate::store::{Id, Store};
use crate::tui::theme::Theme;
use crate::tui::widgets::cursor::{Cursor, WINDOW};
use crate::Result;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::cell::Cell;

pub struct State {
    pub filter: PersonFilter,
    pub filtering: bool,
    pub cursor: Cursor,
    /// Every person, in name order.
    pub base: Vec<Id>,
    /// Those of `base` that match the text typed after `/`; rows are loaded
    /// for a window only.
    pub ids: Vec<Id>,
    pub window: Vec<PersonRow>,
    pub window_start: u32,
    pub page: Cell<u32>,
}

impl State {
    pub fn load(store: &Store) -> Result<State> {
        let mut state = State {
            filter: PersonFilter::default(),
            filtering: false,
            cursor: Cursor::new(0),
            base: Vec::new(),
            ids: Vec::new(),
            window: Vec::new(),
            window_start: 0,
            page: Cell::new(20),
        };
        state.requery(store)?;
        Ok(state)
    }

    /// An empty list, filled on first visit.
    pub fn unloaded() -> State {
        State {
            filter: PersonFilter::default(),
            filtering: false,
            cursor: Cursor::new(0),
            base: Vec::new(),
            ids: Vec::new(),
            window: Vec::new(),
            window_start: 0,
            page: Cell::new(20),
        }
    }

    pub fn requery(&mut self, store: &Store) -> Result<()> {
        self.base = store.person_ids(&PersonFilter {
            text: None,
            ..self.filter.clone()
        })?;
        self.narrow(store)
    }

    /// The text changed: keep the people of `base` that match it.
    pub fn narrow(&mut self, store: &Store) -> Result<()> {
        self.ids = match self.filter.text.as_deref() {
            Some(text) => {
                let matches = store.person_text_matches(text)?;
                self.base.iter().copied().filter(|id| matches.contains(id)).collect()
            }
            None => self.base.clone(),
        };
        self.cursor = Cursor::new(self.ids.len() as u32);
        self.fetch(store)
    }

    pub fn reload(&mut self, store: &Store) -> Result<()> {
        let (selected, top) = (self.cursor.selected, self.cursor.top);
        self.requery(store)?;
        self.cursor.selected = selected.min(self.cursor.total.saturating_sub(1));
        self.cursor.top = top;
        self.fetch(store)
    }

    fn fetch(&mut self, store: &Store) -> Result<()> {
        let start = self.cursor.window_start();
        let end = (start + WINDOW).min(self.ids.len() as u32);
        self.window = store.people_by_ids(&self.ids[start as usize..end as usize])?;
        self.window_start = start;
        Ok(())
    }

    pub fn step(&mut self, store: &Store, delta: i64) -> Result<()> {
        self.cursor.step(delta);
        let page = self.page.get();
        let end = self.window_start + self.window.len() as u32;
        let top = self.cursor.scroll(page);
        if top < self.window_start || (top + page).min(self.cursor.total) > end {
            self.fetch(store)?;
        }
        Ok(())
    }

    pub fn selected_id(&self) -> Option<Id> {
        let index = self.cursor.selected.checked_sub(self.window_start)? as usize;
        self.window.get(index).map(|p| p.id)
    }

    pub fn filter_text(&self) -> &str {
        self.filter.text.as_deref().unwrap_or("")
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(2);
    state.page.set(height.max(1));
    let filter_line = if state.filtering || !state.filter_text().is_empty() {
        let cursor = if state.filtering { "▏" } else { "" };
        Line::from(vec![
            Span::styled("/", theme.key()),
            Span::raw(format!("{}{cursor}", state.filter_text())),
        ])
    } else {
        Line::from(Span::styled("/ to filter", theme.dim()))
    };
    let header = Line::from(Span::styled(
        format!(
            "{} {} {} {}",
            cell("NAME", 26),
            cell("COMPANY", 32),
            cell("ROLE", 18),
            "E-MAIL"
        ),
        theme.heading(),
    ));
    let mut lines = vec![filter_line, header];
    let mut cursor = state.cursor;
    let top = cursor.scroll(height);
    for absolute in top..(top + height).min(state.cursor.total) {
        let Some(p) = absolute
            .checked_sub(state.window_start)
            .and_then(|i| state.window.get(i as usize))
        else {
            break;
        };
        let role = p.title.clone().or(p.role.clone()).unwrap_or_default();
        let line = Line::from(format!(
            "{} {} {} {}",
            cell(&p.name, 26),
            cell(p.company.as_deref().unwrap_or(""), 32),
            cell(&role, 18),
            p.email.clone().unwrap_or_default()
        ));
        lines.push(if absolute == state.cursor.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    let title = format!("People ({})", state.cursor.total);
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

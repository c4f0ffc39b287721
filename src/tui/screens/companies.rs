//! Companies: a table over every company, filtered as you type, sortable,
//! scrolling through 100k rows: the ids of all matches are held (cheap), the
//! rows only for a window around the selection.

use super::{cell, pane, since};
use crate::domain::health::Band;
use crate::domain::kinds::CompanyStatus;
use crate::store::companies::{CompanyFilter, CompanyRow, CompanySort};
use crate::store::health::HealthFilter;
use crate::store::{Id, Store};
use crate::tui::theme::Theme;
use crate::tui::widgets::cursor::{Cursor, WINDOW};
use crate::Result;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::cell::Cell;
use std::collections::HashMap;

pub struct State {
    pub filter: CompanyFilter,
    /// Typing into the filter box (`/`).
    pub filtering: bool,
    pub cursor: Cursor,
    /// Every company matching the filter but its text, in order.
    pub base: Vec<Id>,
    /// Those of `base` that also match the text typed after `/`.
    pub ids: Vec<Id>,
    /// Loaded rows, starting at `window_start`.
    pub window: Vec<CompanyRow>,
    pub window_start: u32,
    /// Rows that fit on screen at the last draw (for paging).
    pub page: Cell<u32>,
    pub today: chrono::NaiveDate,
    /// Sorted by health, worst first (computed for every listed company).
    pub by_health: bool,
    /// Health of the loaded rows.
    pub health: HashMap<Id, (u8, Band)>,
}

const SORTS: [CompanySort; 5] = [
    CompanySort::Name,
    CompanySort::City,
    CompanySort::Status,
    CompanySort::LastContact,
    CompanySort::OpenFollowups,
];

impl State {
    pub fn load(store: &Store) -> Result<State> {
        let mut state = State {
            filter: CompanyFilter::default(),
            filtering: false,
            cursor: Cursor::new(0),
            base: Vec::new(),
            ids: Vec::new(),
            window: Vec::new(),
            window_start: 0,
            page: Cell::new(20),
            today: store.today(),
            by_health: false,
            health: HashMap::new(),
        };
        state.requery(store)?;
        Ok(state)
    }

    /// An empty list, filled on first visit (the app's `reload`), so kring
    /// opens on Today without listing every company first.
    pub fn unloaded(store: &Store) -> State {
        State {
            filter: CompanyFilter::default(),
            filtering: false,
            cursor: Cursor::new(0),
            base: Vec::new(),
            ids: Vec::new(),
            window: Vec::new(),
            window_start: 0,
            page: Cell::new(20),
            today: store.today(),
            by_health: false,
            health: HashMap::new(),
        }
    }

    /// The filter or sort changed: list again and start at the top.
    pub fn requery(&mut self, store: &Store) -> Result<()> {
        self.base = store.company_ids(&CompanyFilter {
            text: None,
            ..self.filter.clone()
        })?;
        self.narrow(store)
    }

    /// The text changed: keep the companies of `base` that match it. The
    /// order comes from `base`, so typing never re-sorts 100k rows.
    pub fn narrow(&mut self, store: &Store) -> Result<()> {
        self.ids = match self.filter.text.as_deref() {
            Some(text) => {
                let matches = store.company_text_matches(text)?;
                self.base.iter().copied().filter(|id| matches.contains(id)).collect()
            }
            None => self.base.clone(),
        };
        self.cursor = Cursor::new(self.ids.len() as u32);
        self.fetch(store)
    }

    /// Reload the rows around the selection (after a change elsewhere).
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
        let ids = &self.ids[start as usize..end as usize];
        self.window = store.companies_by_ids(ids)?;
        self.health = store
            .health(&HealthFilter {
                companies: Some(ids.to_vec()),
                ..Default::default()
            })?
            .into_iter()
            .map(|h| (h.id, (h.score, h.band)))
            .collect();
        self.window_start = start;
        Ok(())
    }

    /// Move the selection; fetch another window only when it leaves this one.
    pub fn step(&mut self, store: &Store, delta: i64) -> Result<()> {
        self.cursor.step(delta);
        self.ensure_loaded(store)
    }

    pub fn ensure_loaded(&mut self, store: &Store) -> Result<()> {
        let page = self.page.get();
        let end = self.window_start + self.window.len() as u32;
        let top = self.cursor.scroll(page);
        if top < self.window_start || (top + page).min(self.cursor.total) > end {
            self.fetch(store)?;
        }
        Ok(())
    }

    pub fn selected(&self) -> Option<&CompanyRow> {
        self.window
            .get(self.cursor.selected.checked_sub(self.window_start)? as usize)
    }

    pub fn selected_id(&self) -> Option<Id> {
        self.selected().map(|c| c.id)
    }

    /// Name, city, status, last contact, open follow-ups, health, and round.
    pub fn cycle_sort(&mut self, store: &Store) -> Result<()> {
        let at = SORTS.iter().position(|s| *s == self.filter.sort).unwrap_or(0);
        if self.by_health {
            self.by_health = false;
            self.filter.sort = SORTS[0];
        } else if at + 1 == SORTS.len() {
            self.by_health = true;
        } else {
            self.filter.sort = SORTS[at + 1];
        }
        self.requery(store)
    }

    pub fn cycle_status(&mut self, store: &Store) -> Result<()> {
        self.filter.status = match self.filter.status {
            None => Some(CompanyStatus::ALL[0]),
            Some(status) => CompanyStatus::ALL.iter().skip_while(|s| **s != status).nth(1).copied(),
        };
        self.requery(store)
    }

    pub fn filter_text(&self) -> &str {
        self.filter.text.as_deref().unwrap_or("")
    }
}

/// "74 healthy", coloured by band.
pub fn health_span(health: Option<&(u8, Band)>, theme: &Theme) -> Span<'static> {
    let Some((score, band)) = health else {
        return Span::raw("");
    };
    let style = match band {
        Band::Thriving | Band::Healthy => theme.good(),
        Band::Cooling => theme.warning(),
        Band::AtRisk | Band::Dormant => theme.overdue(),
    };
    Span::styled(format!("{score:>3} {}", band.as_str()), style)
}

fn sort_label(sort: CompanySort) -> &'static str {
    match sort {
        CompanySort::Name => "name",
        CompanySort::City => "city",
        CompanySort::Status => "status",
        CompanySort::LastContact => "last contact",
        CompanySort::OpenFollowups => "open follow-ups",
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(2);
    state.page.set(height.max(1));
    let mut title = format!("Companies ({})", state.cursor.total);
    if let Some(status) = state.filter.status {
        title.push_str(&format!(" · {status}"));
    }
    if state.filter.owner.is_some() {
        title.push_str(" · mine");
    }
    let sort = if state.by_health {
        "health, worst first"
    } else {
        sort_label(state.filter.sort)
    };
    title.push_str(&format!(" · sorted by {sort}"));
    let filter_line = if state.filtering || !state.filter_text().is_empty() {
        let cursor = if state.filtering { "▏" } else { "" };
        Line::from(vec![
            Span::styled("/", theme.key()),
            Span::raw(format!("{}{cursor}", state.filter_text())),
            Span::styled("   name, city or tag", theme.dim()),
        ])
    } else {
        Line::from(Span::styled("/ to filter", theme.dim()))
    };
    let header = Line::from(Span::styled(
        format!(
            "{} {} {} {} {} {} {} {}",
            cell("NAME", 30),
            cell("CITY", 14),
            cell("STATUS", 8),
            cell("OWNER", 16),
            cell("LAST CONTACT", 12),
            cell("SINCE", 8),
            cell("OPEN", 5),
            "HEALTH"
        ),
        theme.heading(),
    ));
    let mut lines = vec![filter_line, header];
    let mut cursor = state.cursor;
    let top = cursor.scroll(height);
    for absolute in top..(top + height).min(state.cursor.total) {
        let Some(c) = absolute
            .checked_sub(state.window_start)
            .and_then(|i| state.window.get(i as usize))
        else {
            break;
        };
        let overdue = c.contact_due.is_some_and(|due| due < state.today);
        let since_style = if overdue { theme.warning() } else { Default::default() };
        let line = Line::from(vec![
            Span::raw(format!(
                "{} {} {} {} {} ",
                cell(&c.name, 30),
                cell(c.city.as_deref().unwrap_or(""), 14),
                cell(&c.status, 8),
                cell(c.owner.as_deref().unwrap_or(""), 16),
                cell(&c.last_contact.map(|d| d.to_string()).unwrap_or_default(), 12),
            )),
            Span::styled(cell(&since(c.days_since_contact), 8), since_style),
            Span::raw(format!(
                " {:>4}  ",
                if c.open_followups > 0 {
                    c.open_followups.to_string()
                } else {
                    String::new()
                }
            )),
            health_span(state.health.get(&c.id), theme),
        ]);
        lines.push(if absolute == state.cursor.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.cursor.total == 0 {
        lines.push(Line::from(Span::styled(
            "  no companies match; esc clears the filter, a adds one",
            theme.dim(),
        )));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

//! The database's log of changes (Staff, `L`): who changed what and when,
//! newest first, read a page at a time as you scroll — a year of a team's
//! work is thousands of entries. `enter` opens the company a change is about.

use super::{cell, empty_line, pane, steps, Reply};
use crate::model::audit::Change;
use crate::model::Id;
use crate::tui::effect::Want;
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the company the change is about", "open"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

/// Entries read at a time.
pub const PAGE: u32 = 200;

pub struct State {
    pub changes: Vec<Change>,
    pub selected: usize,
    /// The last page read was short: there is nothing older.
    pub all_read: bool,
}

impl State {
    pub fn new(changes: Vec<Change>) -> State {
        State {
            all_read: changes.len() < PAGE as usize,
            changes,
            selected: 0,
        }
    }

    /// The next page, if it follows what was read.
    pub fn read_more(&mut self, from: u64, changes: Vec<Change>) {
        if from == self.changes.len() as u64 {
            self.all_read = changes.len() < PAGE as usize;
            self.changes.extend(changes);
        }
    }

    /// The company the selected change is about, if any.
    fn company(&self) -> Option<Id> {
        let change = self.changes.get(self.selected)?;
        match change.entity.as_str() {
            "company" => change.entity_id,
            _ => change.detail.as_ref()?.get("company")?.as_i64(),
        }
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, 20) {
        let n = state.changes.len() as i64;
        if n > 0 {
            state.selected = (state.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
        // Near the end of what was read: the next page.
        if !state.all_read && state.selected + 20 >= state.changes.len() {
            return Reply::load(Want::MoreLog {
                from: state.changes.len() as u64,
            });
        }
        return Reply::nothing();
    }
    match (action, state.company()) {
        (Action::Open, Some(company)) => Reply::open_company(company),
        (Action::Open, None) => Reply::say(crate::t!("log-no-company")),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if state.changes.is_empty() {
        lines.push(empty_line(crate::t!("company-no-changes"), theme));
    }
    let height = super::inner_height(area) as usize;
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, c) in state.changes.iter().enumerate().skip(skip).take(height) {
        let subject = match c.entity_id {
            Some(id) => format!("{} #{id}", crate::l10n::noun(&c.entity)),
            None => crate::l10n::noun(&c.entity),
        };
        let detail = c
            .detail
            .as_ref()
            .filter(|d| !d.is_null())
            .map(|d| format!("  {d}"))
            .unwrap_or_default();
        let text = format!(
            "{} {} {} {}{detail}",
            cell(c.at.get(..16).unwrap_or(&c.at), 16),
            cell(c.staff.as_deref().unwrap_or(""), 16),
            cell(&c.action, 14),
            subject
        );
        let line = Line::from(Span::raw(cell(&text, width).trim_end().to_string()));
        lines.push(match i == state.selected {
            true => line.style(theme.selected()),
            false => line,
        });
    }
    let more = if state.all_read { "" } else { "+" };
    let title = crate::t!("log-title", count = format!("{}{more}", state.changes.len()));
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

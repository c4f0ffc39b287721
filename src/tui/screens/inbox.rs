//! Inbox: the contacts `kring capture` found in my mail and calendar,
//! waiting for one key each — `a` logs the selected one as it is, `A` every
//! one shown, `s` skips it (never proposed again); `u` takes either back.

use super::{cell, pane, steps, Reply};
use crate::model::capture::InboxEntry;
use crate::tui::change::{Change, Decision};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('a')], Accept, "log the selected contact as proposed", "log it"),
        bind!(
            [Char('c')],
            ReadSource,
            "read mail or a calendar for contacts that already happened (a file, a folder, a calendar's link)",
            "read"
        ),
        bind!([Char('A')], AcceptAll, "log every contact shown", "log all"),
        bind!([Char('s')], Skip, "skip: never proposed again", "skip"),
        bind!(
            [Char('e')],
            EditProposal,
            "change the kind, date or note, then log it",
            "edit"
        ),
        bind!([Enter], Open, "open the company"),
    ]
};

#[derive(Default)]
pub struct State {
    pub rows: Vec<InboxEntry>,
    pub selected: usize,
}

impl State {
    pub fn current(&self) -> Option<&InboxEntry> {
        self.rows.get(self.selected)
    }

    fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Reply::nothing();
    }
    if action == Action::ReadSource {
        return Reply {
            form: Some(crate::tui::forms::files::read_source_form()),
            ..Reply::default()
        };
    }
    match (action, state.current()) {
        (Action::Accept, Some(e)) => Reply::save(Change::Inbox(Decision::Accept(vec![e.id]))),
        (Action::AcceptAll, Some(_)) => Reply::save(Change::Inbox(Decision::Accept(
            state.rows.iter().map(|e| e.id).collect(),
        ))),
        (Action::Skip, Some(e)) => Reply::save(Change::Inbox(Decision::Skip(vec![e.id]))),
        (Action::EditProposal, Some(e)) => Reply {
            form: Some(crate::tui::forms::capture_form(e)),
            ..Reply::default()
        },
        (Action::Open, Some(e)) => Reply::open_company(e.company_id),
        (Action::Accept | Action::AcceptAll | Action::Skip | Action::EditProposal, None) => {
            Reply::say(crate::t!("inbox-nothing"))
        }
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(1) as usize;
    // The note says what the contact was: it keeps 34 columns, the company
    // and the people share what is left.
    let room = (area.width as usize).saturating_sub(2 + 10 + 3);
    let rest = room.saturating_sub(34);
    let people_width = (rest * 2 / 5).clamp(8, 22);
    let company_width = rest.saturating_sub(people_width).clamp(10, 28);
    let header = format!(
        "{} {} {} {}",
        cell(&crate::t!("col-date"), 10),
        cell(&crate::t!("col-company"), company_width),
        cell(&crate::t!("col-people"), people_width),
        crate::t!("col-note")
    );
    let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("inbox-empty"), theme.dim())));
    }
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, e) in state.rows.iter().enumerate().skip(skip).take(height) {
        let people = match e.persons.is_empty() {
            true => crate::t!("inbox-by-domain"),
            false => e.persons.join(", "),
        };
        let text = format!(
            "{} {} {} {}",
            cell(&crate::l10n::date(e.on), 10),
            cell(&e.company, company_width),
            cell(&people, people_width),
            crate::domain::text::one_line(&e.note)
        );
        let line = Line::from(Span::raw(text));
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else if e.persons.is_empty() {
            line.style(theme.dim())
        } else {
            line
        });
    }
    let title = crate::t!("inbox-title", count = state.rows.len());
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::default()
    }

    fn query(&self, _at: At) -> Query {
        Query::Inbox
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Inbox(rows) = data {
            self.selected = self.selected.min(rows.len().saturating_sub(1));
            self.rows = rows;
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, _at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

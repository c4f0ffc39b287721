//! Follow-ups: every open one, overdue first (earliest due first).

use super::{mark_done, snooze_to, snooze_week, steps, Reply};
use super::{pane, Col};
use crate::model::followups::FollowupRow;
use crate::model::Id;
use crate::tui::effect::{FormFor, Want};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the company", "open"),
        bind!([Char('d')], Done, "mark done", "done"),
        bind!([Char('s')], Snooze, "snooze one week", "snooze"),
        bind!([Char('S')], SnoozeTo, "snooze to a date"),
        bind!([Char('r')], Reassign, "reassign to a colleague", "reassign"),
        bind!(
            [Char('X')],
            StopSeries,
            "end the series of the selected follow-up (it stays; none comes after it)"
        ),
        bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
        bind!([Char('/')], Search, "search everywhere"),
        bind!([Char('l')], Log, "log an interaction"),
        bind!(
            [Char('E')],
            Export,
            "export the follow-ups listed as a calendar file (.ics, for Outlook)"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
        bind!([Esc], Back, "back"),
    ]
};

/// At most this many rows are loaded; the title says when there are more.
pub const CAP: u32 = 1000;

pub struct State {
    pub rows: Vec<FollowupRow>,
    pub only_mine: bool,
    pub selected: usize,
}

impl State {
    pub fn empty() -> State {
        State {
            rows: Vec::new(),
            only_mine: false,
            selected: 0,
        }
    }

    /// What was read; the selection stays unless "only mine" changed.
    pub fn refresh(&mut self, rows: Vec<FollowupRow>, only_mine: bool) {
        let selected = if only_mine == self.only_mine { self.selected } else { 0 };
        self.selected = selected.min(rows.len().saturating_sub(1));
        self.rows = rows;
        self.only_mine = only_mine;
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.rows.len() as i64;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn current(&self) -> Option<&FollowupRow> {
        self.rows.get(self.selected)
    }

    pub fn current_id(&self) -> Option<Id> {
        self.current().map(|f| f.id)
    }
}

/// What a key does on Follow-ups.
pub fn on_action(state: &mut State, action: Action, today: chrono::NaiveDate) -> crate::Result<Reply> {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Ok(Reply::nothing());
    }
    let current = state.current().cloned();
    let company = current.as_ref().map(|f| f.company_id);
    let id = current.as_ref().map(|f| f.id);
    Ok(match action {
        Action::Open => company.map(Reply::open_company).unwrap_or_default(),
        Action::Done => mark_done(current.as_ref())?,
        Action::Snooze => snooze_week(current.as_ref().map(|f| (f.id, f.due)), today)?,
        Action::SnoozeTo if id.is_some() => snooze_to(id)?,
        Action::Reassign => id.map(|id| Reply::form(FormFor::Reassign(id))).unwrap_or_default(),
        Action::StopSeries => match current.as_ref() {
            Some(f) if f.every.is_some() => Reply::save(crate::tui::effect::Change::StopSeries(f.id)),
            Some(_) => Reply::say(crate::t!("said-not-a-series")),
            None => Reply::nothing(),
        },
        Action::Log => company.map(|c| Reply::form(FormFor::Log(c))).unwrap_or_default(),
        Action::ToggleMine => Reply::load(Want::List(Query::Followups {
            only_mine: !state.only_mine,
        })),
        Action::Export => Reply::form(FormFor::Export(crate::tui::effect::ExportOf::Followups {
            only_mine: state.only_mine,
        })),
        _ => Reply::nothing(),
    })
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(1) as usize;
    // The date, the company, who it is for and the action stay; the days
    // late go first, and every text column gives way a little.
    let w = super::fit(
        area.width.saturating_sub(2) as usize,
        &[
            Col::new(10, 10, 0),
            Col::lesser(6, 4, 4),
            Col::new(30, 18, 2),
            Col::new(16, 12, 3),
            Col::new(44, 24, 1),
        ],
    );
    let header = Line::from(Span::styled(
        super::cells(
            &[
                &crate::t!("col-due"),
                &crate::t!("col-late"),
                &crate::t!("col-company"),
                &crate::t!("col-for"),
                &crate::t!("col-action"),
            ],
            &w,
        ),
        theme.heading(),
    ));
    let mut lines = vec![header];
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, f) in state.rows.iter().enumerate().skip(skip).take(height) {
        let late = if f.days_overdue > 0 {
            format!("{}d", f.days_overdue)
        } else {
            String::new()
        };
        let style = if f.days_overdue > 0 {
            theme.overdue()
        } else {
            Style::default()
        };
        let due = crate::l10n::date(f.due);
        // One of a series says how often it comes back.
        let action = match &f.every {
            Some(every) => format!("{} ↻ {every}", f.action),
            None => f.action.clone(),
        };
        let line = Line::from(vec![
            Span::styled(format!("{} ", super::cells(&[&due, &late], &w[..2])), style),
            Span::raw(super::cells(
                &[&f.company, f.staff.as_deref().unwrap_or(""), &action],
                &w[2..],
            )),
        ]);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("followups-none"), theme.dim())));
    }
    let more = if state.rows.len() as u32 >= CAP {
        crate::t!("followups-first", cap = CAP)
    } else {
        String::new()
    };
    let whose = if state.only_mine {
        crate::t!("list-mine")
    } else {
        String::new()
    };
    let title = format!(
        "{} ({}{more}){whose}",
        crate::t!("company-open-followups"),
        state.rows.len()
    );
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::empty()
    }

    fn query(&self, _at: At) -> Query {
        Query::Followups {
            only_mine: self.only_mine,
        }
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Followups(rows, only_mine) = data {
            State::refresh(self, rows, only_mine);
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, at: At) -> crate::Result<Reply> {
        on_action(self, action, at.today)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

//! Goals: my team at a glance (what a coordinator looks at: per member the
//! companies they own, overdue follow-ups, relationships at risk), this
//! school year's goals, each with its bar, and what makes up the selected
//! one (the companies and how much each adds).

use super::{cell, pane, steps, Reply};
use crate::model::goals::GoalProgress;
use crate::model::teams::TeamMember;
use crate::tui::keymap::{bind, Action, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub struct State {
    pub year: String,
    pub rows: Vec<GoalProgress>,
    pub selected: usize,
    pub team: Option<(String, Vec<TeamMember>)>,
}

impl State {
    pub fn empty() -> State {
        State {
            year: String::new(),
            rows: Vec::new(),
            selected: 0,
            team: None,
        }
    }

    /// What was read; the selection stays where it was.
    pub fn refresh(&mut self, year: String, rows: Vec<GoalProgress>, team: Option<(String, Vec<TeamMember>)>) {
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        self.year = year;
        self.rows = rows;
        self.team = team;
    }

    fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }
}

/// What a key does on Goals: a goal added, its target changed, one removed, the ledger written.
pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
    }
    match action {
        Action::AddGoal => Reply::form(crate::tui::effect::FormFor::AddGoal),
        Action::Edit => match state.rows.get(state.selected) {
            Some(goal) => Reply {
                form: Some(crate::tui::forms::goals::edit_goal_form(goal)),
                ..Reply::default()
            },
            None => Reply::nothing(),
        },
        Action::Delete => match state.rows.get(state.selected) {
            Some(goal) => {
                let what = format!("{} {} — {}", goal.target, goal.metric.display_label(), goal.whose);
                Reply {
                    ask: Some((
                        crate::t!("goal-ask-remove", what = what.as_str()),
                        crate::tui::effect::Change::RemoveGoal { id: goal.id, what },
                    )),
                    ..Reply::default()
                }
            }
            None => Reply::nothing(),
        },
        Action::Export => Reply::form(crate::tui::effect::FormFor::Export(
            crate::tui::effect::ExportOf::YearLedger,
        )),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let area = match &state.team {
        Some((name, members)) => {
            let height = (members.len() as u16 + 3).min(area.height / 3);
            let [team, rest] = Layout::vertical([Constraint::Length(height), Constraint::Min(6)]).areas(area);
            draw_team(frame, team, name, members, theme);
            rest
        }
        None => area,
    };
    let list_height = (state.rows.len() as u16 + 3).clamp(4, area.height / 2);
    let [list, detail] = Layout::vertical([Constraint::Length(list_height), Constraint::Min(3)]).areas(area);
    let mut lines = Vec::new();
    for (i, g) in state.rows.iter().enumerate() {
        let tag = g.tag.as_deref().map(|t| format!(" [{t}]")).unwrap_or_default();
        let line = Line::from(vec![
            Span::raw(format!(" {}  ", cell(&g.whose, 20))),
            Span::styled(g.bar(20), theme.good()),
            // What is short, cut with "…" where the terminal ends.
            Span::raw(format!(
                " {:>3}%  {}",
                g.percent(),
                cell(
                    &format!("{}{tag}", g.verdict()),
                    (list.width as usize).saturating_sub(52)
                )
                .trim_end()
            )),
        ]);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("goals-none"), theme.dim())));
    }
    let title = crate::t!("goals-title", year = state.year.as_str(), count = state.rows.len());
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), list);

    let Some(goal) = state.rows.get(state.selected) else {
        frame.render_widget(
            Paragraph::new("").block(pane(crate::t!("goals-made-of"), false, theme)),
            detail,
        );
        return;
    };
    let mut made_of: Vec<Line> = goal
        .note
        .iter()
        .map(|note| Line::from(Span::styled(format!(" {note}"), theme.dim())))
        .collect();
    let room = super::inner_height(detail) as usize;
    for (company, n) in goal.made_of.iter().take(room.saturating_sub(made_of.len())) {
        made_of.push(Line::from(format!(" {n:>5}  {company}")));
    }
    if goal.made_of.is_empty() {
        made_of.push(Line::from(Span::styled(crate::t!("goals-nothing-counts"), theme.dim())));
    }
    let title = crate::t!("goals-made-of-title", id = goal.id, count = goal.made_of.len());
    frame.render_widget(Paragraph::new(made_of).block(pane(title, false, theme)), detail);
}

/// My team, one line per member.
fn draw_team(frame: &mut Frame, area: Rect, name: &str, members: &[TeamMember], theme: &Theme) {
    let mut lines = vec![Line::from(Span::styled(
        format!(
            " {} {:>9} {:>8} {:>8}",
            cell(&crate::t!("col-member"), 24),
            crate::t!("col-companies"),
            crate::t!("col-overdue"),
            crate::t!("col-at-risk")
        ),
        theme.heading(),
    ))];
    for m in members {
        let late = if m.overdue > 0 { theme.overdue() } else { theme.dim() };
        lines.push(Line::from(vec![
            Span::raw(format!(" {} {:>9} ", cell(&m.name, 24), m.companies)),
            Span::styled(format!("{:>8}", m.overdue), late),
            Span::raw(format!(" {:>8}", m.at_risk)),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines).block(pane(format!("Team {name}"), false, theme)),
        area,
    );
}

impl TabScreen for State {
    /// Goals added, changed and removed, and the year's ledger.
    const KEYS: &'static [Binding] = &[
        bind!(
            [crate::tui::keymap::Key::Char('a')],
            AddGoal,
            "add a goal of this school year for the school, a team or yourself: what is counted, the target",
            "add"
        ),
        bind!(
            [crate::tui::keymap::Key::Char('e')],
            Edit,
            "change the selected goal's target, upper bound or note"
        ),
        bind!(
            [crate::tui::keymap::Key::Char('x'), crate::tui::keymap::Key::Delete],
            Delete,
            "remove the selected goal (asks first)"
        ),
        bind!(
            [crate::tui::keymap::Key::Char('W')],
            Export,
            "write this school year's ledger: every form of collaboration per company (Excel)",
            "ledger"
        ),
    ];

    fn new(_today: chrono::NaiveDate) -> State {
        State::empty()
    }

    fn query(&self, _at: At) -> Query {
        Query::Goals
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Goals(year, rows, team) = data {
            State::refresh(self, year, rows, team);
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

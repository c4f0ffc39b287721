//! Staff: who works here (and who left), their role and team; `h` hands a
//! leaver's companies and open follow-ups to a colleague — the dry run is
//! shown first and asked about, then the move and the dossier happen.

use super::{cell, pane, steps, Reply};
use crate::model::staff::StaffRow;
use crate::tui::effect::FormFor;
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
        bind!(
            [Char('h')],
            Handover,
            "leave with handover: shows what would move, asks, moves it and writes the dossier",
            "handover"
        ),
        bind!(
            [Char('t')],
            ToggleTeam,
            "put the selected colleague in a team (or none)",
            "team"
        ),
        bind!(
            [Char('L')],
            ChangeLog,
            "every change in the database (who changed what), newest first",
            "changes"
        ),
        bind!(
            [Char('a')],
            AddStaff,
            "add a colleague: name, e-mail, role, login",
            "add"
        ),
        bind!(
            [Char('W')],
            Export,
            "write the management report of this school year (HTML, with charts)",
            "report"
        ),
        bind!([Char('N')], NewTeam, "a new team: a programme, the internship office"),
        bind!(
            [Char('K')],
            Account,
            "the selected colleague's login and e-mail address (an admin's)"
        ),
        bind!(
            [Char('D')],
            Dossier,
            "write the selected colleague's handover dossier again (left or not)"
        ),
        bind!(
            [Char('B')],
            Backup,
            "write a backup copy of the database (a team database: its JSON export)"
        ),
        bind!(
            [Char('P')],
            Review,
            "the retention review (AVG): who kring holds without a reason left; erases them after asking"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
    ]
};

#[derive(Default)]
pub struct State {
    pub rows: Vec<StaffRow>,
    pub selected: usize,
}

impl State {
    pub fn refresh(&mut self, rows: Vec<StaffRow>) {
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        self.rows = rows;
    }

    pub fn current(&self) -> Option<&StaffRow> {
        self.rows.get(self.selected)
    }

    fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }
}

pub fn on_action(state: &mut State, action: Action, retention_years: u32) -> Reply {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Reply::nothing();
    }
    if action == Action::ChangeLog {
        return Reply::load(crate::tui::effect::Want::Log { open: true });
    }
    if action == Action::AddStaff {
        return Reply {
            form: Some(crate::tui::forms::staff::add_staff_form()),
            ..Reply::default()
        };
    }
    if action == Action::Export {
        return Reply::form(FormFor::Export(crate::tui::effect::ExportOf::ManagementReport {
            team: None,
        }));
    }
    if action == Action::NewTeam {
        return Reply {
            form: Some(crate::tui::forms::staff::new_team_form()),
            ..Reply::default()
        };
    }
    if action == Action::Backup {
        return Reply::form(FormFor::Export(crate::tui::effect::ExportOf::Backup { json: false }));
    }
    if action == Action::Review {
        return Reply::preview(crate::tui::effect::Change::Retention {
            years: retention_years,
            people: Vec::new(),
            prospects: Vec::new(),
        });
    }
    match (action, state.current()) {
        (Action::Handover, Some(s)) if !s.active => Reply::say(crate::t!("staff-already-left", name = s.name.as_str())),
        (Action::Handover, Some(s)) => Reply::form(FormFor::Handover(s.id)),
        (Action::ToggleTeam, Some(s)) => Reply::form(FormFor::Team(s.id)),
        (Action::Account, Some(s)) => Reply {
            form: Some(crate::tui::forms::staff::account_form(s)),
            ..Reply::default()
        },
        (Action::Dossier, Some(s)) => Reply::form(FormFor::Export(crate::tui::effect::ExportOf::Dossier(s.id))),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(1) as usize;
    let header = format!(
        "{} {} {} {}",
        cell(&crate::t!("col-name"), 26),
        cell(&crate::t!("col-role"), 18),
        cell(&crate::t!("col-team"), 18),
        crate::t!("col-left")
    );
    let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, s) in state.rows.iter().enumerate().skip(skip).take(height) {
        let name = match s.me {
            true => format!("{} ({})", s.name, crate::t!("staff-me")),
            false => s.name.clone(),
        };
        let role = crate::l10n::term("staff role", &s.role).unwrap_or_else(|| s.role.replace('_', " "));
        let text = format!(
            "{} {} {} ",
            cell(&name, 26),
            cell(&role, 18),
            cell(s.team.as_deref().unwrap_or(""), 18)
        );
        let mut spans = vec![Span::raw(text)];
        if let Some(left) = &s.left_on {
            spans.push(Span::styled(left.clone(), theme.dim()));
        }
        let line = Line::from(spans);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else if s.active {
            line
        } else {
            line.style(theme.dim())
        });
    }
    let title = crate::t!("staff-title", count = state.rows.iter().filter(|s| s.active).count());
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::default()
    }

    fn query(&self, _at: At) -> Query {
        Query::Staff
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Staff(rows) = data {
            State::refresh(self, rows);
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action, at.retention_years))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

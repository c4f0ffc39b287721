//! Health: every relationship by its health, worst first (at risk before
//! cooling before healthy), with the reasons and the single points of
//! contact; filtered by band, by owner ("mine") and to single points only.

use super::{cell, pane, steps, Reply};
use crate::domain::health::Band;
use crate::model::health::{CompanyHealth, HealthFilter};
use crate::model::Id;
use crate::tui::effect::{FormFor, Want};
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
        bind!([Enter], Open, "open the company", "open"),
        bind!([Char('l')], Log, "log an interaction at the company", "log"),
        bind!(
            [Char('f')],
            CycleStatus,
            "band filter: dormant, at risk, cooling, healthy, thriving",
            "band"
        ),
        bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
        bind!([Char('t')], ToggleTeam, "my team's / everyone's", "team"),
        bind!(
            [Char('p')],
            ToggleSinglePoint,
            "single points of contact only / all",
            "single point"
        ),
        bind!(
            [Char('W')],
            Export,
            "write the management report of this school year (HTML, with charts)",
            "report"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
    ]
};

/// At most this many rows are shown; the title says how many matched.
pub const CAP: usize = 1000;

/// The band filter's steps: every band, then the worst first.
const BANDS: [Band; 5] = [
    Band::Dormant,
    Band::AtRisk,
    Band::Cooling,
    Band::Healthy,
    Band::Thriving,
];

#[derive(Default)]
pub struct State {
    pub rows: Vec<CompanyHealth>,
    pub total: usize,
    pub selected: usize,
    pub band: Option<Band>,
    pub only_mine: bool,
    /// Only my team's companies.
    pub only_my_team: bool,
    pub single_point_only: bool,
}

impl State {
    /// The read for this filter; `me`: whose companies "mine" means.
    pub fn listing(&self, me: Option<Id>) -> Want {
        Want::List(self.query_for(me))
    }

    fn query_for(&self, me: Option<Id>) -> Query {
        Query::Health(HealthFilter {
            owner: if self.only_mine { me } else { None },
            team_of: if self.only_my_team { me } else { None },
            team: None,
            band: self.band,
            companies: None,
            single_point_only: self.single_point_only,
            limit: None,
        })
    }

    pub fn refresh(&mut self, rows: Vec<CompanyHealth>, total: usize) {
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        self.rows = rows;
        self.total = total;
    }

    pub fn current(&self) -> Option<&CompanyHealth> {
        self.rows.get(self.selected)
    }

    fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }

    fn cycle_band(&mut self) {
        self.band = match self.band {
            None => Some(BANDS[0]),
            Some(band) => BANDS.iter().skip_while(|b| **b != band).nth(1).copied(),
        };
        self.selected = 0;
    }
}

pub fn on_action(state: &mut State, action: Action, me: Option<Id>) -> Reply {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Reply::nothing();
    }
    let company = state.current().map(|c| c.id);
    match action {
        Action::Export => Reply::form(FormFor::Export(crate::tui::effect::ExportOf::ManagementReport {
            team: None,
        })),
        Action::Open => company.map(Reply::open_company).unwrap_or_default(),
        Action::Log => company.map(|c| Reply::form(FormFor::Log(c))).unwrap_or_default(),
        Action::CycleStatus => {
            state.cycle_band();
            Reply::load(state.listing(me))
        }
        Action::ToggleMine => {
            state.only_mine = !state.only_mine;
            state.selected = 0;
            Reply::load(state.listing(me))
        }
        Action::ToggleTeam => {
            state.only_my_team = !state.only_my_team;
            state.selected = 0;
            Reply::load(state.listing(me))
        }
        Action::ToggleSinglePoint => {
            state.single_point_only = !state.single_point_only;
            state.selected = 0;
            Reply::load(state.listing(me))
        }
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(1) as usize;
    // Score, band, company and the reasons matter most; city and owner go
    // first when the terminal is narrow.
    let wide = area.width >= 120;
    // A score and its band, as wide as the widest band in this language.
    let health_width = 5 + crate::domain::health::Band::widest_label();
    let mut header = format!(
        "{} {} ",
        cell(&crate::t!("col-health"), health_width),
        cell(&crate::t!("col-company"), 30)
    );
    if wide {
        header.push_str(&format!(
            "{} {} ",
            cell(&crate::t!("col-city"), 14),
            cell(&crate::t!("col-owner"), 16)
        ));
    }
    header.push_str(&crate::t!("col-reasons"));
    let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, c) in state.rows.iter().enumerate().skip(skip).take(height) {
        let mut spans = vec![
            Span::raw(" "),
            super::companies::health_span(Some(&(c.score, c.band)), theme),
        ];
        // The band padded to the widest, so the names line up.
        let pad = crate::domain::health::Band::widest_label().saturating_sub(c.band.display_label().chars().count());
        let mut text = format!("{} {} ", " ".repeat(pad), cell(&c.name, 30));
        if wide {
            text.push_str(&format!(
                "{} {} ",
                cell(c.city.as_deref().unwrap_or(""), 14),
                cell(c.owner.as_deref().unwrap_or(""), 16)
            ));
        }
        // What is left of the row for the reasons, cut short with "…".
        let mut room = usize::from(area.width.saturating_sub(2)).saturating_sub(health_width + text.chars().count());
        spans.push(Span::raw(text));
        if c.single_point_of_contact {
            let warning = format!("{} · ", crate::t!("health-single-point"));
            room = room.saturating_sub(warning.chars().count());
            spans.push(Span::styled(warning, theme.warning()));
        }
        let reasons = cell(&c.reasons.join("; "), room).trim_end().to_string();
        spans.push(Span::styled(reasons, theme.dim()));
        let line = Line::from(spans);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("health-none"), theme.dim())));
    }
    let mut title = crate::t!("health-title", count = state.total);
    if state.rows.len() < state.total {
        title.push_str(&crate::t!("list-first", count = state.rows.len()));
    }
    if let Some(band) = state.band {
        title.push_str(&format!(" · {}", band.display_label()));
    }
    if state.only_mine {
        title.push_str(&crate::t!("list-mine"));
    }
    if state.only_my_team {
        title.push_str(&crate::t!("health-my-team"));
    }
    if state.single_point_only {
        title.push_str(&crate::t!("health-single-points-only"));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::default()
    }

    fn query(&self, at: At) -> Query {
        self.query_for(at.me)
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Health(rows, total) = data {
            State::refresh(self, rows, total);
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action, at.me))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

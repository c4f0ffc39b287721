//! Collaborations (engagements): internships, guest lectures, assignments…
//! of one school year (or all), filtered by status; edited, evaluated and
//! ended here, added from a company's page.

use super::{cell, pane, steps, Reply};
use crate::domain::kinds::EngagementStatus;
use crate::model::engagements::{Engagement, EngagementFilter};
use crate::tui::effect::{FormFor, Want};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the company", "open"),
        bind!(
            [Char('e')],
            Edit,
            "edit: form, year, period, students, status (done ends it), scope",
            "edit"
        ),
        bind!(
            [Char('v')],
            Evaluate,
            "evaluate: what it brought, and a rating",
            "evaluate"
        ),
        bind!([Char('f')], CycleStatus, "status filter", "status"),
        bind!([Char('y')], ToggleYear, "this school year / every year", "year"),
        bind!([Char('l')], Log, "log an interaction at its company"),
        bind!(
            [Char('i')],
            Import,
            "read places filled from the student system's CSV (with p)"
        ),
        bind!(
            [Char('p')],
            Places,
            "places offered per programme and period / collaborations (f: only those with room)",
            "places"
        ),
        bind!(
            [Char('a')],
            AddEngagement,
            "add a collaboration (on the company's page: c)"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
    ]
};

/// At most this many rows are shown; the title says when there are more.
pub const CAP: usize = 1000;

pub struct State {
    pub rows: Vec<Engagement>,
    /// How many matched (rows holds at most `CAP`).
    pub total: usize,
    pub selected: usize,
    /// The school year shown; `None`: every year.
    pub year: Option<String>,
    pub status: Option<EngagementStatus>,
    /// The school year of today, what `y` comes back to.
    this_year: String,
    /// `p`: the places companies offer instead of the collaborations.
    pub places: Option<super::places::Places>,
}

impl State {
    pub fn new(today: NaiveDate) -> State {
        let this_year = crate::domain::dates::school_year_of(today);
        State {
            rows: Vec::new(),
            total: 0,
            selected: 0,
            year: Some(this_year.clone()),
            status: None,
            this_year,
            places: None,
        }
    }

    pub fn listing(&self) -> Want {
        Want::List(self.query_now())
    }

    fn query_now(&self) -> Query {
        if let Some(places) = &self.places {
            return places.query(self.year.clone());
        }
        Query::Engagements(EngagementFilter {
            status: self.status,
            school_year: self.year.clone(),
            ..Default::default()
        })
    }

    pub fn refresh(&mut self, rows: Vec<Engagement>, total: usize) {
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        self.rows = rows;
        self.total = total;
    }

    pub fn current(&self) -> Option<&Engagement> {
        self.rows.get(self.selected)
    }

    fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }

    fn cycle_status(&mut self) {
        let all = EngagementStatus::ALL;
        self.status = match self.status {
            None => Some(all[0]),
            Some(status) => all.iter().skip_while(|s| **s != status).nth(1).copied(),
        };
        self.selected = 0;
    }

    fn toggle_year(&mut self) {
        self.year = match self.year {
            Some(_) => None,
            None => Some(self.this_year.clone()),
        };
        self.selected = 0;
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if action == Action::Places {
        state.places = match state.places {
            Some(_) => None,
            None => Some(super::places::Places::default()),
        };
        return Reply::load(state.listing());
    }
    if let Some(places) = &mut state.places {
        return match places.on_action(action) {
            Some(reply) => reply,
            None => Reply::load(state.listing()),
        };
    }
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Reply::nothing();
    }
    let current = state.current();
    let id = current.map(|e| e.id);
    match action {
        Action::Open => current.map(|e| Reply::open_company(e.company_id)).unwrap_or_default(),
        Action::Edit => id.map(|id| Reply::form(FormFor::Engagement(id))).unwrap_or_default(),
        Action::Evaluate => id.map(|id| Reply::form(FormFor::Evaluate(id))).unwrap_or_default(),
        Action::Log => current
            .map(|e| Reply::form(FormFor::Log(e.company_id)))
            .unwrap_or_default(),
        Action::CycleStatus => {
            state.cycle_status();
            Reply::load(state.listing())
        }
        Action::ToggleYear => {
            state.toggle_year();
            Reply::load(state.listing())
        }
        Action::AddEngagement => Reply::say(crate::t!("engagements-add-how")),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if let Some(places) = &state.places {
        return places.draw(frame, area, state.year.as_deref(), theme);
    }
    let height = super::inner_height(area).saturating_sub(1) as usize;
    // The company and the form matter most; period, students and the
    // evaluation go first when the terminal is narrow.
    let wide = area.width >= 120;
    // The year only says something when every year is listed (or there is room).
    let show_year = wide || state.year.is_none();
    let mut header = format!(
        "{} {} {} ",
        cell(&crate::t!("col-company"), 28),
        cell(&crate::t!("col-form"), 20),
        cell(&crate::t!("col-status"), 10),
    );
    if show_year {
        header.push_str(&format!("{} ", cell(&crate::t!("col-year"), 9)));
    }
    if wide {
        header.push_str(&format!(
            "{} {} ",
            cell(&crate::t!("col-period"), 12),
            cell(&crate::t!("col-students"), 8)
        ));
    }
    header.push_str(&crate::t!("col-evaluation"));
    let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, e) in state.rows.iter().enumerate().skip(skip).take(height) {
        let mut text = format!(
            "{} {} {} ",
            cell(&e.company, 28),
            cell(&e.form.display_label(), 20),
            cell(&e.status.display_label(), 10),
        );
        if show_year {
            text.push_str(&format!("{} ", cell(e.school_year.as_deref().unwrap_or(""), 9)));
        }
        if wide {
            text.push_str(&format!(
                "{} {} ",
                cell(e.period.as_deref().unwrap_or(""), 12),
                cell(&e.students.map(|n| n.to_string()).unwrap_or_default(), 8)
            ));
        }
        let evaluation = match (&e.evaluation, e.rating) {
            (Some(text), Some(rating)) => format!("{}/5 {}", rating, crate::domain::text::one_line(text)),
            (Some(text), None) => crate::domain::text::one_line(text).into_owned(),
            (None, _) => String::new(),
        };
        let line = Line::from(vec![Span::raw(text), Span::styled(evaluation, theme.dim())]);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("engagements-none"), theme.dim())));
    }
    let mut title = crate::t!(
        "engagements-title",
        count = state.total,
        year = state
            .year
            .clone()
            .unwrap_or_else(|| crate::t!("engagements-every-year"))
    );
    if state.rows.len() < state.total {
        title.push_str(&crate::t!("list-first", count = state.rows.len()));
    }
    if let Some(status) = state.status {
        title.push_str(&format!(" · {}", status.display_label()));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(today: NaiveDate) -> State {
        State::new(today)
    }

    fn query(&self, _at: At) -> Query {
        self.query_now()
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        match data {
            Data::Engagements(rows, total) => State::refresh(self, rows, total),
            Data::Places(rows) => {
                if let Some(places) = &mut self.places {
                    places.refresh(rows);
                }
            }
            _ => {}
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

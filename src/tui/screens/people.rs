//! People: every contact person, filtered as you type, windowed like Companies.

use super::{cell, pane};
use super::{narrow, steps, Reply};
use crate::model::people::{PersonFilter, PersonRow};
use crate::model::Id;
use crate::tui::effect::ListOf;
use crate::tui::effect::Want;
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use crate::tui::widgets::id_list::IdList;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('/')], Filter, "filter by name or e-mail", "filter"),
        bind!([Enter], Open, "open", "open"),
        bind!([Char('a')], AddPerson, "add a person (says how: at their company, p)"),
        bind!([Char('V')], Views, "saved views: choose one to list"),
        bind!([Char('S')], SaveView, "keep this filter as a saved view (for the team)"),
        bind!([Char('T')], Experts, "who can speak or advise on a topic"),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
        bind!([Esc], Back, "clear filter / back"),
    ]
};

pub struct State {
    pub filter: PersonFilter,
    pub filtering: bool,
    pub list: IdList<PersonRow>,
}

impl State {
    /// An empty list, filled on first visit.
    pub fn unloaded() -> State {
        State {
            filter: PersonFilter::default(),
            filtering: false,
            list: IdList::default(),
        }
    }

    /// The read that lists the people again (`keep`: where the selection was).
    pub fn listing(&self, keep: bool) -> Want {
        Want::List(Query::People {
            filter: self.filter.clone(),
            keep,
        })
    }

    pub fn page(&self) -> u32 {
        self.list.page.get()
    }

    pub fn selected_id(&self) -> Option<Id> {
        self.list.selected().map(|p| p.id)
    }

    pub fn filter_text(&self) -> &str {
        self.filter.text.as_deref().unwrap_or("")
    }
}

/// What a key does on People.
pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, state.page() as i64) {
        return Reply::rows(ListOf::People, state.list.moved(delta));
    }
    match action {
        Action::Filter => {
            state.filtering = true;
            Reply::nothing()
        }
        // A view's or a topic's filter goes with the typed one.
        Action::Back if state.filter.text.is_none() && state.filter != PersonFilter::default() => {
            state.filter = PersonFilter::default();
            Reply::load(state.listing(false))
        }
        Action::Back => {
            state.filter.text = None;
            narrow(ListOf::People, None, &mut state.list)
        }
        Action::Open => state.selected_id().map(Reply::open_person).unwrap_or_default(),
        Action::AddPerson => Reply::say(crate::t!("people-add-at-company")),
        Action::Views => Reply::form(crate::tui::effect::FormFor::ChooseView(ListOf::People)),
        Action::Experts => Reply {
            form: Some(crate::tui::forms::views::topic_form()),
            ..Reply::default()
        },
        Action::SaveView => Reply::form(crate::tui::effect::FormFor::SaveView(
            crate::tui::change::ViewFilter::People(Box::new(state.filter.clone())),
        )),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(2);
    let filter_line = if state.filtering || !state.filter_text().is_empty() {
        let cursor = if state.filtering { "▏" } else { "" };
        Line::from(vec![
            Span::styled("/", theme.key()),
            Span::raw(format!("{}{cursor}", state.filter_text())),
        ])
    } else {
        Line::from(Span::styled(crate::t!("list-to-filter"), theme.dim()))
    };
    let header = Line::from(Span::styled(
        format!(
            "{} {} {} {}",
            cell(&crate::t!("col-name"), 26),
            cell(&crate::t!("col-company"), 32),
            cell(&crate::t!("col-role"), 18),
            crate::t!("col-email")
        ),
        theme.heading(),
    ));
    let mut lines = vec![filter_line, header];
    for (absolute, p) in state.list.visible(height) {
        let role = p.title.clone().or(p.role.clone()).unwrap_or_default();
        let line = Line::from(format!(
            "{} {} {} {}",
            cell(&p.name, 26),
            cell(p.company.as_deref().unwrap_or(""), 32),
            cell(&role, 18),
            p.email.clone().unwrap_or_default()
        ));
        lines.push(if absolute == state.list.cursor.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.list.cursor.total == 0 {
        let empty = match state.filter.text.is_none() {
            true => crate::t!("people-none-yet"),
            false => crate::t!("people-none"),
        };
        lines.push(super::empty_line(empty, theme));
    }
    let title = format!("{} ({})", crate::t!("tab-people"), state.list.cursor.total);
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::unloaded()
    }

    fn query(&self, _at: At) -> Query {
        Query::People {
            filter: self.filter.clone(),
            keep: true,
        }
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        let Data::People(ids) = data else {
            return Vec::new();
        };
        let window = self.list.listed(ids.base, ids.matches.as_ref(), ids.keep);
        Reply::rows(ListOf::People, Some(window)).effects
    }

    fn on_action(&mut self, action: Action, _at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

//! Companies: a table over every company, filtered as you type, sortable,
//! scrolling through 100k rows: the ids of all matches are held (cheap), the
//! rows only for a window around the selection.

use super::{cell, pane, since, Col};
use super::{narrow, steps, Reply};
use crate::domain::health::Band;
use crate::domain::kinds::CompanyStatus;
use crate::model::companies::{CompanyFilter, CompanyRow, CompanySort};
use crate::model::search::Hit;
use crate::model::Id;
use crate::tui::effect::Want;
use crate::tui::effect::{FormFor, ListOf};
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
use std::collections::{BTreeSet, HashMap};
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('/')], Filter, "filter by name, city or tag", "filter"),
        bind!([Enter], Open, "open", "open"),
        bind!([Char('l')], Log, "log an interaction (at every marked company)", "log"),
        bind!([Char(' ')], Mark, "mark / unmark the company", "mark"),
        bind!([Char('*')], MarkAll, "mark every listed company / none"),
        bind!(
            [Char('B')],
            Bulk,
            "change the marked companies at once: tags, status, owner, cadence (shown first; u undoes)",
            "bulk"
        ),
        bind!(
            [Char('o')],
            CycleSort,
            "sort: name, city, status, last contact, contact due, follow-ups, asked, health",
            "sort"
        ),
        bind!([Char('f')], CycleStatus, "status filter", "status"),
        bind!([Char('m')], ToggleMine, "mine / everyone's"),
        bind!([Char('V')], Views, "saved views: choose one to list"),
        bind!([Char('S')], SaveView, "keep this filter as a saved view (for the team)"),
        bind!(
            [Char('K')],
            Cadence,
            "cadence of a tag or kind: how often to speak to the group (below a company's own)"
        ),
        bind!([Char('a')], AddCompany, "add a company"),
        bind!(
            [Char('e')],
            EditCompany,
            "edit the selected company: owner, tags, status, address, e-mail, phone, motivation"
        ),
        bind!(
            [Char('I')],
            Import,
            "import a spreadsheet or address book (shows what would come in first)",
            "import"
        ),
        bind!([Char('U')], UndoImport, "undo the last import (asks first)"),
        bind!(
            [Char('D')],
            Duplicates,
            "likely duplicates: compare two side by side and merge"
        ),
        bind!(
            [Char('E')],
            Export,
            "export the contact persons of the companies listed (Excel, CSV, vCard)",
            "export"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
        bind!([Esc], Back, "clear filter, then marks"),
    ]
};

pub struct State {
    pub filter: CompanyFilter,
    /// Typing into the filter box (`/`).
    pub filtering: bool,
    pub list: IdList<CompanyRow>,
    pub today: chrono::NaiveDate,
    /// Sorted by health, worst first (computed for every listed company).
    pub by_health: bool,
    /// Health of the loaded rows.
    pub health: HashMap<Id, (u8, Band)>,
    /// Companies marked to log one interaction at all of them (a mailing):
    /// kept while the filter changes, so several filters can add to them.
    pub marked: BTreeSet<Id>,
    /// Company names near a filter that matched nothing, for the text they
    /// were read for, and the one the cursor is on.
    pub near: Option<(String, Vec<Hit>)>,
    pub near_selected: usize,
    /// Listing an organisation's members (`M` on its page): its name, for the title.
    pub members_of: Option<String>,
}

/// How many near names a filter that matched nothing offers.
pub const NEAR_NAMES: usize = 5;

const SORTS: [CompanySort; 6] = [
    CompanySort::Name,
    CompanySort::City,
    CompanySort::Status,
    CompanySort::LastContact,
    CompanySort::ContactDue,
    CompanySort::OpenFollowups,
];

impl State {
    /// An empty list, filled on first visit (the app's reload), so kring
    /// opens on Today without listing every company first.
    pub fn unloaded(today: chrono::NaiveDate) -> State {
        State {
            filter: CompanyFilter::default(),
            filtering: false,
            list: IdList::default(),
            today,
            by_health: false,
            health: HashMap::new(),
            marked: BTreeSet::new(),
            near: None,
            near_selected: 0,
            members_of: None,
        }
    }

    /// Whether to look for near names: the filter holds a word, nothing
    /// matches it, and they were not read for this text yet.
    pub fn wants_near(&self) -> bool {
        let text = self.filter_text();
        text.trim().chars().count() >= 3
            && self.list.cursor.total == 0
            && self.near.as_ref().is_none_or(|(read_for, _)| read_for != text)
    }

    pub fn near_found(&mut self, text: &str, near: Vec<Hit>) {
        if text == self.filter_text() {
            self.near = Some((text.to_string(), near));
            self.near_selected = 0;
        }
    }

    /// The near names, while they belong to the filter and nothing matches.
    pub fn near(&self) -> &[Hit] {
        match &self.near {
            Some((read_for, near)) if read_for == self.filter_text() && self.list.cursor.total == 0 => near,
            _ => &[],
        }
    }

    /// The read that lists the companies again; `keep`: stay where the
    /// selection was (after a change), else start at the top.
    pub fn listing(&self, keep: bool) -> Want {
        Want::List(self.query_keeping(keep))
    }

    fn query_keeping(&self, keep: bool) -> Query {
        Query::Companies {
            filter: self.filter.clone(),
            by_health: self.by_health,
            keep,
        }
    }

    pub fn page(&self) -> u32 {
        self.list.page.get()
    }

    pub fn selected_id(&self) -> Option<Id> {
        self.list.selected().map(|c| c.id)
    }

    /// Name, city, status, last contact, open follow-ups, how often asked
    /// (90 days), health, and round.
    pub fn cycle_sort(&mut self) {
        let at = SORTS.iter().position(|s| *s == self.filter.sort);
        if self.by_health {
            self.by_health = false;
            self.filter.sort = SORTS[0];
        } else if matches!(self.filter.sort, CompanySort::Asked { .. }) {
            self.by_health = true;
        } else if at.is_some_and(|at| at + 1 == SORTS.len()) {
            let days = i64::from(crate::model::teams::ASKED_DAYS);
            self.filter.sort = CompanySort::Asked {
                since: self.today - chrono::Duration::days(days),
            };
        } else {
            self.filter.sort = SORTS[at.map_or(0, |at| at + 1)];
        }
    }

    /// Sorted this way (health off), from the top.
    /// List the current members of an organisation (esc lists all again).
    pub fn members_of(&mut self, organisation: Id, name: String) {
        self.filter.member_of = Some(organisation);
        self.filter.text = None;
        self.members_of = Some(name);
        self.list.cursor.selected = 0;
    }

    pub fn sort_by(&mut self, sort: CompanySort) {
        self.by_health = false;
        self.filter.sort = sort;
    }

    pub fn cycle_status(&mut self) {
        self.filter.status = match self.filter.status {
            None => Some(CompanyStatus::ALL[0]),
            Some(status) => CompanyStatus::ALL.iter().skip_while(|s| **s != status).nth(1).copied(),
        };
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
    Span::styled(format!("{score:>3} {}", band.display_label()), style)
}

fn sort_label(sort: CompanySort) -> String {
    match sort {
        CompanySort::Name => crate::t!("sort-name"),
        CompanySort::City => crate::t!("sort-city"),
        CompanySort::Status => crate::t!("sort-status"),
        CompanySort::LastContact => crate::t!("sort-last-contact"),
        CompanySort::ContactDue => crate::t!("sort-contact-due"),
        CompanySort::OpenFollowups => crate::t!("sort-open-followups"),
        CompanySort::Asked { .. } => crate::t!("sort-asked"),
    }
}

/// What a key does on Companies; `me` is who "mine" means.
pub fn on_action(state: &mut State, action: Action, me: Option<Id>) -> Reply {
    if !state.near().is_empty() {
        if let Some(reply) = on_near_action(state, action) {
            return reply;
        }
    }
    if let Some(delta) = steps(action, state.page() as i64) {
        return Reply::rows(ListOf::Companies, state.list.moved(delta));
    }
    if let Some(reply) = form_for(state, action) {
        return reply;
    }
    match action {
        Action::Filter => state.filtering = true,
        Action::Import => return Reply::form(FormFor::Import),
        Action::EditCompany => {
            return state
                .selected_id()
                .map(|id| Reply::form(FormFor::Company(Some(id))))
                .unwrap_or_default()
        }
        Action::UndoImport => return Reply::load(crate::tui::effect::Want::LastImport),
        Action::Duplicates => return Reply::load(crate::tui::effect::Want::Duplicates { open: true }),
        // The list as shown: its status, owner and the text typed.
        Action::Export => {
            return Reply::form(FormFor::Export(crate::tui::effect::ExportOf::Contacts(Box::new(
                state.filter.clone(),
            ))))
        }
        Action::Back if state.filter_text().is_empty() && !state.marked.is_empty() => {
            state.marked.clear();
            return Reply::say(crate::t!("said-marks-cleared"));
        }
        Action::Back if state.filter_text().is_empty() && state.members_of.is_some() => {
            state.members_of = None;
            state.filter.member_of = None;
            return Reply::load(state.listing(false));
        }
        Action::Back => {
            state.filter.text = None;
            return narrow(ListOf::Companies, None, &mut state.list);
        }
        Action::Open => return state.selected_id().map(Reply::open_company).unwrap_or_default(),
        Action::Log if !state.marked.is_empty() => {
            return Reply::form(FormFor::LogMany(state.marked.iter().copied().collect()))
        }
        Action::Log => {
            return state
                .selected_id()
                .map(|id| Reply::form(FormFor::Log(id)))
                .unwrap_or_default()
        }
        Action::Mark => {
            let Some(id) = state.selected_id() else {
                return Reply::nothing();
            };
            if !state.marked.remove(&id) {
                state.marked.insert(id);
            }
            // On to the next row: marking a run is one key per company.
            return Reply::rows(ListOf::Companies, state.list.moved(1));
        }
        Action::MarkAll => {
            let listed = &state.list.ids;
            if listed.iter().all(|id| state.marked.contains(id)) {
                for id in listed {
                    state.marked.remove(id);
                }
            } else {
                state.marked.extend(listed.iter().copied());
            }
        }
        Action::CycleSort => {
            state.cycle_sort();
            return Reply::load(state.listing(false));
        }
        Action::CycleStatus => {
            state.cycle_status();
            return Reply::load(state.listing(false));
        }
        Action::ToggleMine => {
            state.filter.owner = match state.filter.owner {
                Some(_) => None,
                None => me,
            };
            return Reply::load(state.listing(false));
        }
        Action::AddCompany => return Reply::form(FormFor::Company(None)),
        _ => {}
    }
    Reply::nothing()
}

/// The keys that open a form about the list: a change to the marked
/// companies, a saved view chosen or kept, a group's cadence.
fn form_for(state: &State, action: Action) -> Option<Reply> {
    Some(match action {
        Action::Bulk if state.marked.is_empty() => Reply::say(crate::t!("said-mark-first")),
        Action::Bulk => Reply::form(FormFor::Bulk(state.marked.iter().copied().collect())),
        Action::Views => Reply::form(FormFor::ChooseView(ListOf::Companies)),
        Action::SaveView => Reply::form(FormFor::SaveView(crate::tui::change::ViewFilter::Companies(Box::new(
            state.filter.clone(),
        )))),
        Action::Cadence => Reply {
            form: Some(crate::tui::forms::bulk::cadence_form()),
            ..Reply::default()
        },
        _ => return None,
    })
}

/// With nothing listed, the cursor moves over the near names and enter
/// opens the one it is on.
fn on_near_action(state: &mut State, action: Action) -> Option<Reply> {
    let last = state.near().len() - 1;
    match action {
        Action::Open => {
            let hit = &state.near()[state.near_selected.min(last)];
            Some(Reply::open_company(hit.id))
        }
        _ => {
            let delta = steps(action, state.page() as i64)?;
            state.near_selected = (state.near_selected as i64 + delta).clamp(0, last as i64) as usize;
            Some(Reply::nothing())
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let height = super::inner_height(area).saturating_sub(2);
    let w = widths(area);
    let mut lines = vec![filter_line(state, theme), header(&w, theme)];
    for (absolute, c) in state.list.visible(height) {
        let line = row(c, &w, state, theme);
        lines.push(if absolute == state.list.cursor.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if state.list.cursor.total == 0 {
        // No filter and nothing listed: a new database, so say how to begin.
        let unfiltered =
            state.filter_text().is_empty() && state.filter.status.is_none() && state.filter.owner.is_none();
        let empty = match unfiltered {
            true => crate::t!("companies-none-yet"),
            false => crate::t!("companies-none"),
        };
        lines.push(Line::from(Span::styled(empty, theme.dim())));
        lines.extend(near_lines(state, theme));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title(state), true, theme)), area);
}

/// "Companies (60) · active · mine · sorted by name · 3 marked".
fn title(state: &State) -> String {
    let mut title = crate::t!("companies-title", count = state.list.cursor.total);
    if let Some(status) = state.filter.status {
        title.push_str(&format!(" · {}", status.display_label()));
    }
    if let Some(organisation) = &state.members_of {
        title.push_str(&crate::t!("list-members-of", organisation = organisation.as_str()));
    }
    if state.filter.owner.is_some() {
        title.push_str(&crate::t!("list-mine"));
    }
    let sort = if state.by_health {
        crate::t!("sort-health")
    } else {
        sort_label(state.filter.sort)
    };
    title.push_str(&crate::t!("list-sorted-by", sort = sort));
    if !state.marked.is_empty() {
        title.push_str(&crate::t!("list-marked", count = state.marked.len()));
    }
    title
}

/// The text typed after `/`, or how to type one.
fn filter_line<'a>(state: &'a State, theme: &Theme) -> Line<'a> {
    if state.filtering || !state.filter_text().is_empty() {
        let cursor = if state.filtering { "▏" } else { "" };
        Line::from(vec![
            Span::styled("/", theme.key()),
            Span::raw(format!("{}{cursor}", state.filter_text())),
            Span::styled(crate::t!("companies-filter-hint"), theme.dim()),
        ])
    } else {
        Line::from(Span::styled(crate::t!("list-to-filter"), theme.dim()))
    }
}

/// The name, city, contact and health stay; status, owner, the date of the
/// last contact and the open count go first on a narrow terminal.
fn widths(area: Rect) -> Vec<usize> {
    super::fit(
        area.width.saturating_sub(2) as usize,
        &[
            Col::new(30, 24, 0),
            Col::new(14, 10, 2),
            Col::lesser(8, 8, 5),
            Col::lesser(16, 10, 4),
            Col::lesser(12, 10, 6),
            Col::new(8, 8, 1),
            Col::lesser(5, 4, 3),
            Col::new(13, 12, 0),
        ],
    )
}

fn header(w: &[usize], theme: &Theme) -> Line<'static> {
    Line::from(Span::styled(
        super::cells(
            &[
                &crate::t!("col-name"),
                &crate::t!("col-city"),
                &crate::t!("col-status"),
                &crate::t!("col-owner"),
                &crate::t!("col-last-contact"),
                &crate::t!("col-since"),
                &crate::t!("col-open"),
                &crate::t!("col-health"),
            ],
            w,
        ),
        theme.heading(),
    ))
}

/// One company's row; the days since contact in the warning colour once due.
fn row(c: &CompanyRow, w: &[usize], state: &State, theme: &Theme) -> Line<'static> {
    let overdue = c.contact_due.is_some_and(|due| due < state.today);
    let since_style = if overdue { theme.warning() } else { Default::default() };
    let open = match c.open_followups {
        0 => String::new(),
        n => format!("{n:>4}"),
    };
    Line::from(vec![
        Span::raw(format!(
            "{} ",
            super::cells(
                &[
                    &marked_name(&c.name, state.marked.contains(&c.id)),
                    c.city.as_deref().unwrap_or(""),
                    &c.status.display_label(),
                    c.owner.as_deref().unwrap_or(""),
                    &c.last_contact.map(crate::l10n::date).unwrap_or_default(),
                ],
                &w[..5],
            )
        )),
        Span::styled(cell(&since(c.days_since_contact), w[5]), since_style),
        Span::raw(match w[6] {
            0 => " ".to_string(),
            n => format!(" {} ", cell(&open, n)),
        }),
        health_span(state.health.get(&c.id), theme),
    ])
}

/// "did you mean" and the near names, the one under the cursor selected.
fn near_lines<'a>(state: &'a State, theme: &Theme) -> Vec<Line<'a>> {
    let near = state.near();
    if near.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(crate::t!("companies-near"))];
    for (i, hit) in near.iter().enumerate() {
        let text = match hit.detail.is_empty() {
            true => format!("    {}", hit.title),
            false => format!("    {} · {}", hit.title, hit.detail),
        };
        lines.push(match i == state.near_selected {
            true => Line::from(text).style(theme.selected()),
            false => Line::from(text),
        });
    }
    lines
}

/// A marked company's name starts with a dot, so a mark shows at any width.
fn marked_name(name: &str, marked: bool) -> std::borrow::Cow<'_, str> {
    match marked {
        true => format!("● {name}").into(),
        false => name.into(),
    }
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(today: chrono::NaiveDate) -> State {
        State::unloaded(today)
    }

    fn query(&self, _at: At) -> Query {
        self.query_keeping(true)
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        let Data::Companies(ids) = data else {
            return Vec::new();
        };
        let window = self.list.listed(ids.base, ids.matches.as_ref(), ids.keep);
        Reply::rows(ListOf::Companies, Some(window)).effects
    }

    fn on_action(&mut self, action: Action, at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action, at.me))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

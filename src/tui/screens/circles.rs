//! Circles: the business circles, a circle's members and meetings, and a
//! meeting's attendance (one key per person) and minutes.

use super::{cell, empty_line, pane, Col};
use super::{steps, Reply};
use crate::model::circles::AttendanceStatus;
use crate::model::circles::{CircleRow, Invitee, Meeting, Member};
use crate::model::followups::FollowupRow;
use crate::model::Id;
use crate::tui::effect::{Change, ExportOf, FormFor, Want};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;
/// The keys of the Circles tab.
pub const LIST_KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the circle", "open"),
        bind!([Char('a')], NewCircle, "start a circle", "new circle"),
        bind!(
            [Char('C')],
            Campaigns,
            "campaigns: events and invitation rounds, replies, who came",
            "campaigns"
        ),
        bind!(
            [Char('E')],
            Export,
            "export every circle's meetings as a calendar file (.ics)"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
        bind!([Esc], Back, "back"),
    ]
};

/// The keys of a circle's page.
pub const CIRCLE_KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the meeting", "open"),
        bind!([Char('n')], PlanMeeting, "plan a meeting", "plan"),
        bind!([Char('a')], AddMember, "a company joins the circle", "member"),
        bind!(
            [Char('x'), Delete],
            Delete,
            "the selected member leaves the circle (asks first)"
        ),
        bind!(
            [Char('E')],
            Export,
            "export the circle's meetings as a calendar file (.ics)"
        ),
        bind!([Tab], NextPane, "members / meetings", "pane"),
        bind!([BackTab], PrevPane, "members / meetings"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

/// The keys of a meeting's page.
pub const MEETING_KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('a')], Attended, "attended", "attended"),
        bind!([Char('o')], Apologised, "apologised (afgemeld)", "apologised"),
        bind!([Char('i')], Invited, "invited", "invited"),
        bind!([Char('w')], Minutes, "write the minutes", "minutes"),
        bind!([Char('n')], ActionItem, "new action item (a follow-up)", "action"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

/// The Circles tab.
#[derive(Default)]
pub struct List {
    pub rows: Vec<CircleRow>,
    pub selected: usize,
}

impl List {
    pub fn refresh(&mut self, rows: Vec<CircleRow>) {
        self.rows = rows;
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.rows.len(), delta);
    }

    pub fn current(&self) -> Option<Id> {
        self.rows.get(self.selected).map(|c| c.id)
    }
}

/// One circle: members and meetings, each pane with its own selection.
pub struct Circle {
    pub id: Id,
    pub name: String,
    pub members: Vec<Member>,
    pub meetings: Vec<Meeting>,
    /// The selected meeting.
    pub selected: usize,
    /// The selected member.
    pub member: usize,
    /// Which pane the keys move in.
    pub on_members: bool,
    pub today: String,
}

impl Circle {
    pub fn new(id: Id, name: String, members: Vec<Member>, meetings: Vec<Meeting>, today: chrono::NaiveDate) -> Circle {
        Circle {
            id,
            name,
            members,
            meetings,
            selected: 0,
            member: 0,
            on_members: false,
            today: today.to_string(),
        }
    }

    /// Read again: the selections and the pane stay where they were.
    pub fn refresh(&mut self, fresh: Circle) {
        let (selected, member, on_members) = (self.selected, self.member, self.on_members);
        *self = fresh;
        self.selected = selected.min(self.meetings.len().saturating_sub(1));
        self.member = member.min(self.members.len().saturating_sub(1));
        self.on_members = on_members;
    }

    pub fn step(&mut self, delta: i64) {
        match self.on_members {
            true => self.member = super::stepped(self.member, self.members.len(), delta),
            false => self.selected = super::stepped(self.selected, self.meetings.len(), delta),
        }
    }

    /// The selected member, when the members pane has the keys.
    pub fn current_member(&self) -> Option<&Member> {
        self.members.get(self.member).filter(|_| self.on_members)
    }

    pub fn current_meeting(&self) -> Option<Id> {
        self.meetings.get(self.selected).map(|m| m.id)
    }
}

/// One meeting: who came, the minutes, the action items.
pub struct MeetingPage {
    pub meeting: Meeting,
    pub invitees: Vec<Invitee>,
    pub actions: Vec<FollowupRow>,
    pub selected: usize,
}

impl MeetingPage {
    pub fn new(meeting: Meeting, invitees: Vec<Invitee>, actions: Vec<FollowupRow>) -> MeetingPage {
        MeetingPage {
            meeting,
            invitees,
            actions,
            selected: 0,
        }
    }

    /// Read again: the selection stays where it was.
    pub fn refresh(&mut self, fresh: MeetingPage) {
        let selected = self.selected;
        *self = fresh;
        self.selected = selected.min(self.invitees.len().saturating_sub(1));
    }

    pub fn step(&mut self, delta: i64) {
        self.selected = super::stepped(self.selected, self.invitees.len(), delta);
    }

    pub fn current(&self) -> Option<&Invitee> {
        self.invitees.get(self.selected)
    }
}

/// The agenda as typed, a line per item, under its label (a paragraph
/// would run "voorjaar" into "2. Gastlessen").
fn agenda_lines(agenda: &str, theme: &Theme) -> Vec<Line<'static>> {
    let mut items = agenda.lines();
    let first = Line::from(vec![
        Span::styled(format!("{:<8}", crate::t!("meeting-agenda")), theme.dim()),
        Span::raw(items.next().unwrap_or("").to_string()),
    ]);
    std::iter::once(first)
        .chain(items.map(|item| Line::from(format!("{:8}{item}", ""))))
        .collect()
}

/// How far page up and down move in these short lists.
const PAGE: i64 = 10;

fn row_style(selected: bool, theme: &Theme) -> Style {
    if selected {
        theme.selected()
    } else {
        Style::default()
    }
}

/// What a key does on the Circles tab.
pub fn on_list_action(state: &mut List, action: Action) -> Reply {
    if let Some(delta) = steps(action, PAGE) {
        state.step(delta);
        return Reply::nothing();
    }
    match action {
        Action::Open => {
            if let Some(id) = state.current() {
                return Reply::load(Want::Circle { id, open: true });
            }
        }
        Action::NewCircle => return Reply::form(FormFor::NewCircle),
        Action::Campaigns => return Reply::load(Want::Campaigns { open: true }),
        Action::Export => return Reply::form(FormFor::Export(ExportOf::Meetings(None))),
        _ => {}
    }
    Reply::nothing()
}

/// What a key does on a circle's page: tab moves between its members and
/// its meetings; a member leaves only after a yes.
pub fn on_circle_action(state: &mut Circle, action: Action) -> Reply {
    if let Some(delta) = steps(action, PAGE) {
        state.step(delta);
        return Reply::nothing();
    }
    match action {
        Action::NextPane | Action::PrevPane => state.on_members = !state.on_members,
        Action::Open if state.on_members => {
            if let Some(m) = state.current_member() {
                return Reply::open_company(m.company_id);
            }
        }
        Action::Open => {
            if let Some(id) = state.current_meeting() {
                return Reply::load(Want::Meeting { id, open: true });
            }
        }
        Action::PlanMeeting => return Reply::form(FormFor::PlanMeeting(state.id)),
        Action::AddMember => return Reply::form(FormFor::AddMember(state.id)),
        Action::Export => return Reply::form(FormFor::Export(ExportOf::Meetings(Some(state.id)))),
        Action::Delete => {
            let Some(m) = state.current_member() else {
                return Reply::say(crate::t!("circle-choose-member"));
            };
            if !m.current {
                return Reply::say(crate::t!("circle-member-gone", name = m.company.as_str()));
            }
            return Reply {
                ask: Some((
                    crate::t!(
                        "ask-leave-circle",
                        company = m.company.as_str(),
                        circle = state.name.as_str()
                    ),
                    Change::RemoveMember {
                        circle: state.id,
                        company: m.company_id,
                        name: m.company.clone(),
                    },
                )),
                ..Reply::default()
            };
        }
        _ => {}
    }
    Reply::nothing()
}

/// A meeting: attendance with one key per person; minutes and action items in forms.
pub fn on_meeting_action(state: &mut MeetingPage, action: Action) -> Reply {
    let meeting = state.meeting.id;
    if let Some(delta) = steps(action, PAGE) {
        state.step(delta);
        return Reply::nothing();
    }
    let status = match action {
        Action::Attended => AttendanceStatus::Attended,
        Action::Apologised => AttendanceStatus::Apologised,
        Action::Invited => AttendanceStatus::Invited,
        Action::Minutes => return Reply::form(FormFor::Minutes(meeting)),
        Action::ActionItem => return Reply::form(FormFor::ActionItem(meeting)),
        _ => return Reply::nothing(),
    };
    match state.current() {
        Some(p) => Reply::save(Change::Attend {
            meeting,
            person: p.person_id,
            status,
        }),
        None => Reply::nothing(),
    }
}

pub fn draw_list(frame: &mut Frame, area: Rect, state: &List, theme: &Theme) {
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{} {} {}",
            cell(&crate::t!("col-circle"), 44),
            cell(&crate::t!("col-members"), 8),
            crate::t!("col-next-meeting")
        ),
        theme.heading(),
    ))];
    if state.rows.is_empty() {
        lines.push(empty_line(crate::t!("circles-none"), theme));
    }
    for (i, c) in state.rows.iter().enumerate() {
        let line = Line::from(format!(
            "{} {:>7}  {}",
            cell(&c.name, 44),
            c.members,
            c.next_meeting.clone().unwrap_or_default()
        ));
        lines.push(line.style(row_style(i == state.selected, theme)));
    }
    frame.render_widget(
        Paragraph::new(lines).block(pane(crate::t!("circles-title"), true, theme)),
        area,
    );
}

pub fn draw_circle(frame: &mut Frame, area: Rect, state: &Circle, theme: &Theme) {
    let [members_area, meetings_area] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let mut lines = Vec::new();
    for (i, m) in state.members.iter().enumerate() {
        let state_text = match m.left_on {
            Some(left) => crate::t!("circles-left", date = crate::l10n::date(left)),
            None => String::new(),
        };
        let room = (members_area.width.saturating_sub(2) as usize).saturating_sub(state_text.chars().count() + 1);
        let w = super::fit(room, &[Col::new(32, 16, 0), Col::lesser(16, 8, 1)]);
        let line = Line::from(vec![
            Span::raw(format!(
                "{} ",
                super::cells(&[&m.company, m.city.as_deref().unwrap_or("")], &w)
            )),
            Span::styled(state_text, theme.dim()),
        ]);
        lines.push(line.style(row_style(state.on_members && i == state.member, theme)));
    }
    if lines.is_empty() {
        lines.push(empty_line(crate::t!("circles-no-members"), theme));
    }
    let current = state.members.iter().filter(|m| m.current).count();
    let height = super::inner_height(members_area) as usize;
    let skip = state.member.saturating_sub(height.saturating_sub(1)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((skip, 0)).block(pane(
            crate::t!("circles-members", count = current),
            state.on_members,
            theme,
        )),
        members_area,
    );
    let mut lines = Vec::new();
    for (i, m) in state.meetings.iter().enumerate() {
        let when = if m.starts_at.as_str() >= state.today.as_str() {
            crate::t!("circles-upcoming")
        } else {
            crate::t!("circles-held")
        };
        // The moment and whether it is to come stay; the place gives way.
        let room = (meetings_area.width.saturating_sub(2) as usize).saturating_sub(when.chars().count() + 1);
        let w = super::fit(room, &[Col::new(16, 16, 0), Col::new(28, 0, 1)]);
        let line = Line::from(vec![
            Span::raw(format!(
                "{} ",
                super::cells(&[&m.starts_at, m.place.as_deref().unwrap_or("")], &w)
            )),
            Span::styled(when, theme.dim()),
        ]);
        lines.push(line.style(row_style(!state.on_members && i == state.selected, theme)));
    }
    if lines.is_empty() {
        lines.push(empty_line(crate::t!("circles-no-meetings"), theme));
    }
    let height = super::inner_height(meetings_area) as usize;
    let skip = state.selected.saturating_sub(height.saturating_sub(1)) as u16;
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip, 0))
            .block(pane(crate::t!("circles-meetings"), !state.on_members, theme)),
        meetings_area,
    );
}

pub fn draw_meeting(frame: &mut Frame, area: Rect, state: &MeetingPage, theme: &Theme) {
    let [left, right] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let mut lines = Vec::new();
    let mut company = None;
    let mut selected_line = 0;
    for (i, p) in state.invitees.iter().enumerate() {
        if company != Some(p.company_id) {
            lines.push(Line::from(Span::styled(p.company.clone(), theme.heading())));
            company = Some(p.company_id);
        }
        if i == state.selected {
            selected_line = lines.len();
        }
        let (mark, style) = match p.status.as_deref() {
            Some("attended") => (format!("[x] {:<10}", crate::t!("key-attended")), theme.good()),
            Some("apologised") => (format!("[-] {:<10}", crate::t!("key-apologised")), theme.warning()),
            Some(_) => (format!("[ ] {:<10}", crate::t!("key-invited")), Style::default()),
            None => (format!("[ ] {:<10}", ""), theme.dim()),
        };
        lines.push(
            Line::from(vec![
                Span::styled(format!("  {mark} "), style),
                Span::raw(p.name.clone()),
            ])
            .style(row_style(i == state.selected, theme)),
        );
    }
    if lines.is_empty() {
        lines.push(empty_line(crate::t!("meeting-no-invitees"), theme));
    }
    let m = &state.meeting;
    let came = state
        .invitees
        .iter()
        .filter(|p| p.status.as_deref() == Some("attended"))
        .count();
    let title = crate::t!(
        "meeting-title",
        circle = m.circle.as_str(),
        at = m.starts_at.as_str(),
        came = came
    );
    let height = super::inner_height(left) as usize;
    let skip = selected_line.saturating_sub(height.saturating_sub(1)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((skip, 0)).block(pane(title, true, theme)),
        left,
    );

    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{:<8}", crate::t!("meeting-place")), theme.dim()),
        Span::raw(m.place.clone().unwrap_or_default()),
    ])];
    lines.extend(agenda_lines(m.agenda.as_deref().unwrap_or(""), theme));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(crate::t!("meeting-actions"), theme.heading())));
    if state.actions.is_empty() {
        lines.push(empty_line(crate::t!("meeting-no-actions"), theme));
    }
    for f in &state.actions {
        let done = if f.done_at.is_some() {
            crate::t!("meeting-done")
        } else {
            String::new()
        };
        lines.push(Line::from(format!(
            "{} {}: {}{done}",
            crate::l10n::date(f.due),
            f.company,
            f.action
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(crate::t!("meeting-minutes"), theme.heading())));
    match &m.minutes {
        Some(text) => lines.extend(text.lines().map(|l| Line::from(l.to_string()))),
        None => lines.push(empty_line(crate::t!("meeting-no-minutes"), theme)),
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(pane(crate::t!("meeting-pane"), false, theme)),
        right,
    );
}

impl TabScreen for List {
    const KEYS: &'static [Binding] = LIST_KEYS;

    fn new(_today: chrono::NaiveDate) -> List {
        List::default()
    }

    fn query(&self, _at: At) -> Query {
        Query::Circles
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Circles(rows) = data {
            List::refresh(self, rows);
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, _at: At) -> crate::Result<Reply> {
        Ok(on_list_action(self, action))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw_list(frame, area, self, theme)
    }
}

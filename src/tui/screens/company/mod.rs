//! Company detail: the fields, people (current and former), open follow-ups,
//! the timeline newest first, and contact per month over the last year.

use super::{cell, empty_line, pane, Col};
use super::{mark_done, snooze_to, snooze_week, Reply};
use crate::model::audit::Change;
use crate::model::companies::Company;
use crate::model::engagements::Engagement;
use crate::model::followups::FollowupRow;
use crate::model::health::CompanyHealth;
use crate::model::interactions::TimelineEntry;
use crate::model::page::CompanyPage;
use crate::model::people::Contact;
use crate::model::questions::Question;
use crate::model::teams::{Asked, RecentContact};
use crate::tui::effect::{Change as Save, FormFor, Want};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::theme::Theme;
mod fields;

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('l')], Log, "log an interaction", "log"),
        bind!([Char('e')], Edit, "edit the company, or the selected entry", "edit"),
        bind!(
            [Char('E')],
            EditCompany,
            "edit the company itself: owner, tags, status, address, e-mail, phone, motivation",
            "company"
        ),
        bind!([Enter], Open, "open / edit the selected entry", "open"),
        bind!(
            [Char('x'), Delete],
            Delete,
            "delete the selected interaction or follow-up"
        ),
        bind!([Char('d')], Done, "mark the selected follow-up done"),
        bind!([Char('s')], Snooze, "snooze the selected follow-up a week"),
        bind!([Char('S')], SnoozeTo, "snooze to a date"),
        bind!([Char('p')], AddPerson, "add a contact person"),
        bind!(
            [Char('R')],
            Recognise,
            "record an SBB recognition (erkend leerbedrijf) for a programme"
        ),
        bind!(
            [Char('A')],
            Archive,
            "archive the company, its history kept (asks first; u takes it back)"
        ),
        bind!(
            [Char('o')],
            OpenDocument,
            "open a linked document (agreement, letter, minutes)"
        ),
        bind!(
            [Char('L')],
            Attach,
            "link a document: a path or web address (never copied)"
        ),
        bind!(
            [Char('Q')],
            AddQuestion,
            "a question the company brings: an assignment, research, a guest lecture…"
        ),
        bind!(
            [Char('W')],
            Export,
            "write the company's sheet, what we did together this school year (HTML)"
        ),
        bind!(
            [Char('P')],
            Places,
            "places offered for a programme and period, and filled"
        ),
        bind!([Char('Z')], Rest, "rest: the company asked for no new asks until a day"),
        bind!([Char('M')], Members, "the organisation's members, on the Companies tab"),
        bind!(
            [Char('U')],
            EndTies,
            "a membership, or a colleague's role or job there, ends"
        ),
        bind!(
            [Char('N')],
            Network,
            "network: member of an association, who opened the door, another school's ask, a colleague's tie"
        ),
        bind!(
            [Char('c')],
            AddEngagement,
            "add a collaboration (internship, guest lecture…)"
        ),
        bind!([Char('H')], ToggleHistory, "timeline / history of changes"),
        bind!([Tab], NextPane, "next pane", "pane"),
        bind!([BackTab], PrevPane, "previous pane"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    People,
    Followups,
    Timeline,
}

pub struct State {
    pub company: Company,
    pub contacts: Vec<Contact>,
    pub followups: Vec<FollowupRow>,
    pub timeline: Vec<TimelineEntry>,
    /// Interactions in all: the timeline is read a page at a time, the next
    /// when the selection reaches the last one read.
    pub timeline_total: u64,
    pub activity: Vec<(String, u64)>,
    pub health: Option<CompanyHealth>,
    /// How health moved since the oldest month kept.
    pub health_trend: Option<crate::model::health::HealthTrend>,
    /// Documents linked to it (`o` opens one).
    pub attachments: Vec<crate::model::attachments::Attachment>,
    pub engagements: Vec<Engagement>,
    /// Questions the company brought that are still open.
    pub questions: Vec<Question>,
    /// SBB recognitions, per programme (crebo).
    pub recognitions: Vec<crate::model::recognition::Recognition>,
    /// Another team's contact lately (see `store::teams`).
    pub recent_contacts: Vec<RecentContact>,
    pub asked: Asked,
    /// Memberships, introductions, places, staff ties, a rest period.
    pub network: crate::model::page::CompanyNetwork,
    /// The history of changes, shown instead of the timeline (`H`).
    pub history: Option<Vec<Change>>,
    /// How many changes of the history are scrolled out above.
    pub history_scroll: usize,
    pub pane: Pane,
    pub selected: [usize; 3],
}

impl State {
    pub fn new(page: CompanyPage, history: Option<Vec<Change>>) -> State {
        State {
            company: page.company,
            contacts: page.contacts,
            followups: page.followups,
            timeline: page.timeline,
            timeline_total: page.timeline_total,
            activity: page.activity,
            health: page.health,
            health_trend: page.health_trend,
            attachments: page.attachments,
            engagements: page.engagements,
            questions: page.questions,
            recognitions: page.recognitions,
            recent_contacts: page.recent_contacts,
            asked: page.asked,
            network: page.network,
            history,
            history_scroll: 0,
            pane: Pane::Timeline,
            selected: [0; 3],
        }
    }

    /// Read again: the pane and selections stay where they were.
    pub fn refresh(&mut self, fresh: State) {
        let (pane, selected, scroll) = (self.pane, self.selected, self.history_scroll);
        *self = fresh;
        self.pane = pane;
        self.selected = selected;
        self.history_scroll = scroll.min(self.history.as_ref().map_or(0, |h| h.len().saturating_sub(1)));
        self.clamp();
    }

    /// With the selection on the last interaction read, where the next page
    /// starts (so the timeline goes back to the very first contact).
    pub fn more_to_read(&self) -> Option<u64> {
        let read = self.timeline.len();
        let at_end = self.pane == Pane::Timeline && self.selected[2] + 1 >= read;
        (at_end && (read as u64) < self.timeline_total).then_some(read as u64)
    }

    /// The next page of the timeline, if it follows what was read.
    pub fn read_more(&mut self, from: u64, entries: Vec<TimelineEntry>) {
        if from == self.timeline.len() as u64 {
            self.timeline.extend(entries);
        }
    }

    fn len(&self, pane: Pane) -> usize {
        match pane {
            Pane::People => self.contacts.len(),
            Pane::Followups => self.followups.len(),
            Pane::Timeline => self.timeline.len(),
        }
    }

    fn clamp(&mut self) {
        for (i, pane) in [Pane::People, Pane::Followups, Pane::Timeline].into_iter().enumerate() {
            self.selected[i] = self.selected[i].min(self.len(pane).saturating_sub(1));
        }
    }

    pub fn next_pane(&mut self, forward: bool) {
        self.pane = match (self.pane, forward) {
            (Pane::People, true) | (Pane::Timeline, false) => Pane::Followups,
            (Pane::Followups, true) | (Pane::People, false) => Pane::Timeline,
            (Pane::Timeline, true) | (Pane::Followups, false) => Pane::People,
        };
    }

    pub fn step(&mut self, delta: i64) {
        // The history shown in the timeline's place scrolls, a change at a time.
        if let (Pane::Timeline, Some(history)) = (self.pane, &self.history) {
            let last = history.len().saturating_sub(1) as i64;
            self.history_scroll = (self.history_scroll as i64 + delta).clamp(0, last) as usize;
            return;
        }
        let n = self.len(self.pane) as i64;
        let i = self.pane as usize;
        if n > 0 {
            self.selected[i] = (self.selected[i] as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn selected_contact(&self) -> Option<&Contact> {
        (self.pane == Pane::People)
            .then(|| self.contacts.get(self.selected[0]))
            .flatten()
    }

    pub fn selected_followup(&self) -> Option<&FollowupRow> {
        (self.pane == Pane::Followups)
            .then(|| self.followups.get(self.selected[1]))
            .flatten()
    }

    pub fn selected_interaction(&self) -> Option<&TimelineEntry> {
        (self.pane == Pane::Timeline)
            .then(|| self.timeline.get(self.selected[2]))
            .flatten()
    }
}

/// What a key does on a company's page.
pub fn on_action(state: &mut State, action: Action, today: chrono::NaiveDate) -> crate::Result<Reply> {
    let company = state.company.id;
    let interaction = state.selected_interaction().cloned();
    let followup = state.selected_followup().cloned();
    let contact = state.selected_contact().map(|c| c.id);
    Ok(match action {
        Action::Up | Action::PageUp | Action::Top => {
            state.step(match action {
                Action::Up => -1,
                Action::PageUp => -10,
                _ => -(i32::MAX as i64),
            });
            Reply::nothing()
        }
        Action::Down | Action::PageDown | Action::Bottom => {
            state.step(match action {
                Action::Down => 1,
                Action::PageDown => 10,
                _ => i32::MAX as i64,
            });
            match state.more_to_read() {
                Some(from) => Reply::load(Want::MoreTimeline { company, from }),
                None => Reply::nothing(),
            }
        }
        Action::NextPane | Action::PrevPane => {
            state.next_pane(action == Action::NextPane);
            Reply::nothing()
        }
        Action::Log => Reply::form(FormFor::Log(company)),
        Action::EditCompany => Reply::form(FormFor::Company(Some(company))),
        Action::Recognise => {
            let (form, purpose) = crate::tui::forms::recognitions::recognise_form(company, &state.company.name);
            Reply {
                form: Some((form, purpose)),
                ..Reply::default()
            }
        }
        Action::AddEngagement => Reply::form(FormFor::NewEngagement(company)),
        Action::Export => Reply::form(FormFor::Export(crate::tui::effect::ExportOf::CompanySheet(company))),
        Action::OpenDocument if state.attachments.is_empty() => Reply::say(crate::t!("cli-no-attachments")),
        Action::OpenDocument => Reply::form(FormFor::OpenDocument(company)),
        Action::Attach => Reply::form(FormFor::Attach(crate::model::attachments::AttachedTo::Company(company))),
        Action::AddQuestion => Reply::form(FormFor::AddQuestion(company)),
        Action::Archive => ask_archive(state),
        Action::Rest => Reply {
            form: Some(crate::tui::forms::network::rest_form(&state.company)),
            ..Reply::default()
        },
        Action::EndTies => Reply {
            form: Some(crate::tui::forms::network::end_ties_form(company, &state.company.name)),
            ..Reply::default()
        },
        Action::Members => Reply {
            go: Some(super::Go::Members(company, state.company.name.clone())),
            ..Reply::default()
        },
        Action::Network => Reply {
            form: Some(crate::tui::forms::network::network_form(company, &state.company.name)),
            ..Reply::default()
        },
        Action::Places => Reply {
            form: Some(crate::tui::forms::network::places_form(company, &state.company.name)),
            ..Reply::default()
        },
        Action::Open | Action::Edit => match (&interaction, contact, &followup) {
            (Some(entry), _, _) => Reply::form(FormFor::EditInteraction(entry.id)),
            (_, Some(id), _) if action == Action::Open => Reply::open_person(id),
            (_, Some(id), _) => Reply::form(FormFor::Person {
                id: Some(id),
                company: None,
            }),
            (_, _, Some(f)) => Reply::form(FormFor::EditFollowup(f.id)),
            _ if action == Action::Edit => Reply::form(FormFor::Company(Some(company))),
            _ => Reply::nothing(),
        },
        Action::Delete => ask_delete(interaction.as_ref(), followup.as_ref()),
        Action::Done => mark_done(followup.as_ref())?,
        Action::Snooze => snooze_week(followup.map(|f| (f.id, f.due)), today)?,
        Action::SnoozeTo => match followup {
            Some(f) => snooze_to(Some(f.id))?,
            None => Reply::say(crate::t!("company-select-followup")),
        },
        Action::AddPerson => Reply::form(FormFor::Person {
            id: None,
            company: Some(company),
        }),
        Action::ToggleHistory => Reply::load(Want::Company {
            id: company,
            open: false,
            history: state.history.is_none(),
        }),
        _ => Reply::nothing(),
    })
}

/// Ask before deleting the selected interaction or follow-up.
/// Archive the company shown (or bring it back), after asking.
fn ask_archive(state: &State) -> Reply {
    let c = &state.company;
    Reply {
        ask: Some((
            crate::t!("company-ask-archive", name = c.name.as_str()),
            Save::Archive {
                company: c.id,
                name: c.name.clone(),
                archived: !c.archived,
            },
        )),
        ..Reply::default()
    }
}

fn ask_delete(interaction: Option<&TimelineEntry>, followup: Option<&FollowupRow>) -> Reply {
    let ask = match (interaction, followup) {
        (None, Some(f)) => (
            crate::t!(
                "company-ask-delete-followup",
                action = f.action.as_str(),
                due = crate::l10n::date(f.due)
            ),
            Save::DeleteFollowup(f.id),
        ),
        (Some(entry), _) => (
            crate::t!(
                "company-ask-delete-interaction",
                kind = entry.kind.display_label(),
                on = crate::l10n::date(entry.on)
            ),
            Save::DeleteInteraction(entry.id),
        ),
        (None, None) => return Reply::say(crate::t!("company-select-entry")),
    };
    Reply {
        ask: Some(ask),
        ..Reply::default()
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [top, bottom] = Layout::vertical([Constraint::Length(11), Constraint::Min(6)]).areas(area);
    // Below 100 columns the fields take the whole width: the chart goes first.
    let chart = if area.width >= 100 { 40 } else { 0 };
    let [fields_area, chart_area] = Layout::horizontal([Constraint::Min(40), Constraint::Length(chart)]).areas(top);
    let [left, timeline_area] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(bottom);
    let [people_area, followups_area] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(left);
    fields::draw_fields(frame, fields_area, state, theme);
    if chart > 0 {
        let block = pane(crate::t!("company-per-month"), false, theme);
        crate::tui::widgets::activity::monthly_bars(frame, chart_area, block, &state.activity, theme);
    }
    draw_people(frame, people_area, state, theme);
    draw_followups(frame, followups_area, state, theme);
    draw_timeline(frame, timeline_area, state, theme);
}

fn selected_style(state: &State, pane: Pane, index: usize, theme: &Theme) -> Style {
    if state.pane == pane && state.selected[pane as usize] == index {
        theme.selected()
    } else {
        Style::default()
    }
}

fn draw_people(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let mut lines = Vec::new();
    if state.contacts.is_empty() {
        lines.push(empty_line(crate::t!("company-no-people"), theme));
    }
    for (i, p) in state.contacts.iter().enumerate() {
        let role = p.title.clone().unwrap_or_else(|| p.role.display_label());
        let reach = p.phone.clone().or(p.email.clone()).unwrap_or_default();
        let mut flags = Vec::new();
        if !p.current {
            flags.push(Span::styled(crate::t!("company-former"), theme.dim()));
        }
        if p.do_not_contact {
            flags.push(Span::styled(crate::t!("company-do-not-contact"), theme.warning()));
        }
        // The name and role stay; the phone or e-mail goes first, and the
        // flags after them always show.
        let flagged: usize = flags.iter().map(|f| f.width()).sum();
        let room = (area.width.saturating_sub(2) as usize).saturating_sub(flagged);
        let w = super::fit(
            room,
            &[Col::new(22, 16, 0), Col::new(16, 10, 1), Col::lesser(20, 12, 2)],
        );
        let mut spans = vec![Span::raw(super::cells(&[&p.name, &role, &reach], &w))];
        spans.extend(flags);
        lines.push(Line::from(spans).style(selected_style(state, Pane::People, i, theme)));
    }
    let focused = state.pane == Pane::People;
    let skip = scroll_for(state.selected[0], area);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip, 0))
            .block(pane(crate::t!("tab-people"), focused, theme)),
        area,
    );
}

fn draw_followups(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let mut lines = Vec::new();
    if state.followups.is_empty() {
        lines.push(empty_line(crate::t!("followups-none").trim().to_string(), theme));
    }
    for (i, f) in state.followups.iter().enumerate() {
        let due_style = if f.days_overdue > 0 {
            theme.overdue()
        } else {
            Style::default()
        };
        let line = Line::from(vec![
            Span::styled(format!("{} ", crate::l10n::date(f.due)), due_style),
            Span::raw(format!("{} ", cell(&f.action, 34))),
            Span::styled(f.staff.clone().unwrap_or_default(), theme.dim()),
        ]);
        lines.push(line.style(selected_style(state, Pane::Followups, i, theme)));
    }
    let focused = state.pane == Pane::Followups;
    let skip = scroll_for(state.selected[1], area);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip, 0))
            .block(pane(crate::t!("company-open-followups"), focused, theme)),
        area,
    );
}

/// Changes newest first, from the `scroll`th on (↑/↓ and the page keys scroll).
fn draw_history(frame: &mut Frame, area: Rect, changes: &[Change], scroll: usize, theme: &Theme) {
    let mut lines = Vec::new();
    if changes.is_empty() {
        lines.push(empty_line(crate::t!("company-no-changes"), theme));
    }
    for c in changes.iter().skip(scroll) {
        let subject = match (c.entity.as_str(), c.entity_id) {
            ("company", _) => String::new(),
            (entity, Some(id)) => format!(" {entity} #{id}"),
            (entity, None) => format!(" {entity}"),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", c.at.get(..16).unwrap_or(&c.at)), theme.heading()),
            Span::raw(format!("{}{subject}", c.action)),
            Span::styled(format!(" · {}", c.staff.clone().unwrap_or_default()), theme.dim()),
        ]));
        if let Some(serde_json::Value::Object(map)) = &c.detail {
            for (key, value) in map.iter().filter(|(k, _)| k.as_str() != "company") {
                let text = match value {
                    serde_json::Value::Array(pair) if pair.len() == 2 => {
                        format!("{key}: {} → {}", show(&pair[0]), show(&pair[1]))
                    }
                    other => format!("{key}: {}", show(other)),
                };
                lines.push(Line::from(format!("  {text}")));
            }
        }
    }
    let mut title = crate::t!("company-history", count = changes.len());
    if scroll > 0 {
        title.push_str(&crate::t!("history-from", from = scroll + 1));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

fn show(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn draw_timeline(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if let Some(changes) = &state.history {
        return draw_history(frame, area, changes, state.history_scroll, theme);
    }
    let mut lines = Vec::new();
    let mut selected_line = 0;
    if state.timeline.is_empty() {
        lines.push(empty_line(crate::t!("company-no-interactions"), theme));
    }
    let width = area.width.saturating_sub(8) as usize;
    for (i, entry) in state.timeline.iter().enumerate() {
        if state.pane == Pane::Timeline && state.selected[2] == i {
            selected_line = lines.len();
        }
        let with = if entry.persons.is_empty() {
            String::new()
        } else {
            format!(" · {}", entry.persons.join(", "))
        };
        let style = selected_style(state, Pane::Timeline, i, theme);
        lines.push(
            Line::from(vec![
                Span::styled(format!("{} ", crate::l10n::date(entry.on)), theme.heading()),
                Span::raw(entry.kind.display_label()),
                Span::styled(
                    format!(" · {}{with}", entry.staff.clone().unwrap_or_default()),
                    theme.dim(),
                ),
            ])
            .style(style),
        );
        for text in entry.summary.lines().take(2) {
            lines.push(Line::from(format!("  {}", cell(text, width).trim_end())).style(style));
        }
        if let Some(outcome) = &entry.outcome {
            lines.push(Line::from(format!("  → {}", cell(outcome, width).trim_end())).style(style));
        }
    }
    let focused = state.pane == Pane::Timeline;
    let height = super::inner_height(area) as usize;
    let skip = selected_line.saturating_sub(height.saturating_sub(3)) as u16;
    let title = crate::t!(
        "company-timeline",
        shown = crate::l10n::shown_of(state.timeline.len(), state.timeline_total)
    );
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip, 0))
            .block(pane(title, focused, theme)),
        area,
    );
}

fn scroll_for(selected: usize, area: Rect) -> u16 {
    let height = super::inner_height(area) as usize;
    selected.saturating_sub(height.saturating_sub(1)) as u16
}

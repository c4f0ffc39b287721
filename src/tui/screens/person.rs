//! Person detail: contact details, where they work and worked, and the
//! interactions they took part in.

use super::Reply;
use super::{cell, empty_line, pane};
use crate::model::interactions::TimelineEntry;
use crate::model::people::Person;
use crate::model::Id;
use crate::tui::effect::FormFor;
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('e')], Edit, "edit the person", "edit"),
        bind!([Enter], Open, "open the selected company", "open"),
        bind!([Char('l')], Log, "log an interaction at their company", "log"),
        bind!(
            [Char('L')],
            PersonLeft,
            "they left the selected company: a successor, or a follow-up to find one"
        ),
        bind!([Char('A')], Alumnus, "a former student of ours: programme and year"),
        bind!([Char('I')], Introduced, "who opened the door to them"),
        bind!(
            [Char('D')],
            Attach,
            "link a document to them: a path or web address (never copied)"
        ),
        bind!(
            [Char('M')],
            MovePerson,
            "moved to another company: the job here ends, one there begins"
        ),
        bind!(
            [Char('W')],
            Export,
            "write everything kring holds about them (JSON), for a request of access"
        ),
        bind!(
            [Char('X')],
            Erase,
            "erase them for good (GDPR/AVG): asks first, cannot be taken back"
        ),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

pub struct State {
    pub person: Person,
    pub timeline: Vec<TimelineEntry>,
    /// Selected employment.
    pub selected: usize,
}

impl State {
    pub fn new(person: Person, timeline: Vec<TimelineEntry>) -> State {
        State {
            person,
            timeline,
            selected: 0,
        }
    }

    /// Read again: the selection stays where it was.
    pub fn refresh(&mut self, fresh: State) {
        let selected = self.selected;
        *self = fresh;
        self.selected = selected.min(self.person.employments.len().saturating_sub(1));
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.person.employments.len() as i64;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }

    pub fn selected_company(&self) -> Option<Id> {
        self.person.employments.get(self.selected).map(|e| e.company_id)
    }

    /// The company they work at now, if any.
    pub fn current_company(&self) -> Option<Id> {
        self.person.employments.iter().find(|e| e.current).map(|e| e.company_id)
    }
}

/// What a key does on a person's page.
pub fn on_action(state: &mut State, action: Action) -> Reply {
    match action {
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::Edit => {
            return Reply::form(FormFor::Person {
                id: Some(state.person.id),
                company: None,
            })
        }
        Action::Open => return state.selected_company().map(Reply::open_company).unwrap_or_default(),
        Action::PersonLeft => return left(state),
        Action::MovePerson => {
            return Reply {
                form: Some(crate::tui::forms::records::move_form(&state.person)),
                ..Reply::default()
            }
        }
        Action::Export => return Reply::form(FormFor::Export(crate::tui::effect::ExportOf::Person(state.person.id))),
        Action::Attach => {
            return Reply::form(FormFor::Attach(crate::model::attachments::AttachedTo::Person(
                state.person.id,
            )))
        }
        Action::Erase => {
            return Reply {
                ask: Some((
                    crate::t!("person-ask-erase", name = state.person.name.as_str()),
                    crate::tui::effect::Change::ErasePerson {
                        id: state.person.id,
                        name: state.person.name.clone(),
                    },
                )),
                ..Reply::default()
            }
        }
        Action::Introduced => {
            return Reply {
                form: Some(crate::tui::forms::network::introduced_form(
                    state.person.id,
                    &state.person.name,
                )),
                ..Reply::default()
            }
        }
        Action::Alumnus => {
            return Reply {
                form: Some(crate::tui::forms::network::alumnus_form(&state.person)),
                ..Reply::default()
            }
        }
        Action::Log => {
            return match state.current_company() {
                Some(company) => Reply::form(FormFor::Log(company)),
                None => Reply::say(crate::t!("person-no-company")),
            }
        }
        _ => {}
    }
    Reply::nothing()
}

/// The form for leaving the selected job (or the current one).
fn left(state: &State) -> Reply {
    let job = state
        .person
        .employments
        .get(state.selected)
        .filter(|e| e.current)
        .or_else(|| state.person.employments.iter().find(|e| e.current));
    match job {
        Some(job) => Reply {
            form: Some(crate::tui::forms::network::left_form(
                state.person.id,
                &state.person.name,
                job.company_id,
                &job.company,
            )),
            ..Reply::default()
        },
        None => Reply::say(crate::t!("person-no-company")),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let p = &state.person;
    let [top, bottom] = Layout::vertical([
        Constraint::Length(6 + p.employments.len().min(6) as u16),
        Constraint::Min(4),
    ])
    .areas(area);
    // The labels' column: as wide as the language's longest label, and two.
    let labels = [
        crate::t!("person-email"),
        crate::t!("person-phone"),
        crate::t!("person-notes"),
        crate::t!("cli-person-mailing"),
    ];
    let w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{:<w$}", crate::t!("person-email")), theme.dim()),
            Span::raw(p.email.clone().unwrap_or_default()),
        ]),
        Line::from(vec![
            Span::styled(format!("{:<w$}", crate::t!("person-phone")), theme.dim()),
            Span::raw(p.phone.clone().unwrap_or_default()),
        ]),
        Line::from(vec![
            Span::styled(format!("{:<w$}", crate::t!("person-notes")), theme.dim()),
            Span::raw(p.notes.clone().unwrap_or_default()),
        ]),
        Line::from(vec![
            Span::styled(format!("{:<w$}", crate::t!("cli-person-mailing")), theme.dim()),
            Span::raw(p.basis_said()),
        ]),
    ];
    for (i, e) in p.employments.iter().enumerate() {
        let period = match (e.since, e.until) {
            (Some(s), Some(u)) => format!("{} – {}", crate::l10n::date(s), crate::l10n::date(u)),
            (Some(s), None) => crate::t!("person-since", date = crate::l10n::date(s)),
            _ => String::new(),
        };
        let role = e.title.clone().unwrap_or_else(|| e.role.display_label());
        let line = Line::from(vec![
            Span::raw(format!("{} {} {period}", cell(&e.company, 32), cell(&role, 18))),
            Span::styled(
                if e.current {
                    String::new()
                } else {
                    crate::t!("person-former")
                },
                theme.dim(),
            ),
        ]);
        lines.push(if i == state.selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    let mut title = format!("{} #{}", p.name, p.id);
    if p.do_not_contact {
        title.push_str(&crate::t!("person-do-not-contact"));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), top);

    let mut lines = Vec::new();
    if state.timeline.is_empty() {
        lines.push(empty_line(crate::t!("person-no-interactions"), theme));
    }
    for entry in &state.timeline {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", crate::l10n::date(entry.on)), theme.heading()),
            Span::raw(format!("{} · {}", entry.kind.display_label(), entry.company)),
            Span::styled(format!(" · {}", entry.staff.clone().unwrap_or_default()), theme.dim()),
        ]));
        if let Some(first) = entry.summary.lines().next() {
            lines.push(Line::from(format!("  {first}")));
        }
    }
    frame.render_widget(
        Paragraph::new(lines).block(pane(crate::t!("person-interactions"), false, theme)),
        bottom,
    );
}

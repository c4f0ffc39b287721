//! One module per screen: its state, how it takes what the runner read, what
//! its keys do (`on_action`, answering with a [`Reply`]), and how it draws.
//! Drawing reads state only; no screen reaches the store.

pub mod circles;
pub mod companies;
pub mod company;
pub mod duplicates;
pub mod engagements;
pub mod followups;
pub mod goals;
pub mod health;
pub mod log;
pub mod people;
pub mod person;
pub mod questions;
pub mod search;
pub mod staff;
pub mod today;

use crate::model::followups::FollowupRow;
use crate::model::Id;
use crate::tui::effect::{Change, Effect, FormFor, ListOf, Want};
use crate::tui::forms::{self, Purpose};
use crate::tui::theme::Theme;
use crate::tui::widgets::form::Form;
use crate::tui::widgets::id_list::IdList;
use crate::{Error, Result};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

/// A bordered pane with a title; highlighted when it has the focus.
pub fn pane<'a>(title: impl Into<String>, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused { theme.focus_border() } else { theme.dim() };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(format!(" {} ", title.into()), theme.heading()))
}

/// Rows of a pane that fit between its borders.
pub fn inner_height(area: Rect) -> u32 {
    area.height.saturating_sub(2) as u32
}

/// Text cut to `width` characters, with `…` when cut, padded to the width;
/// control characters shown as stand-ins (the CLI's sanitiser, shared).
pub fn cell(text: &str, width: usize) -> String {
    crate::domain::text::fit(text, width)
}

/// "today", "3d ago", "never".
pub fn since(days: Option<i64>) -> String {
    match days {
        None => crate::t!("since-never"),
        Some(0) => crate::t!("since-today"),
        Some(d) => crate::t!("since-days", days = d),
    }
}

pub fn empty_line<'a>(text: impl Into<std::borrow::Cow<'a, str>>, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(text.into(), theme.dim()))
}

/// Another tab to show (a heading's whole list).
pub enum Go {
    Tab(crate::tui::app::Tab),
    /// Companies, sorted so.
    Companies(crate::model::companies::CompanySort),
}

/// What a screen's key asks of the app: effects to run, and what to say,
/// ask or open on top.
#[derive(Default)]
pub struct Reply {
    pub effects: Vec<Effect>,
    pub go: Option<Go>,
    pub say: Option<String>,
    /// A yes/no question, and the change a yes makes.
    pub ask: Option<(String, Change)>,
    pub form: Option<(Form, Purpose)>,
}

impl From<Vec<Effect>> for Reply {
    fn from(effects: Vec<Effect>) -> Reply {
        Reply {
            effects,
            ..Reply::default()
        }
    }
}

impl Reply {
    pub fn nothing() -> Reply {
        Reply::default()
    }

    pub fn load(want: Want) -> Reply {
        vec![Effect::Load(want)].into()
    }

    pub fn save(change: Change) -> Reply {
        vec![Effect::Save(change)].into()
    }

    pub fn form(what: FormFor) -> Reply {
        vec![Effect::OpenForm(what)].into()
    }

    pub fn say(text: impl Into<String>) -> Reply {
        Reply {
            say: Some(text.into()),
            ..Reply::default()
        }
    }

    pub fn open_company(id: Id) -> Reply {
        Reply::load(Want::Company {
            id,
            open: true,
            history: false,
        })
    }

    pub fn open_person(id: Id) -> Reply {
        Reply::load(Want::Person { id, open: true })
    }

    /// The window of rows a long list needs read.
    pub fn rows(list: ListOf, window: Option<crate::tui::widgets::id_list::Window>) -> Reply {
        match window {
            Some(w) => Reply::load(Want::Rows {
                list,
                start: w.start,
                ids: w.ids,
            }),
            None => Reply::nothing(),
        }
    }
}

/// `d`: mark the selected follow-up done (`u` right after reopens it).
pub fn mark_done(followup: Option<&FollowupRow>) -> Result<Reply> {
    let f = followup.ok_or_else(|| Error::invalid(crate::t!("select-followup-first")))?;
    Ok(Reply::save(Change::Complete {
        followup: f.id,
        what: format!("{} ({})", f.action, f.company),
    }))
}

/// `s`: snooze the selected follow-up a week from today.
pub fn snooze_week(followup: Option<Id>, today: NaiveDate) -> Result<Reply> {
    let id = followup.ok_or_else(|| Error::invalid(crate::t!("select-followup-first")))?;
    Ok(Reply::save(Change::Snooze {
        followup: id,
        to: today + chrono::Duration::days(7),
    }))
}

/// `S`: ask until when to snooze the selected follow-up.
pub fn snooze_to(followup: Option<Id>) -> Result<Reply> {
    let id = followup.ok_or_else(|| Error::invalid(crate::t!("select-followup-first")))?;
    Ok(Reply {
        form: Some(forms::snooze_form(id)),
        ..Reply::default()
    })
}

/// The text after `/` changed: match it, or with none, show the whole list.
pub fn narrow<T>(list: ListOf, text: Option<&String>, ids: &mut IdList<T>) -> Reply {
    match text {
        Some(text) => Reply::load(Want::Matches(list, text.clone())),
        None => {
            ids.narrow(None);
            Reply::rows(list, Some(ids.window()))
        }
    }
}

/// Up, down, a page, the top or the bottom of a list of `page` rows: how far.
pub fn steps(action: crate::tui::keymap::Action, page: i64) -> Option<i64> {
    use crate::tui::keymap::Action;
    match action {
        Action::Up => Some(-1),
        Action::Down => Some(1),
        Action::PageUp => Some(-page),
        Action::PageDown => Some(page),
        Action::Top => Some(-(i32::MAX as i64)),
        Action::Bottom => Some(i32::MAX as i64),
        _ => None,
    }
}

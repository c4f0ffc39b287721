//! One module per screen: its state, how it takes what the runner read, what
//! its keys do (`on_action`, answering with a [`Reply`]), and how it draws.
//! Drawing reads state only; no screen reaches the store.

pub mod campaigns;
pub mod circles;
pub mod companies;
pub mod company;
pub mod duplicates;
pub mod engagements;
pub mod followups;
pub mod goals;
pub mod health;
pub mod inbox;
pub mod log;
pub mod offers;
pub mod people;
pub mod person;
pub mod places;
pub mod questions;
pub mod search;
pub mod staff;
mod tabs;
pub mod today;

pub use tabs::{At, TabScreen};

use crate::model::followups::FollowupRow;
use crate::model::Id;
use crate::tui::effect::{Change, Effect, FormFor, ListOf, Want};
use crate::tui::forms::{self, Purpose};
use crate::tui::keymap::{self, Action, Binding, Context};
use crate::tui::tab::{Tab, TABS};
use crate::tui::theme::Theme;
use crate::tui::widgets::form::Form;
use crate::tui::widgets::id_list::IdList;
use crate::{Error, Result};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

tabs::tabs! {
    Today: today: today::State,
    Companies: companies: companies::State,
    People: people: people::State,
    Followups: followups: followups::State,
    Circles: circles: circles::List,
    Goals: goals: goals::State,
    Questions: questions: questions::State,
    Engagements: engagements: engagements::State,
    Health: health: health::State,
    Staff: staff: staff::State,
    Inbox: inbox: inbox::State,
}

/// The pages opened on top of a tab, by their keys' context.
pub const PAGES: [Context; 7] = [
    Context::Company,
    Context::Person,
    Context::Circle,
    Context::Meeting,
    Context::Duplicates,
    Context::Log,
    Context::Campaigns,
];

/// The keys of a context: an overlay's own, or a screen's own followed by
/// moving, the tabs and the global keys. Dispatch, the status bar and the
/// help all read this, so they cannot disagree.
pub fn bindings(context: Context) -> Box<dyn Iterator<Item = &'static Binding>> {
    if let Some(own) = keymap::overlay_bindings(context) {
        return Box::new(own);
    }
    let own = match context {
        Context::Tab(tab) => Tabs::keys(tab),
        Context::Company => company::KEYS,
        Context::Person => person::KEYS,
        Context::Circle => circles::CIRCLE_KEYS,
        Context::Meeting => circles::MEETING_KEYS,
        Context::Duplicates => duplicates::KEYS,
        Context::Log => log::KEYS,
        Context::Campaigns => campaigns::KEYS,
        Context::Form | Context::Confirm | Context::Search | Context::Filter => unreachable!("an overlay"),
    };
    Box::new(keymap::screen_bindings(own))
}

pub fn action_for(context: Context, event: &crossterm::event::KeyEvent) -> Option<Action> {
    keymap::find(bindings(context), event)
}

/// `key label` pairs for the status bar.
pub fn bar(context: Context) -> Vec<(String, &'static str)> {
    keymap::bar(bindings(context))
}

/// Every context: the tabs, the pages and the overlays (for the help and
/// the documentation checks).
pub fn all_contexts() -> Vec<Context> {
    TABS.iter()
        .map(|tab| Context::Tab(*tab))
        .chain(PAGES)
        .chain(Context::OVERLAYS)
        .collect()
}

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

/// A column of a list: the width it would like, the least it can do with,
/// how soon it gives way (higher: sooner), and whether it may go entirely.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub ideal: usize,
    pub min: usize,
    pub order: u8,
    pub droppable: bool,
}

impl Col {
    pub const fn new(ideal: usize, min: usize, order: u8) -> Col {
        Col {
            ideal,
            min,
            order,
            droppable: false,
        }
    }

    /// A lesser column: it goes when there is no room for it.
    pub const fn lesser(ideal: usize, min: usize, order: u8) -> Col {
        Col {
            ideal,
            min,
            order,
            droppable: true,
        }
    }
}

/// Column widths that fill `room` (one space between columns): the columns
/// that give way first shrink to their least, then lesser columns go
/// (width 0), what is left over goes back to the most important ones, and
/// the last column takes the rest.
pub fn fit(room: usize, cols: &[Col]) -> Vec<usize> {
    let mut widths: Vec<usize> = cols.iter().map(|c| c.ideal).collect();
    let total = |w: &[usize]| {
        let shown = w.iter().filter(|w| **w > 0).count();
        w.iter().sum::<usize>() + shown.saturating_sub(1)
    };
    let mut by_order: Vec<usize> = (0..cols.len()).collect();
    by_order.sort_by_key(|i| std::cmp::Reverse(cols[*i].order));
    for &i in &by_order {
        let over = total(&widths).saturating_sub(room);
        widths[i] -= over.min(widths[i] - cols[i].min.min(widths[i]));
    }
    for &i in by_order.iter().filter(|i| cols[**i].droppable) {
        if total(&widths) <= room {
            break;
        }
        widths[i] = 0;
    }
    // Room left after a column went: back to the most important first.
    for &i in by_order.iter().rev() {
        let spare = room.saturating_sub(total(&widths));
        if widths[i] > 0 {
            widths[i] += spare.min(cols[i].ideal - widths[i]);
        }
    }
    // The last shown column takes what is still left over (free text, as a
    // rule), or the cut past the least of everything.
    if let Some(last) = widths.iter().rposition(|w| *w > 0) {
        let (now, over) = (total(&widths), total(&widths).saturating_sub(room));
        widths[last] = (widths[last] + room.saturating_sub(now)).saturating_sub(over);
    }
    widths
}

/// The cells of a row at these widths, a space between (a column of width
/// 0 is left out).
pub fn cells(values: &[&str], widths: &[usize]) -> String {
    values
        .iter()
        .zip(widths)
        .filter(|(_, w)| **w > 0)
        .map(|(v, w)| cell(v, *w))
        .collect::<Vec<_>>()
        .join(" ")
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
    Tab(Tab),
    /// Companies, sorted so.
    Companies(crate::model::companies::CompanySort),
    /// The current members of an organisation (its id and name), on the Companies tab.
    Members(crate::model::Id, String),
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

    /// Try the change first and ask about what it would do.
    pub fn preview(change: Change) -> Reply {
        vec![Effect::Preview(change)].into()
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

/// `s`: snooze the selected follow-up (its id and due date) a week on:
/// from its date, or from today when that is past.
pub fn snooze_week(followup: Option<(Id, NaiveDate)>, today: NaiveDate) -> Result<Reply> {
    let (id, due) = followup.ok_or_else(|| Error::invalid(crate::t!("select-followup-first")))?;
    Ok(Reply::save(Change::Snooze {
        followup: id,
        to: crate::domain::dates::snoozed(due, today),
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
/// A selection moved `delta` rows within a list of `len` (0 when empty).
pub fn stepped(selected: usize, len: usize, delta: i64) -> usize {
    if len == 0 {
        0
    } else {
        (selected as i64 + delta).clamp(0, len as i64 - 1) as usize
    }
}

pub fn steps(action: Action, page: i64) -> Option<i64> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in all_contexts() {
            let keys: Vec<keymap::Key> = bindings(context).flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} bound twice in {context:?}");
            }
        }
    }

    #[test]
    fn columns_give_way_in_order_and_lesser_ones_go() {
        let cols = [
            Col::new(30, 12, 1),
            Col::lesser(14, 8, 3),
            Col::new(44, 16, 2),
            Col::new(16, 8, 0),
        ];
        assert_eq!(
            fit(200, &cols),
            vec![30, 14, 44, 109],
            "room for all; the last takes the rest"
        );
        let narrow = fit(78, &cols);
        assert!(narrow.iter().sum::<usize>() + 3 <= 78, "{narrow:?}");
        assert_eq!(narrow[3], 16, "the most important keeps its width: {narrow:?}");
        assert_eq!(
            fit(50, &cols),
            vec![12, 8, 16, 11],
            "the least important give way first"
        );
        let tiny = fit(40, &cols);
        assert_eq!(tiny[1], 0, "the lesser column went: {tiny:?}");
        assert!(tiny.iter().sum::<usize>() + 2 <= 40, "{tiny:?}");
        assert!(tiny[0] >= 12 && tiny[2] >= 16 && tiny[3] >= 8, "{tiny:?}");
    }
}

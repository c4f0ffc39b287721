//! The TUI's model and update: which screen is shown, what overlay is open,
//! and how a message changes them. A key resolves through the keymap to an
//! `Action`; `update` changes state and returns `Effect`s — reads and writes
//! as data — which the runner carries out, answering with messages. Nothing
//! here touches the database, so a test can drive the app with messages it
//! makes itself. Drawing (view.rs) only reads this state; each screen keeps
//! its own behaviour in its module (see `on_*` below for the dispatch).

mod lists;
mod overlays;
mod pages;

pub use overlays::{Confirmed, Overlay};
pub use pages::Page;

use super::effect::{Change, Effect, ListOf, Loaded, Msg, Want};
use super::forms::{self};
use super::keymap::{Action, Context};
use super::screens::{self, search, At, Reply, Tabs};
pub use super::tab::{Tab, TABS};
use super::theme::Theme;
use super::widgets::id_list::Window;
use crate::model::Id;
use crate::{Error, Result};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;

pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub tab: Tab,
    pub pages: Vec<Page>,
    pub overlay: Option<Overlay>,
    /// Every tab's state (`screens::Tabs`, made from the list of tabs).
    pub tabs: Tabs,
    pub message: Option<Message>,
    pub theme: Theme,
    pub quit: bool,
    /// The day relative dates are read against; moves on at midnight.
    pub date: NaiveDate,
    /// The staff member kring acts for ("mine", the owner of a new company).
    pub me: Option<Id>,
    /// How far back another team's contact with a company is news.
    pub collision_days: u32,
    /// The retention review's period (`retention_years` in the config).
    pub retention_years: u32,
    /// The database's data version when the app last read it (the runner's `sync`).
    pub(super) seen_version: i64,
    /// The follow-up marked done by the last key (and how it reads), which `u` reopens.
    /// What takes back the change the last key made (`u`), if anything does.
    last_change: Option<Box<Change>>,
    /// The change being saved is an undo.
    undoing: bool,
    /// The tabs whose lists were read since the last change (kring's own or
    /// another process's): going back to one shows it as it was left
    /// instead of reading it again (100k companies take 20 ms to list).
    fresh: Vec<Tab>,
    /// The tabs whose lists were ever read: the ones worth reading again
    /// ahead, while idle, after a change.
    seen_tabs: Vec<Tab>,
}

/// The effect of reading `want`.
fn load(want: Want) -> Vec<Effect> {
    vec![Effect::Load(want)]
}

fn rows(list: ListOf, window: Window) -> Vec<Effect> {
    load(Want::Rows {
        list,
        start: window.start,
        ids: window.ids,
    })
}

impl App {
    /// An app with nothing read yet, on the Today screen.
    pub fn empty(theme: Theme, date: NaiveDate, me: Option<Id>) -> App {
        App {
            tab: Tab::Today,
            pages: Vec::new(),
            overlay: None,
            tabs: Tabs::new(date),
            message: None,
            theme,
            quit: false,
            date,
            me,
            collision_days: crate::model::teams::COLLISION_DAYS,
            retention_years: 2,
            seen_version: 0,
            last_change: None,
            undoing: false,
            fresh: Vec::new(),
            seen_tabs: Vec::new(),
        }
    }

    /// Change state for one message; return what to read or write next.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        if matches!(msg, Msg::Saved { .. } | Msg::DataChanged | Msg::NewDay(_)) {
            self.fresh.clear();
        }
        if let Msg::Loaded(loaded) = &msg {
            if let Some(tab) = loaded.tab() {
                for tabs in [&mut self.fresh, &mut self.seen_tabs] {
                    if !tabs.contains(&tab) {
                        tabs.push(tab);
                    }
                }
            }
        }
        let effects = match msg {
            Msg::Key(key) => self.on_key_event(key),
            Msg::Loaded(loaded) => Ok(self.loaded(loaded)),
            Msg::Saved { change, made, undo } => Ok(self.saved(change, made, undo)),
            Msg::Refused(error) => Ok(self.refused(error)),
            Msg::Failed(error) => Err(error),
            Msg::DataChanged => Ok(self.reload()),
            Msg::NewDay(day) => Ok(self.day_turned(day)),
            Msg::Previewed(change, preview) => Ok(self.previewed(change, *preview)),
        };
        effects.unwrap_or_else(|error| {
            self.say_error(error);
            Vec::new()
        })
    }

    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Form(..)) => return Context::Form,
            Some(Overlay::Confirm { .. }) => return Context::Confirm,
            Some(Overlay::Search(_)) => return Context::Search,
            Some(Overlay::Help(_)) | None => {}
        }
        if self.filter_typing() {
            return Context::Filter;
        }
        self.screen_context()
    }

    /// The context of the screen under any overlay (what `?` helps with).
    pub fn screen_context(&self) -> Context {
        match (self.pages.last(), self.tab) {
            (Some(page), _) => page.context(),
            (None, tab) => Context::Tab(tab),
        }
    }

    fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    fn say_error(&mut self, error: Error) {
        self.message = Some(Message {
            text: error.to_string(),
            error: true,
        });
    }

    /// Past midnight: "today" moves on and every list is read again (what
    /// was due tomorrow is due today).
    fn day_turned(&mut self, day: NaiveDate) -> Vec<Effect> {
        self.date = day;
        self.tabs.companies.today = day;
        self.say(format!("a new day: {day}"));
        let mut effects = load(self.listing_of(Tab::Today));
        effects.extend(load(self.listing_of(Tab::Followups)));
        effects.extend(self.reload());
        effects
    }

    /// Read again what is on screen (after a change, or another process's).
    pub fn reload(&self) -> Vec<Effect> {
        match self.pages.last() {
            Some(page) => page.reread().map(load).unwrap_or_default(),
            None => load(self.listing_of(self.tab)),
        }
    }

    /// What reads a tab's list as it is filtered and sorted now.
    fn listing_of(&self, tab: Tab) -> Want {
        Want::List(self.tabs.query(tab, self.at()))
    }

    /// What a screen knows of the app: the day, and who I am.
    pub fn at(&self) -> At {
        At {
            today: self.date,
            me: self.me,
            retention_years: self.retention_years,
        }
    }

    /// What was read goes where it belongs: a tab's list, a page, a long
    /// list's window, or what an overlay asked for.
    fn loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        match loaded {
            Loaded::List(data) => self.tabs.refresh(data),
            Loaded::NearCompanies(text, near) => {
                self.tabs.companies.near_found(&text, near);
                Vec::new()
            }
            Loaded::Circle { .. }
            | Loaded::Meeting { .. }
            | Loaded::Company { .. }
            | Loaded::MoreTimeline { .. }
            | Loaded::Person { .. }
            | Loaded::Duplicates(..)
            | Loaded::Log(..)
            | Loaded::Campaigns(..)
            | Loaded::MoreLog(..) => self.page_loaded(loaded),
            Loaded::Matches(..) | Loaded::CompanyRows { .. } | Loaded::PersonRows { .. } => self.listed(loaded),
            loaded => self.overlay_loaded(loaded),
        }
    }

    /// A change went through: the form that asked closes, the status bar
    /// says so, and what is shown is read again.
    fn saved(&mut self, change: Change, made: Option<Id>, undo: Option<Box<Change>>) -> Vec<Effect> {
        // Taking back a change is not itself taken back with another u.
        self.last_change = match self.undoing {
            true => None,
            false => undo,
        };
        if change.from_form() && matches!(self.overlay, Some(Overlay::Form(..))) {
            self.overlay = None;
        }
        match &change {
            Change::LogMany { .. } | Change::Bulk(_) => self.tabs.companies.marked.clear(),
            // A campaign just made is the one shown next.
            Change::AddCampaign(_) | Change::CopyCampaign { .. } => {
                if let Some(Page::Campaigns(state)) = self.pages.last_mut() {
                    state.select = made;
                }
            }
            // An erased person's page has nothing left to show.
            Change::ErasePerson { .. } => {
                if matches!(self.pages.last(), Some(Page::Person(_))) {
                    self.pages.pop();
                }
            }
            // A saved view is listed on its tab, with its filter.
            Change::ApplyView {
                filter: Some(filter), ..
            } => self.show_view(filter.clone()),
            // Attendance goes on to the next person: one key each.
            Change::Attend { .. } => {
                if let Some(Page::Meeting(state)) = self.pages.last_mut() {
                    state.step(1);
                }
            }
            _ => {}
        }
        let mut said = change.said(made);
        if std::mem::take(&mut self.undoing) {
            said = crate::t!("said-undone", what = said);
        }
        if !said.is_empty() {
            self.say(said);
        }
        self.reload()
    }

    /// A change was refused; nothing was changed. An open form shows why
    /// next to the field and keeps what was typed.
    fn refused(&mut self, error: Error) -> Vec<Effect> {
        let undoing = std::mem::take(&mut self.undoing);
        match (&mut self.overlay, error) {
            (Some(Overlay::Form(form, purpose)), error) => forms::refused(form, purpose, error),
            // An undo that would write over a colleague's change since.
            (_, Error::Conflict(conflict)) if undoing => self.say_error(Error::Invalid(crate::t!(
                "undo-conflict",
                field = crate::l10n::noun(&conflict.column.replace('_', " ")),
                who = conflict.by.clone().unwrap_or_else(|| crate::t!("someone-else")),
                value = conflict.current.clone().unwrap_or_default()
            ))),
            (_, error) => self.say_error(error),
        }
        Vec::new()
    }

    fn on_key_event(&mut self, key: KeyEvent) -> Result<Vec<Effect>> {
        if self.overlay.is_some() {
            return self.on_overlay_key(key);
        }
        if self.filter_typing() {
            return Ok(self.on_filter_key(key));
        }
        let Some(action) = screens::action_for(self.context(), &key) else {
            return Ok(Vec::new());
        };
        self.message = None;
        // Undo is for the key right before, nothing older.
        let last = self.last_change.take();
        if action == Action::Undo {
            let undo = last.ok_or_else(|| Error::invalid(crate::t!("nothing-to-undo")))?;
            self.undoing = true;
            return Ok(vec![Effect::Save(*undo)]);
        }
        self.on_action(action)
    }

    fn on_action(&mut self, action: Action) -> Result<Vec<Effect>> {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(Overlay::Help(0)),
            Action::Search => self.overlay = Some(Overlay::Search(search::State::default())),
            Action::Refresh => {
                self.say(crate::t!("reloaded"));
                self.fresh.clear();
                return Ok(self.reload());
            }
            Action::Go(tab) => return Ok(self.go(tab)),
            Action::NextPane | Action::PrevPane if self.pages.is_empty() => {
                let at = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
                let step = if action == Action::NextPane { 1 } else { TABS.len() - 1 };
                return Ok(self.go(TABS[(at + step) % TABS.len()]));
            }
            Action::Back if !self.pages.is_empty() => {
                self.pages.pop();
                if self.pages.is_empty() && self.fresh.contains(&self.tab) {
                    return Ok(Vec::new());
                }
                return Ok(self.reload());
            }
            _ => return self.on_screen_action(action),
        }
        Ok(Vec::new())
    }

    /// A saved view's filter on its tab (the tab's order kept), shown.
    fn show_view(&mut self, filter: crate::tui::change::ViewFilter) {
        use crate::tui::change::ViewFilter;
        match filter {
            ViewFilter::Companies(filter) => {
                let companies = &mut self.tabs.companies;
                companies.members_of = None;
                companies.filter = crate::model::companies::CompanyFilter {
                    sort: companies.filter.sort,
                    ..*filter
                };
                self.tab = Tab::Companies;
            }
            ViewFilter::People(filter) => {
                self.tabs.people.filter = *filter;
                self.tab = Tab::People;
            }
        }
        self.pages.clear();
    }

    fn go(&mut self, tab: Tab) -> Vec<Effect> {
        self.pages.clear();
        self.tab = tab;
        if self.fresh.contains(&tab) {
            return Vec::new();
        }
        self.reload()
    }

    /// The keys of the screen on top: each screen says what they do.
    fn on_screen_action(&mut self, action: Action) -> Result<Vec<Effect>> {
        let date = self.date;
        let reply = match (self.pages.last_mut(), self.tab) {
            (Some(page), _) => page.on_action(action, date)?,
            (None, tab) => self.tabs.on_action(tab, action, self.at())?,
        };
        Ok(self.apply(reply))
    }

    /// Say, ask or open what a screen's reply holds; run its effects.
    fn apply(&mut self, reply: Reply) -> Vec<Effect> {
        match reply.go {
            Some(super::screens::Go::Tab(tab)) => return self.go(tab),
            Some(super::screens::Go::Companies(sort)) => {
                self.tabs.companies.sort_by(sort);
                self.tabs.companies.filter.text = None;
                return self.go(Tab::Companies);
            }
            Some(super::screens::Go::Members(organisation, name)) => {
                self.tabs.companies.members_of(organisation, name);
                // Another list than the one read: read it, whatever was fresh.
                self.fresh.retain(|t| *t != Tab::Companies);
                return self.go(Tab::Companies);
            }
            None => {}
        }
        if let Some(text) = reply.say {
            self.say(text);
        }
        if let Some((question, change)) = reply.ask {
            self.overlay = Some(Overlay::Confirm {
                question,
                then: Confirmed::Save(change),
                under: None,
            });
        }
        if let Some((mut form, purpose)) = reply.form {
            form.today = Some(self.date);
            self.overlay = Some(Overlay::Form(Box::new(form), purpose));
        }
        reply.effects
    }

    /// What to read once typing pauses: near names for a search box that
    /// found nothing (not on every keystroke: it reads every name), or a
    /// list shown before that a change has made stale.
    pub fn wanted_when_idle(&mut self) -> Option<Want> {
        match &self.overlay {
            Some(Overlay::Search(state)) if state.wants_near() => Some(Want::NearNames(state.query.clone())),
            Some(Overlay::Search(state)) if state.wants_totals() => Some(Want::SearchTotals(state.query.clone())),
            None if self.tab == Tab::Companies && self.pages.is_empty() && self.tabs.companies.wants_near() => {
                Some(Want::NearCompanies(self.tabs.companies.filter_text().to_string()))
            }
            // After a change, a list shown before is read again ahead, one
            // a pause, so that going back to it waits for nothing.
            // Counted as read from here on, so that a read that fails is
            // not tried again at every pause.
            None => {
                let tab = *self.seen_tabs.iter().find(|tab| !self.fresh.contains(tab))?;
                self.fresh.push(tab);
                Some(self.listing_of(tab))
            }
            _ => None,
        }
    }
}

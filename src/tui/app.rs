//! The TUI's model and update: which screen is shown, what overlay is open,
//! and how a message changes them. A key resolves through the keymap to an
//! `Action`; `update` changes state and returns `Effect`s — reads and writes
//! as data — which the runner carries out, answering with messages. Nothing
//! here touches the database, so a test can drive the app with messages it
//! makes itself. Drawing (view.rs) only reads this state; each screen keeps
//! its own behaviour in its module (see `on_*` below for the dispatch).

use super::effect::{Change, Effect, HandoverOrder, ImportOrder, ListOf, Loaded, Msg, Want};
use super::forms::{self, Purpose};
use super::keymap::{Action, Context};
use super::screens::{self, circles, company, duplicates, log, narrow, person, search, At, Reply, Tabs};
pub use super::tab::{Tab, TABS};
use super::theme::Theme;
use super::widgets::form::{Form, FormOutcome};
use super::widgets::id_list::Window;
use crate::model::Id;
use crate::{Error, Result};
use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A detail page opened on top of a tab; Esc goes back.
pub enum Page {
    Company(Box<company::State>),
    Person(Box<person::State>),
    Circle(Box<circles::Circle>),
    Meeting(Box<circles::MeetingPage>),
    Duplicates(Box<duplicates::State>),
    Log(Box<log::State>),
}

pub enum Overlay {
    /// The keys of the screen beneath, scrolled this many lines down.
    Help(usize),
    Search(search::State),
    Form(Box<Form>, Purpose),
    Confirm {
        question: String,
        then: Confirmed,
        under: Option<Box<Overlay>>,
    },
}

/// What a "yes" to a confirmation does.
#[derive(Debug, Clone)]
pub enum Confirmed {
    /// Make this change (a deletion).
    Save(Change),
    /// Add this record although one like it exists; `o` opens that one instead.
    AddAnyway {
        change: Change,
        existing: Want,
    },
    DiscardForm,
    Quit,
}

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
            (Some(Page::Company(_)), _) => Context::Company,
            (Some(Page::Person(_)), _) => Context::Person,
            (Some(Page::Circle(_)), _) => Context::Circle,
            (Some(Page::Meeting(_)), _) => Context::Meeting,
            (Some(Page::Duplicates(_)), _) => Context::Duplicates,
            (Some(Page::Log(_)), _) => Context::Log,
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
        load(match self.pages.last() {
            Some(Page::Company(state)) => Want::Company {
                id: state.company.id,
                open: false,
                history: state.history.is_some(),
            },
            Some(Page::Person(state)) => Want::Person {
                id: state.person.id,
                open: false,
            },
            Some(Page::Circle(state)) => Want::Circle {
                id: state.id,
                open: false,
            },
            Some(Page::Meeting(state)) => Want::Meeting {
                id: state.meeting.id,
                open: false,
            },
            Some(Page::Duplicates(_)) => Want::Duplicates { open: false },
            // The log only grows at its top; what was read stays as it is.
            Some(Page::Log(_)) => return Vec::new(),
            None => self.listing_of(self.tab),
        })
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
        }
    }

    /// What was read goes where it belongs: a new page, the page it
    /// refreshes, or a list.
    fn loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        match loaded {
            Loaded::List(data) => return self.tabs.refresh(data),
            Loaded::HandoverPlan(order, plan) => {
                // The dry run is shown and asked about; only a yes moves anything.
                self.overlay = Some(Overlay::Confirm {
                    question: crate::t!(
                        "ask-handover",
                        companies = plan.companies.len(),
                        followups = plan.followups.len(),
                        from = plan.leaver.as_str(),
                        to = plan.to.as_str(),
                        path = order.dossier.display().to_string()
                    ),
                    then: Confirmed::Save(Change::Handover(Box::new(HandoverOrder {
                        confirmed: true,
                        ..*order
                    }))),
                    under: None,
                });
            }
            Loaded::Circle {
                id,
                name,
                members,
                meetings,
                open,
            } => {
                let fresh = circles::Circle::new(id, name, members, meetings, self.date);
                match self.pages.last_mut() {
                    Some(Page::Circle(state)) if !open && state.id == id => state.refresh(fresh),
                    _ if open => self.pages.push(Page::Circle(Box::new(fresh))),
                    _ => {}
                }
            }
            Loaded::Meeting {
                meeting,
                invitees,
                actions,
                open,
            } => {
                let fresh = circles::MeetingPage::new(meeting, invitees, actions);
                match self.pages.last_mut() {
                    Some(Page::Meeting(state)) if !open && state.meeting.id == fresh.meeting.id => state.refresh(fresh),
                    _ if open => self.pages.push(Page::Meeting(Box::new(fresh))),
                    _ => {}
                }
            }
            Loaded::Company { page, history, open } => match self.pages.last_mut() {
                Some(Page::Company(state)) if !open && state.company.id == page.company.id => {
                    state.refresh(*page, history)
                }
                _ if open => self
                    .pages
                    .push(Page::Company(Box::new(company::State::new(*page, history)))),
                _ => {}
            },
            Loaded::MoreTimeline { company, from, entries } => {
                if let Some(Page::Company(state)) = self.pages.last_mut() {
                    if state.company.id == company {
                        state.read_more(from, entries);
                    }
                }
            }
            Loaded::Person { person, timeline, open } => match self.pages.last_mut() {
                Some(Page::Person(state)) if !open && state.person.id == person.id => state.refresh(*person, timeline),
                _ if open => self
                    .pages
                    .push(Page::Person(Box::new(person::State::new(*person, timeline)))),
                _ => {}
            },
            Loaded::Search(query, results) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.found(&query, results);
                }
            }
            Loaded::SearchTotals(query, totals) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.totals_found(&query, totals);
                }
            }
            Loaded::NearNames(query, near) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.near_found(&query, near);
                }
            }
            Loaded::NearCompanies(text, near) => self.tabs.companies.near_found(&text, near),
            Loaded::Form(mut form, purpose) => {
                form.today = Some(self.date);
                self.overlay = Some(Overlay::Form(form, purpose))
            }
            Loaded::ImportPlan(order, report) => {
                // The dry run is shown and asked about; the form stays
                // beneath, so a "no" goes back to the file's name.
                let under = self.overlay.take().map(Box::new);
                self.overlay = Some(Overlay::Confirm {
                    question: import_question(&order, &report),
                    then: Confirmed::Save(Change::Import(Box::new(ImportOrder {
                        confirmed: true,
                        good_rows: order.read.as_ref().map_or(0, |r| r.count) - report.rejected.len(),
                        ..*order
                    }))),
                    under,
                });
            }
            Loaded::LikelySame(change, found) => {
                let Some(first) = found.first() else {
                    return vec![Effect::Save(*change)];
                };
                let existing = match *change {
                    Change::AddPerson(_) => Want::Person {
                        id: first.id,
                        open: true,
                    },
                    _ => Want::Company {
                        id: first.id,
                        open: true,
                        history: false,
                    },
                };
                let under = self.overlay.take().map(Box::new);
                self.overlay = Some(Overlay::Confirm {
                    question: likely_question(&found),
                    then: Confirmed::AddAnyway {
                        change: *change,
                        existing,
                    },
                    under,
                });
            }
            Loaded::Duplicates(groups, open) => match self.pages.last_mut() {
                Some(Page::Duplicates(state)) if !open => state.refresh(groups),
                _ if open => self
                    .pages
                    .push(Page::Duplicates(Box::new(duplicates::State::new(groups)))),
                _ => {}
            },
            Loaded::Log(changes, true) => self.pages.push(Page::Log(Box::new(log::State::new(changes)))),
            Loaded::Log(_, false) => {}
            Loaded::MoreLog(from, changes) => {
                if let Some(Page::Log(state)) = self.pages.last_mut() {
                    state.read_more(from, changes);
                }
            }
            Loaded::MergePlan(order, report, fields) => {
                self.overlay = Some(Overlay::Confirm {
                    question: duplicates::merge_question(&order, &report, &fields),
                    then: Confirmed::Save(Change::Merge(Box::new(super::effect::MergeOrder {
                        confirmed: true,
                        ..*order
                    }))),
                    under: None,
                });
            }
            Loaded::LastImport(None) => self.say(crate::t!("err-no-import")),
            Loaded::LastImport(Some((id, source, at))) => {
                self.overlay = Some(Overlay::Confirm {
                    question: crate::t!("ask-undo-import", id = id, source = source, at = at),
                    then: Confirmed::Save(Change::UndoImport(Some(id))),
                    under: None,
                });
            }
            list => return self.listed(list),
        }
        Vec::new()
    }

    /// The long lists: ids arrive, then the rows of the window around the selection.
    fn listed(&mut self, loaded: Loaded) -> Vec<Effect> {
        match loaded {
            Loaded::Matches(ListOf::Companies, text, matches)
                if self.tabs.companies.filter.text.as_ref() == Some(&text) =>
            {
                self.tabs.companies.list.narrow(Some(&matches));
                rows(ListOf::Companies, self.tabs.companies.list.window())
            }
            Loaded::Matches(ListOf::People, text, matches) if self.tabs.people.filter.text.as_ref() == Some(&text) => {
                self.tabs.people.list.narrow(Some(&matches));
                rows(ListOf::People, self.tabs.people.list.window())
            }
            Loaded::CompanyRows { start, rows, health } => {
                self.tabs.companies.list.rows(start, rows);
                self.tabs.companies.health = health;
                Vec::new()
            }
            Loaded::PersonRows { start, rows } => {
                self.tabs.people.list.rows(start, rows);
                Vec::new()
            }
            _ => Vec::new(),
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
            Change::LogMany { .. } => self.tabs.companies.marked.clear(),
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

    fn filter_typing(&self) -> bool {
        self.pages.is_empty()
            && match self.tab {
                Tab::Companies => self.tabs.companies.filtering,
                Tab::People => self.tabs.people.filtering,
                _ => false,
            }
    }

    /// Filter-as-you-type on Companies and People: every key narrows at once.
    fn on_filter_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let (text, filtering) = match self.tab {
            Tab::Companies => (&mut self.tabs.companies.filter.text, &mut self.tabs.companies.filtering),
            _ => (&mut self.tabs.people.filter.text, &mut self.tabs.people.filtering),
        };
        let before = text.clone();
        let mut value = text.take().unwrap_or_default();
        match screens::action_for(Context::Filter, &key) {
            Some(Action::Cancel) => {
                value.clear();
                *filtering = false;
            }
            Some(Action::Back) => *filtering = false,
            Some(Action::Quit) => self.quit = true,
            _ => match key.code {
                KeyCode::Backspace => {
                    value.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => value.push(c),
                _ => {}
            },
        }
        *text = Some(value).filter(|v| !v.is_empty());
        if *text == before {
            return Vec::new();
        }
        let reply = match self.tab {
            Tab::Companies => narrow(
                ListOf::Companies,
                self.tabs.companies.filter.text.as_ref(),
                &mut self.tabs.companies.list,
            ),
            _ => narrow(
                ListOf::People,
                self.tabs.people.filter.text.as_ref(),
                &mut self.tabs.people.list,
            ),
        };
        self.apply(reply)
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
            (Some(Page::Company(state)), _) => company::on_action(state, action, date)?,
            (Some(Page::Person(state)), _) => person::on_action(state, action),
            (Some(Page::Circle(state)), _) => circles::on_circle_action(state, action),
            (Some(Page::Meeting(state)), _) => circles::on_meeting_action(state, action),
            (Some(Page::Duplicates(state)), _) => duplicates::on_action(state, action),
            (Some(Page::Log(state)), _) => log::on_action(state, action),
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

    fn on_overlay_key(&mut self, key: KeyEvent) -> Result<Vec<Effect>> {
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        let overlay = self.overlay.take().expect("an overlay is open");
        match overlay {
            // ↑/↓ (and pages) scroll a long list of keys; any other key closes it.
            Overlay::Help(scroll) => {
                let moved = match key.code {
                    KeyCode::Down | KeyCode::Char('j') => Some(scroll + 1),
                    KeyCode::Up | KeyCode::Char('k') => Some(scroll.saturating_sub(1)),
                    KeyCode::PageDown => Some(scroll + 10),
                    KeyCode::PageUp => Some(scroll.saturating_sub(10)),
                    _ => None,
                };
                if let Some(scroll) = moved {
                    let last = screens::bindings(self.screen_context()).count().saturating_sub(1);
                    self.overlay = Some(Overlay::Help(scroll.min(last)));
                }
            }
            Overlay::Search(state) => return Ok(self.on_search_key(state, key, ctrl_c)),
            Overlay::Form(form, purpose) => return Ok(self.on_form_key(form, purpose, key, ctrl_c)),
            Overlay::Confirm { question, then, under } => match screens::action_for(Context::Confirm, &key) {
                Some(Action::Confirm) => return Ok(self.confirmed(then)),
                // The one that exists, instead of a second one (the form is left).
                Some(Action::Open) if matches!(then, Confirmed::AddAnyway { .. }) => {
                    if let Confirmed::AddAnyway { existing, .. } = then {
                        return Ok(load(existing));
                    }
                }
                Some(Action::Cancel) => self.overlay = under.map(|b| *b),
                Some(Action::Quit) => self.quit = true,
                _ => self.overlay = Some(Overlay::Confirm { question, then, under }),
            },
        }
        Ok(Vec::new())
    }

    fn on_form_key(&mut self, mut form: Box<Form>, purpose: Purpose, key: KeyEvent, ctrl_c: bool) -> Vec<Effect> {
        if ctrl_c && form.dirty {
            self.confirm_quit_over(Overlay::Form(form, purpose));
            return Vec::new();
        }
        if ctrl_c {
            self.quit = true;
            return Vec::new();
        }
        match form.handle(&key) {
            FormOutcome::Editing => self.overlay = Some(Overlay::Form(form, purpose)),
            FormOutcome::Cancel if form.dirty => {
                self.overlay = Some(Overlay::Confirm {
                    question: crate::t!("ask-discard"),
                    then: Confirmed::DiscardForm,
                    under: Some(Box::new(Overlay::Form(form, purpose))),
                });
            }
            FormOutcome::Cancel => {}
            // The form stays open while saving: a refusal is shown on it.
            FormOutcome::Submit => {
                let change = forms::to_change(&mut form, &purpose, self.date, self.me);
                if change.is_none() {
                    form.focus_first_error();
                }
                self.overlay = Some(Overlay::Form(form, purpose));
                match change {
                    // A handover is read as a dry run first, then asked about.
                    Some(Change::Handover(order)) if !order.confirmed => {
                        return vec![Effect::Load(Want::HandoverPlan(order))]
                    }
                    // A new company or person is held against the ones there first.
                    Some(change @ (Change::AddCompany(_) | Change::AddPerson(_))) => {
                        return vec![Effect::Load(Want::LikelySame(Box::new(change)))]
                    }
                    // An import is read and tried first (a dry run), then asked about.
                    Some(Change::Import(order)) if !order.confirmed => {
                        return vec![Effect::Load(Want::ImportPlan(order))]
                    }
                    Some(change) => return vec![Effect::Save(change)],
                    None => {}
                }
            }
        }
        Vec::new()
    }

    fn confirm_quit_over(&mut self, under: Overlay) {
        self.overlay = Some(Overlay::Confirm {
            question: crate::t!("ask-quit"),
            then: Confirmed::Quit,
            under: Some(Box::new(under)),
        });
    }

    fn confirmed(&mut self, then: Confirmed) -> Vec<Effect> {
        match then {
            Confirmed::Save(change) | Confirmed::AddAnyway { change, .. } => return vec![Effect::Save(change)],
            Confirmed::DiscardForm => {}
            Confirmed::Quit => self.quit = true,
        }
        Vec::new()
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

    /// Companies or People, filtered by this text (search's "… more").
    fn list_filtered(&mut self, list: ListOf, text: String) -> Vec<Effect> {
        let text = Some(text).filter(|t| !t.is_empty());
        match list {
            ListOf::Companies => {
                self.tabs.companies.filter.text = text;
                self.go(Tab::Companies)
            }
            ListOf::People => {
                self.tabs.people.filter.text = text;
                self.go(Tab::People)
            }
        }
    }

    fn on_search_key(&mut self, mut state: search::State, key: KeyEvent, ctrl_c: bool) -> Vec<Effect> {
        if ctrl_c {
            self.quit = true;
            return Vec::new();
        }
        let mut effects = Vec::new();
        match screens::action_for(Context::Search, &key) {
            Some(Action::Cancel) => return effects,
            Some(Action::Up) => state.step(-1),
            Some(Action::Down) => state.step(1),
            Some(Action::Open) => {
                // "… more": the whole list, filtered by what was typed.
                if let Some(list) = state.more_selected() {
                    return self.list_filtered(list, state.query.trim().to_string());
                }
                let Some(hit) = state.current().cloned() else {
                    self.overlay = Some(Overlay::Search(state));
                    return effects;
                };
                return match (hit.kind, hit.company_id) {
                    ("person", _) => Reply::open_person(hit.id).effects,
                    ("meeting", _) => Reply::load(Want::Meeting { id: hit.id, open: true }).effects,
                    (_, Some(company)) => Reply::open_company(company).effects,
                    _ => effects,
                };
            }
            _ => match key.code {
                KeyCode::Backspace => {
                    state.query.pop();
                    effects = load(Want::Search(state.query.clone()));
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    state.query.push(c);
                    effects = load(Want::Search(state.query.clone()));
                }
                _ => {}
            },
        }
        self.overlay = Some(Overlay::Search(state));
        effects
    }
}

/// What an import's dry run found, as the question before it comes in:
/// the sum, then each rejected line (the first few), then where they go.
fn import_question(order: &ImportOrder, report: &crate::model::import::ImportReport) -> String {
    /// Rejected lines shown; the rest are in the file beside the import.
    const SHOWN: usize = 8;
    let read = order.read.as_ref();
    let rows = read.map_or(0, |r| r.count);
    let mut lines: Vec<String> = read.map(|r| r.notes.clone()).unwrap_or_default();
    lines.push(crate::usecases::import::summary(
        report,
        rows,
        read.map_or("", |r| r.summary.as_str()),
    ));
    for (line, why) in report.rejected.iter().take(SHOWN) {
        lines.push(crate::t!("import-rejected", line = *line, why = why.as_str()));
    }
    if report.rejected.len() > SHOWN {
        lines.push(crate::t!("import-more-rejected", count = report.rejected.len() - SHOWN));
    }
    if !report.rejected.is_empty() {
        let path = crate::usecases::import::rejects_path(&order.file.path);
        lines.push(crate::t!("import-rejects-will-go", path = path.display().to_string()));
    }
    lines.push(crate::t!("ask-import", rows = rows - report.rejected.len()));
    lines.join("\n")
}

/// "Likely the same as Hotel Vos (Beverwijk) #41: the same KvK number…".
fn likely_question(found: &[crate::model::merge::Likely]) -> String {
    let mut lines: Vec<String> = found.iter().map(|l| l.said()).collect();
    lines.push(crate::t!("ask-add-anyway"));
    lines.join("\n")
}

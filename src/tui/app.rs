//! The TUI's model and update: which screen is shown, what overlay is open,
//! and how a key becomes a change. Keys resolve through the keymap to an
//! `Action`; the app calls the store and reloads the affected screen state.
//! Drawing (view.rs) only reads this state.

use super::forms::{self, Purpose};
use super::keymap::{self, Action, Context};
use super::screens::{circles, companies, company, followups, people, person, search, today};
use super::theme::Theme;
use super::widgets::form::{Form, FormOutcome};
use crate::store::circles::{AttendanceStatus, Attendee};
use crate::store::{Id, Store};
use crate::{Error, Result};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Today,
    Companies,
    People,
    Followups,
    Circles,
}

pub const TABS: [Tab; 5] = [Tab::Today, Tab::Companies, Tab::People, Tab::Followups, Tab::Circles];

impl Tab {
    pub fn title(self) -> &'static str {
        match self {
            Tab::Today => "Today",
            Tab::Companies => "Companies",
            Tab::People => "People",
            Tab::Followups => "Follow-ups",
            Tab::Circles => "Circles",
        }
    }
}

/// A detail page opened on top of a tab; Esc goes back.
pub enum Page {
    Company(Box<company::State>),
    Person(Box<person::State>),
    Circle(Box<circles::Circle>),
    Meeting(Box<circles::MeetingPage>),
}

pub enum Overlay {
    Help,
    Search(search::State),
    Form(Box<Form>, Purpose),
    Confirm {
        question: String,
        then: Confirmed,
        under: Option<Box<Overlay>>,
    },
}

/// What a "yes" to a confirmation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    DeleteInteraction(Id),
    DeleteFollowup(Id),
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
    pub today: today::State,
    pub companies: companies::State,
    pub people: people::State,
    pub followups: followups::State,
    pub circles: circles::List,
    pub message: Option<Message>,
    pub theme: Theme,
    pub quit: bool,
    /// The database's data version when this app last loaded (see `sync`).
    seen_version: i64,
    /// The follow-up marked done by the last key, which `u` reopens.
    last_done: Option<Id>,
}

impl App {
    pub fn new(store: &Store, theme: Theme) -> Result<App> {
        Ok(App {
            tab: Tab::Today,
            pages: Vec::new(),
            overlay: None,
            today: today::State::load(store, false)?,
            companies: companies::State::unloaded(store),
            people: people::State::unloaded(),
            followups: followups::State::load(store, false)?,
            circles: circles::List::load(store)?,
            message: None,
            theme,
            quit: false,
            seen_version: store.data_version()?,
            last_done: None,
        })
    }

    /// Reload what is on screen when another process (a CLI in another
    /// terminal, a colleague's kring) changed the database. Called when the
    /// keyboard is idle; returns whether anything was reloaded. Not while a
    /// form or dialog is open, so nothing typed is disturbed.
    pub fn sync(&mut self, store: &Store) -> bool {
        let Ok(version) = store.data_version() else {
            return false;
        };
        if version == self.seen_version || self.overlay.is_some() {
            return false;
        }
        self.seen_version = version;
        match self.reload(store) {
            Ok(()) => true,
            Err(error) => {
                self.say_error(error);
                false
            }
        }
    }

    /// Called when the keyboard is idle with the date on the wall: past
    /// midnight, "today" moves on and every list is read again (what was due
    /// tomorrow is due today). Returns whether the day changed.
    pub fn new_day(&mut self, store: &mut Store, day: chrono::NaiveDate) -> bool {
        if !store.advance_to(day) {
            return false;
        }
        let reloaded = self
            .today
            .reload(store)
            .and_then(|_| self.followups.reload(store))
            .and_then(|_| self.reload(store));
        match reloaded {
            Ok(()) => self.say(format!("a new day: {day}")),
            Err(error) => self.say_error(error),
        }
        true
    }

    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Form(..)) => return Context::Form,
            Some(Overlay::Confirm { .. }) => return Context::Confirm,
            Some(Overlay::Search(_)) => return Context::Search,
            Some(Overlay::Help) | None => {}
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
            (None, Tab::Today) => Context::Today,
            (None, Tab::Companies) => Context::Companies,
            (None, Tab::People) => Context::People,
            (None, Tab::Followups) => Context::Followups,
            (None, Tab::Circles) => Context::Circles,
        }
    }

    /// Handle one key. Errors become a message in the status bar, never a crash.
    pub fn on_key(&mut self, store: &mut Store, key: KeyEvent) {
        if let Err(error) = self.dispatch(store, key) {
            self.say_error(error);
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

    fn dispatch(&mut self, store: &mut Store, key: KeyEvent) -> Result<()> {
        if self.overlay.is_some() {
            return self.on_overlay_key(store, key);
        }
        if self.filter_typing() {
            return self.on_filter_key(store, key);
        }
        let Some(action) = keymap::action_for(self.context(), &key) else {
            return Ok(());
        };
        self.message = None;
        // Undo is for the key right before, nothing older.
        let just_done = self.last_done.take();
        if action == Action::Undo {
            let id = just_done.ok_or_else(|| Error::invalid("nothing to undo: u reopens a follow-up right after d"))?;
            store.reopen_followup(id)?;
            let row = store.followup(id)?;
            self.say(format!("reopened: {} ({})", row.action, row.company));
            return self.reload(store);
        }
        self.on_action(store, action)
    }

    fn filter_typing(&self) -> bool {
        self.pages.is_empty()
            && match self.tab {
                Tab::Companies => self.companies.filtering,
                Tab::People => self.people.filtering,
                _ => false,
            }
    }

    /// Filter-as-you-type on Companies and People: every key narrows at once.
    fn on_filter_key(&mut self, store: &mut Store, key: KeyEvent) -> Result<()> {
        let (text, filtering) = match self.tab {
            Tab::Companies => (&mut self.companies.filter.text, &mut self.companies.filtering),
            _ => (&mut self.people.filter.text, &mut self.people.filtering),
        };
        let mut value = text.take().unwrap_or_default();
        match keymap::action_for(Context::Filter, &key) {
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
        match self.tab {
            Tab::Companies => self.companies.narrow(store),
            _ => self.people.narrow(store),
        }
    }

    fn on_action(&mut self, store: &mut Store, action: Action) -> Result<()> {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::Search => self.overlay = Some(Overlay::Search(search::State::default())),
            Action::Refresh => {
                self.reload(store)?;
                self.say("reloaded");
            }
            Action::GoToday => self.go(store, Tab::Today)?,
            Action::GoCompanies => self.go(store, Tab::Companies)?,
            Action::GoPeople => self.go(store, Tab::People)?,
            Action::GoFollowups => self.go(store, Tab::Followups)?,
            Action::GoCircles => self.go(store, Tab::Circles)?,
            Action::NextPane | Action::PrevPane if self.pages.is_empty() => {
                let at = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
                let step = if action == Action::NextPane { 1 } else { TABS.len() - 1 };
                self.go(store, TABS[(at + step) % TABS.len()])?;
            }
            Action::Back if !self.pages.is_empty() => {
                self.pages.pop();
                self.reload(store)?;
            }
            _ => match self.context() {
                Context::Today => self.on_today(store, action)?,
                Context::Companies => self.on_companies(store, action)?,
                Context::People => self.on_people(store, action)?,
                Context::Followups => self.on_followups(store, action)?,
                Context::Company => self.on_company(store, action)?,
                Context::Person => self.on_person(store, action)?,
                Context::Circles => self.on_circles(store, action)?,
                Context::Circle => self.on_circle(store, action)?,
                Context::Meeting => self.on_meeting(store, action)?,
                Context::Form | Context::Confirm | Context::Search | Context::Filter => {}
            },
        }
        Ok(())
    }

    fn go(&mut self, store: &Store, tab: Tab) -> Result<()> {
        self.pages.clear();
        self.tab = tab;
        self.reload(store)
    }

    /// Reload what is on screen (after a change, or another process's).
    pub fn reload(&mut self, store: &Store) -> Result<()> {
        match self.pages.last_mut() {
            Some(Page::Company(state)) => return state.reload(store),
            Some(Page::Person(state)) => return state.reload(store),
            Some(Page::Circle(state)) => {
                let selected = state.selected;
                **state = circles::Circle::load(store, state.id)?;
                state.selected = selected.min(state.meetings.len().saturating_sub(1));
                return Ok(());
            }
            Some(Page::Meeting(state)) => return state.reload(store),
            None => {}
        }
        match self.tab {
            Tab::Today => self.today.reload(store),
            Tab::Companies => self.companies.reload(store),
            Tab::People => self.people.reload(store),
            Tab::Followups => self.followups.reload(store),
            Tab::Circles => {
                let selected = self.circles.selected;
                self.circles = circles::List::load(store)?;
                self.circles.step(selected as i64);
                Ok(())
            }
        }
    }

    fn open_company(&mut self, store: &Store, id: Id) -> Result<()> {
        self.pages
            .push(Page::Company(Box::new(company::State::load(store, id)?)));
        Ok(())
    }

    fn open_person(&mut self, store: &Store, id: Id) -> Result<()> {
        self.pages.push(Page::Person(Box::new(person::State::load(store, id)?)));
        Ok(())
    }

    fn open_form(&mut self, (form, purpose): (Form, Purpose)) {
        self.overlay = Some(Overlay::Form(Box::new(form), purpose));
    }

    fn mark_done(&mut self, store: &mut Store, followup: Option<Id>) -> Result<()> {
        let id = followup.ok_or_else(|| Error::invalid("select a follow-up first"))?;
        let row = store.followup(id)?;
        store.complete_followup(id)?;
        self.last_done = Some(id);
        self.say(format!("done: {} ({}) — u undoes", row.action, row.company));
        self.reload(store)
    }

    fn snooze_week(&mut self, store: &mut Store, followup: Option<Id>) -> Result<()> {
        let id = followup.ok_or_else(|| Error::invalid("select a follow-up first"))?;
        let due = store.today() + chrono::Duration::days(7);
        store.snooze_followup(id, due)?;
        self.say(format!("snoozed to {due}"));
        self.reload(store)
    }

    fn on_today(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let current = self.today.current().map(|item| (item.company(), item.followup()));
        match action {
            Action::Up => self.today.step(-1),
            Action::Down => self.today.step(1),
            Action::PageUp => self.today.step(-10),
            Action::PageDown => self.today.step(10),
            Action::Top => self.today.selected = 0,
            Action::Bottom => self.today.step(i64::MAX / 2),
            Action::Open => {
                if let Some((company, _)) = current {
                    self.open_company(store, company)?;
                }
            }
            Action::Log => match current {
                Some((company, _)) => self.open_form(forms::log_form(store, company)?),
                None => self.say("select a company first, or find one with /"),
            },
            Action::Done => self.mark_done(store, current.and_then(|c| c.1))?,
            Action::Snooze => self.snooze_week(store, current.and_then(|c| c.1))?,
            Action::SnoozeTo => {
                let id = current
                    .and_then(|c| c.1)
                    .ok_or_else(|| Error::invalid("select a follow-up first"))?;
                self.open_form(forms::snooze_form(id));
            }
            Action::ToggleMine => {
                self.today = today::State::load(store, !self.today.only_mine)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn on_companies(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let page = self.companies.page() as i64;
        match action {
            Action::Up => self.companies.step(store, -1)?,
            Action::Down => self.companies.step(store, 1)?,
            Action::PageUp => self.companies.step(store, -page)?,
            Action::PageDown => self.companies.step(store, page)?,
            Action::Top => self.companies.step(store, -(u32::MAX as i64))?,
            Action::Bottom => self.companies.step(store, u32::MAX as i64)?,
            Action::Filter => self.companies.filtering = true,
            Action::Back => {
                self.companies.filter.text = None;
                self.companies.narrow(store)?;
            }
            Action::Open => {
                if let Some(id) = self.companies.selected_id() {
                    self.open_company(store, id)?;
                }
            }
            Action::Log => {
                if let Some(id) = self.companies.selected_id() {
                    self.open_form(forms::log_form(store, id)?);
                }
            }
            Action::CycleSort => self.companies.cycle_sort(store)?,
            Action::CycleStatus => self.companies.cycle_status(store)?,
            Action::ToggleMine => {
                self.companies.filter.owner = match self.companies.filter.owner {
                    Some(_) => None,
                    None => store.actor(),
                };
                self.companies.requery(store)?;
            }
            Action::AddCompany => self.open_form(forms::company_form(store, None)?),
            _ => {}
        }
        Ok(())
    }

    fn on_people(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let page = self.people.page() as i64;
        match action {
            Action::Up => self.people.step(store, -1)?,
            Action::Down => self.people.step(store, 1)?,
            Action::PageUp => self.people.step(store, -page)?,
            Action::PageDown => self.people.step(store, page)?,
            Action::Top => self.people.step(store, -(u32::MAX as i64))?,
            Action::Bottom => self.people.step(store, u32::MAX as i64)?,
            Action::Filter => self.people.filtering = true,
            Action::Back => {
                self.people.filter.text = None;
                self.people.narrow(store)?;
            }
            Action::Open => {
                if let Some(id) = self.people.selected_id() {
                    self.open_person(store, id)?;
                }
            }
            Action::AddPerson => self.say("people are added at their company: open it and press p"),
            _ => {}
        }
        Ok(())
    }

    fn on_followups(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let current = self.followups.current().map(|f| (f.id, f.company_id));
        match action {
            Action::Up => self.followups.step(-1),
            Action::Down => self.followups.step(1),
            Action::PageUp => self.followups.step(-10),
            Action::PageDown => self.followups.step(10),
            Action::Top => self.followups.selected = 0,
            Action::Bottom => self.followups.step(i64::MAX / 2),
            Action::Open => {
                if let Some((_, company)) = current {
                    self.open_company(store, company)?;
                }
            }
            Action::Done => self.mark_done(store, current.map(|c| c.0))?,
            Action::Snooze => self.snooze_week(store, current.map(|c| c.0))?,
            Action::SnoozeTo => {
                if let Some((id, _)) = current {
                    self.open_form(forms::snooze_form(id));
                }
            }
            Action::Reassign => {
                if let Some((id, _)) = current {
                    self.open_form(forms::reassign_form(store, id)?);
                }
            }
            Action::Log => {
                if let Some((_, company)) = current {
                    self.open_form(forms::log_form(store, company)?);
                }
            }
            Action::ToggleMine => self.followups = followups::State::load(store, !self.followups.only_mine)?,
            _ => {}
        }
        Ok(())
    }

    fn on_company(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let Some(Page::Company(state)) = self.pages.last_mut() else {
            return Ok(());
        };
        let company = state.company.id;
        let interaction = state.selected_interaction().map(|e| e.id);
        let followup = state.selected_followup().map(|f| f.id);
        let contact = state.selected_contact().map(|c| c.id);
        match action {
            Action::Up => state.step(-1),
            Action::Down | Action::PageDown | Action::Bottom => {
                state.step(match action {
                    Action::Down => 1,
                    Action::PageDown => 10,
                    _ => i32::MAX as i64,
                });
                state.read_more(store)?;
            }
            Action::PageUp => state.step(-10),
            Action::Top => state.step(-(i32::MAX as i64)),
            Action::NextPane => state.next_pane(true),
            Action::PrevPane => state.next_pane(false),
            Action::Log => self.open_form(forms::log_form(store, company)?),
            Action::Open | Action::Edit => match (interaction, contact, followup) {
                (Some(id), _, _) => self.open_form(forms::edit_interaction_form(store, id)?),
                (_, Some(id), _) if action == Action::Open => self.open_person(store, id)?,
                (_, Some(id), _) => self.open_form(forms::person_form(store, Some(id), None)?),
                (_, _, Some(id)) => self.open_form(forms::followup_form(store, id)?),
                _ if action == Action::Edit => self.open_form(forms::company_form(store, Some(company))?),
                _ => {}
            },
            Action::Delete => match (interaction, followup) {
                (None, Some(id)) => {
                    let f = store.followup(id)?;
                    self.overlay = Some(Overlay::Confirm {
                        question: format!("Delete the follow-up \"{}\" due {}? (y/n)", f.action, f.due),
                        then: Confirmed::DeleteFollowup(id),
                        under: None,
                    });
                }
                (Some(id), _) => {
                    let entry = store.interaction(id)?;
                    self.overlay = Some(Overlay::Confirm {
                        question: format!(
                            "Delete the {} {} of {}? (y/n)",
                            entry.kind.replace('_', " "),
                            "entry",
                            entry.on
                        ),
                        then: Confirmed::DeleteInteraction(id),
                        under: None,
                    });
                }
                (None, None) => self.say("select an interaction or a follow-up first (tab)"),
            },
            Action::Done => self.mark_done(store, followup)?,
            Action::Snooze => self.snooze_week(store, followup)?,
            Action::SnoozeTo => match followup {
                Some(id) => self.open_form(forms::snooze_form(id)),
                None => self.say("select a follow-up first (tab)"),
            },
            Action::AddPerson => self.open_form(forms::person_form(store, None, Some(company))?),
            Action::ToggleHistory => state.toggle_history(store)?,
            _ => {}
        }
        Ok(())
    }

    fn on_person(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let Some(Page::Person(state)) = self.pages.last_mut() else {
            return Ok(());
        };
        match action {
            Action::Up => state.step(-1),
            Action::Down => state.step(1),
            Action::Edit => {
                let id = state.person.id;
                self.open_form(forms::person_form(store, Some(id), None)?);
            }
            Action::Open => {
                if let Some(company) = state.selected_company() {
                    self.open_company(store, company)?;
                }
            }
            Action::Log => match state.current_company() {
                Some(company) => self.open_form(forms::log_form(store, company)?),
                None => self.say("this person has no current company"),
            },
            _ => {}
        }
        Ok(())
    }

    fn on_circles(&mut self, store: &mut Store, action: Action) -> Result<()> {
        match action {
            Action::Up => self.circles.step(-1),
            Action::Down => self.circles.step(1),
            Action::Open => {
                if let Some(id) = self.circles.current() {
                    self.pages
                        .push(Page::Circle(Box::new(circles::Circle::load(store, id)?)));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn on_circle(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let Some(Page::Circle(state)) = self.pages.last_mut() else {
            return Ok(());
        };
        match action {
            Action::Up => state.step(-1),
            Action::Down => state.step(1),
            Action::Open => {
                if let Some(id) = state.current_meeting() {
                    self.pages
                        .push(Page::Meeting(Box::new(circles::MeetingPage::load(store, id)?)));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Attendance with one key per person; minutes and action items in forms.
    fn on_meeting(&mut self, store: &mut Store, action: Action) -> Result<()> {
        let Some(Page::Meeting(state)) = self.pages.last_mut() else {
            return Ok(());
        };
        let meeting = state.meeting.id;
        let status = match action {
            Action::Attended => AttendanceStatus::Attended,
            Action::Apologised => AttendanceStatus::Apologised,
            Action::Invited => AttendanceStatus::Invited,
            Action::Up | Action::Down => {
                state.step(if action == Action::Up { -1 } else { 1 });
                return Ok(());
            }
            Action::Minutes => {
                self.open_form(forms::minutes_form(store, meeting)?);
                return Ok(());
            }
            Action::ActionItem => {
                self.open_form(forms::action_item_form(store, meeting)?);
                return Ok(());
            }
            _ => return Ok(()),
        };
        let Some(person) = state.current().map(|p| p.person_id) else {
            return Ok(());
        };
        store.attend(meeting, Attendee::Person(person), status)?;
        state.reload(store)?;
        state.step(1);
        Ok(())
    }

    fn on_overlay_key(&mut self, store: &mut Store, key: KeyEvent) -> Result<()> {
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        let overlay = self.overlay.take().expect("an overlay is open");
        match overlay {
            Overlay::Help => {}
            Overlay::Search(mut state) => self.on_search_key(store, &mut state, key, ctrl_c).map(|keep| {
                if keep {
                    self.overlay = Some(Overlay::Search(state));
                }
            })?,
            Overlay::Form(mut form, mut purpose) => {
                if ctrl_c && form.dirty {
                    self.confirm_quit_over(Overlay::Form(form, purpose));
                    return Ok(());
                }
                if ctrl_c {
                    self.quit = true;
                    return Ok(());
                }
                match form.handle(&key) {
                    FormOutcome::Editing => self.overlay = Some(Overlay::Form(form, purpose)),
                    FormOutcome::Cancel if form.dirty => {
                        self.overlay = Some(Overlay::Confirm {
                            question: "Discard what you typed? (y/n)".into(),
                            then: Confirmed::DiscardForm,
                            under: Some(Box::new(Overlay::Form(form, purpose))),
                        });
                    }
                    FormOutcome::Cancel => {}
                    FormOutcome::Submit => match forms::submit(store, &mut form, &mut purpose)? {
                        Some(message) => {
                            self.say(message);
                            self.reload(store)?;
                        }
                        None => self.overlay = Some(Overlay::Form(form, purpose)),
                    },
                }
            }
            Overlay::Confirm { question, then, under } => match keymap::action_for(Context::Confirm, &key) {
                Some(Action::Confirm) => self.confirmed(store, then)?,
                Some(Action::Cancel) => self.overlay = under.map(|b| *b),
                Some(Action::Quit) => self.quit = true,
                _ => self.overlay = Some(Overlay::Confirm { question, then, under }),
            },
        }
        Ok(())
    }

    fn confirm_quit_over(&mut self, under: Overlay) {
        self.overlay = Some(Overlay::Confirm {
            question: "Quit and lose what you typed? (y/n)".into(),
            then: Confirmed::Quit,
            under: Some(Box::new(under)),
        });
    }

    fn confirmed(&mut self, store: &mut Store, then: Confirmed) -> Result<()> {
        match then {
            Confirmed::DeleteInteraction(id) => {
                store.delete_interaction(id)?;
                self.say(format!("interaction #{id} deleted"));
                self.reload(store)?;
            }
            Confirmed::DeleteFollowup(id) => {
                store.delete_followup(id)?;
                self.say(format!("follow-up #{id} deleted"));
                self.reload(store)?;
            }
            Confirmed::DiscardForm => {}
            Confirmed::Quit => self.quit = true,
        }
        Ok(())
    }

    /// Returns whether the search box stays open.
    fn on_search_key(
        &mut self,
        store: &mut Store,
        state: &mut search::State,
        key: KeyEvent,
        ctrl_c: bool,
    ) -> Result<bool> {
        if ctrl_c {
            self.quit = true;
            return Ok(false);
        }
        match keymap::action_for(Context::Search, &key) {
            Some(Action::Cancel) => return Ok(false),
            Some(Action::Up) => {
                state.step(-1);
                return Ok(true);
            }
            Some(Action::Down) => {
                state.step(1);
                return Ok(true);
            }
            Some(Action::Open) => {
                let Some(hit) = state.current().cloned() else {
                    return Ok(true);
                };
                match (hit.kind, hit.company_id) {
                    ("person", _) => self.open_person(store, hit.id)?,
                    (_, Some(company)) => self.open_company(store, company)?,
                    _ => {}
                }
                return Ok(false);
            }
            _ => {}
        }
        match key.code {
            KeyCode::Backspace => {
                state.query.pop();
                state.update(store)?;
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                state.query.push(c);
                state.update(store)?;
            }
            _ => {}
        }
        Ok(true)
    }
}

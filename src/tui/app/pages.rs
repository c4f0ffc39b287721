//! The pages opened on top of a tab (a company, a person, a circle, a
//! meeting, the likely duplicates, the log of changes): which keys they
//! take, what reads them again, and one rule for what was read: it
//! refreshes the page showing the same record, or opens a new one.

use super::App;
use crate::model::Id;
use crate::tui::effect::{Effect, Loaded, Want};
use crate::tui::keymap::{Action, Context};
use crate::tui::screens::{campaigns, circles, company, duplicates, log, person, Reply};
use crate::Result;
use chrono::NaiveDate;

/// A detail page opened on top of a tab; Esc goes back.
pub enum Page {
    Company(Box<company::State>),
    Person(Box<person::State>),
    Circle(Box<circles::Circle>),
    Meeting(Box<circles::MeetingPage>),
    Duplicates(Box<duplicates::State>),
    Log(Box<log::State>),
    Campaigns(Box<campaigns::State>),
}

impl Page {
    /// Whose keys apply while it is on top.
    pub fn context(&self) -> Context {
        match self {
            Page::Company(_) => Context::Company,
            Page::Person(_) => Context::Person,
            Page::Circle(_) => Context::Circle,
            Page::Meeting(_) => Context::Meeting,
            Page::Duplicates(_) => Context::Duplicates,
            Page::Log(_) => Context::Log,
            Page::Campaigns(_) => Context::Campaigns,
        }
    }

    /// The record it shows, when it shows one.
    fn record(&self) -> Option<Id> {
        match self {
            Page::Company(state) => Some(state.company.id),
            Page::Person(state) => Some(state.person.id),
            Page::Circle(state) => Some(state.id),
            Page::Meeting(state) => Some(state.meeting.id),
            Page::Duplicates(_) | Page::Log(_) | Page::Campaigns(_) => None,
        }
    }

    /// Whether `fresh` is this page read again.
    fn shows_same(&self, fresh: &Page) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(fresh) && self.record() == fresh.record()
    }

    /// Read again: each page keeps where its selection was.
    fn refresh(&mut self, fresh: Page) {
        match (self, fresh) {
            (Page::Company(state), Page::Company(fresh)) => state.refresh(*fresh),
            (Page::Person(state), Page::Person(fresh)) => state.refresh(*fresh),
            (Page::Circle(state), Page::Circle(fresh)) => state.refresh(*fresh),
            (Page::Meeting(state), Page::Meeting(fresh)) => state.refresh(*fresh),
            (Page::Duplicates(state), Page::Duplicates(fresh)) => state.refresh(*fresh),
            (Page::Campaigns(state), Page::Campaigns(fresh)) => state.refresh(*fresh),
            // The log only grows at its top; what was read stays as it is.
            (Page::Log(_), Page::Log(_)) => {}
            _ => {}
        }
    }

    /// What reads it again (after a change, or another process's).
    pub fn reread(&self) -> Option<Want> {
        Some(match self {
            Page::Company(state) => Want::Company {
                id: state.company.id,
                open: false,
                history: state.history.is_some(),
            },
            Page::Person(state) => Want::Person {
                id: state.person.id,
                open: false,
            },
            Page::Circle(state) => Want::Circle {
                id: state.id,
                open: false,
            },
            Page::Meeting(state) => Want::Meeting {
                id: state.meeting.id,
                open: false,
            },
            Page::Duplicates(_) => Want::Duplicates { open: false },
            Page::Campaigns(_) => Want::Campaigns { open: false },
            Page::Log(_) => return None,
        })
    }

    /// What one of its keys does.
    pub fn on_action(&mut self, action: Action, today: NaiveDate) -> Result<Reply> {
        Ok(match self {
            Page::Company(state) => company::on_action(state, action, today)?,
            Page::Person(state) => person::on_action(state, action),
            Page::Circle(state) => circles::on_circle_action(state, action),
            Page::Meeting(state) => circles::on_meeting_action(state, action),
            Page::Duplicates(state) => duplicates::on_action(state, action),
            Page::Log(state) => log::on_action(state, action),
            Page::Campaigns(state) => campaigns::on_action(state, action),
        })
    }
}

impl App {
    /// A page was read: it refreshes the one on top when that shows the
    /// same record; `open` pushes it as a new page.
    fn show(&mut self, fresh: Page, open: bool) {
        match self.pages.last_mut() {
            Some(top) if !open && top.shows_same(&fresh) => top.refresh(fresh),
            _ if open => self.pages.push(fresh),
            _ => {}
        }
    }

    /// What was read for a page goes to it.
    pub(super) fn page_loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        let (fresh, open) = match loaded {
            Loaded::Circle {
                id,
                name,
                members,
                meetings,
                open,
            } => (
                Page::Circle(Box::new(circles::Circle::new(id, name, members, meetings, self.date))),
                open,
            ),
            Loaded::Meeting {
                meeting,
                invitees,
                actions,
                open,
            } => (
                Page::Meeting(Box::new(circles::MeetingPage::new(meeting, invitees, actions))),
                open,
            ),
            Loaded::Company { page, history, open } => {
                (Page::Company(Box::new(company::State::new(*page, history))), open)
            }
            Loaded::Person { person, timeline, open } => {
                (Page::Person(Box::new(person::State::new(*person, timeline))), open)
            }
            Loaded::Duplicates(groups, open) => (Page::Duplicates(Box::new(duplicates::State::new(groups))), open),
            Loaded::Log(changes, open) => (Page::Log(Box::new(log::State::new(changes))), open),
            Loaded::Campaigns(list, open) => (Page::Campaigns(Box::new(campaigns::State::new(list))), open),
            Loaded::MoreTimeline { company, from, entries } => {
                if let Some(Page::Company(state)) = self.pages.last_mut() {
                    if state.company.id == company {
                        state.read_more(from, entries);
                    }
                }
                return Vec::new();
            }
            Loaded::MoreLog(from, changes) => {
                if let Some(Page::Log(state)) = self.pages.last_mut() {
                    state.read_more(from, changes);
                }
                return Vec::new();
            }
            _ => return Vec::new(),
        };
        self.show(fresh, open);
        Vec::new()
    }
}

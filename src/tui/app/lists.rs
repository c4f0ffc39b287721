//! The two long lists, Companies and People: typing a filter narrows them
//! at once, and what comes back is the window of rows around the selection.

use super::{rows, App};
use crate::tui::effect::{Effect, ListOf, Loaded};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::screens::narrow;
use crate::tui::tab::Tab;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    /// The long lists: ids arrive, then the rows of the window around the selection.
    pub(super) fn listed(&mut self, loaded: Loaded) -> Vec<Effect> {
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

    pub(super) fn filter_typing(&self) -> bool {
        self.pages.is_empty()
            && match self.tab {
                Tab::Companies => self.tabs.companies.filtering,
                Tab::People => self.tabs.people.filtering,
                _ => false,
            }
    }

    /// Filter-as-you-type on Companies and People: every key narrows at once.
    pub(super) fn on_filter_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let (text, filtering) = match self.tab {
            Tab::Companies => (&mut self.tabs.companies.filter.text, &mut self.tabs.companies.filtering),
            _ => (&mut self.tabs.people.filter.text, &mut self.tabs.people.filtering),
        };
        let before = text.clone();
        let mut value = text.take().unwrap_or_default();
        match keymap::overlay_action(Context::Filter, &key) {
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
}

//! What a tab is to the app: one module that keeps its state, its keys, what
//! it reads and how it draws ([`TabScreen`]), named once in the `tabs!` list
//! of `screens/mod.rs` (calls go through the trait by name: a screen may
//! have an inherent `refresh` of its own). Everything that dispatches on a tab (its state, its
//! keys, its reads, its drawing) is made from that list.

use super::Reply;
use crate::model::Id;
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Binding};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use crate::Result;
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::Frame;

/// What a screen knows of the app beyond its own state: the day relative
/// dates are read against, and the staff member kring acts for.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub today: NaiveDate,
    pub me: Option<Id>,
    /// The retention review's period, in years.
    pub retention_years: u32,
}

/// A tab's screen.
pub trait TabScreen {
    /// Its own keys (moving, the tabs and the global keys come with every
    /// screen); dispatch, the status bar and the help all read them.
    const KEYS: &'static [Binding];

    /// Nothing read yet.
    fn new(today: NaiveDate) -> Self;

    /// What lists it again as it is filtered and sorted now (the selection
    /// kept where it was).
    fn query(&self, at: At) -> Query;

    /// Its list arrived (`Data` of its own tab); the long lists answer with
    /// the window of rows to read.
    fn refresh(&mut self, data: Data) -> Vec<Effect>;

    /// What one of its keys does.
    fn on_action(&mut self, action: Action, at: At) -> Result<Reply>;

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme);
}

/// The tabs' states, and the dispatch on a tab, from one list:
/// `Tab variant: field: state type`.
macro_rules! tabs {
    ($($tab:ident: $field:ident: $state:ty),* $(,)?) => {
        /// Every tab's state.
        pub struct Tabs {
            $(pub $field: $state,)*
        }

        impl Tabs {
            pub fn new(today: chrono::NaiveDate) -> Tabs {
                Tabs {
                    $($field: <$state as TabScreen>::new(today),)*
                }
            }

            /// A tab's own keys.
            pub fn keys(tab: Tab) -> &'static [crate::tui::keymap::Binding] {
                match tab {
                    $(Tab::$tab => <$state as TabScreen>::KEYS,)*
                }
            }

            pub fn query(&self, tab: Tab, at: At) -> crate::tui::tab::Query {
                match tab {
                    $(Tab::$tab => <$state as TabScreen>::query(&self.$field, at),)*
                }
            }

            /// A tab's list arrived: to its screen.
            pub fn refresh(&mut self, data: crate::tui::tab::Data) -> Vec<crate::tui::effect::Effect> {
                match data.tab() {
                    $(Tab::$tab => <$state as TabScreen>::refresh(&mut self.$field, data),)*
                }
            }

            pub fn on_action(
                &mut self,
                tab: Tab,
                action: crate::tui::keymap::Action,
                at: At,
            ) -> crate::Result<Reply> {
                match tab {
                    $(Tab::$tab => <$state as TabScreen>::on_action(&mut self.$field, action, at),)*
                }
            }

            pub fn draw(
                &self,
                tab: Tab,
                frame: &mut ratatui::Frame,
                area: ratatui::layout::Rect,
                theme: &crate::tui::theme::Theme,
            ) {
                match tab {
                    $(Tab::$tab => <$state as TabScreen>::draw(&self.$field, frame, area, theme),)*
                }
            }
        }
    };
}
pub(crate) use tabs;

//! The tabs, in the order of their keys (1 to 9, then 0), and what each one
//! reads to list: the one list a new tab joins (with its module in
//! `screens`, which `screens::tabs!` names once). It knows nothing of the
//! screens, so the screens, the effects and the keymap can all name a tab.

use crate::model::companies::CompanyFilter;
use crate::model::Id;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Today,
    Companies,
    People,
    Followups,
    Circles,
    Goals,
    Questions,
    Engagements,
    Health,
    Staff,
    Inbox,
}

pub const TABS: [Tab; 11] = [
    Tab::Today,
    Tab::Companies,
    Tab::People,
    Tab::Followups,
    Tab::Circles,
    Tab::Goals,
    Tab::Questions,
    Tab::Engagements,
    Tab::Health,
    Tab::Staff,
    Tab::Inbox,
];

impl Tab {
    /// Its name in English: the help for its key (`key-…` in the catalogues).
    pub fn english(self) -> &'static str {
        match self {
            Tab::Today => "Today",
            Tab::Companies => "Companies",
            Tab::People => "People",
            Tab::Followups => "Follow-ups",
            Tab::Circles => "Circles",
            Tab::Goals => "Goals",
            Tab::Questions => "Questions",
            Tab::Engagements => "Collaborations",
            Tab::Health => "Health",
            Tab::Staff => "Staff",
            Tab::Inbox => "Inbox",
        }
    }

    /// Its id in the catalogues: `tab-<id>` and `tab-short-<id>`.
    fn id(self) -> &'static str {
        match self {
            Tab::Today => "today",
            Tab::Companies => "companies",
            Tab::People => "people",
            Tab::Followups => "followups",
            Tab::Circles => "circles",
            Tab::Goals => "goals",
            Tab::Questions => "questions",
            Tab::Engagements => "engagements",
            Tab::Health => "health",
            Tab::Staff => "staff",
            Tab::Inbox => "inbox",
        }
    }

    pub fn title(self) -> String {
        crate::l10n::message(&format!("tab-{}", self.id()), &[])
    }

    /// The tab's name where all names do not fit: a few letters.
    pub fn short_title(self) -> String {
        crate::l10n::message(&format!("tab-short-{}", self.id()), &[])
    }

    /// The key that shows it: 1 to 9, then 0; the inbox `@` (mail).
    pub fn key(self) -> char {
        let at = TABS.iter().position(|t| *t == self).expect("every tab is listed");
        TAB_KEYS[at]
    }
}

/// The keys of the tabs, in the order of [`TABS`].
pub const TAB_KEYS: [char; 11] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '@'];

/// What a tab reads to list, as it is filtered and sorted now.
#[derive(Debug, Clone)]
pub enum Query {
    Today {
        only_mine: bool,
    },
    /// The ids the filters allow (and those matching the text typed), in
    /// order; `keep`: stay where the selection was.
    Companies {
        filter: CompanyFilter,
        by_health: bool,
        keep: bool,
    },
    People {
        filter: crate::model::people::PersonFilter,
        keep: bool,
    },
    Followups {
        only_mine: bool,
    },
    Circles,
    /// This school year's goals, all of them.
    Goals,
    /// This school year's question board and its questions.
    Questions,
    Engagements(crate::model::engagements::EngagementFilter),
    /// Places offered, on the Collaborations tab.
    Places(crate::model::network::PlaceFilter),
    Health(crate::model::health::HealthFilter),
    Staff,
    /// The proposals waiting in my inbox.
    Inbox,
}

impl Query {
    pub fn tab(&self) -> Tab {
        match self {
            Query::Today { .. } => Tab::Today,
            Query::Companies { .. } => Tab::Companies,
            Query::People { .. } => Tab::People,
            Query::Followups { .. } => Tab::Followups,
            Query::Circles => Tab::Circles,
            Query::Goals => Tab::Goals,
            Query::Questions => Tab::Questions,
            Query::Engagements(_) | Query::Places(_) => Tab::Engagements,
            Query::Health(_) => Tab::Health,
            Query::Staff => Tab::Staff,
            Query::Inbox => Tab::Inbox,
        }
    }
}

/// What came back: a tab's list.
pub enum Data {
    /// Today's lists, which listed companies hang on a single person, and
    /// whether only mine.
    Today(Box<crate::model::today::Today>, HashSet<Id>, bool),
    /// The long lists: every id the filters allow, those matching the text
    /// typed, and whether to stay where the selection was.
    Companies(Ids),
    People(Ids),
    Followups(Vec<crate::model::followups::FollowupRow>, bool),
    Circles(Vec<crate::model::circles::CircleRow>),
    /// The school year, its goals, and my team with its members (if I am in one).
    Goals(
        String,
        Vec<crate::model::goals::GoalProgress>,
        Option<(String, Vec<crate::model::teams::TeamMember>)>,
    ),
    /// The board, its questions, and the school's open offers with how many
    /// companies each could go to.
    Questions(
        crate::model::questions::Board,
        Vec<crate::model::questions::Question>,
        Vec<(crate::model::offers::Offer, usize)>,
    ),
    /// The collaborations listed (at most the screen's cap) and how many matched.
    Engagements(Vec<crate::model::engagements::Engagement>, usize),
    /// Places offered by programme, period and company.
    Places(Vec<crate::model::network::Place>),
    /// Relationships worst first (at most the screen's cap) and how many matched.
    Health(Vec<crate::model::health::CompanyHealth>, usize),
    Staff(Vec<crate::model::staff::StaffRow>),
    Inbox(Vec<crate::model::capture::InboxEntry>),
}

/// A long list's ids, as `Data::Companies` and `Data::People` carry them.
pub struct Ids {
    pub base: Vec<Id>,
    pub matches: Option<crate::domain::id_set::IdSet>,
    pub keep: bool,
}

impl Data {
    pub fn tab(&self) -> Tab {
        match self {
            Data::Today(..) => Tab::Today,
            Data::Companies(_) => Tab::Companies,
            Data::People(_) => Tab::People,
            Data::Followups(..) => Tab::Followups,
            Data::Circles(_) => Tab::Circles,
            Data::Goals(..) => Tab::Goals,
            Data::Questions(..) => Tab::Questions,
            Data::Engagements(..) | Data::Places(_) => Tab::Engagements,
            Data::Health(..) => Tab::Health,
            Data::Staff(_) => Tab::Staff,
            Data::Inbox(_) => Tab::Inbox,
        }
    }
}

//! Model types of today: what the store hands out and takes in, independent of SQL.

use super::followups::FollowupRow;
use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

/// A company past its contact cadence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LosingTouch {
    pub id: Id,
    pub name: String,
    pub city: Option<String>,
    pub owner: Option<String>,
    pub mine: bool,
    pub status: String,
    pub last_contact: Option<NaiveDate>,
    pub days_since_contact: Option<i64>,
    pub cadence_days: i64,
    /// Where the cadence comes from when it is a tag's or a kind's
    /// (`tag:stagebedrijf`, `kind:association`).
    pub cadence_from: Option<String>,
    /// Days past the date contact was due.
    pub days_overdue: i64,
}

/// A business-circle meeting, as Today shows the next one.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UpcomingMeeting {
    pub id: Id,
    pub circle: String,
    pub starts_at: String,
    pub place: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Today {
    pub date: NaiveDate,
    pub me: Option<String>,
    pub overdue: Vec<FollowupRow>,
    /// How many are overdue in all (the list is capped).
    pub overdue_total: u64,
    pub due_this_week: Vec<FollowupRow>,
    pub due_this_week_total: u64,
    pub losing_touch: Vec<LosingTouch>,
    /// How many companies are past their cadence in all (the list is capped).
    pub losing_touch_total: u64,
    pub next_meeting: Option<UpcomingMeeting>,
    /// Collaborations that ended without an evaluation.
    pub evaluations_due: Vec<super::engagements::Engagement>,
    /// How many wait for an evaluation in all (the list is capped).
    pub evaluations_due_total: u64,
    /// SBB recognitions to check again within two weeks (or overdue).
    pub rechecks_due: Vec<super::recognition::Recognition>,
    /// How many recognitions are due a check in all (the list stops at 50).
    pub rechecks_due_total: u64,
    /// False on a new database: Today then says how to begin.
    pub has_companies: bool,
    /// Another team's recent contact with companies I own.
    pub others_on_mine: Vec<OthersContact>,
    /// This school year's goals that are mine or my team's.
    pub goals: Vec<super::goals::GoalProgress>,
    /// Contacts found in my mail and calendar, waiting in the inbox.
    pub inbox: u64,
    /// Recognitions whose workplace trainer left the company: a new one is needed.
    pub trainers_gone: Vec<super::network::TrainerGone>,
    /// Companies that asked for rest: not to be asked before their day.
    pub resting: Vec<super::network::Resting>,
    /// Saved views (company and person listings) with rows to show.
    pub views: Vec<super::views::ViewCount>,
}

/// Another team's contact with a company I own.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OthersContact {
    pub company_id: super::Id,
    pub company: String,
    #[serde(flatten)]
    pub contact: super::teams::RecentContact,
}

#[derive(Debug, Clone, Copy)]
pub struct TodayOptions {
    /// Only my follow-ups and companies (else mine first, then everyone's).
    pub only_mine: bool,
    /// At most this many rows per section.
    pub limit: u32,
    /// How far back other teams' contact with my companies is shown.
    pub collision_days: u32,
}

impl Default for TodayOptions {
    fn default() -> Self {
        TodayOptions {
            only_mine: false,
            limit: 20,
            collision_days: super::teams::COLLISION_DAYS,
        }
    }
}

impl LosingTouch {
    /// "no contact for 80 days (cadence 42) · tag stagebedrijf": how long,
    /// against which cadence, and whose cadence when it is a group's.
    pub fn since_said(&self) -> String {
        let since = match self.days_since_contact {
            Some(days) => crate::t!("today-no-contact-for", days = days, cadence = self.cadence_days),
            None => crate::t!("today-never-contacted", cadence = self.cadence_days),
        };
        match &self.cadence_from {
            Some(from) => format!("{since} · {}", super::companies::cadence_source_said(from)),
            None => since,
        }
    }
}

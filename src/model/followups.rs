//! Model types of followups: what the store hands out and takes in, independent of SQL.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewFollowup {
    pub company: Id,
    pub person: Option<Id>,
    /// Who must do it; the acting staff member when `None`.
    pub staff: Option<Id>,
    pub due: NaiveDate,
    pub action: String,
    pub interaction: Option<Id>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FollowupRow {
    pub id: Id,
    pub due: NaiveDate,
    /// Days past due (positive when overdue, 0 today, negative when ahead).
    pub days_overdue: i64,
    pub company_id: Id,
    pub company: String,
    pub person: Option<String>,
    pub staff_id: Option<Id>,
    pub staff: Option<String>,
    pub action: String,
    pub done_at: Option<String>,
    /// A follow-up of a series: how often it comes back ("2w", "1m").
    pub every: Option<String>,
    /// The last day the series may come back.
    pub repeat_until: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct FollowupFilter {
    pub id: Option<Id>,
    /// Only the action items of this circle meeting.
    pub meeting: Option<Id>,
    pub staff: Option<Id>,
    pub company: Option<Id>,
    /// Only those due before today.
    pub overdue: bool,
    /// Only those due on or before this date.
    pub due_until: Option<NaiveDate>,
    /// Only those due on or after this date.
    pub due_from: Option<NaiveDate>,
    pub include_done: bool,
    /// Leave out this staff member's follow-ups ("everyone else's").
    pub not_staff: Option<Id>,
    pub limit: Option<u32>,
}

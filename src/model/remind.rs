//! The reminder digest (`kring remind`): what needs a staff member — or,
//! for no one in particular, the whole school — in the days ahead.

use super::followups::FollowupRow;
use super::goals::GoalProgress;
use super::recognition::Recognition;
use super::today::LosingTouch;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Digest {
    pub date: NaiveDate,
    /// Whose digest it is (none: everyone's).
    pub staff: Option<String>,
    pub staff_email: Option<String>,
    /// How many days ahead "due soon" looks.
    pub days: u32,
    pub overdue: Vec<FollowupRow>,
    pub overdue_total: u64,
    pub due_soon: Vec<FollowupRow>,
    pub due_soon_total: u64,
    pub losing_touch: Vec<LosingTouch>,
    pub losing_touch_total: u64,
    pub rechecks: Vec<super::recognition::Recognition>,
    pub goals_off_track: Vec<GoalProgress>,
    /// Contacts found in their mail and calendar, waiting in the inbox.
    pub inbox: Vec<super::capture::InboxEntry>,
    pub inbox_total: u64,
}

impl Digest {
    /// Nothing needs anyone: `remind` then prints nothing (cron mails only
    /// when there is something).
    pub fn is_empty(&self) -> bool {
        self.overdue_total == 0
            && self.due_soon_total == 0
            && self.losing_touch_total == 0
            && self.rechecks.is_empty()
            && self.goals_off_track.is_empty()
            && self.inbox_total == 0
    }

    /// "kring: 3 overdue, 2 due this week, 4 losing touch".
    pub fn subject(&self) -> String {
        let (days, rechecks, goals) = (self.days, self.rechecks.len() as u64, self.goals_off_track.len() as u64);
        let parts = [
            (
                self.overdue_total,
                crate::t!("subject-overdue", count = self.overdue_total),
            ),
            (
                self.due_soon_total,
                if days == 7 {
                    crate::t!("subject-due-week", count = self.due_soon_total)
                } else {
                    crate::t!("subject-due-days", count = self.due_soon_total, days = days)
                },
            ),
            (
                self.losing_touch_total,
                crate::t!("subject-losing", count = self.losing_touch_total),
            ),
            (rechecks, crate::t!("subject-rechecks", count = rechecks)),
            (goals, crate::t!("subject-goals", count = goals)),
            (self.inbox_total, crate::t!("subject-inbox", count = self.inbox_total)),
        ];
        let said: Vec<String> = parts
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, what)| what)
            .collect();
        format!("kring: {}", said.join(", "))
    }
}

/// A recognition's line in the digest.
pub fn recheck_line(r: &Recognition) -> String {
    let when = r.recheck_on.map(crate::l10n::date).unwrap_or_default();
    let programme = r.programme.as_deref().map(|p| format!(" {p}")).unwrap_or_default();
    format!("{when}  {} — crebo {}{programme}", r.company, r.crebo)
}

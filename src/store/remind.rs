//! The reminder digest: the same questions as Today, asked for one staff
//! member (or everyone), with a horizon of its own.

use super::{Id, Store};
use crate::model::followups::FollowupFilter;
use crate::model::remind::Digest;
use crate::Result;

impl Store {
    /// What needs `staff` (everyone's when none): follow-ups overdue and due
    /// within `days`, their companies past their cadence, SBB re-checks of
    /// their companies, and their (and their team's) goals off track. At
    /// most `limit` rows per list; the totals are whole.
    pub fn digest(&self, staff: Option<Id>, days: u32, limit: u32) -> Result<Digest> {
        let today = self.today();
        let overdue = FollowupFilter {
            overdue: true,
            staff,
            ..Default::default()
        };
        let soon = FollowupFilter {
            due_from: Some(today),
            due_until: Some(crate::domain::dates::days_after(today, days)),
            staff,
            ..Default::default()
        };
        let capped = |filter: &FollowupFilter| FollowupFilter {
            limit: Some(limit),
            ..filter.clone()
        };
        let (name, email) = match staff {
            Some(id) => self
                .conn()
                .query_row("SELECT name, email FROM staff WHERE id = ?1", [id], |r| {
                    Ok((Some(r.get(0)?), r.get(1)?))
                })?,
            None => (None, None),
        };
        let mut rechecks = self.rechecks_due()?;
        if let Some(id) = staff {
            let owned: Vec<Id> = {
                let mut stmt = self
                    .conn()
                    .prepare_cached("SELECT id FROM company WHERE owner_id = ?1")?;
                let rows = stmt.query_map([id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            rechecks.retain(|r| owned.contains(&r.company_id));
        }
        let goals = match staff {
            Some(id) => self.goals_of(id)?,
            None => self.goals(&crate::domain::dates::school_year_of(today), Default::default())?,
        };
        Ok(Digest {
            date: today,
            staff: name,
            staff_email: email,
            days,
            overdue: self.list_followups(&capped(&overdue))?,
            overdue_total: self.count_followups(&overdue)?,
            due_soon: self.list_followups(&capped(&soon))?,
            due_soon_total: self.count_followups(&soon)?,
            losing_touch: self.losing_touch_of(staff, limit)?,
            losing_touch_total: self.count_losing_touch(staff)?,
            rechecks,
            goals_off_track: goals.into_iter().filter(|g| g.off_track(today)).collect(),
            inbox: self.inbox_of(staff)?.into_iter().take(limit as usize).collect(),
            inbox_total: self.inbox_count_of(staff)?,
        })
    }
}

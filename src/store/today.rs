//! The connector's morning: what is overdue, what is due this week, and which
//! relationships are losing touch. Mine first.

use super::{date_col, Id, Store};
use crate::domain::dates::{days_between, iso};
use crate::model::followups::{FollowupFilter, FollowupRow};
use crate::model::today::{LosingTouch, Today, TodayOptions, UpcomingMeeting};
use crate::store::db::{params, OptionalExtension};
use crate::Result;
use chrono::Duration;

impl Store {
    pub fn today_view(&self, options: TodayOptions) -> Result<Today> {
        let today = self.today();
        let me = self.actor();
        let mine_only = if options.only_mine { me } else { None };
        let overdue_filter = FollowupFilter {
            overdue: true,
            ..Default::default()
        };
        let week_filter = FollowupFilter {
            due_from: Some(today),
            due_until: Some(today + Duration::days(7)),
            ..Default::default()
        };
        let overdue = self.mine_first(overdue_filter.clone(), me, options)?;
        let due_this_week = self.mine_first(week_filter.clone(), me, options)?;
        let total = |filter: FollowupFilter| {
            self.count_followups(&FollowupFilter {
                staff: mine_only,
                ..filter
            })
        };
        let (overdue_total, due_this_week_total) = (total(overdue_filter)?, total(week_filter)?);
        let mut losing_touch = self.losing_touch(me, Some(true), options.limit)?;
        if !options.only_mine {
            let room = options.limit.saturating_sub(losing_touch.len() as u32);
            losing_touch.extend(self.losing_touch(me, Some(false), room)?);
        }
        let losing_touch_total = self.count_losing_touch(mine_only)?;
        let evaluations_due = self.evaluations_due(options.limit)?;
        let rechecks_due = self.rechecks_due()?;
        Ok(Today {
            date: today,
            me: match me {
                Some(id) => Some(self.staff_name(id)?),
                None => None,
            },
            overdue,
            overdue_total,
            due_this_week,
            due_this_week_total,
            losing_touch,
            losing_touch_total,
            next_meeting: self.next_meeting()?,
            evaluations_due_total: match evaluations_due.len() as u32 {
                // Fewer than the cap: that is all of them, no count to run.
                n if n < options.limit => u64::from(n),
                _ => self.count_evaluations_due()?,
            },
            evaluations_due,
            rechecks_due_total: self.rechecks_due_total(rechecks_due.len())?,
            rechecks_due,
            others_on_mine: self.others_on_mine(options.collision_days, options.limit)?,
            goals: self.my_goals()?,
            inbox: self.inbox_count()?,
            has_companies: self
                .conn()
                .query_row("SELECT EXISTS (SELECT 1 FROM company)", [], |r| r.get(0))?,
        })
    }

    /// The first circle meeting from today on.
    pub fn next_meeting(&self) -> Result<Option<UpcomingMeeting>> {
        self.conn()
            .prepare_cached(
                "SELECT m.id, c.name, m.starts_at, m.place FROM meeting m JOIN circle c ON c.id = m.circle_id
                  WHERE m.starts_at >= ?1 AND c.archived = 0 ORDER BY m.starts_at LIMIT 1",
            )?
            .query_row([iso(self.today())], |r| {
                Ok(UpcomingMeeting {
                    id: r.get(0)?,
                    circle: r.get(1)?,
                    starts_at: r.get(2)?,
                    place: r.get(3)?,
                })
            })
            .optional()
    }

    /// Open follow-ups matching `filter`: mine first, then (unless only mine
    /// are wanted) everyone else's, each part in due order. Two queries that
    /// each walk an index, rather than one that sorts every open follow-up.
    fn mine_first(&self, filter: FollowupFilter, me: Option<Id>, options: TodayOptions) -> Result<Vec<FollowupRow>> {
        let mut rows = match me {
            Some(me) => self.list_followups(&FollowupFilter {
                staff: Some(me),
                limit: Some(options.limit),
                ..filter.clone()
            })?,
            None => Vec::new(),
        };
        let room = options.limit.saturating_sub(rows.len() as u32);
        if !options.only_mine && room > 0 {
            rows.extend(self.list_followups(&FollowupFilter {
                not_staff: me,
                limit: Some(room),
                ..filter
            })?);
        }
        Ok(rows)
    }

    /// The companies of `owner` (everyone's when none) past their cadence,
    /// most overdue first.
    pub(crate) fn losing_touch_of(&self, owner: Option<Id>, limit: u32) -> Result<Vec<LosingTouch>> {
        match owner {
            Some(_) => self.losing_touch(owner, Some(true), limit),
            None => self.losing_touch(None, None, limit),
        }
    }

    /// Companies whose contact was due before today, most overdue first;
    /// `mine` picks the ones owned by `me` or the others (none: all). Each
    /// walks an index.
    fn losing_touch(&self, me: Option<Id>, mine: Option<bool>, limit: u32) -> Result<Vec<LosingTouch>> {
        if limit == 0 || (mine == Some(true) && me.is_none()) {
            return Ok(Vec::new());
        }
        let owner_condition = match mine {
            Some(true) => "c.owner_id = ?2",
            Some(false) => "c.owner_id IS DISTINCT FROM ?2",
            None => "(c.owner_id = ?2 OR ?2 IS NULL)",
        };
        let sql = format!(
            "SELECT c.id, c.name, c.city, s.name, c.status, c.last_contact_on, c.effective_cadence, c.contact_due_on
               FROM company c LEFT JOIN staff s ON s.id = c.owner_id
              WHERE c.archived = 0 AND c.contact_due_on < ?1 AND {owner_condition}
              ORDER BY c.contact_due_on, c.id LIMIT ?3"
        );
        let today = self.today();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![iso(today), me, limit], |r| {
            let last_contact = date_col(r, 5)?;
            let due = date_col(r, 7)?.unwrap_or(today);
            Ok(LosingTouch {
                id: r.get(0)?,
                name: r.get(1)?,
                city: r.get(2)?,
                owner: r.get(3)?,
                mine: mine == Some(true),
                status: r.get(4)?,
                last_contact,
                days_since_contact: last_contact.map(|d| days_between(d, today)),
                cadence_days: r.get(6)?,
                days_overdue: days_between(due, today),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn count_losing_touch(&self, owner: Option<Id>) -> Result<u64> {
        let today = iso(self.today());
        let count: i64 = match owner {
            Some(owner) => self
                .conn()
                .prepare_cached(
                    "SELECT count(*) FROM company WHERE owner_id = ?2 AND contact_due_on < ?1 AND archived = 0",
                )?
                .query_row(params![today, owner], |r| r.get(0))?,
            None => self
                .conn()
                .prepare_cached("SELECT count(*) FROM company WHERE contact_due_on < ?1 AND archived = 0")?
                .query_row(params![today], |r| r.get(0))?,
        };
        Ok(count as u64)
    }
}

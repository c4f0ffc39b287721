//! The connector's morning: what is overdue, what is due this week, and which
//! relationships are losing touch. Mine first.

use super::{date_col, Id, Store};
use crate::domain::dates::{days_between, iso};
use crate::model::followups::{FollowupFilter, FollowupRow};
use crate::model::today::{LosingTouch, Today, TodayOptions, UpcomingMeeting};
use crate::store::db::{params, params_from_iter, OptionalExtension};
use crate::Result;
use chrono::Duration;
use rusqlite::types::Value;

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
        // The totals and who I am in one statement: on a server each is a
        // round trip otherwise.
        let mut scalars = Scalars::default();
        for filter in [overdue_filter, week_filter] {
            let (count, values) = self.followup_count(&FollowupFilter {
                staff: mine_only,
                ..filter
            });
            scalars.add(&count, values);
        }
        let (losing_touch_count, values) = losing_touch_count(iso(today), mine_only);
        scalars.add(losing_touch_count, values);
        scalars.add(super::capture::INBOX_COUNT, vec![me.into()]);
        scalars.add(
            "SELECT count(*) FROM (SELECT 1 FROM company LIMIT 1) AS any_company",
            vec![],
        );
        scalars.add("SELECT name FROM staff WHERE id = ?1", vec![me.into()]);
        let [overdue_total, due_this_week_total, losing_touch_total, inbox, any_company, my_name] =
            scalars.read(self.conn())?;
        let count = |value: Value| match value {
            Value::Integer(n) => n.max(0) as u64,
            _ => 0,
        };
        let mut losing_touch = self.losing_touch(me, Some(true), options.limit)?;
        if !options.only_mine {
            let room = options.limit.saturating_sub(losing_touch.len() as u32);
            losing_touch.extend(self.losing_touch(me, Some(false), room)?);
        }
        let evaluations_due = self.evaluations_due(options.limit)?;
        let rechecks_due = self.rechecks_due()?;
        Ok(Today {
            date: today,
            me: match my_name {
                Value::Text(name) => Some(name),
                _ => None,
            },
            overdue,
            overdue_total: count(overdue_total),
            due_this_week,
            due_this_week_total: count(due_this_week_total),
            losing_touch,
            losing_touch_total: count(losing_touch_total),
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
            inbox: count(inbox),
            trainers_gone: self.trainers_gone()?,
            resting: self.resting()?,
            views: self.views_to_show()?,
            has_companies: count(any_company) > 0,
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
            "SELECT c.id, c.name, c.city, s.name, c.status, c.last_contact_on, c.effective_cadence, c.contact_due_on,
                    CASE WHEN c.cadence_days IS NULL AND c.status IN ('prospect', 'active') THEN c.group_cadence_from END
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
                cadence_from: r.get(8)?,
                days_overdue: days_between(due, today),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn count_losing_touch(&self, owner: Option<Id>) -> Result<u64> {
        let (sql, values) = losing_touch_count(iso(self.today()), owner);
        let count: i64 = self
            .conn()
            .prepare_cached(sql)?
            .query_row(params_from_iter(values), |r| r.get(0))?;
        Ok(count as u64)
    }
}

/// The count of `owner`'s companies past their cadence (everyone's with
/// none) on `today`, and its values.
fn losing_touch_count(today: String, owner: Option<Id>) -> (&'static str, Vec<Value>) {
    match owner {
        Some(owner) => (
            "SELECT count(*) FROM company WHERE owner_id = ?2 AND contact_due_on < ?1 AND archived = 0",
            vec![today.into(), owner.into()],
        ),
        None => (
            "SELECT count(*) FROM company WHERE contact_due_on < ?1 AND archived = 0",
            vec![today.into()],
        ),
    }
}

/// Several one-value queries read as one statement, `SELECT (q1), (q2), …`:
/// each query's `?N` moves past the values of those before it.
#[derive(Default)]
struct Scalars {
    parts: Vec<String>,
    values: Vec<Value>,
}

impl Scalars {
    fn add(&mut self, sql: &str, values: Vec<Value>) {
        self.parts.push(format!("({})", shifted(sql, self.values.len())));
        self.values.extend(values);
    }

    fn read<const N: usize>(self, conn: &crate::store::db::Connection) -> Result<[Value; N]> {
        assert_eq!(self.parts.len(), N, "one value per query");
        let sql = format!("SELECT {}", self.parts.join(", "));
        let row = conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(self.values), |r| {
                (0..N)
                    .map(|i| r.get::<_, Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })?;
        Ok(row.try_into().expect("N values"))
    }
}

/// `sql` with each numbered placeholder `?N` moved up by `by`.
fn shifted(sql: &str, by: usize) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '?' {
            continue;
        }
        let mut digits = String::new();
        while let Some(d) = chars.next_if(char::is_ascii_digit) {
            digits.push(d);
        }
        debug_assert!(!digits.is_empty(), "numbered placeholders only: {sql}");
        match digits.parse::<usize>() {
            Ok(n) => out.push_str(&(n + by).to_string()),
            Err(_) => out.push_str(&digits),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_move_past_the_values_before_them() {
        assert_eq!(
            super::shifted("a = ?1 AND b < ?2 OR c = ?12", 3),
            "a = ?4 AND b < ?5 OR c = ?15"
        );
        assert_eq!(super::shifted("SELECT 1", 4), "SELECT 1");
    }
}

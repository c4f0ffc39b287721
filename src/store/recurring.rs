//! Follow-ups that come back ("the fortnightly project team"): a series
//! knows how often and until when; marking one done makes the next, counted
//! from the series' first day so a month-end stays one.

use super::{audit, Ctx, Id, Store};
use crate::domain::dates::{from_iso, iso};
use crate::domain::recurrence::Every;
use crate::model::followups::NewFollowup;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;

impl Store {
    /// Mark a follow-up done. Doing it twice is an error that says so.
    /// Returns the next follow-up of its series, when it has one.
    pub fn complete_followup(&mut self, id: Id) -> Result<Option<Id>> {
        self.write(|tx, ctx| {
            let done_at = super::followups::open_state(tx, id)?;
            if let Some(at) = done_at {
                return Err(Error::invalid(crate::t!(
                    "err-already-done",
                    id = id,
                    at = at.to_string()
                )));
            }
            tx.execute("UPDATE followup SET done_at = ?2 WHERE id = ?1", params![id, ctx.now])?;
            audit::record(tx, ctx, "followup", id, "done", serde_json::Value::Null)?;
            next_in_series(tx, ctx, id)
        })
    }

    /// Open again a follow-up marked done (by mistake, or too soon).
    pub fn reopen_followup(&mut self, id: Id) -> Result<()> {
        self.write(|tx, ctx| {
            let Some(at) = super::followups::open_state(tx, id)? else {
                return Err(Error::invalid(format!("follow-up #{id} is open, not done")));
            };
            tx.execute("UPDATE followup SET done_at = NULL WHERE id = ?1", [id])?;
            take_back_next(tx, id, &at)?;
            audit::record(tx, ctx, "followup", id, "reopen", serde_json::json!({ "done_at": at }))
        })
    }

    /// A follow-up that comes back `every` period, until a day (or for good).
    pub fn add_recurring_followup(&mut self, new: NewFollowup, every: Every, until: Option<NaiveDate>) -> Result<Id> {
        if until.is_some_and(|u| u < new.due) {
            return Err(Error::invalid(crate::t!("err-series-ends-before")));
        }
        self.write(|tx, ctx| {
            let id = super::followups::insert_followup(tx, ctx, &new)?;
            make_series(tx, ctx, id, every, until)?;
            Ok(id)
        })
    }

    /// An interaction logged with a follow-up that comes back `every`
    /// period, until a day: one transaction (the terminal UI's log form).
    pub fn log_interaction_repeating(
        &mut self,
        new: crate::model::interactions::NewInteraction,
        every: Every,
        until: Option<NaiveDate>,
    ) -> Result<crate::model::interactions::Logged> {
        if let Some(due) = new.followup.as_ref().map(|f| f.due) {
            if until.is_some_and(|u| u < due) {
                return Err(Error::invalid(crate::t!("err-series-ends-before")));
            }
        }
        self.write(|tx, ctx| {
            let logged = super::interactions::insert_interaction(tx, ctx, &new)?;
            if let Some(id) = logged.followup {
                make_series(tx, ctx, id, every, until)?;
            }
            Ok(logged)
        })
    }

    /// The series ends: its open follow-up stays, none comes after it.
    /// Returns how many open follow-ups of the series there were.
    pub fn stop_series(&mut self, id: Id) -> Result<usize> {
        self.write(|tx, ctx| {
            let series: Option<Id> = tx
                .query_row("SELECT series_id FROM followup WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("follow-up", format!("#{id}")))?;
            let Some(series) = series else {
                return Err(Error::invalid(crate::t!("err-not-a-series", id = id)));
            };
            let stopped = tx.execute(
                "UPDATE followup SET every = NULL WHERE series_id = ?1 AND done_at IS NULL",
                [series],
            )?;
            audit::record(
                tx,
                ctx,
                "followup",
                id,
                "stop series",
                serde_json::json!({ "series": series }),
            )?;
            Ok(stopped)
        })
    }
}

/// After `done` was marked done: the next of its series, if it has one
/// within its end. Returns the new follow-up's id.
pub(crate) fn next_in_series(conn: &Connection, ctx: &Ctx, done: Id) -> Result<Option<Id>> {
    type Row = (
        Id,
        Option<Id>,
        Option<Id>,
        String,
        String,
        Option<String>,
        Option<Id>,
        String,
    );
    let row: Option<Row> = conn
        .query_row(
            "SELECT company_id, person_id, staff_id, action, every, repeat_until, series_id, due_on
               FROM followup WHERE id = ?1 AND every IS NOT NULL",
            [done],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            },
        )
        .optional()?;
    let Some((company, person, staff, action, every, until, series, due)) = row else {
        return Ok(None);
    };
    let (Some(every), Some(series)) = (Every::parse(&every), series) else {
        return Ok(None);
    };
    let start: String = conn.query_row("SELECT due_on FROM followup WHERE id = ?1", [series], |r| r.get(0))?;
    let (Some(start), Some(due)) = (from_iso(&start), from_iso(&due)) else {
        return Ok(None);
    };
    let Some(next) = every.next_after(start, due) else {
        return Ok(None);
    };
    if until.as_deref().and_then(from_iso).is_some_and(|u| next > u) {
        return Ok(None);
    }
    // Whoever it was for, if they have left, the next goes to whoever marks it done.
    let staff = staff.filter(|s| super::staff::ensure_active(conn, *s).is_ok());
    let id = super::followups::insert_followup(
        conn,
        ctx,
        &NewFollowup {
            company,
            person,
            staff,
            due: next,
            action,
            interaction: None,
        },
    )?;
    conn.execute(
        "UPDATE followup SET every = ?2, repeat_until = ?3, series_id = ?4 WHERE id = ?1",
        params![id, every.to_string(), until, series],
    )?;
    Ok(Some(id))
}

/// A done follow-up opened again: the next one its completion made goes,
/// while nobody has touched it.
pub(crate) fn take_back_next(conn: &Connection, reopened: Id, done_at: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM followup
          WHERE series_id = (SELECT series_id FROM followup WHERE id = ?1) AND series_id IS NOT NULL
            AND id > ?1 AND done_at IS NULL AND created_at >= ?2",
        params![reopened, done_at],
    )?;
    Ok(())
}

/// The follow-up begins a series: how often, until when.
fn make_series(conn: &Connection, ctx: &Ctx, id: Id, every: Every, until: Option<NaiveDate>) -> Result<()> {
    conn.execute(
        "UPDATE followup SET every = ?2, repeat_until = ?3, series_id = ?1 WHERE id = ?1",
        params![id, every.to_string(), until.map(iso)],
    )?;
    audit::record(
        conn,
        ctx,
        "followup",
        id,
        "repeat",
        serde_json::json!({ "every": every.to_string(), "until": until.map(iso) }),
    )
}

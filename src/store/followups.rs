//! Follow-ups: dated promises to do something next. Overdue when the date has
//! passed and it is not done.

use super::{audit, date_col, staff, Ctx, Id, Store};
use crate::domain::dates::{days_between, iso};
use crate::domain::validate;
use crate::model::followups::{FollowupFilter, FollowupRow, NewFollowup};
use crate::store::db::{params, params_from_iter, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;
use rusqlite::types::Value;

impl Store {
    /// How many follow-ups match `filter` in all (its limit ignored): the
    /// real total a capped list is "N of".
    pub fn count_followups(&self, filter: &FollowupFilter) -> Result<u64> {
        let (sql, values) = self.followup_count(filter);
        let count: i64 = self
            .conn()
            .prepare_cached(&sql)?
            .query_row(params_from_iter(values), |r| r.get(0))?;
        Ok(count as u64)
    }

    /// The statement that counts what `filter` names, and its values (also
    /// read as one of Today's counts).
    pub(super) fn followup_count(&self, filter: &FollowupFilter) -> (String, Vec<Value>) {
        let (conditions, values) = self.followup_conditions(filter);
        (format!("SELECT count(*) FROM followup f WHERE {conditions}"), values)
    }

    /// The WHERE clause of a follow-up filter (on `followup f`) and its values.
    fn followup_conditions(&self, filter: &FollowupFilter) -> (String, Vec<Value>) {
        // Written out, not bound: the planner can only use the partial
        // indexes on open follow-ups when it sees this condition.
        let mut conditions = if filter.include_done {
            Vec::new()
        } else {
            vec!["f.done_at IS NULL".to_string()]
        };
        let mut values: Vec<Value> = Vec::new();
        let mut bind = |value: Value, condition: &str| {
            values.push(value);
            conditions.push(condition.replace('?', &format!("?{}", values.len())));
        };
        if let Some(id) = filter.id {
            bind(id.into(), "f.id = ?");
        }
        if let Some(meeting) = filter.meeting {
            bind(meeting.into(), "f.meeting_id = ?");
        }
        if let Some(staff) = filter.staff {
            bind(staff.into(), "f.staff_id = ?");
        }
        if let Some(staff) = filter.not_staff {
            bind(staff.into(), "f.staff_id IS DISTINCT FROM ?");
        }
        if let Some(company) = filter.company {
            bind(company.into(), "f.company_id = ?");
        }
        if filter.overdue {
            bind(iso(self.today()).into(), "f.due_on < ?");
        }
        if let Some(until) = filter.due_until {
            bind(iso(until).into(), "f.due_on <= ?");
        }
        if let Some(from) = filter.due_from {
            bind(iso(from).into(), "f.due_on >= ?");
        }
        let conditions = if conditions.is_empty() {
            "1 = 1".to_string()
        } else {
            conditions.join(" AND ")
        };
        (conditions, values)
    }

    pub fn add_followup(&mut self, new: NewFollowup) -> Result<Id> {
        self.write(|tx, ctx| insert_followup(tx, ctx, &new))
    }

    pub fn list_followups(&self, filter: &FollowupFilter) -> Result<Vec<FollowupRow>> {
        let mut out = Vec::new();
        self.for_each_followup(filter, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// The follow-ups `filter` names, earliest due first, handed to `each`
    /// as they are read (a listing of 200k streams).
    pub fn for_each_followup(
        &self,
        filter: &FollowupFilter,
        mut each: impl FnMut(FollowupRow) -> Result<()>,
    ) -> Result<()> {
        self.scan_followups(filter, false, |row, _| each(row))
    }

    /// [`Store::for_each_followup`] with the note of the interaction each
    /// came from (summary and outcome), for a calendar's description.
    pub fn for_each_followup_with_note(
        &self,
        filter: &FollowupFilter,
        each: impl FnMut(FollowupRow, Option<String>) -> Result<()>,
    ) -> Result<()> {
        self.scan_followups(filter, true, each)
    }

    fn scan_followups(
        &self,
        filter: &FollowupFilter,
        with_notes: bool,
        mut each: impl FnMut(FollowupRow, Option<String>) -> Result<()>,
    ) -> Result<()> {
        let (conditions, mut values) = self.followup_conditions(filter);
        let order = "f.due_on, f.id";
        let (note_columns, note_join) = match with_notes {
            true => (
                ", i.summary, i.outcome",
                " LEFT JOIN interaction i ON i.id = f.interaction_id",
            ),
            false => ("", ""),
        };
        let mut sql = format!(
            "SELECT f.id, f.due_on, f.company_id, c.name, p.name, f.staff_id, s.name, f.action, f.done_at, f.every, f.repeat_until{note_columns}
               FROM followup f JOIN company c ON c.id = f.company_id
               LEFT JOIN person p ON p.id = f.person_id LEFT JOIN staff s ON s.id = f.staff_id{note_join}
              WHERE {conditions} ORDER BY {order}"
        );
        if let Some(limit) = filter.limit {
            values.push(i64::from(limit).into());
            sql.push_str(&format!(" LIMIT ?{}", values.len()));
        }
        let today = self.today();
        // A whole listing or export streams; a capped one (Today's) is one
        // round trip.
        let whole = filter.limit.is_none();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        stmt.for_each_row(params_from_iter(values), whole, |r| {
            let due = date_col(r, 1)?.unwrap_or(today);
            let row = FollowupRow {
                id: r.get(0)?,
                due,
                days_overdue: days_between(due, today),
                company_id: r.get(2)?,
                company: r.get(3)?,
                person: r.get(4)?,
                staff_id: r.get(5)?,
                staff: r.get(6)?,
                action: r.get(7)?,
                done_at: r.get(8)?,
                every: r.get(9)?,
                repeat_until: r.get(10)?,
            };
            let note = match with_notes {
                true => note_of(r.get(11)?, r.get(12)?),
                false => None,
            };
            each(row, note)
        })
    }

    pub fn followup(&self, id: Id) -> Result<FollowupRow> {
        let filter = FollowupFilter {
            id: Some(id),
            include_done: true,
            ..Default::default()
        };
        self.list_followups(&filter)?
            .into_iter()
            .next()
            .ok_or_else(|| no_such_followup(id))
    }

    /// Move an open follow-up's due date, never into the past.
    pub fn snooze_followup(&mut self, id: Id, due: NaiveDate) -> Result<()> {
        self.write(|tx, ctx| {
            if due < ctx.today {
                return Err(Error::invalid(crate::t!(
                    "err-snooze-past",
                    date = crate::l10n::date(due)
                )));
            }
            if let Some(at) = open_state(tx, id)? {
                return Err(Error::invalid(crate::t!(
                    "err-already-done",
                    id = id,
                    at = at.to_string()
                )));
            }
            let old: String = tx.query_row("SELECT due_on FROM followup WHERE id = ?1", [id], |r| r.get(0))?;
            // A snooze puts off; bringing a date forward is an edit.
            if iso(due) < old {
                return Err(Error::invalid(crate::t!(
                    "err-snooze-earlier",
                    id = id,
                    due = crate::l10n::date(crate::domain::dates::from_iso(&old).unwrap_or(due)),
                    date = crate::l10n::date(due)
                )));
            }
            tx.execute("UPDATE followup SET due_on = ?2 WHERE id = ?1", params![id, iso(due)])?;
            audit::record(
                tx,
                ctx,
                "followup",
                id,
                "snooze",
                serde_json::json!({ "due": [old, iso(due)] }),
            )
        })
    }

    /// Correct a follow-up's due date and action.
    pub fn edit_followup(&mut self, id: Id, due: Option<NaiveDate>, action: Option<String>) -> Result<()> {
        self.edit_followup_expecting(id, due, action, None)
    }

    /// As [`Store::edit_followup`], refused when a field in `seen` changed
    /// since it was read (taking back a change a colleague changed again).
    pub fn edit_followup_expecting(
        &mut self,
        id: Id,
        due: Option<NaiveDate>,
        action: Option<String>,
        seen: Option<&crate::model::edits::Seen>,
    ) -> Result<()> {
        self.write(|tx, ctx| {
            open_state(tx, id)?;
            if let Some(seen) = seen {
                super::edits::ensure_unchanged(tx, "followup", id, seen)?;
            }
            let (old_due, old_action): (String, String) =
                tx.query_row("SELECT due_on, action FROM followup WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            let new_due = due.map(iso).unwrap_or(old_due.clone());
            let new_action = match &action {
                Some(a) => validate::name("follow-up action", a)?,
                None => old_action.clone(),
            };
            tx.execute(
                "UPDATE followup SET due_on = ?2, action = ?3 WHERE id = ?1",
                params![id, new_due, new_action],
            )?;
            let detail = super::audit::changes(&[
                ("due", Some(old_due), Some(new_due)),
                ("action", Some(old_action), Some(new_action)),
            ]);
            audit::record(tx, ctx, "followup", id, "update", detail)
        })
    }

    /// Delete a follow-up made by mistake (a promise kept is marked done instead).
    pub fn delete_followup(&mut self, id: Id) -> Result<()> {
        let admin = self.is_admin()?;
        self.write(|tx, ctx| {
            open_state(tx, id)?;
            ensure_may_delete(tx, ctx, id, admin)?;
            let company: Id = tx.query_row("SELECT company_id FROM followup WHERE id = ?1", [id], |r| r.get(0))?;
            tx.execute("DELETE FROM followup WHERE id = ?1", [id])?;
            audit::record(
                tx,
                ctx,
                "followup",
                id,
                "delete",
                serde_json::json!({ "company": company }),
            )
        })
    }

    /// Give an open follow-up to another (active) staff member.
    pub fn reassign_followup(&mut self, id: Id, to: Id) -> Result<()> {
        self.reassign_followup_expecting(id, to, None)
    }

    /// As [`Store::reassign_followup`], refused when whom it is for changed
    /// since `seen` was read.
    pub fn reassign_followup_expecting(
        &mut self,
        id: Id,
        to: Id,
        seen: Option<&crate::model::edits::Seen>,
    ) -> Result<()> {
        self.write(|tx, ctx| {
            if let Some(seen) = seen {
                super::edits::ensure_unchanged(tx, "followup", id, seen)?;
            }
            if let Some(at) = open_state(tx, id)? {
                return Err(Error::invalid(crate::t!(
                    "err-already-done",
                    id = id,
                    at = at.to_string()
                )));
            }
            staff::ensure_active(tx, to)?;
            let old: Option<Id> = tx.query_row("SELECT staff_id FROM followup WHERE id = ?1", [id], |r| r.get(0))?;
            tx.execute("UPDATE followup SET staff_id = ?2 WHERE id = ?1", params![id, to])?;
            audit::record(
                tx,
                ctx,
                "followup",
                id,
                "reassign",
                serde_json::json!({ "staff": [old, to] }),
            )
        })
    }
}

/// Staff delete the follow-ups that are theirs or that they made (an admin
/// anyone's), as the team database enforces it too (docs/team.md).
fn ensure_may_delete(conn: &Connection, ctx: &Ctx, id: Id, admin: bool) -> Result<()> {
    let (owner, made_by): (Option<Id>, Option<Id>) = conn.query_row(
        "SELECT staff_id, (SELECT a.staff_id FROM audit_log a
                            WHERE a.entity = 'followup' AND a.entity_id = f.id AND a.action = 'create'
                            ORDER BY a.id LIMIT 1)
           FROM followup f WHERE f.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if admin || owner == ctx.actor || (made_by.is_some() && made_by == ctx.actor) {
        return Ok(());
    }
    let name: Option<String> = match owner {
        Some(owner) => conn
            .query_row("SELECT name FROM staff WHERE id = ?1", [owner], |r| r.get(0))
            .optional()?,
        None => None,
    };
    Err(Error::Forbidden(crate::t!(
        "err-delete-followup-not-yours",
        name = name.unwrap_or_else(|| "—".into())
    )))
}

fn no_such_followup(id: Id) -> Error {
    Error::NotFound {
        what: "follow-up",
        given: format!("#{id}"),
        hint: crate::t!("hint-see", command = "kring followup list"),
    }
}

/// `Ok(None)` when open, `Ok(Some(done_at))` when done, an error when missing.
pub(super) fn open_state(conn: &Connection, id: Id) -> Result<Option<String>> {
    conn.query_row("SELECT done_at FROM followup WHERE id = ?1", [id], |r| {
        r.get::<_, Option<String>>(0)
    })
    .optional()?
    .ok_or_else(|| no_such_followup(id))
}

pub(crate) fn insert_followup(conn: &Connection, ctx: &Ctx, new: &NewFollowup) -> Result<Id> {
    let action = validate::name("follow-up action", &new.action)?;
    let staff_id = new.staff.or(ctx.actor);
    if let Some(staff) = staff_id.filter(|_| !ctx.bulk) {
        staff::ensure_active(conn, staff)?;
    }
    if let Some(person) = new.person.filter(|_| !ctx.bulk) {
        if !Store::works_or_worked_at(conn, person, new.company)? {
            return Err(Error::invalid(crate::t!("err-followup-person")));
        }
    }
    conn.prepare_cached(
        "INSERT INTO followup (company_id, person_id, staff_id, interaction_id, due_on, action, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        new.company,
        new.person,
        staff_id,
        new.interaction,
        iso(new.due),
        action,
        ctx.now
    ])?;
    let id = conn.last_insert_rowid()?;
    audit::record(
        conn,
        ctx,
        "followup",
        id,
        "create",
        serde_json::json!({ "company": new.company, "due": iso(new.due) }),
    )?;
    Ok(id)
}

/// The note of an interaction, for a follow-up made with it: its summary
/// and outcome, one under the other; none when both are empty.
fn note_of(summary: Option<String>, outcome: Option<String>) -> Option<String> {
    let summary = summary.unwrap_or_default();
    let note = match outcome.filter(|o| !o.trim().is_empty()) {
        Some(outcome) if !summary.trim().is_empty() => format!("{summary}\n{outcome}"),
        Some(outcome) => outcome,
        None => summary,
    };
    (!note.trim().is_empty()).then_some(note)
}

//! Interactions: every logged contact with a company, and the timeline.

use super::followups::insert_followup;
use super::{audit, date_col, staff, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::domain::logging;
use crate::domain::validate;
use crate::model::followups::NewFollowup;
use crate::model::interactions::{InteractionPatch, Logged, NewInteraction, TimelineEntry};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;

const TIMELINE_SELECT: &str = "
    SELECT i.id, i.occurred_on, i.kind, i.company_id, c.name, s.name,
           (SELECT string_agg(p.name, '|') FROM interaction_person ip JOIN person p ON p.id = ip.person_id
             WHERE ip.interaction_id = i.id),
           i.summary, i.outcome
      FROM interaction i JOIN company c ON c.id = i.company_id LEFT JOIN staff s ON s.id = i.staff_id";

impl Store {
    /// Log one interaction, and its follow-up if any, in one transaction.
    pub fn log_interaction(&mut self, new: NewInteraction) -> Result<Logged> {
        self.write(|tx, ctx| insert_interaction(tx, ctx, &new))
    }

    /// The same interaction at each of these companies (a mailing to fifty),
    /// in one transaction: all are logged, or none is.
    pub fn log_at_each(&mut self, companies: &[Id], new: NewInteraction) -> Result<Vec<Logged>> {
        self.write(|tx, ctx| {
            companies
                .iter()
                .map(|company| {
                    let followup = new.followup.clone().map(|f| NewFollowup { company: *company, ..f });
                    insert_interaction(
                        tx,
                        ctx,
                        &NewInteraction {
                            company: *company,
                            followup,
                            ..new.clone()
                        },
                    )
                })
                .collect()
        })
    }

    pub fn edit_interaction(&mut self, id: Id, patch: InteractionPatch) -> Result<()> {
        self.write(|tx, ctx| {
            let entry = timeline_entry(tx, id)?;
            let on = patch.on.unwrap_or(entry.on);
            ensure_not_future(on, ctx)?;
            let kind = patch.kind.unwrap_or(entry.kind);
            let summary = match &patch.summary {
                Some(text) => logging::note(text)?,
                None => entry.summary.clone(),
            };
            let outcome = match &patch.outcome {
                Some(o) if o.trim().is_empty() => None,
                Some(o) => Some(o.trim().to_string()),
                None => entry.outcome.clone(),
            };
            tx.execute(
                "UPDATE interaction SET occurred_on = ?2, kind = ?3, summary = ?4, outcome = ?5 WHERE id = ?1",
                params![id, iso(on), kind, summary.trim(), outcome],
            )?;
            if let Some(persons) = &patch.persons {
                tx.execute("DELETE FROM interaction_person WHERE interaction_id = ?1", [id])?;
                link_persons(tx, id, entry.company_id, persons)?;
            }
            let detail = audit::changes(&[
                ("on", Some(iso(entry.on)), Some(iso(on))),
                ("kind", Some(entry.kind.to_string()), Some(kind.to_string())),
                ("summary", Some(entry.summary), Some(summary)),
                ("outcome", entry.outcome, outcome),
            ]);
            audit::record(tx, ctx, "interaction", id, "update", detail)?;
            Ok(())
        })
    }

    /// Delete a logged interaction (a correction: it was logged by mistake).
    /// Its follow-ups stay, unlinked; the company's last contact is recomputed.
    pub fn delete_interaction(&mut self, id: Id) -> Result<()> {
        let admin = self.is_admin()?;
        self.write(|tx, ctx| {
            let entry = timeline_entry(tx, id)?;
            ensure_may_delete(tx, ctx, id, admin)?;
            tx.execute("DELETE FROM interaction WHERE id = ?1", [id])?;
            audit::record(
                tx,
                ctx,
                "interaction",
                id,
                "delete",
                serde_json::json!({ "company": entry.company_id, "on": iso(entry.on), "kind": entry.kind }),
            )?;
            Ok(())
        })
    }

    /// Take back an interaction just logged, with the follow-up made with
    /// it, in one transaction (the follow-up only while it is still open).
    pub fn unlog(&mut self, interaction: Id, followup: Option<Id>) -> Result<()> {
        self.write(|tx, ctx| {
            if let Some(followup) = followup {
                let gone = tx.execute("DELETE FROM followup WHERE id = ?1 AND done_at IS NULL", [followup])?;
                if gone > 0 {
                    audit::record(tx, ctx, "followup", followup, "delete", serde_json::Value::Null)?;
                }
            }
            let entry = timeline_entry(tx, interaction)?;
            tx.execute("DELETE FROM interaction WHERE id = ?1", [interaction])?;
            audit::record(
                tx,
                ctx,
                "interaction",
                interaction,
                "delete",
                serde_json::json!({ "company": entry.company_id, "on": iso(entry.on), "kind": entry.kind }),
            )
        })
    }

    pub fn interaction(&self, id: Id) -> Result<TimelineEntry> {
        timeline_entry(self.conn(), id)
    }

    /// A company's interactions, newest first.
    pub fn timeline(&self, company: Id, limit: u32) -> Result<Vec<TimelineEntry>> {
        self.timeline_page(company, limit, 0)
    }

    /// `limit` interactions of the company's timeline after the first
    /// `offset`, newest first: a long history is read a page at a time.
    pub fn timeline_page(&self, company: Id, limit: u32, offset: u64) -> Result<Vec<TimelineEntry>> {
        let sql = format!(
            "{TIMELINE_SELECT} WHERE i.company_id = ?1 ORDER BY i.occurred_on DESC, i.id DESC LIMIT ?2 OFFSET ?3"
        );
        self.timeline_query(&sql, params![company, limit, offset as i64])
    }

    /// How many interactions the company's timeline has in all.
    pub fn count_interactions(&self, company: Id) -> Result<u64> {
        let count: i64 = self
            .conn()
            .prepare_cached("SELECT count(*) FROM interaction WHERE company_id = ?1")?
            .query_row([company], |r| r.get(0))?;
        Ok(count as u64)
    }

    /// The interactions a person took part in, newest first.
    pub fn timeline_of_person(&self, person: Id, limit: u32) -> Result<Vec<TimelineEntry>> {
        let sql = format!(
            "{TIMELINE_SELECT} WHERE i.id IN (SELECT interaction_id FROM interaction_person WHERE person_id = ?1)
              ORDER BY i.occurred_on DESC, i.id DESC LIMIT ?2"
        );
        self.timeline_query(&sql, params![person, limit])
    }

    /// Interactions per month for the 12 months up to and including this one,
    /// oldest first (for the activity chart).
    pub fn monthly_activity(&self, company: Id) -> Result<Vec<(String, u64)>> {
        let today = self.today();
        let months: Vec<String> = (0..12)
            .rev()
            .map(|back| {
                let first = today - chrono::Months::new(back);
                first.format("%Y-%m").to_string()
            })
            .collect();
        let mut stmt = self.conn().prepare_cached(
            "SELECT substr(occurred_on, 1, 7) AS month, count(*) FROM interaction
              WHERE company_id = ?1 AND occurred_on >= ?2 GROUP BY month",
        )?;
        let counts: std::collections::HashMap<String, i64> = stmt
            .query_map(params![company, format!("{}-01", months[0])], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(months
            .into_iter()
            .map(|m| {
                let n = counts.get(&m).copied().unwrap_or(0) as u64;
                (m, n)
            })
            .collect())
    }

    fn timeline_query(&self, sql: &str, params: impl crate::store::db::Params) -> Result<Vec<TimelineEntry>> {
        let mut stmt = self.conn().prepare_cached(sql)?;
        let rows = stmt.query_map(params, timeline_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn timeline_row(r: &crate::store::db::Row) -> rusqlite::Result<TimelineEntry> {
    let persons: Option<String> = r.get(6)?;
    Ok(TimelineEntry {
        id: r.get(0)?,
        on: date_col(r, 1)?.unwrap_or_default(),
        kind: r.get(2)?,
        company_id: r.get(3)?,
        company: r.get(4)?,
        staff: r.get(5)?,
        persons: persons
            .map(|p| p.split('|').map(str::to_string).collect())
            .unwrap_or_default(),
        summary: r.get(7)?,
        outcome: r.get(8)?,
    })
}

/// Staff delete their own interactions (an admin anyone's; one a circle
/// meeting's attendance made goes with the attendance): as the team
/// database enforces it too (docs/team.md).
fn ensure_may_delete(conn: &Connection, ctx: &Ctx, id: Id, admin: bool) -> Result<()> {
    let (by, meeting): (Option<Id>, Option<Id>) = conn.query_row(
        "SELECT staff_id, meeting_id FROM interaction WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if admin || by == ctx.actor || meeting.is_some() {
        return Ok(());
    }
    let name: Option<String> = match by {
        Some(by) => conn
            .query_row("SELECT name FROM staff WHERE id = ?1", [by], |r| r.get(0))
            .optional()?,
        None => None,
    };
    Err(Error::Forbidden(crate::t!(
        "err-delete-interaction-not-yours",
        name = name.unwrap_or_else(|| "—".into())
    )))
}

fn timeline_entry(conn: &Connection, id: Id) -> Result<TimelineEntry> {
    let sql = format!("{TIMELINE_SELECT} WHERE i.id = ?1");
    conn.query_row(&sql, [id], timeline_row)
        .optional()?
        .ok_or_else(|| Error::not_found("interaction", format!("#{id}")))
}

fn ensure_not_future(on: NaiveDate, ctx: &Ctx) -> Result<()> {
    if on > ctx.today {
        return Err(Error::invalid(crate::t!(
            "err-interaction-future",
            date = crate::l10n::date(on)
        )));
    }
    Ok(())
}

fn link_persons(conn: &Connection, interaction: Id, company: Id, persons: &[Id]) -> Result<()> {
    for &person in persons {
        if !Store::works_or_worked_at(conn, person, company)? {
            let (name, company_name): (String, String) = conn.query_row(
                "SELECT (SELECT name FROM person WHERE id = ?1), (SELECT name FROM company WHERE id = ?2)",
                params![person, company],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            return Err(Error::invalid(crate::t!(
                "err-not-a-contact",
                name = name,
                company = company_name
            )));
        }
    }
    link_persons_unchecked(conn, interaction, persons)
}

fn link_persons_unchecked(conn: &Connection, interaction: Id, persons: &[Id]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    for &person in persons {
        stmt.execute(params![interaction, person])?;
    }
    Ok(())
}

pub(crate) fn insert_interaction(conn: &Connection, ctx: &Ctx, new: &NewInteraction) -> Result<Logged> {
    ensure_not_future(new.on, ctx)?;
    let note = logging::note(&new.summary)?;
    let staff_id = new.staff.or(ctx.actor);
    if let Some(rating) = new.rating {
        validate::in_range("rating", i64::from(rating), 1, 5)?;
    }
    if let Some(id) = new.staff.filter(|_| !ctx.bulk) {
        staff::ensure_active(conn, id)?;
    }
    conn.prepare_cached(
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, outcome, created_at, rating)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        new.company,
        staff_id,
        iso(new.on),
        new.kind.as_str(),
        note,
        new.outcome.as_deref().map(str::trim).filter(|o| !o.is_empty()),
        ctx.now,
        new.rating
    ])?;
    let id = conn.last_insert_rowid()?;
    if ctx.bulk {
        link_persons_unchecked(conn, id, &new.persons)?;
    } else {
        link_persons(conn, id, new.company, &new.persons)?;
    }
    audit::record(
        conn,
        ctx,
        "interaction",
        id,
        "create",
        serde_json::json!({ "company": new.company, "kind": new.kind.as_str(), "on": iso(new.on) }),
    )?;
    let followup = match &new.followup {
        Some(f) => Some(insert_followup(
            conn,
            ctx,
            &NewFollowup {
                company: new.company,
                interaction: Some(id),
                action: logging::followup_action(Some(&f.action), &note),
                ..f.clone()
            },
        )?),
        None => None,
    };
    Ok(Logged {
        interaction: id,
        followup,
    })
}

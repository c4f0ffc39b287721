//! Engagements: collaborations of one form with a company over a period —
//! internships, guest lectures, practice assignments, partnerships…

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::domain::kinds::EngagementStatus;
use crate::domain::validate;
use crate::model::engagements::{Engagement, EngagementFilter, EngagementPatch, NewEngagement};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;

const SELECT: &str = "
    SELECT e.id, e.company_id, c.name, e.form, e.programme, e.school_year, e.period, e.starts_on, e.ends_on,
           e.students, e.status, e.scope, e.expectations, e.compensation, e.evaluation, e.evaluated_on,
           e.rating, e.hours
      FROM engagement e JOIN company c ON c.id = e.company_id";

fn row(r: &crate::store::db::Row) -> rusqlite::Result<Engagement> {
    Ok(Engagement {
        id: r.get(0)?,
        company_id: r.get(1)?,
        company: r.get(2)?,
        form: r.get(3)?,
        programme: r.get(4)?,
        school_year: r.get(5)?,
        period: r.get(6)?,
        starts_on: date_col(r, 7)?,
        ends_on: date_col(r, 8)?,
        students: r.get(9)?,
        status: r.get(10)?,
        scope: r.get(11)?,
        expectations: r.get(12)?,
        compensation: r.get(13)?,
        evaluation: r.get(14)?,
        evaluated_on: date_col(r, 15)?,
        rating: r.get(16)?,
        hours: r.get(17)?,
    })
}

fn check_period(starts: Option<NaiveDate>, ends: Option<NaiveDate>) -> Result<()> {
    match (starts, ends) {
        (Some(s), Some(e)) if e < s => Err(Error::invalid(crate::t!(
            "err-engagement-period",
            ends = crate::l10n::date(e),
            starts = crate::l10n::date(s)
        ))),
        _ => Ok(()),
    }
}

impl Store {
    pub fn add_engagement(&mut self, new: NewEngagement) -> Result<Id> {
        self.write(|tx, ctx| insert_engagement(tx, ctx, &new))
    }

    pub fn engagement(&self, id: Id) -> Result<Engagement> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE e.id = ?1"), [id], row)
            .optional()?
            .ok_or_else(|| Error::NotFound {
                what: "engagement",
                given: format!("#{id}"),
                hint: crate::t!("hint-see", command = "kring engagement list"),
            })
    }

    pub fn list_engagements(&self, filter: &EngagementFilter) -> Result<Vec<Engagement>> {
        // One company's list walks its index; `?1 IS NULL OR …` would scan them all.
        let company = if filter.company.is_some() {
            "e.company_id = ?1"
        } else {
            "CAST(?1 AS BIGINT) IS NULL"
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE {company} AND (e.status = ?2 OR ?2 IS NULL)
                AND (e.form = ?3 OR ?3 IS NULL) AND (e.school_year = ?4 OR ?4 IS NULL)
              ORDER BY coalesce(e.starts_on, e.school_year, '') DESC, e.id DESC"
        ))?;
        let rows = stmt.query_map(
            params![
                filter.company,
                filter.status.map(|s| s.as_str()),
                filter.form.map(|f| f.as_str()),
                filter.school_year
            ],
            row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn edit_engagement(&mut self, id: Id, patch: EngagementPatch) -> Result<()> {
        let old = self.engagement(id)?;
        self.write(|tx, ctx| {
            let text = |new: &Option<String>, old: &Option<String>| match new {
                Some(v) => validate::optional(Some(v)),
                None => old.clone(),
            };
            let year = match &patch.school_year {
                Some(y) if y.trim().is_empty() => None,
                Some(y) => Some(validate::school_year(y)?),
                None => old.school_year.clone(),
            };
            let starts = patch.starts_on.or(old.starts_on);
            let ends = patch.ends_on.or(old.ends_on);
            check_period(starts, ends)?;
            let form = patch.form.unwrap_or(old.form);
            let status = patch.status.unwrap_or(old.status);
            let students = patch.students.map(i64::from).or(old.students);
            if let Some(n) = patch.students {
                validate::in_range("students", i64::from(n), 0, validate::MAX_STUDENTS)?;
            }
            let hours = patch.hours.map(i64::from).or(old.hours);
            if let Some(n) = patch.hours {
                validate::in_range("hours", i64::from(n), 0, validate::MAX_HOURS)?;
            }
            tx.execute(
                "UPDATE engagement SET form = ?2, programme = ?3, school_year = ?4, period = ?5, starts_on = ?6,
                        ends_on = ?7, students = ?8, status = ?9, scope = ?10, expectations = ?11,
                        compensation = ?12, updated_at = ?13, hours = ?14 WHERE id = ?1",
                params![
                    id,
                    form,
                    text(&patch.programme, &old.programme),
                    year,
                    text(&patch.period, &old.period),
                    starts.map(iso),
                    ends.map(iso),
                    students,
                    status,
                    text(&patch.scope, &old.scope),
                    text(&patch.expectations, &old.expectations),
                    text(&patch.compensation, &old.compensation),
                    ctx.now,
                    hours
                ],
            )?;
            let detail = audit::changes(&[
                ("form", Some(old.form.to_string()), Some(form.to_string())),
                ("status", Some(old.status.to_string()), Some(status.to_string())),
                ("school_year", old.school_year.clone(), year.clone()),
                (
                    "students",
                    old.students.map(|s| s.to_string()),
                    students.map(|s| s.to_string()),
                ),
                ("hours", old.hours.map(|h| h.to_string()), hours.map(|h| h.to_string())),
            ]);
            let mut detail = detail;
            detail["company"] = serde_json::json!(old.company_id);
            audit::record(tx, ctx, "engagement", id, "update", detail)
        })
    }

    /// Engagements that ended (past their end date, or done without one)
    /// without an evaluation: Today suggests following them up.
    pub fn evaluations_due(&self, limit: u32) -> Result<Vec<Engagement>> {
        // Two index ranges: those past their end date (newest first), and
        // those marked done that have no end date.
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE e.id IN (
                 SELECT * FROM (SELECT id FROM engagement
                   WHERE evaluation IS NULL AND status <> 'cancelled' AND ends_on < ?1 ORDER BY ends_on DESC LIMIT ?2) AS past
                 UNION ALL
                 SELECT * FROM (SELECT id FROM engagement
                   WHERE evaluation IS NULL AND status <> 'cancelled' AND status = 'done' AND ends_on IS NULL LIMIT ?2) AS undated)
              ORDER BY e.ends_on DESC NULLS LAST, e.id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![iso(self.today()), limit], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many collaborations wait for an evaluation in all (the list of
    /// [`Store::evaluations_due`] is capped).
    pub fn count_evaluations_due(&self) -> Result<u64> {
        self.conn()
            // Two counts, not one with OR: each reads only its part of the
            // index of unevaluated collaborations (the OR read all 30k rows
            // of the large demo, a third of `kring today`).
            .prepare_cached(
                "SELECT (SELECT count(*) FROM engagement WHERE evaluation IS NULL AND status <> 'cancelled'
                           AND ends_on < ?1)
                      + (SELECT count(*) FROM engagement WHERE evaluation IS NULL AND status <> 'cancelled'
                           AND ends_on IS NULL AND status = 'done')",
            )?
            .query_row([iso(self.today())], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
    }

    /// Record the evaluation after it ended (marks it done when it was not),
    /// with how it went from 1 to 5 if said.
    pub fn evaluate_engagement(&mut self, id: Id, evaluation: &str, rating: Option<u8>) -> Result<()> {
        let old = self.engagement(id)?;
        let text = validate::name("evaluation", evaluation)?;
        if let Some(rating) = rating {
            validate::in_range("rating", i64::from(rating), 1, 5)?;
        }
        if old.status == EngagementStatus::Cancelled {
            return Err(Error::invalid(crate::t!("err-engagement-cancelled", id = id)));
        }
        self.write(|tx, ctx| {
            tx.execute(
                "UPDATE engagement SET evaluation = ?2, evaluated_on = ?3, status = 'done', updated_at = ?4,
                        rating = coalesce(?5, rating) WHERE id = ?1",
                params![id, text, iso(ctx.today), ctx.now, rating],
            )?;
            audit::record(
                tx,
                ctx,
                "engagement",
                id,
                "evaluate",
                serde_json::json!({ "company": old.company_id }),
            )
        })
    }
}

pub(crate) fn insert_engagement(conn: &Connection, ctx: &Ctx, new: &NewEngagement) -> Result<Id> {
    let year = validate::optional(new.school_year.as_deref())
        .map(|y| validate::school_year(&y))
        .transpose()?;
    check_period(new.starts_on, new.ends_on)?;
    if let Some(n) = new.students {
        validate::in_range("students", i64::from(n), 0, validate::MAX_STUDENTS)?;
    }
    if let Some(n) = new.hours {
        validate::in_range("hours", i64::from(n), 0, validate::MAX_HOURS)?;
    }
    conn.prepare_cached(
        "INSERT INTO engagement (company_id, form, programme, school_year, period, starts_on, ends_on, students,
                                 status, scope, expectations, compensation, staff_id, created_at, updated_at, hours)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)",
    )?
    .execute(params![
        new.company,
        new.form.as_str(),
        validate::optional(new.programme.as_deref()),
        year,
        validate::optional(new.period.as_deref()),
        new.starts_on.map(iso),
        new.ends_on.map(iso),
        new.students,
        new.status.as_str(),
        validate::optional(new.scope.as_deref()),
        validate::optional(new.expectations.as_deref()),
        validate::optional(new.compensation.as_deref()),
        ctx.actor,
        ctx.now,
        new.hours
    ])?;
    let id = conn.last_insert_rowid()?;
    audit::record(
        conn,
        ctx,
        "engagement",
        id,
        "create",
        serde_json::json!({ "company": new.company, "form": new.form.as_str() }),
    )?;
    Ok(id)
}

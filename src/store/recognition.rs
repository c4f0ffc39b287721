//! SBB recognition: a company recognised as a training company (erkend
//! leerbedrijf) for a programme (crebo), with its workplace trainer and a
//! date to check it again.

use super::{audit, date_col, Id, Store};
use crate::domain::dates::iso;
use crate::domain::validate;
use crate::model::recognition::{NewRecognition, Recognition};
use crate::store::db::{params, OptionalExtension};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate};

/// A re-check shows on Today from this many days before its date.
pub const RECHECK_NOTICE_DAYS: i64 = 14;

const SELECT: &str = "
    SELECT r.id, r.company_id, c.name, r.crebo, r.programme, p.name, r.recognised_on, r.recheck_on
      FROM recognition r JOIN company c ON c.id = r.company_id LEFT JOIN person p ON p.id = r.trainer_person_id";

fn row(r: &crate::store::db::Row) -> rusqlite::Result<Recognition> {
    Ok(Recognition {
        id: r.get(0)?,
        company_id: r.get(1)?,
        company: r.get(2)?,
        crebo: r.get(3)?,
        programme: r.get(4)?,
        trainer: r.get(5)?,
        recognised_on: date_col(r, 6)?,
        recheck_on: date_col(r, 7)?,
    })
}

/// Recognitions listed at most on Today.
const RECHECKS_SHOWN: usize = 50;

impl Store {
    /// Record a recognition; the company is then marked as recognised.
    pub fn add_recognition(&mut self, new: NewRecognition) -> Result<Id> {
        let crebo = crate::domain::validate::crebo(&new.crebo)?;
        self.write(|tx, ctx| {
            if let Some(trainer) = new.trainer {
                if !Store::works_or_worked_at(tx, trainer, new.company)? {
                    return Err(Error::invalid(crate::t!("err-trainer")));
                }
            }
            // Recognised again for a crebo it has: what is given replaces
            // what was (a new workplace trainer, a new date), the rest stays.
            let existing: Option<Id> = tx
                .query_row(
                    "SELECT id FROM recognition WHERE company_id = ?1 AND crebo = ?2 ORDER BY id LIMIT 1",
                    params![new.company, crebo],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => {
                    tx.execute(
                        "UPDATE recognition SET programme = coalesce(?2, programme),
                                trainer_person_id = coalesce(?3, trainer_person_id),
                                recognised_on = coalesce(?4, recognised_on), recheck_on = coalesce(?5, recheck_on)
                          WHERE id = ?1",
                        params![
                            id,
                            validate::optional(new.programme.as_deref()),
                            new.trainer,
                            new.recognised_on.map(iso),
                            new.recheck_on.map(iso)
                        ],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO recognition (company_id, crebo, programme, trainer_person_id, recognised_on, recheck_on)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            new.company,
                            crebo,
                            validate::optional(new.programme.as_deref()),
                            new.trainer,
                            new.recognised_on.map(iso),
                            new.recheck_on.map(iso)
                        ],
                    )?;
                    tx.last_insert_rowid()?
                }
            };
            if let Some(trainer) = new.trainer {
                super::departures::refresh_trainers(tx, trainer)?;
            }
            tx.execute(
                "UPDATE company SET recognised = 1, updated_at = ?2 WHERE id = ?1",
                params![new.company, ctx.now],
            )?;
            audit::record(
                tx,
                ctx,
                "company",
                new.company,
                "recognise",
                serde_json::json!({ "crebo": crebo }),
            )?;
            Ok(id)
        })
    }

    pub fn recognitions(&self, company: Option<Id>) -> Result<Vec<Recognition>> {
        // One company's list walks its index; `?1 IS NULL OR …` would scan them all.
        let condition = if company.is_some() {
            "r.company_id = ?1"
        } else {
            "CAST(?1 AS BIGINT) IS NULL"
        };
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT} WHERE {condition} ORDER BY c.name_fold, r.crebo"))?;
        let rows = stmt.query_map([company], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A recognition was checked again: the next check is `next` (none: no
    /// date set). Recorded in the company's history.
    pub fn mark_rechecked(&mut self, id: Id, next: Option<NaiveDate>) -> Result<()> {
        if next.is_some_and(|day| day <= self.today()) {
            return Err(Error::invalid(crate::t!("err-recheck-not-ahead")));
        }
        self.write(|tx, ctx| {
            let found: Option<(Id, String)> = tx
                .query_row("SELECT company_id, crebo FROM recognition WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let (company, crebo) =
                found.ok_or_else(|| Error::invalid(crate::t!("err-gone", what = "recognition", id = id)))?;
            tx.execute(
                "UPDATE recognition SET recheck_on = ?2 WHERE id = ?1",
                params![id, next.map(iso)],
            )?;
            audit::record(
                tx,
                ctx,
                "company",
                company,
                "recheck",
                serde_json::json!({ "crebo": crebo, "next": next.map(iso) }),
            )
        })
    }

    /// Recognitions to check again soon (or overdue), earliest first.
    pub fn rechecks_due(&self) -> Result<Vec<Recognition>> {
        let until = iso(self.today() + Duration::days(RECHECK_NOTICE_DAYS));
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE r.recheck_on IS NOT NULL AND r.recheck_on <= ?1 AND c.archived = 0 ORDER BY r.recheck_on LIMIT {RECHECKS_SHOWN}"
        ))?;
        let rows = stmt.query_map([until], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many recognitions are due a check in all: counted only when the
    /// list [`Store::rechecks_due`] gives is full (fewer is all of them).
    pub fn rechecks_due_total(&self, listed: usize) -> Result<u64> {
        if listed < RECHECKS_SHOWN {
            return Ok(listed as u64);
        }
        let until = iso(self.today() + Duration::days(RECHECK_NOTICE_DAYS));
        let n: i64 = self.conn().query_row(
            // The archived companies left out as a list read from their own
            // small index (the order by id makes SQLite pick it): looking
            // up each recognition's company read 6,600 pages of a file, and
            // joining every company cost a server a scan of them.
            "SELECT count(*) FROM recognition r
              WHERE r.recheck_on IS NOT NULL AND r.recheck_on <= ?1
                AND r.company_id NOT IN (SELECT id FROM company WHERE archived <> 0 ORDER BY id)",
            [until],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }
}

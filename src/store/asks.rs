//! How much a company is asked: a rest period it asked for ("no new asks
//! until March"), and asks by other schools it told us about, which count
//! in the ask-load beside our own.

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::domain::validate;
use crate::model::network::{OutsideAsk, Resting};
use crate::store::db::{params, Connection};
use crate::{Error, Result};
use chrono::NaiveDate;

impl Store {
    /// The company asked for rest until `until` (and why); `None` ends it.
    pub fn set_rest(&mut self, company: Id, until: Option<NaiveDate>, reason: Option<&str>) -> Result<()> {
        if until.is_some_and(|u| u < self.today()) {
            return Err(Error::invalid(crate::t!("err-rest-past")));
        }
        let reason = validate::optional(reason).filter(|_| until.is_some());
        self.write(|tx, ctx| {
            tx.execute(
                "UPDATE company SET rest_until = ?2, rest_reason = ?3, updated_at = ?4 WHERE id = ?1",
                params![company, until.map(iso), reason, ctx.now],
            )?;
            audit::record(
                tx,
                ctx,
                "company",
                company,
                "rest",
                serde_json::json!({ "until": until.map(iso) }),
            )
        })
    }

    /// Companies resting today, the soonest back first.
    pub fn resting(&self) -> Result<Vec<Resting>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name, s.name, c.rest_until, c.rest_reason
               FROM company c LEFT JOIN staff s ON s.id = c.owner_id
              WHERE c.rest_until >= ?1 AND c.archived = 0
              ORDER BY c.rest_until, c.name_fold, c.id",
        )?;
        let rows = stmt.query_map([iso(self.today())], |r| {
            Ok(Resting {
                company_id: r.get(0)?,
                company: r.get(1)?,
                owner: r.get(2)?,
                until: date_col(r, 3)?.unwrap_or_default(),
                reason: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Those of `companies` resting today, for a warning before anyone asks.
    pub fn resting_among(&self, companies: &[Id]) -> Result<Vec<Resting>> {
        Ok(self
            .resting()?
            .into_iter()
            .filter(|r| companies.contains(&r.company_id))
            .collect())
    }

    /// Another school asked the company, as the company told us.
    pub fn add_outside_ask(&mut self, company: Id, on: NaiveDate, by: &str, what: Option<&str>) -> Result<Id> {
        self.write(|tx, ctx| outside_ask_in(tx, ctx, company, on, by, what))
    }

    /// Asks by other schools since `since`, newest first.
    pub fn outside_asks(&self, company: Id, since: NaiveDate) -> Result<Vec<OutsideAsk>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, company_id, asked_on, asked_by, what FROM outside_ask
              WHERE company_id = ?1 AND asked_on >= ?2 ORDER BY asked_on DESC, id DESC",
        )?;
        let rows = stmt.query_map(params![company, iso(since)], |r| {
            Ok(OutsideAsk {
                id: r.get(0)?,
                company_id: r.get(1)?,
                asked_on: date_col(r, 2)?.unwrap_or_default(),
                asked_by: r.get(3)?,
                what: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(crate) fn outside_ask_in(
    tx: &Connection,
    ctx: &Ctx,
    company: Id,
    on: NaiveDate,
    by: &str,
    what: Option<&str>,
) -> Result<Id> {
    let by = validate::name("school", by)?;
    let what = validate::optional(what);
    tx.execute(
        "INSERT INTO outside_ask (company_id, asked_on, asked_by, what, staff_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![company, iso(on), by, what, ctx.actor, ctx.now],
    )?;
    let id = tx.last_insert_rowid()?;
    audit::record(
        tx,
        ctx,
        "company",
        company,
        "asked elsewhere",
        serde_json::json!({ "outside_ask": id }),
    )?;
    Ok(id)
}

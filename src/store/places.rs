//! Places a company offers for a programme in a period, and how many are
//! filled: "who still has room for Mechatronica in blok 3". Counts only:
//! the students themselves are the student information system's.

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::model::network::{Place, PlaceChange, PlaceFilter};
use crate::store::db::{params, params_from_iter, Connection, OptionalExtension};
use crate::{Error, Result};
use rusqlite::types::Value;

const SELECT: &str = "
    SELECT p.id, p.company_id, c.name, c.city, p.programme, p.school_year, p.period, p.offered, p.filled, p.note,
           CASE WHEN c.rest_until >= ?1 THEN c.rest_until END
      FROM place p JOIN company c ON c.id = p.company_id";

fn place(r: &crate::store::db::Row) -> rusqlite::Result<Place> {
    let (offered, filled): (i64, i64) = (r.get(7)?, r.get(8)?);
    Ok(Place {
        id: r.get(0)?,
        company_id: r.get(1)?,
        company: r.get(2)?,
        city: r.get(3)?,
        programme: r.get(4)?,
        school_year: r.get(5)?,
        period: r.get(6)?,
        offered,
        filled,
        open: (offered - filled).max(0),
        note: r.get(9)?,
        resting_until: date_col(r, 10)?,
    })
}

impl Store {
    /// Record places offered and/or filled; the row of the company,
    /// programme, year and period is made when there is none.
    pub fn set_places(&mut self, change: PlaceChange) -> Result<Place> {
        let id = self.write(|tx, ctx| set_places(tx, ctx, &change))?;
        self.place(id)
    }

    /// Several companies' counts in one transaction (an import): all or nothing.
    pub fn set_many_places(&mut self, changes: &[PlaceChange]) -> Result<usize> {
        self.write(|tx, ctx| {
            for change in changes {
                set_places(tx, ctx, change)?;
            }
            Ok(changes.len())
        })
    }

    pub fn place(&self, id: Id) -> Result<Place> {
        let sql = format!("{SELECT} WHERE p.id = ?2");
        self.conn()
            .query_row(&sql, params![self.today_iso(), id], place)
            .optional()?
            .ok_or_else(|| Error::not_found("places", format!("#{id}")))
    }

    /// Places by programme, period and company; archived companies are left out.
    pub fn places(&self, filter: &PlaceFilter) -> Result<Vec<Place>> {
        let mut values: Vec<Value> = vec![self.today_iso().into()];
        let mut conditions = vec!["c.archived = 0".to_string()];
        let mut condition = |values: &mut Vec<Value>, sql: &str, value: Value| {
            values.push(value);
            conditions.push(sql.replace('?', &format!("?{}", values.len())));
        };
        if let Some(programme) = &filter.programme {
            condition(
                &mut values,
                "instr(p.programme_fold, ?) > 0",
                fold(programme.trim()).into(),
            );
        }
        if let Some(period) = &filter.period {
            condition(&mut values, "p.period_fold = ?", fold(period.trim()).into());
        }
        if let Some(year) = &filter.school_year {
            condition(&mut values, "p.school_year = ?", year.clone().into());
        }
        if let Some(company) = filter.company {
            condition(&mut values, "p.company_id = ?", company.into());
        }
        if filter.open {
            conditions.push("p.offered > p.filled".into());
        }
        let sql = format!(
            "{SELECT} WHERE {} ORDER BY p.school_year, p.programme_fold, p.period_fold, c.name_fold, p.id",
            conditions.join(" AND ")
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), place)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn today_iso(&self) -> String {
        crate::domain::dates::iso(self.today())
    }
}

pub(crate) fn set_places(conn: &Connection, ctx: &Ctx, change: &PlaceChange) -> Result<Id> {
    let programme = validate::name("programme", &change.programme)?;
    let year = validate::school_year(&change.school_year)?;
    let period = change.period.split_whitespace().collect::<Vec<_>>().join(" ");
    if period.chars().any(char::is_control) {
        return Err(validate::FieldError::Control("period").into());
    }
    let note = validate::optional(change.note.as_deref());
    if change.offered.is_none() && change.filled.is_none() && note.is_none() {
        return Err(Error::invalid(crate::t!("err-places-nothing")));
    }
    let existing: Option<Id> = conn
        .query_row(
            "SELECT id FROM place WHERE company_id = ?1 AND programme_fold = ?2 AND school_year = ?3 AND period_fold = ?4
              ORDER BY id LIMIT 1",
            params![change.company, fold(&programme), year, fold(&period)],
            |r| r.get(0),
        )
        .optional()?;
    let id = match existing {
        Some(id) => {
            conn.execute(
                "UPDATE place SET offered = coalesce(?2, offered), filled = coalesce(?3, filled),
                                  note = coalesce(?4, note), updated_at = ?5
                  WHERE id = ?1",
                params![id, change.offered, change.filled, note, ctx.now],
            )?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO place (company_id, programme, programme_fold, school_year, period, period_fold,
                                    offered, filled, note, staff_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    change.company,
                    programme,
                    fold(&programme),
                    year,
                    period,
                    fold(&period),
                    change.offered.unwrap_or(0),
                    change.filled.unwrap_or(0),
                    note,
                    ctx.actor,
                    ctx.now
                ],
            )?;
            conn.last_insert_rowid()?
        }
    };
    audit::record(
        conn,
        ctx,
        "company",
        change.company,
        "places",
        serde_json::json!({
            "programme": programme, "school_year": year, "period": period,
            "offered": change.offered, "filled": change.filled
        }),
    )?;
    Ok(id)
}

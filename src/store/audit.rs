//! The audit log: who changed what, when. Written here, by the store, in the
//! same transaction as the change, so no caller can forget it.

use super::{Ctx, Id};
use crate::model::audit::Change;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::Result;
use serde_json::Value;

pub(crate) fn record(
    conn: &Connection,
    ctx: &Ctx,
    entity: &str,
    entity_id: Id,
    action: &str,
    detail: Value,
) -> Result<()> {
    if ctx.bulk {
        return Ok(());
    }
    let detail = with_company(conn, entity, entity_id, detail)?;
    let detail = if detail.is_null() {
        None
    } else {
        Some(detail.to_string())
    };
    conn.prepare_cached(
        "INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![ctx.now, ctx.actor, entity, entity_id, action, detail])?;
    Ok(())
}

/// Every change to a record that hangs on a company names the company, so
/// that `kring history COMPANY` shows it whoever wrote the entry: an
/// interaction's, follow-up's, collaboration's or recognition's company, and
/// the companies a person works at (both, for a move).
fn with_company(conn: &Connection, entity: &str, id: Id, detail: Value) -> Result<Value> {
    let mut detail = match detail {
        Value::Null => Value::Object(Default::default()),
        Value::Object(map) => Value::Object(map),
        other => return Ok(other),
    };
    if detail.get("company").is_some_and(|c| !c.is_null()) {
        return Ok(detail);
    }
    let table = match entity {
        "interaction" | "followup" | "engagement" | "recognition" | "question" => Some(entity),
        _ => None,
    };
    if let Some(table) = table {
        let company: Option<Id> = conn
            .query_row(&format!("SELECT company_id FROM {table} WHERE id = ?1"), [id], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(company) = company {
            detail["company"] = company.into();
        }
    }
    if entity == "person" {
        let mut companies: Vec<Id> = {
            let mut stmt =
                conn.prepare_cached("SELECT company_id FROM employment WHERE person_id = ?1 AND ended_on IS NULL")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if let Some(from) = detail.get("from").and_then(Value::as_array) {
            companies.extend(from.iter().filter_map(Value::as_i64));
        }
        companies.sort_unstable();
        companies.dedup();
        if !companies.is_empty() {
            detail["companies"] = serde_json::json!(companies);
        }
    }
    if detail.as_object().is_some_and(|m| m.is_empty()) {
        return Ok(Value::Null);
    }
    Ok(detail)
}

/// A JSON object of the fields that changed: `{field: [old, new]}`.
pub(crate) fn changes(pairs: &[(&str, Option<String>, Option<String>)]) -> Value {
    let mut map = serde_json::Map::new();
    for (field, old, new) in pairs {
        if old != new {
            map.insert((*field).to_string(), serde_json::json!([old, new]));
        }
    }
    Value::Object(map)
}

impl super::Store {
    /// What changed about a company — its own fields and owner, and every
    /// record that hangs on it (interactions, follow-ups, collaborations,
    /// attendance, people) — newest first.
    pub fn history(&self, company: super::Id) -> Result<Vec<Change>> {
        self.changes(
            "WHERE (a.entity = 'company' AND a.entity_id = ?1)
                OR (a.entity <> 'company' AND json_valid(a.detail)
                    AND (CAST(json_extract(a.detail, '$.company') AS TEXT) = CAST(?1 AS TEXT)
                         OR EXISTS (SELECT 1 FROM json_each(a.detail, '$.companies') WHERE CAST(value AS TEXT) = CAST(?1 AS TEXT))))",
            crate::store::db::params![company],
        )
    }

    /// What changed about a person (their own record: the audit log holds
    /// field names, not their data), newest first.
    pub fn person_history(&self, person: super::Id) -> Result<Vec<Change>> {
        self.changes(
            "WHERE (a.entity = 'person' AND a.entity_id = ?1)
                OR (json_valid(a.detail) AND CAST(json_extract(a.detail, '$.person') AS TEXT) = CAST(?1 AS TEXT))",
            crate::store::db::params![person],
        )
    }

    /// Every change in the database, newest first: since a day, by one staff member.
    pub fn all_history(&self, since: Option<chrono::NaiveDate>, by: Option<super::Id>) -> Result<Vec<Change>> {
        self.changes(
            "WHERE (a.at >= ?1 OR ?1 IS NULL) AND (a.staff_id = ?2 OR ?2 IS NULL)",
            crate::store::db::params![since.map(crate::domain::dates::iso), by],
        )
    }

    /// A page of the whole log, newest first: `limit` changes after the
    /// first `offset` (the terminal UI reads it as you scroll).
    pub fn history_page(&self, limit: u32, offset: u64) -> Result<Vec<Change>> {
        self.changes(
            "WHERE a.id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT ?1 OFFSET ?2)",
            crate::store::db::params![limit, offset as i64],
        )
    }

    fn changes(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<Change>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT a.at, s.name, a.entity, a.entity_id, a.action, a.detail
               FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id {filter}
              ORDER BY a.id DESC"
        ))?;
        let rows = stmt.query_map(params, |r| {
            let detail: Option<String> = r.get(5)?;
            Ok(Change {
                at: r.get(0)?,
                staff: r.get(1)?,
                entity: r.get(2)?,
                entity_id: r.get(3)?,
                action: r.get(4)?,
                detail: detail.and_then(|d| serde_json::from_str(&d).ok()),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

//! The audit log: who changed what, when. Written here, by the store, in the
//! same transaction as the change, so no caller can forget it.

use super::{Ctx, Id};
use crate::Result;
use rusqlite::{params, Connection};
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
    let detail = if detail.is_null() {
        None
    } else {
        Some(detail.to_string())
    };
    conn.execute(
        "INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![ctx.now, ctx.actor, entity, entity_id, action, detail],
    )?;
    Ok(())
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

/// One change, as `kring history` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Change {
    pub at: String,
    pub staff: Option<String>,
    pub entity: String,
    pub entity_id: Option<super::Id>,
    pub action: String,
    pub detail: Option<serde_json::Value>,
}

impl super::Store {
    /// What changed about a company — its own fields and owner, and its
    /// interactions and follow-ups — newest first.
    pub fn history(&self, company: super::Id) -> Result<Vec<Change>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.at, s.name, a.entity, a.entity_id, a.action, a.detail
               FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
              WHERE (a.entity = 'company' AND a.entity_id = ?1)
                 OR (a.entity IN ('interaction', 'followup', 'engagement') AND json_extract(a.detail, '$.company') = ?1)
              ORDER BY a.id DESC",
        )?;
        let rows = stmt.query_map([company], |r| {
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

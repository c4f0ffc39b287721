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

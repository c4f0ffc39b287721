//! No lost update: an edit form remembers the values it showed, and a save
//! that would overwrite a field someone else changed since is refused,
//! naming the field, the other value and who changed it.

use super::{Id, Store};
use crate::model::edits::{EditConflict, Seen};
use crate::store::db::{Connection, OptionalExtension};
use crate::{Error, Result};

/// The tables an editor works on; names are fixed here, never from input.
fn table(entity: &str) -> Result<&'static str> {
    match entity {
        "company" => Ok("company"),
        "person" => Ok("person"),
        "followup" => Ok("followup"),
        other => Err(Error::Database(format!("no edit check for '{other}'"))),
    }
}

impl Store {
    /// What an editor opening record `id` sees of `columns` (fixed names).
    pub fn seen(&self, entity: &str, id: Id, columns: &[&'static str]) -> Result<Seen> {
        let table = table(entity)?;
        let mut values = Vec::new();
        for column in columns {
            values.push((*column, current(self.conn(), table, id, column)?));
        }
        Ok(Seen { values })
    }
}

fn current(conn: &Connection, table: &str, id: Id, column: &str) -> Result<Option<String>> {
    let value: Option<Option<String>> = conn
        .query_row(
            &format!("SELECT CAST({column} AS TEXT) FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    value.ok_or_else(|| Error::invalid(crate::t!("err-gone", what = crate::l10n::noun(table), id = id)))
}

/// Empty and missing are the same to a person reading a form.
fn same(a: &Option<String>, b: &Option<String>) -> bool {
    a.as_deref().unwrap_or("").trim() == b.as_deref().unwrap_or("").trim()
}

/// Refuse (inside the saving transaction) when a seen column changed since.
pub(crate) fn ensure_unchanged(conn: &Connection, entity: &str, id: Id, seen: &Seen) -> Result<()> {
    let table = table(entity)?;
    for (column, saw) in &seen.values {
        let now = current(conn, table, id, column)?;
        if same(&now, saw) {
            continue;
        }
        let (at, by) = who_changed(conn, entity, id, logged_as(entity, column))?.unzip();
        return Err(Error::Conflict(EditConflict {
            column,
            current: shown(conn, column, now)?,
            by: by.flatten(),
            at,
        }));
    }
    Ok(())
}

/// The key a field has in the audit log's detail, where it differs from the
/// column (a follow-up's date and the colleague it is for).
fn logged_as<'a>(entity: &str, column: &'a str) -> &'a str {
    match (entity, column) {
        ("followup", "due_on") => "due",
        ("followup", "staff_id") => "staff",
        ("company", "owner_id") => "owner",
        _ => column,
    }
}

/// A value as a person reads it: a staff member by name, not number.
fn shown(conn: &Connection, column: &str, value: Option<String>) -> Result<Option<String>> {
    match (column, &value) {
        ("staff_id" | "owner_id", Some(id)) => Ok(conn
            .query_row("SELECT name FROM staff WHERE CAST(id AS TEXT) = ?1", [id], |r| r.get(0))
            .optional()?
            .or(value)),
        _ => Ok(value),
    }
}

/// The newest audit entry that names this field of this record.
fn who_changed(conn: &Connection, entity: &str, id: Id, column: &str) -> Result<Option<(String, Option<String>)>> {
    conn.query_row(
        "SELECT a.at, s.name FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
              WHERE a.entity = ?1 AND a.entity_id = ?2 AND json_valid(a.detail)
                AND (json_type(a.detail, '$.' || ?3) IS NOT NULL
                     OR EXISTS (SELECT 1 FROM json_each(a.detail, '$.fields') WHERE value = ?3))
              ORDER BY a.id DESC LIMIT 1",
        crate::store::db::params![entity, id, column],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

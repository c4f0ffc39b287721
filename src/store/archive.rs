//! The whole database as one JSON document (`kring export all`) and back
//! (`kring import all`), table by table, row by row, ids included.
//!
//! The document: `{"format": "kring", "schema_version": N, "exported_at": …,
//! "tables": {"company": [{"id": 1, "name": …}, …], …}}`. Generated columns
//! and the full-text indexes are left out: they are derived, and rebuilt on
//! import. A document from an older schema version imports as long as its
//! tables and columns still exist (migrations so far only add).

use super::migrations::{user_version, LATEST};
use super::{Id, Store};
use crate::{Error, Result};
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, TransactionBehavior};
use serde_json::{Map, Value};
use std::io::Write;

/// The tables in an export, in an order that satisfies their foreign keys.
pub const TABLES: &[&str] = &[
    "setting",
    "staff",
    "company",
    "tag",
    "company_tag",
    "person",
    "employment",
    "circle",
    "circle_member",
    "meeting",
    "interaction",
    "interaction_person",
    "followup",
    "engagement",
    "recognition",
    "meeting_attendance",
    "audit_log",
    "import_batch",
    "import_item",
];

/// How many rows were written or read, per table.
pub type TableCounts = Vec<(String, usize)>;

impl Store {
    /// Rows in the database, for a progress bar.
    pub fn total_rows(&self) -> Result<u64> {
        let mut total = 0u64;
        for table in TABLES {
            let n: i64 = self
                .conn()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            total += n as u64;
        }
        Ok(total)
    }

    /// Write the whole database as JSON to `out`, calling `progress` with the
    /// number of rows written so far. One read transaction: a consistent copy
    /// even while someone else writes.
    pub fn export_all(
        &mut self,
        out: &mut dyn Write,
        exported_at: &str,
        progress: &mut dyn FnMut(u64),
    ) -> Result<TableCounts> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let io = |e: std::io::Error| Error::Io(format!("cannot write the export: {e}"));
        let header = serde_json::json!({
            "format": "kring",
            "schema_version": user_version(&tx)?,
            "exported_at": exported_at,
        });
        let header = header.to_string();
        write!(out, "{},\"tables\":{{", &header[..header.len() - 1]).map_err(io)?;
        let mut counts = Vec::new();
        let mut written = 0u64;
        for (t, table) in TABLES.iter().enumerate() {
            let columns = stored_columns(&tx, table)?;
            let sql = format!("SELECT {} FROM {table} ORDER BY rowid", quoted(&columns));
            let mut stmt = tx.prepare(&sql)?;
            let mut rows = stmt.query([])?;
            write!(out, "{}\"{table}\":[", if t == 0 { "" } else { "," }).map_err(io)?;
            let mut count = 0;
            while let Some(row) = rows.next()? {
                let mut object = Map::new();
                for (i, column) in columns.iter().enumerate() {
                    object.insert(column.clone(), json_value(row.get_ref(i)?, table, column)?);
                }
                let sep = if count == 0 { "\n" } else { ",\n" };
                write!(out, "{sep}{}", Value::Object(object)).map_err(io)?;
                count += 1;
                written += 1;
                if written.is_multiple_of(1000) {
                    progress(written);
                }
            }
            write!(out, "]").map_err(io)?;
            counts.push((table.to_string(), count));
        }
        writeln!(out, "}}}}").map_err(io)?;
        progress(written);
        tx.commit()?;
        Ok(counts)
    }

    /// Read an export into this database, which must be empty; all or nothing.
    pub fn import_all(&mut self, document: &Value) -> Result<TableCounts> {
        if document["format"] != "kring" {
            return Err(Error::invalid("not a kring export: \"format\" is not \"kring\""));
        }
        let version = document["schema_version"]
            .as_i64()
            .ok_or_else(|| Error::invalid("the export has no schema_version"))?;
        if version > LATEST {
            return Err(Error::invalid(format!(
                "the export is of schema version {version}, newer than this kring knows ({LATEST}); upgrade kring"
            )));
        }
        let tables = document["tables"]
            .as_object()
            .ok_or_else(|| Error::invalid("the export has no \"tables\" object"))?;
        if let Some(unknown) = tables.keys().find(|t| !TABLES.contains(&t.as_str())) {
            return Err(Error::invalid(format!(
                "the export has a table kring does not know: '{unknown}'"
            )));
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        ensure_empty(&tx)?;
        // Rows are checked against their foreign keys at commit, not one by one.
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        let mut counts = Vec::new();
        for table in TABLES {
            let Some(rows) = tables.get(*table) else { continue };
            let rows = rows
                .as_array()
                .ok_or_else(|| Error::invalid(format!("table '{table}' is not a list of rows")))?;
            insert_rows(&tx, table, rows)?;
            counts.push((table.to_string(), rows.len()));
        }
        tx.commit()
            .map_err(|e| Error::invalid(format!("the export's rows do not refer to each other correctly: {e}")))?;
        Ok(counts)
    }
}

fn insert_rows(conn: &Connection, table: &str, rows: &[Value]) -> Result<()> {
    let known = stored_columns(conn, table)?;
    let mut statements: std::collections::HashMap<Vec<String>, rusqlite::Statement> = Default::default();
    for (index, row) in rows.iter().enumerate() {
        let where_ = || format!("table '{table}', row {}", index + 1);
        let object = row
            .as_object()
            .ok_or_else(|| Error::invalid(format!("{}: not an object", where_())))?;
        let columns: Vec<String> = object.keys().cloned().collect();
        if let Some(unknown) = columns.iter().find(|c| !known.contains(c)) {
            return Err(Error::invalid(format!("{}: kring has no column '{unknown}'", where_())));
        }
        if !statements.contains_key(&columns) {
            let marks = vec!["?"; columns.len()].join(", ");
            let sql = format!("INSERT INTO {table} ({}) VALUES ({marks})", quoted(&columns));
            statements.insert(columns.clone(), conn.prepare(&sql)?);
        }
        let values = object
            .values()
            .map(sql_value)
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| Error::invalid(format!("{}: a value is neither text, number nor null", where_())))?;
        statements
            .get_mut(&columns)
            .expect("prepared above")
            .execute(rusqlite::params_from_iter(values))
            .map_err(|e| Error::invalid(format!("{}: {e}", where_())))?;
    }
    Ok(())
}

fn ensure_empty(conn: &Connection) -> Result<()> {
    for table in TABLES {
        let any: Option<Id> = conn
            .query_row(&format!("SELECT 1 FROM {table} LIMIT 1"), [], |r| r.get(0))
            .ok();
        if any.is_some() {
            return Err(Error::invalid(format!(
                "the database is not empty (table '{table}' has rows): import all reads into a new database \
                 (--db NEW.sqlite)"
            )));
        }
    }
    Ok(())
}

/// The columns a table stores (generated columns left out), in order.
fn stored_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_xinfo({table})"))?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(6)?)))?;
    let mut columns = Vec::new();
    for row in rows {
        let (name, hidden) = row?;
        // hidden: 0 normal, 2 or 3 generated.
        if hidden == 0 {
            columns.push(name);
        }
    }
    Ok(columns)
}

fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn json_value(value: ValueRef, table: &str, column: &str) -> Result<Value> {
    Ok(match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(_) => {
            return Err(Error::Database(format!(
                "{table}.{column} holds binary data, which kring never writes"
            )))
        }
    })
}

fn sql_value(value: &Value) -> Option<SqlValue> {
    match value {
        Value::Null => Some(SqlValue::Null),
        Value::Bool(b) => Some(SqlValue::Integer(*b as i64)),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .or_else(|| n.as_f64().map(SqlValue::Real)),
        Value::String(s) => Some(SqlValue::Text(s.clone())),
        Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the schema is in the export (except the full-text
    /// indexes), so a new table cannot be forgotten.
    #[test]
    fn every_table_is_exported() {
        let store = Store::open_in_memory(super::super::Clock::system()).unwrap();
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                   AND name NOT LIKE '%_fts%' ORDER BY name",
            )
            .unwrap();
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        let mut exported: Vec<String> = TABLES.iter().map(|t| t.to_string()).collect();
        exported.sort();
        assert_eq!(tables, exported);
    }
}

//! Rows as JSON and back, for `kring merge undo`: what a merge changed is
//! kept in `merge_log.undo` exactly, column by column.

use crate::store::db::{params_from_iter, Connection};
use crate::store::Id;
use crate::{Error, Result};
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::{Map, Value};

use crate::store::dialect::stored_columns;

/// Every row of `table` matching `filter` (an SQL condition on `?1`), as
/// JSON objects.
pub fn rows(conn: &Connection, table: &str, filter: &str, key: Id) -> Result<Vec<Value>> {
    let columns = stored_columns(conn, table)?;
    let sql = format!(
        "SELECT {} FROM {table} WHERE {filter} ORDER BY {}",
        columns.join(", "),
        crate::store::dialect::insertion_order(conn, table)?
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut found = stmt.query([key])?;
    let mut out = Vec::new();
    while let Some(row) = found.next()? {
        let mut object = Map::new();
        for (i, column) in columns.iter().enumerate() {
            let value = match row.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::from(n),
                ValueRef::Real(x) => Value::from(x),
                ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => return Err(Error::Database(format!("{table}.{column} holds a blob"))),
            };
            object.insert(column.clone(), value);
        }
        out.push(Value::Object(object));
    }
    Ok(out)
}

/// The one row of `table` with this id.
pub fn row(conn: &Connection, table: &str, id: Id) -> Result<Value> {
    rows(conn, table, "id = ?1", id)?
        .pop()
        .ok_or_else(|| Error::invalid(format!("there is no {table} #{id}")))
}

/// The ids in a list of rows.
pub fn ids(rows: &[Value]) -> Vec<Id> {
    rows.iter().filter_map(|r| r["id"].as_i64()).collect()
}

fn sql_value(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(*b as i64),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// Insert a row as it was (same id and every column).
pub fn insert(conn: &Connection, table: &str, row: &Value) -> Result<()> {
    let object = row.as_object().cloned().unwrap_or_default();
    let columns: Vec<&String> = object.keys().collect();
    let marks = vec!["?"; columns.len()].join(", ");
    let names: Vec<&str> = columns.iter().map(|c| c.as_str()).collect();
    conn.execute(
        &format!("INSERT INTO {table} ({}) VALUES ({marks})", names.join(", ")),
        params_from_iter(object.values().map(sql_value)),
    )?;
    Ok(())
}

/// Put every column of an existing row back as it was.
pub fn overwrite(conn: &Connection, table: &str, row: &Value) -> Result<()> {
    let object = row.as_object().cloned().unwrap_or_default();
    let id = object.get("id").and_then(Value::as_i64).unwrap_or_default();
    let sets: Vec<String> = object
        .keys()
        .filter(|c| *c != "id")
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 2))
        .collect();
    let values = std::iter::once(SqlValue::Integer(id))
        .chain(object.iter().filter(|(c, _)| *c != "id").map(|(_, v)| sql_value(v)));
    conn.execute(
        &format!("UPDATE {table} SET {} WHERE id = ?1", sets.join(", ")),
        params_from_iter(values),
    )?;
    Ok(())
}

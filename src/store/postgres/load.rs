//! A whole export into an empty server, fast (`import all`, `migrate-to`).
//!
//! Row by row, a server checks every reference and updates every index as
//! each row goes in: a large move spent most of its time there (on the
//! large demo, 26 s of the interactions' 27). Inside the import's
//! transaction the tables' owner sets the foreign keys, the plain indexes
//! and the last-contact trigger aside, the rows come in with COPY, and all
//! of it is put back before the commit — each index built once, each
//! reference checked by one join. A failed import rolls everything back,
//! the constraints included. Unique indexes stay: a duplicate is refused
//! with the rows it is in, as before. An admin who is not the owner loads
//! through row-level security, many rows to an INSERT, with everything in
//! place (slower: docs/team.md says so).

use crate::store::db::{Connection, OptionalExtension};
use crate::{Error, Result};
use rusqlite::types::Value;

/// What [`set_aside`] took away, to be put back by [`SetAside::put_back`].
pub struct SetAside {
    foreign_keys: Vec<ForeignKey>,
    indexes: Vec<String>,
    /// Set aside by the owner: the last-contact trigger is off, and rows
    /// may come in with COPY.
    trigger: bool,
}

struct ForeignKey {
    table: String,
    name: String,
    definition: String,
    /// Single-column keys (all of kring's): the columns on both sides, to
    /// name the first row that refers to nothing.
    columns: Option<(String, String)>,
    parent: String,
    has_id: bool,
}

/// Take the checks and indexes away while the rows come in — only when
/// this login owns the tables (who runs `migrate-to`); anyone else loads
/// with everything in place.
pub fn set_aside(conn: &Connection) -> Result<SetAside> {
    let owner: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'interaction' AND tableowner = current_user)
             OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)",
        [],
        |r| r.get(0),
    )?;
    if !owner {
        return Ok(SetAside {
            foreign_keys: Vec::new(),
            indexes: Vec::new(),
            trigger: false,
        });
    }
    let foreign_keys = foreign_keys(conn)?;
    let indexes = plain_indexes(conn)?;
    for key in &foreign_keys {
        conn.execute_batch(&format!("ALTER TABLE {} DROP CONSTRAINT {}", key.table, key.name))?;
    }
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX {name}"))?;
    }
    // The companies' rows bring their last contact with them; the trigger's
    // update per interaction would only repeat it.
    conn.execute_batch("ALTER TABLE interaction DISABLE TRIGGER interaction_last_contact_insert")?;
    Ok(SetAside {
        foreign_keys,
        indexes: indexes.into_iter().map(|(_, definition)| definition).collect(),
        trigger: true,
    })
}

impl SetAside {
    /// Whether rows may come in with COPY: the owner's (row-level security,
    /// which holds every other login, refuses COPY).
    pub fn copies(&self) -> bool {
        self.trigger
    }

    /// Build the indexes, then check and restore every reference: the
    /// first row that refers to nothing is named, and nothing is imported.
    pub fn put_back(self, conn: &Connection) -> Result<()> {
        for definition in &self.indexes {
            conn.execute_batch(definition)?;
        }
        for key in &self.foreign_keys {
            if let Some(broken) = first_broken(conn, key)? {
                return Err(Error::invalid(format!(
                    "the export's {}{broken} refers to a {} that is not in it; nothing was imported",
                    key.table, key.parent
                )));
            }
            conn.execute_batch(&format!(
                "ALTER TABLE {} ADD CONSTRAINT {} {}",
                key.table, key.name, key.definition
            ))?;
        }
        if self.trigger {
            conn.execute_batch("ALTER TABLE interaction ENABLE TRIGGER interaction_last_contact_insert")?;
        }
        Ok(())
    }
}

fn foreign_keys(conn: &Connection) -> Result<Vec<ForeignKey>> {
    let mut stmt = conn.prepare(
        "SELECT c.conrelid::regclass::text, c.conname::text, pg_get_constraintdef(c.oid),
                c.confrelid::regclass::text,
                CASE WHEN cardinality(c.conkey) = 1 THEN
                    (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = c.conkey[1])
                END,
                CASE WHEN cardinality(c.confkey) = 1 THEN
                    (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attnum = c.confkey[1])
                END,
                EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'id' AND NOT a.attisdropped)
           FROM pg_constraint c
          WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
          ORDER BY 1, 2",
    )?;
    let keys = stmt.query_map([], |r| {
        let column: Option<String> = r.get(4)?;
        let parent_column: Option<String> = r.get(5)?;
        Ok(ForeignKey {
            table: r.get(0)?,
            name: r.get(1)?,
            definition: r.get(2)?,
            parent: r.get(3)?,
            columns: column.zip(parent_column),
            has_id: r.get(6)?,
        })
    })?;
    Ok(keys.collect::<rusqlite::Result<_>>()?)
}

/// Indexes that only speed reads up (not a primary key, not unique): name
/// and the statement that makes it again.
fn plain_indexes(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
          WHERE t.relnamespace = current_schema()::regnamespace AND NOT i.indisunique
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
          ORDER BY 1",
    )?;
    let indexes = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(indexes.collect::<rusqlite::Result<_>>()?)
}

/// The first row that refers to no row of the parent: " #id", or "" for a
/// table without ids; None when every reference holds.
fn first_broken(conn: &Connection, key: &ForeignKey) -> Result<Option<String>> {
    let Some((column, parent_column)) = &key.columns else {
        return Ok(None);
    };
    let id = if key.has_id { "t.id" } else { "NULL::bigint" };
    let sql = format!(
        "SELECT {id} FROM {table} t WHERE t.{column} IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{parent_column} = t.{column})
          ORDER BY 1 LIMIT 1",
        table = key.table,
        parent = key.parent,
    );
    let found: Option<Option<i64>> = conn.query_row(&sql, [], |r| r.get(0)).optional()?;
    Ok(found.map(|id| id.map(|id| format!(" #{id}")).unwrap_or_default()))
}

/// A row as COPY's text format reads it: tab between values, a line per
/// row, `\N` for null, and backslash, tab, newline and carriage return in
/// text escaped (so a note with a tab or a lone CR arrives as it was).
pub fn copy_row(out: &mut Vec<u8>, row: &[Value]) {
    for (i, value) in row.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        write_value(out, value);
    }
    out.push(b'\n');
}

fn write_value(out: &mut Vec<u8>, value: &Value) {
    use std::io::Write;
    // (Writing to a Vec cannot fail.)
    match value {
        Value::Null => out.extend_from_slice(b"\\N"),
        Value::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Real(x) => {
            let _ = write!(out, "{x}");
        }
        Value::Text(text) => {
            for byte in text.bytes() {
                match byte {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    other => out.push(other),
                }
            }
        }
        Value::Blob(bytes) => {
            // bytea's hex input, its backslash escaped for COPY.
            out.extend_from_slice(b"\\\\x");
            for byte in bytes {
                let _ = write!(out, "{byte:02x}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::copy_row;
    use rusqlite::types::Value;

    #[test]
    fn text_with_tabs_newlines_and_backslashes_is_escaped_and_null_is_marked() {
        let values = [
            Value::Integer(7),
            Value::Text("a\tb\nc\rd\\N e".into()),
            Value::Null,
            Value::Real(2.5),
            Value::Text(String::new()),
            Value::Text("\\N".into()),
        ];
        let mut out = Vec::new();
        copy_row(&mut out, &values[..3]);
        copy_row(&mut out, &values[3..]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "7\ta\\tb\\nc\\rd\\\\N e\t\\N\n2.5\t\t\\\\N\n"
        );
    }
}

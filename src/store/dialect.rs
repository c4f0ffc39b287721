//! What the two engines spell differently and the store must ask about:
//! a table's columns, the list of tables, a row's key. Everything else is
//! one SQL text for both (see `store::db`).

use super::db::{Connection, Engine};
use crate::Result;

/// The stored columns of `table`, in order (generated ones are computed
/// again by the database; the full-text columns are its own).
pub fn stored_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let sql = match conn.engine() {
        Engine::Sqlite => "SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0",
        Engine::Postgres => {
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = ?1
                AND is_generated = 'NEVER' AND data_type <> 'tsvector'
              ORDER BY ordinal_position"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([table], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// kring's tables (not the engine's own, nor SQLite's full-text shadows).
pub fn tables(conn: &Connection) -> Result<Vec<String>> {
    let sql = match conn.engine() {
        Engine::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE '%_fts%' ORDER BY name"
        }
        Engine::Postgres => {
            "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The tables without an `id` column (the others' `id` is SQLite's rowid).
const WITHOUT_ID: [&str; 14] = [
    "schema_version",
    "setting",
    "company_tag",
    "interaction_person",
    "circle_member",
    "meeting_attendance",
    "import_item",
    "backup_copy",
    "capture_person",
    "capture_seen",
    "capture_folder",
    "health_snapshot",
    "bulk_change_item",
    "kind_cadence",
];

/// An expression that names one row of `table` as an integer: SQLite's
/// rowid; on PostgreSQL the `id` column, or for the few tables without one
/// the row's physical place (stable within the transaction that reads it).
/// Known without asking the database: the erase scan names rows by it.
pub fn row_key(engine: Engine, table: &str) -> &'static str {
    match engine {
        Engine::Sqlite => "rowid",
        Engine::Postgres if WITHOUT_ID.contains(&table) => "kring_rowid(ctid)",
        Engine::Postgres => "id",
    }
}

/// `ORDER BY` for reading a whole table in the order it was written.
pub fn insertion_order(conn: &Connection, table: &str) -> Result<String> {
    Ok(match conn.engine() {
        Engine::Sqlite => "rowid".into(),
        Engine::Postgres => {
            let columns = stored_columns(conn, table)?;
            if columns.iter().any(|c| c == "id") {
                "id".into()
            } else {
                (1..=columns.len())
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
    })
}

/// After rows came in with their ids (an import, a move from a file): new
/// records get ids past the highest. SQLite does this by itself.
pub fn ids_continue_after_import(conn: &Connection) -> Result<()> {
    if conn.engine() == Engine::Sqlite {
        return Ok(());
    }
    // The counters of a file that came along (`kring migrate-to`, an export
    // of a file): an id deleted there is not handed out again either.
    let moved_counters: bool =
        conn.query_row("SELECT to_regclass('pg_temp.sqlite_sequence') IS NOT NULL", [], |r| {
            r.get(0)
        })?;
    // On a team database only the owner sets a counter; the others ask the
    // server to move it forward (`kring_ids_past`), never back.
    let guarded: bool = conn.query_row("SELECT to_regproc('kring_ids_past') IS NOT NULL", [], |r| r.get(0))?;
    for table in tables(conn)? {
        if stored_columns(conn, &table)?.iter().any(|c| c == "id") {
            // Table names from the catalogue, not from the user.
            let counter = if moved_counters {
                format!("(SELECT max(seq) FROM pg_temp.sqlite_sequence WHERE name = '{table}')")
            } else {
                "0".into()
            };
            let highest = format!("greatest(coalesce(max(id), 0), coalesce({counter}, 0))");
            let sql = if guarded {
                format!("SELECT CAST(kring_ids_past('{table}', {highest}) AS TEXT) FROM {table}")
            } else {
                format!(
                    "SELECT CAST(setval(pg_get_serial_sequence('{table}', 'id'), {highest} + 1, false) AS BIGINT) FROM {table}"
                )
            };
            conn.query_row(&sql, [], |_| Ok(()))?;
        }
    }
    Ok(())
}

/// ` COLLATE "C"` on PostgreSQL, which sorts text by the database's
/// collation unless told: byte order, as SQLite and Rust sort.
pub fn bytewise(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "",
        Engine::Postgres => " COLLATE \"C\"",
    }
}

/// A condition the planner should not take an index for: SQLite's unary
/// `+` (reading the table straight through beats an index lookup per row
/// when the sort is on what no index orders); PostgreSQL plans it well.
pub fn without_index(engine: Engine, condition: &str) -> String {
    match engine {
        Engine::Sqlite => format!("+{condition}"),
        Engine::Postgres => condition.to_string(),
    }
}

/// How many rows of `table` (with a `company_id`) meet `condition`, for
/// the company `c` of the query: on SQLite from one grouped read looked up
/// per company (100k counts by a lookup each took twice as long); on
/// PostgreSQL as a subquery per company, which it plans well.
pub fn count_per_company(engine: Engine, table: &str, condition: &str) -> String {
    match engine {
        Engine::Sqlite => format!(
            "coalesce((SELECT n.n FROM (SELECT company_id, count(*) AS n FROM {table} WHERE {condition}
                                        GROUP BY company_id) AS n WHERE n.company_id = c.id), 0)"
        ),
        Engine::Postgres => format!("(SELECT count(*) FROM {table} WHERE company_id = c.id AND {condition})"),
    }
}

/// The ids of `table` (company, person or interaction) with a word starting
/// with each typed word: SQLite's FTS5 tables, PostgreSQL's `search`
/// columns. `param` is the placeholder that holds [`words_query`].
pub fn words_match(engine: Engine, table: &str, param: &str) -> String {
    match engine {
        Engine::Sqlite => format!("SELECT rowid AS id FROM {table}_fts WHERE {table}_fts MATCH {param}"),
        Engine::Postgres => format!("SELECT id FROM {table} WHERE search @@ to_tsquery('kring', {param})"),
    }
}

/// What the user typed as a full-text query for [`words_match`]: each word a
/// prefix, all required. Only letters and digits pass, so nothing typed is
/// query syntax on either engine.
pub fn words_query(engine: Engine, key: &str) -> Option<String> {
    let words: Vec<&str> = key
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(match engine {
        Engine::Sqlite => words.iter().map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" "),
        Engine::Postgres => words.iter().map(|w| format!("{w}:*")).collect::<Vec<_>>().join(" & "),
    })
}

/// [`words_query`], or a query that matches nothing when nothing was typed
/// that could be a word.
pub fn words_query_or_nothing(engine: Engine, key: &str) -> String {
    words_query(engine, key).unwrap_or_else(|| match engine {
        Engine::Sqlite => "\"\"".into(),
        Engine::Postgres => String::new(),
    })
}

/// Whether the audit log is changed only through `kring_audit_forget` and
/// `kring_audit_rewrite` (a team database set up with its rights).
pub fn audit_log_is_guarded(conn: &Connection) -> Result<bool> {
    match conn.engine() {
        Engine::Sqlite => Ok(false),
        Engine::Postgres => conn.query_row("SELECT to_regproc('kring_audit_forget') IS NOT NULL", [], |r| r.get(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::{stored_columns, tables, WITHOUT_ID};
    use crate::store::{Clock, Store};

    /// The list of tables without an id matches the schema (a new table
    /// cannot be named by a key it lacks).
    #[test]
    fn the_tables_without_an_id_are_those_of_the_schema() {
        let store = Store::open_in_memory(Clock::system()).unwrap();
        let conn = store.conn();
        let mut without: Vec<String> = tables(conn)
            .unwrap()
            .into_iter()
            .filter(|t| !t.starts_with("sqlite_") && !stored_columns(conn, t).unwrap().iter().any(|c| c == "id"))
            .collect();
        without.push("schema_version".into()); // PostgreSQL's; SQLite keeps it in user_version
        without.sort();
        let mut listed: Vec<String> = WITHOUT_ID.iter().map(|t| t.to_string()).collect();
        listed.sort();
        assert_eq!(without, listed);
    }
}

//! The full-text indexes during an import (SQLite). Each row's insert would
//! make FTS5 write a segment of its own (every statement that fires a
//! trigger opens a savepoint, and FTS5 flushes at each), which is most of an
//! import's time. So for the import's transaction the triggers that index
//! new rows are set aside, the companies and people the import creates are
//! indexed in one statement at the end, and the triggers come back — all in
//! the same transaction: a failed or dry-run import leaves them as they were.
//!
//! An update of a row that was there before the import is indexed as it
//! happens (its old text must leave the index, and only the trigger has
//! it); an update of a row the import created is not, as it is indexed
//! whole at the end. Undoing an import takes its rows out of the index the
//! same way: in one statement, before they are deleted.

use crate::store::db::Connection;
use crate::Result;

/// The tables whose new rows an import indexes at the end, with their
/// full-text index and its columns.
const INDEXED: [(&str, &str, &str); 2] = [
    ("company", "company_fts", "name, city"),
    ("person", "person_fts", "name, email"),
];

pub(super) struct Deferred {
    /// Each table's highest id before the import.
    before: Vec<i64>,
    /// The triggers set aside, with the SQL that makes them again.
    triggers: Vec<(String, String)>,
}

/// Set the indexing triggers of new rows aside (SQLite only; PostgreSQL
/// indexes through generated columns and needs none of this).
pub(super) fn defer(conn: &Connection) -> Result<Option<Deferred>> {
    let Ok(file) = conn.sqlite() else { return Ok(None) };
    let mut before = Vec::new();
    let mut triggers = Vec::new();
    for (table, fts, columns) in INDEXED {
        before.push(file.query_row(&format!("SELECT coalesce(max(id), 0) FROM {table}"), [], |r| r.get(0))?);
        for action in ["insert", "update"] {
            let name = format!("{fts}_{action}");
            let sql: String = file.query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                [&name],
                |r| r.get(0),
            )?;
            file.execute_batch(&format!("DROP TRIGGER {name}"))?;
            triggers.push((name, sql));
        }
        let last = before.last().copied().unwrap_or_default();
        // Rows from before the import: indexed as they change, as always.
        file.execute_batch(&format!(
            "CREATE TRIGGER {fts}_update_during_import AFTER UPDATE OF {columns} ON {table} WHEN OLD.id <= {last}
             BEGIN
                 INSERT INTO {fts} ({fts}, rowid, {columns}) VALUES ('delete', OLD.id, {old});
                 INSERT INTO {fts} (rowid, {columns}) VALUES (NEW.id, {new});
             END",
            old = prefixed("OLD", columns),
            new = prefixed("NEW", columns),
        ))?;
    }
    Ok(Some(Deferred { before, triggers }))
}

impl Deferred {
    /// The highest company and person ids before the import.
    pub(super) fn before(&self) -> [i64; 2] {
        [self.before[0], self.before[1]]
    }

    /// Index the rows the import created, and put the triggers back.
    pub(super) fn finish(self, conn: &Connection) -> Result<()> {
        let file = conn.sqlite()?;
        for ((table, fts, columns), last) in INDEXED.iter().zip(&self.before) {
            file.execute_batch(&format!("DROP TRIGGER {fts}_update_during_import"))?;
            let top: i64 = file.query_row(&format!("SELECT coalesce(max(id), 0) FROM {table}"), [], |r| r.get(0))?;
            // In slices, so that what one statement keeps to undo itself
            // (its statement journal, in memory during an import) stays small.
            let mut from = *last;
            while from < top {
                let to = from + super::SLICE;
                file.execute(
                    &format!(
                        "INSERT INTO {fts} (rowid, {columns}) SELECT id, {columns} FROM {table} WHERE id > ?1 AND id <= ?2"
                    ),
                    [from, to],
                )?;
                from = to;
            }
        }
        for (_, sql) in &self.triggers {
            file.execute_batch(sql)?;
        }
        Ok(())
    }
}

/// A delete trigger set aside while the rows it would unindex one by one go.
pub(super) struct Unindexed(Option<String>);

/// Take these rows of `table` out of its full-text index in one statement
/// and set its delete trigger aside: the caller deletes them, then calls
/// [`Unindexed::restore`] (in the same transaction). Nothing on PostgreSQL.
pub(super) fn unindex(conn: &Connection, table: &str, ids: &[i64]) -> Result<Unindexed> {
    let Ok(file) = conn.sqlite() else {
        return Ok(Unindexed(None));
    };
    let Some((_, fts, columns)) = INDEXED.iter().find(|(t, _, _)| *t == table) else {
        return Ok(Unindexed(None));
    };
    // In slices, so that what one statement keeps to undo itself stays small.
    for slice in ids.chunks(super::SLICE as usize) {
        let ids = serde_json::to_string(slice).map_err(|e| crate::Error::Io(e.to_string()))?;
        file.execute(
            &format!(
                "INSERT INTO {fts} ({fts}, rowid, {columns})
                 SELECT 'delete', id, {columns} FROM {table} WHERE id IN (SELECT value FROM json_each(?1))"
            ),
            [ids],
        )?;
    }
    let name = format!("{fts}_delete");
    let sql: String = file.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
        [&name],
        |r| r.get(0),
    )?;
    file.execute_batch(&format!("DROP TRIGGER {name}"))?;
    Ok(Unindexed(Some(sql)))
}

impl Unindexed {
    pub(super) fn restore(self, conn: &Connection) -> Result<()> {
        if let Some(sql) = self.0 {
            conn.sqlite()?.execute_batch(&sql)?;
        }
        Ok(())
    }
}

/// `name, city` → `OLD.name, OLD.city`.
fn prefixed(row: &str, columns: &str) -> String {
    columns
        .split(", ")
        .map(|c| format!("{row}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

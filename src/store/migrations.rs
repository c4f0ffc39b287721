//! Schema versions on `PRAGMA user_version`.
//!
//! A fresh database gets `schema.sql` (the current schema) in one step. An
//! older database runs each missing migration, in order, each in its own
//! transaction that also bumps `user_version`. Migrations are append-only:
//! never edit one that has shipped; add the next.

use crate::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};

/// The current schema, as a fresh database gets it.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// Migration `i` carries a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_search.sql"),
    include_str!("migrations/0003_today_indexes.sql"),
    include_str!("migrations/0004_import_log.sql"),
    include_str!("migrations/0005_person_links.sql"),
    include_str!("migrations/0006_backup_copies.sql"),
];

/// The schema version this build of kring writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Create or upgrade the schema so that the database is at [`LATEST`].
pub fn bring_up_to_date(conn: &mut Connection) -> Result<()> {
    let version = user_version(conn)?;
    if version > LATEST {
        return Err(Error::Database(format!(
            "this database was written by a newer kring (schema version {version}, this kring knows up to {LATEST}); \
             upgrade kring to open it — nothing was changed"
        )));
    }
    if version == LATEST {
        return Ok(());
    }
    if version == 0 {
        if has_tables(conn)? {
            return Err(Error::Database(
                "this SQLite file holds tables that are not kring's; choose another --db path".into(),
            ));
        }
        return apply(conn, SCHEMA, LATEST);
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        apply(conn, sql, index as i64 + 1)?;
    }
    Ok(())
}

/// Migrate an empty database step by step to `target` (tests, fixtures).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let version = user_version(conn)?;
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(version as usize)
    {
        apply(conn, sql, index as i64 + 1)?;
    }
    Ok(())
}

fn apply(conn: &mut Connection, sql: &str, version: i64) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(sql)
        .map_err(|e| Error::Database(format!("migration to schema version {version} failed: {e}")))?;
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()?;
    Ok(())
}

fn has_tables(conn: &Connection) -> Result<bool> {
    let count: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| {
        r.get(0)
    })?;
    Ok(count > 0)
}

/// The schema as SQLite reports it, normalised for comparison: one line per
/// object (type, name, SQL), sorted. Used to prove migrated == fresh.
pub fn schema_fingerprint(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| {
        let sql: String = r.get(3)?;
        let squashed: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(format!(
            "{} {} {} {}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            squashed
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

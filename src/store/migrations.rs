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

/// One step of the schema: SQL, and for what SQL alone cannot do (rebuilding
/// tables) code that runs first, or (filling a new column by a rule written
/// in Rust) code that runs after it, in the same transaction.
pub struct Migration {
    pub sql: &'static str,
    pub code: Option<fn(&Connection) -> Result<()>>,
    pub then: Option<fn(&Connection) -> Result<()>>,
    /// The same step in PostgreSQL's words, where SQL common to both cannot
    /// say it (new tables: identity ids, triggers, rights).
    pub postgres: Option<&'static str>,
}

const fn sql(sql: &'static str) -> Migration {
    Migration {
        sql,
        code: None,
        then: None,
        postgres: None,
    }
}

/// Migration `i` carries a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[Migration] = &[
    sql(include_str!("migrations/0001_initial.sql")),
    sql(include_str!("migrations/0002_search.sql")),
    sql(include_str!("migrations/0003_today_indexes.sql")),
    sql(include_str!("migrations/0004_import_log.sql")),
    sql(include_str!("migrations/0005_person_links.sql")),
    sql(include_str!("migrations/0006_backup_copies.sql")),
    Migration {
        sql: include_str!("migrations/0007_lasting_ids.sql"),
        code: Some(ids_never_reused),
        then: None,
        postgres: None,
    },
    sql(include_str!("migrations/0008_staff_login.sql")),
    sql(include_str!("migrations/0009_teams.sql")),
    sql(include_str!("migrations/0010_goals.sql")),
    sql(include_str!("migrations/0011_name_parts.sql")),
    Migration {
        sql: include_str!("migrations/0012_salutation_and_identity.sql"),
        code: Some(give_identity),
        then: None,
        postgres: None,
    },
    Migration {
        sql: include_str!("migrations/0013_person_sort_key.sql"),
        code: None,
        then: Some(sort_keys_for_everyone),
        postgres: None,
    },
    sql(include_str!("migrations/0014_covering_tag_index.sql")),
    Migration {
        sql: include_str!("migrations/0015_questions.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0015_questions.pg.sql")),
    },
    sql(include_str!("migrations/0016_server_rights.sql")),
    Migration {
        sql: include_str!("migrations/0017_one_sql_text.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0017_one_sql_text.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0018_capture.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0018_capture.pg.sql")),
    },
    sql(include_str!("migrations/0019_company_archived.sql")),
    Migration {
        sql: include_str!("migrations/0020_tiebreak_indexes.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0020_tiebreak_indexes.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0021_listing_indexes.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0021_listing_indexes.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0022_network.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0022_network.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0023_offers_and_place_goals.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0023_offers_and_place_goals.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0024_network_indexes.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0024_network_indexes.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0025_recurring_followups.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0025_recurring_followups.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0026_reports.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0026_reports.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0027_attachments.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0027_attachments.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0028_saved_views.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0028_saved_views.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0029_bulk_changes.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0029_bulk_changes.pg.sql")),
    },
    Migration {
        sql: include_str!("migrations/0030_group_cadence.sql"),
        code: None,
        then: None,
        postgres: Some(include_str!("migrations/0030_group_cadence.pg.sql")),
    },
];

/// The first version whose migration is written to run on PostgreSQL too
/// (the team database began at version 10, created whole from its schema).
pub const FIRST_PORTABLE: i64 = 11;

/// The schema version this build of kring writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Refuse, before anything is written, a file kring must not touch: another
/// program's SQLite tables, or a newer kring's database. Only reads.
pub fn check_ours(conn: &Connection) -> Result<i64> {
    let version = user_version(conn)?;
    if version > LATEST {
        return Err(Error::Database(format!(
            "this database was written by a newer kring (schema version {version}, this kring knows up to {LATEST}); \
             upgrade kring to open it — nothing was changed"
        )));
    }
    if version == 0 && has_tables(conn)? {
        return Err(Error::Database(
            "this SQLite file holds tables that are not kring's; choose another --db path — nothing was changed".into(),
        ));
    }
    Ok(version)
}

/// Create or upgrade the schema so that the database is at [`LATEST`].
pub fn bring_up_to_date(conn: &mut Connection) -> Result<()> {
    bring_up_to_date_with(conn, |_, _| Ok(()))
}

/// As [`bring_up_to_date`], calling `before_migrating(conn, old_version)`
/// first when an existing database is about to be migrated (kring backs it
/// up there). Everything happens under one write lock, with the version
/// read again once the lock is held: when several processes open an old
/// file at once, exactly one migrates and the others wait, then find it done.
pub fn bring_up_to_date_with(
    conn: &mut Connection,
    before_migrating: impl FnOnce(&Connection, i64) -> Result<()>,
) -> Result<()> {
    if check_ours(conn)? == LATEST {
        return Ok(());
    }
    // Rebuilding a table drops the old one: with foreign keys enforced that
    // would cascade into its children. The pragma only changes outside a
    // transaction, so it is switched off around the whole upgrade.
    let enforced: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let result = upgrade_locked(conn, before_migrating);
    if enforced {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

fn upgrade_locked(conn: &mut Connection, before_migrating: impl FnOnce(&Connection, i64) -> Result<()>) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version = check_ours(&tx)?;
    if version == LATEST {
        return Ok(());
    }
    if version == 0 {
        tx.execute_batch(SCHEMA)
            .map_err(|e| Error::Database(format!("creating the schema failed: {e}")))?;
        give_identity(&tx)?;
    } else {
        before_migrating(&tx, version)?;
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            run(&tx, migration, index as i64 + 1)?;
        }
    }
    tx.pragma_update(None, "user_version", LATEST)?;
    tx.commit()?;
    Ok(())
}

/// Migrate an empty database step by step to `target` (tests, fixtures).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let version = user_version(conn)?;
    for (index, migration) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(version as usize)
    {
        conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        run(&tx, migration, index as i64 + 1)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn run(conn: &Connection, migration: &Migration, version: i64) -> Result<()> {
    let failed = |e: String| Error::Database(format!("migration to schema version {version} failed: {e}"));
    if let Some(code) = migration.code {
        code(conn).map_err(|e| failed(e.to_string()))?;
    }
    conn.execute_batch(migration.sql).map_err(|e| failed(e.to_string()))?;
    if let Some(then) = migration.then {
        then(conn).map_err(|e| failed(e.to_string()))?;
    }
    Ok(())
}

/// The tables whose ids name a record to people and to other records (the
/// import log, the audit log, an open form): their ids are never handed out
/// again, even after the newest row is deleted.
const LASTING_IDS: &[(&str, &str)] = &[
    ("staff", "staff"),
    ("company", "company"),
    ("tag", "tag"),
    ("person", "person"),
    ("employment", "employment"),
    ("interaction", "interaction"),
    ("followup", "followup"),
    ("engagement", "engagement"),
    ("recognition", "recognition"),
    ("circle", "circle"),
    ("meeting", "meeting"),
    ("audit_log", "audit"),
    ("import_batch", "import"),
];

/// Version 7: `INTEGER PRIMARY KEY` becomes `INTEGER PRIMARY KEY
/// AUTOINCREMENT` on every table in [`LASTING_IDS`]. SQLite cannot alter a
/// column, so each table is rebuilt the documented way (rename, create,
/// copy, drop) with its indexes and triggers recreated from their own text,
/// rows and ids unchanged. The counters start above the highest id the
/// table holds *or that the audit and import logs still mention*, so the
/// ids of rows deleted before this version are not handed out either.
fn ids_never_reused(conn: &Connection) -> Result<()> {
    // Renaming must not rewrite other tables' references to the old name.
    conn.execute_batch("PRAGMA legacy_alter_table = ON")?;
    for (table, entity) in LASTING_IDS {
        rebuild_with_autoincrement(conn, table)?;
        let highest: i64 = conn.query_row(
            &format!(
                "SELECT max(coalesce((SELECT max(id) FROM {table}), 0),
                            coalesce((SELECT max(entity_id) FROM audit_log WHERE entity = ?1), 0),
                            coalesce((SELECT max(entity_id) FROM import_item WHERE entity = ?1), 0))"
            ),
            [entity],
            |r| r.get(0),
        )?;
        conn.execute("DELETE FROM sqlite_sequence WHERE name = ?1", [table])?;
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
            rusqlite::params![table, highest],
        )?;
    }
    conn.execute_batch("PRAGMA legacy_alter_table = OFF")?;
    Ok(())
}

fn rebuild_with_autoincrement(conn: &Connection, table: &str) -> Result<()> {
    let create: String = conn.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    let Some(at) = create.find("INTEGER PRIMARY KEY,") else {
        return Err(Error::Database(format!("table {table} has no INTEGER PRIMARY KEY id")));
    };
    let new_create = format!(
        "{}INTEGER PRIMARY KEY AUTOINCREMENT,{}",
        &create[..at],
        &create[at + "INTEGER PRIMARY KEY,".len()..]
    );
    let dependents: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ?1 AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        )?;
        let rows = stmt.query_map([table], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    // Stored columns only: generated ones are computed again.
    let columns: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0")?;
        let rows = stmt.query_map([table], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let columns = columns.join(", ");
    let old = format!("{table}__before_v7");
    conn.execute_batch(&format!(
        "ALTER TABLE {table} RENAME TO {old};
         {new_create};
         INSERT INTO {table} ({columns}) SELECT {columns} FROM {old};
         DROP TABLE {old};"
    ))?;
    for sql in dependents {
        conn.execute_batch(&sql)?;
    }
    Ok(())
}

/// Version 12 (and every new database): the database's own UUID.
/// Version 13: every person's Dutch sort key, computed by the rule the store
/// keeps it with.
fn sort_keys_for_everyone(conn: &Connection) -> Result<()> {
    let mut read = conn.prepare("SELECT id, name, given_name, infix, family_name FROM person")?;
    let mut write = conn.prepare("UPDATE person SET sort_key = ?2 WHERE id = ?1")?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let key = super::people::sort_key_of(&row.get::<_, String>(1)?, row.get(2)?, row.get(3)?, row.get(4)?);
        write.execute(rusqlite::params![row.get::<_, i64>(0)?, key])?;
    }
    Ok(())
}

fn give_identity(conn: &Connection) -> Result<()> {
    conn.execute(super::identity::ENSURE, [super::identity::new_uuid()?])?;
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
        // Whitespace is not schema: `ALTER TABLE … ADD COLUMN` puts its text
        // after a newline where schema.sql writes it before one.
        let squashed: String = sql
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ,", ",")
            .replace(" )", ")")
            .replace("( ", "(");
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

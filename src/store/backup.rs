//! Backups with SQLite's online backup API: safe while kring is open
//! elsewhere. Restoring checks the file first and backs up what it replaces.

use super::migrations::{self, LATEST};
use super::Store;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::path::{Path, PathBuf};

impl Store {
    /// Copy the whole database to `target` (which must not exist yet).
    /// The copy is created readable by its owner only (0600), whatever the
    /// umask: it holds everyone's personal data.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        copy_connection(self.conn.sqlite()?, target)
    }

    /// Replace this database with the backup at `source`, after checking it
    /// is a sound kring database this version can read. What is replaced is
    /// backed up first; returns where.
    pub fn restore_from(&mut self, source: &Path) -> Result<PathBuf> {
        self.conn.sqlite()?;
        let reader = check_backup(source)?;
        let safety = sibling(self.path().unwrap_or(Path::new("kring.sqlite")), "before-restore");
        self.backup_to(&safety)?;
        // The restored file has its own list of copies: keep knowing ours.
        let copies: Vec<(String, String, String)> = {
            let mut stmt = self.conn.prepare("SELECT path, kind, made_at FROM backup_copy")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // Read through the checked, immutable connection: nothing is
        // written beside the backup (no -wal, no -shm).
        rusqlite::backup::Backup::new(&reader, self.conn.sqlite_mut()?)
            .and_then(|b| b.run_to_completion(1024, std::time::Duration::ZERO, None))
            .map_err(|e| Error::Database(format!("restore from {} failed: {e}", source.display())))?;
        migrations::bring_up_to_date(self.conn.sqlite_mut()?)?;
        for (path, kind, made_at) in copies {
            self.conn.execute(
                "INSERT INTO backup_copy (path, kind, made_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                crate::store::db::params![path, kind, made_at],
            )?;
        }
        self.record_copy(&safety, "before-restore")?;
        Ok(safety)
    }
}

/// Copy the database open on `conn` to `target`, which must not exist yet;
/// created 0600 whatever the umask. Works inside a transaction of `conn`
/// (the copy taken before a migration holds the migration's lock).
pub(crate) fn copy_connection(conn: &Connection, target: &Path) -> Result<()> {
    match crate::io::files::create_owner_only(target) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::Io(format!(
                "{} already exists; choose a new file",
                target.display()
            )))
        }
        Err(e) => return Err(Error::Io(format!("cannot write {}: {e}", target.display()))),
    }
    let copied = conn.backup(MAIN_DB, target, None::<fn(rusqlite::backup::Progress)>);
    copied.map_err(|e| {
        let _ = std::fs::remove_file(target);
        Error::Database(format!("backup to {} failed: {e}", target.display()))
    })
}

/// `PRAGMA integrity_check` passes, and it is a kring database of a version
/// we know, with every table and column of that version. Opened immutable
/// (read-only, no locks, no -wal or -shm made beside it); the connection is
/// what the restore reads.
fn check_backup(source: &Path) -> Result<Connection> {
    let not_kring = |detail: String| {
        Error::Database(format!(
            "{} is not a kring backup ({detail}); nothing was changed",
            source.display()
        ))
    };
    if !source.is_file() {
        return Err(Error::Io(format!(
            "{} does not exist or is not a file",
            source.display()
        )));
    }
    let mut wal = source.as_os_str().to_owned();
    wal.push("-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Err(not_kring(
            "it is a database in use (it has a -wal file): copy it with `kring --db FILE backup` first".into(),
        ));
    }
    let uri = format!(
        "file:{}?immutable=1",
        source
            .to_string_lossy()
            .replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23")
    );
    let conn = Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Error::Database(format!("cannot open {}: {e}", source.display())))?;
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| not_kring(e.to_string()))?;
    if check != "ok" {
        return Err(not_kring(format!("integrity check: {check}")));
    }
    let version = migrations::user_version(&conn)?;
    if version == 0 {
        return Err(not_kring("no kring tables".into()));
    }
    if version > LATEST {
        return Err(not_kring(format!("written by a newer kring, schema version {version}")));
    }
    if let Some(missing) = missing_from_schema(&conn, version)? {
        return Err(not_kring(format!("{missing}, which schema version {version} has")));
    }
    Ok(conn)
}

/// The first table or column of schema `version` that `conn` lacks.
fn missing_from_schema(conn: &Connection, version: i64) -> Result<Option<String>> {
    let mut reference = Connection::open_in_memory()?;
    migrations::migrate_to(&mut reference, version)?;
    let columns_of = |db: &Connection, table: &str| -> Result<Vec<String>> {
        let mut stmt = db.prepare("SELECT name FROM pragma_table_xinfo(?1)")?;
        let names = stmt.query_map([table], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    };
    let tables: Vec<String> = {
        let mut stmt = reference.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect::<rusqlite::Result<_>>()?
    };
    for table in tables {
        let theirs = columns_of(conn, &table)?;
        if theirs.is_empty() {
            return Ok(Some(format!("it has no table '{table}'")));
        }
        if let Some(column) = columns_of(&reference, &table)?
            .into_iter()
            .find(|c| !theirs.contains(c))
        {
            return Ok(Some(format!("its table '{table}' has no column '{column}'")));
        }
    }
    Ok(None)
}

/// `kring.sqlite` → `kring.before-restore-20261126-120000.sqlite` beside it;
/// a second copy within the same second gets `-2`, `-3`… rather than colliding.
pub fn sibling(path: &Path, what: &str) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("kring");
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let first = path.with_file_name(format!("{stem}.{what}-{stamp}.sqlite"));
    if !first.exists() {
        return first;
    }
    (2u32..)
        .map(|n| path.with_file_name(format!("{stem}.{what}-{stamp}-{n}.sqlite")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

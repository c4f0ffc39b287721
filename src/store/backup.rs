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
        copy_connection(&self.conn, target)
    }

    /// Replace this database with the backup at `source`, after checking it
    /// is a sound kring database this version can read. What is replaced is
    /// backed up first; returns where.
    pub fn restore_from(&mut self, source: &Path) -> Result<PathBuf> {
        check_backup(source)?;
        let safety = sibling(self.path().unwrap_or(Path::new("kring.sqlite")), "before-restore");
        self.backup_to(&safety)?;
        // The restored file has its own list of copies: keep knowing ours.
        let copies: Vec<(String, String, String)> = {
            let mut stmt = self.conn.prepare("SELECT path, kind, made_at FROM backup_copy")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        self.conn
            .restore(MAIN_DB, source, None::<fn(rusqlite::backup::Progress)>)
            .map_err(|e| Error::Database(format!("restore from {} failed: {e}", source.display())))?;
        migrations::bring_up_to_date(&mut self.conn)?;
        for (path, kind, made_at) in copies {
            self.conn.execute(
                "INSERT OR IGNORE INTO backup_copy (path, kind, made_at) VALUES (?1, ?2, ?3)",
                rusqlite::params![path, kind, made_at],
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

/// `PRAGMA integrity_check` passes, and it is a kring database of a version we know.
fn check_backup(source: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::Database(format!("cannot open {}: {e}", source.display())))?;
    let not_kring = |detail: String| {
        Error::Database(format!(
            "{} is not a kring backup ({detail}); nothing was changed",
            source.display()
        ))
    };
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| not_kring(e.to_string()))?;
    if check != "ok" {
        return Err(not_kring(format!("integrity check: {check}")));
    }
    let version = migrations::user_version(&conn)?;
    let has_companies: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'company'", [], |r| {
        r.get(0)
    })?;
    if version == 0 || has_companies == 0 {
        return Err(not_kring("no kring tables".into()));
    }
    if version > LATEST {
        return Err(not_kring(format!("written by a newer kring, schema version {version}")));
    }
    Ok(())
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

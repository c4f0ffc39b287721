//! kring's own copies of the database — backups, and the safety copies made
//! before a restore or a migration — hold everyone who was in the database
//! when they were made. Erasing a person names the copies that still hold
//! them, and with `--purge-backups` rewrites each copy of the current schema
//! (the same erasure, in the copy) and removes older ones (which this kring
//! cannot change without migrating them, and then they would no longer be
//! the copy they were kept as). Copies kring did not make — exports saved
//! elsewhere, a backup the user copied — are the user's to delete.

use super::super::{migrations, Clock, Id, Store};
use crate::store::db::params;
use crate::{Error, Result};
use rusqlite::OpenFlags;
use std::path::{Path, PathBuf};

/// Who to look for in a copy: the same id with the same name, or their
/// e-mail address; without an id (they are erased here already), the name.
#[derive(Debug, Clone)]
pub struct Sought {
    pub id: Option<Id>,
    pub name_fold: String,
    pub email: Option<String>,
}

/// What `--purge-backups` did with one copy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Purged {
    Rewritten,
    Removed,
}

impl Store {
    /// Note a copy written where the user chose, so erasure can find it.
    pub fn record_copy(&self, path: &Path, kind: &str) -> Result<()> {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.conn().execute(
            "INSERT INTO backup_copy (path, kind, made_at) VALUES (?1, ?2, ?3)
               ON CONFLICT (path) DO UPDATE SET kind = excluded.kind, made_at = excluded.made_at",
            params![path.to_string_lossy(), kind, self.clock.now()],
        )?;
        Ok(())
    }

    /// Every copy of kring's that exists: recorded ones and those beside the
    /// database with kring's names.
    pub fn copies(&self) -> Result<Vec<PathBuf>> {
        let mut found: Vec<PathBuf> = {
            let mut stmt = self.conn().prepare("SELECT path FROM backup_copy ORDER BY made_at")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .map(PathBuf::from)
                .collect()
        };
        if let Some(db) = self.path() {
            found.extend(siblings(db));
        }
        let mut unique: Vec<PathBuf> = Vec::new();
        for path in found.into_iter().filter(|p| p.is_file()) {
            let canonical = std::fs::canonicalize(&path).unwrap_or(path);
            if !unique.contains(&canonical) {
                unique.push(canonical);
            }
        }
        Ok(unique)
    }

    /// The copies that still hold this person (or could not be read to tell).
    pub fn copies_holding(&self, sought: &Sought) -> Result<Vec<PathBuf>> {
        let mut holding = Vec::new();
        for copy in self.copies()? {
            if !matches!(ids_in_copy(&copy, sought).as_deref(), Ok([])) {
                holding.push(copy);
            }
        }
        Ok(holding)
    }

    /// Forget a copy that was removed.
    pub fn forget_copy(&self, path: &Path) -> Result<()> {
        self.conn()
            .execute("DELETE FROM backup_copy WHERE path = ?1", [path.to_string_lossy()])?;
        Ok(())
    }
}

/// `kring.backup-….sqlite`, `kring.before-restore-….sqlite` and
/// `kring.before-vN-….sqlite` beside the database `kring.sqlite`.
fn siblings(db: &Path) -> Vec<PathBuf> {
    let Some(stem) = db.file_stem().and_then(|s| s.to_str()) else {
        return Vec::new();
    };
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let prefix = format!("{stem}.");
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".sqlite"))
                .is_some_and(|kind| {
                    ["backup-", "before-restore-", "before-v"]
                        .iter()
                        .any(|k| kind.starts_with(k))
                })
        })
        .collect()
}

/// The ids of the sought person in a copy.
fn ids_in_copy(copy: &Path, sought: &Sought) -> Result<Vec<Id>> {
    let conn = rusqlite::Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::Database(format!("cannot open {}: {e}", copy.display())))?;
    let mut stmt = conn.prepare(
        "SELECT id FROM person WHERE ((id = ?1 OR ?1 IS NULL) AND name_fold = ?2)
            OR (lower(email) = lower(?3) AND ?3 IS NOT NULL)",
    )?;
    let rows = stmt.query_map(params![sought.id, sought.name_fold, sought.email], |r| r.get(0))?;
    let ids: Vec<Id> = rows.collect::<rusqlite::Result<_>>()?;
    if sought.id.is_none() && ids.len() > 1 {
        return Err(Error::invalid(format!(
            "{} holds {} people of that name; restore it to a scratch file and erase the right one there",
            copy.display(),
            ids.len()
        )));
    }
    Ok(ids)
}

/// Erase the person from one copy: a copy of the current schema is opened
/// and the same erasure runs in it; an older one is removed.
pub fn purge(copy: &Path, sought: &Sought, clock: Clock) -> Result<Purged> {
    let version = {
        let conn = rusqlite::Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Error::Database(format!("cannot open {}: {e}", copy.display())))?;
        migrations::user_version(&conn)?
    };
    if version == migrations::LATEST {
        let ids = ids_in_copy(copy, sought)?;
        let mut store = Store::open(copy, clock)?;
        for id in ids {
            store.erase_person(id, false, super::erase::default_wait())?;
        }
        return Ok(Purged::Rewritten);
    }
    for path in [copy.to_path_buf(), suffixed(copy, "-wal"), suffixed(copy, "-shm")] {
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::Io(format!("cannot remove {}: {e}", path.display()))),
        }
    }
    Ok(Purged::Removed)
}

fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

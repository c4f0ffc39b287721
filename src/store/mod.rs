//! The store: the only place in kring that speaks SQL.
//!
//! One `Store` owns one connection: to a SQLite file, or to a team's
//! PostgreSQL database (`postgres/`); the same SQL runs on both, with what
//! differs in `dialect.rs`. Reads run directly; every write runs in one
//! transaction (see [`Store::write`]; `BEGIN IMMEDIATE` on a file) so that a
//! failed command leaves the database exactly as it was. One module per
//! aggregate adds its methods to `Store`.

pub mod archive;
pub mod asks;
pub mod attachments;
pub mod audit;
pub mod backup;
/// SQLite's own default page cache (2 MB), what a bulk load or an import sets back.
pub(crate) const CACHE_SIZE: i64 = -2000;
pub mod bulk;
pub mod bulk_changes;
pub mod cadence;
pub mod campaigns;
pub mod capture;
pub mod circles;
pub mod companies;
pub mod db;
pub mod departures;
pub mod dialect;
mod domains;
pub mod edits;
pub mod engagements;
mod errors;
pub mod followups;
pub mod goals;
pub mod handover;
pub mod health;
pub mod health_history;
pub mod identity;
pub mod import;
pub mod interactions;
pub mod management;
pub mod merge;
pub mod migrations;
pub mod network;
pub mod offers;
pub mod people;
pub mod places;
pub mod postgres;
pub mod privacy;
pub mod questions;
pub mod recognition;
pub mod recurring;
pub mod remind;
pub mod report;
pub mod resolve;
pub mod restore;
pub mod search;
pub mod sheet;
pub mod staff;
pub mod tags;
pub mod teams;
pub mod today;
pub mod topics;
pub mod views;
pub mod vocabulary;

use crate::domain::dates::{from_iso, iso};
use crate::store::db::{Connection, Engine, Transaction, TransactionBehavior};
use crate::{Error, Result};
use chrono::{NaiveDate, Utc};
use rusqlite::OpenFlags;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use crate::model::Id;

/// The clock kring runs on. Injected so that tests and snapshots are stable.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub today: NaiveDate,
    /// When set, timestamps are written as noon of `today` (tests, demos).
    pub fixed: bool,
}

impl Clock {
    pub fn system() -> Clock {
        Clock {
            today: chrono::Local::now().date_naive(),
            fixed: false,
        }
    }

    pub fn fixed(today: NaiveDate) -> Clock {
        Clock { today, fixed: true }
    }

    /// A system clock that starts on `today` (and moves on with the days).
    pub fn starting(today: NaiveDate) -> Clock {
        Clock { today, fixed: false }
    }

    /// The date on the wall, now.
    pub fn wall_date() -> NaiveDate {
        chrono::Local::now().date_naive()
    }

    /// A UTC timestamp `YYYY-MM-DD HH:MM:SS`.
    pub fn now(&self) -> String {
        if self.fixed {
            format!("{} 12:00:00", iso(self.today))
        } else {
            Utc::now().format("%Y-%m-%d %H:%M:%S").to_string()
        }
    }
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    clock: Clock,
    /// The staff member on whose behalf changes are made (audit log, "mine").
    actor: Option<Id>,
    /// Every company's health score while nothing changes (see `health.rs`).
    scores: health::ScoreCache,
    /// The team database connected to (a second connection reads beside this one).
    target: Option<crate::domain::location::PgTarget>,
}

impl Store {
    /// Open (or create) the database file at `path`. The folder must exist.
    pub fn open(path: &Path, clock: Clock) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(Error::Io(format!(
                    "the folder {} does not exist: create it first or choose another --db path",
                    dir.display()
                )));
            }
        }
        create_private(path)?;
        // A file without write permission is opened read-only: reading works,
        // and a change is refused with a clear message instead of an odd one.
        let read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
        let access = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
        };
        let flags = access | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = rusqlite::Connection::open_with_flags(path, flags)
            .map_err(|e| Error::Database(format!("cannot open {}: {e}", path.display())))?;
        let conn = Connection::Sqlite(conn);
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            clock,
            actor: None,
            scores: Default::default(),
            target: None,
        };
        store.prepare()?;
        Ok(store)
    }

    /// A private database in memory, for tests.
    pub fn open_in_memory(clock: Clock) -> Result<Store> {
        let mut store = Store {
            conn: Connection::Sqlite(rusqlite::Connection::open_in_memory()?),
            path: None,
            clock,
            actor: None,
            scores: Default::default(),
            target: None,
        };
        store.prepare()?;
        Ok(store)
    }

    /// Connect to a kring database on a PostgreSQL server. `creating`: the
    /// schema may be missing (`kring init` creates it).
    pub fn connect(target: &crate::domain::location::PgTarget, clock: Clock, creating: bool) -> Result<Store> {
        let server = postgres::server::Server::connect(target)?;
        let mut store = Store {
            conn: Connection::Postgres(Box::new(server)),
            path: None,
            clock,
            actor: None,
            scores: Default::default(),
            target: Some(target.clone()),
        };
        postgres::prepare(&mut store.conn, creating)?;
        // Who you are is your login: the staff record linked to it.
        let login = store.session_login().unwrap_or_default().to_string();
        store.actor = store.staff_by_login(&login)?;
        if store.actor.is_none() && !postgres::may_read(&store.conn)? {
            return Err(Error::Forbidden(crate::t!("err-login-of-a-leaver", login = login)));
        }
        Ok(store)
    }

    /// What opens a second store on the same database, for work done on a
    /// thread beside this one (reading only); `None` for a database in memory.
    pub fn opener(&self) -> Option<impl FnOnce() -> Result<Store> + Send + 'static> {
        let (path, target, clock) = (self.path.clone(), self.target.clone(), self.clock);
        if path.is_none() && target.is_none() {
            return None;
        }
        Some(move || match (path, target) {
            // Opening creates a missing file: never here.
            (Some(path), _) if !path.is_file() => Err(Error::Io(format!("{} is gone", path.display()))),
            (Some(path), _) => Store::open(&path, clock),
            (None, Some(target)) => Store::connect(&target, clock, false),
            (None, None) => unreachable!("checked above"),
        })
    }

    /// On a server: the login role this session connected as.
    pub fn session_login(&self) -> Option<&str> {
        self.conn.server().map(|s| s.login())
    }

    pub fn engine(&self) -> Engine {
        self.conn.engine()
    }

    /// Refuse, before trying, what only an admin may do on a team database
    /// (the server would refuse it too). A file has one keeper: they may.
    pub fn require_admin(&self, what: &str) -> Result<()> {
        if self.is_admin()? {
            return Ok(());
        }
        Err(admin_only(what))
    }

    /// Whether this session may do what only admins may (on a file: yes).
    pub fn is_admin(&self) -> Result<bool> {
        Ok(self.engine() == Engine::Sqlite || postgres::is_admin(&self.conn)?)
    }

    fn prepare(&mut self) -> Result<()> {
        let path = self.path.clone();
        let conn = self.conn.sqlite_mut()?;
        let not_ours = |e: rusqlite::Error| match path.as_ref() {
            Some(p) => Error::Database(format!("{} is not a kring database (SQLite said: {e})", p.display())),
            None => Error::from(e),
        };
        conn.busy_timeout(Duration::from_secs(10)).map_err(not_ours)?;
        conn.set_prepared_statement_cache_capacity(64);
        // Refused before anything is written: a file that is not kring's
        // keeps every byte (switching it to WAL would already change it).
        migrations::check_ours(conn).map_err(|e| match (e, path.as_ref()) {
            (Error::NotADatabase | Error::Damaged, Some(p)) => {
                Error::Database(format!("{} is not a kring database (or it is damaged)", p.display()))
            }
            (other, _) => other,
        })?;
        // journal_mode cannot change inside a transaction: set pragmas first.
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(not_ours)?;
        conn.execute_batch("PRAGMA synchronous = FULL;").map_err(not_ours)?;
        // A large sort (every contact by name) spills to a temporary file,
        // as the sqlite3 shell's does, instead of growing in memory: the
        // bundled SQLite keeps temporary data in memory by default. The file
        // is unlinked as soon as it is made, so nothing is left behind.
        conn.execute_batch("PRAGMA temp_store = FILE;").map_err(not_ours)?;
        migrations::bring_up_to_date_with(conn, |_locked, _old| match &path {
            // A failed or regretted upgrade never costs data. The copy is read
            // through a second connection (one that holds the write lock
            // cannot be backed up); the lock keeps the file as it is meanwhile.
            Some(path) => {
                let reader = rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
                let target = backup::sibling(path, &format!("before-v{}", migrations::LATEST));
                backup::copy_connection(&reader, &target)
            }
            None => Ok(()),
        })?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        self.actor = self.me()?;
        Ok(())
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today
    }

    /// Move "today" on to `day` (kring left open past midnight). Returns
    /// whether the day changed. A fixed clock (tests, demos) never moves.
    pub fn advance_to(&mut self, day: NaiveDate) -> bool {
        if self.clock.fixed || day == self.clock.today {
            return false;
        }
        self.clock.today = day;
        true
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn actor(&self) -> Option<Id> {
        self.actor
    }

    /// Act on behalf of this staff member from now on.
    pub fn set_actor(&mut self, staff: Option<Id>) {
        self.actor = staff;
    }

    /// The time and who is acting, for one write.
    pub(crate) fn ctx(&self) -> Ctx {
        Ctx {
            now: self.clock.now(),
            today: self.clock.today,
            actor: self.actor,
            bulk: false,
        }
    }

    /// Run `f` in one `BEGIN IMMEDIATE` transaction: all of it commits, or none.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction, &Ctx) -> Result<T>) -> Result<T> {
        let ctx = self.ctx();
        self.ensure_known()?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx, &ctx)?;
        tx.commit()?;
        Ok(value)
    }

    /// On a team database every change carries who made it: a login that is
    /// no staff member's may read, not write — an admin's neither (the
    /// first `init`, and a move into an empty database, excepted).
    fn ensure_known(&self) -> Result<()> {
        match (self.session_login(), self.actor) {
            (Some(login), None) if self.me()?.is_some() => Err(Error::Forbidden(format!(
                "your login '{login}' is not linked to a staff member of this kring, so nothing was changed; \
                     ask an admin to run `kring staff add \"Your Name\" --login {login}`"
            ))),
            _ => Ok(()),
        }
    }

    /// A number that changes when *another* connection commits to the file
    /// (SQLite's `PRAGMA data_version`): cheap to poll, so a screen can
    /// reload when someone else changed the database.
    pub fn data_version(&self) -> Result<i64> {
        match &self.conn {
            Connection::Sqlite(conn) => Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?),
            Connection::Postgres(server) => server.data_version(),
        }
    }

    /// Debug builds only: start writing a company and panic before the
    /// commit (`KRING_TEST_PANIC`, used by the crash test of the TUI).
    #[cfg(debug_assertions)]
    pub fn crash_midway_for_tests(&mut self) {
        let _ = self.write(|tx, ctx| -> Result<()> {
            companies::insert_company(
                tx,
                ctx,
                &crate::model::companies::NewCompany {
                    name: "Half Geschreven BV".into(),
                    ..Default::default()
                },
            )?;
            panic!("provoked by KRING_TEST_PANIC");
        });
    }

    /// Debug builds only: stop hearing the server's notifications, as
    /// behind a pooler in transaction mode (the refresh fallback's test).
    #[cfg(debug_assertions)]
    pub fn stop_listening_for_tests(&mut self) -> Result<()> {
        self.conn.execute_batch("UNLISTEN *")
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// The refusal of what only an admin may do.
pub(crate) fn admin_only(what: &str) -> Error {
    Error::Forbidden(crate::t!("err-admin-only", what = what))
}

/// A new database file is created readable and writable by its owner only
/// (0600 on Unix): it holds personal data. SQLite gives its -wal and -shm
/// files the same permissions.
fn create_private(path: &Path) -> Result<()> {
    if path.exists() || path.to_str().is_some_and(|p| p.starts_with("file:") || p == ":memory:") {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::Io(format!("cannot create {}: {e}", path.display()))),
    }
}

/// What every write needs to know: the time and who is acting.
#[derive(Clone)]
pub struct Ctx {
    pub now: String,
    pub today: NaiveDate,
    pub actor: Option<Id>,
    /// A bulk load (demo, import): one audit entry for the whole load instead
    /// of one per row, and history may name staff who have since left.
    pub bulk: bool,
}

/// Read an optional ISO date column.
pub(crate) fn date_col(row: &db::Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(row.get::<_, Option<String>>(idx)?.as_deref().and_then(from_iso))
}

//! Reliability under faults: hostile input, old databases, files that are not
//! ours, crashes (SIGKILL at random moments) and concurrent use. One test
//! binary; what each module proves is in docs/reliability.md.
//!
//! Longer runs: `KRING_CRASH_KILLS=120 KRING_SOAK_SECONDS=60 cargo test --test reliability`.

mod concurrency;
mod crash;
mod files;
mod hostile;
mod old_databases;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The kring binary with a fixed "today", on `db`.
pub(crate) fn kring(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kring"));
    cmd.env("KRING_DB", db)
        .env("KRING_TODAY", "2026-11-26")
        .env("LC_ALL", "C.UTF-8")
        .env("USER", "tester")
        .env_remove("KRING_USER");
    cmd
}

/// Run kring and insist that it succeeds; its standard output.
pub(crate) fn ok(db: &Path, args: &[&str]) -> String {
    let output = kring(db).args(args).output().expect("run kring");
    assert!(
        output.status.success(),
        "kring {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A database with one staff member and one company ("Smit BV", Hoorn) with a contact.
pub(crate) fn seeded(dir: &Path) -> PathBuf {
    let db = dir.join("kring.sqlite");
    ok(&db, &["init", "--me", "Sanne Bakker"]);
    ok(
        &db,
        &["company", "add", "Smit BV", "--city", "Hoorn", "--kvk", "11223344"],
    );
    ok(
        &db,
        &["person", "add", "An Smit", "--company", "Smit", "--email", "an@smit.nl"],
    );
    db
}

pub(crate) fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

pub(crate) fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

//! Files that are not ours, or not writable: a clear message, nothing
//! modified. And the files kring makes are the owner's alone.

use super::{kring, ok, seeded};
use std::path::Path;

fn fails_unchanged(db: &Path, args: &[&str], message: &str) {
    let before = std::fs::read(db).unwrap();
    let output = kring(db).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "kring {args:?}: {stderr}");
    assert!(
        stderr.contains(message),
        "kring {args:?}: expected {message:?} in {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        std::fs::read(db).unwrap() == before,
        "kring {args:?} changed {}",
        db.display()
    );
}

#[test]
fn files_that_are_not_kring_databases_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notities.txt");
    std::fs::write(&text, "Boodschappen: brood, kaas\n".repeat(200)).unwrap();
    fails_unchanged(&text, &["today"], "is not a kring database");
    let random = dir.path().join("random.bin");
    std::fs::write(
        &random,
        (0..70_000u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<_>>(),
    )
    .unwrap();
    fails_unchanged(&random, &["company", "list"], "is not a kring database");

    let foreign = dir.path().join("foreign.sqlite");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch(
            "PRAGMA journal_mode = WAL; CREATE TABLE boeken (titel TEXT); INSERT INTO boeken VALUES ('Max Havelaar');",
        )
        .unwrap();
    fails_unchanged(&foreign, &["today"], "tables that are not kring's");

    // Another program's file in rollback-journal mode: switching it to WAL
    // before refusing would already change a byte of it.
    let journal = dir.path().join("adressen.sqlite");
    rusqlite::Connection::open(&journal)
        .unwrap()
        .execute_batch("CREATE TABLE adres (straat TEXT); INSERT INTO adres VALUES ('Kerkstraat 1');")
        .unwrap();
    fails_unchanged(&journal, &["today"], "tables that are not kring's");
    assert!(
        !dir.path().join("adressen.sqlite-wal").exists(),
        "no -wal was made beside it"
    );

    let newer = seeded(dir.path());
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    fails_unchanged(
        &newer,
        &["company", "add", "Nieuw BV"],
        "written by a newer kring (schema version 99",
    );
}

#[test]
fn a_read_only_database_can_be_read_but_not_changed() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let mut permissions = std::fs::metadata(&db).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&db, permissions).unwrap();
    assert!(ok(&db, &["company", "list"]).contains("Smit BV"), "reading works");
    fails_unchanged(&db, &["company", "add", "Nieuw BV"], "the database file is read-only");
    fails_unchanged(&db, &["log", "Smit", "--kind", "call", "--note", "x"], "read-only");
}

/// A full disk, simulated by a file-size limit (`ulimit -f`) with SIGXFSZ
/// ignored, so a write fails with "file too large" as it would with ENOSPC.
#[cfg(unix)]
#[test]
fn a_full_disk_fails_the_write_and_keeps_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    ok(&db, &["init", "--me", "Sanne Bakker"]);
    ok(&db, &["staff", "add", "Joost Mulder"]);
    let before = std::fs::read(&db).unwrap();
    let limit_blocks = before.len() / 512 + 8;
    let script = format!("trap '' XFSZ; ulimit -f {limit_blocks}; exec \"$0\" demo");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_kring"))
        .env("KRING_DB", &db)
        .env("KRING_TODAY", "2026-11-26")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is it full?") || stderr.contains("disk is full"),
        "{stderr}"
    );
    assert!(std::fs::read(&db).unwrap() == before, "the database changed");
    assert_eq!(super::integrity(&db), "ok");
    assert!(ok(&db, &["staff", "list"]).contains("Joost Mulder"));
    // An export to a full device is an error too, not a truncated success.
    let output = kring(&db).args(["export", "all", "-o", "/dev/full"]).output().unwrap();
    assert!(!output.status.success());
}

#[cfg(unix)]
#[test]
fn a_new_database_is_for_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nieuw.sqlite");
    ok(&db, &["init", "--me", "Sanne Bakker"]);
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "kring.sqlite is {mode:o}");
    // While a connection is open, the WAL file exists with the same mode.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; CREATE TEMP TABLE t (x); SELECT count(*) FROM company;")
        .unwrap();
    conn.execute("INSERT INTO setting (key, value) VALUES ('probe', '1')", [])
        .unwrap();
    let wal = dir.path().join("nieuw.sqlite-wal");
    let mode = std::fs::metadata(&wal).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the WAL file is {mode:o}");
}

#[test]
fn an_export_that_fails_midway_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    ok(&db, &["demo"]);
    let target = dir.path().join("export.json");
    std::fs::write(&target, "the export of yesterday\n").unwrap();
    // The file size limit (above the 32 KB the database's -shm needs) is hit
    // partway through writing the new export, which is some 370 KB.
    let script = "trap '' XFSZ; ulimit -f 200; exec \"$0\" export all -o \"$1\"";
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_kring"))
        .arg(&target)
        .env("KRING_DB", &db)
        .env("KRING_TODAY", "2026-11-26")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("cannot write the export"),
        "it failed writing: {stderr}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "the export of yesterday\n");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".export.json") || n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no half-written file is left: {leftovers:?}");
}

#[test]
fn backups_made_within_one_second_never_share_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    for _ in 0..3 {
        ok(&db, &["backup"]);
    }
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".backup-"))
        .count();
    assert_eq!(backups, 3, "three backups, three files");
}

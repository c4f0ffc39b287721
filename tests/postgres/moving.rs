//! A whole database into a server (`import all`, as `migrate-to` does it):
//! the rows come in with COPY while the references and plain indexes are
//! set aside, so what must hold is that every byte arrives, everything set
//! aside is back, and a broken export is refused by name with nothing kept.

use super::{host, NEXT};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::Ordering;

/// A new, empty database on the cluster: its URL.
fn new_database(prefix: &str) -> (String, String) {
    let host = host();
    let db = format!(
        "{prefix}{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    psql(&host, "postgres", &format!("CREATE DATABASE {db}"));
    (format!("postgresql://postgres@/{db}?host={host}"), db)
}

fn psql(host: &str, db: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .args([
            "-h",
            host,
            "-U",
            "postgres",
            "-d",
            db,
            "-X",
            "-q",
            "-tA",
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            sql,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

pub(super) fn kring(target: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kring"))
        .args(args)
        .env("KRING_DB", target)
        .env("KRING_TODAY", "2026-12-02")
        .env("USER", "tester")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub(super) fn ok(target: &str, args: &[&str]) -> String {
    let out = kring(target, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// What a schema holds beside its rows: references, indexes and whether
/// the last-contact trigger is on.
fn shape(db: &str) -> String {
    psql(
        &host(),
        db,
        "SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace)
             || ' references, ' || (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')
             || ' indexes, trigger ' || (SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'interaction_last_contact_insert')",
    )
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn import_all_into_a_server_carries_every_byte_and_puts_every_check_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.sqlite");
    let file_arg = file.to_str().unwrap();
    ok(file_arg, &["demo"]);
    let mut export: serde_json::Value = serde_json::from_str(&ok(file_arg, &["export", "all"])).unwrap();
    // What COPY's text format must escape, and text that looks like its null.
    let hostile = "tab\there, lone CR\rthere, \\N, back\\slash\nnew line, \\.";
    export["tables"]["interaction"][0]["summary"] = hostile.into();
    export["tables"]["interaction"][1]["outcome"] = "\\N".into();
    export["tables"]["company"][0]["website"] = "\r\n\t\\".into();
    let document = dir.path().join("export.json");
    std::fs::write(&document, export.to_string()).unwrap();

    let (fresh_url, fresh) = new_database("kring_fresh");
    ok(&fresh_url, &["init", "--me", "Sanne Bakker"]);
    let (url, db) = new_database("kring_all");
    ok(&url, &["import", "all", document.to_str().unwrap()]);

    let back: serde_json::Value = serde_json::from_str(&ok(&url, &["export", "all"])).unwrap();
    for table in [
        "company",
        "person",
        "interaction",
        "followup",
        "employment",
        "engagement",
    ] {
        assert_eq!(
            back["tables"][table], export["tables"][table],
            "table {table} arrives as it was"
        );
    }
    assert_eq!(back["tables"]["interaction"][0]["summary"], hostile);
    assert_eq!(back["tables"]["interaction"][1]["outcome"], "\\N", "text, not null");
    assert_eq!(
        shape(&db),
        shape(&fresh),
        "every reference, index and the trigger are back"
    );
    assert!(shape(&db).ends_with("trigger O"), "{}", shape(&db));
    // The references hold again: a row that refers to nothing is refused.
    let dangling = kring(&url, &["log", "Bestaat Niet BV", "--kind", "call"]);
    assert!(!dangling.status.success());
    let refused = Command::new("psql")
        .args(["-h", &host(), "-U", "postgres", "-d", &db, "-X", "-q", "-c"])
        .arg("INSERT INTO interaction (company_id, occurred_on, kind, created_at) VALUES (999999, '2026-12-01', 'call', '2026-12-01')")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("foreign key"));
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn an_export_that_refers_to_nothing_is_refused_by_name_and_the_server_keeps_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.sqlite");
    let file_arg = file.to_str().unwrap();
    ok(file_arg, &["demo"]);
    let mut export: serde_json::Value = serde_json::from_str(&ok(file_arg, &["export", "all"])).unwrap();
    let interactions = export["tables"]["interaction"].as_array_mut().unwrap();
    let last = interactions.len() - 1;
    interactions[last]["company_id"] = 999_999.into();
    let id = interactions[last]["id"].as_i64().unwrap();
    let document = dir.path().join("export.json");
    std::fs::write(&document, export.to_string()).unwrap();

    let (fresh_url, fresh) = new_database("kring_fresh");
    ok(&fresh_url, &["init", "--me", "Sanne Bakker"]);
    let (url, db) = new_database("kring_broken");
    let out = kring(&url, &["import", "all", document.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("interaction #{id} refers to a company that is not in it")),
        "{said}"
    );
    assert_eq!(psql(&host(), &db, "SELECT count(*) FROM company"), "0");
    assert_eq!(psql(&host(), &db, "SELECT count(*) FROM interaction"), "0");
    assert_eq!(
        shape(&db),
        shape(&fresh),
        "what was set aside is back after the rollback"
    );
}

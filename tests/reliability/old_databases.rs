//! Old databases: a fixture file for every schema version kring has written
//! (tests/fixtures/kring-vN.sqlite), each carried to the current version
//! with its data intact, a backup taken first, and a failed migration
//! leaving the file untouched.
//!
//! The fixtures were made by `write_fixture_databases` (ignored; run it with
//! `cargo test --test reliability -- --ignored write_fixture` when a new
//! schema version ships, and commit the new file).

use super::{kring, ok};
use kring::store::migrations::{self, schema_fingerprint, LATEST};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/kring-v{version}.sqlite"))
}

/// The same data in every version: written with plain SQL against the
/// version-1 tables, which every later version still has.
const DATA: &str = "
INSERT INTO setting (key, value) VALUES ('me', '1');
INSERT INTO staff (id, name, name_fold, email, role, created_at)
     VALUES (1, 'Sanne Bakker', 'sanne bakker', 's.bakker@school.nl', 'connector', '2024-09-01 08:00:00'),
            (2, 'Joost Mulder', 'joost mulder', NULL, 'internship_office', '2024-09-01 08:00:00');
INSERT INTO company (id, name, name_fold, kvk, sector, city, city_fold, website, status, owner_id,
                     last_contact_on, created_at, updated_at)
     VALUES (1, 'Machinefabriek De Zaan', 'machinefabriek de zaan', '12345678', 'techniek', 'Zaandam', 'zaandam',
             'https://dezaan.nl', 'active', 1, '2026-10-01', '2024-09-01 08:00:00', '2024-09-01 08:00:00'),
            (2, 'Café De Ruïne', 'cafe de ruine', NULL, 'horeca', 'Edam', 'edam', NULL, 'prospect', 2,
             NULL, '2025-01-10 08:00:00', '2025-01-10 08:00:00');
INSERT INTO tag (id, name) VALUES (1, 'techniek');
INSERT INTO company_tag (company_id, tag_id) VALUES (1, 1);
INSERT INTO person (id, name, name_fold, email, phone, notes, created_at, updated_at)
     VALUES (1, 'Noëlle de Vries', 'noelle de vries', 'noelle@dezaan.nl', '075-1234567', 'Praktijkopleider sinds 2019',
             '2024-09-01 08:00:00', '2024-09-01 08:00:00');
INSERT INTO employment (id, person_id, company_id, role, title, started_on)
     VALUES (1, 1, 1, 'workplace_trainer', 'Praktijkopleider', '2019-03-01');
INSERT INTO interaction (id, company_id, staff_id, occurred_on, kind, summary, outcome, created_at)
     VALUES (1, 1, 1, '2026-10-01', 'visit', 'Rondleiding in de Zaanse werkplaats', 'Twee stageplekken', '2026-10-01 15:00:00');
INSERT INTO interaction_person (interaction_id, person_id) VALUES (1, 1);
INSERT INTO followup (id, company_id, person_id, staff_id, interaction_id, due_on, action, created_at)
     VALUES (1, 1, 1, 1, 1, '2026-12-01', 'Stageovereenkomsten sturen', '2026-10-01 15:00:00');
INSERT INTO engagement (id, company_id, form, programme, school_year, starts_on, ends_on, students, status,
                        staff_id, created_at, updated_at)
     VALUES (1, 1, 'internship', 'Mechatronica', '2026-2027', '2026-09-01', '2027-01-31', 2, 'running', 1,
             '2026-06-01 10:00:00', '2026-06-01 10:00:00');
INSERT INTO recognition (id, company_id, crebo, programme, trainer_person_id, recognised_on, recheck_on)
     VALUES (1, 1, '25180', 'Mechatronica', 1, '2023-05-01', '2027-05-01');
INSERT INTO circle (id, name, name_fold, description, created_at)
     VALUES (1, 'Techniekkring Zaanstreek', 'techniekkring zaanstreek', 'Vier keer per jaar', '2024-09-01 08:00:00');
INSERT INTO circle_member (circle_id, company_id, joined_on) VALUES (1, 1, '2024-09-01');
INSERT INTO meeting (id, circle_id, starts_at, place, agenda, created_at)
     VALUES (1, 1, '2026-12-03 16:00', 'Het Noord College', 'Stages 2027', '2026-10-01 15:00:00');
INSERT INTO meeting_attendance (meeting_id, person_id, status) VALUES (1, 1, 'invited');
INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
     VALUES ('2024-09-01 08:00:00', 1, 'company', 1, 'create', '{\"name\":\"Machinefabriek De Zaan\"}');
";

#[test]
#[ignore = "writes the fixture files; run when a new schema version ships"]
fn write_fixture_databases() {
    for version in 1..=LATEST {
        let path = fixture(version);
        let _ = std::fs::remove_file(&path);
        let mut conn = Connection::open(&path).unwrap();
        // As kring writes every database: in WAL mode.
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(())).unwrap();
        migrations::migrate_to(&mut conn, version).unwrap();
        conn.execute_batch(DATA).unwrap();
        conn.execute_batch("VACUUM").unwrap();
    }
}

#[test]
fn every_schema_version_has_a_fixture() {
    for version in 1..=LATEST {
        assert!(
            fixture(version).exists(),
            "no fixture for schema version {version}: run write_fixture_databases"
        );
    }
}

#[test]
fn every_old_database_is_carried_forward_with_its_data() {
    let fresh = Connection::open_in_memory().unwrap();
    let mut fresh = fresh;
    migrations::bring_up_to_date(&mut fresh).unwrap();
    let expected_schema = schema_fingerprint(&fresh).unwrap();
    for version in 1..=LATEST {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kring.sqlite");
        std::fs::copy(fixture(version), &db).unwrap();
        let original = std::fs::read(&db).unwrap();

        let shown: serde_json::Value = serde_json::from_str(&ok(&db, &["company", "show", "Zaan", "--json"])).unwrap();
        assert_eq!(shown["company"]["kvk"], "12345678", "v{version}");
        assert_eq!(shown["company"]["last_contact"], "2026-10-01", "v{version}");
        assert_eq!(shown["contacts"][0]["name"], "Noëlle de Vries", "v{version}");
        assert_eq!(
            shown["timeline"][0]["summary"], "Rondleiding in de Zaanse werkplaats",
            "v{version}"
        );
        assert_eq!(shown["engagements"][0]["students"], 2, "v{version}");
        // Search works on what was written before search existed (v1).
        let found = ok(&db, &["search", "zaanse", "--json"]);
        assert!(found.contains("Rondleiding"), "v{version}: {found}");
        assert!(
            ok(&db, &["search", "ruine", "--json"]).contains("Café De Ruïne"),
            "v{version}"
        );
        let followups = ok(&db, &["followup", "list", "--json"]);
        assert!(followups.contains("Stageovereenkomsten sturen"), "v{version}");
        assert!(ok(&db, &["circle", "show", "Techniek", "--json"]).contains("Machinefabriek De Zaan"));

        // Every database has its own identity, once: cards keep their UIDs.
        let cards = ok(&db, &["export", "contacts", "--format", "vcard"]);
        assert!(cards.contains("UID:urn:uuid:"), "v{version}: {cards}");
        assert_eq!(
            ok(&db, &["export", "contacts", "--format", "vcard"]),
            cards,
            "v{version}"
        );

        let conn = Connection::open(&db).unwrap();
        assert_eq!(migrations::user_version(&conn).unwrap(), LATEST);
        assert_eq!(schema_fingerprint(&conn).unwrap(), expected_schema, "v{version}");
        // An upgrade is preceded by a backup: the old file, byte for byte.
        let backups: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(&format!("before-v{LATEST}")))
            .collect();
        if version < LATEST {
            assert_eq!(backups.len(), 1, "v{version}: one backup before migrating");
            let backup = Connection::open(&backups[0]).unwrap();
            assert_eq!(migrations::user_version(&backup).unwrap(), version);
            let companies: i64 = backup
                .query_row("SELECT count(*) FROM company", [], |r| r.get(0))
                .unwrap();
            assert_eq!(companies, 2);
        } else {
            assert!(backups.is_empty(), "no backup when nothing is migrated");
            assert!(std::fs::read(&db).unwrap().len() == original.len());
        }
    }
}

#[test]
fn a_failed_migration_leaves_the_original_untouched() {
    // The newest migration that changes a file's schema (some change only
    // a team database's rights), from the version before it.
    let (version, in_the_way) = (1..=LATEST)
        .rev()
        .find_map(|version| in_the_way_of(migrations::MIGRATIONS[version as usize - 1].sql).map(|sql| (version, sql)))
        .expect("some migration creates or adds something");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    std::fs::copy(fixture(version - 1), &db).unwrap();
    Connection::open(&db).unwrap().execute_batch(&in_the_way).unwrap();
    let before = std::fs::read(&db).unwrap();
    let output = kring(&db).args(["today"]).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("migration to schema version {version} failed")),
        "{stderr}"
    );
    assert!(std::fs::read(&db).unwrap() == before, "the file is not as it was");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(migrations::user_version(&conn).unwrap(), version - 1);
}

/// Something of someone's own in the way of a migration: a table named
/// like the first table or index it creates, or a column named like the
/// first column it adds. None when it does neither.
fn in_the_way_of(sql: &str) -> Option<String> {
    let created = sql.lines().filter(|l| l.starts_with("CREATE ")).find_map(|l| {
        l.split_whitespace()
            .find(|w| !["CREATE", "TABLE", "INDEX", "UNIQUE"].contains(w))
    });
    let added = sql.lines().find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        match words[..] {
            ["ALTER", "TABLE", table, "ADD", "COLUMN", column, ..] => Some((table, column)),
            _ => None,
        }
    });
    match (created, added) {
        (Some(name), _) => Some(format!("CREATE TABLE {name} (mine TEXT)")),
        (None, Some((table, column))) => Some(format!("ALTER TABLE {table} ADD COLUMN {column} TEXT")),
        (None, None) => None,
    }
}

#[test]
fn several_processes_opening_an_old_database_at_once_all_go_on_and_one_migrates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    std::fs::copy(fixture(LATEST - 1), &db).unwrap();
    let children: Vec<_> = (0..4)
        .map(|_| {
            kring(&db)
                .args(["company", "list", "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "every process goes on: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("Machinefabriek De Zaan"));
    }
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains("before-v"))
        .count();
    assert_eq!(backups, 1, "exactly one process migrated (and backed up first)");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(migrations::user_version(&conn).unwrap(), LATEST);
}

/// Version 13 gives everyone already in the database the key Dutch lists
/// sort on: "de Vries" under V.
#[test]
fn people_of_an_older_database_get_their_sort_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    std::fs::copy(fixture(12), &db).unwrap();
    ok(&db, &["today"]);
    let conn = Connection::open(&db).unwrap();
    let key: String = conn
        .query_row("SELECT sort_key FROM person WHERE name = 'Noëlle de Vries'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(key, "vries\u{1}noelle\u{1}de");
}

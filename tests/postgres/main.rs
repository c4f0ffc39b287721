//! kring's PostgreSQL schema and rights, on a real server: the SQL that
//! `kring db setup --print-sql` prints is run with psql, then probed as an
//! admin's and a staff member's login.
//!
//! They need a server: `KRING_TEST_PG_HOST` names its socket directory
//! (`.ci/run` starts a throwaway cluster and sets it; locally:
//! `eval "$(.ci/pg start)"`). Without one they are ignored, and say so;
//! `cargo test --test postgres -- --include-ignored` runs them (and fails
//! without a server, rather than passing).

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

mod moving;
mod rights;

/// The cluster's socket directory; a test that needs one fails without it.
fn host() -> String {
    std::env::var("KRING_TEST_PG_HOST")
        .ok()
        .filter(|h| !h.is_empty())
        .expect("KRING_TEST_PG_HOST names no PostgreSQL cluster: start one with `eval \"$(.ci/pg start)\"`")
}

/// One test's database on the cluster, with an admin and a staff login.
struct Pg {
    host: String,
    db: String,
    admin: String,
    staff: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Pg {
    fn new() -> Pg {
        let host = host();
        let n = format!("{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let pg = Pg {
            host,
            db: format!("kring_t{n}"),
            admin: format!("sanne_{n}"),
            staff: format!("joost_{n}"),
        };
        let setup = Command::new(env!("CARGO_BIN_EXE_kring"))
            .args(["db", "setup", "--print-sql", "--database", &pg.db])
            .output()
            .unwrap();
        assert!(setup.status.success(), "{}", String::from_utf8_lossy(&setup.stderr));
        pg.psql_input("postgres", "postgres", &String::from_utf8(setup.stdout).unwrap())
            .expect("the printed setup runs without an error");
        pg.sql_as(
            "postgres",
            &format!(
                "CREATE ROLE {} LOGIN IN ROLE kring_admin; CREATE ROLE {} LOGIN IN ROLE kring_staff;",
                pg.admin, pg.staff
            ),
        )
        .unwrap();
        pg.sql_as(
            &pg.admin.clone(),
            &format!(
                "INSERT INTO staff (name, name_fold, created_at, login) VALUES
                   ('Sanne Bakker', 'sanne bakker', '2026-12-02', '{}'),
                   ('Joost Mulder', 'joost mulder', '2026-12-02', '{}');
                 INSERT INTO company (name, name_fold, city, city_fold, owner_id, created_at, updated_at)
                   VALUES ('Café De Ruïne', 'cafe de ruine', 'Edam', 'edam', 1, '2026-11-01', '2026-11-01'),
                          ('Jansen-de Vries BV', 'jansen-de vries bv', 'Hoorn', 'hoorn', 1, '2026-11-01', '2026-11-01');
                 INSERT INTO person (name, name_fold, email, created_at, updated_at)
                   VALUES ('Noëlle de Vries', 'noelle de vries', 'noelle.devries@ruine.nl', '2026-11-01', '2026-11-01');
                 INSERT INTO setting (key, value) VALUES ('me', '1');",
                pg.admin, pg.staff
            ),
        )
        .unwrap();
        pg
    }

    fn psql_input(&self, db: &str, user: &str, input: &str) -> Result<String, String> {
        let mut child = Command::new("psql")
            .args([
                "-h",
                &self.host,
                "-U",
                user,
                "-d",
                db,
                "-X",
                "-q",
                "-tA",
                "-v",
                "ON_ERROR_STOP=1",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("psql runs");
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        match out.status.success() {
            true => Ok(stdout + &stderr),
            false => Err(stderr),
        }
    }

    /// This test's database as `user` would give it to kring.
    fn url(&self, user: &str) -> String {
        format!("postgresql://{user}@/{}?host={}", self.db, self.host)
    }

    /// A store connected to this test's database as `user`, as the TUI holds one.
    fn store(&self, user: &str) -> kring::store::Store {
        use kring::domain::location::{parse, Location};
        let Location::Postgres(target) = parse(&self.url(user)).unwrap() else {
            unreachable!("a PostgreSQL URL")
        };
        kring::store::Store::connect(&target, kring::store::Clock::system(), false).unwrap()
    }

    /// Run kring as `user`: its output, or its error.
    fn kring(&self, user: &str, args: &[&str]) -> Result<String, String> {
        let out = Command::new(env!("CARGO_BIN_EXE_kring"))
            .args(args)
            // A handover writes its dossier in the working directory: not the repository's.
            .current_dir(std::env::temp_dir())
            .env("LC_ALL", "C.UTF-8")
            .env("KRING_DB", self.url(user))
            .env("KRING_TODAY", "2026-12-02")
            .env_remove("KRING_USER")
            .env("USER", "someone-else") // the login says who this is, not the OS account
            .stdin(Stdio::null())
            .output()
            .unwrap();
        match out.status.success() {
            true => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
            false => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
        }
    }

    /// Run SQL in this test's database as `user`.
    fn sql_as(&self, user: &str, sql: &str) -> Result<String, String> {
        self.psql_input(&self.db, user, sql)
    }

    fn refused(&self, user: &str, sql: &str, says: &str) {
        match self.sql_as(user, sql) {
            Ok(out) => panic!("{user} was allowed: {sql}\n{out}"),
            Err(e) => assert!(e.contains(says), "{sql}: {e}"),
        }
    }
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_postgresql_schema_has_the_tables_and_columns_of_the_file() {
    let pg = Pg::new();
    let pg_columns = pg
        .sql_as(
            "postgres",
            "SELECT table_name || '.' || column_name FROM information_schema.columns
              WHERE table_schema = 'public' AND column_name NOT LIKE '%search' AND table_name <> 'schema_version'
              ORDER BY 1",
        )
        .unwrap();
    let pg_columns: Vec<String> = pg_columns.lines().map(str::to_string).collect();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("k.sqlite");
    drop(kring::store::Store::open(&file, kring::store::Clock::system()).unwrap());
    let conn = rusqlite::Connection::open(&file).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_xinfo(m.name) c
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%'
              ORDER BY 1",
        )
        .unwrap();
    let file_columns: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(pg_columns, file_columns, "schema.sql and postgres/schema.sql differ");
}

/// What each engine's catalogue says about a table beyond its columns:
/// nullability, foreign keys (with what a delete does), what is unique
/// (a UNIQUE constraint or a unique index, which mean the same) and the
/// other named indexes, one line each so a difference reads as a diff.
const PG_SHAPE: &str = "
SELECT table_name || '.' || column_name || ' null=' || is_nullable
  FROM information_schema.columns
 WHERE table_schema = 'public' AND column_name NOT LIKE '%search' AND table_name <> 'schema_version'
UNION ALL
SELECT 'fk ' || c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass
       || ' on delete ' || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL'
                                              WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END
  FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
 WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
UNION ALL
SELECT 'unique ' || x.indrelid::regclass || '(' ||
       (SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM unnest(x.indkey) WITH ORDINALITY k(n, i)
          JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n) || ')'
  FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
 WHERE x.indisunique AND NOT x.indisprimary AND t.relnamespace = 'public'::regnamespace
UNION ALL
SELECT 'index ' || i.indexname || ' on ' || i.tablename
  FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.indexname))::regclass
 WHERE i.schemaname = 'public' AND i.indexname NOT LIKE '%search%' AND NOT x.indisunique
ORDER BY 1";

const FILE_SHAPE: &str = "
SELECT m.name || '.' || c.name || ' null=' || CASE WHEN c.\"notnull\" OR c.pk > 0 THEN 'NO' ELSE 'YES' END
  FROM sqlite_master m, pragma_table_xinfo(m.name) c
 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%'
UNION ALL
SELECT 'fk ' || m.name || '.' || f.\"from\" || ' -> ' || f.\"table\" || ' on delete ' || f.on_delete
  FROM sqlite_master m, pragma_foreign_key_list(m.name) f
 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%'
UNION ALL
SELECT 'unique ' || m.name || '(' ||
       (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno)) || ')'
  FROM sqlite_master m, pragma_index_list(m.name) l
 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%'
   AND l.\"unique\" AND l.origin <> 'pk'
UNION ALL
SELECT 'index ' || m.name || ' on ' || m.tbl_name FROM sqlite_master m
 WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.name NOT LIKE '%fts%'
   AND NOT (SELECT l.\"unique\" FROM pragma_index_list(m.tbl_name) l WHERE l.name = m.name)
ORDER BY 1";

/// Columns alone would let a forgotten NOT NULL, ON DELETE or index pass:
/// a team database would then keep rows the file refuses, or scan where
/// the file seeks.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_postgresql_schema_has_the_keys_constraints_and_indexes_of_the_file() {
    let pg = Pg::new();
    let pg_shape: Vec<String> = pg
        .sql_as("postgres", PG_SHAPE)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("k.sqlite");
    drop(kring::store::Store::open(&file, kring::store::Clock::system()).unwrap());
    let conn = rusqlite::Connection::open(&file).unwrap();
    let mut stmt = conn.prepare(FILE_SHAPE).unwrap();
    let mut file_shape: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    file_shape.sort();
    let mut pg_shape = pg_shape;
    pg_shape.sort();
    let only_file: Vec<_> = file_shape.iter().filter(|l| !pg_shape.contains(l)).collect();
    let only_pg: Vec<_> = pg_shape.iter().filter(|l| !file_shape.contains(l)).collect();
    assert!(
        only_file.is_empty() && only_pg.is_empty(),
        "only in schema.sql:\n{}\nonly in postgres/schema.sql:\n{}",
        only_file.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
        only_pg.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
}

/// The server holds each vocabulary column to exactly the domain's values
/// (read from its own constraints), and writes every one of them.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn every_value_of_every_vocabulary_is_what_the_server_allows() {
    let pg = Pg::new();
    for (table, column, values) in kring::store::vocabulary::columns() {
        let defs = pg
            .sql_as(
                "postgres",
                &format!(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint
                      WHERE conrelid = '{table}'::regclass AND contype = 'c'"
                ),
            )
            .unwrap();
        let def = defs
            .lines()
            .find(|d| d.contains(&format!("({column} ")) || d.contains(&format!("(({column} ")))
            .unwrap_or_else(|| panic!("no CHECK on {table}.{column}: {defs}"));
        let mut allowed: Vec<&str> = def.split('\'').skip(1).step_by(2).collect();
        allowed.sort();
        let mut expected = values.clone();
        expected.sort();
        assert_eq!(allowed, expected, "{table}.{column}: {def}");
    }
    // And a value is written, as a staff login writes it.
    for kind in kring::domain::kinds::InteractionKind::ALL {
        pg.sql_as(
            &pg.staff,
            &format!(
                "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, created_at)
                   VALUES (1, 2, '2026-12-01', '{}', 'x', '2026-12-01 10:00:00')",
                kind.as_str()
            ),
        )
        .unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_staff_login_is_refused_what_only_admins_may_do() {
    let pg = Pg::new();
    let staff = pg.staff.as_str();
    assert_eq!(pg.sql_as(staff, "SELECT current_staff()").unwrap().trim(), "2");
    pg.sql_as(
        staff,
        "INSERT INTO audit_log (at, staff_id, entity, entity_id, action) VALUES ('x', 2, 'company', 1, 'update')",
    )
    .expect("one's own entry");
    pg.refused(
        staff,
        "INSERT INTO audit_log (at, staff_id, entity, entity_id, action) VALUES ('x', 1, 'company', 1, 'update')",
        "row-level security",
    );
    pg.refused(staff, "UPDATE audit_log SET action = 'nothing'", "permission denied");
    pg.refused(staff, "DELETE FROM audit_log", "permission denied");
    pg.refused(
        pg.admin.as_str(),
        "UPDATE audit_log SET action = 'nothing'",
        "permission denied",
    );
    pg.refused(pg.admin.as_str(), "DELETE FROM audit_log", "permission denied");
    pg.refused(
        staff,
        "DELETE FROM person WHERE id = 1",
        "only an admin may erase a person",
    );
    pg.refused(
        staff,
        "INSERT INTO staff (name, name_fold, created_at) VALUES ('X', 'x', 'y')",
        "permission denied",
    );
    pg.refused(
        staff,
        "UPDATE company SET owner_id = 2 WHERE id = 1",
        "only an admin may hand over a colleague's companies",
    );
    pg.refused(staff, "SELECT kring_audit_forget('person', 1)", "permission denied");
    // What staff do every day goes through.
    pg.sql_as(
        staff,
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, created_at)
           VALUES (1, 2, '2026-12-01', 'call', 'gebeld over stageplaatsen', '2026-12-01 10:00:00');
         INSERT INTO followup (company_id, staff_id, due_on, action, created_at)
           VALUES (1, 2, '2026-12-08', 'offerte sturen', '2026-12-01 10:00:00');
         DELETE FROM followup WHERE id = 1;",
    )
    .unwrap();
    // And an admin may.
    let admin = pg.admin.as_str();
    pg.sql_as(admin, "UPDATE company SET owner_id = 2 WHERE id = 1")
        .unwrap();
    pg.sql_as(
        admin,
        "SELECT kring_audit_forget('person', 1); DELETE FROM person WHERE id = 1",
    )
    .unwrap();
    assert_eq!(pg.sql_as(admin, "SELECT count(*) FROM person").unwrap().trim(), "0");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn search_and_derived_columns_behave_as_on_a_file() {
    let pg = Pg::new();
    let q = |sql: &str| pg.sql_as(&pg.staff, sql).unwrap().trim().to_string();
    let company = "SELECT string_agg(name, ',' ORDER BY id) FROM company WHERE search @@ to_tsquery('kring', ";
    assert_eq!(q(&format!("{company}'ruine:*')")), "Café De Ruïne", "accents fold");
    assert_eq!(
        q(&format!("{company}'jans:* & vri:*')")),
        "Jansen-de Vries BV",
        "prefixes"
    );
    assert_eq!(q(&format!("{company}'edam:*')")), "Café De Ruïne", "the city counts");
    let person = "SELECT name FROM person WHERE search @@ to_tsquery('kring', 'devries:* & noel:*')";
    assert_eq!(q(person), "Noëlle de Vries", "e-mail addresses split into words");
    // Last contact follows the interactions; the due day follows from it.
    assert_eq!(q("SELECT contact_due_on FROM company WHERE id = 1"), "2026-12-01");
    pg.sql_as(
        &pg.staff,
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at)
           VALUES (1, 2, '2026-11-20', 'visit', 'x');",
    )
    .unwrap();
    assert_eq!(
        q("SELECT last_contact_on || ' ' || contact_due_on FROM company WHERE id = 1"),
        "2026-11-20 2026-12-20"
    );
    pg.sql_as(&pg.staff, "DELETE FROM interaction").unwrap();
    assert_eq!(
        q("SELECT coalesce(last_contact_on, 'none') FROM company WHERE id = 1"),
        "none"
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_committed_change_notifies_listeners_and_a_rolled_back_one_does_not() {
    let pg = Pg::new();
    let out = pg
        .sql_as(
            &pg.staff,
            "LISTEN kring_changed;
             BEGIN; INSERT INTO tag (name) VALUES ('weg'); ROLLBACK;
             SELECT 'after rollback';
             BEGIN; INSERT INTO tag (name) VALUES ('stage'); INSERT INTO tag (name) VALUES ('ict'); COMMIT;
             SELECT 'after commit';",
        )
        .unwrap();
    let rollback_at = out.find("after rollback").unwrap();
    let heard: Vec<_> = out
        .match_indices("notification \"kring_changed\" with payload \"tag\"")
        .collect();
    assert_eq!(heard.len(), 1, "one notice for one committed transaction: {out}");
    assert!(heard[0].0 > rollback_at, "none for the rollback: {out}");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn who_you_are_is_your_login_and_the_database_holds_staff_to_their_rights() {
    let pg = Pg::new();
    let (admin, staff) = (pg.admin.as_str(), pg.staff.as_str());
    let me = pg.kring(staff, &["staff", "list", "--json"]).unwrap();
    let me: serde_json::Value = serde_json::from_str(&me).unwrap();
    let marked: Vec<_> = me.as_array().unwrap().iter().filter(|s| s["me"] == true).collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0]["name"], "Joost Mulder", "the login says who this is");

    // Everyday work goes through, in the staff member's own name.
    pg.kring(
        staff,
        &["log", "ruine", "--kind", "call", "--note", "Gebeld over stageplaatsen"],
    )
    .unwrap();
    assert_eq!(
        pg.sql_as(
            "postgres",
            "SELECT staff_id FROM audit_log WHERE entity = 'interaction'"
        )
        .unwrap()
        .trim(),
        "2"
    );

    // What only admins may do is refused before trying, with the reason.
    let refused = pg.kring(staff, &["person", "erase", "noelle", "--yes"]).unwrap_err();
    assert!(refused.contains("only an admin may erase a person"), "{refused}");
    let refused = pg.kring(staff, &["staff", "add", "Eva de Wit"]).unwrap_err();
    assert!(refused.contains("only an admin may add a staff member"), "{refused}");
    let refused = pg
        .kring(
            staff,
            &["--as", "Sanne Bakker", "log", "ruine", "--kind", "call", "--note", "x"],
        )
        .unwrap_err();
    assert!(
        refused.contains("only an admin may act on behalf of a colleague"),
        "{refused}"
    );
    assert_eq!(
        pg.sql_as("postgres", "SELECT count(*) FROM person").unwrap().trim(),
        "1"
    );

    // A login nobody linked reads, and is told why it may not write.
    pg.sql_as(
        "postgres",
        &format!("CREATE ROLE stranger_{0} LOGIN IN ROLE kring_staff", pg.db),
    )
    .unwrap();
    let stranger = format!("stranger_{}", pg.db);
    pg.kring(&stranger, &["company", "list"]).unwrap();
    let refused = pg.kring(&stranger, &["company", "add", "Nieuw BV"]).unwrap_err();
    assert!(refused.contains("is not linked to a staff member"), "{refused}");

    // An admin's erase goes through and leaves no trace in the tables.
    pg.kring(admin, &["person", "erase", "noelle", "--yes"]).unwrap();
    assert_eq!(
        pg.sql_as("postgres", "SELECT count(*) FROM person").unwrap().trim(),
        "0"
    );
    let search = pg.kring(staff, &["search", "noelle"]).unwrap();
    assert!(!search.to_lowercase().contains("noelle"), "{search}");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_colleagues_change_reaches_an_open_session_and_ones_own_does_not_count() {
    let pg = Pg::new();
    let connect = |user: &str| pg.store(user);
    let mut sanne = connect(&pg.admin);
    let mut joost = connect(&pg.staff);
    let seen = sanne.data_version().unwrap();
    sanne
        .add_company(kring::model::companies::NewCompany {
            name: "Eigen Werk BV".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(sanne.data_version().unwrap(), seen, "one's own change is no news");
    joost
        .add_company(kring::model::companies::NewCompany {
            name: "Bakkerij Zon".into(),
            ..Default::default()
        })
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    while sanne.data_version().unwrap() == seen && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_ne!(
        sanne.data_version().unwrap(),
        seen,
        "a colleague's commit is heard within a second"
    );
    let names: Vec<String> = sanne
        .list_companies(&Default::default())
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert!(names.contains(&"Bakkerij Zon".to_string()), "{names:?}");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn migrate_to_moves_the_whole_file_and_ids_go_on_past_the_files() {
    let host = host();
    let n = format!("{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let db = format!("kring_move{n}");
    let url = format!("postgresql://postgres@/{db}?host={host}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.sqlite");
    use moving::{kring, ok};
    let file_arg = file.to_str().unwrap();
    ok(file_arg, &["demo"]);
    // An id deleted in the file is not handed out again on the server.
    ok(
        file_arg,
        &["log", "Visser Logistiek", "--kind", "call", "--note", "vergissing"],
    );
    let last: serde_json::Value = serde_json::from_str(&ok(
        file_arg,
        &["timeline", "Visser Logistiek", "--limit", "1", "--json"],
    ))
    .unwrap();
    let deleted = last["timeline"][0]["id"].as_i64().unwrap();
    ok(file_arg, &["interaction", "delete", &deleted.to_string(), "--yes"]);

    let admin = Command::new("psql")
        .args(["-h", &host, "-U", "postgres", "-d", "postgres", "-X", "-q", "-c"])
        .arg(format!("CREATE DATABASE {db}"))
        .status()
        .unwrap();
    assert!(admin.success());
    let moved: serde_json::Value = serde_json::from_str(&ok(file_arg, &["migrate-to", &url, "--json"])).unwrap();
    for (table, counts) in moved["tables"].as_object().unwrap() {
        assert_eq!(counts["file"], counts["server"], "{table}");
    }
    assert!(moved["tables"]["interaction"]["file"].as_i64().unwrap() > 900);
    assert_eq!(moved["linked_login"], "postgres");
    assert!(moved["staff_without_login"].as_array().unwrap().len() >= 3);
    assert!(
        std::fs::metadata(&file).unwrap().permissions().readonly(),
        "the file is left read-only"
    );
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("kring.sqlite"))
        .collect();
    assert!(beside.is_empty(), "no copy of the data is left on the way: {beside:?}");

    ok(
        &url,
        &[
            "log",
            "Visser Logistiek",
            "--kind",
            "call",
            "--note",
            "Eerste op de server",
        ],
    );
    let last: serde_json::Value =
        serde_json::from_str(&ok(&url, &["timeline", "Visser Logistiek", "--limit", "1", "--json"])).unwrap();
    assert!(last["timeline"][0]["id"].as_i64().unwrap() > deleted, "{last}");
    assert_eq!(last["timeline"][0]["summary"], "Eerste op de server");
    // The move brought each company's last contact as it was, and the
    // server keeps it from then on (its trigger, off during the move, is on).
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&url, &["company", "show", "Visser Logistiek", "--json"])).unwrap();
    assert_eq!(shown["company"]["last_contact"], "2026-12-02", "{shown}");
    let other: serde_json::Value =
        serde_json::from_str(&ok(&url, &["company", "show", "Boekhandel Waterland", "--json"])).unwrap();
    let before: serde_json::Value =
        serde_json::from_str(&ok(file_arg, &["company", "show", "Boekhandel Waterland", "--json"])).unwrap();
    assert_eq!(other["company"]["last_contact"], before["company"]["last_contact"]);

    // The old file takes no more changes, and says where the data went.
    let mut permissions = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    std::fs::set_permissions(&file, permissions).unwrap();
    for args in [
        &["log", "Visser Logistiek", "--kind", "call", "--note", "te laat"][..],
        &["migrate-to", &url],
    ] {
        let refused = kring(file_arg, args);
        assert!(!refused.status.success(), "{args:?}");
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(said.contains("moved to") && said.contains(&url), "{args:?}: {said}");
        assert!(!said.contains("permissions"), "{said}");
    }
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_move_into_a_database_that_is_not_empty_leaves_the_file_as_it_was() {
    let host = host();
    let n = format!("{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let db = format!("kring_full{n}");
    let url = format!("postgresql://postgres@/{db}?host={host}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.sqlite");
    let run = |target: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kring"))
            .args(args)
            .env("KRING_DB", target)
            .env("KRING_TODAY", "2026-12-02")
            .env("USER", "tester")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let file_arg = file.to_str().unwrap();
    assert!(run(file_arg, &["init", "--me", "Sanne Bakker"]).status.success());
    assert!(run(file_arg, &["company", "add", "Bakkerij Zon"]).status.success());
    let made = Command::new("psql")
        .args(["-h", &host, "-U", "postgres", "-d", "postgres", "-X", "-q", "-c"])
        .arg(format!("CREATE DATABASE {db}"))
        .status()
        .unwrap();
    assert!(made.success());
    assert!(run(&url, &["init", "--me", "Iemand Anders"]).status.success());
    let again = run(file_arg, &["migrate-to", &url]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("empty"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        !std::fs::metadata(&file).unwrap().permissions().readonly(),
        "a failed move leaves the file as it was"
    );
    assert!(
        run(file_arg, &["company", "add", "Slagerij Vos"]).status.success(),
        "and writable"
    );
}

/// docs/team.md's "Try it" runs as written: two staff members, one database.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_team_guide_walkthrough_runs_as_written() {
    let host = host();
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/team.md")).unwrap();
    let section = guide
        .split("### Try it: two staff members on one machine")
        .nth(1)
        .expect("the section is there");
    let script = section.split("```sh\n").nth(1).unwrap().split("```").next().unwrap();
    // Not in the guide: a second run on the same cluster starts clean.
    let clean = "psql -q -d postgres -c 'DROP DATABASE IF EXISTS kring WITH (FORCE)' \
                 -c 'DROP ROLE IF EXISTS sanne' -c 'DROP ROLE IF EXISTS joost'\n";
    let home = tempfile::tempdir().unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_kring"))
        .parent()
        .unwrap()
        .to_owned();
    let out = Command::new("bash")
        .args(["-e", "-c", &format!("{clean}{script}")])
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()),
        )
        .env("HOME", home.path())
        .env("PGHOST", &host)
        .env("PGUSER", "postgres")
        .env_remove("KRING_DB")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("Twee stageplekken, BOL niveau 4"),
        "Sanne sees Joost's call:\n{stdout}"
    );
    assert!(stderr.contains("only an admin may erase a person"), "{stderr}");
    assert!(
        stdout.contains("refused, as it should be") && stdout.contains("erased person #1"),
        "{stdout}"
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn without_notifications_an_open_session_still_sees_a_colleagues_change() {
    let pg = Pg::new();
    let connect = |user: &str| pg.store(user);
    let mut sanne = connect(&pg.admin);
    sanne.stop_listening_for_tests().unwrap(); // as behind pgbouncer in transaction mode
    let seen = sanne.data_version().unwrap();
    let mut joost = connect(&pg.staff);
    joost
        .add_company(kring::model::companies::NewCompany {
            name: "Bakkerij Zon".into(),
            ..Default::default()
        })
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(8);
    while sanne.data_version().unwrap() == seen && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_ne!(sanne.data_version().unwrap(), seen, "the audit log showed the change");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_team_database_of_the_previous_version_is_carried_forward_by_its_owner_only() {
    let pg = Pg::new();
    // As the version before name parts left a team database (four versions back).
    pg.sql_as(
        "postgres",
        "ALTER TABLE person DROP COLUMN given_name, DROP COLUMN infix, DROP COLUMN family_name,
                           DROP COLUMN honorific, DROP COLUMN profile_url, DROP COLUMN salutation,
                           DROP COLUMN sort_key;
         ALTER TABLE employment DROP COLUMN department;
         DROP INDEX company_tag_companies;
         CREATE INDEX company_tag_tag ON company_tag (tag_id);
         DROP INDEX company_rest, recognition_trainer_left;
         ALTER TABLE recognition DROP COLUMN trainer_left_on;
         DROP TABLE kind_cadence;
         DROP FUNCTION kring_regroup_cadence() CASCADE;
         ALTER TABLE tag DROP COLUMN cadence_days;
         ALTER TABLE company DROP COLUMN group_cadence_days CASCADE, DROP COLUMN group_cadence_from;
         DROP TABLE bulk_change_item, bulk_change;
         ALTER TABLE person DROP COLUMN mailing_basis, DROP COLUMN mailing_basis_on;
         DROP TABLE saved_view;
         DROP TABLE attachment;
         DROP TABLE health_snapshot;
         ALTER TABLE engagement DROP COLUMN hours;
         DROP INDEX followup_series;
         ALTER TABLE followup DROP COLUMN every, DROP COLUMN repeat_until, DROP COLUMN series_id;
         DROP TABLE offer, outside_ask, place, introduction, staff_affiliation, membership;
         DROP TABLE question_step, question, team_capacity, campaign_invitee, campaign, person_topic;
         DROP TABLE capture_folder, capture_seen, capture_person, capture;
         ALTER TABLE company DROP COLUMN kind, DROP COLUMN rest_until, DROP COLUMN rest_reason;
         ALTER TABLE person DROP COLUMN alumnus_programme, DROP COLUMN alumnus_year;
         ALTER TABLE interaction DROP COLUMN rating, DROP COLUMN captured_from;
         ALTER TABLE engagement DROP COLUMN rating, DROP COLUMN written_search;
         ALTER TABLE person DROP COLUMN written_search;
         ALTER TABLE meeting DROP COLUMN written_search;
         DELETE FROM setting WHERE key = 'database_id';
         DROP TRIGGER interaction_who ON interaction;
         DROP FUNCTION instr(TEXT, TEXT), json_each(TEXT);
         DROP INDEX company_archived;
         DROP INDEX interaction_staff;
         CREATE INDEX interaction_staff ON interaction (staff_id, occurred_on);
         DROP INDEX person_name_fold;
         CREATE INDEX person_name_fold ON person (name_fold);
         UPDATE schema_version SET version = 10;",
    )
    .unwrap();
    let version = || pg.sql_as("postgres", "SELECT version FROM schema_version").unwrap();
    let refused = pg.kring(&pg.admin, &["company", "list"]).unwrap_err();
    assert!(
        refused.contains("owner of kring's tables") && refused.contains("nothing was changed"),
        "{refused}"
    );
    assert_eq!(version().trim(), "10", "a staff login changes nothing");
    pg.kring("postgres", &["company", "list"])
        .expect("the owner's kring migrates");
    assert_eq!(version().trim(), kring::store::migrations::LATEST.to_string());
    let walked = pg
        .sql_as(
            "postgres",
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'interaction_staff'",
        )
        .unwrap();
    assert!(walked.contains("(staff_id, occurred_on, id)"), "{walked}");
    let listed = pg
        .sql_as(
            "postgres",
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'person_name_fold'",
        )
        .unwrap();
    assert!(listed.contains("(name_fold, id)"), "{listed}");
    // The server's rules came up to date with the schema.
    pg.refused(
        &pg.staff,
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at)
           VALUES (1, 1, '2026-12-01', 'call', 'x')",
        "must be your own staff id",
    );
    let list = pg.kring(&pg.admin, &["person", "list"]).expect("and staff go on");
    assert!(list.contains("Noëlle de Vries"), "the data came along: {list}");
    pg.sql_as(
        pg.admin.as_str(),
        "SELECT given_name, infix, family_name, honorific, profile_url, salutation FROM person",
    )
    .expect("the new columns are there");
    let key = pg
        .sql_as("postgres", "SELECT sort_key FROM person WHERE name = 'Noëlle de Vries'")
        .unwrap();
    assert_eq!(key.trim(), "vries\u{1}noelle\u{1}de", "everyone got their sort key");
    let identity = pg
        .sql_as("postgres", "SELECT value FROM setting WHERE key = 'database_id'")
        .unwrap();
    assert_eq!(identity.trim().len(), 36, "the database got its identity: {identity}");
    pg.kring(&pg.staff, &["question", "add", "Ruïne", "Gastles gastvrijheid"])
        .expect("staff may record questions in the tables the migration made");
    pg.kring(&pg.staff, &["person", "move", "Noëlle", "--to", "Ruïne"])
        .expect("she works somewhere, so she has a card");
    let cards = pg
        .kring(&pg.staff, &["export", "contacts", "--format", "vcard"])
        .expect("staff export cards with UIDs from it");
    assert!(
        cards.contains(&format!("UID:urn:uuid:{}", &identity.trim()[..13])),
        "{cards}"
    );
}

/// Long reads on a server are handed on as their rows arrive
/// (an export of 270k contacts held 690 MB when read whole): every row
/// arrives once and in order, and a short read and a write after the
/// exports still work (nothing of the long reads is left on the line).
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn long_reads_stream_across_batches_and_lose_no_row() {
    let pg = Pg::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lijst.csv");
    let mut csv = String::from("Bedrijfsnaam;Plaats;Contactpersoon;E-mailadres\r\n");
    for n in 0..4500 {
        csv.push_str(&format!("Bedrijf {n:05};Hoorn;Persoon {n:05};p{n}@bedrijf{n}.nl\r\n"));
    }
    std::fs::write(&file, csv).unwrap();
    pg.kring(&pg.admin, &["import", "contacts", file.to_str().unwrap()])
        .unwrap();
    let out = dir.path().join("export.csv");
    pg.kring(
        &pg.admin,
        &["export", "contacts", "--format", "csv", "-o", out.to_str().unwrap()],
    )
    .unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|n| n.starts_with("Persoon "))
        .collect();
    assert_eq!(names.len(), 4500, "every contact once");
    assert!(names.windows(2).all(|w| w[0] < w[1]), "in order, all the way");
    let listed = pg.kring(&pg.admin, &["company", "list", "--json"]).unwrap();
    let companies: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert!(companies.as_array().unwrap().len() >= 4500);
    let people = pg.kring(&pg.admin, &["person", "list", "--json"]).unwrap();
    let people: serde_json::Value = serde_json::from_str(&people).unwrap();
    assert!(people.as_array().unwrap().len() >= 4500);
    // Health streams every company's inputs too, in one snapshot: each
    // company once, with the one contact the import gave it.
    let health = pg.kring(&pg.admin, &["health", "--json"]).unwrap();
    let health: serde_json::Value = serde_json::from_str(&health).unwrap();
    let imported: Vec<&serde_json::Value> = health
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"].as_str().unwrap().starts_with("Bedrijf "))
        .collect();
    assert_eq!(imported.len(), 4500, "every company once");
    assert!(
        imported.iter().all(|c| c["current_contacts"] == 1),
        "each company's count found it"
    );
    // A read stopped half-way (the disk filled up, the reader went away)
    // leaves the session usable: the rest of its rows are not taken for
    // the next statement's.
    let mut store = pg.store(&pg.admin);
    let mut seen = 0;
    let stopped = store.export_contacts(&Default::default(), Default::default(), &mut |_| {
        seen += 1;
        match seen {
            100 => Err(kring::Error::invalid("the disk is full")),
            _ => Ok(()),
        }
    });
    assert!(stopped.unwrap_err().to_string().contains("the disk is full"));
    let page = store
        .list_companies(&kring::model::companies::CompanyFilter {
            limit: Some(3),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.len(), 3, "{page:?}");
    store
        .add_company(kring::model::companies::NewCompany {
            name: "Na de onderbroken export".into(),
            ..Default::default()
        })
        .unwrap();
    drop(store);
    // And the session goes on with short reads and a write.
    pg.kring(
        &pg.admin,
        &["log", "Bedrijf 00001", "--kind", "call", "--note", "Na de export"],
    )
    .unwrap();
}

/// Health's memory on the server: a staff login's kring keeps the month
/// (`kring health`), and by psql no staff login changes or deletes a kept
/// month; only the owner could.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_kept_month_of_health_is_never_rewritten_by_staff() {
    let pg = Pg::new();
    let kept = pg.kring(&pg.staff, &["health", "--snapshot", "--json"]).unwrap();
    let kept: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert!(kept["kept"].as_i64().unwrap() > 0, "{kept}");
    let again = pg.kring(&pg.admin, &["health", "--snapshot", "--json"]).unwrap();
    assert!(again.contains("\"kept\": 0"), "{again}");
    for sql in ["UPDATE health_snapshot SET score = 100", "DELETE FROM health_snapshot"] {
        pg.refused(&pg.staff, sql, "permission denied");
        pg.refused(&pg.admin, sql, "permission denied");
    }
    pg.sql_as(
        &pg.staff,
        "INSERT INTO health_snapshot (company_id, month, score) SELECT id, '2025-01', 50 FROM company LIMIT 1",
    )
    .expect("a month nobody kept yet may be added");
}

/// The retention review on a team database: every staff member may see it;
/// only an admin erases what it lists.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_retention_review_erases_only_for_an_admin() {
    let pg = Pg::new();
    let review = pg.kring(&pg.staff, &["privacy", "review", "--json"]).unwrap();
    assert!(review.contains("\"people\""), "{review}");
    let refused = pg
        .kring(&pg.staff, &["privacy", "review", "--years", "1", "--erase", "--yes"])
        .unwrap_err();
    assert!(refused.contains("admin"), "{refused}");
}

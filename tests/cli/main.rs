//! The CLI as users and scripts call it: every command, its errors, and the
//! shape of `--json`. Each test runs the real binary on its own database.
//! One test binary (to keep builds lean), one file per area.

mod attachments;
mod bulk;
mod cadence;
mod capture;
mod corpus;
mod data;
mod docs;
mod imap;
mod integrity;
mod merge;
mod network;
mod outreach;
mod privacy;
mod questions;
mod recurring;
mod remind;
mod reports;
mod views;
mod workbooks;

use assert_cmd::Command;
use predicates::prelude::*;
use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// `KRING_TEST_DB=postgresql://…` (a server and a database to connect to
/// first) runs these tests on PostgreSQL: each gets a database of its own.
pub(crate) fn test_server() -> Option<String> {
    std::env::var("KRING_TEST_DB")
        .ok()
        .filter(|url| url.starts_with("postgres"))
}

pub(crate) struct Db {
    _dir: TempDir,
    pub(crate) path: PathBuf,
    /// On PostgreSQL: this test's database, as a URL.
    pub(crate) url: Option<String>,
}

static NEXT_DATABASE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Db {
    /// A new database set up for "Sanne Bakker", today fixed at Thursday 2026-11-26.
    pub(crate) fn new() -> Db {
        let db = Db::empty();
        db.ok(&["init", "--me", "Sanne Bakker", "--email", "s.bakker@school.nl"]);
        db
    }

    /// A database nobody has initialised yet (an empty file, or a new
    /// database on the test server).
    pub(crate) fn empty() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kring.sqlite");
        let url = test_server().map(|server| {
            let n = NEXT_DATABASE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let name = format!("kring_cli_{}_{n}", std::process::id());
            psql(&server, &format!("CREATE DATABASE {name}"));
            let (main, query) = server.split_once('?').unwrap_or((&server, ""));
            let base = main.rsplit_once('/').map_or(main, |(base, _)| base);
            format!("{base}/{name}?{query}")
        });
        Db { _dir: dir, path, url }
    }

    /// Whether this test runs on a file; a test of what only a file has
    /// (permissions, its bytes, the backup API) returns early on a server.
    pub(crate) fn on_a_file(&self, what: &str) -> bool {
        if self.url.is_some() {
            eprintln!("skipped on PostgreSQL: {what} is a file's matter");
        }
        self.url.is_none()
    }

    /// Change the database behind kring's back, as another program could:
    /// `sql` with `?1`, `?2`… bound to `params`.
    pub(crate) fn execute(&self, sql: &str, params: &[&str]) {
        match &self.url {
            None => {
                Connection::open(&self.path)
                    .unwrap()
                    .execute(sql, rusqlite::params_from_iter(params))
                    .unwrap();
            }
            Some(url) => {
                let mut text = sql.to_string();
                let mut command = std::process::Command::new("psql");
                command.args([url.as_str(), "-X", "-q", "-v", "ON_ERROR_STOP=1"]);
                for (i, value) in params.iter().enumerate().rev() {
                    text = text.replace(&format!("?{}", i + 1), &format!(":'p{}'", i + 1));
                    // PostgreSQL cannot store a NUL at all, so nobody can plant one there.
                    command.arg("-v").arg(format!("p{}={}", i + 1, value.replace('\0', "")));
                }
                let out = command
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .and_then(|mut child| {
                        use std::io::Write;
                        child.stdin.take().unwrap().write_all(text.as_bytes())?;
                        child.wait_with_output()
                    })
                    .unwrap();
                assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
            }
        }
    }

    /// The one value `sql` gives, as text (no parameters: for counting).
    pub(crate) fn query(&self, sql: &str) -> String {
        match &self.url {
            None => Connection::open(&self.path)
                .unwrap()
                .query_row(sql, [], |r| r.get::<_, rusqlite::types::Value>(0))
                .map(|v| match v {
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    rusqlite::types::Value::Real(x) => x.to_string(),
                    _ => String::new(),
                })
                .unwrap(),
            Some(url) => psql(url, sql).trim().to_string(),
        }
    }

    /// The bytes the database keeps on disk: the file and its -wal; on
    /// PostgreSQL the files of every table, index and TOAST table of this
    /// database after a checkpoint (not the server's WAL, which docs/team.md
    /// says keeps old rows until its retention ends).
    pub(crate) fn stored_bytes(&self) -> Vec<u8> {
        let Some(url) = &self.url else {
            return file_bytes(&self.path);
        };
        psql(url, "CHECKPOINT");
        let files = psql(
            url,
            "SELECT current_setting('data_directory') || '/' || pg_relation_filepath(oid) FROM pg_class
              WHERE relkind IN ('r', 'i', 't', 'm') AND relpersistence = 'p' AND pg_relation_filepath(oid) IS NOT NULL",
        );
        let mut bytes = Vec::new();
        for file in files.lines() {
            if let Ok(content) = std::fs::read(file) {
                bytes.extend(content);
            }
        }
        assert!(
            !bytes.is_empty(),
            "the server's files can be read (run the tests as the server's owner or root)"
        );
        bytes
    }

    /// What `KRING_DB` is set to: the file, or this test's database URL.
    pub(crate) fn target(&self) -> std::ffi::OsString {
        match &self.url {
            Some(url) => url.into(),
            None => self.path.clone().into_os_string(),
        }
    }

    /// The rows of the tables `keep` accepts (see [`dump_where`]).
    pub(crate) fn dump_where(&self, keep: impl Fn(&str) -> bool) -> String {
        match &self.url {
            Some(url) => pg_dump(url)
                .lines()
                .filter(|line| line.split(':').next().is_some_and(&keep))
                .map(|line| format!("{line}\n"))
                .collect(),
            None => dump_where(&self.path, keep),
        }
    }

    /// Every row of every table, as text (see [`dump`]).
    pub(crate) fn dump(&self) -> String {
        match &self.url {
            Some(url) => pg_dump(url),
            None => dump(&self.path),
        }
    }

    pub(crate) fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("kring").unwrap();
        cmd.env("KRING_DB", self.target())
            .env("KRING_TODAY", "2026-11-26")
            // English whatever the machine's locale (tests of Dutch say --lang nl).
            .env("LC_ALL", "C.UTF-8")
            .env_remove("KRING_USER")
            .env("USER", "tester");
        cmd
    }

    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success().get_output().stdout.clone();
        String::from_utf8(out).unwrap()
    }

    pub(crate) fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    /// How many objects a listing prints with `--json`.
    pub(crate) fn count(&self, args: &[&str]) -> usize {
        self.json(args).as_array().expect("a JSON array").len()
    }

    /// Fails, names the problem on stderr, and leaves the database as it was.
    pub(crate) fn fails(&self, args: &[&str], message: &str) {
        let before = self.dump();
        self.cmd()
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains("panicked").not());
        assert_eq!(before, self.dump(), "`kring {}` changed the database", args.join(" "));
    }

    pub(crate) fn seed(&self) {
        self.ok(&["staff", "add", "Joost Mulder", "--role", "internship_office"]);
        self.ok(&[
            "company",
            "add",
            "Machinefabriek De Zaan",
            "--city",
            "Zaandam",
            "--sector",
            "techniek",
            "--kvk",
            "1234 5678",
            "--status",
            "active",
            "--tag",
            "techniek",
        ]);
        self.ok(&[
            "company",
            "add",
            "Café De Ruïne",
            "--city",
            "Edam",
            "--status",
            "prospect",
        ]);
        self.ok(&[
            "person",
            "add",
            "Noëlle de Vries",
            "--company",
            "zaan",
            "--role",
            "praktijkopleider",
            "--email",
            "noelle@dezaan.nl",
        ]);
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let (Some(server), Some(url)) = (test_server(), &self.url) {
            let name = url
                .split('?')
                .next()
                .and_then(|m| m.rsplit('/').next())
                .unwrap_or_default();
            psql(&server, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// Run SQL on the test server with psql; its output.
pub(crate) fn psql(url: &str, sql: &str) -> String {
    let out = std::process::Command::new("psql")
        .args([url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .expect("psql runs");
    assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Every row of every table of a PostgreSQL database, as text, sorted.
fn pg_dump(url: &str) -> String {
    let tables = psql(
        url,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    let script: String = tables
        .lines()
        .map(|t| format!("SELECT '{t}: ' || r::text FROM \"{t}\" r ORDER BY r::text;\n"))
        .collect();
    let out = std::process::Command::new("psql")
        .args([url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(script.as_bytes())?;
            child.wait_with_output()
        })
        .expect("psql runs");
    String::from_utf8(out.stdout).unwrap()
}

/// The database file and its -wal, as bytes (what a forensic look would see).
pub(crate) fn file_bytes(path: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    if let Ok(wal) = std::fs::read(format!("{}-wal", path.display())) {
        bytes.extend(wal);
    }
    bytes
}

/// Every row of every table, as text: "the database is exactly as it was".
pub(crate) fn dump(path: &Path) -> String {
    dump_where(path, |_| true)
}

/// The rows of the tables `keep` accepts.
pub(crate) fn dump_where(path: &Path, keep: impl Fn(&str) -> bool) -> String {
    let conn = Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables.into_iter().filter(|t| keep(t)) {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..columns).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&format!("{table}: {}\n", row.unwrap()));
        }
    }
    out
}

#[test]
fn init_then_staff_list_shows_me() {
    let db = Db::new();
    let staff = db.json(&["staff", "list"]);
    assert_eq!(staff[0]["name"], "Sanne Bakker");
    assert_eq!(staff[0]["me"], true);
    assert_eq!(staff[0]["email"], "s.bakker@school.nl");
    db.fails(&["init", "--me", "Someone"], "already set up for Sanne Bakker");
}

#[test]
fn first_command_on_a_new_database_creates_it_with_the_os_user() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite");
    Command::cargo_bin("kring")
        .unwrap()
        .env("KRING_DB", &path)
        .env("KRING_TODAY", "2026-11-26")
        .env("USER", "jdevries")
        .arg("today")
        .assert()
        .success()
        .stdout(predicate::str::contains("jdevries"));
    assert!(path.exists());
}

#[test]
fn bare_kring_prints_today() {
    let db = Db::new();
    db.seed();
    let out = db.ok(&[]);
    assert!(out.contains("Today Thursday 26 November 2026"), "{out}");
    assert!(out.contains("Losing touch"), "{out}");
}

#[test]
fn company_add_list_show_edit_archive() {
    let db = Db::new();
    db.seed();
    let list = db.json(&["company", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Café De Ruïne", "Machinefabriek De Zaan"]);
    let zaan = &list[1];
    for field in [
        "id",
        "name",
        "kvk",
        "city",
        "sector",
        "status",
        "owner",
        "last_contact",
        "days_since_contact",
        "contact_due",
        "open_followups",
        "tags",
        "archived",
    ] {
        assert!(zaan.get(field).is_some(), "company list --json lacks {field}: {zaan}");
    }
    assert_eq!(zaan["kvk"], "12345678");
    assert_eq!(zaan["owner"], "Sanne Bakker");
    assert_eq!(zaan["tags"], serde_json::json!(["techniek"]));

    let filtered = db.json(&["company", "list", "--status", "prospect"]);
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    assert_eq!(db.count(&["company", "list", "--tag", "Techniek"]), 1);
    assert_eq!(db.count(&["company", "list", "--city", "edam"]), 1);
    assert_eq!(db.count(&["company", "list", "--owner", "Joost"]), 0);

    db.ok(&[
        "company",
        "edit",
        "ruine",
        "--owner",
        "Joost Mulder",
        "--cadence",
        "45",
        "--motivation",
        "frisse ideeën",
    ]);
    let shown = db.json(&["company", "show", "Cafe de Ruine"]);
    assert_eq!(shown["company"]["owner"], "Joost Mulder");
    assert_eq!(shown["company"]["cadence_days"], 45);
    assert_eq!(shown["company"]["motivation"], "frisse ideeën");

    let text = db.ok(&["company", "show", "zaan"]);
    assert!(text.contains("Machinefabriek De Zaan"), "{text}");
    assert!(text.contains("Noëlle de Vries"), "{text}");
    assert!(text.contains("workplace trainer"), "the role as words: {text}");

    db.ok(&["company", "archive", "ruine"]);
    assert_eq!(db.count(&["company", "list"]), 1);
    assert_eq!(db.count(&["company", "list", "--archived"]), 2);
    db.ok(&["company", "archive", "ruine", "--undo"]);
    assert_eq!(db.count(&["company", "list"]), 2);
}

#[test]
fn company_errors_name_the_problem_and_change_nothing() {
    let db = Db::new();
    db.seed();
    db.fails(
        &["company", "add", "Kopie", "--kvk", "12345678"],
        "already belongs to Machinefabriek De Zaan",
    );
    db.fails(&["company", "add", "X", "--kvk", "12-34"], "invalid KvK number '12-34'");
    db.fails(
        &["company", "add", "X", "--status", "sleeping"],
        "unknown status 'sleeping'",
    );
    db.fails(
        &["company", "add", "X", "--owner", "Nobody"],
        "no staff member matches 'Nobody'",
    );
    db.fails(&["company", "add", "  "], "company name cannot be empty");
    db.fails(&["company", "show", "Philips"], "no company matches 'Philips'");
    db.ok(&["company", "add", "Machinefabriek Hoorn", "--city", "Hoorn"]);
    db.fails(&["company", "show", "machinefabriek"], "matches several companies");
    db.fails(&["company", "edit", "ruine", "--kvk", "1"], "invalid KvK number");
}

#[test]
fn person_add_list_show_edit_move() {
    let db = Db::new();
    db.seed();
    let people = db.json(&["person", "list"]);
    assert_eq!(people[0]["name"], "Noëlle de Vries");
    assert_eq!(people[0]["company"], "Machinefabriek De Zaan");
    assert_eq!(people[0]["role"], "workplace_trainer");
    for field in [
        "id",
        "name",
        "email",
        "phone",
        "company_id",
        "company",
        "role",
        "title",
        "do_not_contact",
    ] {
        assert!(people[0].get(field).is_some(), "person list --json lacks {field}");
    }
    db.ok(&["person", "edit", "noelle", "--phone", "06-12345678"]);
    db.ok(&["person", "move", "Noelle", "--to", "ruine", "--title", "Chef-kok"]);
    let shown = db.json(&["person", "show", "noëlle"]);
    let jobs = shown["person"]["employments"].as_array().unwrap();
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[0]["company"], "Café De Ruïne");
    assert_eq!(jobs[0]["current"], true);
    assert_eq!(jobs[1]["company"], "Machinefabriek De Zaan");
    assert_eq!(jobs[1]["until"], "2026-11-26");
    assert_eq!(shown["person"]["phone"], "06-12345678");
    let at_zaan = db.json(&["person", "list", "--company", "zaan"]);
    assert_eq!(
        at_zaan.as_array().unwrap().len(),
        0,
        "a former contact is no longer listed as current"
    );

    db.fails(
        &["person", "add", "X", "--company", "zaan", "--email", "not-an-email"],
        "invalid e-mail address",
    );
    db.fails(
        &["person", "add", "X", "--company", "Philips"],
        "no company matches 'Philips'",
    );
    db.fails(&["person", "move", "noelle", "--to", "ruine"], "already works there");
}

#[test]
fn log_with_follow_up_updates_last_contact_and_today() {
    let db = Db::new();
    db.seed();
    let logged = db.json(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--on",
        "20-11",
        "--note",
        "Stageplekken besproken",
        "--follow-up",
        "+2w",
        "--action",
        "Stageaanbod sturen",
    ]);
    assert!(logged["interaction"].is_i64());
    let followup = logged["followup"].as_i64().unwrap();

    let company = db.json(&["company", "show", "zaan"]);
    assert_eq!(company["company"]["last_contact"], "2026-11-20");
    assert_eq!(
        company["timeline"][0]["persons"],
        serde_json::json!(["Noëlle de Vries"])
    );
    assert_eq!(company["timeline"][0]["summary"], "Stageplekken besproken");
    assert_eq!(company["followups"][0]["due"], "2026-12-10");
    assert_eq!(company["followups"][0]["action"], "Stageaanbod sturen");

    let list = db.json(&["followup", "list"]);
    assert_eq!(list[0]["id"], followup);
    for field in [
        "id",
        "due",
        "days_overdue",
        "company_id",
        "company",
        "person",
        "staff_id",
        "staff",
        "action",
        "done_at",
    ] {
        assert!(list[0].get(field).is_some(), "followup list --json lacks {field}");
    }
}

#[test]
fn log_errors_change_nothing() {
    let db = Db::new();
    db.seed();
    db.fails(&["log", "zaan", "--kind", "fax", "--note", "x"], "unknown kind 'fax'");
    db.fails(
        &["log", "zaan", "--kind", "call", "--on", "31-02-2026", "--note", "x"],
        "'31-02-2026' is not a date",
    );
    db.fails(
        &["log", "zaan", "--kind", "call", "--on", "someday", "--note", "x"],
        "cannot read date 'someday'",
    );
    db.fails(
        &["log", "Philips", "--kind", "call", "--note", "x"],
        "no company matches 'Philips'",
    );
    db.fails(
        &["log", "ruine", "--kind", "call", "--with", "noelle", "--note", "x"],
        "is not a contact at Café De Ruïne",
    );
    db.fails(
        &["log", "zaan", "--kind", "call", "--note", "x", "--follow-up", "soon"],
        "cannot read date 'soon'",
    );
    db.fails(
        &["log", "zaan", "--kind", "call", "--on", "tomorrow", "--note", "x"],
        "cannot be in the future",
    );
}

#[test]
fn followup_add_list_done_snooze_reassign() {
    let db = Db::new();
    db.seed();
    let late = db.json(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2026-11-14",
        "--action",
        "Terugbellen",
    ]);
    let soon = db.json(&[
        "followup", "add", "ruine", "--due", "friday", "--action", "Mailen", "--for", "Joost",
    ]);
    let later = db.json(&["followup", "add", "ruine", "--due", "+1m", "--action", "Bezoeken"]);
    assert_eq!(soon["due"], "2026-11-27");
    assert_eq!(late["days_overdue"], 12);

    let overdue = db.json(&["followup", "list", "--overdue"]);
    assert_eq!(overdue.as_array().unwrap().len(), 1);
    assert_eq!(overdue[0]["id"], late["id"]);
    let mine = db.json(&["followup", "list", "--mine"]);
    assert_eq!(mine.as_array().unwrap().len(), 2);
    let week = db.json(&["followup", "list", "--due-within", "7d"]);
    assert_eq!(
        week.as_array().unwrap().len(),
        2,
        "overdue and this week, not next month"
    );

    let id = late["id"].to_string();
    db.ok(&["followup", "done", &id]);
    db.fails(&["followup", "done", &id], "already done");
    assert_eq!(db.count(&["followup", "list", "--overdue"]), 0);
    assert_eq!(db.count(&["followup", "list", "--all"]), 3);

    let later_id = later["id"].to_string();
    let snoozed = db.json(&["followup", "snooze", &later_id, "--until", "15-01-2027"]);
    assert_eq!(snoozed["due"], "2027-01-15");
    // Without a date: a week on from its date (it is not past), never earlier.
    let snoozed = db.json(&["followup", "snooze", &later_id]);
    assert_eq!(snoozed["due"], "2027-01-22");
    db.fails(
        &["followup", "snooze", &later_id, "--until", "+1w"],
        "a snooze puts a follow-up off",
    );
    let soon_id = soon["id"].to_string();
    let snoozed = db.json(&["followup", "snooze", &soon_id]);
    assert_eq!(snoozed["due"], "2026-12-04", "a week after its own date");
    let reassigned = db.json(&["followup", "reassign", &later_id, "--to", "joost"]);
    assert_eq!(reassigned["staff"], "Joost Mulder");

    db.fails(&["followup", "done", "9999"], "no follow-up matches '#9999'");
    db.fails(
        &["followup", "add", "zaan", "--due", "2026-13-01", "--action", "x"],
        "not a date",
    );
    db.fails(
        &["followup", "list", "--due-within", "week"],
        "cannot read period 'week'",
    );
    db.fails(
        &["followup", "reassign", &later_id, "--to", "Nobody"],
        "no staff member matches",
    );
}

#[test]
fn today_json_has_a_key_per_section() {
    let db = Db::new();
    db.seed();
    db.ok(&["followup", "add", "zaan", "--due", "-3d", "--action", "Terugbellen"]);
    let today = db.json(&["today"]);
    for key in [
        "date",
        "me",
        "overdue",
        "due_this_week",
        "losing_touch",
        "losing_touch_total",
    ] {
        assert!(today.get(key).is_some(), "today --json lacks {key}: {today}");
    }
    assert_eq!(today["date"], "2026-11-26");
    assert_eq!(today["overdue"][0]["action"], "Terugbellen");
    assert_eq!(today["overdue"][0]["days_overdue"], 3);
}

#[test]
fn interaction_edit_and_delete() {
    let db = Db::new();
    db.seed();
    let logged = db.json(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--on",
        "2026-11-01",
        "--note",
        "Eerste",
    ]);
    let id = logged["interaction"].to_string();
    db.ok(&["interaction", "edit", &id, "--on", "2026-11-10", "--kind", "visit"]);
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["timeline"][0]["kind"], "visit");
    assert_eq!(shown["company"]["last_contact"], "2026-11-10");
    db.fails(&["interaction", "delete", &id], "not deleted");
    db.ok(&["interaction", "delete", &id, "--yes"]);
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["timeline"].as_array().unwrap().len(), 0);
    assert_eq!(shown["company"]["last_contact"], Value::Null);
}

#[test]
fn acting_as_another_staff_member() {
    let db = Db::new();
    db.seed();
    db.ok(&["--as", "Joost", "log", "zaan", "--kind", "email", "--note", "Gemaild"]);
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["timeline"][0]["staff"], "Joost Mulder");
    db.fails(&["--as", "Nobody", "today"], "no staff member matches 'Nobody'");
}

#[test]
fn demo_fills_a_new_database_and_refuses_a_used_one() {
    let db = Db::new();
    let counts = db.json(&["demo"]);
    assert_eq!(counts["companies"], 60);
    assert_eq!(counts["organisations"], 3);
    assert!(db.count(&["company", "list"]) > 40);
    // The network shows in the demo: an association with members, room for
    // blok 3, a company at rest, a praktijkopleider who left, alumni.
    let orgs = db.json(&["network"]);
    assert!(
        orgs.as_array()
            .unwrap()
            .iter()
            .any(|o| o["kind"] == "association" && o["members"].as_i64() > Some(5)),
        "{orgs}"
    );
    assert!(db.count(&["places", "--period", "blok 3", "--open"]) > 0);
    assert_eq!(db.count(&["rest"]), 1);
    assert!(db.count(&["person", "list", "--alumni"]) > 0);
    let today = db.json(&["today"]);
    assert!(
        !today["overdue"].as_array().unwrap().is_empty(),
        "a lived-in demo has overdue follow-ups"
    );
    assert!(
        !today["losing_touch"].as_array().unwrap().is_empty(),
        "and cooling relationships"
    );
    assert!(
        !today["trainers_gone"].as_array().unwrap().is_empty(),
        "a praktijkopleider left"
    );
    db.fails(&["demo"], "only fills a new database");
}

#[test]
fn missing_directory_and_foreign_files_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("kring").unwrap();
    cmd.env("KRING_DB", dir.path().join("nope/kring.sqlite"))
        .arg("today")
        .assert()
        .failure()
        .stderr(predicate::str::contains("does not exist"));

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "dit is geen database, maar een boodschappenlijst ".repeat(100)).unwrap();
    let before = std::fs::read(&text).unwrap();
    Command::cargo_bin("kring")
        .unwrap()
        .env("KRING_DB", &text)
        .arg("today")
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a kring database"));
    assert_eq!(before, std::fs::read(&text).unwrap());

    let newer = dir.path().join("newer.sqlite");
    let conn = Connection::open(&newer).unwrap();
    conn.execute_batch("PRAGMA user_version = 999; CREATE TABLE x (y);")
        .unwrap();
    drop(conn);
    Command::cargo_bin("kring")
        .unwrap()
        .env("KRING_DB", &newer)
        .arg("today")
        .assert()
        .failure()
        .stderr(predicate::str::contains("newer kring"));
}

#[test]
fn completions_and_man_page() {
    let mut cmd = Command::cargo_bin("kring").unwrap();
    cmd.args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("followup"));
    let mut cmd = Command::cargo_bin("kring").unwrap();
    cmd.arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH kring"));
}

#[test]
fn search_finds_companies_people_and_notes_as_json() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "visit",
        "--note",
        "Rondleiding werkplaats met de coördinator",
    ]);
    let hits = db.json(&["search", "coordinator"]);
    assert_eq!(hits[0]["kind"], "interaction");
    assert_eq!(hits[0]["company_id"], 1);
    for field in ["kind", "id", "title", "detail", "company_id", "date"] {
        assert!(hits[0].get(field).is_some(), "search --json lacks {field}");
    }
    let hits = db.json(&["search", "noel"]);
    assert_eq!(hits[0]["kind"], "person");
    assert_eq!(hits[0]["title"], "Noëlle de Vries");
    let text = db.ok(&["search", "ruine"]);
    assert!(text.contains("Café De Ruïne"), "{text}");
}

#[test]
fn followup_edit_and_delete() {
    let db = Db::new();
    db.seed();
    let f = db.json(&["followup", "add", "zaan", "--due", "friday", "--action", "Bellen"]);
    let id = f["id"].to_string();
    let edited = db.json(&["followup", "edit", &id, "--due", "-1d", "--action", "Mailen"]);
    assert_eq!(edited["due"], "2026-11-25");
    assert_eq!(edited["action"], "Mailen");
    db.fails(
        &["followup", "edit", &id, "--action", " "],
        "follow-up action cannot be empty",
    );
    db.fails(&["followup", "delete", &id], "not deleted");
    db.ok(&["followup", "delete", &id, "--yes"]);
    assert_eq!(db.count(&["followup", "list", "--all"]), 0);
}

/// Joost owns two companies (one tagged techniek) with open follow-ups.
fn seed_joost(db: &Db) {
    db.seed();
    db.ok(&[
        "company",
        "edit",
        "zaan",
        "--owner",
        "Joost",
        "--agreements",
        "Reiskosten vergoed",
    ]);
    db.ok(&["company", "edit", "ruine", "--owner", "Joost"]);
    db.ok(&[
        "--as",
        "Joost",
        "followup",
        "add",
        "zaan",
        "--due",
        "-2d",
        "--action",
        "Stageaanbod sturen",
    ]);
    db.ok(&[
        "--as",
        "Joost",
        "followup",
        "add",
        "ruine",
        "--due",
        "+1w",
        "--action",
        "Gastles plannen",
    ]);
    db.ok(&[
        "--as",
        "Joost",
        "log",
        "zaan",
        "--kind",
        "visit",
        "--with",
        "noelle",
        "--note",
        "Rondleiding",
    ]);
}

#[test]
fn handover_moves_everything_writes_a_dossier_and_keeps_history() {
    let db = Db::new();
    seed_joost(&db);
    let dir = tempfile::tempdir().unwrap();
    let dossier = dir.path().join("dossier.md");
    let dossier_arg = dossier.to_str().unwrap();

    let before = dump(&db.path);
    let dry = db.json(&[
        "staff",
        "leave",
        "joost",
        "--handover-to",
        "sanne",
        "--dry-run",
        "--dossier",
        dossier_arg,
    ]);
    assert_eq!(dry["handover"]["companies"].as_array().unwrap().len(), 2);
    assert_eq!(dry["handover"]["followups"].as_array().unwrap().len(), 2);
    assert_eq!(before, dump(&db.path), "--dry-run changes nothing");
    assert!(!dossier.exists(), "--dry-run writes no dossier");

    let open_before = db.count(&["followup", "list"]);
    let done = db.json(&[
        "staff",
        "leave",
        "joost",
        "--handover-to",
        "sanne",
        "--dossier",
        dossier_arg,
    ]);
    assert_eq!(done["handover"]["left"], true);
    assert_eq!(db.count(&["followup", "list"]), open_before, "no follow-up lost");
    assert_eq!(db.count(&["followup", "list", "--for", "joost"]), 0);
    assert_eq!(db.count(&["company", "list", "--owner", "joost"]), 0);
    assert_eq!(db.count(&["company", "list", "--owner", "sanne"]), 2);
    let staff = db.json(&["staff", "list"]);
    let joost = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Joost Mulder")
        .unwrap();
    assert_eq!(joost["left_on"], "2026-11-26");

    let text = std::fs::read_to_string(&dossier).unwrap();
    for expected in [
        "# Handover: Joost Mulder → Sanne Bakker",
        "## Machinefabriek De Zaan",
        "## Café De Ruïne",
        "Noëlle de Vries (workplace trainer): noelle@dezaan.nl",
        "Stageaanbod sturen (overdue 2 days)",
        "Agreements: Reiskosten vergoed",
        "visit by Joost Mulder with Noëlle de Vries: Rondleiding",
        "- Health: ",
    ] {
        assert!(text.contains(expected), "dossier lacks {expected:?}:\n{text}");
    }

    // The leaver's name stays on their interactions; they get no new work.
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["timeline"][0]["staff"], "Joost Mulder");
    db.fails(
        &[
            "followup", "add", "zaan", "--due", "+1d", "--action", "x", "--for", "joost",
        ],
        "Joost Mulder left on 2026-11-26",
    );
    let history = db.ok(&["history", "zaan"]);
    assert!(
        history.contains("handover  (owner: Joost Mulder → Sanne Bakker)"),
        "{history}"
    );
}

#[test]
fn handover_can_be_split_by_tag() {
    let db = Db::new();
    seed_joost(&db);
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.html");
    let out = db.json(&[
        "staff",
        "leave",
        "joost",
        "--handover-to",
        "sanne",
        "--companies",
        "tag:techniek",
        "--dossier",
        first.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert_eq!(out["handover"]["companies"][0][1], "Machinefabriek De Zaan");
    assert_eq!(out["handover"]["left"], false, "Joost still owns Café De Ruïne");
    assert_eq!(out["handover"]["companies_remaining"], 1);
    let html = std::fs::read_to_string(&first).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<h2>Machinefabriek De Zaan</h2>"),
        "{html}"
    );
    assert!(!html.contains("Café De Ruïne"));
    db.ok(&["staff", "add", "Aïcha Benali"]);
    let rest = db.json(&[
        "staff",
        "leave",
        "joost",
        "--handover-to",
        "aicha",
        "--dossier",
        dir.path().join("b.md").to_str().unwrap(),
    ]);
    assert_eq!(rest["handover"]["left"], true);
    db.fails(
        &["staff", "leave", "sanne", "--handover-to", "joost", "--dry-run"],
        "Joost Mulder left on",
    );
    db.fails(
        &[
            "staff",
            "leave",
            "sanne",
            "--handover-to",
            "aicha",
            "--companies",
            "tag:nope",
            "--dry-run",
        ],
        "no tag 'nope'",
    );
}

#[test]
fn health_lists_scores_worst_first_with_reasons() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "internship_placed",
        "--with",
        "noelle",
        "--on",
        "-10d",
        "--note",
        "Stagiair geplaatst",
    ]);
    let rows = db.json(&["health"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "Café De Ruïne", "never contacted: worst first");
    assert_eq!(rows[0]["reasons"][0], "never contacted");
    for field in [
        "id",
        "name",
        "score",
        "band",
        "reasons",
        "single_point_of_contact",
        "staff_in_touch",
        "current_contacts",
    ] {
        assert!(rows[0].get(field).is_some(), "health --json lacks {field}");
    }
    assert!(rows[1]["score"].as_u64().unwrap() > rows[0]["score"].as_u64().unwrap());
    assert_eq!(
        rows[1]["single_point_of_contact"], true,
        "one staff member, one contact"
    );
    let dormant = db.json(&["health", "--band", "dormant"]);
    assert!(dormant.as_array().unwrap().iter().all(|r| r["band"] == "dormant"));
    db.fails(&["health", "--band", "sick"], "unknown band 'sick'");
    let shown = db.json(&["company", "show", "zaan"]);
    assert!(shown["health"]["score"].is_u64());
}

#[test]
fn engagements_add_list_edit_evaluate() {
    let db = Db::new();
    db.seed();
    let e = db.json(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "stage",
        "--programme",
        "Mechatronica",
        "--year",
        "25/26",
        "--from",
        "1-2-2026",
        "--to",
        "30-6-2026",
        "--students",
        "2",
        "--status",
        "running",
        "--expectations",
        "Wekelijks contact met de stagedocent",
    ]);
    assert_eq!(e["form"], "internship");
    assert_eq!(e["school_year"], "2025-2026");
    assert_eq!(e["starts_on"], "2026-02-01");
    assert_eq!(e["students"], 2);
    for field in [
        "id",
        "company_id",
        "company",
        "form",
        "programme",
        "school_year",
        "period",
        "starts_on",
        "ends_on",
        "students",
        "status",
        "scope",
        "expectations",
        "compensation",
        "evaluation",
        "evaluated_on",
    ] {
        assert!(e.get(field).is_some(), "engagement --json lacks {field}");
    }
    let id = e["id"].to_string();
    assert_eq!(db.count(&["engagement", "list", "--year", "2025-2026"]), 1);
    assert_eq!(db.count(&["engagement", "list", "--status", "done"]), 0);
    let edited = db.json(&["engagement", "edit", &id, "--students", "3"]);
    assert_eq!(edited["students"], 3);
    let evaluated = db.json(&["engagement", "evaluate", &id, "--text", "Twee studenten aangenomen"]);
    assert_eq!(evaluated["status"], "done");
    assert_eq!(evaluated["evaluated_on"], "2026-11-26");
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["engagements"][0]["id"], e["id"]);
    let history = db.ok(&["history", "zaan"]);
    assert!(history.contains("evaluate engagement"), "{history}");

    db.fails(
        &["engagement", "add", "zaan", "--form", "koffie"],
        "unknown form 'koffie'",
    );
    db.fails(
        &["engagement", "add", "zaan", "--form", "stage", "--year", "2025-2027"],
        "invalid school year '2025-2027'",
    );
    db.fails(
        &[
            "engagement",
            "add",
            "zaan",
            "--form",
            "stage",
            "--from",
            "1-3-2026",
            "--to",
            "1-2-2026",
        ],
        "ends (2026-02-01) before it starts",
    );
    db.fails(&["engagement", "show", "99"], "no engagement matches '#99'");
}

#[test]
fn circles_meetings_attendance_and_action_items() {
    let db = Db::new();
    db.seed();
    db.ok(&["person", "add", "Bram Smit", "--company", "zaan", "--role", "owner"]);
    db.ok(&[
        "circle",
        "add",
        "Bedrijvenkring Techniek Zaanstreek",
        "--description",
        "Stages in de techniek",
    ]);
    db.ok(&["circle", "join", "techniek", "zaan", "--on", "1-1-2026"]);
    db.fails(&["circle", "join", "techniek", "zaan"], "already a member");
    db.fails(
        &["circle", "join", "Zorgkring", "zaan"],
        "no circle matches 'Zorgkring'",
    );
    let members = db.json(&["circle", "members", "techniek"]);
    assert_eq!(members[0]["company"], "Machinefabriek De Zaan");

    let past = db.json(&[
        "meeting",
        "add",
        "techniek",
        "--on",
        "-2d",
        "--time",
        "15:30",
        "--at",
        "Het Noord College, Zaandam",
    ]);
    let meeting = past["meeting"]["id"].to_string();
    assert_eq!(past["meeting"]["starts_at"], "2026-11-24 15:30");
    let before = db.json(&["company", "show", "zaan"]);
    assert_eq!(before["company"]["last_contact"], Value::Null);

    // Two people from the same company attend: one interaction, both named; the cadence resets.
    db.ok(&["meeting", "attend", &meeting, "noelle"]);
    db.ok(&["meeting", "attend", &meeting, "bram"]);
    db.ok(&["meeting", "attend", &meeting, "Joost", "--status", "apologised"]);
    let after = db.json(&["company", "show", "zaan"]);
    assert_eq!(after["company"]["last_contact"], "2026-11-24");
    let timeline = after["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 1, "one interaction per company per meeting");
    assert_eq!(timeline[0]["kind"], "meeting");
    assert_eq!(timeline[0]["persons"].as_array().unwrap().len(), 2);
    assert!(
        after["health"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| !r.as_str().unwrap().starts_with("never contacted")),
        "attendance counts as contact for health: {}",
        after["health"]
    );
    let shown = db.json(&["meeting", "show", &meeting]);
    let statuses: Vec<&str> = shown["attendance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["attended", "attended", "apologised"]);

    // Action items become follow-ups for member companies only.
    let action = db.json(&[
        "meeting",
        "action",
        &meeting,
        "--company",
        "zaan",
        "--due",
        "+2w",
        "--action",
        "Twee stageplekken bevestigen",
    ]);
    assert_eq!(action["due"], "2026-12-10");
    assert_eq!(
        db.json(&["meeting", "show", &meeting])["actions"][0]["action"],
        "Twee stageplekken bevestigen"
    );
    db.fails(
        &[
            "meeting",
            "action",
            &meeting,
            "--company",
            "ruine",
            "--due",
            "+1w",
            "--action",
            "x",
        ],
        "Café De Ruïne is not a member of Bedrijvenkring Techniek Zaanstreek",
    );

    // Minutes from a file; nobody attends a meeting before it happens.
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notulen.md");
    std::fs::write(&notes, "# Notulen\n\n- Stageplekken voor februari besproken\n").unwrap();
    db.ok(&["meeting", "minutes", &meeting, "--file", notes.to_str().unwrap()]);
    assert!(db.json(&["meeting", "show", &meeting])["meeting"]["minutes"]
        .as_str()
        .unwrap()
        .contains("februari"));
    let future = db.json(&["meeting", "add", "techniek", "--on", "+3w"]);
    let future = future["meeting"]["id"].to_string();
    db.fails(
        &["meeting", "attend", &future, "noelle"],
        "attendance can be taken from that day on",
    );
    db.ok(&["meeting", "attend", &future, "noelle", "--status", "invited"]);
    db.ok(&["person", "add", "Iris Bos", "--company", "ruine"]);
    db.fails(
        &["meeting", "attend", &meeting, "iris"],
        "Iris Bos does not work at a member company",
    );
    db.fails(
        &["meeting", "add", "techniek", "--on", "+1w", "--time", "half vier"],
        "cannot read time 'half vier'",
    );

    db.ok(&["circle", "leave", "techniek", "zaan"]);
    let list = db.json(&["circle", "list"]);
    assert_eq!(list[0]["members"], 0);
    assert_eq!(list[0]["next_meeting"], "2026-12-17 16:00");
}

#[test]
fn meetings_export_as_icalendar_that_a_parser_reads_back() {
    use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike};
    let db = Db::new();
    db.ok(&["circle", "add", "Zorgkring West-Friesland"]);
    db.ok(&[
        "meeting",
        "add",
        "zorgkring",
        "--on",
        "2026-12-03",
        "--time",
        "15:30",
        "--at",
        "Het Noord College, Hoorn; lokaal 2.14",
        "--agenda",
        "Stages; coördinatie\nRondvraag",
    ]);
    db.ok(&["meeting", "add", "zorgkring", "--on", "2027-07-01", "--time", "09:00"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.ics");
    db.ok(&["export", "meetings", "--format", "ics", "-o", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam"),
        "the zone travels with the file"
    );
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded at 75 octets"
    );
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");

    let calendar: icalendar::Calendar = text.parse().expect("an independent parser reads it");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 2);
    let first = events[0];
    assert_eq!(first.get_summary(), Some("Zorgkring West-Friesland"));
    assert_eq!(first.get_location(), Some("Het Noord College, Hoorn; lokaal 2.14"));
    assert_eq!(first.get_description(), Some("Stages; coördinatie\nRondvraag"));
    let local = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            (date_time.to_string(), tzid)
        }
        other => panic!("expected a local time with a zone, got {other:?}"),
    };
    assert_eq!(
        local(first.get_start()),
        ("2026-12-03 15:30:00".to_string(), "Europe/Amsterdam".to_string())
    );
    assert_eq!(
        local(first.get_end()),
        ("2026-12-03 17:30:00".to_string(), "Europe/Amsterdam".to_string())
    );
    assert_eq!(
        local(events[1].get_start()).0,
        "2027-07-01 09:00:00",
        "summer time is the zone's business, not shifted"
    );
    let uid = first.get_uid().unwrap();
    assert_eq!(uid.len(), 36, "a UUID, not a name two schools would share: {uid}");
    assert_ne!(uid, events[1].get_uid().unwrap());
    let again = db.ok(&["export", "meetings"]);
    assert!(
        again.contains(&format!("UID:{uid}\r\n")),
        "the same UID in the next export"
    );
    assert!(!text.contains("ATTENDEE"), "invitees only when asked for");
}

#[test]
fn recognition_rechecks_and_evaluations_show_on_today() {
    let db = Db::new();
    db.seed();
    db.fails(
        &["company", "recognise", "zaan", "--crebo", "2518"],
        "invalid crebo '2518'",
    );
    db.fails(
        &["company", "recognise", "zaan", "--crebo", "25180", "--trainer", "Iris"],
        "no person matches 'Iris'",
    );
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--programme",
        "Mechatronica",
        "--trainer",
        "noelle",
        "--recheck",
        "+10d",
    ]);
    db.ok(&["company", "recognise", "zaan", "--crebo", "25181", "--recheck", "+2m"]);
    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["company"]["recognised"], true);
    assert_eq!(shown["recognitions"][0]["trainer"], "Noëlle de Vries");
    assert_eq!(db.count(&["company", "list", "--recognised"]), 1);

    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "gastles",
        "--from",
        "1-9-2026",
        "--to",
        "1-10-2026",
        "--status",
        "agreed",
    ]);
    let today = db.json(&["today"]);
    let rechecks = today["rechecks_due"].as_array().unwrap();
    assert_eq!(rechecks.len(), 1, "only the one within two weeks: {rechecks:?}");
    assert_eq!(rechecks[0]["crebo"], "25180");
    assert_eq!(
        today["evaluations_due"][0]["form"], "guest_lecture",
        "ended without evaluation"
    );
    let text = db.ok(&["today"]);
    assert!(
        text.contains("Collaborations to evaluate (1)") && text.contains("SBB recognitions to re-check (1)"),
        "{text}"
    );
    db.ok(&["engagement", "evaluate", "1", "--text", "Goed"]);
    assert!(db.json(&["today"])["evaluations_due"].as_array().unwrap().is_empty());

    // Checked again: off Today, the next check a year on, and in the history.
    db.fails(
        &["company", "rechecked", "zaan", "--crebo", "25182"],
        "no recognition for crebo 25182",
    );
    db.fails(
        &[
            "company",
            "rechecked",
            "zaan",
            "--crebo",
            "25180",
            "--next",
            "yesterday",
        ],
        "after today",
    );
    db.ok(&["company", "rechecked", "zaan", "--crebo", "25180"]);
    assert!(db.json(&["today"])["rechecks_due"].as_array().unwrap().is_empty());
    let shown = db.json(&["company", "show", "zaan"]);
    let recheck = shown["recognitions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["crebo"] == "25180")
        .unwrap()["recheck_on"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(recheck.starts_with("2027-"), "a year on: {recheck}");
    assert!(db.ok(&["history", "zaan"]).contains("recheck"));
}

#[test]
fn the_year_report_adds_up() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2025-2026",
        "--students",
        "3",
        "--status",
        "done",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2025-2026",
        "--students",
        "2",
        "--status",
        "running",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2025-2026",
        "--students",
        "9",
        "--status",
        "cancelled",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "ruine",
        "--form",
        "practice_assignment",
        "--year",
        "2025-2026",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "ruine",
        "--form",
        "internship",
        "--year",
        "2026-2027",
        "--students",
        "1",
    ]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "guest_lecture",
        "--on",
        "2025-10-01",
        "--note",
        "Gastles",
    ]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "guest_lecture",
        "--on",
        "2026-08-02",
        "--note",
        "Next year",
    ]);
    db.ok(&[
        "log",
        "ruine",
        "--kind",
        "assignment",
        "--on",
        "2026-03-01",
        "--note",
        "Hackathon",
    ]);
    let report = db.json(&["report", "year", "2025-2026"]);
    let total = &report["total"];
    assert_eq!(total["internships"], 2, "the cancelled one does not count");
    assert_eq!(total["students"], 5);
    assert_eq!(total["lectures"], 1, "only the lecture inside August–July");
    assert_eq!(total["assignments"], 2);
    assert_eq!(report["companies"].as_array().unwrap().len(), 2);
    let md = db.ok(&["report", "year", "2025-2026"]);
    assert!(
        md.contains("| **Total** | 2 | 5 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  | 5 |"),
        "{md}"
    );
    let csv = db.ok(&["report", "year", "25/26", "--format", "csv"]);
    assert!(
        csv.lines().next().unwrap().starts_with("Company,Internships,Students"),
        "{csv}"
    );
    assert!(csv.contains("Machinefabriek De Zaan,2,5,1,0,0"), "{csv}");
    db.fails(&["report", "year", "2025"], "invalid school year '2025'");
}

/// Names in other scripts, with emoji or with a combining accent take their
/// real width on screen, so the city column starts in the same place on
/// every row of `company list`.
#[test]
fn company_list_lines_up_whatever_the_script() {
    use unicode_width::UnicodeWidthStr;
    let db = Db::new();
    for (name, city) in [
        ("東京商事株式会社", "Hoorn"),
        ("Bakkerij 🥐 Jansen", "Edam"),
        ("Cafe\u{301} Het Hoekje", "Purmerend"),
        ("Plain Name", "Zaandam"),
    ] {
        db.ok(&["company", "add", name, "--city", city]);
    }
    let listing = db.ok(&["company", "list"]);
    let columns: Vec<usize> = ["Hoorn", "Edam", "Purmerend", "Zaandam"]
        .iter()
        .map(|city| {
            let line = listing.lines().find(|l| l.contains(city)).unwrap();
            line[..line.find(city).unwrap()].width()
        })
        .collect();
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{columns:?}\n{listing}");
}

/// A PostgreSQL URL is understood as one: never a file called "postgresql:",
/// never a password echoed back.
#[test]
fn a_database_url_is_not_taken_for_a_file_name() {
    let dir = tempfile::tempdir().unwrap();
    for (url, says) in [
        ("postgresql://sanne:geheim@db.school.nl/kring", "PGPASSWORD"),
        (
            "postgresql://sanne@db.school.nl/kring",
            "cannot connect to postgresql://sanne@db.school.nl",
        ),
        ("postgres://db.school.nl/kring?sslmode=allow", "plain text"),
    ] {
        let out = assert_cmd::Command::cargo_bin("kring")
            .unwrap()
            .current_dir(dir.path())
            .args(["--db", url, "today"])
            .assert()
            .failure()
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{url}: {stderr}");
        assert!(!stderr.contains("geheim"), "{stderr}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file was made");
}

/// A follow-up is named by its company when that company has one open, and
/// a meeting by its circle (the latest that has begun); several is an error
/// that lists them, as with names.
#[test]
fn follow_ups_and_meetings_are_named_by_company_and_circle() {
    let db = Db::new();
    db.seed();
    db.ok(&["followup", "add", "zaan", "--due", "+1w", "--action", "Offerte sturen"]);
    db.ok(&["followup", "snooze", "zaan", "--until", "+2w"]);
    assert!(db.ok(&["followup", "done", "zaan"]).contains("done: #1 Offerte sturen"));
    db.ok(&["followup", "add", "zaan", "--due", "+1w", "--action", "Bellen"]);
    db.ok(&["followup", "add", "zaan", "--due", "+2w", "--action", "Mailen"]);
    db.fails(&["followup", "done", "zaan"], "#2 Bellen");
    db.fails(
        &["followup", "done", "ruine"],
        "no open follow-up matches 'ruine' at Café De Ruïne",
    );
    db.ok(&["circle", "add", "Techniek"]);
    db.ok(&["circle", "join", "techniek", "zaan"]);
    db.fails(
        &["meeting", "attend", "techniek", "noelle"],
        "no meeting that has begun matches 'techniek'; add one",
    );
    db.ok(&["meeting", "add", "techniek", "--on", "2026-11-20", "--time", "16:00"]);
    db.ok(&["meeting", "add", "techniek", "--on", "2026-12-20", "--time", "16:00"]);
    let shown = db.ok(&["meeting", "attend", "techniek", "noelle"]);
    assert!(shown.contains("Meeting #1") && shown.contains("attended"), "{shown}");
}

#[test]
fn a_csv_report_into_a_file_keeps_its_line_endings() {
    let db = Db::new();
    db.seed();
    let out = db.ok(&["report", "year", "2026-2027", "--format", "csv"]);
    assert!(out.starts_with("Company,") && out.contains("\r\n"), "{out:?}");
    assert!(!out.contains('␍'), "{out:?}");
}

/// The config file says where the database is; --db and KRING_DB win; a
/// mistake in it names the file and line and changes nothing.
#[test]
fn the_config_file_chooses_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let config = home.join(".config/kring/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    let run = |args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("kring").unwrap();
        cmd.env_clear()
            .env("HOME", &home)
            .env("PATH", std::env::var("PATH").unwrap())
            .args(args);
        cmd
    };
    std::fs::write(
        &config,
        "# where the team's file is\ndatabase = \"~/gedeeld/kring.sqlite\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(home.join("gedeeld")).unwrap();
    run(&["init", "--me", "Sanne Bakker"]).assert().success();
    assert!(home.join("gedeeld/kring.sqlite").exists(), "the configured file");
    assert!(
        !home.join(".local/share/kring/kring.sqlite").exists(),
        "not the default"
    );
    let other = dir.path().join("other.sqlite");
    run(&["--db", other.to_str().unwrap(), "init", "--me", "Joost"])
        .assert()
        .success();
    assert!(other.exists(), "--db wins");
    std::fs::write(&config, "database = \"~/gedeeld/kring.sqlite\"\ndatabse = \"typo\"\n").unwrap();
    let out = run(&["today"]).assert().failure().get_output().stderr.clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("config.toml: line 2: unknown field `databse`"), "{err}");
}

/// On a shared host each colleague runs kring under their own account:
/// linked to it, kring knows who acts without --as; --as still wins.
#[test]
fn the_account_kring_runs_under_says_who_acts() {
    let db = Db::new();
    if !db.on_a_file("who acts by the OS account (on a server the login says; tests/postgres.rs)") {
        return;
    }
    db.seed();
    db.ok(&["staff", "link", "joost", "--login", "joost"]);
    let as_joost = |args: &[&str]| {
        let out = db.cmd().env("USER", "joost").args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(as_joost(&["today"]).contains("— Joost Mulder"));
    as_joost(&["followup", "add", "zaan", "--due", "+1w", "--action", "Bellen"]);
    let mine = db.json(&["followup", "list"]);
    assert_eq!(mine[0]["staff"], "Joost Mulder", "{mine}");
    assert!(as_joost(&["--as", "Sanne Bakker", "today"]).contains("— Sanne Bakker"));
    assert!(
        db.ok(&["today"]).contains("— Sanne Bakker"),
        "another account is not Joost"
    );
    db.fails(
        &["staff", "add", "Aïcha Benali", "--login", "joost"],
        "already Joost Mulder's",
    );
    db.fails(&["staff", "link", "sanne", "--login", "Sanne Bakker"], "is not a login");
    let staff = db.json(&["staff", "list"]);
    assert!(
        staff.as_array().unwrap().iter().any(|s| s["login"] == "joost"),
        "{staff}"
    );
}

/// Two teams at one company: before calling, you hear who else was just in
/// touch — another team, within the window; never your own team.
#[test]
fn another_teams_recent_contact_is_said_before_you_call() {
    let db = Db::new();
    db.seed();
    db.ok(&["team", "add", "Techniek"]);
    db.ok(&["team", "add", "Stagebureau"]);
    db.ok(&["staff", "edit", "joost", "--team", "techniek"]);
    db.ok(&["staff", "edit", "sanne", "--team", "stagebureau"]);
    db.ok(&["staff", "add", "Aïcha Benali", "--team", "stagebureau"]);
    let log_as = |who: &str, args: &[&str]| {
        let out = db.cmd().env("KRING_USER", who).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // Joost (Techniek) called five days ago; Aïcha (my own team) yesterday;
    // someone of Techniek long ago.
    log_as(
        "Joost Mulder",
        &[
            "log",
            "zaan",
            "--kind",
            "call",
            "--on",
            "-5d",
            "--note",
            "Stageplekken besproken",
        ],
    );
    log_as(
        "Aïcha Benali",
        &["log", "zaan", "--kind", "visit", "--on", "-1d", "--note", "Rondleiding"],
    );
    log_as(
        "Joost Mulder",
        &["log", "zaan", "--kind", "email", "--on", "-40d", "--note", "Oude mail"],
    );
    let (_, said) = log_as(
        "Sanne Bakker",
        &["log", "zaan", "--kind", "email", "--note", "Gastles gevraagd"],
    );
    assert!(
        said.contains(
            "Techniek (Joost Mulder) had a call with Machinefabriek De Zaan 5 days ago: 'Stageplekken besproken'."
        ),
        "{said}"
    );
    assert!(!said.contains("Rondleiding"), "not my own team: {said}");
    assert!(!said.contains("Oude mail"), "not outside the 14 days: {said}");
    // company show says it too, and counts the asks; --json carries both.
    let (shown, said) = log_as("Sanne Bakker", &["company", "show", "zaan"]);
    assert!(said.contains("Techniek (Joost Mulder)"), "{said}");
    assert!(shown.contains("Asked:        4× by 2 teams in 90 days"), "{shown}");
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["recent_contacts"][0]["team"], "Techniek", "{page}");
    assert_eq!(page["asked"]["times"], 4);
    // For Joost, Sanne's team is the other one.
    let (_, said) = log_as("Joost Mulder", &["company", "show", "zaan"]);
    assert!(said.contains("Stagebureau (Sanne Bakker) had an email"), "{said}");
    let team = db.json(&["team", "show", "stagebureau"]);
    assert_eq!(team.as_array().unwrap().len(), 2, "{team}");
    // Sanne owns De Zaan: her Today lists Techniek's call, not her own team's visit.
    let (today, _) = log_as("Sanne Bakker", &["today"]);
    let section = today.split("Other teams' recent contact with my companies (1)").nth(1);
    let section = section.unwrap_or_else(|| panic!("{today}"));
    assert!(
        section.contains("Techniek (Joost Mulder): call — Stageplekken besproken"),
        "{today}"
    );
    assert!(!section.contains("Rondleiding"), "{today}");
}

/// Yearly goals are counted from the data: every metric, a tag filter, a
/// range, and a team's goal counting only its members' work.
#[test]
fn goals_count_what_kring_holds_for_the_school_year() {
    let db = Db::new();
    db.seed();
    db.ok(&["team", "add", "Techniek"]);
    db.ok(&["staff", "edit", "joost", "--team", "techniek"]);
    db.ok(&[
        "company",
        "add",
        "Tata Steel",
        "--city",
        "IJmuiden",
        "--tag",
        "multinational",
    ]);
    for args in [
        &[
            "engagement",
            "add",
            "tata",
            "--form",
            "internship",
            "--year",
            "2026-2027",
            "--students",
            "30",
            "--status",
            "agreed",
        ][..],
        &[
            "engagement",
            "add",
            "zaan",
            "--form",
            "internship",
            "--year",
            "2026-2027",
            "--students",
            "4",
            "--status",
            "running",
        ],
        &[
            "engagement",
            "add",
            "ruine",
            "--form",
            "guest_lecture",
            "--year",
            "2026-2027",
            "--status",
            "cancelled",
        ],
        &[
            "engagement",
            "add",
            "zaan",
            "--form",
            "internship",
            "--year",
            "2025-2026",
            "--students",
            "9",
            "--status",
            "done",
        ],
        &[
            "log",
            "ruine",
            "--kind",
            "guest_lecture",
            "--note",
            "Gastles",
            "--on",
            "2026-10-01",
            "--as",
            "Joost Mulder",
        ],
        &[
            "log",
            "zaan",
            "--kind",
            "internship_placed",
            "--note",
            "Geplaatst",
            "--on",
            "2026-09-15",
        ],
        &[
            "log",
            "tata",
            "--kind",
            "call",
            "--note",
            "Eerste contact",
            "--on",
            "2026-09-01",
        ],
        &[
            "log",
            "zaan",
            "--kind",
            "call",
            "--note",
            "Vorig jaar",
            "--on",
            "2026-06-01",
        ],
    ] {
        db.ok(args);
    }
    let add = |args: &[&str]| {
        let mut all = vec!["goal", "add", "--year", "2026-2027"];
        all.extend_from_slice(args);
        db.ok(&all);
    };
    add(&["--metric", "companies", "--tag", "multinational", "--target", "5"]);
    add(&["--metric", "students", "--target", "40", "--max", "60"]);
    add(&["--metric", "placements", "--target", "2"]);
    add(&["--metric", "lectures", "--target", "1", "--team", "techniek"]);
    add(&["--metric", "new-companies", "--target", "3"]);
    add(&["--metric", "contacts", "--target", "10", "--staff", "sanne"]);
    let goals = db.json(&["goals", "--year", "2026-2027"]);
    let count = |metric: &str| {
        goals
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["metric"] == metric)
            .unwrap_or_else(|| panic!("{metric}: {goals}"))["count"]
            .clone()
    };
    assert_eq!(count("companies"), 1, "only the multinational, agreed: {goals}");
    assert_eq!(count("students"), 34, "this year's, not last year's 9");
    assert_eq!(
        count("placements"),
        2,
        "Tata's agreed internship and Zaan's (its placement logged once)"
    );
    assert_eq!(
        count("lectures"),
        1,
        "Joost's lecture counts for Techniek; the cancelled one not"
    );
    assert_eq!(
        count("new_companies"),
        2,
        "Tata first called in September, Ruïne in October"
    );
    assert_eq!(
        count("contacts"),
        2,
        "Sanne's interactions this school year, not June's"
    );
    let human = db.ok(&["goals", "--year", "2026-2027"]);
    assert!(human.contains("34 students — 6 short of 40"), "{human}");
    assert!(db
        .ok(&["goals", "--team", "techniek", "--year", "2026-2027"])
        .contains("1 lectures — reached 1"));
    // Today: mine (Sanne's contacts) and my team's, not the school's or Techniek's.
    let today = db.ok(&["today"]);
    assert!(today.contains("My and my team's goals (1)"), "{today}");
    assert!(today.contains("2 contacts — 8 short of 10"), "{today}");
    let as_joost = db.json(&["--as", "joost", "today"]);
    assert_eq!(
        as_joost["goals"][0]["metric"], "lectures",
        "Joost's team's goal: {as_joost}"
    );
    db.fails(
        &["goal", "add", "--metric", "students", "--target", "40", "--max", "30"],
        "below --target",
    );
    db.fails(
        &["goal", "add", "--metric", "deals", "--target", "1"],
        "unknown metric 'deals'",
    );
}

#[test]
fn company_list_sorts_by_how_often_we_ask() {
    let db = Db::new();
    db.seed();
    for _ in 0..3 {
        db.ok(&["log", "ruine", "--kind", "call", "--note", "Weer gebeld"]);
    }
    db.ok(&["log", "zaan", "--kind", "call", "--note", "Gebeld"]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--note",
        "Lang geleden",
        "--on",
        "2026-01-05",
    ]);
    let rows = db.json(&["company", "list", "--sort", "asked"]);
    assert_eq!(rows[0]["name"], "Café De Ruïne", "{rows}");
    assert_eq!(rows[1]["name"], "Machinefabriek De Zaan", "{rows}");
}

/// The config's collision_days widens or narrows the window.
#[test]
fn collision_days_from_the_config_set_the_window() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--on",
        "-20d",
        "--note",
        "Drie weken terug",
        "--as",
        "Joost Mulder",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let said = |days: Option<u32>| {
        std::fs::write(
            &config,
            days.map(|d| format!("collision_days = {d}\n")).unwrap_or_default(),
        )
        .unwrap();
        let out = db
            .cmd()
            .env("KRING_CONFIG", &config)
            .args(["company", "show", "zaan"])
            .output()
            .unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(
        !said(None).contains("Drie weken terug"),
        "20 days is outside the default 14"
    );
    assert!(said(Some(30)).contains("Joost Mulder had a call with Machinefabriek De Zaan 20 days ago"));
}

#[test]
fn config_show_says_each_setting_and_where_it_came_from() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "collision_days = 21\nlanguage = \"nl\"\n").unwrap();
    let shown = |extra: &[&str], env: &[(&str, &str)]| {
        let mut cmd = db.cmd();
        cmd.env("KRING_CONFIG", &config).env_remove("KRING_DB");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(extra).args(["config", "show", "--json"]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let get = |name: &str| {
            let s = list.as_array().unwrap().iter().find(|s| s["setting"] == name).unwrap();
            (
                s["value"].as_str().unwrap().to_string(),
                s["source"].as_str().unwrap().to_string(),
            )
        };
        (get("database"), get("language"), get("collision_days"), get("sendmail"))
    };
    let (database, language, collision, sendmail) = shown(&[], &[]);
    assert_eq!(database.1, "default");
    assert!(database.0.ends_with("kring.sqlite"));
    assert_eq!(language.0, "nl");
    assert!(language.1.starts_with("file ("), "{language:?}");
    assert_eq!(collision.0, "21");
    assert!(collision.1.starts_with("file ("));
    assert_eq!(sendmail, ("sendmail -t".to_string(), "default".to_string()));
    let (database, language, _, _) = shown(&["--lang", "en"], &[("KRING_DB", "/srv/k.sqlite")]);
    assert_eq!(
        database,
        ("/srv/k.sqlite".to_string(), "environment (KRING_DB)".to_string())
    );
    assert_eq!(language, ("en".to_string(), "flag (--lang)".to_string()));
    let (database, _, _, _) = shown(&["--db", "postgresql://sanne:geheim@db/kring"], &[]);
    assert_eq!(database.0, "postgresql://sanne:***@db/kring", "no password on screen");
    assert_eq!(database.1, "flag (--db)");
    std::fs::write(&config, "").unwrap();
    let (_, language, _, _) = shown(&[], &[("LC_ALL", "nl_BE.UTF-8")]);
    assert_eq!(
        language,
        ("nl".to_string(), "environment (LC_ALL=nl_BE.UTF-8)".to_string())
    );
}

/// With --lang nl the CLI's own words are Dutch: the day's list, a table's
/// headings, what a command did, why a relationship is weak, and an error;
/// commands, flags and --json keys stay English.
#[test]
fn the_cli_speaks_dutch_but_scripts_read_english_keys() {
    let db = Db::new();
    db.seed();
    let nl = |args: &[&str]| {
        let mut all = vec!["--lang", "nl"];
        all.extend_from_slice(args);
        db.ok(&all)
    };
    let logged = nl(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--note",
        "Stages besproken",
        "--follow-up",
        "+1w",
        "--action",
        "Offerte sturen",
    ]);
    assert!(
        logged.starts_with("telefoongesprek met Machinefabriek De Zaan vastgelegd op 26-11-2026"),
        "{logged}"
    );
    assert!(
        logged.contains("opvolging #1 uiterlijk 03-12-2026: Offerte sturen"),
        "{logged}"
    );

    let today = nl(&["today"]);
    assert!(
        today.starts_with("Vandaag donderdag 26 november 2026 — Sanne Bakker"),
        "{today}"
    );
    assert!(today.contains("De komende 7 dagen (1)\n  #1     do 3 dec"), "{today}");
    for english in ["Overdue", "Due in", "Losing touch", "no contact for", "cadence"] {
        assert!(!today.contains(english), "English {english:?} in: {today}");
    }

    let list = nl(&["company", "list"]);
    assert!(list.lines().next().unwrap().contains("NAAM"), "{list}");
    assert!(!list.contains("NAME"), "{list}");

    let shown = nl(&["company", "show", "zaan"]);
    for dutch in [
        "  Eigenaar:        Sanne Bakker",
        "elke 60 dagen (standaard voor actief)",
        "Personen",
        "praktijkopleider",
        "Tijdlijn",
        "telefoongesprek door Sanne Bakker",
    ] {
        assert!(shown.contains(dutch), "{dutch:?} in: {shown}");
    }
    for english in ["Owner", "every 60 days", "People", "Timeline", " by "] {
        assert!(!shown.contains(english), "English {english:?} in: {shown}");
    }
    let person = nl(&["person", "show", "noëlle"]);
    assert!(
        person.contains("Werkt / werkte bij") && person.contains("Contactmomenten"),
        "{person}"
    );

    let health = nl(&["health"]);
    assert!(health.contains("nooit contact gehad"), "{health}");
    assert!(health.starts_with("SCORE  NIVEAU"), "{health}");
    assert!(
        health.contains("slapend") && health.contains("één aanspreekpunt"),
        "{health}"
    );
    for english in ["contact person", "dormant", "never contacted", "WHY"] {
        assert!(!health.contains(english), "English {english:?} in: {health}");
    }

    let failed = db
        .cmd()
        .args([
            "--lang",
            "nl",
            "log",
            "zaan",
            "--kind",
            "call",
            "--note",
            "x",
            "--on",
            "31-02-2026",
        ])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let failed = String::from_utf8(failed).unwrap();
    assert!(failed.contains("'31-02-2026' staat niet op de kalender"), "{failed}");
    let unknown = db
        .cmd()
        .args(["--lang", "nl", "company", "show", "Bakkerij Nergens"])
        .assert()
        .failure();
    let unknown = String::from_utf8(unknown.get_output().stderr.clone()).unwrap();
    assert!(
        unknown.contains("geen bedrijf gevonden voor 'Bakkerij Nergens'; zie `kring company list`"),
        "{unknown}"
    );

    let dir = tempfile::tempdir().unwrap();
    let dossier = dir.path().join("overdracht.md");
    nl(&[
        "staff",
        "dossier",
        "Sanne Bakker",
        "--output",
        dossier.to_str().unwrap(),
    ]);
    let dossier = std::fs::read_to_string(dossier).unwrap();
    for dutch in [
        "# Overdracht: Sanne Bakker",
        "### Contactpersonen",
        "### Open opvolgingen",
        "03-12-2026: Offerte sturen",
        "telefoongesprek door Sanne Bakker",
    ] {
        assert!(dossier.contains(dutch), "{dutch:?} in the dossier: {dossier}");
    }
    for english in ["Handover", "Contacts", "Last contact", "never"] {
        assert!(
            !dossier.contains(english),
            "English {english:?} in the dossier: {dossier}"
        );
    }
    let ledger = nl(&["report", "year", "2026-2027"]);
    assert!(
        ledger.starts_with("# Samenwerking in schooljaar 2026-2027\n"),
        "{ledger}"
    );
    assert!(
        ledger.contains("| Bedrijf | Stages | Studenten | Gastlessen | Opdrachten | Coaching |"),
        "{ledger}"
    );
    assert!(ledger.contains("**Totaal**"), "{ledger}");

    let sheet = dir.path().join("lijst.csv");
    std::fs::write(
        &sheet,
        "Bedrijfsnaam;Plaats;E-mail\nBakkerij Test;Edam;\nDrukkerij Fout;Hoorn;geen-adres\n",
    )
    .unwrap();
    let refused = db
        .cmd()
        .args(["--lang", "nl", "import", "contacts", sheet.to_str().unwrap()])
        .output()
        .unwrap();
    let refused = String::from_utf8(refused.stderr).unwrap();
    assert!(
        refused.contains("1 van de 2 regels zijn ongeldig, dus er is niets geïmporteerd"),
        "{refused}"
    );
    assert!(
        refused.contains("\n  regel 3: ongeldig e-mailadres 'geen-adres'"),
        "{refused}"
    );
    let looked = nl(&[
        "import",
        "contacts",
        sheet.to_str().unwrap(),
        "--dry-run",
        "--skip-invalid",
    ]);
    assert!(
        looked.contains("regel 3: afgewezen: ongeldig e-mailadres 'geen-adres'"),
        "{looked}"
    );
    assert!(looked.contains("zou importeren: 1 regel ("), "{looked}");
    assert!(looked.contains("1 bedrijf gemaakt, 0 herkend"), "{looked}");

    assert_eq!(nl(&["search", "xyzzy"]), "niets gevonden\n");
    let moving = nl(&[
        "staff",
        "leave",
        "Joost Mulder",
        "--handover-to",
        "Sanne Bakker",
        "--dry-run",
    ]);
    assert!(
        moving.starts_with("zou 0 bedrijven en 0 open opvolgingen van Joost Mulder naar Sanne Bakker overdragen"),
        "{moving}"
    );
    let deleted = nl(&["followup", "delete", "1", "--yes"]);
    assert!(
        deleted.starts_with("opvolging #1 Offerte sturen (Machinefabriek De Zaan, uiterlijk 03-12-2026) verwijderd"),
        "{deleted}"
    );

    // Scripts: the same JSON keys and stored values in either language.
    let listed = |lang: &str| db.ok(&["--lang", lang, "company", "list", "--json"]);
    assert_eq!(listed("nl"), listed("en"), "the same keys and stored values");
    assert!(listed("nl").contains("\"status\":\"active\""), "{}", listed("nl"));
}

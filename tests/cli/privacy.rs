//! Privacy (GDPR/AVG): erase means gone — everywhere, in the file's bytes,
//! and only for this person — the access export holds everything, files
//! kring writes are private, and stored text cannot attack whoever reads it.

use super::{dump, file_bytes, Db};
use rusqlite::Connection;
use std::path::Path;

fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A call with Noëlle with a follow-up due `due`, and a circle with one meeting.
fn call_circle_and_meeting(db: &Db, due: &str) {
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--note",
        "x",
        "--follow-up",
        due,
        "--action",
        "Bellen",
    ]);
    db.ok(&["circle", "add", "Techniekkring"]);
    db.ok(&["meeting", "add", "Techniekkring", "--on", "2026-12-10"]);
}

/// Every text value of every table (FTS shadow tables included), lower-cased
/// with the accents that matter here taken off.
fn every_text(db: &Db) -> String {
    if db.url.is_some() {
        return db.dump().to_lowercase().replace('ë', "e");
    }
    let conn = Connection::open(&db.path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut all = String::new();
    for table in tables {
        let Ok(mut stmt) = conn.prepare(&format!("SELECT * FROM \"{table}\"")) else {
            continue;
        };
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => all.push_str(&String::from_utf8_lossy(t)),
                    rusqlite::types::ValueRef::Blob(b) => all.push_str(&String::from_utf8_lossy(b)),
                    _ => {}
                }
                all.push('\n');
            }
        }
    }
    all.to_lowercase().replace('ë', "e")
}

/// Noëlle de Vries (#1 at De Zaan) written about in every kind of free text.
fn noelle_everywhere(db: &Db) {
    // An import that matched her fills in her phone number and logs the row.
    let sheet = db.path.with_file_name("noelle-de-vries.csv");
    std::fs::write(&sheet, "Bedrijfsnaam;Plaats;Naam;E-mailadres;Telefoon\nMachinefabriek De Zaan;Zaandam;Noëlle de Vries;noelle@dezaan.nl;06-98765432\n").unwrap();
    db.ok(&["import", "contacts", sheet.to_str().unwrap()]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--note",
        "NOELLE DE VRIES belt terug, bel haar op +31 6 9876 5432 of mail NOELLE@DEZAAN.NL",
        "--follow-up",
        "+1w",
        "--action",
        "Mail noelle de vries het aanbod",
    ]);
    db.ok(&[
        "interaction",
        "edit",
        "1",
        "--note",
        "Noëlle de Vries belt terug (06 9876 5432)",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2026-2027",
        "--scope",
        "Twee stagiairs onder Noëlle de Vries",
        "--expectations",
        "Noëlle de Vries begeleidt",
        "--compensation",
        "Reiskosten via noelle@dezaan.nl",
    ]);
    db.ok(&[
        "company",
        "edit",
        "zaan",
        "--motivation",
        "Noëlle de Vries wil talent",
        "--agreements",
        "Afspraken met Noëlle de Vries",
        "--source",
        "Via Noëlle de Vries",
    ]);
    db.ok(&["company", "edit", "zaan", "--motivation", "Talent"]); // the old value lives on in history
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--trainer",
        "noelle",
    ]);
    db.ok(&["circle", "add", "Techniekkring"]);
    db.ok(&["circle", "join", "Techniekkring", "zaan"]);
    db.ok(&[
        "meeting",
        "add",
        "Techniekkring",
        "--on",
        "2026-11-20",
        "--at",
        "Kantoor Noëlle de Vries",
        "--agenda",
        "Voorstellen: Noëlle de Vries",
    ]);
    db.ok(&["meeting", "attend", "1", "noelle"]);
    let minutes = db.path.with_file_name("notulen.md");
    std::fs::write(&minutes, "Noëlle de Vries vertelde over de werkplaats.").unwrap();
    db.ok(&["meeting", "minutes", "1", "--file", minutes.to_str().unwrap()]);
}

#[test]
fn erase_leaves_no_trace_in_any_table_in_the_file_or_in_what_kring_shows() {
    let db = Db::new();
    db.seed();
    noelle_everywhere(&db);
    let before = every_text(&db);
    assert!(
        before.contains("noelle de vries") && before.contains("98765432"),
        "the checks can see her"
    );

    db.ok(&["person", "erase", "noelle", "--yes"]);
    let after = every_text(&db);
    for trace in ["noelle de vries", "noelle@dezaan.nl", "9876 5432", "98765432"] {
        assert!(!after.contains(trace), "{trace:?} is still in a table");
    }
    let bytes = db.stored_bytes();
    for trace in ["Noëlle", "noelle", "NOELLE", "Vries", "98765432", "9876 5432"] {
        assert!(!holds(&bytes, trace), "{trace:?} is still in the file's bytes");
    }
    for args in [
        &["history", "zaan"][..],
        &["search", "noelle"],
        &["search", "vries"],
        &["export", "all"],
    ] {
        let shown = db.ok(args).to_lowercase();
        assert!(
            !shown.contains("noelle") && !shown.contains("vries"),
            "`kring {}` shows her",
            args.join(" ")
        );
    }
    // What others wrote around her is still there.
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["timeline"][0]["summary"], "[removed] belt terug ([removed])");
    assert!(!db.path.with_file_name("noelle-de-vries.csv.rejected.csv").exists());
}

/// Titles and names people give things hold names too: a campaign, a team,
/// a capacity period, a circle, a colleague's job title. Erase covers them
/// (keeping a name unique where one already reads the same), and lists the
/// names it leaves — a company called after them keeps its name.
#[test]
fn erase_covers_titles_and_names_and_says_which_names_it_leaves() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "Wouter IJzerman",
        "--company",
        "zaan",
        "--email",
        "wouter@dezaan.nl",
    ]);
    db.ok(&[
        "person",
        "add",
        "Els Smit",
        "--company",
        "zaan",
        "--title",
        "Assistent van Wouter IJzerman",
    ]);
    db.ok(&["campaign", "add", "Lunch met Wouter IJzerman"]);
    db.ok(&["campaign", "add", "Lunch met [removed]"]);
    db.ok(&["team", "add", "Team Wouter IJzerman"]);
    db.ok(&[
        "team",
        "capacity",
        "Team Wouter IJzerman",
        "--period",
        "blok Wouter IJzerman",
        "--assignments",
        "2",
        "--students",
        "8",
    ]);
    db.ok(&["circle", "add", "Kring van Wouter IJzerman"]);
    db.ok(&["company", "add", "Wouter IJzerman Advies", "--city", "Hoorn"]);

    let plan = db.json(&["person", "erase", "wouter", "--dry-run"]);
    let places = plan["places"].as_array().unwrap();
    for (table, column, verdict) in [
        ("campaign", "name", "erase"),
        ("team", "name", "erase"),
        ("team_capacity", "period", "erase"),
        ("circle", "name", "erase"),
        ("employment", "title", "erase"),
        ("company", "name", "left"),
    ] {
        assert!(
            places
                .iter()
                .any(|p| p["table"] == table && p["column"] == column && p["verdict"] == verdict),
            "{table}.{column} {verdict}: {plan}"
        );
    }
    let said = db.ok(&["person", "erase", "wouter", "--dry-run"]);
    assert!(
        said.contains("leave  company") && said.contains("a company's name is the company's"),
        "{said}"
    );

    db.ok(&["person", "erase", "wouter", "--yes"]);
    let after = every_text(&db);
    assert_eq!(
        after.matches("wouter ijzerman").count(),
        after.matches("wouter ijzerman advies").count(),
        "only the company's name keeps it"
    );
    let campaigns = db.ok(&["campaign", "list"]);
    assert!(
        campaigns.contains("Lunch met [removed] (#1)") && campaigns.contains("Lunch met [removed]"),
        "two campaigns, still told apart: {campaigns}"
    );
    assert!(db.ok(&["team", "list"]).contains("Team [removed]"));
    assert!(db.ok(&["company", "list"]).contains("Wouter IJzerman Advies"));
}

#[test]
fn pages_freed_before_the_erase_are_wiped_too() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "Noëlle de Vries",
        "--company",
        "zaan",
        "--email",
        "n.devries.oud@dezaan.nl",
        "--yes",
    ]);
    db.ok(&["merge", "--people", "1", "2", "--yes"]);
    assert!(
        holds(&db.stored_bytes(), "n.devries.oud@dezaan.nl"),
        "the merged-away copy lingers in free space"
    );
    db.ok(&["person", "erase", "1", "--yes"]);
    let bytes = db.stored_bytes();
    assert!(!holds(&bytes, "n.devries.oud@dezaan.nl") && !holds(&bytes, "Noëlle"));
}

#[test]
fn a_namesake_at_another_company_keeps_what_is_theirs() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "Noëlle de Vries",
        "--company",
        "ruine",
        "--email",
        "noelle@ruine.nl",
    ]);
    db.ok(&["company", "add", "Advies & Zo", "--city", "Hoorn"]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "1",
        "--note",
        "Advies van Noëlle de Vries over Adres",
    ]);
    db.ok(&[
        "log",
        "ruine",
        "--kind",
        "visit",
        "--with",
        "2",
        "--note",
        "Noëlle de Vries toonde de keuken",
    ]);
    db.ok(&[
        "log",
        "ruine",
        "--kind",
        "email",
        "--note",
        "noelle de vries vraagt om een stagiair",
    ]);
    db.ok(&[
        "log",
        "advies",
        "--kind",
        "call",
        "--note",
        "Noëlle de Vries werd genoemd",
    ]);

    let before = dump(&db.path);
    let plan = db.json(&["person", "erase", "1", "--dry-run"]);
    assert_eq!(before, dump(&db.path), "a dry run changes nothing");
    let verdict = |row: i64| -> String {
        let places = plan["places"].as_array().unwrap();
        let place = places
            .iter()
            .find(|p| p["table"] == "interaction" && p["row"] == row)
            .unwrap();
        place["verdict"].as_str().unwrap().to_string()
    };
    assert_eq!(verdict(1), "erase", "{plan:#}");
    assert_eq!(verdict(2), "keep");
    assert_eq!(verdict(3), "keep", "at the namesake's company");
    assert_eq!(verdict(4), "review", "nobody's company: cannot tell");

    let out = db.ok(&["person", "erase", "1", "--yes"]);
    assert!(out.contains("left for review: interaction #4 summary"), "{out}");
    let notes: Vec<String> = db
        .json(&["search", "keuken"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(notes, ["Noëlle de Vries toonde de keuken"]);
    let zaan = db.json(&["company", "show", "zaan"]);
    assert_eq!(zaan["timeline"][0]["summary"], "Advies van [removed] over Adres");
    let ruine = db.json(&["company", "show", "ruine"]);
    let summaries: Vec<&str> = ruine["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["summary"].as_str().unwrap())
        .collect();
    assert!(
        summaries.contains(&"noelle de vries vraagt om een stagiair"),
        "{summaries:?}"
    );
    assert_eq!(
        db.json(&["person", "show", "2"])["person"]["email"],
        "noelle@ruine.nl",
        "the namesake is untouched"
    );
    let advies = db.json(&["company", "show", "advies"]);
    assert_eq!(
        advies["timeline"][0]["summary"], "Noëlle de Vries werd genoemd",
        "left for review, unchanged"
    );
}

#[test]
fn erase_waits_for_a_reader_then_fails_clearly_and_finish_completes_it() {
    let db = Db::new();
    db.seed();
    db.ok(&["person", "edit", "noelle", "--notes", "Houdt van klassieke muziek"]);
    // A reader in the middle of a transaction: another kring, a report, a
    // backup — it still sees her, so her old data cannot leave the disk yet.
    let reader = Reader::open(&db);

    let failed = db
        .cmd()
        .env("KRING_ERASE_WAIT_MS", "300")
        .args(["person", "erase", "noelle", "--yes"])
        .assert()
        .failure();
    let stderr = String::from_utf8(failed.get_output().stderr.clone()).unwrap();
    let why = if db.url.is_some() { "still see the data" } else { "-wal" };
    assert!(
        stderr.contains("kring person erase --finish") && stderr.contains(why),
        "{stderr}"
    );
    assert_eq!(db.count(&["person", "list"]), 0, "the erasure itself is committed");

    reader.close();
    db.ok(&["person", "erase", "--finish"]);
    let bytes = db.stored_bytes();
    assert!(!holds(&bytes, "klassieke muziek") && !holds(&bytes, "noelle@dezaan.nl"));
    assert_eq!(
        std::fs::metadata(format!("{}-wal", db.path.display())).map_or(0, |m| m.len()),
        0
    );
}

/// A session that has read the database inside a transaction it keeps open.
enum Reader {
    File(Connection),
    Server(std::process::Child),
}

impl Reader {
    fn open(db: &Db) -> Reader {
        match &db.url {
            None => {
                let reader = Connection::open(&db.path).unwrap();
                reader.execute_batch("BEGIN").unwrap();
                let _: i64 = reader
                    .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
                    .unwrap();
                Reader::File(reader)
            }
            Some(url) => {
                use std::io::Write;
                let mut psql = std::process::Command::new("psql")
                    .args([url.as_str(), "-X", "-q", "-At"])
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .unwrap();
                let stdin = psql.stdin.as_mut().unwrap();
                stdin
                    .write_all(b"BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM person;\n")
                    .unwrap();
                stdin.flush().unwrap();
                let mut line = String::new();
                std::io::BufRead::read_line(&mut std::io::BufReader::new(psql.stdout.as_mut().unwrap()), &mut line)
                    .unwrap();
                assert_eq!(line.trim(), "1", "the reader has read");
                Reader::Server(psql)
            }
        }
    }

    fn close(self) {
        match self {
            Reader::File(reader) => reader.execute_batch("COMMIT").unwrap(),
            Reader::Server(mut psql) => {
                use std::io::Write;
                psql.stdin.take().unwrap().write_all(b"COMMIT;\n").unwrap();
                psql.wait().unwrap();
            }
        }
    }
}

#[test]
fn kring_s_own_copies_are_named_and_purged_on_request() {
    let db = Db::new();
    if !db.on_a_file("kring's own copies of the file") {
        return;
    }
    db.seed();
    let elsewhere = tempfile::tempdir().unwrap();
    let chosen = elsewhere.path().join("kring-vrijdag.sqlite");
    db.ok(&["backup"]);
    db.ok(&["backup", chosen.to_str().unwrap()]);
    // A safety copy from before a migration, of an older schema version.
    let old = db.path.with_file_name("kring.before-v6-20260101-120000.sqlite");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kring-v5.sqlite"),
        &old,
    )
    .unwrap();

    let out = db.ok(&["person", "erase", "noelle", "--yes"]);
    assert!(out.contains("still held by kring's own copies"), "{out}");
    assert!(
        out.contains(chosen.to_str().unwrap()) && out.contains("kring.backup-"),
        "{out}"
    );
    assert!(out.contains(old.to_str().unwrap()), "{out}");

    let purged = db.ok(&["person", "erase", "Noëlle de Vries", "--purge-backups"]);
    assert!(
        purged.contains(&format!("erased from {}", chosen.display())),
        "{purged}"
    );
    assert!(purged.contains(&format!("removed {}", old.display())), "{purged}");
    assert!(
        !holds(&file_bytes(&chosen), "noelle@dezaan.nl"),
        "the chosen backup is rewritten"
    );
    assert!(!old.exists(), "the older-schema copy is removed");
    db.fails(
        &["person", "erase", "Noëlle de Vries", "--purge-backups"],
        "no person (in the database or kring's copies)",
    );
}

#[test]
fn the_access_export_holds_everything_about_them() {
    let db = Db::new();
    db.seed();
    noelle_everywhere(&db);
    let export = db.json(&["person", "export", "noelle"]);
    assert_eq!(export["person"]["phone"], "06-98765432");
    // The call, and the circle meeting she attended (attendance counts as contact).
    assert_eq!(export["interactions"].as_array().unwrap().len(), 2);
    assert_eq!(export["meetings"][0]["status"], "attended");
    assert_eq!(export["recognitions"][0]["crebo"], "25180");
    assert!(
        !export["history"].as_array().unwrap().is_empty(),
        "their own history entries"
    );
    assert!(
        !export["imports"].as_array().unwrap().is_empty(),
        "what an import filled in for them"
    );
    let mentioned: Vec<String> = export["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{}.{}", m["table"].as_str().unwrap(), m["column"].as_str().unwrap()))
        .collect();
    for place in [
        "engagement.scope",
        "engagement.compensation",
        "meeting.minutes",
        "meeting.place",
        "company.agreements",
        "audit_log.detail",
    ] {
        assert!(
            mentioned.iter().any(|m| m == place),
            "{place} missing from {mentioned:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn every_file_kring_writes_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let db = Db::new();
    db.seed();
    call_circle_and_meeting(&db, "+1w");
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let bad = dir.path().join("half-bad.csv");
    std::fs::write(
        &bad,
        "Bedrijfsnaam;Naam;E-mailadres\nBakker BV;Piet;piet@bakker.nl\nSmit BV;Jan;geen-adres\n",
    )
    .unwrap();
    let kring = assert_cmd::cargo::cargo_bin("kring");
    let run = |args: &[String]| {
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg("umask 022; exec \"$0\" \"$@\"")
            .arg(&kring)
            .args(args)
            .env("KRING_DB", db.target())
            .env("KRING_TODAY", "2026-11-26")
            .current_dir(dir.path())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    run(&s(&["backup", &at("backup.sqlite")]));
    run(&s(&["backup"]));
    run(&s(&["export", "all", "-o", &at("all.json")]));
    run(&s(&["export", "contacts", "-o", &at("contacts.csv")]));
    run(&s(&["export", "contacts", "--excel", "-o", &at("contacts-excel.csv")]));
    run(&s(&[
        "export",
        "contacts",
        "--format",
        "vcard",
        "-o",
        &at("contacts.vcf"),
    ]));
    run(&s(&["export", "meetings", "-o", &at("meetings.ics")]));
    run(&s(&["export", "followups", "-o", &at("followups.ics")]));
    run(&s(&["import", "contacts", bad.to_str().unwrap(), "--skip-invalid"]));
    if db.url.is_none() {
        run(&s(&["restore", &at("backup.sqlite"), "--yes"])); // (a server is restored by IT)
    }
    run(&s(&[
        "staff",
        "leave",
        "joost",
        "--handover-to",
        "sanne",
        "--dossier",
        &at("dossier.md"),
    ]));
    let old = dir.path().join("oud.sqlite");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kring-v5.sqlite"),
        &old,
    )
    .unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o600)).unwrap();
    let migrated = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 022; exec \"$0\" --db \"$1\" company list")
        .arg(&kring)
        .arg(&old)
        .env("KRING_TODAY", "2026-11-26")
        .output()
        .unwrap();
    assert!(
        migrated.status.success(),
        "{}",
        String::from_utf8_lossy(&migrated.stderr)
    );

    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .chain(std::fs::read_dir(db.path.parent().unwrap()).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p != &bad && !p.to_string_lossy().ends_with("oud.sqlite"))
        .collect();
    files.sort();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for expected in [
        "half-bad.csv.rejected.csv",
        "dossier.md",
        "all.json",
        "contacts.vcf",
        "meetings.ics",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} not written: {names:?}");
    }
    for prefix in ["kring.backup-", "kring.before-restore-", "oud.before-v"] {
        if prefix == "kring.before-restore-" && db.url.is_some() {
            continue; // a server is restored by IT
        }
        assert!(
            names.iter().any(|n| n.starts_with(prefix)),
            "no {prefix}… copy: {names:?}"
        );
    }
    for file in files {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", file.display());
    }
}

/// Text a colleague, an old file or an import could have stored: escape
/// sequences (clear screen, window title, clipboard), a lone CR, a C1 CSI,
/// a bidirectional override.
const HOSTILE: &str = "Zaandam\u{1b}]52;c;ZWNobyBoaQ==\u{7}\u{1b}[2J\u{1b}]0;pwned\u{7}\rEvil\u{9b}31m\u{202e}x";

/// Store hostile text behind kring's back, as only another program could.
fn plant(db: &Db, sql: &str) {
    db.execute(sql, &[HOSTILE]);
}

fn terminal_safe(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || ('\u{202a}'..='\u{202e}').contains(c))
        .collect();
    assert!(bad.is_empty(), "`{what}` printed {bad:?}: {text:?}");
}

#[test]
fn stored_text_cannot_drive_the_terminal_of_whoever_reads_it() {
    let db = Db::new();
    db.seed();
    call_circle_and_meeting(&db, "-1d");
    plant(&db, "UPDATE company SET city = ?1, motivation = ?1 WHERE id = 1");
    plant(&db, "UPDATE interaction SET summary = ?1");
    plant(&db, "UPDATE followup SET action = ?1");
    plant(&db, "UPDATE person SET notes = ?1, phone = ?1");
    plant(&db, "UPDATE meeting SET place = ?1, agenda = ?1");
    for args in [
        &["company", "list"][..],
        &["company", "show", "zaan"],
        &["company", "show", "zaan", "--json"],
        &["person", "list"],
        &["person", "show", "noelle"],
        &["person", "export", "noelle"],
        &["search", "zaandam"],
        &["today"],
        &["today", "--json"],
        &["followup", "list"],
        &["history", "zaan"],
        &["meeting", "list"],
        &["meeting", "show", "1"],
        &["health"],
        &["company", "show", HOSTILE],
        &["log", HOSTILE, "--kind", "call"],
        &["company", "add", "X", "--kvk", HOSTILE],
    ] {
        let output = db.cmd().args(args).output().unwrap();
        terminal_safe(&output.stdout, &args.join(" "));
        terminal_safe(&output.stderr, &args.join(" "));
    }
    // Shown, not dropped: the reader can see that something odd is stored.
    let shown = db.ok(&["company", "show", "zaan"]);
    assert!(shown.contains("Zaandam␛]52;c;"), "{shown}");
    let json = db.ok(&["company", "show", "zaan", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["company"]["city"], HOSTILE,
        "JSON escapes it and keeps the data exact"
    );
}

/// Every control character, and a payload that forges properties when a
/// lone CR ends a line early.
fn forged(field: &str) -> String {
    let controls: String = (0u8..0x20).chain([0x7f]).map(char::from).collect();
    format!("{field}\rATTENDEE:mailto:evil@example.com\r\nEND:VEVENT\r\nBEGIN:VEVENT\rSUMMARY:forged\nEMAIL:evil@example.com{controls}\u{85}")
}

/// Each physical line is a continuation or a property of its own, and no
/// control character but tab is left inside a line.
fn content_lines_are_sound(text: &str, properties: &[&str]) {
    assert!(text.ends_with("\r\n"));
    for line in text.trim_end_matches("\r\n").split("\r\n") {
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "a control character in {line:?}"
        );
        if line.starts_with(' ') {
            continue;
        }
        let name = line.split([':', ';']).next().unwrap();
        assert!(
            properties.contains(&name) || name == "BEGIN" || name == "END",
            "unexpected property {name:?} in {line:?}"
        );
    }
}

#[test]
fn an_export_printed_on_a_terminal_is_shown_not_obeyed() {
    let db = Db::new();
    db.seed();
    plant(&db, "UPDATE company SET city = ?1 WHERE id = 1");
    // `script` gives kring a real terminal as its standard output.
    let kring = assert_cmd::cargo::cargo_bin("kring");
    let shown = std::process::Command::new("script")
        .args(["-qec", &format!("{} export contacts", kring.display()), "/dev/null"])
        .env("KRING_DB", db.target())
        .env("KRING_TODAY", "2026-11-26")
        .env("KRING_NO_PROGRESS", "1") // the pty is stderr too; its progress line is kring's own
        .output()
        .unwrap();
    assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
    // The terminal itself turns every \n into \r\n; kring sends no CR of its own.
    let text = String::from_utf8_lossy(&shown.stdout).replace("\r\n", "\n");
    assert!(text.contains("Zaandam␛]52;c;"), "{text:?}");
    terminal_safe(text.as_bytes(), "export contacts (on a terminal)");
    // Into a pipe it stays the data, byte for byte.
    let piped = db.ok(&["export", "contacts"]);
    assert!(piped.contains(HOSTILE), "{piped:?}");
}

#[test]
fn calendars_and_address_cards_cannot_be_forged_by_stored_text() {
    use icalendar::{CalendarComponent, Component, EventLike};
    let db = Db::new();
    db.seed();
    call_circle_and_meeting(&db, "+1w");
    db.ok(&["circle", "join", "Techniekkring", "zaan"]);
    for (sql, field) in [
        ("UPDATE meeting SET place = ?1", "Noord"),
        ("UPDATE meeting SET agenda = ?1", "Agenda"),
        ("UPDATE circle SET name = ?1", "Kring"),
        ("UPDATE followup SET action = ?1", "Bellen"),
        ("UPDATE company SET name = ?1 WHERE id = 1", "De Zaan"),
        ("UPDATE person SET name = ?1, notes = ?1, phone = ?1", "Noëlle"),
        ("UPDATE employment SET title = ?1", "Opleider"),
    ] {
        db.execute(sql, &[&forged(field)]);
    }
    let meetings = db.ok(&["export", "meetings"]);
    let followups = db.ok(&["export", "followups"]);
    let todos = db.ok(&["export", "followups", "--todo"]);
    let invitation = db.ok(&["export", "meetings", "--with-attendees"]);
    let ics = [
        "BEGIN",
        "VERSION",
        "PRODID",
        "CALSCALE",
        "METHOD",
        "SEQUENCE",
        "TZID",
        "TZOFFSETFROM",
        "TZOFFSETTO",
        "TZNAME",
        "DTSTART",
        "RRULE",
        "UID",
        "DTSTAMP",
        "DTEND",
        "SUMMARY",
        "LOCATION",
        "DESCRIPTION",
        "DUE",
        "STATUS",
        "TRANSP",
    ];
    for (text, of_meetings) in [(&meetings, true), (&followups, false), (&todos, false)] {
        content_lines_are_sound(text, &ics);
        let calendar: icalendar::Calendar = text.parse().expect("an independent parser reads it");
        let components = calendar
            .components
            .iter()
            .filter(|c| matches!(c, CalendarComponent::Event(_) | CalendarComponent::Todo(_)))
            .count();
        assert_eq!(components, 1, "one meeting, one follow-up: nothing forged");
        for component in &calendar.components {
            if let CalendarComponent::Event(e) = component {
                assert!(
                    e.properties().keys().all(|k| k != "ATTENDEE" && k != "EMAIL"),
                    "{:?}",
                    e.properties().keys()
                );
                if of_meetings {
                    assert!(
                        e.get_location().unwrap().starts_with("Noord\nATTENDEE:mailto"),
                        "the text itself is kept, as text"
                    );
                } else {
                    assert!(e.get_summary().unwrap().contains("Bellen\nATTENDEE:mailto"));
                }
            }
        }
    }
    // Invitees' names become a parameter: stored text cannot end it early.
    let ics_with_attendees = [&ics[..], &["ATTENDEE", "ORGANIZER"]].concat();
    content_lines_are_sound(&invitation, &ics_with_attendees);
    // An invitation (RFC 5546) names who sends it; a calendar to import is published.
    assert!(invitation.contains("METHOD:REQUEST\r\n"), "{invitation}");
    assert!(
        invitation.contains("ORGANIZER;CN=\"Sanne Bakker\":mailto:s.bakker@school.nl\r\n"),
        "{invitation}"
    );
    assert!(meetings.contains("METHOD:PUBLISH\r\n") && !meetings.contains("ORGANIZER"));
    let calendar: icalendar::Calendar = invitation.parse().expect("an independent parser reads it");
    let event = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .unwrap();
    let attendees = event.multi_properties().get("ATTENDEE").cloned().unwrap_or_default();
    assert_eq!(attendees.len(), 1, "only Noëlle is invited: {attendees:?}");
    assert_eq!(attendees[0].value(), "mailto:noelle@dezaan.nl");
    let rsvp = attendees[0].params().get("RSVP").map(|p| p.value().to_string());
    assert_eq!(rsvp.as_deref(), Some("TRUE"), "asked to reply: an invitation");
    assert!(event.properties().keys().all(|k| k != "EMAIL"));
    let cards_text = db.ok(&["export", "contacts", "--format", "vcard", "--with-notes"]);
    content_lines_are_sound(
        &cards_text,
        &[
            "VERSION", "FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "NOTE", "ADR", "URL", "KIND", "UID", "REV",
        ],
    );
    let cards: Vec<_> = ical::VcardParser::new(std::io::BufReader::new(cards_text.as_bytes()))
        .map(|card| card.expect("an independent parser reads every card"))
        .collect();
    assert_eq!(cards.len(), 1);
    let emails: Vec<_> = cards[0].properties.iter().filter(|p| p.name == "EMAIL").collect();
    assert_eq!(emails.len(), 1, "only her own address: {emails:?}");
}

#[test]
fn a_csv_cell_cannot_become_a_formula_in_a_dutch_excel() {
    let db = Db::new();
    db.seed();
    db.ok(&["person", "edit", "noelle", "--phone", "+31 6 1234 5678"]);
    db.execute(
        "UPDATE company SET name = 'Joost;=cmd|'' /C calc''!A0' WHERE id = 1",
        &[],
    );
    // The owner's name holds formulas behind both separators.
    db.execute(
        "UPDATE staff SET name = 'Sanne,=HYPERLINK(\"http://x\");@SUM(1);x' WHERE id = 1",
        &[],
    );
    db.execute("UPDATE company SET owner_id = 1", &[]);
    let plain = db.ok(&["export", "contacts"]);
    assert!(
        plain.contains("\"Joost;'=cmd|' /C calc'!A0\""),
        "quoted although the file splits on ',', and its piece after ';' defused: {plain}"
    );
    let excel = db.ok(&["export", "contacts", "--excel"]);
    assert!(
        excel.contains("\"=\"\"+31 6 1234 5678\"\"\""),
        "a phone number stays one in Excel: {excel}"
    );
    // A reader that splits on either separator and honours a quote only at
    // the start of a piece (a Dutch Excel opening a ',' file) sees no piece
    // that starts a formula.
    for file in [&plain, &excel] {
        for line in file.trim_start_matches('\u{feff}').lines() {
            for piece in line.split([',', ';']) {
                let seen = piece.trim_start_matches('"').trim_start();
                // (A phone number for Excel is the text formula ="…" on purpose.)
                let text_formula = seen.starts_with("=\"\"")
                    && seen
                        .trim_end_matches('"')
                        .chars()
                        .skip(3)
                        .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
                assert!(
                    text_formula || !seen.starts_with(['=', '+', '-', '@']),
                    "{piece:?} in {line:?}"
                );
            }
        }
    }
}

#[test]
fn an_export_never_overwrites_the_database_its_wal_or_a_backup() {
    let db = Db::new();
    if !db.on_a_file("the database file and its copies") {
        return;
    }
    db.seed();
    let dir = db.path.parent().unwrap();
    db.ok(&["backup", dir.join("copy.sqlite").to_str().unwrap()]);
    let link = dir.join("another-name.sqlite");
    std::fs::hard_link(&db.path, &link).unwrap();
    let wal = format!("{}-wal", db.path.display());
    let dotted = format!("{}/./kring.sqlite", dir.display());
    for target in [db.path.to_str().unwrap(), link.to_str().unwrap(), &dotted] {
        db.fails(&["export", "contacts", "-o", target], "is the kring database itself");
        db.fails(&["export", "all", "-o", target], "is the kring database itself");
    }
    if Path::new(&wal).exists() {
        db.fails(&["export", "meetings", "-o", &wal], "kring's own");
    }
    db.fails(
        &["export", "contacts", "-o", dir.join("copy.sqlite").to_str().unwrap()],
        "kring's own",
    );
    db.fails(
        &[
            "staff",
            "leave",
            "joost",
            "--handover-to",
            "sanne",
            "--dossier",
            db.path.to_str().unwrap(),
        ],
        "is the kring database itself",
    );
    assert_eq!(
        db.count(&["company", "list"]),
        2,
        "the database still opens and holds its data"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let db = Db::new();
    let kring = assert_cmd::cargo::cargo_bin("kring");
    for command in ["completions bash", "man"] {
        let output = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" {command} | head -c 1 >/dev/null"))
            .arg(&kring)
            .env("KRING_DB", db.target())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains("crashed") && !stderr.contains("Broken pipe"),
            "`kring {command} | head`: {stderr}"
        );
    }
}

/// The data folder kring makes, and each folder it makes on the way there,
/// is its user's alone (0700) — under umask 000 too.
#[test]
fn the_folders_kring_makes_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("nieuw").join("data");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(assert_cmd::cargo::cargo_bin("kring"))
        .args(["init", "--me", "Sanne Bakker"])
        .env_remove("KRING_DB")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", &data)
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut dir = data.join("kring");
    assert!(
        dir.join("kring.sqlite").exists(),
        "the database is in {}",
        dir.display()
    );
    while dir != home.path() {
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{} is {mode:o}", dir.display());
        dir = dir.parent().unwrap().to_path_buf();
    }
}

/// The retention review lists who kring holds without a reason left: never
/// someone named in a recent contact, working where there was one, at a
/// company with a collaboration in the period, nor someone just added; with
/// `--erase` it erases the people and archives the prospects, after asking.
#[test]
fn the_retention_review_lists_only_who_kring_has_no_reason_to_hold() {
    let db = Db::new();
    let on = |day: &str, args: &[&str]| {
        let out = db.cmd().env("KRING_TODAY", day).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let long_ago = "2023-01-10";
    on(
        long_ago,
        &["company", "add", "Machinefabriek De Zaan", "--status", "active"],
    );
    on(long_ago, &["company", "add", "Oud Prospect BV", "--status", "prospect"]);
    on(
        long_ago,
        &["company", "add", "Stagebedrijf Noord", "--status", "active"],
    );
    on(long_ago, &["company", "add", "Vorig Jaar BV", "--status", "active"]);
    on(
        long_ago,
        &["company", "add", "Verse Prospect BV", "--status", "prospect"],
    );
    for (name, company) in [
        ("Noëlle de Vries", "zaan"),
        ("Lies Vroeger", "zaan"),
        ("Karel Oud", "oud prospect"),
        ("Piet Stage", "stagebedrijf"),
        ("Anna Afgerond", "vorig jaar"),
    ] {
        on(
            long_ago,
            &[
                "person",
                "add",
                name,
                "--company",
                company,
                "--email",
                &format!("{}@x.nl", name.split(' ').next().unwrap().to_lowercase()),
            ],
        );
    }
    on("2023-03-05", &["person", "left", "Lies Vroeger", "--on", "2023-03-01"]);
    on(
        long_ago,
        &[
            "engagement",
            "add",
            "stagebedrijf",
            "--form",
            "internship",
            "--status",
            "running",
        ],
    );
    on(
        long_ago,
        &[
            "engagement",
            "add",
            "vorig jaar",
            "--form",
            "coaching",
            "--from",
            "2025-01-06",
            "--to",
            "2025-06-30",
            "--status",
            "done",
        ],
    );
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "visit",
        "--on",
        "2026-10-01",
        "--note",
        "Bezoek",
    ]);
    // Someone just added at an old prospect: it is being worked on.
    db.ok(&["person", "add", "Nieuw Iemand", "--company", "verse prospect"]);
    let review = db.json(&["privacy", "review"]);
    assert_eq!(review["since"], "2024-11-26");
    let names: Vec<&str> = review["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Karel Oud", "Lies Vroeger"], "{review}");
    assert_eq!(review["people"][0]["email"], true);
    assert_eq!(review["prospects"][0]["name"], "Oud Prospect BV");
    assert_eq!(review["prospects"].as_array().unwrap().len(), 1);
    let five = db.json(&["privacy", "review", "--years", "5"]);
    assert!(
        five["people"].as_array().unwrap().is_empty(),
        "nobody is five years old here: {five}"
    );
    let shown = db.ok(&["privacy", "review"]);
    assert!(
        shown.contains("2 contact persons without contact or collaboration for 2 years"),
        "{shown}"
    );
    let nl = db.ok(&["--lang", "nl", "privacy", "review"]);
    assert!(
        nl.contains("2 contactpersonen zonder contact of samenwerking in 2 jaar"),
        "{nl}"
    );
    // Without a terminal to ask in and without --yes: nothing happens.
    let before = db.dump();
    db.fails(&["privacy", "review", "--erase"], "nothing erased");
    assert_eq!(before, db.dump(), "the database is as it was");
    let done = db.ok(&["privacy", "review", "--erase", "--yes"]);
    assert!(done.contains("erased 2 people; archived 1 prospect"), "{done}");
    let people = db.ok(&["person", "list"]);
    assert!(
        !people.contains("Karel Oud") && !people.contains("Lies Vroeger"),
        "{people}"
    );
    assert!(people.contains("Noëlle de Vries") && people.contains("Piet Stage") && people.contains("Anna Afgerond"));
    assert!(!db.ok(&["company", "list"]).contains("Oud Prospect BV"), "archived");
    let again = db.json(&["privacy", "review"]);
    assert!(again["people"].as_array().unwrap().is_empty(), "{again}");
}

/// The AVG's basis for mailing someone: recorded with a day, shown, cleared,
/// and respected by exports and a campaign's mail merge when asked.
#[test]
fn a_basis_for_mailing_is_recorded_shown_and_respected() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "Hotel Vos",
        "--city",
        "Edam",
        "--email",
        "info@hotelvos.nl",
    ]);
    db.ok(&[
        "person",
        "add",
        "Eva Vos",
        "--company",
        "Hotel Vos",
        "--email",
        "eva@hotelvos.nl",
        "--mailing-basis",
        "consent",
        "--consent-on",
        "2026-03-01",
    ]);
    let shown = db.ok(&["person", "show", "eva"]);
    assert!(shown.contains("Mailing:  consent, given 2026-03-01"), "{shown}");
    let eva = db.json(&["person", "show", "eva"]);
    assert_eq!(eva["person"]["mailing_basis"], "consent");
    assert_eq!(eva["person"]["mailing_basis_on"], "2026-03-01");
    // The access export (AVG) says it too.
    assert!(db
        .ok(&["person", "export", "eva"])
        .contains("\"mailing_basis\": \"consent\""));

    let before = db.dump();
    db.fails(
        &["person", "edit", "eva", "--mailing-basis", "misschien"],
        "unknown mailing basis 'misschien'",
    );
    db.fails(
        &[
            "person",
            "edit",
            "eva",
            "--mailing-basis",
            "consent",
            "--consent-on",
            "2026-12-25",
        ],
        "in the future",
    );
    db.fails(
        &[
            "person",
            "add",
            "Piet Vos",
            "--company",
            "Hotel Vos",
            "--mailing-basis",
            "ja",
            "--yes",
        ],
        "ja",
    );
    assert_eq!(db.dump(), before, "a wrong basis changes nothing and adds nobody");

    // Noëlle (the seed's) has none: she is whom to ask.
    let ask: Vec<String> = db
        .json(&["person", "list", "--without-basis"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ask, ["Noëlle de Vries"]);
    let all = db.ok(&["export", "contacts"]);
    assert!(
        all.contains("noelle@dezaan.nl") && all.contains("eva@hotelvos.nl"),
        "{all}"
    );
    let with_basis = db.ok(&["export", "contacts", "--basis-only"]);
    assert!(
        !with_basis.contains("noelle@dezaan.nl") && with_basis.contains("eva@hotelvos.nl"),
        "{with_basis}"
    );

    db.ok(&["campaign", "add", "Stagefestival 2027", "--on", "2027-03-12"]);
    db.ok(&["campaign", "invite", "stagefestival", "--city", "Edam"]);
    db.ok(&["campaign", "invite", "stagefestival", "--city", "Zaandam"]);
    let merge = db.ok(&["campaign", "export", "stagefestival"]);
    assert!(merge.lines().next().unwrap().ends_with(",Mailing basis"), "{merge}");
    assert!(merge.contains("Eva Vos") && merge.contains("consent"), "{merge}");
    assert!(merge.contains("noelle@dezaan.nl"), "{merge}");
    let out = db
        .cmd()
        .args(["campaign", "export", "stagefestival", "--basis-only"])
        .output()
        .unwrap();
    let (merge, said) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        !merge.contains("Noëlle") && !merge.contains("noelle@dezaan.nl"),
        "{merge}"
    );
    assert!(
        said.contains("1 person without a recorded basis for mailing left out"),
        "{said}"
    );

    db.ok(&["person", "edit", "eva", "--mailing-basis", "legitimate-interest"]);
    assert!(db
        .ok(&["person", "show", "eva"])
        .contains("legitimate interest (recorded 2026-11-26)"));
    db.ok(&["person", "edit", "eva", "--mailing-basis", "none"]);
    assert!(db.ok(&["person", "show", "eva"]).contains("no basis recorded"));
    assert!(db
        .ok(&["--lang", "nl", "person", "show", "eva"])
        .contains("geen grondslag vastgelegd"));
}

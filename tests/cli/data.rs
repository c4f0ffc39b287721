//! Getting data in and out: import, export, backup, privacy.

use super::{dump, Db};
use predicates::prelude::*;
use serde_json::Value;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/stagebedrijven-excel-nl.csv"
);

#[test]
fn importing_the_excel_sample_all_or_nothing() {
    let db = Db::new();
    let before = dump(&db.path);
    let dry = db.json(&["import", "contacts", SAMPLE, "--dry-run"]);
    assert_eq!(
        dry["report"]["companies_created"], 40,
        "same KvK on several rows is one company"
    );
    assert_eq!(dry["report"]["people_created"], 58);
    assert_eq!(dry["encoding"], "windows-1252");
    assert_eq!(before, dump(&db.path), "--dry-run writes nothing");

    let done = db.json(&["import", "contacts", SAMPLE]);
    assert_eq!(done["report"]["companies_created"], 40);
    assert_eq!(db.count(&["company", "list"]), 40);
    assert_eq!(db.count(&["person", "list"]), 58);
    let dachgelt = db.json(&["company", "show", "Dachgelt"]);
    assert_eq!(dachgelt["company"]["kvk"], "10000703", "KvK typed with a space");
    assert_eq!(dachgelt["company"]["city"], "Assen");
    let willem = db.json(&["person", "show", "Willem van Luinenburg"]);
    assert_eq!(
        willem["person"]["notes"], "Gastles gegeven in \"week 12\"",
        "quotes in notes survive"
    );
    assert_eq!(willem["person"]["employments"][0]["title"], "HR-adviseur");
    assert_eq!(willem["person"]["employments"][0]["role"], "hr");

    let again = db.json(&["import", "contacts", SAMPLE]);
    assert_eq!(
        again["report"]["companies_created"], 0,
        "a second import matches everything"
    );
    assert_eq!(again["report"]["people_created"], 0);
}

#[test]
fn a_bad_row_aborts_the_import_with_its_line_number() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "Company,KvK,City,Name,Email\r\nSmit BV,12345678,Hoorn,An Smit,an@smit.nl\r\n\r\nVos BV,123,Edam,Bo Vos,bo@vos.nl\r\n",
    )
    .unwrap();
    db.fails(
        &["import", "contacts", file.to_str().unwrap()],
        "line 4: invalid KvK number '123'",
    );
    let file2 = dir.path().join("bad2.csv");
    std::fs::write(&file2, "Company;Email;Naam\nSmit BV;niet-een-adres;An\n").unwrap();
    db.fails(
        &["import", "contacts", file2.to_str().unwrap()],
        "line 2: invalid e-mail address 'niet-een-adres'",
    );
    db.fails(
        &["import", "companies", "/nonexistent/file.csv"],
        "cannot read /nonexistent/file.csv",
    );
    assert_eq!(db.count(&["company", "list"]), 0);
}

#[test]
fn contacts_export_to_csv_for_excel() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "@Home Zorg", "--city", "Purmerend", "--tag", "zorg"]);
    db.ok(&[
        "person",
        "add",
        "Zoë Çelik",
        "--company",
        "@Home",
        "--email",
        "zoe@home.nl",
        "--notes",
        "x",
    ]);
    db.ok(&[
        "person",
        "add",
        "Geheim Persoon",
        "--company",
        "zaan",
        "--do-not-contact",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contacten.csv");
    db.ok(&["export", "contacts", "--excel", "-o", file.to_str().unwrap()]);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM so Excel reads UTF-8");
    // The format the TUI's form offers first has its name on the command line too.
    let named = dir.path().join("named.csv");
    db.ok(&["export", "contacts", "--format", "excel", "-o", named.to_str().unwrap()]);
    assert_eq!(std::fs::read(&named).unwrap(), bytes, "--format excel is csv --excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"), "CRLF");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Name", "English headers in the English UI");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let names: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(
        names,
        vec!["Zoë Çelik", "Noëlle de Vries"],
        "do-not-contact left out; accents intact"
    );
    assert_eq!(
        &rows[0][5], "'@Home Zorg",
        "a name that looks like a formula is neutralised"
    );

    let all = db.ok(&["export", "contacts", "--include-do-not-contact"]);
    let mut reader = csv::ReaderBuilder::new().from_reader(all.as_bytes());
    assert_eq!(reader.records().count(), 3);
    let zorg = db.ok(&["export", "contacts", "--tag", "zorg"]);
    assert_eq!(zorg.lines().count(), 2, "header and one contact: {zorg}");
}

#[test]
fn a_person_can_see_their_data_and_be_erased_without_a_trace() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--note",
        "Noëlle de Vries belt terug over de stage",
        "--follow-up",
        "+1w",
        "--action",
        "Mail noelle@dezaan.nl",
    ]);
    let export = db.json(&["person", "export", "noelle"]);
    assert_eq!(export["person"]["email"], "noelle@dezaan.nl");
    assert_eq!(export["interactions"].as_array().unwrap().len(), 1);

    let before = db.stored_bytes();
    assert!(
        before.windows(16).any(|w| w == b"noelle@dezaan.nl"),
        "the check below can see the address"
    );

    db.fails(&["person", "erase", "noelle"], "not erased");
    db.ok(&["person", "erase", "noelle", "--yes"]);
    let bytes = db.stored_bytes();
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !contains("noelle@dezaan.nl"),
        "the e-mail address is gone from the file"
    );
    assert!(!contains("Noëlle de Vries"), "the name is gone from the file");
    assert!(!contains("noelle"), "no token of the name is left in the search index");

    let shown = db.json(&["company", "show", "zaan"]);
    assert_eq!(shown["timeline"][0]["summary"], "[removed] belt terug over de stage");
    assert_eq!(shown["timeline"][0]["persons"], serde_json::json!([]));
    assert_eq!(shown["followups"][0]["action"], "Mail [removed]");
    db.fails(&["person", "show", "noelle"], "no person matches 'noelle'");
}

#[test]
fn backup_and_restore() {
    let db = Db::new();
    if !db.on_a_file("a backup file made with SQLite's backup API") {
        return;
    }
    db.seed();
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("kring-backup.sqlite");
    db.ok(&["backup", backup.to_str().unwrap()]);
    db.fails(&["backup", backup.to_str().unwrap()], "already exists");
    db.ok(&["company", "add", "Na de backup BV"]);
    assert_eq!(db.count(&["company", "list"]), 3);

    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"not a database at all, just some text that is long enough").unwrap();
    db.fails(&["restore", junk.to_str().unwrap(), "--yes"], "is not a kring backup");
    db.fails(&["restore", backup.to_str().unwrap()], "not restored");
    let out = db.ok(&["restore", backup.to_str().unwrap(), "--yes"]);
    assert!(out.contains("the database as it was is kept in"), "{out}");
    let names: Vec<String> = db
        .json(&["company", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["Café De Ruïne", "Machinefabriek De Zaan"],
        "back to the backup"
    );
}

#[test]
fn followups_export_as_all_day_events_outlook_shows_or_as_todos() {
    use icalendar::{CalendarComponent, Component, DatePerhapsTime};
    let db = Db::new();
    db.seed();
    db.ok(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2026-12-01",
        "--action",
        "Stageaanbod sturen",
        "--person",
        "noelle",
    ]);
    db.ok(&[
        "log",
        "ruine",
        "--kind",
        "call",
        "--note",
        "Wil een gastles over hygiëne; in maart",
        "--follow-up",
        "+1w",
        "--action",
        "Bellen, over de gastles; snel",
    ]);
    let all = db.ok(&["export", "followups", "--format", "ics"]);
    let calendar: icalendar::Calendar = all.parse().expect("an independent parser reads it");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 2, "events, not to-dos (Outlook ignores those)");
    assert!(!all.contains("VTODO"));
    assert_eq!(
        events[0].get_summary(),
        Some("Machinefabriek De Zaan — Stageaanbod sturen"),
        "the company first, as a calendar's day view shows it"
    );
    match (events[0].get_start(), events[0].get_end()) {
        (Some(DatePerhapsTime::Date(start)), Some(DatePerhapsTime::Date(end))) => {
            assert_eq!(start.to_string(), "2026-12-01");
            assert_eq!(end.to_string(), "2026-12-02", "all day: the end is the next day");
        }
        other => panic!("an all-day event, got {other:?}"),
    }
    assert!(events[0]
        .get_description()
        .unwrap()
        .contains("contact: Noëlle de Vries"));
    assert_eq!(
        events[1].get_summary(),
        Some("Café De Ruïne — Bellen, over de gastles; snel"),
        "escaping round-trips"
    );
    assert!(
        events[1]
            .get_description()
            .unwrap()
            .starts_with("Wil een gastles over hygiëne; in maart"),
        "the note of the call is the description: {:?}",
        events[1].get_description()
    );
    let uids: Vec<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    assert_ne!(uids[0], uids[1]);
    let again = db.ok(&["export", "followups"]);
    for uid in &uids {
        assert!(again.contains(&format!("UID:{uid}\r\n")), "the same UID next time");
    }

    let todo = db.ok(&["export", "followups", "--todo"]);
    let calendar: icalendar::Calendar = todo.parse().expect("an independent parser reads it");
    let todos: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Todo(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(todos.len(), 2);
    match todos[0].get_due() {
        Some(DatePerhapsTime::Date(date)) => assert_eq!(date.to_string(), "2026-12-01"),
        other => panic!("a due date, got {other:?}"),
    }
    // The same follow-up, another component: never the event's UID (a
    // calendar holding both must not take one for the other).
    assert_ne!(todos[0].get_uid(), Some(uids[0]), "a to-do has a UID of its own");
    assert_eq!(
        todos[0].get_uid().map(|u| &u[..20]),
        Some(&uids[0][..20]),
        "from the same database"
    );
    let mine = db.ok(&["export", "followups", "--mine"]);
    assert_eq!(mine.matches("BEGIN:VEVENT").count(), 2, "the tester's own");
    let others = db.ok(&["export", "followups", "--for", "joost"]);
    assert_eq!(others.matches("BEGIN:VEVENT").count(), 0);
}

#[test]
fn contacts_export_as_vcard_4_and_3_with_uids_address_books_keep() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "edit",
        "noelle",
        "--phone",
        "06-12345678",
        "--notes",
        "Liever mailen; niet op vrijdag",
        "--honorific",
        "Mevr.",
    ]);
    let mut uids = Vec::new();
    for (flag, version) in [("4", "4.0"), ("3", "3.0")] {
        let text = db.ok(&["export", "contacts", "--format", "vcard", "--vcard-version", flag]);
        assert!(text.split("\r\n").all(|line| line.len() <= 75), "folded at 75 octets");
        let cards: Vec<_> = ical::VcardParser::new(std::io::BufReader::new(text.as_bytes()))
            .map(|card| card.expect("an independent parser reads every card"))
            .collect();
        assert_eq!(cards.len(), 1);
        let get = |name: &str| {
            cards[0]
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("VERSION"), version);
        assert_eq!(get("FN"), "Noëlle de Vries");
        assert_eq!(
            get("N"),
            "Vries;Noëlle;de;Mevr.;",
            "sorted under V, as Dutch lists sort"
        );
        assert_eq!(get("ORG"), "Machinefabriek De Zaan");
        assert_eq!(get("EMAIL"), "noelle@dezaan.nl");
        assert_eq!(get("TEL"), "06-12345678");
        assert_eq!(get("NOTE"), "", "internal notes stay out of address books");
        let uid = get("UID");
        assert!(uid.starts_with("urn:uuid:") && uid.len() == 45, "{uid}");
        let rev = get("REV");
        assert!(
            rev.len() == 16 && rev.ends_with('Z') && rev.as_bytes()[8] == b'T',
            "{rev}"
        );
        uids.push(uid);
    }
    assert_eq!(uids[0], uids[1], "the same person has the same UID in every export");

    let with_notes = db.ok(&["export", "contacts", "--format", "vcard", "--with-notes"]);
    assert!(
        with_notes.contains("NOTE:Liever mailen\\; niet op vrijdag\r\n"),
        "escaped as RFC 6350 says: {with_notes}"
    );
    // Another school's database: the same person id, another UID.
    let other = Db::new();
    other.seed();
    let theirs = other.ok(&["export", "contacts", "--format", "vcard"]);
    assert!(theirs.contains("UID:urn:uuid:"));
    assert!(!theirs.contains(&uids[0]), "UIDs are unique to the database");
    db.fails(
        &["export", "contacts", "--format", "vcard", "--vcard-version", "2"],
        "2 is not in 3..=4",
    );
}

#[test]
fn skip_invalid_imports_the_good_rows_and_writes_the_rejects() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mixed.csv");
    std::fs::write(
        &file,
        "Bedrijf;KvK;Plaats;Naam;E-mail\nSmit BV;12345678;Hoorn;An Smit;an@smit.nl\nVos BV;123;Edam;Bo Vos;bo@vos.nl\nKok BV;;Alkmaar;Cor Kok;geen-adres\nBos BV;;Bergen;Dirk Bos;dirk@bos.nl\n",
    )
    .unwrap();
    let out = db.json(&["import", "contacts", file.to_str().unwrap(), "--skip-invalid"]);
    assert_eq!(
        out["report"]["companies_created"], 2,
        "Smit and Bos; Kok's row is rolled back whole"
    );
    assert_eq!(out["report"]["people_created"], 2);
    let rejected = out["report"]["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 2);
    assert_eq!(rejected[0][0], 3);
    assert_eq!(rejected[1][0], 4);
    let names: Vec<String> = db
        .json(&["company", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, vec!["Bos BV", "Smit BV"]);
    let rejects = std::fs::read_to_string(dir.path().join("mixed.csv.rejected.csv")).unwrap();
    assert!(rejects.contains("3,\"invalid KvK number '123'"), "{rejects}");
    assert!(rejects.contains("4,invalid e-mail address 'geen-adres'"), "{rejects}");
}

#[test]
fn import_maps_odd_headers_and_takes_a_chosen_encoding() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.csv");
    // "Naam bedrijf" is not a header kring knows; the file is Windows-1252.
    std::fs::write(
        &file,
        b"Naam bedrijf;Stad;Wie;Schoenmaat\r\nCaf\xe9 De Ru\xefne;Edam;Zo\xeb;44\r\n",
    )
    .unwrap();
    db.fails(&["import", "contacts", file.to_str().unwrap()], "no company column");
    db.fails(
        &[
            "import",
            "contacts",
            file.to_str().unwrap(),
            "--map",
            "Naam bedrijf=firma",
        ],
        "unknown field 'firma'",
    );
    db.fails(
        &[
            "import",
            "contacts",
            file.to_str().unwrap(),
            "--map",
            "Naam bedrijf=company",
            "--encoding",
            "utf-8",
        ],
        "not UTF-8",
    );
    let out = db.json(&[
        "import",
        "contacts",
        file.to_str().unwrap(),
        "--map",
        "Naam bedrijf=company",
        "--map",
        "wie=person",
        "--encoding",
        "windows-1252",
    ]);
    assert_eq!(out["report"]["companies_created"], 1);
    assert_eq!(
        out["ignored_columns"],
        serde_json::json!(["Schoenmaat"]),
        "a column kring cannot place is reported"
    );
    assert_eq!(db.json(&["company", "list"])[0]["city"], "Edam");
    assert_eq!(db.json(&["person", "list"])[0]["name"], "Zoë");
    assert_eq!(db.json(&["company", "list"])[0]["name"], "Café De Ruïne");
}

/// The user's data: everything but the logs of what was done to it and the
/// full-text indexes (derived from the rows; their pages are laid out anew).
fn data_only(table: &str) -> bool {
    // sqlite_sequence: the id counters, which never go back (ids are not reused).
    !matches!(table, "audit_log" | "import_batch" | "import_item" | "sqlite_sequence") && !table.contains("_fts")
}

pub(super) fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn import_matches_by_kvk_email_and_website_and_undo_restores_the_exact_prior_state() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "Zorggroep West",
        "--city",
        "Hoorn",
        "--website",
        "https://www.zorgwest.nl",
    ]);
    let before = db.dump_where(data_only);
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        &dir,
        "contacts.csv",
        "Bedrijfsnaam;KvK-nummer;Plaats;Website;Naam;E-mailadres;Telefoon\r\n\
         De Zaan Machinebouw;12345678;Zaandam;dezaan.nl;Piet Smit;piet@dezaan.nl;\r\n\
         Machinefabriek Zaan;;Zaandam;;Noëlle de Vries;NOELLE@dezaan.nl;06-12345678\r\n\
         Zorg West locatie Hoorn;;Hoorn;;Ali Yilmaz;a.yilmaz@zorgwest.nl;\r\n\
         Bakkerij Nieuw;;Purmerend;;Eva Nieuw;eva@gmail.com;\r\n",
    );
    let dry = db.json(&["import", "contacts", &file, "--dry-run"]);
    let lines = dry["report"]["lines"].to_string();
    assert!(lines.contains("matched #1 by KvK number, filled website"), "{lines}");
    assert!(lines.contains("matched #1 by a contact's e-mail"), "{lines}");
    assert!(lines.contains("matched #3 by web domain"), "{lines}");
    assert!(
        lines.contains("Noëlle de Vries matched #1 by e-mail, filled phone"),
        "{lines}"
    );
    assert_eq!(dry["report"]["companies_created"], 1, "only the bakery is new");
    assert_eq!(before, db.dump_where(data_only), "--dry-run writes nothing");

    let done = db.json(&["import", "contacts", &file]);
    // (On a team database the dry run's id stays taken: ids are never
    // handed out twice there, so a dry run may leave a gap.)
    let import_id = done["report"]["import_id"].as_i64().unwrap();
    assert!(import_id >= 1, "{done}");
    assert_eq!(db.json(&["company", "show", "1"])["company"]["website"], "dezaan.nl");
    assert_eq!(db.json(&["person", "show", "Noëlle"])["person"]["phone"], "06-12345678");
    assert_eq!(db.count(&["person", "list"]), 4);

    let undone = db.json(&["import", "undo"]);
    assert_eq!(undone["import_id"], import_id);
    assert_eq!(undone["companies_removed"], 1);
    assert_eq!(undone["people_removed"], 3);
    assert_eq!(undone["records_restored"], 2);
    assert_eq!(before, db.dump_where(data_only), "undo restores every row");
    db.fails(&["import", "undo"], "there is no import to undo");
}

#[test]
fn a_streamed_import_names_every_bad_row_after_a_refused_one_and_records_what_it_created() {
    let db = Db::new();
    db.ok(&["company", "add", "Smit BV", "--kvk", "12345678", "--city", "Hoorn"]);
    let before = db.dump_where(data_only);
    let dir = tempfile::tempdir().unwrap();
    // Lines 3 (a status kring does not know), 4 and 6 are bad: the error
    // names every bad row, and nothing is imported.
    let file = write(
        &dir,
        "rows.csv",
        "Company,KvK,City,Name,Email,Status\n\
         Bakkerij Buis,,Edam,Piet Buis,piet@buis.nl,\n\
         Vos Metaal,,Zaandam,Bo Vos,bo@vos.nl,zombie\n\
         Kaas BV,,Edam,An Kaas,geen-adres,\n\
         Stal Jansen,,Purmerend,Jan Stal,jan@stal.nl,\n\
         Verf BV,999,Hoorn,Eva Verf,eva@verf.nl,\n",
    );
    db.fails(&["import", "contacts", &file], "3 of 5 rows are invalid");
    let out = db.cmd().args(["import", "contacts", &file]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3: ") && err.contains("line 4: ") && err.contains("line 6: "),
        "{err}"
    );
    assert!(!err.contains("line 2") && !err.contains("line 5"), "{err}");
    assert_eq!(before, db.dump_where(data_only), "nothing imported");

    // One bad row alone is named with its line.
    let file = write(
        &dir,
        "rows2.csv",
        "Company,City,Name,Email,Status\n\
         Bakkerij Buis,Edam,Piet Buis,piet@buis.nl,\n\
         Vos Metaal,Zaandam,Bo Vos,bo@vos.nl,zombie\n\
         Stal Jansen,Purmerend,Jan Stal,jan@stal.nl,\n",
    );
    db.fails(&["import", "contacts", &file], "line 3");
    assert_eq!(before, db.dump_where(data_only), "nothing imported");

    // Good rows: what they create is in the history and undone exactly.
    let file = write(
        &dir,
        "rows3.csv",
        "Company,City,Name,Email\n\
         Bakkerij Buis,Edam,Piet Buis,piet@buis.nl\n\
         Bakkerij Buis,Edam,Els Buis,els@buis.nl\n\
         Stal Jansen,Purmerend,Jan Stal,jan@stal.nl\n",
    );
    let done = db.json(&["import", "contacts", &file]);
    assert_eq!(done["report"]["rows"], 3);
    assert_eq!(done["report"]["lines"].as_array().unwrap().len(), 3);
    assert_eq!(done["report"]["companies_created"], 2);
    assert_eq!(
        done["report"]["companies_matched"], 1,
        "Els works at the bakery of line 2"
    );
    let history = db.json(&["history", "Bakkerij Buis"]).to_string();
    assert_eq!(
        history.matches("\"create\"").count(),
        3,
        "the bakery and both people: {history}"
    );
    let piet = db.json(&["history", "person", "Piet Buis"]);
    assert_eq!(piet[0]["action"], "create");
    assert!(db.ok(&["search", "Stal"]).contains("Stal Jansen"), "indexed for search");
    let undone = db.json(&["import", "undo"]);
    assert_eq!(undone["companies_removed"], 2);
    assert_eq!(undone["people_removed"], 3);
    assert_eq!(before, db.dump_where(data_only), "undo restores every row");
}

#[test]
fn undo_leaves_what_was_built_on_and_says_why() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        &dir,
        "c.csv",
        "Company,City,Name\nSmit BV,Hoorn,An Smit\nBakkerij Buis,Edam,Piet Buis\n",
    );
    db.ok(&["import", "contacts", &file]);
    db.ok(&["log", "Smit", "--kind", "call", "--note", "Stageplekken besproken"]);
    let undone = db.json(&["import", "undo"]);
    assert_eq!(undone["companies_removed"], 1, "the bakery goes: {undone}");
    assert_eq!(undone["people_removed"], 2, "{undone}");
    let skipped = undone["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{undone}");
    assert_eq!(skipped[0]["name"], "Smit BV");
    assert!(
        skipped[0]["reason"].as_str().unwrap().contains("used since"),
        "{undone}"
    );
    // The company with the logged call, and the call, are still there.
    assert_eq!(
        db.json(&["company", "show", "Smit"])["timeline"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    db.fails(&["company", "show", "Buis"], "no company");
    db.fails(&["import", "undo"], "there is no import to undo");
}

#[test]
fn undo_never_removes_a_record_that_took_the_place_of_an_imported_one() {
    // Seen before ids were kept: an imported person merged away, a person
    // added by hand got the freed id, and `import undo` deleted them.
    let db = Db::new();
    db.seed();
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "c.csv", "Company,City,Name\nSmit BV,Hoorn,An Smit\n");
    db.ok(&["import", "contacts", &file]);
    let imported = db.json(&["person", "show", "An Smit"])["person"]["id"]
        .as_i64()
        .unwrap();
    db.ok(&["merge", "--people", "Noëlle", "An Smit", "--yes"]);
    db.ok(&["person", "add", "Kees Kok", "--company", "Smit BV"]);
    let added = db.json(&["person", "show", "Kees Kok"])["person"]["id"]
        .as_i64()
        .unwrap();
    assert!(added > imported, "the id of a removed person is not handed out again");
    let undone = db.json(&["import", "undo"]);
    assert_eq!(undone["people_removed"], 0, "{undone}");
    assert!(
        undone["skipped"].to_string().contains("no longer there"),
        "the merged-away person is reported: {undone}"
    );
    assert_eq!(db.json(&["person", "show", "Kees Kok"])["person"]["id"], added);
}

#[test]
fn ids_are_never_handed_out_again() {
    let db = Db::new();
    db.seed();
    let first = db.json(&["person", "show", "Noëlle"])["person"]["id"].as_i64().unwrap();
    db.ok(&["person", "erase", "Noëlle de Vries", "--yes"]);
    db.ok(&["person", "add", "Kees Kok", "--company", "Zaan"]);
    let next = db.json(&["person", "show", "Kees Kok"])["person"]["id"]
        .as_i64()
        .unwrap();
    assert!(next > first, "an erased person's id names nobody else");
}

const CARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Noëlle;;;\r\nFN:Noëlle de Vries\r\n\
    ORG:Machinefabriek De Zaan\r\nTITLE:Praktijkopleider\r\nEMAIL;TYPE=INTERNET,WORK:noelle@dezaan.nl\r\n\
    TEL;TYPE=WORK:075-1234567\r\nEND:VCARD\r\n\
    BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kees Jansen\r\nEMAIL:kees@gmail.com\r\nEND:VCARD\r\n\
    BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fatima El Amrani\r\nORG:Zorgcentrum\r\n  De Linde;Afdeling HR\r\n\
    EMAIL;TYPE=work:f.elamrani@delinde.nl\r\nADR;TYPE=work:;;Lindelaan 4;Hoorn;;1621 AB;Nederland\r\n\
    NOTE:Wil graag gastles geven\\, liefst in het voorjaar\r\nEND:VCARD\r\n";

#[test]
fn vcards_import_as_contacts_and_a_card_without_organisation_is_a_person_on_their_own() {
    let db = Db::new();
    db.seed();
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "contacten.vcf", CARDS);
    let done = db.json(&["import", "contacts", &file]);
    assert!(done["report"]["rejected"].as_array().unwrap().is_empty(), "{done}");
    assert_eq!(done["report"]["companies_created"], 1);
    assert_eq!(done["report"]["people_matched"], 1, "Noëlle is matched by e-mail");
    assert_eq!(done["report"]["people_created"], 2, "Kees comes in without a company");
    let kees = db.json(&["person", "show", "Kees"]);
    assert_eq!(kees["person"]["employments"].as_array().unwrap().len(), 0, "{kees}");
    assert!(
        db.ok(&["search", "kees"]).contains("Kees Jansen"),
        "a private contact is found"
    );
    assert!(db.ok(&["person", "list"]).contains("Kees Jansen"));
    // A second import of the same file adds nothing.
    let again = db.json(&["import", "contacts", &file, "--dry-run"]);
    assert_eq!(again["report"]["people_created"], 0, "{again}");
    assert_eq!(again["report"]["companies_created"], 0, "{again}");
    // Linked to a company later.
    db.ok(&["person", "move", "Kees", "--to", "zaan"]);
    let noelle = db.json(&["person", "show", "noelle"]);
    assert_eq!(noelle["person"]["name_parts"]["given"], "Noëlle", "{noelle}");
    assert_eq!(noelle["person"]["name_parts"]["infix"], "de");
    assert_eq!(noelle["person"]["name_parts"]["family"], "Vries");
    let linde = db.json(&["company", "show", "De Linde"]);
    assert_eq!(
        linde["company"]["name"], "Zorgcentrum De Linde",
        "a folded ORG line is joined"
    );
    assert_eq!(linde["company"]["city"], "Hoorn");
    let fatima = db.json(&["person", "show", "Fatima"]);
    assert_eq!(
        fatima["person"]["notes"],
        "Wil graag gastles geven, liefst in het voorjaar"
    );
    assert_eq!(
        fatima["person"]["employments"][0]["department"], "Afdeling HR",
        "ORG's department is kept on the person"
    );

    // What kring exports as vCard, another kring reads back.
    let exported = db.ok(&["export", "contacts", "--format", "vcard"]);
    let other = Db::new();
    let file = write(&dir, "export.vcf", &exported);
    let back = other.json(&["import", "contacts", &file]);
    assert_eq!(back["report"]["people_created"], db.count(&["person", "list"]));
    let names = |d: &Db| {
        let mut names: Vec<String> = d
            .json(&["person", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].to_string())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&db), names(&other));
}

#[test]
fn export_all_then_import_all_gives_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("original.sqlite");
    let copy = dir.path().join("copy.sqlite");
    let json = dir.path().join("all.json");
    let kring = |db: &std::path::Path, args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("kring").unwrap();
        cmd.env("KRING_TODAY", "2026-11-26").arg("--db").arg(db).args(args);
        cmd.assert().success().get_output().stdout.clone()
    };
    kring(&original, &["demo"]);
    kring(
        &original,
        &[
            "person",
            "add",
            "Zoë \"Zo\" Ö'Brien",
            "--company",
            "1",
            "--notes",
            "regel 1\nregel 2; ;",
        ],
    );
    kring(
        &original,
        &["export", "all", "--format", "json", "-o", json.to_str().unwrap()],
    );
    let document: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(document["format"], "kring");
    assert!(document["schema_version"].as_i64().unwrap() >= 4);
    assert!(document["tables"]["interaction"].as_array().unwrap().len() > 100);

    kring(&copy, &["import", "all", json.to_str().unwrap()]);
    // Every table but the full-text indexes (derived, rebuilt on import) is equal row for row.
    let not_fts = |t: &str| !t.contains("_fts");
    assert_eq!(super::dump_where(&original, not_fts), super::dump_where(&copy, not_fts));
    let again = kring(&copy, &["export", "all"]);
    let again: Value = serde_json::from_slice(&again).unwrap();
    assert_eq!(again["tables"], document["tables"]);
    // Search works on the copy: the indexes were rebuilt.
    let found = kring(&copy, &["search", "Brien", "--json"]);
    assert!(String::from_utf8_lossy(&found).contains("Brien"));

    // Into a database that is in use: refused, nothing changed.
    let before = dump(&copy);
    let mut cmd = assert_cmd::Command::cargo_bin("kring").unwrap();
    cmd.arg("--db")
        .arg(&copy)
        .args(["import", "all", json.to_str().unwrap()]);
    cmd.assert()
        .failure()
        .stderr(predicate::str::contains("the database is not empty"));
    assert_eq!(before, dump(&copy));
}

#[test]
fn a_broken_export_is_refused_and_leaves_the_new_database_empty() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (r#"[1, 2]"#, "expected a kring export"),
        (r#"{"format": "other", "tables": {}}"#, "not a kring export"),
        (
            r#"{"format": "kring", "schema_version": 99, "tables": {}}"#,
            "newer than this kring knows",
        ),
        (
            r#"{"format": "kring", "schema_version": 5, "tables": {"boeken": []}}"#,
            "a table kring does not know: 'boeken'",
        ),
        (
            r#"{"format": "kring", "schema_version": 5, "tables": {"company": [{"id": 1, "name": "X", "name_fold": "x", "kleur": "rood"}]}}"#,
            "table 'company', row 1: kring has no column 'kleur'",
        ),
        (
            r#"{"format": "kring", "schema_version": 5, "tables": {"employment": [{"id": 1, "person_id": 5, "company_id": 9}]}}"#,
            "employment #1 refers to a company that is not in it",
        ),
        (
            r#"{"format": "kring", "schema_version": 5, "tables": {"staff": [{"id": 1, "#,
            "the export cannot be read",
        ),
    ];
    for (n, (text, message)) in cases.iter().enumerate() {
        let file = dir.path().join(format!("bad-{n}.json"));
        std::fs::write(&file, text).unwrap();
        let db = dir.path().join(format!("new-{n}.sqlite"));
        let mut cmd = assert_cmd::Command::cargo_bin("kring").unwrap();
        cmd.arg("--db").arg(&db).args(["import", "all", file.to_str().unwrap()]);
        cmd.assert().failure().stderr(predicate::str::contains(*message));
        let conn = rusqlite::Connection::open(&db).unwrap();
        let rows: i64 = conn
            .query_row(
                "SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM company)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, 0, "case {n}: nothing was written");
    }
}

#[test]
fn an_excel_export_reads_back_as_the_same_data_and_changes_nothing() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "edit", "zaan", "--owner", "Joost Mulder"]);
    db.ok(&[
        "company",
        "add",
        "@Home Zorg",
        "--kvk",
        "8765 4321",
        "--status",
        "dormant",
        "--city",
        "'s-Hertogenbosch",
    ]);
    db.ok(&[
        "person",
        "add",
        "Joost van 't Hek",
        "--company",
        "home zorg",
        "--role",
        "hr",
        "--title",
        "Stagebegeleider",
        "--phone",
        "+31 6 1234 5678",
        "--email",
        "joost@homezorg.nl",
    ]);
    db.ok(&["person", "edit", "joost van", "--honorific", "Dhr."]);
    db.ok(&[
        "person",
        "add",
        "Anne-Marie Jansen",
        "--company",
        "ruine",
        "--title",
        "=Eigenaar",
    ]);
    db.ok(&["person", "edit", "anne-marie", "--salutation", "Lieve Anne-Marie"]);
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("contacten.csv");
    db.ok(&["export", "contacts", "--excel", "-o", first.to_str().unwrap()]);
    let text = std::fs::read_to_string(&first).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].ends_with("Owner;First name;Infix;Last name;Salutation"),
        "{}",
        lines[0]
    );
    // Dutch order: Hek, Jansen, Vries.
    assert!(lines[1].starts_with("Joost van 't Hek;"), "{text}");
    assert!(
        lines[1].ends_with(";Joost;van 't;Hek;Geachte heer Van 't Hek"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(r#";"=""+31 6 1234 5678""";"#),
        "a phone stays a phone in Excel"
    );
    assert!(lines[2].starts_with("Anne-Marie Jansen;") && lines[2].ends_with(";Lieve Anne-Marie"));
    assert!(lines[2].contains(";'=Eigenaar;"), "no formula");
    assert!(lines[3].starts_with("Noëlle de Vries;") && lines[3].ends_with(";Noëlle;de;Vries;Beste Noëlle"));

    let again = db.json(&["import", "contacts", first.to_str().unwrap(), "--dry-run"]);
    let report = &again["report"];
    for count in [
        "companies_created",
        "companies_updated",
        "people_created",
        "people_updated",
    ] {
        assert_eq!(report[count], 0, "{count}: {report}");
    }
    assert_eq!(report["companies_matched"], 3);
    assert_eq!(report["people_matched"], 3);

    // Into a new database with the same staff: the same rows come out again.
    let other = Db::new();
    other.ok(&["staff", "add", "Joost Mulder"]);
    let imported = other.json(&["import", "contacts", first.to_str().unwrap()]);
    assert_eq!(imported["report"]["people_created"], 3, "{imported}");
    let second = dir.path().join("opnieuw.csv");
    other.ok(&["export", "contacts", "--excel", "-o", second.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&second).unwrap(),
        text,
        "role stays role, title stays title, status, owner, name parts and salutation too"
    );

    // The Dutch export is headed in Dutch and reads back just as well.
    let dutch = dir.path().join("contacten-nl.csv");
    db.ok(&[
        "--lang",
        "nl",
        "export",
        "contacts",
        "--excel",
        "-o",
        dutch.to_str().unwrap(),
    ]);
    let dutch_text = std::fs::read_to_string(&dutch).unwrap();
    assert!(
        dutch_text
            .lines()
            .next()
            .unwrap()
            .ends_with("Eigenaar;Voornaam;Tussenvoegsel;Achternaam;Aanhef"),
        "{dutch_text}"
    );
    // The same rows, with role and status in Dutch words.
    let in_english = |line: &str| {
        line.replace(";praktijkopleider;", ";workplace trainer;")
            .replace(";eigenaar;", ";owner;")
            .replace(";slapend;", ";dormant;")
            .replace(";actief;", ";active;")
    };
    assert!(
        dutch_text.contains(";praktijkopleider;") && dutch_text.contains(";actief;"),
        "{dutch_text}"
    );
    assert_eq!(
        dutch_text.lines().skip(1).map(in_english).collect::<Vec<_>>(),
        text.lines().skip(1).collect::<Vec<_>>(),
        "the same rows under either header"
    );
    let again = db.json(&["import", "contacts", dutch.to_str().unwrap(), "--dry-run"]);
    for count in [
        "companies_created",
        "companies_updated",
        "people_created",
        "people_updated",
    ] {
        assert_eq!(again["report"][count], 0, "{count}: {again}");
    }
}

#[test]
fn an_unknown_status_is_refused_on_its_line_and_an_owner_who_is_no_staff_member_here_gives_way() {
    let db = Db::new();
    db.seed();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lijst.csv");
    std::fs::write(
        &file,
        "Bedrijfsnaam;Status;Eigenaar\nBakkerij Smit;active;Joost Mulder\nVos BV;zombie;\nKok BV;prospect;Piet Onbekend\n",
    )
    .unwrap();
    let before = db.dump();
    db.fails(
        &["import", "contacts", file.to_str().unwrap()],
        "line 3: unknown status 'zombie'",
    );
    std::fs::write(
        &file,
        "Bedrijfsnaam;Status;Eigenaar\nBakkerij Smit;active;Joost Mulder\nKok BV;prospect;Piet Onbekend\n",
    )
    .unwrap();
    assert_eq!(db.dump(), before, "nothing was imported");
    // A list from elsewhere names owners who are not on the staff here:
    // their companies are the importer's (or --owner's), said once.
    let done = db.ok(&["import", "contacts", file.to_str().unwrap()]);
    assert!(
        done.contains("owners in the file who are no staff member here (Piet Onbekend)"),
        "{done}"
    );
    assert_eq!(db.json(&["company", "show", "kok"])["company"]["owner"], "Sanne Bakker");
    db.ok(&["import", "undo"]);
    db.ok(&["import", "contacts", file.to_str().unwrap(), "--owner", "joost"]);
    assert_eq!(db.json(&["company", "show", "kok"])["company"]["owner"], "Joost Mulder");
    assert_eq!(
        db.json(&["company", "show", "smit"])["company"]["owner"],
        "Joost Mulder",
        "a known owner stays the file's"
    );
    db.ok(&["import", "undo"]);
    std::fs::write(
        &file,
        "Bedrijfsnaam;Status;Eigenaar\nBakkerij Smit;active;joost mulder\n",
    )
    .unwrap();
    db.ok(&["import", "contacts", file.to_str().unwrap()]);
    let smit = db.json(&["company", "show", "smit"]);
    assert_eq!(smit["company"]["status"], "active");
    assert_eq!(smit["company"]["owner"], "Joost Mulder");
}

/// The export's order follows a name when it changes, whole or in its parts.
#[test]
fn a_renamed_person_moves_in_the_exported_list() {
    let db = Db::new();
    db.seed();
    db.ok(&["person", "add", "Anna Zeeman", "--company", "zaan"]);
    let names = |db: &Db| -> Vec<String> {
        let out = db.ok(&["export", "contacts"]);
        out.lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&db), ["Noëlle de Vries", "Anna Zeeman"]);
    db.ok(&["person", "edit", "anna", "--name", "Anna Aalders"]);
    assert_eq!(names(&db), ["Anna Aalders", "Noëlle de Vries"]);
    db.ok(&["person", "edit", "noëlle", "--family-name", "Aa"]);
    assert_eq!(
        names(&db),
        ["Noëlle de Aa", "Anna Aalders"],
        "on the family name, not on \"de\""
    );
}

/// An import indexes what it brings for search — new companies and people,
/// and the city it fills in on a company that was there — and a failed
/// import leaves search working as before.
#[test]
fn what_an_import_brings_is_found_by_search() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "Garage Smit"]);
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("lijst.csv");
    std::fs::write(
        &sheet,
        "Bedrijfsnaam;Plaats;Naam;E-mailadres\n\
         Bakkerij Zonneveld;Purmerend;Kees Broodman;kees@zonneveld.nl\n\
         Garage Smit;Volendam;;\n\
         Bakkerij Zonneveld;Purmerend;Fenna Deeg;fenna@zonneveld.nl\n",
    )
    .unwrap();
    db.ok(&["import", "contacts", sheet.to_str().unwrap()]);
    let found = |words: &str| db.ok(&["search", words]);
    assert!(
        found("zonneveld").contains("Bakkerij Zonneveld"),
        "{}",
        found("zonneveld")
    );
    assert!(found("purmerend").contains("Bakkerij Zonneveld"));
    assert!(found("broodman").contains("Kees Broodman"));
    assert!(found("fenna").contains("Fenna Deeg"));
    assert!(
        found("volendam").contains("Garage Smit"),
        "the city filled in: {}",
        found("volendam")
    );

    let bad = dir.path().join("fout.csv");
    std::fs::write(&bad, "Bedrijfsnaam;E-mailadres\nDrukkerij Later;info@\n").unwrap();
    db.fails(&["import", "contacts", bad.to_str().unwrap()], "rows are invalid");
    db.ok(&["import", "contacts", sheet.to_str().unwrap(), "--dry-run"]);
    db.ok(&["company", "add", "Drukkerij Daarna", "--city", "Edam"]);
    assert!(
        found("daarna").contains("Drukkerij Daarna"),
        "search still indexes new companies"
    );
    db.ok(&["company", "edit", "garage smit", "--city", "Monnickendam"]);
    assert!(found("monnickendam").contains("Garage Smit"));
    assert!(
        !found("volendam").contains("Garage Smit"),
        "the old city left the index"
    );
    db.ok(&["import", "undo"]);
    assert!(
        !found("zonneveld").contains("Zonneveld"),
        "undone: {}",
        found("zonneveld")
    );
    assert!(!found("fenna").contains("Fenna"), "undone: {}", found("fenna"));
    assert!(found("daarna").contains("Drukkerij Daarna"), "what came later stays");
    if db.url.is_none() {
        let conn = rusqlite::Connection::open(&db.path).unwrap();
        for fts in ["company_fts", "person_fts"] {
            conn.execute_batch(&format!("INSERT INTO {fts} ({fts}) VALUES ('integrity-check')"))
                .unwrap_or_else(|e| panic!("{fts}: {e}"));
        }
    }
}

/// A card says what each number is (their mobile, the company's line),
/// where they work (the company's address), and their role — which comes
/// back as it went out when kring reads the card, in either language.
#[test]
fn a_vcard_carries_phone_types_the_work_address_and_a_role_that_survives_a_round_trip() {
    let db = Db::new();
    db.ok(&[
        "company",
        "add",
        "Machinefabriek De Zaan",
        "--city",
        "Zaandam",
        "--street",
        "Hemkade 12",
        "--postcode",
        "1506 PR",
        "--phone",
        "075-6161616",
    ]);
    db.ok(&[
        "person",
        "add",
        "Karim El Amrani",
        "--company",
        "zaan",
        "--role",
        "expert",
        "--phone",
        "06-12345678",
        "--email",
        "karim@dezaan.nl",
    ]);
    db.ok(&[
        "person",
        "add",
        "Noëlle de Vries",
        "--company",
        "zaan",
        "--role",
        "praktijkopleider",
    ]);
    let dir = tempfile::tempdir().unwrap();
    for language in ["en", "nl"] {
        let cards = dir.path().join(format!("kaarten-{language}.vcf"));
        db.ok(&[
            "--lang",
            language,
            "export",
            "contacts",
            "--format",
            "vcard",
            "-o",
            cards.to_str().unwrap(),
        ]);
        let text = std::fs::read_to_string(&cards).unwrap();
        assert!(text.contains("TEL;TYPE=cell;VALUE=text:06-12345678\r\n"), "{text}");
        assert!(text.contains("TEL;TYPE=work;VALUE=text:075-6161616\r\n"), "{text}");
        assert!(
            text.contains("ADR;TYPE=work:;;Hemkade 12;Zaandam;;1506 PR;\r\n"),
            "{text}"
        );
        let fresh = Db::new();
        fresh.ok(&["import", "contacts", cards.to_str().unwrap()]);
        for (name, role) in [("Karim", "expert"), ("Noëlle", "workplace_trainer")] {
            let person = fresh.json(&["person", "show", name]);
            assert_eq!(
                person["person"]["employments"][0]["role"], role,
                "{language}: {name}'s role came back: {person}"
            );
        }
    }
}

/// In Dutch, what kring writes into files speaks Dutch too: a follow-up's
/// calendar entry, the words of the mail-merge list, a dossier's name.
#[test]
fn files_written_in_dutch_speak_dutch() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "followup", "add", "zaan", "--due", "+1w", "--action", "Bellen", "--person", "noelle",
    ]);
    let calendar = db.ok(&["--lang", "nl", "export", "followups"]).replace("\r\n ", "");
    assert!(
        calendar.contains("kring-opvolging #")
            && calendar.contains("contactpersoon: Noëlle")
            && calendar.contains("voor: Sanne"),
        "{calendar}"
    );
    let merge = db.ok(&["--lang", "nl", "export", "contacts"]);
    assert!(
        merge.contains(",praktijkopleider,") && merge.contains(",actief,"),
        "{merge}"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = db
        .cmd()
        .current_dir(dir.path())
        .args(["--lang", "nl", "staff", "leave", "joost", "--handover-to", "sanne"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        written.iter().any(|n| n.starts_with("overdracht-joost-mulder-")),
        "{written:?}"
    );
}

/// kring's own Excel export read into a new database (a colleague's, a new
/// team database), whose staff are others: it comes in whole.
#[test]
fn an_excel_export_comes_into_a_new_database_whose_staff_are_others() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "edit", "zaan", "--owner", "joost"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contacten.csv");
    db.ok(&["export", "contacts", "--excel", "-o", file.to_str().unwrap()]);
    let fresh = Db::empty();
    fresh.ok(&["init", "--me", "Eva de Wit"]);
    let done = fresh.json(&["import", "contacts", file.to_str().unwrap()]);
    assert_eq!(done["report"]["people_created"], 1, "{done}");
    assert_eq!(done["report"]["owners_unknown"], serde_json::json!(["Joost Mulder"]));
    assert_eq!(
        fresh.json(&["company", "show", "zaan"])["company"]["owner"],
        "Eva de Wit"
    );
}

/// One broken card spoils itself, not the file: without --skip-invalid the
/// refusal names it (and every other); with it, it is left out with its line
/// and reason and the rest come in. A vCard 2.1 backslash is a backslash.
#[test]
fn one_broken_card_is_named_or_skipped_and_the_others_come_in() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("adresboek.vcf");
    let mut bytes = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Jansen\r\nEND:VCARD\r\n".to_vec();
    bytes.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kap\x81ot\r\nEND:VCARD\r\n");
    bytes.extend_from_slice("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noëlle de Vries\r\nEND:VCARD\r\n".as_bytes());
    bytes.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Vries;Jan\r\nFN:Jan de Vries\\ Jr\r\nEND:VCARD\r\n");
    std::fs::write(&file, &bytes).unwrap();
    let path = file.to_str().unwrap();
    db.fails(
        &["import", "contacts", path],
        "line 7: FN holds the byte 0x81, which is not text",
    );
    let done = db.json(&["import", "contacts", path, "--skip-invalid"]);
    assert_eq!(done["report"]["people_created"], 3, "{done}");
    assert_eq!(done["report"]["rejected"][0][0], 7, "{done}");
    let people = db.ok(&["person", "list"]);
    assert!(
        people.contains("Noëlle de Vries") && people.contains("Jan de Vries\\ Jr"),
        "{people}"
    );
}

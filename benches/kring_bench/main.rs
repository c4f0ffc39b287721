//! kring's benchmarks on the `large` demo database (100k companies, 300k
//! people, 1M interactions, 200k follow-ups). Run with `cargo bench`.
//!
//! The machine is shared and noisy: every figure is a median over several
//! runs, set beside a floor measured in the same run where one exists: the
//! `sqlite3` shell doing the same queries on the same file (or, for an
//! import, the same inserts written as one SQL script). Each line says
//! kring's median, the floor's, their ratio, and the peak memory (RSS) of
//! the process (kring's, and the shell's).
//!
//! Set `KRING_BENCH_DB=/path/large.sqlite` to reuse a database made earlier
//! with `kring --db /path/large.sqlite demo --scale large`;
//! `KRING_BENCH_ONLY=commands`, `=data` (imports and exports), `=tui`
//! (the terminal UI and search) or `=capture` (mail capture) runs one part.
//!
//! `KRING_BENCH_PG=postgresql://…` measures a team database instead: the
//! large demo moved into PostgreSQL (`kring migrate-to URL`), the same
//! commands beside `psql` running the equivalent queries on the same
//! database, and the daily ones across 1 ms round trips (`postgres.rs`;
//! `KRING_BENCH_ONLY=commands` or `=latency` runs one part).

mod capture;
mod floors;
mod latency;
mod postgres;
use floors::*;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kring::domain::kinds::InteractionKind;
use kring::model::companies::CompanyFilter;
use kring::model::interactions::NewInteraction;
use kring::store::{Clock, Store};
use kring::tui::{app::App, theme::Theme, view};
use ratatui::{backend::TestBackend, Terminal};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-26";

fn main() {
    if let Ok(url) = std::env::var("KRING_BENCH_PG") {
        postgres::postgres_figures(&url);
        return;
    }
    let keep = tempfile::tempdir().expect("temp dir");
    let db = prepare_database(keep.path());
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    assert!(
        sqlite3_available(),
        "the floors need the sqlite3 shell (apt install sqlite3)"
    );

    println!("kring benchmarks on {}", db.display());
    println!(
        "(a child's peak RSS, as the kernel reports it, includes this process's at its start: {})",
        megabytes(own_peak_kb())
    );
    heading();
    let only = std::env::var("KRING_BENCH_ONLY").ok();
    let part = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if part("commands") {
        commands(&db);
    }
    if part("data") {
        data_in_and_out(&db);
    }
    if part("tui") {
        tui_and_search(&db, today);
    }
    if part("capture") {
        capture::capture(&db);
        capture::calendar(&db);
    }
    if only.is_none() {
        let (per_insert, total) = insert_interactions(&db, today, 10_000);
        println!(
            "{:<46} {:>9}  (one transaction each, {} for 10k)",
            "log an interaction through the store",
            format_duration(per_insert),
            format_duration(total)
        );
    }
}

/// What one run of a process took, and its peak resident memory.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    time: Duration,
    peak_kb: u64,
}

fn heading() {
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8} {:>8}  runs",
        "what", "kring", "floor", "ratio", "kring", "floor"
    );
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8} {:>8}",
        "", "median", "median", "", "peak RSS", "peak RSS"
    );
}

/// The everyday commands, end to end as a process (output to /dev/null),
/// each beside the sqlite3 shell running what it reads.
fn commands(db: &Path) {
    let cases: [(&str, &[&str], &str, &[&str]); 13] = [
        ("kring today", &["today"], TODAY_SQL, &[]),
        ("kring company list (100k)", &["company", "list"], LIST_SQL, &[]),
        (
            "kring company list --json",
            &["company", "list", "--json"],
            LIST_SQL,
            &["-json"],
        ),
        ("kring person list (300k)", &["person", "list"], PERSON_LIST_SQL, &[]),
        (
            "kring person list --json",
            &["person", "list", "--json"],
            PERSON_LIST_SQL,
            &["-json"],
        ),
        ("kring followup list", &["followup", "list"], FOLLOWUP_LIST_SQL, &[]),
        ("kring health (every company)", &["health"], HEALTH_SQL, &[]),
        (
            "kring health --band at-risk",
            &["health", "--band", "at-risk"],
            HEALTH_SQL,
            &[],
        ),
        ("kring duplicates", &["duplicates"], DUPLICATES_SQL, &[]),
        ("kring search zaan", &["search", "zaan"], SEARCH_SQL, &[]),
        ("kring company show 1", &["company", "show", "1"], COMPANY_SQL, &[]),
        ("kring remind", &["remind"], "", &[]),
        ("kring goals", &["goals"], "", &[]),
    ];
    for (what, args, sql, options) in cases {
        let runs = 5;
        let kring = measure(runs, || run_kring(db, args));
        let floor = (!sql.is_empty()).then(|| measure(runs, || run_sqlite3(db, options, sql)));
        report(what, kring, floor, runs);
    }
}

/// Exports of the large demo, and imports of 100k rows (each undone again
/// with `kring import undo`, so the database is left as it was).
fn data_in_and_out(db: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let csv = out("contacts.csv");
    let export = measure(3, || run_kring(db, &["export", "contacts", "-o", &csv]));
    let lines = count_lines(Path::new(&csv)) - 1;
    let floor = measure(3, || run_sqlite3(db, &["-csv"], CONTACTS_SQL));
    report(
        &format!("kring export contacts ({lines} rows, CSV)"),
        export,
        Some(floor),
        3,
    );
    let vcf = out("contacts.vcf");
    let vcard = measure(3, || {
        run_kring(db, &["export", "contacts", "--format", "vcard", "-o", &vcf])
    });
    report("kring export contacts --format vcard", vcard, Some(floor), 3);
    let ics = out("followups.ics");
    let followups = measure(3, || run_kring(db, &["export", "followups", "-o", &ics]));
    let floor = measure(3, || run_sqlite3(db, &["-csv"], FOLLOWUP_LIST_SQL));
    report("kring export followups (iCalendar)", followups, Some(floor), 3);
    let json = out("all.json");
    let all = measure(1, || run_kring(db, &["export", "all", "-o", &json]));
    let size = std::fs::metadata(&json).map(|m| m.len() / 1_000_000).unwrap_or(0);
    std::fs::remove_file(&json).ok();
    let every_table = every_table_sql(db);
    let floor = measure(1, || run_sqlite3(db, &["-json"], &every_table));
    report(&format!("kring export all (JSON, {size} MB)"), all, Some(floor), 1);

    let rows = dir.path().join("import.csv");
    write_import_file(&rows, 100_000);
    let rows_arg = rows.to_str().unwrap();
    let cards = dir.path().join("import.vcf");
    write_vcard_file(&cards, 100_000);

    // Into a new database: kring, the same inserts as one SQL script, and
    // `.import` into a bare table (no matching, indexes or search: the least
    // any import can cost).
    let fresh = dir.path().join("fresh.sqlite");
    let new_database = || {
        for suffix in ["", "-wal", "-shm"] {
            std::fs::remove_file(format!("{}{suffix}", fresh.display())).ok();
        }
        run_kring(&fresh, &["init"]);
    };
    let import = measure(3, || {
        new_database();
        run_kring(&fresh, &["import", "contacts", rows_arg])
    });
    let floor_sql = import_floor_sql(rows_arg);
    let floor = measure(3, || {
        new_database();
        run_sqlite3(&fresh, &[], &floor_sql)
    });
    report("kring import 100k CSV rows, new database", import, Some(floor), 3);
    rate("  rows per second", import, floor, 100_000);
    let bare = measure(3, || {
        new_database();
        run_sqlite3(
            &fresh,
            &["-cmd", ".mode csv", "-cmd", ".separator ;"],
            &format!(".import {rows_arg} staging"),
        )
    });
    report("  (sqlite3 .import into a bare table)", bare, None, 3);
    let vcards = measure(3, || {
        new_database();
        run_kring(&fresh, &["import", "contacts", cards.to_str().unwrap()])
    });
    report("kring import 100k vCards, new database", vcards, Some(floor), 3);
    rate("  cards per second", vcards, floor, 100_000);

    // Into the large demo (matching against its 100k companies); the floor
    // runs on a copy, so that the database is left as it was.
    let mut undo = Vec::new();
    let import = measure(3, || {
        let took = run_kring(db, &["import", "contacts", rows_arg]);
        undo.push(run_kring(db, &["import", "undo"]));
        took
    });
    let copy = dir.path().join("copy.sqlite");
    let floor = measure(3, || {
        std::fs::copy(db, &copy).expect("copy the database");
        run_sqlite3(&copy, &[], &floor_sql)
    });
    std::fs::remove_file(&copy).ok();
    report("kring import 100k CSV rows into the large demo", import, Some(floor), 3);
    rate("  rows per second", import, floor, 100_000);
    let undo = measure(undo.len(), || undo.pop().unwrap_or_default());
    report("kring import undo of those 100k rows", undo, None, 3);
}

/// What every table of the database holds, as the shell writes JSON: the
/// floor for `export all`.
fn every_table_sql(db: &Path) -> String {
    let output = Command::new("sqlite3")
        .arg(db)
        .arg(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE '%fts%' ORDER BY name",
        )
        .output()
        .expect("run sqlite3");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|table| format!("SELECT * FROM \"{table}\";"))
        .collect()
}

/// The same companies, people and employments an import of the bench file
/// creates, with its log for undo, audit entries and search index, as one
/// SQL script: staged with `.import`, then inserted set by set.
fn import_floor_sql(file: &str) -> String {
    format!(
        ".mode csv
.separator ;
.import {file} staging
BEGIN;
INSERT INTO import_batch (source, format, staff_id, imported_at, rows) VALUES ('floor', 'csv', NULL, '{TODAY}', 0);
CREATE TEMP TABLE base AS SELECT (SELECT coalesce(max(id), 0) FROM company) AS c,
                                 (SELECT coalesce(max(id), 0) FROM person) AS p,
                                 (SELECT max(id) FROM import_batch) AS batch;
INSERT INTO company (name, name_fold, city, city_fold, website, source, status, created_at, updated_at)
  SELECT Bedrijfsnaam, lower(Bedrijfsnaam), Plaats, lower(Plaats), Website, 'import', 'prospect', '{TODAY}', '{TODAY}'
    FROM staging ORDER BY rowid;
INSERT INTO person (name, name_fold, email, phone, created_at, updated_at, sort_key)
  SELECT Naam, lower(Naam), \"E-mailadres\", Telefoon, '{TODAY}', '{TODAY}', lower(Naam) FROM staging ORDER BY rowid;
INSERT INTO employment (person_id, company_id, role, title, started_on)
  SELECT p.id, p.id - base.p + base.c, 'workplace_trainer', 'Stagebegeleider', '{TODAY}' FROM person p, base WHERE p.id > base.p;
INSERT INTO import_item (import_id, entity, entity_id, action)
  SELECT base.batch, 'company', id, 'created' FROM company, base WHERE id > base.c
  UNION ALL SELECT base.batch, 'person', id, 'created' FROM person, base WHERE id > base.p;
INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
  SELECT '{TODAY}', NULL, 'company', id, 'create', json_object('name', name, 'status', status) FROM company, base WHERE id > base.c;
INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
  SELECT '{TODAY}', NULL, 'person', id, 'create', json_object('company', id - base.p + base.c) FROM person, base WHERE id > base.p;
DROP TABLE staging;
COMMIT;"
    )
}

/// The lines of a file, read a block at a time. This process stays small:
/// a child's peak memory as the kernel reports it is at least this
/// process's at the moment it started the child.
fn count_lines(path: &Path) -> usize {
    use std::io::BufRead;
    let file = std::fs::File::open(path).expect("open the export");
    std::io::BufReader::new(file).lines().count()
}

/// 100k contacts at 100k new companies, as a Dutch Excel sheet (`;`).
fn write_import_file(path: &Path, rows: usize) {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create import file"));
    writeln!(file, "Bedrijfsnaam;Plaats;Website;Naam;Functie;E-mailadres;Telefoon").unwrap();
    for n in 0..rows {
        writeln!(
            file,
            "Benchbedrijf {n} B.V.;Hoorn;https://bench{n}.example.nl;Contact {n};Stagebegeleider;c{n}@bench{n}.example.nl;06-{n:08}"
        )
        .unwrap();
    }
    file.flush().expect("write import file");
}

/// The same as vCards (an address book's export, CRLF).
fn write_vcard_file(path: &Path, cards: usize) {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create vCard file"));
    for n in 0..cards {
        file.write_all(
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaart {n}\r\nN:{n};Kaart;;;\r\nORG:Vcardbedrijf {n} B.V.\r\n\
             TITLE:Stagebegeleider\r\nEMAIL;TYPE=WORK:k{n}@vcard{n}.example.nl\r\nTEL;TYPE=WORK:06-{n:08}\r\n\
             ADR;TYPE=WORK:;;Dorpsstraat {n};Hoorn;;1621 AB;Nederland\r\nEND:VCARD\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
    }
    file.flush().expect("write vCard file");
}

/// What `kring export contacts` reads, in its order (Dutch: on the family name).
const CONTACTS_SQL: &str = "SELECT p.name, p.email, p.phone, e.role, e.title, c.name, c.kvk, c.street, c.postcode, \
     c.city, c.sector, c.website, c.status, s.name, p.notes, c.email, c.phone, p.id, p.given_name, p.infix, \
     p.family_name, p.honorific, p.salutation, p.updated_at, c.updated_at FROM company c \
     JOIN employment e ON e.company_id = c.id AND e.ended_on IS NULL JOIN person p ON p.id = e.person_id \
     LEFT JOIN staff s ON s.id = c.owner_id WHERE c.archived = 0 AND p.do_not_contact = 0 \
     ORDER BY p.sort_key, c.name_fold, p.id;";

/// Keystroke to frame in the TUI (the key handled, the store queried, the
/// frame drawn to an off-screen buffer), and the search engine on its own.
fn tui_and_search(db: &Path, today: NaiveDate) {
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8}  samples",
        "in process", "median", "p99", "", "most"
    );
    let mut store = Store::open(db, Clock::fixed(today)).expect("open");
    store_reads(&mut store);
    let started = Instant::now();
    let mut app = App::new(&store, Theme::plain()).expect("app");
    report_keys("TUI start (all tabs loaded)", &[started.elapsed()]);
    let mut keys = Keys::new();
    let mut every_key = moving_and_filtering(&mut keys, &mut app, &mut store);
    sorts(&mut keys, &mut app, &mut store);
    sort_by_health_after_idle(&mut keys, db, today);
    every_key.extend(pages_and_tabs(&mut keys, &mut app, &mut store));
    report_keys("key to frame: every key above but the sorts", &every_key);
    // Read when typing pauses, not per keystroke: how many companies and
    // people match in all ("8 of N").
    let counts = samples(9, || {
        let started = Instant::now();
        store.company_text_matches("s").unwrap();
        store.person_text_matches("s").unwrap();
        started.elapsed()
    });
    report_keys("search box at a pause: count matches of 's'", &counts);
    println!(
        "{:<46} {:>9}",
        "peak RSS of this process (TUI on the large demo)",
        format!("{} MB", own_peak_kb() / 1024)
    );
}

/// Keys pressed on the app and the frame drawn after each, timed.
struct Keys {
    terminal: Terminal<TestBackend>,
}

impl Keys {
    fn new() -> Keys {
        Keys {
            terminal: Terminal::new(TestBackend::new(120, 40)).unwrap(),
        }
    }

    fn frame(&mut self, app: &mut App, store: &mut Store, code: KeyCode) -> Duration {
        let started = Instant::now();
        app.on_key(store, KeyEvent::new(code, KeyModifiers::NONE));
        self.terminal.draw(|f| view::draw(f, app)).unwrap();
        started.elapsed()
    }
}

/// Search and every company's health, read from the store.
fn store_reads(store: &mut Store) {
    for (what, query) in [
        ("search: common word 'stage'", "stage"),
        ("search: one letter 'a'", "a"),
        ("search: no match 'zzzq'", "zzzq"),
    ] {
        let times = samples(15, || {
            let started = Instant::now();
            store.search(query, 8).unwrap();
            started.elapsed()
        });
        report_keys(what, &times);
    }
    let scores = samples(3, || {
        let started = Instant::now();
        let rows = store.health_scores(&Default::default()).unwrap();
        assert!(rows.len() >= 90_000);
        started.elapsed()
    });
    report_keys("health scores of all 100k companies (store)", &scores);
}

/// Moving through Companies and filtering it as you type.
fn moving_and_filtering(keys: &mut Keys, app: &mut App, store: &mut Store) -> Vec<Duration> {
    let mut every_key = Vec::new();
    keys.frame(app, store, KeyCode::Char('2'));
    let down = samples(41, || keys.frame(app, store, KeyCode::Down));
    report_keys("key to frame: ↓ in Companies (100k)", &down);
    let page = samples(41, || keys.frame(app, store, KeyCode::PageDown));
    report_keys("key to frame: page down in Companies", &page);
    let mut end = Vec::new();
    for _ in 0..5 {
        end.push(keys.frame(app, store, KeyCode::End));
        end.push(keys.frame(app, store, KeyCode::Home));
    }
    report_keys("key to frame: end and home (100k rows)", &end);
    every_key.extend(down.iter().chain(&page).chain(&end));

    // Filtering: a word typed letter by letter and taken back, three times;
    // and 'e', which is in most tags and many names (the most a letter can match).
    keys.frame(app, store, KeyCode::Char('/'));
    let mut filter = Vec::new();
    for _ in 0..3 {
        for letter in "zaandam".chars() {
            filter.push(keys.frame(app, store, KeyCode::Char(letter)));
        }
        for _ in 0..7 {
            filter.push(keys.frame(app, store, KeyCode::Backspace));
        }
        filter.push(keys.frame(app, store, KeyCode::Char('e')));
        filter.push(keys.frame(app, store, KeyCode::Backspace));
    }
    report_keys("key to frame: filter Companies as you type", &filter);
    every_key.extend(&filter);
    keys.frame(app, store, KeyCode::Esc);
    every_key
}

/// Every sort of Companies in turn ('o'), three rounds.
fn sorts(keys: &mut Keys, app: &mut App, store: &mut Store) {
    let sorts = [
        "city",
        "status",
        "last contact",
        "contact due",
        "follow-ups",
        "asked",
        "health",
        "name",
    ];
    let mut by_sort: Vec<Vec<Duration>> = vec![Vec::new(); sorts.len()];
    for _ in 0..3 {
        for times in by_sort.iter_mut() {
            times.push(keys.frame(app, store, KeyCode::Char('o')));
        }
    }
    for (sort, times) in sorts.iter().zip(&by_sort) {
        if *sort == "health" {
            // The first sort by health computes every score (when the UI
            // was not idle long enough to have them computed aside); after
            // that, until anything changes, they are in memory.
            report_keys("key to frame: sort Companies by health, cold", &times[..1]);
            report_keys("key to frame: sort Companies by health, again", &times[1..]);
        } else {
            report_keys(&format!("key to frame: sort Companies by {sort}"), times);
        }
    }
}

/// As a person meets it: kring started and idle for a moment (scores
/// computed aside), then Companies sorted by health.
fn sort_by_health_after_idle(keys: &mut Keys, db: &Path, today: NaiveDate) {
    let mut store = Store::open(db, Clock::fixed(today)).expect("open");
    let mut app = App::new(&store, Theme::plain()).expect("app");
    app.idle(&mut store);
    let started = Instant::now();
    while !store.health_scores_warm() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    println!(
        "{:<46} {:>9}",
        "  (scores computed aside, while idle, in)",
        format_duration(started.elapsed())
    );
    keys.frame(&mut app, &mut store, KeyCode::Char('2'));
    let mut sorted = Vec::new();
    for _ in 0..7 {
        sorted.push(keys.frame(&mut app, &mut store, KeyCode::Char('o')));
    }
    report_keys("key to frame: sort Companies by health, after idle", &sorted[6..]);
}

/// Opening a company, going between tabs (also after another process's
/// change, and after a pause), and the search box as you type.
fn pages_and_tabs(keys: &mut Keys, app: &mut App, store: &mut Store) -> Vec<Duration> {
    let mut open = Vec::new();
    for _ in 0..9 {
        open.push(keys.frame(app, store, KeyCode::Enter));
        open.push(keys.frame(app, store, KeyCode::Esc));
    }
    report_keys("key to frame: open a company and back", &open);
    let mut tabs = Vec::new();
    for _ in 0..9 {
        tabs.push(keys.frame(app, store, KeyCode::Char('1')));
        tabs.push(keys.frame(app, store, KeyCode::Char('2')));
    }
    report_keys("key to frame: Today and back to Companies", &tabs);
    // The same after another process changed the database (what kring
    // notices while idle): each list is read again when shown.
    let (mut today_again, mut companies_again) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        app.update(kring::tui::effect::Msg::DataChanged);
        today_again.push(keys.frame(app, store, KeyCode::Char('1')));
        companies_again.push(keys.frame(app, store, KeyCode::Char('2')));
    }
    report_keys("key to frame: Today, read again after a change", &today_again);
    report_keys("key to frame: Companies, read again", &companies_again);
    // As it goes when kring has a moment: the lists shown before are read
    // again ahead while it waits for a key.
    let mut after_a_pause = Vec::new();
    for _ in 0..9 {
        app.update(kring::tui::effect::Msg::DataChanged);
        keys.frame(app, store, KeyCode::Char('1'));
        while app.idle(store) {}
        after_a_pause.push(keys.frame(app, store, KeyCode::Char('2')));
    }
    report_keys("key to frame: Companies after a change and a pause", &after_a_pause);
    tabs.extend(today_again.iter().chain(&companies_again));
    keys.frame(app, store, KeyCode::Char('1'));
    keys.frame(app, store, KeyCode::Char('/'));
    let mut search = Vec::new();
    for _ in 0..3 {
        for letter in "zaandam".chars() {
            search.push(keys.frame(app, store, KeyCode::Char(letter)));
        }
        for _ in 0..7 {
            search.push(keys.frame(app, store, KeyCode::Backspace));
        }
    }
    report_keys("key to frame: search box as you type", &search);
    open.into_iter().chain(tabs).chain(search).collect()
}

fn samples(runs: usize, mut f: impl FnMut() -> Duration) -> Vec<Duration> {
    (0..runs).map(|_| f()).collect()
}

/// Median, 99th percentile and most of a set of times.
fn report_keys(what: &str, times: &[Duration]) {
    let mut sorted = times.to_vec();
    sorted.sort();
    let at = |q: f64| sorted[((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1];
    println!(
        "{what:<46} {:>9} {:>9} {:>6} {:>8}  {}",
        format_duration(sorted[(sorted.len() - 1) / 2]),
        format_duration(at(0.99)),
        "",
        format_duration(*sorted.last().unwrap()),
        sorted.len()
    );
}

/// This process's peak resident memory (Linux).
fn own_peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn prepare_database(dir: &Path) -> PathBuf {
    if let Ok(path) = std::env::var("KRING_BENCH_DB") {
        return PathBuf::from(path);
    }
    let path = dir.join("large.sqlite");
    let demo = run_kring(&path, &["demo", "--scale", "large"]);
    heading();
    report("kring demo --scale large", demo, None, 1);
    path
}

fn kring_command(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kring"));
    cmd.env("KRING_DB", db).env("KRING_TODAY", TODAY).env("USER", "bench");
    cmd
}

fn run_kring(db: &Path, args: &[&str]) -> Run {
    let mut cmd = kring_command(db);
    cmd.args(args);
    run_process(cmd, None, &format!("kring {args:?}"))
}

fn sqlite3_available() -> bool {
    Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The sqlite3 shell running `script` (SQL and dot-commands) on `db`.
fn run_sqlite3(db: &Path, options: &[&str], script: &str) -> Run {
    let mut cmd = Command::new("sqlite3");
    cmd.args(options).arg(db);
    run_process(cmd, Some(script), "sqlite3")
}

/// Run a process with its output to /dev/null: how long it took and its
/// peak resident memory (from the kernel's account of the child, `wait4`).
#[allow(clippy::zombie_processes)] // reaped by wait4, which std cannot see
fn run_process(mut cmd: Command, input: Option<&str>, what: &str) -> Run {
    use std::io::{Read, Write};
    let started = Instant::now();
    let mut child = cmd
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        stdin.write_all(text.as_bytes()).expect("write the script");
    }
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let time = started.elapsed();
    assert_eq!(waited, child.id() as libc::pid_t, "{what}: wait4 failed");
    let mut errors = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        stderr.read_to_string(&mut errors).ok();
    }
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{what}: {errors}"
    );
    Run {
        time,
        peak_kb: usage.ru_maxrss as u64,
    }
}

fn insert_interactions(db: &Path, today: NaiveDate, count: usize) -> (Duration, Duration) {
    let mut store = Store::open(db, Clock::fixed(today)).expect("open");
    let companies = store
        .list_companies(&CompanyFilter {
            limit: Some(count as u32),
            ..Default::default()
        })
        .unwrap();
    let started = Instant::now();
    for (n, company) in companies.iter().cycle().take(count).enumerate() {
        store
            .log_interaction(NewInteraction {
                rating: None,
                company: company.id,
                kind: InteractionKind::Call,
                on: today,
                persons: vec![],
                summary: format!("benchmark call {n}"),
                outcome: None,
                staff: None,
                followup: None,
            })
            .unwrap();
    }
    let total = started.elapsed();
    (total / count as u32, total)
}

/// The median time of several runs, and the most memory any took.
fn measure(runs: usize, mut f: impl FnMut() -> Run) -> Run {
    let all: Vec<Run> = (0..runs).map(|_| f()).collect();
    let mut times: Vec<Duration> = all.iter().map(|r| r.time).collect();
    times.sort();
    Run {
        time: times[(runs - 1) / 2],
        peak_kb: all.iter().map(|r| r.peak_kb).max().unwrap_or(0),
    }
}

fn report(what: &str, kring: Run, floor: Option<Run>, runs: usize) {
    let floor_time = floor.map(|f| format_duration(f.time)).unwrap_or_default();
    let ratio = floor
        .map(|f| format!("{:.2}×", kring.time.as_secs_f64() / f.time.as_secs_f64()))
        .unwrap_or_default();
    let floor_peak = floor.map(|f| megabytes(f.peak_kb)).unwrap_or_default();
    println!(
        "{what:<46} {:>9} {floor_time:>9} {ratio:>6} {:>8} {floor_peak:>8}  {runs}",
        format_duration(kring.time),
        megabytes(kring.peak_kb)
    );
}

/// Rows per second, kring's and the floor's.
fn rate(what: &str, kring: Run, floor: Run, rows: u32) {
    let per_second = |run: Run| format!("{:.0}k/s", f64::from(rows) / run.time.as_secs_f64() / 1000.0);
    println!("{what:<46} {:>9} {:>9}", per_second(kring), per_second(floor));
}

fn megabytes(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

fn format_duration(d: Duration) -> String {
    if d.as_secs_f64() >= 1.0 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }
}

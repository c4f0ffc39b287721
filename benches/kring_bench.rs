//! kring's benchmarks on the `large` demo database (100k companies, 300k
//! people, 1M interactions, 200k follow-ups). Run with `cargo bench`.
//!
//! The machine is shared and noisy: every figure is a median over several
//! runs, and where possible it is set beside a baseline measured in the same
//! run (the `sqlite3` shell doing the same query on the same file).
//!
//! Set `KRING_BENCH_DB=/path/large.sqlite` to reuse a database made earlier
//! with `kring --db /path/large.sqlite demo --scale large`, and
//! `KRING_BENCH_ONLY=data` to run only the import and export figures.
//!
//! `KRING_BENCH_PG=postgresql://…` measures a team database instead: the
//! large demo loaded into PostgreSQL (`kring --db URL demo --scale large`),
//! `today`, search, a company page and the contact export, each beside
//! `psql` running the equivalent queries on the same database.

use chrono::NaiveDate;
use kring::domain::kinds::InteractionKind;
use kring::store::companies::CompanyFilter;
use kring::store::interactions::NewInteraction;
use kring::store::{Clock, Store};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-26";

fn main() {
    if let Ok(url) = std::env::var("KRING_BENCH_PG") {
        postgres_figures(&url);
        return;
    }
    let keep = tempfile::tempdir().expect("temp dir");
    let db = prepare_database(keep.path());
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();

    println!("kring benchmarks on {}", db.display());
    println!("{:<44} {:>12} {:>12}  runs", "what", "median", "baseline");
    // KRING_BENCH_ONLY=data runs only the import/export part; =tui only
    // the terminal UI and search.
    match std::env::var("KRING_BENCH_ONLY").as_deref() {
        Ok("data") => return data_in_and_out(&db),
        Ok("tui") => return tui_and_search(&db, today),
        _ => {}
    }

    let today_cli = median(7, || run_kring(&db, &["today"]));
    let today_sqlite = sqlite3_available().then(|| median(7, || run_sqlite3(&db, TODAY_SQL)));
    report("kring today (process, end to end)", today_cli, today_sqlite, 7);

    let store = Store::open(&db, Clock::fixed(today)).expect("open");
    let list_store = median(5, || {
        let started = Instant::now();
        let mut rows = 0;
        store
            .for_each_company(&CompanyFilter::default(), |_| {
                rows += 1;
                Ok(())
            })
            .unwrap();
        assert!(rows >= 90_000, "expected the large demo, saw {rows} companies");
        started.elapsed()
    });
    let list_sqlite = sqlite3_available().then(|| median(5, || run_sqlite3(&db, LIST_SQL)));
    report("company list, 100k rows (store)", list_store, list_sqlite, 5);
    let list_cli = median(5, || run_kring(&db, &["company", "list"]));
    report("kring company list > /dev/null (process)", list_cli, None, 5);
    let list_json = median(5, || run_kring(&db, &["company", "list", "--json"]));
    report("kring company list --json (process)", list_json, None, 5);
    drop(store);

    tui_and_search(&db, today);

    data_in_and_out(&db);

    let (per_insert, total) = insert_interactions(&db, today, 10_000);
    println!(
        "{:<44} {:>12} {:>12}  (one transaction each, {} total)",
        "log 10k interactions through the store",
        format_duration(per_insert),
        "",
        format_duration(total)
    );
}

/// Export of every current contact (300k) to CSV, the whole database to
/// JSON, and an import of 100k new rows (each undone again with `kring import
/// undo`, so the database is left as it was). Baselines: the sqlite3 shell
/// writing the same join as CSV, and `.import` of the same CSV file into a
/// scratch table.
fn data_in_and_out(db: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("contacts.csv");
    let csv_arg = csv.to_str().unwrap();
    let export = median(3, || run_kring(db, &["export", "contacts", "-o", csv_arg]));
    let lines = std::fs::read_to_string(&csv)
        .map(|t| t.lines().count() - 1)
        .unwrap_or(0);
    let baseline = sqlite3_available().then(|| median(3, || run_sqlite3_args(db, &["-csv"], CONTACTS_SQL)));
    report(
        &format!("kring export contacts: {lines} rows to CSV"),
        export,
        baseline,
        3,
    );

    let json = dir.path().join("all.json");
    let all = median(1, || run_kring(db, &["export", "all", "-o", json.to_str().unwrap()]));
    let size = std::fs::metadata(&json).map(|m| m.len() / 1_000_000).unwrap_or(0);
    report(&format!("kring export all: JSON of {size} MB"), all, None, 1);
    std::fs::remove_file(&json).ok();

    let rows = dir.path().join("import.csv");
    write_import_file(&rows, 100_000);
    let rows_arg = rows.to_str().unwrap();
    let mut undo_times = Vec::new();
    let import = median(3, || {
        let took = run_kring(db, &["import", "contacts", rows_arg]);
        undo_times.push(run_kring(db, &["import", "undo"]));
        took
    });
    let scratch = dir.path().join("scratch.sqlite");
    let baseline = sqlite3_available().then(|| {
        median(3, || {
            std::fs::remove_file(&scratch).ok();
            run_sqlite3_args(
                &scratch,
                &["-cmd", ".mode csv", "-cmd", ".separator ;"],
                &format!(".import {rows_arg} staging"),
            )
        })
    });
    report("kring import contacts: 100k rows", import, baseline, 3);
    let undo = median(undo_times.len(), || undo_times.pop().unwrap_or_default());
    report("kring import undo of those 100k rows", undo, None, 3);
}

/// 100k contacts at 100k new companies, as a Dutch Excel sheet (`;`).
fn write_import_file(path: &Path, rows: usize) {
    let mut text = String::from("Bedrijfsnaam;Plaats;Website;Naam;Functie;E-mailadres;Telefoon\n");
    for n in 0..rows {
        text.push_str(&format!(
            "Benchbedrijf {n} B.V.;Hoorn;https://bench{n}.example.nl;Contact {n};Stagebegeleider;c{n}@bench{n}.example.nl;06-{n:08}\n"
        ));
    }
    std::fs::write(path, text).expect("write import file");
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
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use kring::tui::{app::App, theme::Theme, view};
    use ratatui::{backend::TestBackend, Terminal};

    let mut store = Store::open(db, Clock::fixed(today)).expect("open");
    for (what, query) in [
        ("search: common word 'stage'", "stage"),
        ("search: one letter 'a'", "a"),
        ("search: no match 'zzzq'", "zzzq"),
    ] {
        let time = median(15, || {
            let started = Instant::now();
            store.search(query, 8).unwrap();
            started.elapsed()
        });
        report(what, time, None, 15);
    }

    let all = median(3, || {
        let started = Instant::now();
        let rows = store.health(&Default::default()).unwrap();
        assert!(rows.len() >= 90_000);
        started.elapsed()
    });
    report("health of all 100k companies (store)", all, None, 3);
    let some: Vec<i64> = store
        .company_ids(&Default::default())
        .unwrap()
        .into_iter()
        .take(200)
        .collect();
    let window = median(9, || {
        let started = Instant::now();
        store
            .health(&kring::store::health::HealthFilter {
                companies: Some(some.clone()),
                ..Default::default()
            })
            .unwrap();
        started.elapsed()
    });
    report("health of a screen of 200 companies", window, None, 9);

    let started = Instant::now();
    let mut app = App::new(&store, Theme::plain()).expect("app");
    report("TUI start (all tabs loaded)", started.elapsed(), None, 1);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut frame = |app: &mut App, store: &mut Store, code: KeyCode| {
        let started = Instant::now();
        app.on_key(store, KeyEvent::new(code, KeyModifiers::NONE));
        terminal.draw(|f| view::draw(f, app)).unwrap();
        started.elapsed()
    };
    frame(&mut app, &mut store, KeyCode::Char('2'));
    let down = median(41, || frame(&mut app, &mut store, KeyCode::Down));
    report("key to frame: ↓ in Companies (100k)", down, None, 41);
    let page = median(41, || frame(&mut app, &mut store, KeyCode::PageDown));
    report("key to frame: page down in Companies", page, None, 41);
    let end = median(5, || {
        let time = frame(&mut app, &mut store, KeyCode::End);
        frame(&mut app, &mut store, KeyCode::Home);
        time
    });
    report("key to frame: end (jump to row 100k)", end, None, 5);
    frame(&mut app, &mut store, KeyCode::Char('/'));
    let typed = median(9, || {
        let time = frame(&mut app, &mut store, KeyCode::Char('z'));
        frame(&mut app, &mut store, KeyCode::Backspace);
        time
    });
    report("key to frame: type a filter letter", typed, None, 9);
    // 'e' is in most tags and many names: the most a letter can match.
    let typed_e = median(9, || {
        let time = frame(&mut app, &mut store, KeyCode::Char('e'));
        frame(&mut app, &mut store, KeyCode::Backspace);
        time
    });
    report("key to frame: filter letter 'e' (most matches)", typed_e, None, 9);
    frame(&mut app, &mut store, KeyCode::Esc);
    let open = median(9, || {
        let time = frame(&mut app, &mut store, KeyCode::Enter);
        frame(&mut app, &mut store, KeyCode::Esc);
        time
    });
    report("key to frame: open a company", open, None, 9);
    let today_tab = median(9, || {
        let time = frame(&mut app, &mut store, KeyCode::Char('1'));
        frame(&mut app, &mut store, KeyCode::Char('2'));
        time
    });
    report("key to frame: switch to Today", today_tab, None, 9);
    frame(&mut app, &mut store, KeyCode::Char('1'));
    frame(&mut app, &mut store, KeyCode::Char('/'));
    let search = median(9, || {
        let time = frame(&mut app, &mut store, KeyCode::Char('s'));
        frame(&mut app, &mut store, KeyCode::Backspace);
        time
    });
    report("key to frame: search box, one letter", search, None, 9);
    // Read when typing pauses, not per keystroke: how many companies and
    // people match in all ("8 of N").
    let counts = median(9, || {
        let started = Instant::now();
        store.company_text_matches("s").unwrap();
        store.person_text_matches("s").unwrap();
        started.elapsed()
    });
    report("search box at a pause: count matches of 's'", counts, None, 9);
}

/// The overdue and losing-touch queries `kring today` runs, for the baseline.
const TODAY_SQL: &str = "
SELECT f.id, f.due_on, c.name FROM followup f JOIN company c ON c.id = f.company_id
 WHERE f.done_at IS NULL AND f.due_on < '2026-11-26' ORDER BY f.due_on LIMIT 20;
SELECT f.id, f.due_on, c.name FROM followup f JOIN company c ON c.id = f.company_id
 WHERE f.done_at IS NULL AND f.due_on >= '2026-11-26' AND f.due_on <= '2026-12-03' ORDER BY f.due_on LIMIT 20;
SELECT c.id, c.name FROM company c WHERE c.archived = 0 AND c.contact_due_on < '2026-11-26'
 ORDER BY c.contact_due_on LIMIT 20;
SELECT count(*) FROM company c WHERE c.archived = 0 AND c.contact_due_on < '2026-11-26';";

const LIST_SQL: &str = "
SELECT c.id, c.name, c.kvk, c.city, c.sector, c.status, s.name, c.last_contact_on, c.contact_due_on,
       (SELECT count(*) FROM followup f WHERE f.company_id = c.id AND f.done_at IS NULL),
       (SELECT group_concat(t.name, ',') FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = c.id),
       c.archived
  FROM company c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.archived = 0 ORDER BY c.name_fold, c.id;";

fn prepare_database(dir: &Path) -> PathBuf {
    if let Ok(path) = std::env::var("KRING_BENCH_DB") {
        return PathBuf::from(path);
    }
    let path = dir.join("large.sqlite");
    let started = Instant::now();
    let status = kring_command(&path)
        .args(["demo", "--scale", "large"])
        .status()
        .expect("run kring demo");
    assert!(status.success(), "kring demo --scale large failed");
    println!("kring demo --scale large: {}", format_duration(started.elapsed()));
    path
}

fn kring_command(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kring"));
    cmd.env("KRING_DB", db).env("KRING_TODAY", TODAY).env("USER", "bench");
    cmd
}

fn run_kring(db: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let output = kring_command(db).args(args).output().expect("run kring");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "kring {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

fn sqlite3_available() -> bool {
    Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run_sqlite3(db: &Path, sql: &str) -> Duration {
    run_sqlite3_args(db, &[], sql)
}

fn run_sqlite3_args(db: &Path, options: &[&str], sql: &str) -> Duration {
    let started = Instant::now();
    let output = Command::new("sqlite3")
        .args(options)
        .arg(db)
        .arg(sql)
        .output()
        .expect("run sqlite3");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "sqlite3: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
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

fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[runs / 2]
}

fn report(what: &str, value: Duration, baseline: Option<Duration>, runs: usize) {
    report_against("the sqlite3 shell", what, value, baseline, runs)
}

fn report_against(floor: &str, what: &str, value: Duration, baseline: Option<Duration>, runs: usize) {
    let base = baseline.map(format_duration).unwrap_or_default();
    let ratio = baseline
        .map(|b| format!(" ({:.1}× {floor})", value.as_secs_f64() / b.as_secs_f64()))
        .unwrap_or_default();
    println!("{what:<44} {:>12} {base:>12}  {runs}{ratio}", format_duration(value));
}

fn format_duration(d: Duration) -> String {
    if d.as_secs_f64() >= 1.0 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }
}

/// The same everyday commands on a team database, each beside psql doing
/// the equivalent queries (process start, connection and query, as kring).
fn postgres_figures(url: &str) {
    println!("kring benchmarks on {url}");
    println!("{:<44} {:>12} {:>12}  runs", "what", "median", "baseline");
    let kring = |args: &[&str]| {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_kring"))
            .env("KRING_DB", url)
            .env("KRING_TODAY", TODAY)
            .args(args)
            .output()
            .expect("run kring");
        assert!(
            out.status.success(),
            "kring {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        started.elapsed()
    };
    let psql = |sql: &str| {
        let started = Instant::now();
        let out = Command::new("psql")
            .args([url, "-X", "-q", "-At", "-c", sql])
            .output()
            .expect("run psql");
        assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
        started.elapsed()
    };
    let floor = |sql: &str, runs| Some(median(runs, || psql(sql)));
    report_against(
        "psql",
        "kring today",
        median(7, || kring(&["today"])),
        floor(TODAY_SQL, 7),
        7,
    );
    report_against(
        "psql",
        "kring search zaan",
        median(7, || kring(&["search", "zaan"])),
        floor(PG_SEARCH_SQL, 7),
        7,
    );
    report_against(
        "psql",
        "kring company show 1",
        median(7, || kring(&["company", "show", "1"])),
        floor(PG_COMPANY_SQL, 7),
        7,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("contacts.csv");
    report_against(
        "psql",
        "kring export contacts (300k rows to CSV)",
        median(3, || kring(&["export", "contacts", "-o", csv.to_str().unwrap()])),
        floor(CONTACTS_SQL, 3),
        3,
    );
}

const PG_SEARCH_SQL: &str = "
SELECT id FROM company WHERE name_fold >= 'zaan' AND name_fold < 'zaan' || chr(1114111) LIMIT 8;
SELECT id FROM company WHERE search @@ to_tsquery('kring', 'zaan:*') LIMIT 200;
SELECT id FROM person WHERE name_fold >= 'zaan' AND name_fold < 'zaan' || chr(1114111) LIMIT 8;
SELECT id FROM person WHERE search @@ to_tsquery('kring', 'zaan:*') LIMIT 200;
SELECT id FROM interaction WHERE search @@ to_tsquery('kring', 'zaan:*') ORDER BY id DESC LIMIT 200;";

const PG_COMPANY_SQL: &str = "
SELECT * FROM company WHERE id = 1;
SELECT p.name, e.role FROM employment e JOIN person p ON p.id = e.person_id WHERE e.company_id = 1;
SELECT * FROM followup WHERE company_id = 1 AND done_at IS NULL ORDER BY due_on;
SELECT i.*, s.name FROM interaction i LEFT JOIN staff s ON s.id = i.staff_id
 WHERE i.company_id = 1 ORDER BY i.occurred_on DESC, i.id DESC LIMIT 50;
SELECT substr(occurred_on, 1, 7), count(*) FROM interaction WHERE company_id = 1 GROUP BY 1;";

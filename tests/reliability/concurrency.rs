//! Concurrent use: two kring processes logging in loops, a third reading
//! (today, lists, search), and a long-lived connection in this process
//! standing in for an open terminal UI — it reads Today, notices the others'
//! commits through `PRAGMA data_version`, and writes now and then. Nobody
//! sees "database is locked", and no write is lost.
//!
//! `KRING_SOAK_SECONDS` sets how long (8 by default, as in CI; the full run
//! in docs/reliability.md used 60). With `KRING_TEST_DB=postgresql://…` the
//! same soak runs on a PostgreSQL database of its own as well.

use super::{count, integrity, kring, ok};
use kring::model::companies::NewCompany;
use kring::model::today::TodayOptions;
use kring::store::{Clock, Store};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

/// What one looping process did: successes, and the failures' messages.
#[derive(Default, Debug)]
struct Tally {
    ok: usize,
    failures: Vec<String>,
}

/// Run `args(n)` as kring processes one after another until `stop`.
fn looping(
    db: PathBuf,
    stop: Arc<AtomicBool>,
    args: impl Fn(usize) -> Vec<String> + Send + 'static,
) -> thread::JoinHandle<Tally> {
    thread::spawn(move || {
        let mut tally = Tally::default();
        let mut n = 0;
        while !stop.load(Ordering::Relaxed) {
            let args = args(n);
            let output = kring(&db).args(&args).output().unwrap();
            if output.status.success() {
                tally.ok += 1;
            } else {
                tally
                    .failures
                    .push(format!("{args:?}: {}", String::from_utf8_lossy(&output.stderr).trim()));
            }
            n += 1;
        }
        tally
    })
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn three_processes_and_an_open_ui_share_one_file_without_locked_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let open = || Store::open(&db, Clock::system()).unwrap();
    soak(db.clone(), &open, &|sql| count(&db, sql));
    assert_eq!(integrity(&db), "ok");
}

#[test]
#[ignore = "needs a PostgreSQL server: KRING_TEST_DB=postgresql://… (.ci/run sets it)"]
fn three_processes_and_an_open_ui_share_one_postgresql_database_without_lost_writes() {
    let server = std::env::var("KRING_TEST_DB").expect("KRING_TEST_DB names a PostgreSQL server");
    let name = format!("kring_soak_{}", std::process::id());
    let psql = |url: &str, sql: &str| {
        let out = std::process::Command::new("psql")
            .args([url, "-X", "-q", "-At", "-c", sql])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    psql(&server, &format!("CREATE DATABASE {name}"));
    let (main, query) = server.split_once('?').unwrap_or((&server, ""));
    let url = format!("{}/{name}?{query}", main.rsplit_once('/').unwrap().0);
    let open = || {
        let Ok(kring::domain::location::Location::Postgres(target)) = kring::domain::location::parse(&url) else {
            panic!("{url} is a PostgreSQL URL")
        };
        Store::connect(&target, Clock::system(), false).unwrap()
    };
    soak(PathBuf::from(&url), &open, &|sql| {
        psql(&url, sql).trim().parse().unwrap()
    });
    psql(&server, &format!("DROP DATABASE {name} WITH (FORCE)"));
}

/// The soak on `db` (a file, or a URL where kring takes one): `open` is the
/// long-lived connection, `count` asks the database directly.
fn soak(db: PathBuf, open: &dyn Fn() -> Store, count: &dyn Fn(&str) -> i64) {
    let seconds: u64 = std::env::var("KRING_SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    ok(&db, &["init", "--me", "Sanne Bakker"]);
    ok(&db, &["staff", "add", "Joost Mulder"]);
    ok(&db, &["company", "add", "Smit BV", "--city", "Hoorn"]);
    ok(&db, &["company", "add", "Vos BV", "--city", "Edam"]);

    let stop = Arc::new(AtomicBool::new(false));
    let writer_a = looping(db.clone(), stop.clone(), |n| {
        strings(&["log", "Smit", "--kind", "call", "--note", &format!("soak-a-{n}")])
    });
    let writer_b = looping(db.clone(), stop.clone(), |n| {
        strings(&[
            "--as",
            "Joost Mulder",
            "log",
            "Vos",
            "--kind",
            "email",
            "--note",
            &format!("soak-b-{n}"),
            "--follow-up",
            "+3d",
            "--action",
            &format!("soak-b-action-{n}"),
        ])
    });
    let reader = looping(db.clone(), stop.clone(), |n| match n % 3 {
        0 => strings(&["today", "--json"]),
        1 => strings(&["company", "list", "--json"]),
        _ => strings(&["search", "soak", "--json"]),
    });

    // The "open UI": one connection for the whole run.
    let mut ui = open();
    let mut seen = ui.data_version().unwrap();
    let (mut noticed, mut ui_writes, mut ui_failures) = (0, 0, Vec::new());
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(seconds) {
        if let Err(e) = ui.today_view(TodayOptions::default()) {
            ui_failures.push(format!("today: {e}"));
        }
        let version = ui.data_version().unwrap();
        if version != seen {
            noticed += 1;
            seen = version;
        }
        if noticed % 10 == 9 {
            let name = format!("UI bedrijf {ui_writes}");
            match ui.add_company(NewCompany {
                name,
                ..Default::default()
            }) {
                Ok(_) => ui_writes += 1,
                Err(e) => ui_failures.push(format!("add company: {e}")),
            }
            noticed += 1;
        }
        thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, Ordering::Relaxed);
    let (a, b, r) = (
        writer_a.join().unwrap(),
        writer_b.join().unwrap(),
        reader.join().unwrap(),
    );
    println!(
        "soak {seconds}s: writer A {} logs, writer B {} logs with follow-ups, reader {} commands, \
         UI noticed {noticed} changes and wrote {ui_writes} companies",
        a.ok, b.ok, r.ok
    );
    let failures: Vec<&String> = a
        .failures
        .iter()
        .chain(&b.failures)
        .chain(&r.failures)
        .chain(&ui_failures)
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert!(a.ok > 0 && b.ok > 0 && r.ok > 0, "every process got work done");
    assert!(noticed > 0, "the open connection noticed the other processes' commits");

    // No write lost: every success is in the file, once.
    assert_eq!(
        count("SELECT count(*) FROM interaction WHERE summary LIKE 'soak-a-%'"),
        a.ok as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM interaction WHERE summary LIKE 'soak-b-%'"),
        b.ok as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM followup WHERE action LIKE 'soak-b-action-%'"),
        b.ok as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM company WHERE name LIKE 'UI bedrijf %'"),
        ui_writes as i64
    );
    drop(ui);
    ok(&db, &["today"]);
}

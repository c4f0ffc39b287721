//! The same everyday commands on a team database (`KRING_BENCH_PG=URL`):
//! each beside `psql` running the equivalent queries on the same database
//! (process start, connection and query, as kring), then the daily
//! commands again across a network with 1 ms round trips, with the round
//! trips each makes.

use super::latency::Proxy;
use super::*;

pub(super) fn postgres_figures(url: &str) {
    println!("kring benchmarks on {url}");
    let only = std::env::var("KRING_BENCH_ONLY").ok();
    let part = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if part("commands") {
        heading();
        commands(url);
    }
    if part("latency") {
        across_a_network(url);
    }
    if part("tui") {
        in_process(url);
    }
}

/// The terminal UI in process on the team database, as the file's bench
/// runs it: a key handled, the store read, the frame drawn — moving through
/// Companies and filtering it as you type, then the tabs and pages.
fn in_process(url: &str) {
    use kring::domain::location::{parse, Location};
    let Ok(Location::Postgres(target)) = parse(url) else {
        return;
    };
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut store = Store::connect(&target, Clock::fixed(today), false).expect("connect");
    println!();
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8}  samples",
        "in process", "median", "p99", "", "most"
    );
    let started = Instant::now();
    let mut app = App::new(&store, Theme::plain()).expect("app");
    report_keys("TUI start (all tabs loaded)", &[started.elapsed()]);
    let mut keys = Keys::new();
    let mut every_key = moving_and_filtering(&mut keys, &mut app, &mut store);
    every_key.extend(pages_and_tabs(&mut keys, &mut app, &mut store));
    report_keys("key to frame: every key above", &every_key);
}

fn kring(url: &str, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kring"));
    cmd.env("KRING_DB", url)
        .env("KRING_TODAY", TODAY)
        .env("USER", "bench")
        .args(args);
    run_process(cmd, None, &format!("kring {args:?}"))
}

fn psql(url: &str, script: &str) -> Run {
    let mut cmd = Command::new("psql");
    cmd.args([url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"]);
    run_process(cmd, Some(script), "psql")
}

fn commands(url: &str) {
    let list = LIST_SQL.replace("group_concat(t.name, ',')", "string_agg(t.name, ',')");
    let contacts = format!(
        "COPY ({}) TO STDOUT WITH CSV HEADER;",
        CONTACTS_SQL.trim_end_matches(';')
    );
    let everything = export_all_sql(url);
    let cases: [(&str, &[&str], &str, usize); 15] = [
        ("kring today", &["today"], TODAY_SQL, 7),
        ("kring company list (100k)", &["company", "list"], &list, 5),
        ("kring company list --json", &["company", "list", "--json"], &list, 5),
        ("kring person list (300k)", &["person", "list"], PERSON_LIST_SQL, 5),
        (
            "kring person list --json",
            &["person", "list", "--json"],
            PERSON_LIST_SQL,
            5,
        ),
        ("kring followup list", &["followup", "list"], FOLLOWUP_LIST_SQL, 5),
        ("kring health (every company)", &["health"], HEALTH_SQL, 5),
        (
            "kring health --band at-risk",
            &["health", "--band", "at-risk"],
            HEALTH_SQL,
            5,
        ),
        ("kring duplicates", &["duplicates"], PG_DUPLICATES_SQL, 3),
        ("kring search zaan", &["search", "zaan"], PG_SEARCH_SQL, 7),
        ("kring company show 1", &["company", "show", "1"], COMPANY_SQL, 7),
        ("kring remind", &["remind"], "", 5),
        ("kring goals", &["goals"], "", 5),
        (
            "kring export contacts (CSV)",
            &["export", "contacts", "-o", "/dev/null"],
            &contacts,
            3,
        ),
        (
            "kring export all",
            &["export", "all", "-o", "/dev/null"],
            &everything,
            3,
        ),
    ];
    for (what, args, sql, runs) in cases {
        let floor = (!sql.is_empty()).then(|| measure(runs, || psql(url, sql)));
        report(what, measure(runs, || kring(url, args)), floor, runs);
    }
}

/// Every table copied out as it is (the floor of `export all`).
fn export_all_sql(url: &str) -> String {
    let out = Command::new("psql")
        .args([url, "-X", "-q", "-At", "-c"])
        .arg("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
        .output()
        .expect("psql runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|table| format!("COPY {table} TO STDOUT;\n"))
        .collect()
}

/// The daily commands through a proxy that holds each message 0.5 ms each
/// way (1 ms round trips, a school's network between a laptop and its
/// server), beside psql sending the same statements; with how many round
/// trips each made, connecting included.
fn across_a_network(url: &str) {
    let Some(upstream) = socket_of(url) else {
        println!("(the network figures need a URL with ?host=/socket/directory)");
        return;
    };
    let proxy = Proxy::start(upstream, Duration::from_micros(500));
    let host = proxy.host().to_str().expect("a UTF-8 path").to_string();
    let through = url
        .split_once("host=")
        .map(|(before, after)| {
            let rest = after.split_once('&').map(|(_, r)| format!("&{r}")).unwrap_or_default();
            format!("{before}host={host}{rest}")
        })
        .expect("a host in the URL");
    println!();
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8} {:>8}  runs",
        "with 1 ms round trips", "kring", "psql", "ratio", "kring", "psql"
    );
    println!(
        "{:<46} {:>9} {:>9} {:>6} {:>8} {:>8}",
        "", "median", "median", "", "trips", "trips"
    );
    let cases: [(&str, &[&str], &str); 4] = [
        ("kring today", &["today"], TODAY_SQL),
        ("kring company show 1", &["company", "show", "1"], COMPANY_SQL),
        ("kring search zaan", &["search", "zaan"], PG_SEARCH_SQL),
        (
            "kring followup list --limit 20",
            &["followup", "list", "--limit", "20"],
            FOLLOWUP_PAGE_SQL,
        ),
    ];
    let runs = 7;
    for (what, args, sql) in cases {
        proxy.take_turns();
        let kring_run = measure(runs, || kring(&through, args));
        let kring_trips = proxy.take_turns() / runs as u64;
        let floor = measure(runs, || psql(&through, sql));
        let floor_trips = proxy.take_turns() / runs as u64;
        println!(
            "{what:<46} {:>9} {:>9} {:>6} {kring_trips:>8} {floor_trips:>8}  {runs}",
            format_duration(kring_run.time),
            format_duration(floor.time),
            format!("{:.2}×", kring_run.time.as_secs_f64() / floor.time.as_secs_f64()),
        );
    }
}

/// The server's socket file named by a URL's `host=` directory and port.
fn socket_of(url: &str) -> Option<PathBuf> {
    let query = url.split_once('?')?.1;
    let mut dir = None;
    let mut port = "5432".to_string();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("host", value)) if value.starts_with('/') => dir = Some(value.to_string()),
            Some(("port", value)) => port = value.to_string(),
            _ => {}
        }
    }
    Some(Path::new(&dir?).join(format!(".s.PGSQL.{port}")))
}

const PG_SEARCH_SQL: &str = "
SELECT id FROM company WHERE name_fold >= 'zaan' AND name_fold < 'zaan' || chr(1114111) LIMIT 8;
SELECT id FROM company WHERE search @@ to_tsquery('kring', 'zaan:*') LIMIT 200;
SELECT id FROM person WHERE name_fold >= 'zaan' AND name_fold < 'zaan' || chr(1114111) LIMIT 8;
SELECT id FROM person WHERE search @@ to_tsquery('kring', 'zaan:*') LIMIT 200;
SELECT id FROM interaction WHERE search @@ to_tsquery('kring', 'zaan:*') ORDER BY id DESC LIMIT 200;";

/// The groupings of `kring duplicates` (DUPLICATES_SQL in PostgreSQL's words).
const PG_DUPLICATES_SQL: &str = "
SELECT string_agg(id::text, ','), string_agg(name, chr(31)) FROM company WHERE archived = 0
 GROUP BY name_fold, coalesce(city_fold, '') HAVING count(*) > 1;
SELECT string_agg(id::text, ','), string_agg(name, chr(31)) FROM company WHERE archived = 0 AND website IS NOT NULL
 GROUP BY lower(website) HAVING count(*) > 1;
SELECT string_agg(id::text, ','), string_agg(name, chr(31)) FROM
  (SELECT id, name, lower(email) AS key FROM person WHERE email IS NOT NULL ORDER BY id) p GROUP BY key HAVING count(*) > 1;
SELECT string_agg(id::text, ','), string_agg(name, chr(31)) FROM
  (SELECT DISTINCT p.id, p.name, p.name_fold || '/' || e.company_id AS key
     FROM person p JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL ORDER BY p.id) d
 GROUP BY key HAVING count(*) > 1;";

/// A page of open follow-ups.
const FOLLOWUP_PAGE_SQL: &str = "
SELECT f.id, f.due_on, f.company_id, c.name, p.name, f.staff_id, s.name, f.action, f.done_at
  FROM followup f JOIN company c ON c.id = f.company_id
  LEFT JOIN person p ON p.id = f.person_id LEFT JOIN staff s ON s.id = f.staff_id
 WHERE f.done_at IS NULL ORDER BY f.due_on, f.id LIMIT 20;";

//! End to end, as a person would: the real binary in tmux. Open kring, find
//! a company with `/`, log a call with a follow-up in the past, see it on
//! Today as overdue, mark it done, quit — then check the database; and a
//! connector's whole day in the terminal UI alone (import, log, undo, a
//! circle meeting, an evaluation, a handover, an export).
//!
//! Needs tmux (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux must be installed for the end-to-end test (apt-get install tmux)")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "kring"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    fn text(&self, text: &str) {
        assert!(self.run(&["send-keys", "-t", "kring", "-l", text]).status.success());
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "kring"]).stdout).into_owned()
    }

    /// Wait until the screen shows `text`; fail with the screen when it does not.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn alive(&self) -> bool {
        self.run(&["has-session", "-t", "kring"]).status.success()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn kring(db: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_kring"))
        .env("LC_ALL", "C.UTF-8")
        .env("KRING_DB", db)
        .env("KRING_TODAY", "2026-11-26")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kring {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// kring's terminal UI on `db`, in a detached tmux session of 120×36.
fn ui_in_tmux(db: &Path, name: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("kring-{name}-{}", std::process::id()),
    };
    let command = format!(
        "env LC_ALL=C.UTF-8 KRING_DB='{}' KRING_TODAY=2026-11-26 NO_COLOR=1 '{}'",
        db.display(),
        env!("CARGO_BIN_EXE_kring")
    );
    let started = tmux.run(&["new-session", "-d", "-s", "kring", "-x", "120", "-y", "36", &command]);
    assert!(
        started.status.success(),
        "tmux: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux
}

#[test]
fn log_a_call_see_it_overdue_mark_it_done() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    kring(
        &db,
        &[
            "company",
            "add",
            "Machinefabriek De Zaan",
            "--city",
            "Zaandam",
            "--status",
            "active",
        ],
    );
    kring(&db, &["company", "add", "Drukkerij Purmerend", "--city", "Purmerend"]);
    kring(
        &db,
        &[
            "person",
            "add",
            "Noëlle de Vries",
            "--company",
            "zaan",
            "--role",
            "praktijkopleider",
        ],
    );

    let tmux = ui_in_tmux(&db, "e2e");
    tmux.wait_for("Overdue (0)");

    // Find the company with / and open it.
    tmux.text("/");
    tmux.wait_for("Search everywhere");
    tmux.text("zaan");
    tmux.wait_for("Machinefabriek De Zaan");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Timeline (0)");

    // Log a call with Noëlle, with a follow-up dated yesterday.
    tmux.text("l");
    tmux.wait_for("Log an interaction");
    tmux.keys(&["Tab", "Tab", "Space", "Tab"]);
    tmux.text("Gebeld over twee stageplekken");
    tmux.keys(&["Tab", "Tab"]);
    tmux.text("yesterday");
    tmux.keys(&["Tab"]);
    tmux.text("Stageaanbod sturen");
    tmux.keys(&["C-s"]);
    tmux.wait_for("logged call on 2026-11-26, follow-up on 2026-11-25");
    tmux.wait_for("Timeline (1)");

    // Today shows it overdue; mark it done.
    tmux.text("1");
    // Wait for Today itself: the company screen shows the action too.
    let today = tmux.wait_for("Overdue (1)");
    assert!(
        today.contains("Stageaanbod sturen") && today.contains("1d late"),
        "{today}"
    );
    tmux.text("d");
    tmux.wait_for("done: Stageaanbod sturen");
    tmux.wait_for("Overdue (0)");

    tmux.text("q");
    let deadline = Instant::now() + Duration::from_secs(10);
    while tmux.alive() {
        assert!(Instant::now() < deadline, "kring did not quit:\n{}", tmux.screen());
        std::thread::sleep(Duration::from_millis(100));
    }

    // The database holds what was done on screen.
    let shown: serde_json::Value = serde_json::from_str(&kring(&db, &["company", "show", "zaan", "--json"])).unwrap();
    assert_eq!(shown["timeline"][0]["summary"], "Gebeld over twee stageplekken");
    assert_eq!(shown["timeline"][0]["persons"], serde_json::json!(["Noëlle de Vries"]));
    assert_eq!(shown["company"]["last_contact"], "2026-11-26");
    let all: serde_json::Value = serde_json::from_str(&kring(&db, &["followup", "list", "--all", "--json"])).unwrap();
    assert_eq!(all[0]["action"], "Stageaanbod sturen");
    assert_eq!(all[0]["due"], "2026-11-25");
    assert!(all[0]["done_at"].is_string(), "marked done: {all}");
}

/// A bug that panics in the middle of a write (provoked with
/// `KRING_TEST_PANIC` in a debug build): the terminal comes back in its
/// normal mode, the message says where to report it, and the half-done write
/// is not in the database.
#[test]
fn a_crash_restores_the_terminal_and_saves_nothing_half() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    kring(&db, &["company", "add", "Machinefabriek De Zaan"]);

    let tmux = Tmux {
        socket: format!("kring-crash-{}", std::process::id()),
    };
    let started = tmux.run(&["new-session", "-d", "-s", "kring", "-x", "120", "-y", "36", "sh"]);
    assert!(started.status.success());
    let command = format!(
        "env LC_ALL=C.UTF-8 KRING_DB='{}' KRING_TEST_PANIC=1 '{}'; echo ex''it=$?",
        db.display(),
        env!("CARGO_BIN_EXE_kring")
    );
    tmux.text(&command);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("exit=1");
    assert!(screen.contains("kring crashed at"), "{screen}");
    assert!(screen.contains("Reporting a problem"), "{screen}");
    assert!(
        !screen.contains("provoked by"),
        "the panic's message stays out: {screen}"
    );
    assert!(screen.contains("exit=101"), "{screen}");
    assert_terminal_restored(&tmux);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let companies: i64 = conn
        .query_row("SELECT count(*) FROM company", [], |r| r.get(0))
        .unwrap();
    assert_eq!(companies, 1, "the company being written when it crashed is not there");
}

/// The terminal is out of raw mode: the line discipline is canonical again.
fn assert_terminal_restored(tmux: &Tmux) {
    tmux.keys(&["C-l"]);
    tmux.text("clear; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon");
    tmux.keys(&["Enter"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut screen = tmux.screen();
    while !screen
        .lines()
        .any(|l| l.trim().ends_with("icanon") && !l.contains("grep"))
    {
        assert!(Instant::now() < deadline, "no answer from stty:\n{screen}");
        std::thread::sleep(Duration::from_millis(100));
        screen = tmux.screen();
    }
    assert!(screen.lines().any(|l| l.trim() == "icanon"), "{screen}");
    assert!(!screen.lines().any(|l| l.trim() == "-icanon"), "still raw: {screen}");
}

/// `kill`, a closed terminal window or Ctrl-\\: kring ends as the signal
/// asks, and the terminal is restored as after a panic.
#[test]
fn the_signals_that_end_a_program_restore_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    let tmux = Tmux {
        socket: format!("kring-signals-{}", std::process::id()),
    };
    let started = tmux.run(&["new-session", "-d", "-s", "kring", "-x", "120", "-y", "36", "sh"]);
    assert!(started.status.success());
    let pid_file = dir.path().join("pid");
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("QUIT", 131)] {
        tmux.text(&format!(
            "clear; sh -c 'echo $$ > {}; exec env LC_ALL=C.UTF-8 KRING_DB={} NO_COLOR=1 {}'; echo ex''it=$?",
            pid_file.display(),
            db.display(),
            env!("CARGO_BIN_EXE_kring")
        ));
        tmux.keys(&["Enter"]);
        tmux.wait_for("1 Today");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .unwrap();
        assert!(killed.success());
        let screen = tmux.wait_for("exit=");
        assert!(screen.contains(&format!("exit={code}")), "SIG{signal}: {screen}");
        assert_terminal_restored(&tmux);
    }
}

/// The terminal UI open in one terminal, a command in another: the UI shows
/// the other process's change by itself, without a key press or a restart.
#[test]
fn the_open_ui_shows_what_another_process_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    kring(&db, &["company", "add", "Machinefabriek De Zaan"]);

    a_follow_up_added_elsewhere_shows_up(&db, "sync");
}

/// The UI open on Today; another process adds an overdue follow-up; the
/// screen shows it without a key press.
fn a_follow_up_added_elsewhere_shows_up(db: &Path, name: &str) {
    let tmux = ui_in_tmux(db, name);
    tmux.wait_for("Overdue (0)");
    kring(
        db,
        &[
            "followup",
            "add",
            "Zaan",
            "--due",
            "2026-11-20",
            "--action",
            "Contract nasturen",
        ],
    );
    let screen = tmux.wait_for("Overdue (1)");
    assert!(screen.contains("Contract nasturen"), "{screen}");
    tmux.text("q");
}

/// The same on a team database: a colleague's change reaches the open UI
/// through the server's notifications (runs with `KRING_TEST_DB`).
#[test]
#[ignore = "needs a PostgreSQL server: KRING_TEST_DB=postgresql://… (.ci/run sets it)"]
fn the_open_ui_on_postgresql_shows_a_colleagues_change() {
    let server = std::env::var("KRING_TEST_DB").expect("KRING_TEST_DB names a PostgreSQL server");
    let name = format!("kring_e2e_{}", std::process::id());
    let psql = |url: &str, sql: &str| {
        let out = Command::new("psql")
            .args([url, "-X", "-q", "-c", sql])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    psql(&server, &format!("CREATE DATABASE {name}"));
    let (main, query) = server.split_once('?').unwrap_or((&server, ""));
    let db = PathBuf::from(format!("{}/{name}?{query}", main.rsplit_once('/').unwrap().0));
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    kring(&db, &["company", "add", "Machinefabriek De Zaan"]);

    a_follow_up_added_elsewhere_shows_up(&db, "pg-sync");
    psql(&server, &format!("DROP DATABASE {name} WITH (FORCE)"));
}

impl Tmux {
    /// The screen with its attributes (the selected row is in reverse video).
    fn screen_with_attributes(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-e", "-p", "-t", "kring"]).stdout).into_owned()
    }

    /// Move the selection (from the top) to the row that shows `text`: one
    /// key at a time, each waited for (the screen changes), so a slow
    /// machine never overshoots.
    fn select(&self, text: &str) {
        self.text("g");
        std::thread::sleep(Duration::from_millis(300));
        let mut screen = self.screen_with_attributes();
        for _ in 0..200 {
            if screen.lines().any(|l| l.contains("\x1b[7m") && l.contains(text)) {
                return;
            }
            self.text("j");
            let deadline = Instant::now() + Duration::from_secs(3);
            let before = screen;
            loop {
                screen = self.screen_with_attributes();
                if screen != before || Instant::now() > deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(30));
            }
            assert!(
                screen != before,
                "at the bottom, and no row shows {text:?}:\n{}",
                self.screen()
            );
        }
        panic!("no row shows {text:?}:\n{}", self.screen());
    }
}

/// A connector's day in the terminal UI alone, on the demo database: a
/// spreadsheet imported after its dry run, a call logged with a follow-up,
/// marked done and taken back, a circle meeting planned and attendance
/// recorded, a collaboration evaluated, a leaver's companies handed over,
/// a filtered list exported — then the database is checked with the CLI.
#[test]
fn a_connectors_day_without_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["demo"]);
    let sheet = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stagebedrijven-excel-nl.csv");
    let dossier = dir.path().join("overdracht-joost.md");
    let export = dir.path().join("zaandam.csv");
    let companies_before = kring(&db, &["company", "list", "--json"]).matches("\"id\"").count();

    let tmux = ui_in_tmux(&db, "day");
    tmux.wait_for("Overdue (");

    // 08:45 — the spreadsheet from the internship festival: dry run, then yes.
    tmux.text("2I");
    tmux.wait_for("Import a file");
    tmux.text(sheet.to_str().unwrap());
    tmux.keys(&["C-s"]);
    tmux.wait_for("would import 58 rows");
    tmux.text("y");
    tmux.wait_for("imported 58 rows");

    // 09:00 — a call with one of them, and a follow-up.
    tmux.text("/");
    tmux.text("thout");
    tmux.keys(&["Enter", "Enter"]);
    tmux.wait_for("Thout & Frankhuizen #");
    tmux.text("l");
    tmux.wait_for("Log an interaction");
    tmux.keys(&["Tab", "Tab", "Tab"]);
    tmux.text("Gebeld over twee stageplekken");
    tmux.keys(&["Tab", "Tab"]);
    tmux.text("+2w");
    tmux.keys(&["Tab"]);
    tmux.text("Stageaanbod sturen");
    tmux.keys(&["C-s"]);
    tmux.wait_for("logged call on");
    // Done by mistake, and taken back.
    tmux.keys(&["BTab"]);
    tmux.text("d");
    tmux.wait_for("done: Stageaanbod sturen");
    tmux.text("u");
    tmux.wait_for("undone");

    // Thursday — the circle meets: plan it, then who came.
    tmux.text("5");
    tmux.select("Bedrijvenkring Techniek Zaanstreek");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Meetings");
    tmux.text("n");
    tmux.wait_for("Plan a meeting");
    tmux.text("today");
    tmux.keys(&["Tab", "C-u"]);
    tmux.text("16:00");
    tmux.keys(&["Tab"]);
    tmux.text("Het Noord College");
    tmux.keys(&["C-s"]);
    tmux.wait_for("meeting planned on 2026-11-26 16:00");
    tmux.select("2026-11-26 16:00");
    tmux.keys(&["Enter"]);
    tmux.wait_for("came");
    tmux.text("a");
    tmux.wait_for("marked attended");

    // A guest lecture that ended: how did it go?
    tmux.text("8");
    tmux.wait_for("Collaborations");
    tmux.text("v");
    tmux.wait_for("Evaluat");
    tmux.text("Goed verlopen; volgend jaar weer");
    tmux.keys(&["Tab", "Right", "Right", "Right", "Right"]);
    tmux.keys(&["C-s"]);
    tmux.wait_for("evaluated");

    // June — Joost leaves: his companies go to Sanne, with a dossier.
    tmux.text("0");
    tmux.select("Joost Mulder");
    tmux.text("h");
    tmux.wait_for("Joost Mulder leaves");
    tmux.keys(&["Tab", "C-u"]);
    tmux.text(dossier.to_str().unwrap());
    tmux.keys(&["C-s"]);
    tmux.wait_for("from Joost Mulder to");
    tmux.text("y");
    tmux.wait_for("handed over to");

    // Friday — the Zaandam companies' contacts for the invitation mail
    // (esc clears the filter the morning left).
    tmux.text("2");
    tmux.keys(&["Escape"]);
    // An Escape read together with the next key is that key with Alt, as
    // every terminal reads it: the filter key goes on its own.
    std::thread::sleep(Duration::from_millis(300));
    tmux.text("/");
    tmux.text("zaandam");
    tmux.wait_for("zaandam");
    tmux.keys(&["Enter"]);
    tmux.text("E");
    tmux.wait_for("Export the contact persons");
    tmux.keys(&["Tab", "C-u"]);
    tmux.text(export.to_str().unwrap());
    tmux.keys(&["C-s"]);
    tmux.wait_for("written to");

    tmux.text("q");
    let deadline = Instant::now() + Duration::from_secs(10);
    while tmux.alive() {
        assert!(Instant::now() < deadline, "kring did not quit:\n{}", tmux.screen());
        std::thread::sleep(Duration::from_millis(100));
    }

    // What the day did is in the database.
    let companies = kring(&db, &["company", "list", "--json"]).matches("\"id\"").count();
    assert!(companies > companies_before, "the import brought companies");
    let thout: serde_json::Value = serde_json::from_str(&kring(&db, &["company", "show", "Thout", "--json"])).unwrap();
    assert_eq!(thout["timeline"][0]["summary"], "Gebeld over twee stageplekken");
    assert_eq!(
        thout["followups"][0]["action"], "Stageaanbod sturen",
        "open again after u"
    );
    let staff = kring(&db, &["staff", "list"]);
    let joost = staff.lines().find(|l| l.contains("Joost Mulder")).unwrap();
    assert!(joost.contains("left") || joost.contains("2026-11-26"), "{staff}");
    assert!(std::fs::read_to_string(&dossier).unwrap().contains("Joost Mulder"));
    let exported = std::fs::read_to_string(&export).unwrap();
    assert!(exported.lines().skip(1).all(|l| l.contains("Zaandam")), "{exported}");
    assert!(exported.lines().count() > 1, "{exported}");
    let meetings = kring(&db, &["meeting", "list", "--json"]);
    assert!(meetings.contains("2026-11-26 16:00"), "{meetings}");
}

/// A terminal that goes away without a hangup reaching kring (the tmux
/// server killed): kring ends by itself instead of spinning on the closed
/// terminal at full CPU for ever.
#[test]
fn kring_ends_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("kring.sqlite");
    kring(&db, &["init", "--me", "Sanne Bakker"]);
    let tmux = ui_in_tmux(&db, "gone");
    tmux.wait_for("Overdue (0)");
    let pid = String::from_utf8_lossy(&tmux.run(&["list-panes", "-t", "kring", "-F", "#{pane_pid}"]).stdout)
        .trim()
        .to_string();
    assert!(!pid.is_empty());
    let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
    assert!(proc_dir.exists(), "kring runs as the pane's process");
    let _ = tmux.run(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while proc_dir.exists() {
        let state = std::fs::read_to_string(proc_dir.join("stat")).unwrap_or_default();
        if state.split_whitespace().nth(2) == Some("Z") {
            break; // ended, not yet reaped
        }
        assert!(
            Instant::now() < deadline,
            "kring still runs without its terminal: {state}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

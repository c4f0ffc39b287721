//! `kring capture mail` and `kring inbox`: the contacts in a mailbox become
//! proposals, accepted or skipped with one command each; nothing of mail
//! that matched nobody is kept; a second run proposes nothing new.

use super::*;

fn mail(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mail")
        .join(name)
        .display()
        .to_string()
}

/// Sanne's companies: the bakery with its contact Noëlle, and the garage
/// known only by its website.
fn with_companies() -> Db {
    let db = Db::new();
    db.ok(&[
        "company",
        "add",
        "Bakkerij De Korenschoof",
        "--city",
        "Zaandam",
        "--website",
        "https://www.korenschoof.nl",
    ]);
    db.ok(&[
        "person",
        "add",
        "Noëlle de Vries",
        "--company",
        "Korenschoof",
        "--email",
        "noelle@korenschoof.nl",
    ]);
    db.ok(&["company", "add", "Garage Jansen", "--website", "garagejansen.nl"]);
    db
}

#[test]
fn a_mailbox_becomes_proposals_and_a_second_run_proposes_nothing() {
    let db = with_companies();
    let before = db.dump();
    let dry = db.ok(&["capture", "mail", &mail("Inbox"), "--dry-run"]);
    assert!(
        dry.contains("Bakkerij De Korenschoof (Noëlle de Vries): 2 e-mails: Stageplekken voorjaar"),
        "{dry}"
    );
    assert!(
        dry.contains("Garage Jansen: E-mail: Gastles APK in januari?  [domain]"),
        "{dry}"
    );
    assert!(
        dry.contains("Overleg in het café"),
        "windows-1252 words are read: {dry}"
    );
    assert_eq!(before, db.dump(), "a dry run writes nothing");

    let run = db.json(&["capture", "mail", &mail("Inbox")]);
    assert_eq!(run["messages"], 7, "{run}");
    assert_eq!(run["matched"], 4, "{run}");
    assert_eq!(run["unmatched"], 2, "a private address and a colleague: {run}");
    assert_eq!(run["proposed"], 3, "{run}");
    assert_eq!(
        run["skipped"][0]["reason"].as_str().unwrap(),
        "no Date header: kring cannot tell which day it was"
    );

    let inbox = db.json(&["inbox"]);
    let inbox = inbox.as_array().unwrap();
    assert_eq!(inbox.len(), 3);
    let thread = inbox.iter().find(|e| e["on"] == "2026-11-23").unwrap();
    assert_eq!(thread["company"], "Bakkerij De Korenschoof");
    assert_eq!(thread["persons"][0], "Noëlle de Vries");
    assert_eq!(thread["items"], 2);
    assert_eq!(thread["matched_by"], "person");
    assert_eq!(thread["kind"], "email");
    assert_eq!(thread["note"], "2 e-mails: Stageplekken voorjaar");

    let again = db.json(&["capture", "mail", &mail("Inbox")]);
    assert_eq!(again["proposed"], 0, "{again}");
    assert_eq!(again["already"], 4, "{again}");
    assert_eq!(db.count(&["inbox"]), 3);

    // Outlook's reply to the garage, the next day, is a contact of its own day.
    let outlook = db.json(&["capture", "mail", &mail("outlook")]);
    assert_eq!(outlook["proposed"], 1, "{outlook}");
}

#[test]
fn what_matched_nobody_is_nowhere_in_the_database() {
    let db = with_companies();
    db.ok(&["capture", "mail", &mail("Inbox")]);
    db.ok(&["inbox", "accept", "--all"]);
    let bytes = db.stored_bytes();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("Stageplekken voorjaar"),
        "what matched is there to be found"
    );
    for trace in [
        "marleen",
        "Marleen",
        "Verjaardag",
        "j.smit",
        "Rooster teamoverleg",
        "private-1@mail.gmail.com",
        "20261123091240.4711",
        "noelle@korenschoof.nl>",
    ] {
        assert!(!text.contains(trace), "{trace} is in the database");
    }
}

#[test]
fn accepting_logs_a_contact_that_counts_and_remembers_where_it_came_from() {
    let db = with_companies();
    db.ok(&["capture", "mail", &mail("Inbox"), "--auto"]);
    // --auto logged the two contacts with Noëlle; the garage waits.
    let inbox = db.json(&["inbox"]);
    assert_eq!(inbox.as_array().unwrap().len(), 1, "{inbox}");
    assert_eq!(inbox[0]["company"], "Garage Jansen");
    let shown = db.json(&["company", "show", "Korenschoof"]);
    assert_eq!(shown["company"]["last_contact"], "2026-11-25");
    assert_eq!(shown["timeline"][1]["summary"], "2 e-mails: Stageplekken voorjaar");
    let history = db.ok(&["history", "Korenschoof"]);
    assert!(
        history.contains("accept") && history.contains("from: mail"),
        "{history}"
    );

    let id = inbox[0]["id"].as_i64().unwrap().to_string();
    db.ok(&[
        "inbox",
        "edit",
        &id,
        "--kind",
        "call",
        "--note",
        "Gebeld over de gastles",
    ]);
    let garage = db.json(&["company", "show", "Garage Jansen"]);
    assert_eq!(garage["timeline"][0]["kind"], "call");
    assert_eq!(garage["timeline"][0]["summary"], "Gebeld over de gastles");
    assert_eq!(garage["company"]["last_contact"], "2026-11-24");
    db.fails(&["inbox", "accept", &id], "already");

    // Undo: the proposal is open again and its interaction gone.
    db.ok(&["inbox", "undo", &id]);
    let garage = db.json(&["company", "show", "Garage Jansen"]);
    assert_eq!(garage["timeline"].as_array().unwrap().len(), 0, "{garage}");
    assert_eq!(db.count(&["inbox"]), 1);
}

#[test]
fn a_skipped_proposal_never_comes_back() {
    let db = with_companies();
    db.ok(&["capture", "mail", &mail("Inbox")]);
    let ids: Vec<String> = db
        .json(&["inbox"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].to_string())
        .collect();
    db.ok(&["inbox", "skip", &ids[0], &ids[1]]);
    assert_eq!(db.count(&["inbox"]), 1);
    let again = db.json(&["capture", "mail", &mail("Inbox")]);
    assert_eq!(again["proposed"], 0, "{again}");
    assert_eq!(db.count(&["inbox"]), 1);
}

#[test]
fn a_colleagues_proposals_are_theirs_to_decide() {
    let db = with_companies();
    db.ok(&["staff", "add", "Jeroen Smit", "--email", "j.smit@school.nl"]);
    db.ok(&["--as", "Jeroen Smit", "capture", "mail", &mail("Inbox")]);
    assert_eq!(db.count(&["inbox"]), 0, "Sanne's inbox is hers");
    assert_eq!(db.count(&["inbox", "--all"]), 3);
    assert_eq!(db.count(&["--as", "Jeroen Smit", "inbox"]), 3);
    let id = db.json(&["inbox", "--all"])[0]["id"].to_string();
    db.fails(&["inbox", "accept", &id], "came from Jeroen Smit's mail");
    db.ok(&["--as", "Jeroen Smit", "inbox", "accept", &id]);
}

#[test]
fn erasing_a_person_takes_their_proposals_with_them() {
    let db = with_companies();
    db.ok(&["capture", "mail", &mail("Inbox")]);
    db.ok(&["person", "erase", "noelle", "--yes"]);
    let inbox = db.json(&["inbox"]);
    assert_eq!(inbox.as_array().unwrap().len(), 1, "only the garage's is left: {inbox}");
    let text = String::from_utf8_lossy(&db.stored_bytes()).to_string();
    assert!(!text.contains("Stageplekken"), "the subject of her mail is gone");
}

#[test]
fn wrong_sources_say_what_they_are_and_change_nothing() {
    let db = with_companies();
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("agenda.ics");
    std::fs::write(&ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap();
    db.fails(&["capture", "mail", ics.to_str().unwrap()], "is an iCalendar file");
    let missing = dir.path().join("nowhere");
    db.fails(&["capture", "mail", missing.to_str().unwrap()], "cannot read");
    db.fails(&["inbox", "accept", "99"], "no proposal");
    db.fails(&["inbox", "accept"], "which proposals?");
    db.fails(&["capture", "mail", &mail("Inbox"), "--since", "gisteren-ish"], "date");
}

#[test]
fn since_leaves_out_older_mail() {
    let db = with_companies();
    let run = db.json(&["capture", "mail", &mail("Inbox"), "--since", "2026-11-24"]);
    assert_eq!(run["before_since"], 2, "{run}");
    assert_eq!(run["proposed"], 2, "{run}");
}

fn calendar(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/calendar")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn a_calendar_proposes_past_meetings_and_visits_once() {
    let db = with_companies();
    db.ok(&["company", "edit", "Korenschoof", "--street", "Molenstraat 12"]);
    let dry = db.ok(&["capture", "calendar", &calendar("outlook.ics"), "--dry-run"]);
    assert!(
        dry.contains(
            "2026-10-20  Bakkerij De Korenschoof (Noëlle de Vries): meeting: Projectoverleg stage Korenschoof"
        ),
        "{dry}"
    );
    assert!(
        dry.contains(
            "2026-11-18  Bakkerij De Korenschoof (Noëlle de Vries): visit: Projectoverleg stage Korenschoof (bij hen)"
        ),
        "the moved occurrence, at the company's address: {dry}"
    );
    assert!(!dry.contains("Lunch met Piet"), "Sanne declined it: {dry}");
    assert!(!dry.contains("Bedrijfsbezoek"), "cancelled: {dry}");
    assert!(!dry.contains("Stagemarkt"), "in the future: {dry}");

    let run = db.json(&["capture", "calendar", &calendar("outlook.ics")]);
    assert_eq!(run["events"], 4, "{run}");
    assert_eq!(run["declined"], 1, "{run}");
    assert_eq!(run["proposed"], 2, "{run}");
    let google = db.json(&["capture", "calendar", &calendar("google.ics")]);
    assert_eq!(google["proposed"], 4, "{google}");
    assert!(google["skipped"][0]["reason"].as_str().unwrap().contains("FREQ=HOURLY"));
    let again = db.json(&["capture", "calendar", &calendar("outlook.ics")]);
    assert_eq!(again["proposed"], 0, "{again}");
    assert_eq!(again["already"], 2, "{again}");

    let inbox = db.json(&["inbox"]);
    let visit = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["on"] == "2026-11-18")
        .unwrap();
    assert_eq!(visit["kind"], "visit");
    assert_eq!(visit["source"], "calendar");
    let id = visit["id"].to_string();
    db.ok(&["inbox", "accept", &id]);
    let shown = db.json(&["company", "show", "Korenschoof"]);
    assert_eq!(shown["timeline"][0]["kind"], "visit");
    assert_eq!(
        shown["timeline"][0]["summary"],
        "Projectoverleg stage Korenschoof (bij hen)"
    );
    assert!(db.ok(&["history", "Korenschoof"]).contains("from: calendar"));
}

#[test]
fn a_calendar_of_another_kind_of_file_says_what_it_is() {
    let db = with_companies();
    db.fails(&["capture", "calendar", &mail("Inbox")], "not an iCalendar file");
}

/// A published calendar's link, served by a small HTTP server on this
/// machine: answers each request with `status` and the body.
fn serve(status: &'static str, body: Vec<u8>, requests: usize) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.unwrap();
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: text/calendar\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://127.0.0.1:{port}/owa/calendar/0123abcd/reachcalendar.ics")
}

#[test]
fn a_published_calendar_is_fetched_by_its_link() {
    let db = with_companies();
    let ics = std::fs::read(calendar("outlook.ics")).unwrap();
    let url = serve("200 OK", ics, 2);
    let run = db.json(&["capture", "calendar", &url]);
    assert_eq!(run["proposed"], 2, "{run}");
    let again = db.json(&["capture", "calendar", &url]);
    assert_eq!(again["proposed"], 0, "{again}");
    let leftovers: Vec<_> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("kring-calendar-"))
        .collect();
    assert!(leftovers.is_empty(), "the fetched copy is gone: {leftovers:?}");

    let missing = serve("404 Not Found", b"gone".to_vec(), 1);
    db.fails(
        &["capture", "calendar", &missing],
        "cannot fetch the calendar from 127.0.0.1",
    );
    db.fails(
        &["capture", "calendar", "http://agenda.example.nl/cal.ics"],
        "use its https://",
    );
}

#[test]
fn the_reminder_digest_names_the_contacts_waiting_in_the_inbox() {
    let db = with_companies();
    db.ok(&["capture", "mail", &mail("Inbox")]);
    let digest = db.ok(&["remind", "--mine", "--format", "mail"]);
    assert!(digest.contains("3 contacts from mail to log"), "the subject: {digest}");
    assert!(
        digest.contains("Contacts from your mail and calendar to log (kring inbox) (3)"),
        "{digest}"
    );
    assert!(
        digest.contains("Garage Jansen: E-mail: Gastles APK in januari?"),
        "{digest}"
    );
    db.ok(&["inbox", "accept", "--all"]);
    let after = db.ok(&["remind", "--mine"]);
    assert!(!after.contains("kring inbox"), "{after}");
}

/// An mbox that another program wrote (Python's mailbox module): its
/// separators, its `>From` escaping and its encoded subjects.
#[test]
fn an_mbox_written_by_another_program_is_read_as_written() {
    let db = with_companies();
    let run = db.json(&["capture", "mail", &mail("python.mbox")]);
    assert_eq!(
        run["messages"], 3,
        "a body line starting with From is no message: {run}"
    );
    assert_eq!(run["matched"], 2, "{run}");
    let inbox = db.json(&["inbox"]);
    let notes: Vec<&str> = inbox
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["note"].as_str().unwrap())
        .collect();
    assert!(notes.contains(&"E-mail: Stageplekken €uro-vergoeding"), "{notes:?}");
    assert!(notes.contains(&"E-mail: Gastles"), "{notes:?}");
}

/// Two runs over the same mailbox at once (a cron job and a person): each
/// message is proposed once.
#[test]
fn two_runs_at_once_propose_each_message_once() {
    let db = with_companies();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_kring"))
                .env("KRING_DB", db.target())
                .env("KRING_TODAY", "2026-11-26")
                .env("LC_ALL", "C.UTF-8")
                .env_remove("KRING_USER")
                .env("USER", "tester")
                .args(["capture", "mail", &mail("Inbox")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(db.count(&["inbox"]), 3);
    let total: u64 = db
        .json(&["inbox"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["items"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 4, "the thread's two messages and two single ones, none twice");
}

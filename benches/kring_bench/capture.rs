//! `kring capture mail` on a large mailbox: 100k messages in one mbox, as
//! Thunderbird keeps a busy inbox, a third from the demo's contact persons,
//! a third from their companies' domains (people kring does not know), a
//! third from private addresses and colleagues (matching nobody). Each has
//! a body of a few lines that kring must pass over.

use super::*;
use std::io::Write;

const MESSAGES: usize = 100_000;

/// Write the mbox; the contact addresses and company domains come from the
/// database, so a third of the messages match a person and a third a domain.
fn write_mbox(db: &Path, path: &Path) {
    let conn = rusqlite::Connection::open(db).expect("open the database");
    let emails: Vec<String> = conn
        .prepare(
            "SELECT p.email FROM person p JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL
              WHERE p.email IS NOT NULL LIMIT 20000",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!emails.is_empty(), "the demo has contacts with addresses");
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create the mbox"));
    for n in 0..MESSAGES {
        let email = &emails[n % emails.len()];
        let domain = email.rsplit_once('@').map_or("example.nl", |(_, d)| d);
        let from = match n % 3 {
            0 => email.clone(),
            1 => format!("collega{n}@{domain}"),
            _ => format!("iemand{n}@gmail.com"),
        };
        let day = 1 + n % 25;
        let thread = n - n % 3;
        writeln!(
            out,
            "From - Mon Nov {day:02} 10:00:00 2026\n\
             Message-ID: <{n}.bench@{domain}>\n\
             In-Reply-To: <{thread}.bench@{domain}>\n\
             Date: Mon, {day} Nov 2026 10:{:02}:00 +0100\n\
             From: Iemand <{from}>\n\
             To: Sanne Bakker <s.bakker@school.nl>\n\
             Subject: =?UTF-8?Q?Stage_in_het_voorjaar_=E2=80=94_{n}?=\n\
             Content-Type: text/plain; charset=UTF-8\n\
             \n\
             Hoi Sanne,\n\
             \n\
             Een bericht van een paar regels, dat kring overslaat.\n\
             From our side: alles goed.\n\
             \n",
            n % 60
        )
        .unwrap();
    }
}

pub fn capture(db: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mbox = dir.path().join("Inbox");
    write_mbox(db, &mbox);
    let size = std::fs::metadata(&mbox).map(|m| m.len() / 1_000_000).unwrap_or(0);
    let mbox_arg = mbox.to_str().unwrap();
    // The floor: reading the file once and finding its messages' headers.
    let floor = measure(3, || {
        let mut cmd = Command::new("grep");
        cmd.args(["-c", "^Message-ID", mbox_arg]);
        run_process(cmd, None, "grep")
    });
    let dry = measure(3, || run_kring(db, &["capture", "mail", mbox_arg, "--dry-run"]));
    report(
        &format!("kring capture mail --dry-run (100k, {size} MB mbox)"),
        dry,
        Some(floor),
        3,
    );
    rate("  messages per second", dry, floor, MESSAGES as u32);
    // Into the inbox, on a copy (the database is left as it was).
    let copy = dir.path().join("copy.sqlite");
    let run = measure(3, || {
        std::fs::copy(db, &copy).expect("copy the database");
        for suffix in ["-wal", "-shm"] {
            std::fs::remove_file(format!("{}{suffix}", copy.display())).ok();
        }
        run_kring(&copy, &["capture", "mail", mbox_arg])
    });
    report("kring capture mail (into the inbox)", run, Some(floor), 3);
    rate("  messages per second", run, floor, MESSAGES as u32);
    let again = measure(3, || run_kring(&copy, &["capture", "mail", mbox_arg]));
    report("  the same mbox again (nothing new)", again, Some(floor), 3);
}

/// A calendar of 10k events (a tenth of them weekly series over a year),
/// a third with the demo's contact persons.
fn write_ics(db: &Path, path: &Path) {
    let conn = rusqlite::Connection::open(db).expect("open the database");
    let emails: Vec<String> = conn
        .prepare("SELECT email FROM person WHERE email IS NOT NULL LIMIT 5000")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create the ics"));
    write!(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").unwrap();
    for n in 0..10_000 {
        let day = 1 + n % 28;
        let attendee = match n % 3 {
            0 => emails[n % emails.len()].clone(),
            1 => format!("iemand{n}@gmail.com"),
            _ => "s.bakker@school.nl".to_string(),
        };
        let rule = if n % 10 == 0 {
            "RRULE:FREQ=WEEKLY;COUNT=52\r\n"
        } else {
            ""
        };
        write!(
            out,
            "BEGIN:VEVENT\r\nUID:bench-{n}@kring\r\nDTSTART;TZID=W. Europe Standard Time:202510{day:02}T100000\r\n\
             {rule}SUMMARY:Overleg {n}\r\nLOCATION:Teams\r\nORGANIZER:mailto:s.bakker@school.nl\r\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:{attendee}\r\nEND:VEVENT\r\n"
        )
        .unwrap();
    }
    write!(out, "END:VCALENDAR\r\n").unwrap();
}

pub fn calendar(db: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ics = dir.path().join("agenda.ics");
    write_ics(db, &ics);
    let ics_arg = ics.to_str().unwrap();
    let dry = measure(3, || run_kring(db, &["capture", "calendar", ics_arg, "--dry-run"]));
    report("kring capture calendar --dry-run (10k events)", dry, None, 3);
}

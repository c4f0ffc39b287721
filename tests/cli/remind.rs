//! `kring remind`: the digest cron mails.

use super::Db;

#[test]
fn nothing_due_prints_nothing_and_exits_0_so_cron_mails_nothing() {
    let db = Db::new();
    db.seed();
    for format in ["text", "markdown", "mail"] {
        let out = db.cmd().args(["remind", "--format", format]).output().unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stdout.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A follow-up three weeks out is not due within the default week.
    db.ok(&["followup", "add", "zaan", "--due", "+3w", "--action", "Later"]);
    assert_eq!(db.ok(&["remind", "--mine"]), "");
    assert!(db.ok(&["remind", "--days", "30"]).contains("Later"));
}

fn with_work(db: &Db) {
    db.seed();
    db.ok(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2026-11-20",
        "--action",
        "Stageaanbod sturen",
    ]);
    db.ok(&[
        "followup",
        "add",
        "ruine",
        "--due",
        "+2d",
        "--action",
        "Bellen over gastles",
    ]);
    db.ok(&[
        "followup",
        "add",
        "ruine",
        "--due",
        "2026-11-01",
        "--action",
        "Joosts eigen klus",
        "--for",
        "joost",
    ]);
}

#[test]
fn the_digest_says_what_is_overdue_and_due_soon_for_whom() {
    let db = Db::new();
    with_work(&db);
    let mine = db.ok(&["remind", "--mine"]);
    assert!(mine.contains("Overdue follow-ups (1)"), "{mine}");
    assert!(
        mine.contains("2026-11-20  Machinefabriek De Zaan — Stageaanbod sturen  (6d late)"),
        "{mine}"
    );
    assert!(mine.contains("Due this week (1)"), "{mine}");
    assert!(mine.contains("Café De Ruïne — Bellen over gastles"), "{mine}");
    assert!(!mine.contains("Joosts eigen klus"), "only mine: {mine}");
    let joost = db.ok(&["remind", "--for", "joost"]);
    assert!(
        joost.contains("for Joost Mulder") && joost.contains("Joosts eigen klus"),
        "{joost}"
    );
    assert!(!joost.contains("Stageaanbod"), "{joost}");
    let everyone = db.ok(&["remind"]);
    assert!(everyone.contains("Overdue follow-ups (2)"), "{everyone}");
    assert!(
        everyone.contains("[Joost Mulder]"),
        "whose it is, in everyone's digest: {everyone}"
    );
    let markdown = db.ok(&["remind", "--mine", "--format", "markdown"]);
    assert!(
        markdown.contains("## Overdue follow-ups (1)\n\n- 2026-11-20"),
        "{markdown}"
    );
    let json = db.json(&["remind", "--mine"]);
    assert_eq!(json["overdue_total"], 1);
    assert_eq!(json["due_soon_total"], 1);
}

#[test]
fn as_mail_it_is_ready_for_sendmail_and_send_hands_it_over() {
    let db = Db::new();
    with_work(&db);
    db.fails(
        &["remind", "--for", "joost", "--format", "mail"],
        "Joost Mulder has no e-mail address",
    );
    db.ok(&["staff", "edit", "joost", "--email", "j.mulder@school.nl"]);
    let mail = db.ok(&["remind", "--for", "joost", "--format", "mail"]);
    let (headers, body) = mail.split_once("\n\n").expect("headers, a blank line, the body");
    assert!(
        headers.starts_with("To: Joost Mulder <j.mulder@school.nl>\n"),
        "{headers}"
    );
    assert!(headers.contains("\nSubject: kring: 1 overdue\n"), "{headers}");
    assert!(headers.contains("Content-Type: text/plain; charset=utf-8"));
    assert!(body.contains("Joosts eigen klus"), "{body}");

    // A name with a line break in it cannot add a header.
    db.execute(
        "UPDATE staff SET name = 'Joost\r\nBcc: evil@example.com' WHERE name = 'Joost Mulder'",
        &[],
    );
    let forged = db.ok(&["remind", "--for", "joost", "--format", "mail"]);
    let (headers, _) = forged.split_once("\n\n").unwrap();
    assert!(
        headers.lines().all(|l| !l.starts_with("Bcc:")),
        "no header of its own: {headers}"
    );

    let dir = tempfile::tempdir().unwrap();
    let sent = dir.path().join("sent.eml");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("sendmail = \"tee {}\"\n", sent.display())).unwrap();
    let out = db
        .cmd()
        .env("KRING_CONFIG", &config)
        .args(["remind", "--send"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let handed = std::fs::read_to_string(&sent).unwrap();
    assert!(
        handed.starts_with("To: Sanne Bakker <s.bakker@school.nl>\n"),
        "me: {handed}"
    );
    assert!(
        handed.contains("Subject: kring: 1 overdue, 1 due this week\n"),
        "{handed}"
    );

    std::fs::write(&config, "sendmail = \"false\"\n").unwrap();
    let failed = db
        .cmd()
        .env("KRING_CONFIG", &config)
        .args(["remind", "--send"])
        .output()
        .unwrap();
    assert!(!failed.status.success());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("nothing was sent"));
}

#[test]
fn the_digest_speaks_dutch_by_flag_locale_or_config() {
    let db = Db::new();
    with_work(&db);
    let flag = db.ok(&["--lang", "nl", "remind", "--mine"]);
    assert!(
        flag.starts_with("kring — donderdag 26 november 2026, voor Sanne Bakker"),
        "{flag}"
    );
    assert!(flag.contains("Te late opvolging (1)"), "{flag}");
    assert!(
        flag.contains("20-11-2026  Machinefabriek De Zaan — Stageaanbod sturen  (6 d te laat)"),
        "{flag}"
    );
    let locale = db
        .cmd()
        .env("LC_ALL", "nl_NL.UTF-8")
        .args(["remind", "--mine"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&locale.stdout),
        flag,
        "a Dutch locale says the same"
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "language = \"nl\"\n").unwrap();
    let configured = db
        .cmd()
        .env("KRING_CONFIG", &config)
        .args(["remind", "--mine"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&configured.stdout), flag);
    let english = db
        .cmd()
        .env("KRING_CONFIG", &config)
        .args(["--lang", "en", "remind", "--mine"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&english.stdout).contains("Overdue follow-ups (1)"),
        "the flag wins"
    );
    db.ok(&["staff", "edit", "Sanne", "--email", "s.bakker@school.nl"]);
    let mail = db.ok(&["--lang", "nl", "remind", "--format", "mail"]);
    assert!(mail.contains("\nSubject: kring: 1 te laat, 1 deze week\n"), "{mail}");
    db.fails(
        &["--lang", "fr", "remind"],
        "--lang 'fr': kring speaks nl (Dutch) and en (English)",
    );
}

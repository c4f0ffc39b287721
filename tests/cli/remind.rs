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
    for header in [
        "From: kring <j.mulder@school.nl>\n",
        "\nTo: \"Joost Mulder\" <j.mulder@school.nl>\n",
        "\nSubject: kring: 1 overdue\n",
        "\nDate: ",
        "\nMessage-ID: <",
        "Content-Type: text/plain; charset=utf-8",
    ] {
        assert!(headers.contains(header), "{header:?} in {headers}");
    }
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
        handed.contains("\nTo: \"Sanne Bakker\" <s.bakker@school.nl>\n"),
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

/// `--send` over SMTP: a real relay (Debian's aiosmtpd) on this machine,
/// STARTTLS with its own certificate (trusted through SSL_CERT_FILE, as the
/// system's store would), a login whose password comes from the
/// environment. The mail arrives whole; a wrong password sends nothing.
#[test]
#[ignore = "needs python3-aiosmtpd (.ci/run installs it): cargo test --test cli smtp -- --include-ignored"]
fn send_hands_the_digest_to_an_smtp_relay_over_starttls() {
    use std::io::BufRead;
    let db = Db::new();
    with_work(&db);
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    let made = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
        ])
        .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let maildir = dir.path().join("Maildir");
    let mut server = std::process::Command::new("/usr/bin/python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/smtp_server.py"))
        .arg(port.to_string())
        .args([&cert, &key, &maildir])
        .args(["sanne", "geheim"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 with aiosmtpd");
    let mut ready = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    assert_eq!(ready.trim(), "ready", "the relay listens");

    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("smtp = \"smtp://sanne@localhost:{port}\"\n")).unwrap();
    let send = |password: &str| {
        db.cmd()
            .env("KRING_CONFIG", &config)
            .env("SSL_CERT_FILE", &cert)
            .env("KRING_SMTP_PASSWORD", password)
            .args(["remind", "--send"])
            .output()
            .unwrap()
    };
    let arrived = || -> Vec<String> {
        std::fs::read_dir(maildir.join("new"))
            .map(|entries| {
                entries
                    .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
                    .collect()
            })
            .unwrap_or_default()
    };
    let refused = send("fout");
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("nothing was sent"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(arrived().is_empty(), "a wrong password sends nothing");

    let sent = send("geheim");
    assert!(sent.status.success(), "{}", String::from_utf8_lossy(&sent.stderr));
    let mails = arrived();
    assert_eq!(mails.len(), 1);
    for part in [
        "From: kring <s.bakker@school.nl>",
        "To: \"Sanne Bakker\" <s.bakker@school.nl>",
        "Subject: kring: 1 overdue, 1 due this week",
        "Message-ID: <",
        "Date: ",
        "Stageaanbod sturen",
    ] {
        assert!(mails[0].contains(part), "{part:?} in {}", mails[0]);
    }
    drop(server.stdin.take());
    let _ = server.wait();
}

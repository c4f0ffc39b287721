//! `kring capture mail imaps://…` against a real IMAP server: Dovecot
//! (Debian's dovecot-imapd) started for each test on this machine, with
//! its own certificate (trusted through SSL_CERT_FILE, as the system's
//! store would), a throwaway passwd-file and mail directory, and the
//! messages put there with IMAP APPEND.

use super::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Stdio};

struct Dovecot {
    dir: tempfile::TempDir,
    /// Plain IMAP, for the test's own APPENDs.
    plain: u16,
    /// IMAP over TLS, for kring.
    tls: u16,
    process: Child,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Dovecot {
    fn start() -> Dovecot {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name);
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
            .arg(path("key.pem"))
            .arg("-out")
            .arg(path("cert.pem"))
            .output()
            .unwrap();
        assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
        let root = unsafe { libc::geteuid() } == 0;
        // As root the mail is nobody's (Dovecot serves no mail as root) and
        // its own processes run as its users; otherwise all of it is ours.
        let (uid, gid, login_user, internal_user) = if root {
            (
                "65534".to_string(),
                "65534".to_string(),
                "dovenull".to_string(),
                "dovecot".to_string(),
            )
        } else {
            let me = std::env::var("USER").unwrap_or_else(|_| "nobody".into());
            (id("-u"), id("-g"), me.clone(), me)
        };
        std::fs::create_dir_all(path("home/sanne")).unwrap();
        if root {
            std::process::Command::new("chown")
                .args(["-R", "65534:65534"])
                .arg(path("home"))
                .status()
                .unwrap();
            std::process::Command::new("chmod")
                .arg("755")
                .arg(dir.path())
                .status()
                .unwrap();
        }
        std::fs::write(path("passwd"), "sanne:{PLAIN}geheim\n").unwrap();
        let (plain, tls) = (free_port(), free_port());
        let d = dir.path().display();
        let config = format!(
            "base_dir = {d}/run\nstate_dir = {d}/state\nlog_path = {d}/dovecot.log\n\
             protocols = imap\nlisten = 127.0.0.1\n\
             ssl = yes\nssl_cert = <{d}/cert.pem\nssl_key = <{d}/key.pem\n\
             disable_plaintext_auth = no\nauth_mechanisms = plain login\n\
             default_login_user = {login_user}\ndefault_internal_user = {internal_user}\n\
             first_valid_uid = 0\nfirst_valid_gid = 0\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {d}/passwd\n}}\n\
             userdb {{\n  driver = static\n  args = uid={uid} gid={gid} home={d}/home/%u\n}}\n\
             mail_location = maildir:~/Maildir\n\
             namespace inbox {{\n  inbox = yes\n  mailbox Sent {{\n    special_use = \\Sent\n    auto = create\n  }}\n}}\n\
             service imap-login {{\n  inet_listener imap {{\n    port = {plain}\n  }}\n  inet_listener imaps {{\n    port = {tls}\n    ssl = yes\n  }}\n}}\n\
             service anvil {{\n  chroot =\n}}\nservice imap-login {{\n  chroot =\n}}\n"
        );
        std::fs::write(path("dovecot.conf"), config).unwrap();
        let process = std::process::Command::new("/usr/sbin/dovecot")
            .arg("-F")
            .arg("-c")
            .arg(path("dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("Dovecot (dovecot-imapd)");
        let dovecot = Dovecot {
            dir,
            plain,
            tls,
            process,
        };
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", tls)).is_ok() && TcpStream::connect(("127.0.0.1", plain)).is_ok() {
                return dovecot;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!(
            "Dovecot did not start: {}",
            std::fs::read_to_string(dovecot.dir.path().join("dovecot.log")).unwrap_or_default()
        );
    }

    fn cert(&self) -> std::path::PathBuf {
        self.dir.path().join("cert.pem")
    }

    fn session(&self) -> ::imap::Session<TcpStream> {
        let mut client = ::imap::Client::new(TcpStream::connect(("127.0.0.1", self.plain)).unwrap());
        client.read_greeting().unwrap();
        client.login("sanne", "geheim").map_err(|(e, _)| e).unwrap()
    }

    /// Put a message in a folder, as a mail client saving a copy would.
    fn append(&self, folder: &str, message: &str) {
        let mut session = self.session();
        session
            .append(folder, message.replace('\n', "\r\n").as_bytes())
            .finish()
            .unwrap();
        session.logout().unwrap();
    }

    fn run(&self, mut session: impl FnMut(&mut ::imap::Session<TcpStream>)) {
        let mut s = self.session();
        session(&mut s);
        s.logout().unwrap();
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn id(flag: &str) -> String {
    let out = std::process::Command::new("id").arg(flag).output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn message(id: &str, from: &str, subject: &str, date: &str) -> String {
    format!(
        "Message-ID: <{id}>\nDate: {date}\nFrom: {from}\nTo: Sanne Bakker <s.bakker@school.nl>\nSubject: {subject}\n\nbody\n"
    )
}

fn companies() -> Db {
    let db = Db::new();
    db.ok(&[
        "company",
        "add",
        "Bakkerij De Korenschoof",
        "--website",
        "korenschoof.nl",
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

fn capture(db: &Db, dovecot: &Dovecot, password: &str, url: &str) -> std::process::Output {
    db.cmd()
        .env("SSL_CERT_FILE", dovecot.cert())
        .env("KRING_IMAP_PASSWORD", password)
        .args(["capture", "mail", url, "--json"])
        .output()
        .unwrap()
}

fn captured(db: &Db, dovecot: &Dovecot, url: &str) -> Value {
    let out = capture(db, dovecot, "geheim", url);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
#[ignore = "needs Dovecot (dovecot-imapd; .ci/run installs it): cargo test --test cli imap -- --include-ignored"]
fn imap_folders_are_read_from_where_the_last_run_stopped() {
    let dovecot = Dovecot::start();
    let db = companies();
    dovecot.append(
        "INBOX",
        &message(
            "a1@korenschoof.nl",
            "noelle@korenschoof.nl",
            "Stageplekken",
            "Mon, 23 Nov 2026 09:00:00 +0100",
        ),
    );
    dovecot.append(
        "INBOX",
        &message(
            "p1@gmail.com",
            "marleen.prive@gmail.com",
            "Verjaardag",
            "Mon, 23 Nov 2026 10:00:00 +0100",
        ),
    );
    dovecot.append(
        "Sent",
        &message(
            "s1@school.nl",
            "s.bakker@school.nl",
            "Re: gastles",
            "Tue, 24 Nov 2026 09:00:00 +0100",
        )
        .replace("To: Sanne Bakker <s.bakker@school.nl>", "To: piet@garagejansen.nl"),
    );
    let url = format!("imaps://sanne@localhost:{}/INBOX,Sent", dovecot.tls);
    let first = captured(&db, &dovecot, &url);
    assert_eq!(first["messages"], 3, "{first}");
    assert_eq!(first["proposed"], 2, "{first}");
    assert_eq!(first["folders"][0]["status"], "read", "{first}");

    // The next run reads only what is new.
    let again = captured(&db, &dovecot, &url);
    assert_eq!(again["messages"], 0, "nothing old is read again: {again}");
    dovecot.append(
        "INBOX",
        &message(
            "a2@korenschoof.nl",
            "noelle@korenschoof.nl",
            "Re: Stageplekken",
            "Wed, 25 Nov 2026 09:00:00 +0100",
        ),
    );
    let new = captured(&db, &dovecot, &url);
    assert_eq!(new["messages"], 1, "{new}");
    assert_eq!(new["proposed"], 1, "{new}");
    assert_eq!(db.count(&["inbox"]), 3);
    // Nothing of the private mail is kept; the server's mail is untouched (not marked read).
    assert!(!String::from_utf8_lossy(&db.stored_bytes()).contains("marleen"));
    dovecot.run(|s| {
        let unseen = s.examine("INBOX").unwrap().unseen;
        let flags = s.fetch("1:*", "FLAGS").unwrap();
        assert!(
            flags.iter().all(|f| !f.flags().contains(&::imap::types::Flag::Seen)),
            "{unseen:?}"
        );
    });
}

#[test]
#[ignore = "needs Dovecot (dovecot-imapd; .ci/run installs it): cargo test --test cli imap -- --include-ignored"]
fn a_renumbered_folder_is_read_again_and_a_missing_one_is_named() {
    let dovecot = Dovecot::start();
    let db = companies();
    dovecot.run(|s| s.create("Projecten").unwrap());
    let mail = message(
        "a1@korenschoof.nl",
        "noelle@korenschoof.nl",
        "Stageplekken",
        "Mon, 23 Nov 2026 09:00:00 +0100",
    );
    dovecot.append("Projecten", &mail);
    let url = format!("imaps://sanne@localhost:{}/Projecten,Verdwenen", dovecot.tls);
    let first = captured(&db, &dovecot, &url);
    assert_eq!(first["proposed"], 1, "{first}");
    assert_eq!(first["folders"][1]["status"], "missing", "{first}");
    // The folder is made again (a new UIDVALIDITY): read whole, nothing proposed twice.
    dovecot.run(|s| {
        s.delete("Projecten").unwrap();
        s.create("Projecten").unwrap();
    });
    dovecot.append("Projecten", &mail);
    let again = captured(&db, &dovecot, &url);
    assert_eq!(again["folders"][0]["status"], "renumbered", "{again}");
    assert_eq!(again["messages"], 1, "{again}");
    assert_eq!(again["proposed"], 0, "{again}");
    assert_eq!(again["already"], 1, "{again}");
}

#[test]
#[ignore = "needs Dovecot (dovecot-imapd; .ci/run installs it): cargo test --test cli imap -- --include-ignored"]
fn a_wrong_password_or_a_dropped_connection_changes_nothing() {
    let dovecot = Dovecot::start();
    let db = companies();
    for n in 0..400 {
        dovecot.append(
            "INBOX",
            &message(
                &format!("m{n}@korenschoof.nl"),
                "noelle@korenschoof.nl",
                &format!("Bericht {n}"),
                "Mon, 23 Nov 2026 09:00:00 +0100",
            ),
        );
    }
    let before = db.dump();
    let url = format!("imaps://sanne@localhost:{}/INBOX", dovecot.tls);
    let refused = capture(&db, &dovecot, "fout", &url);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("refused the login of sanne") && said.contains("nothing was read"),
        "{said}"
    );
    assert_eq!(before, db.dump());

    // A connection that the network drops half-way through the fetch.
    let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = proxy.local_addr().unwrap().port();
    let target = dovecot.tls;
    std::thread::spawn(move || {
        let (client, _) = proxy.accept().unwrap();
        let server = TcpStream::connect(("127.0.0.1", target)).unwrap();
        let (mut c2s_in, mut c2s_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut c2s_in, &mut c2s_out);
        });
        let (mut from_server, mut to_client) = (server, client);
        let mut passed = 0;
        let mut buffer = [0u8; 4096];
        while let Ok(n) = from_server.read(&mut buffer) {
            if n == 0 || passed > 30_000 {
                break;
            }
            passed += n;
            if to_client.write_all(&buffer[..n]).is_err() {
                break;
            }
        }
        let _ = to_client.shutdown(std::net::Shutdown::Both);
        let _ = from_server.shutdown(std::net::Shutdown::Both);
    });
    let dropped = capture(
        &db,
        &dovecot,
        "geheim",
        &format!("imaps://sanne@localhost:{port}/INBOX"),
    );
    assert!(
        !dropped.status.success(),
        "{}",
        String::from_utf8_lossy(&dropped.stdout)
    );
    let said = String::from_utf8_lossy(&dropped.stderr);
    assert!(said.contains("nothing of this run was kept"), "{said}");
    assert_eq!(before, db.dump(), "nothing half-captured");
    let whole = captured(&db, &dovecot, &url);
    assert_eq!(whole["messages"], 400, "{whole}");
}

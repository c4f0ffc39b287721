use super::*;

fn all(source: &Path) -> Vec<Mail> {
    let mut seen = Vec::new();
    read_mail(source, &mut |m| {
        seen.push(m);
        Ok(())
    })
    .unwrap();
    seen
}

fn read(mail: &Mail) -> &MailHeaders {
    match mail {
        Mail::Read(h) => h,
        Mail::Skipped { place, reason } => panic!("skipped {place}: {reason}"),
    }
}

const MBOX: &str = "From - Mon Nov 30 10:00:00 2026\r
Message-ID: <one@bakker.nl>\r
From: =?UTF-8?Q?No=C3=ABlle_de_Vries?= <Noelle@Bakker.NL>\r
To: sanne@school.nl, \"Jan\" <jan@bakker.nl>\r
Cc: undisclosed-recipients:;\r
Subject: =?ISO-8859-1?Q?Stage_voor_caf=E9?=\r
Date: Mon, 30 Nov 2026 23:30:00 +0000\r
\r
Body line\r
>From the archive: a quoted line\r
From here on a body line that is no separator\r
\r
From - Tue Dec 01 09:00:00 2026\r
Message-ID: <two@school.nl>\r
In-Reply-To: <one@bakker.nl>\r
References: <one@bakker.nl>\r
From: sanne@school.nl\r
To: noelle@bakker.nl\r
Subject: Re: Stage voor\r
 =?utf-8?b?Y2Fmw6k=?=\r
Date: Tue, 1 Dec 2026 09:00:00 +0100\r
\r
From the body\r
";

#[test]
fn an_mbox_gives_each_message_its_headers_and_no_body() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Inbox");
    std::fs::write(&path, MBOX).unwrap();
    let mails = all(&path);
    assert_eq!(mails.len(), 2, "{mails:?}");
    let first = read(&mails[0]);
    assert_eq!(first.message_id.as_deref(), Some("one@bakker.nl"));
    assert_eq!(first.thread.as_deref(), Some("one@bakker.nl"));
    assert_eq!(first.subject, "Stage voor café");
    assert_eq!(
        first.addresses,
        vec!["noelle@bakker.nl", "sanne@school.nl", "jan@bakker.nl"]
    );
    assert_eq!(first.sent.unwrap().to_string(), "2026-11-30 23:30:00");
    let second = read(&mails[1]);
    assert_eq!(
        second.thread.as_deref(),
        Some("one@bakker.nl"),
        "a reply joins its thread"
    );
    assert_eq!(second.subject, "Re: Stage voor café");
    assert_eq!(second.sent.unwrap().to_string(), "2026-12-01 08:00:00");
}

#[test]
fn a_folder_of_eml_files_a_maildir_and_one_file_are_read_alike() {
    let dir = tempfile::tempdir().unwrap();
    let one = MBOX.split("From - Tue").next().unwrap().split_once('\n').unwrap().1;
    let folder = dir.path().join("export");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    std::fs::write(folder.join("a.eml"), one).unwrap();
    std::fs::write(folder.join("sub/b.EML"), one.replace("one@", "other@")).unwrap();
    std::fs::write(folder.join("notes.txt"), "not mail").unwrap();
    std::fs::write(folder.join("c.msg"), b"\xD0\xCF\x11\xE0").unwrap();
    let mails = all(&folder);
    assert_eq!(mails.len(), 3, "{mails:?}");
    assert!(
        matches!(&mails[1], Mail::Skipped { place, .. } if place.ends_with("c.msg")),
        "a broken .msg is named: {mails:?}"
    );
    assert_eq!(read(&mails[2]).message_id.as_deref(), Some("other@bakker.nl"));

    let maildir = dir.path().join("Maildir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).unwrap();
    }
    std::fs::write(maildir.join("cur/1700000000.M1P1.host:2,S"), one).unwrap();
    std::fs::write(maildir.join("tmp/half-delivered"), "From: x@y.nl\r\n").unwrap();
    let mails = all(&maildir);
    assert_eq!(mails.len(), 1, "tmp/ is left alone: {mails:?}");

    let file = folder.join("a.eml");
    assert_eq!(read(&all(&file)[0]).subject, "Stage voor café");
}

#[test]
fn hostile_headers_are_skipped_or_cleaned_never_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.mbox");
    let sep = |c: &str| format!("From - Mon Nov 30 10:00:0{c} 2026\n");
    let mut text = sep("0") + "Subject: a\x1b]52;c;ZXZpbA==\x07 b\r\nFrom: a@b.nl\n\n";
    text.push_str(&sep("1"));
    text.push_str("X-Long: ");
    text.push_str(&"x".repeat(MAX_HEADER + 10));
    text.push_str("\nFrom: a@b.nl\n\nbody\n\n");
    text.push_str(&sep("2"));
    text.push_str("X-Many: 1\n");
    for _ in 0..20_000 {
        text.push_str("X-Fill: 0123456789abcdef\n");
    }
    text.push('\n');
    text.push_str(&sep("3"));
    text.push_str("From: ok@b.nl\nSubject: last\n\n");
    std::fs::write(&path, text).unwrap();
    let mails = all(&path);
    assert_eq!(mails.len(), 4, "{mails:?}");
    assert_eq!(read(&mails[0]).subject, "a ]52;c;ZXZpbA== b");
    for huge in &mails[1..3] {
        assert!(
            matches!(huge, Mail::Skipped { place, reason } if reason.contains("KiB") && place.contains("hostile.mbox")),
            "{huge:?}"
        );
    }
    assert_eq!(read(&mails[3]).subject, "last");
}

#[test]
fn other_files_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body, says) in [
        ("agenda.ics", "BEGIN:VCALENDAR\r\n", "capture calendar"),
        ("contacts.vcf", "BEGIN:VCARD\r\n", "import contacts"),
        ("lijst.xlsx", "PK\x03\x04", "workbook"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        let err = read_mail(&path, &mut |_| Ok(())).unwrap_err().to_string();
        assert!(err.contains(says), "{name}: {err}");
    }
    let err = read_mail(&dir.path().join("missing"), &mut |_| Ok(()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing"), "{err}");
}

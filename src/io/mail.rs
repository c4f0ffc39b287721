//! An e-mail made properly (lettre builds it: From, To, Date, Message-ID,
//! headers encoded and folded by the standards) and handed over: printed
//! for `sendmail -t`, given to the mail command, or sent over SMTP with
//! STARTTLS (rustls, the system's certificates).

use crate::{Error, Result};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

/// One plain-text mail.
pub struct Mail {
    pub from: String,
    /// The addressee: their name and address.
    pub to: (Option<String>, String),
    pub subject: String,
    pub body: String,
}

/// A header value kring writes: no control characters, so stored text
/// cannot start a header of its own (a Bcc:).
fn header_text(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

fn mailbox(name: Option<&str>, address: &str) -> Result<Mailbox> {
    let address = header_text(address)
        .parse()
        .map_err(|e| Error::invalid(format!("'{address}' is not an e-mail address: {e}")))?;
    Ok(Mailbox::new(name.map(header_text).filter(|n| !n.is_empty()), address))
}

/// The message: `Date` now, a `Message-ID` of its own, UTF-8 text, marked
/// as sent by a program (so no out-of-office replies to it).
pub fn build(mail: &Mail) -> Result<Message> {
    let from: Mailbox = header_text(&mail.from)
        .parse()
        .map_err(|e| Error::invalid(format!("the sender '{}' is not an e-mail address: {e}", mail.from)))?;
    Message::builder()
        .from(from)
        .to(mailbox(mail.to.0.as_deref(), &mail.to.1)?)
        .subject(header_text(&mail.subject))
        .date_now()
        .message_id(None)
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".into(),
        ))
        // The text as it is, readable in any mail source (8BITMIME).
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .header(ContentTransferEncoding::EightBit)
                .body(mail.body.clone()),
        )
        .map_err(|e| Error::invalid(format!("the mail cannot be made: {e}")))
}

/// The message as a sendmail reads it: the local line ending (LF); folded
/// header lines stay folded.
pub fn for_sendmail(message: &Message) -> String {
    String::from_utf8_lossy(&message.formatted()).replace("\r\n", "\n")
}

/// The mail command's words, with `-i` for a sendmail (a line of a single
/// dot in the text must not end the message early).
pub fn sendmail_words(command: &str) -> Vec<String> {
    let mut words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    let is_sendmail = words
        .first()
        .and_then(|program| std::path::Path::new(program).file_name())
        .is_some_and(|name| name == "sendmail");
    if is_sendmail && !words.iter().any(|w| w == "-i" || w == "-oi") {
        words.insert(1, "-i".into());
    }
    words
}

/// Where to send: `smtp://[user@]host[:port]` (STARTTLS, required; port 587
/// by default) or `smtps://…` (TLS from the start; port 465).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    pub implicit_tls: bool,
    pub user: Option<String>,
    pub host: String,
    pub port: u16,
}

impl Relay {
    pub fn parse(url: &str) -> Result<Relay> {
        let bad = |why: &str| Error::invalid(format!("smtp = \"{url}\": {why} (e.g. smtp://relay.school.nl:587)"));
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no smtp:// or smtps://"))?;
        let implicit_tls = match scheme {
            "smtp" => false,
            "smtps" => true,
            _ => return Err(bad("the scheme is smtp or smtps")),
        };
        let rest = rest.trim_end_matches('/');
        let (user, host_port) = match rest.rsplit_once('@') {
            Some((user, host)) => (Some(user), host),
            None => (None, rest),
        };
        if user.is_some_and(|u| u.contains(':')) {
            return Err(bad(
                "a password never goes in the URL (KRING_SMTP_PASSWORD, ~/.netrc or password_command)",
            ));
        }
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, port.parse().map_err(|_| bad("the port is a number"))?),
            None => (host_port, if implicit_tls { 465 } else { 587 }),
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        Ok(Relay {
            implicit_tls,
            user: user.map(str::to_string),
            host: host.to_string(),
            port,
        })
    }
}

/// Send over SMTP: TLS always (STARTTLS required on smtp://), checked
/// against the system's certificates; log in when the URL names a user.
pub fn send_smtp(relay: &Relay, password: Option<String>, message: &Message) -> Result<()> {
    let tls = TlsParameters::new(relay.host.clone()).map_err(|e| Error::Io(format!("TLS for {}: {e}", relay.host)))?;
    let mut builder = SmtpTransport::builder_dangerous(relay.host.as_str())
        .port(relay.port)
        .timeout(Some(std::time::Duration::from_secs(30)))
        .tls(match relay.implicit_tls {
            true => Tls::Wrapper(tls),
            false => Tls::Required(tls),
        });
    if let Some(user) = &relay.user {
        let password = password.ok_or_else(|| {
            Error::invalid(format!(
                "no password for {user}@{}: set KRING_SMTP_PASSWORD, a ~/.netrc line for the host, or password_command in the config file",
                relay.host
            ))
        })?;
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    builder.build().send(message).map(|_| ()).map_err(|e| {
        Error::Io(format!(
            "sending through {}:{} failed: {e}; nothing was sent",
            relay.host, relay.port
        ))
    })
}

/// A password for `user` at `host`, never from the command line:
/// `KRING_SMTP_PASSWORD`, else the first matching line of `~/.netrc`, else
/// the first line that `password_command` prints.
pub fn password(host: &str, user: &str, password_command: Option<&str>) -> Result<Option<String>> {
    password_from("KRING_SMTP_PASSWORD", host, user, password_command)
}

/// As [`password`], with the environment variable to look in first.
pub fn password_from(variable: &str, host: &str, user: &str, password_command: Option<&str>) -> Result<Option<String>> {
    if let Ok(password) = std::env::var(variable) {
        return Ok(Some(password));
    }
    let netrc = std::env::var_os("NETRC")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".netrc")));
    if let Some(text) = netrc.and_then(|path| std::fs::read_to_string(path).ok()) {
        if let Some(found) = netrc_password(&text, host, user) {
            return Ok(Some(found));
        }
    }
    let Some(command) = password_command else {
        return Ok(None);
    };
    first_line_of(command, "password_command")
}

/// The first line a command prints (a password, a token): the command is
/// the user's own, from the config file, run with `sh -c`.
pub fn first_line_of(command: &str, setting: &str) -> Result<Option<String>> {
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| Error::Io(format!("cannot run {setting}: {e}")))?;
    if !out.status.success() {
        return Err(Error::Io(format!(
            "{setting} failed ({}); nothing was done",
            out.status
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().next().map(str::to_string))
}

/// `machine HOST login USER password PASS` (in any order, over lines).
fn netrc_password(text: &str, host: &str, user: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut entries: Vec<(Option<&str>, Option<&str>, Option<&str>)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match (words[i], words.get(i + 1)) {
            ("machine", Some(name)) => entries.push((Some(name), None, None)),
            ("default", _) => entries.push((None, None, None)),
            ("login", Some(login)) => {
                if let Some(entry) = entries.last_mut() {
                    entry.1 = Some(login);
                }
            }
            ("password", Some(password)) => {
                if let Some(entry) = entries.last_mut() {
                    entry.2 = Some(password);
                }
            }
            _ => {}
        }
        i += if words[i] == "default" { 1 } else { 2 };
    }
    entries
        .into_iter()
        .find(|(machine, login, _)| machine.is_none_or(|m| m == host) && login.is_none_or(|l| l == user))
        .and_then(|(_, _, password)| password.map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_has_from_date_and_message_id_and_its_headers_are_encoded_and_folded() {
        let message = build(&Mail {
            from: "kring <s.bakker@school.nl>".into(),
            to: (
                Some("Aïcha Benali\r\nBcc: evil@example.com".into()),
                "a.benali@school.nl".into(),
            ),
            subject: format!("kring: {}", "3 achterstallig, 2 deze week; ".repeat(6)),
            body: "Te laat (3)\n".into(),
        })
        .unwrap();
        let text = for_sendmail(&message);
        let headers = &text[..text.find("\n\n").unwrap()];
        for header in [
            "From: ",
            "To: ",
            "Subject: ",
            "Date: ",
            "Message-ID: <",
            "Auto-Submitted: auto-generated",
        ] {
            assert!(headers.contains(header), "{header} in {headers}");
        }
        assert!(!headers.lines().any(|l| l.starts_with("Bcc")), "{headers}");
        let subject: Vec<&str> = headers
            .lines()
            .skip_while(|l| !l.starts_with("Subject: "))
            .take_while(|l| l.starts_with("Subject: ") || l.starts_with(' '))
            .collect();
        assert!(
            subject.len() > 1 && subject.iter().all(|l| l.len() <= 78),
            "folded: {headers}"
        );
        assert!(headers.contains("=?utf-8?"), "non-ASCII encoded: {headers}");
    }

    #[test]
    fn sendmail_reads_with_dash_i_and_other_commands_as_given() {
        assert_eq!(sendmail_words("sendmail -t"), ["sendmail", "-i", "-t"]);
        assert_eq!(
            sendmail_words("/usr/sbin/sendmail -t -i"),
            ["/usr/sbin/sendmail", "-t", "-i"]
        );
        assert_eq!(sendmail_words("msmtp -t"), ["msmtp", "-t"]);
    }

    #[test]
    fn a_relay_is_an_smtp_url_without_a_password() {
        assert_eq!(
            Relay::parse("smtp://sanne@relay.school.nl").unwrap(),
            Relay {
                implicit_tls: false,
                user: Some("sanne".into()),
                host: "relay.school.nl".into(),
                port: 587
            }
        );
        assert_eq!(Relay::parse("smtps://mail.school.nl").unwrap().port, 465);
        assert!(Relay::parse("smtp://sanne:geheim@relay.school.nl").is_err());
        assert!(Relay::parse("http://relay.school.nl").is_err());
    }

    #[test]
    fn netrc_gives_the_password_of_the_host_and_login() {
        let netrc = "machine imap.school.nl login sanne password a\nmachine relay.school.nl\n login sanne\n password b\ndefault login x password c";
        assert_eq!(netrc_password(netrc, "relay.school.nl", "sanne").as_deref(), Some("b"));
        assert_eq!(netrc_password(netrc, "other.nl", "x").as_deref(), Some("c"));
    }
}

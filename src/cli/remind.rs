//! `kring remind`: a digest of what needs a staff member, for cron or a
//! systemd timer. Nothing due prints nothing and exits 0, so cron mails only
//! when there is something; `--format mail` is a whole e-mail for
//! `sendmail -t`, and `--send` hands it to the configured mail command.

use super::Session;
use crate::domain::text::for_terminal;
use crate::model::remind::{recheck_line, Digest};
use crate::{Error, Result};
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Only what is mine (the default for --format mail and --send)
    #[arg(long, conflicts_with = "for_staff")]
    mine: bool,
    /// What needs this staff member
    #[arg(long = "for", value_name = "STAFF")]
    for_staff: Option<String>,
    /// How many days ahead "due soon" looks (1 to 3650)
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=3650))]
    days: u32,
    #[arg(long, value_enum, default_value_t = DigestFormat::Text)]
    format: DigestFormat,
    /// Send it as e-mail through the configured command (`sendmail = …` in
    /// the config file; default `sendmail -t`)
    #[arg(long)]
    send: bool,
    /// At most this many rows per section
    #[arg(long, default_value_t = 20)]
    limit: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigestFormat {
    Text,
    Markdown,
    Mail,
}

/// The mail command when the config names none.
pub const DEFAULT_SENDMAIL: &str = "sendmail -t";

pub fn run(session: &mut Session, args: &RemindArgs) -> Result<()> {
    let mailing = args.send || args.format == DigestFormat::Mail;
    let staff = match (&args.for_staff, args.mine || mailing) {
        (Some(name), _) => Some(session.store.resolve_staff(name)?),
        (None, true) => session.store.actor(),
        (None, false) => None,
    };
    let digest = session.store.digest(staff, args.days, args.limit.max(1))?;
    if digest.is_empty() {
        return Ok(());
    }
    if session.out.json {
        return session.out.json_value(&digest);
    }
    if !mailing {
        let text = match args.format {
            DigestFormat::Markdown => markdown(&digest),
            _ => text(&digest),
        };
        for line in text.lines() {
            session.out.line(line)?;
        }
        return Ok(());
    }
    let mail = mail(&digest)?;
    if args.send {
        let command = session
            .config
            .sendmail
            .clone()
            .unwrap_or_else(|| DEFAULT_SENDMAIL.to_string());
        return send(&command, &mail);
    }
    use std::io::Write;
    std::io::stdout()
        .write_all(mail.as_bytes())
        .map_err(super::output::io_error)
}

/// The sections of a digest: a heading with its total, and its lines.
fn sections(d: &Digest) -> Vec<(String, u64, Vec<String>)> {
    let followup = |f: &crate::model::followups::FollowupRow| {
        let late = if f.days_overdue > 0 {
            format!("  ({})", crate::t!("remind-late", days = f.days_overdue))
        } else {
            String::new()
        };
        let person = f.person.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
        let whose = match (&d.staff, &f.staff) {
            (None, Some(staff)) => format!("  [{staff}]"),
            _ => String::new(),
        };
        format!(
            "{}  {} — {}{person}{late}{whose}",
            crate::l10n::date(f.due),
            f.company,
            f.action
        )
    };
    let soon = if d.days == 7 {
        crate::t!("remind-due-this-week")
    } else {
        crate::t!("remind-due-within", days = d.days)
    };
    vec![
        (
            crate::t!("remind-overdue"),
            d.overdue_total,
            d.overdue.iter().map(followup).collect(),
        ),
        (soon, d.due_soon_total, d.due_soon.iter().map(followup).collect()),
        (
            crate::t!("remind-losing-touch"),
            d.losing_touch_total,
            d.losing_touch
                .iter()
                .map(|c| {
                    let last = c.last_contact.map_or_else(
                        || crate::t!("remind-never"),
                        |l| crate::t!("remind-last-contact", date = crate::l10n::date(l)),
                    );
                    crate::t!(
                        "remind-cadence",
                        name = c.name.as_str(),
                        last = last,
                        cadence = c.cadence_days,
                        days = c.days_overdue
                    )
                })
                .collect(),
        ),
        (
            crate::t!("remind-rechecks"),
            d.rechecks.len() as u64,
            d.rechecks.iter().map(recheck_line).collect(),
        ),
        (
            crate::t!("remind-goals"),
            d.goals_off_track.len() as u64,
            d.goals_off_track
                .iter()
                .map(|g| format!("{} ({}): {}", g.whose, g.school_year, g.verdict()))
                .collect(),
        ),
    ]
}

fn title(d: &Digest) -> String {
    let date = crate::l10n::long_date(d.date);
    match &d.staff {
        Some(staff) => crate::t!("remind-title-for", date = date, staff = staff.as_str()),
        None => crate::t!("remind-title", date = date),
    }
}

/// Plain text, as a terminal or a mail body shows it.
pub fn text(d: &Digest) -> String {
    let mut out = format!("{}\n", title(d));
    for (heading, total, lines) in sections(d).into_iter().filter(|(_, total, _)| *total > 0) {
        out.push_str(&format!("\n{heading} ({total})\n"));
        for line in &lines {
            out.push_str(&format!("  {line}\n"));
        }
        if total > lines.len() as u64 {
            let more = crate::t!("remind-more", count = total - lines.len() as u64);
            out.push_str(&format!("  {more}\n"));
        }
    }
    out
}

/// Markdown, for a chat channel or a wiki page.
pub fn markdown(d: &Digest) -> String {
    let mut out = format!("# {}\n", escape_markdown(&title(d)));
    for (heading, total, lines) in sections(d).into_iter().filter(|(_, total, _)| *total > 0) {
        out.push_str(&format!("\n## {heading} ({total})\n\n"));
        for line in &lines {
            out.push_str(&format!("- {}\n", escape_markdown(line)));
        }
        if total > lines.len() as u64 {
            let more = crate::t!("remind-more-short", count = total - lines.len() as u64);
            out.push_str(&format!("- {more}\n"));
        }
    }
    out
}

/// Stored text cannot make markup: every character Markdown reads as
/// syntax is escaped.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if "\\`*_[]<>|~".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// A whole e-mail: headers for `sendmail -t` (To: the staff member), a
/// plain-text UTF-8 body, CRLF-free (sendmail takes local line endings).
pub fn mail(d: &Digest) -> Result<String> {
    let who = d.staff.as_deref().unwrap_or("you");
    let email = d
        .staff_email
        .as_deref()
        .map(header_text)
        .filter(|e| e.contains('@'))
        .ok_or_else(|| {
            Error::invalid(format!(
                "{who} has no e-mail address to send the reminder to: kring staff edit \"{who}\" --email ADDRESS"
            ))
        })?;
    let to = match &d.staff {
        Some(name) => format!("{} <{email}>", encoded_word(&header_text(name))),
        None => email,
    };
    let body = for_terminal(&text(d)).into_owned();
    Ok(format!(
        "To: {to}\nSubject: {}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: 8bit\nAuto-Submitted: auto-generated\n\n{body}",
        unstructured(&d.subject())
    ))
}

/// A header value without line breaks or other control characters, so
/// stored text cannot add a header (a Bcc:) of its own.
fn header_text(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

/// A Subject: ASCII as it is, anything else encoded.
fn unstructured(text: &str) -> String {
    if text.is_ascii() && !text.contains("=?") {
        text.to_string()
    } else {
        encoded_word(text)
    }
}

/// A display name: plain ASCII without the characters an address reads
/// as syntax as it is; anything else as an RFC 2047 Q-encoded word.
fn encoded_word(text: &str) -> String {
    if text.is_ascii() && !text.contains("=?") && !text.contains(['"', '<', '>', ',', ';', ':', '@', '(', ')']) {
        return text.to_string();
    }
    let mut out = String::from("=?utf-8?Q?");
    for byte in text.bytes() {
        match byte {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'!' | b'*' | b'+' | b'/' => out.push(byte as char),
            _ => out.push_str(&format!("={byte:02X}")),
        }
    }
    out.push_str("?=");
    out
}

/// Hand the mail to the mail command on its standard input; its failure
/// is ours (non-zero exit, its words on stderr).
fn send(command: &str, mail: &str) -> Result<()> {
    use std::io::Write;
    let mut words = command.split_whitespace();
    let program = words
        .next()
        .ok_or_else(|| Error::invalid("the config's sendmail command is empty"))?;
    let mut child = std::process::Command::new(program)
        .args(words)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Error::Io(format!("cannot run the mail command `{command}`: {e}")))?;
    let written = child.stdin.take().map(|mut stdin| stdin.write_all(mail.as_bytes()));
    let status = child
        .wait()
        .map_err(|e| Error::Io(format!("the mail command `{command}`: {e}")))?;
    // A command that fails may not read its input: its failure is the news.
    if !status.success() {
        return Err(Error::Io(format!(
            "the mail command `{command}` failed ({status}); nothing was sent"
        )));
    }
    if let Some(Err(e)) = written {
        return Err(Error::Io(format!("cannot hand the mail to `{command}`: {e}")));
    }
    eprintln!("reminder sent to {}", d_to_line(mail));
    Ok(())
}

/// The To: line of a mail, for saying where it went.
fn d_to_line(mail: &str) -> String {
    mail.lines()
        .find_map(|l| l.strip_prefix("To: "))
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_cannot_be_forged_and_non_ascii_is_encoded() {
        assert_eq!(
            header_text("Aïcha\r\nBcc: evil@example.com"),
            "AïchaBcc: evil@example.com"
        );
        assert_eq!(encoded_word("Aïcha Benali"), "=?utf-8?Q?A=C3=AFcha_Benali?=");
        assert_eq!(
            unstructured("kring: 3 overdue, 2 due this week"),
            "kring: 3 overdue, 2 due this week"
        );
        assert_eq!(encoded_word("Bakker, Jan"), "=?utf-8?Q?Bakker=2C_Jan?=");
        assert_eq!(
            escape_markdown("*Bakker* [x](y) 2026-11-14"),
            "\\*Bakker\\* \\[x\\](y) 2026-11-14"
        );
    }
}

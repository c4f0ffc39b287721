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
    let message = crate::io::mail::build(&mail(&digest, session.config.mail_from.as_deref())?)?;
    if args.send {
        return match &session.config.smtp {
            Some(url) => send_smtp(session, url, &message, &digest),
            None => {
                let command = session
                    .config
                    .sendmail
                    .clone()
                    .unwrap_or_else(|| DEFAULT_SENDMAIL.to_string());
                send(&command, &crate::io::mail::for_sendmail(&message), &digest)
            }
        };
    }
    use std::io::Write;
    std::io::stdout()
        .write_all(crate::io::mail::for_sendmail(&message).as_bytes())
        .map_err(super::output::io_error)
}

/// Through the configured SMTP relay (`smtp = …` in the config file).
fn send_smtp(session: &Session, url: &str, message: &lettre::Message, digest: &Digest) -> Result<()> {
    let relay = crate::io::mail::Relay::parse(url)?;
    let password = match &relay.user {
        Some(user) => crate::io::mail::password(&relay.host, user, session.config.password_command.as_deref())?,
        None => None,
    };
    crate::io::mail::send_smtp(&relay, password, message)?;
    eprintln!("{}", crate::t!("remind-sent", to = to_address(digest)));
    Ok(())
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
        (
            crate::t!("remind-inbox"),
            d.inbox_total,
            d.inbox
                .iter()
                .map(|e| format!("{}  {}: {}", crate::l10n::date(e.on), e.company, e.note))
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

/// The digest as a mail to its staff member, from `from` (the config's
/// `mail_from`) or from kring at their own address.
pub fn mail(d: &Digest, from: Option<&str>) -> Result<crate::io::mail::Mail> {
    let who = d.staff.as_deref().unwrap_or("you");
    let email = d
        .staff_email
        .clone()
        .filter(|e| e.contains('@'))
        .ok_or_else(|| Error::invalid(crate::t!("err-remind-no-email", who = who)))?;
    Ok(crate::io::mail::Mail {
        from: from.map_or_else(|| format!("kring <{email}>"), str::to_string),
        to: (d.staff.clone(), email),
        subject: d.subject(),
        body: for_terminal(&text(d)).into_owned(),
    })
}

/// Where a digest goes, for saying so.
fn to_address(d: &Digest) -> String {
    d.staff_email.clone().unwrap_or_default()
}

/// Hand the mail to the mail command on its standard input (a sendmail
/// with `-i`); its failure is ours (non-zero exit, its words on stderr).
fn send(command: &str, mail: &str, digest: &Digest) -> Result<()> {
    use std::io::Write;
    let words = crate::io::mail::sendmail_words(command);
    let (program, args) = words
        .split_first()
        .ok_or_else(|| Error::invalid("the config's sendmail command is empty"))?;
    let mut child = std::process::Command::new(program)
        .args(args)
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
    eprintln!("{}", crate::t!("remind-sent", to = to_address(digest)));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_cannot_make_markdown() {
        assert_eq!(
            escape_markdown("*Bakker* [x](y) 2026-11-14"),
            "\\*Bakker\\* \\[x\\](y) 2026-11-14"
        );
    }
}

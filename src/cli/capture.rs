//! `kring capture mail …` and `kring inbox …`: contacts that already
//! happened, found in mail, proposed in an inbox, accepted or skipped.

use super::output::{list, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::InteractionKind;
use crate::io::imap::{Credential, ImapSource};
use crate::model::capture::{CaptureEdit, InboxEntry};
use crate::model::Id;
use crate::usecases::capture::{capture_calendar, capture_mail, CaptureReport, CaptureRun};
use crate::{Error, Result};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CaptureCommand {
    /// Propose the contacts in a mail folder: an .eml file, a folder of them, an mbox file, a Maildir or an IMAP server
    Mail(MailArgs),
    /// Propose the past meetings in a calendar: an .ics file or the link of a published one
    Calendar(CalendarArgs),
}

#[derive(Debug, Args)]
pub struct MailArgs {
    /// The .eml or .msg file, folder, mbox file or Maildir; or a mail server's folders: imaps://USER@SERVER/INBOX,Sent
    pub source: PathBuf,
    #[command(flatten)]
    pub how: HowArgs,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The .ics file, or the https:// (webcal://) link of a published calendar
    pub source: PathBuf,
    #[command(flatten)]
    pub how: HowArgs,
}

/// What every capture takes besides its source.
#[derive(Debug, Args)]
pub struct HowArgs {
    /// Show what would be proposed; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Accept at once what matched a contact person (domain-only matches wait in the inbox)
    #[arg(long)]
    pub auto: bool,
    /// Leave out what happened before this day
    #[arg(long)]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct InboxArgs {
    #[command(subcommand)]
    pub command: Option<InboxCommand>,
    /// Everyone's proposals, not only those from your own mail and calendar
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum InboxCommand {
    /// Log proposals as they are (--all: every one in your inbox)
    Accept {
        ids: Vec<Id>,
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
    /// Leave proposals out: they are never proposed again
    Skip {
        #[arg(required = true)]
        ids: Vec<Id>,
    },
    /// Change a proposal's kind, note, date or people, and log it
    Edit {
        id: Id,
        #[arg(long, value_parser = vocabulary::<InteractionKind>())]
        kind: Option<InteractionKind>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        on: Option<String>,
        /// The people who took part (instead of those proposed; repeat for several)
        #[arg(long = "with")]
        with: Vec<String>,
    },
    /// Take a decision back: the proposal is open again (an accepted one's interaction is deleted)
    Undo { id: Id },
}

pub fn capture(session: &mut Session, command: CaptureCommand) -> Result<()> {
    let (source, how, calendar) = match command {
        CaptureCommand::Mail(a) => (a.source, a.how, false),
        CaptureCommand::Calendar(a) => (a.source, a.how, true),
    };
    let credential = imap_credential(session, &source)?;
    let run = CaptureRun {
        source,
        since: session.optional_date(how.since.as_deref())?,
        dry_run: how.dry_run,
        auto: how.auto,
        credential,
    };
    let report = match calendar {
        true => capture_calendar(&mut session.store, &run)?,
        false => capture_mail(&mut session.store, &run)?,
    };
    print_report(session, &report, &run)
}

/// For a mail server: an OAuth2 token from `token_command`, else the
/// password (KRING_IMAP_PASSWORD, ~/.netrc, `password_command`); never
/// from the command line.
fn imap_credential(session: &Session, source: &std::path::Path) -> Result<Option<Credential>> {
    let text = source.to_string_lossy();
    if !ImapSource::is_imap(&text) {
        return Ok(None);
    }
    let imap = ImapSource::parse(&text)?;
    let config = &session.config;
    if let Some(command) = &config.token_command {
        return Ok(crate::io::mail::first_line_of(command, "token_command")?.map(Credential::Token));
    }
    let password = crate::io::mail::password_from(
        "KRING_IMAP_PASSWORD",
        &imap.host,
        &imap.user,
        config.password_command.as_deref(),
    )?;
    Ok(password.map(Credential::Password))
}

fn print_report(session: &Session, report: &CaptureReport, run: &CaptureRun) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(report);
    }
    for shown in &report.would_propose {
        let people = if shown.persons.is_empty() {
            String::new()
        } else {
            format!(" ({})", shown.persons.join(", "))
        };
        let kind = match shown.kind {
            crate::domain::kinds::InteractionKind::Email => String::new(),
            other => format!("{}: ", other.display_label()),
        };
        out.line(format!(
            "  {}  {}{people}: {kind}{}  [{}]",
            crate::l10n::date(shown.on),
            shown.company,
            shown.note,
            shown.matched_by
        ))?;
    }
    for folder in &report.folders {
        match folder.status {
            "missing" => out.line(crate::t!(
                "cli-capture-folder-missing",
                folder = folder.folder.as_str(),
                reason = folder.reason.clone().unwrap_or_default()
            ))?,
            "renumbered" => out.line(crate::t!(
                "cli-capture-folder-renumbered",
                folder = folder.folder.as_str()
            ))?,
            _ => {}
        }
    }
    for passed in &report.skipped {
        out.line(crate::t!(
            "cli-capture-skipped",
            place = passed.place.as_str(),
            reason = passed.reason.as_str()
        ))?;
    }
    let proposed = if run.dry_run {
        report.would_propose.len()
    } else {
        report.saved.proposed
    } as i64;
    if report.events.is_some() {
        out.line(crate::t!(
            "cli-capture-summary-calendar",
            events = report.read() as i64,
            matched = report.matched as i64,
            unmatched = report.unmatched as i64,
            declined = report.declined as i64,
            proposed = proposed,
            already = report.saved.already as i64,
            skipped = report.skipped.len() as i64
        ))?;
    } else {
        out.line(crate::t!(
            "cli-capture-summary",
            source = report.source,
            messages = report.read() as i64,
            matched = report.matched as i64,
            unmatched = report.unmatched as i64,
            proposed = proposed,
            joined = report.saved.joined as i64,
            already = report.saved.already as i64,
            skipped = report.skipped.len() as i64
        ))?;
    }
    if report.before_since > 0 {
        out.line(crate::t!(
            "cli-capture-before-since",
            count = report.before_since as i64
        ))?;
    }
    if !report.saved.accepted.is_empty() {
        out.line(crate::t!(
            "cli-capture-accepted",
            count = report.saved.accepted.len() as i64
        ))?;
    }
    if run.dry_run {
        out.line(crate::t!("cli-capture-dry-run"))?;
    } else if report.saved.proposed > report.saved.accepted.len() {
        out.line(crate::t!("cli-capture-see-inbox"))?;
    }
    Ok(())
}

pub fn inbox(session: &mut Session, args: InboxArgs) -> Result<()> {
    match args.command {
        None => show_inbox(session, args.all),
        Some(InboxCommand::Accept { ids, all }) => {
            let ids = if all {
                session.store.inbox(false)?.iter().map(|e| e.id).collect()
            } else {
                ids
            };
            if ids.is_empty() {
                return Err(Error::invalid(crate::t!("err-inbox-which")));
            }
            let logged = session.store.accept_captures(&ids, &CaptureEdit::default())?;
            said(
                session,
                &logged,
                crate::t!("cli-inbox-accepted", count = logged.len() as i64),
            )
        }
        Some(InboxCommand::Skip { ids }) => {
            session.store.skip_captures(&ids)?;
            said(session, &ids, crate::t!("cli-inbox-skipped", count = ids.len() as i64))
        }
        Some(InboxCommand::Edit {
            id,
            kind,
            note,
            on,
            with,
        }) => {
            let entry = session.store.capture(id)?;
            let persons = match with.is_empty() {
                true => None,
                false => Some(
                    with.iter()
                        .map(|name| session.store.resolve_contact(entry.company_id, name))
                        .collect::<Result<Vec<_>>>()?,
                ),
            };
            let edit = CaptureEdit {
                kind,
                note,
                on: session.optional_date(on.as_deref())?,
                persons,
            };
            let logged = session.store.accept_captures(&[id], &edit)?;
            said(
                session,
                &logged,
                crate::t!("cli-inbox-accepted", count = logged.len() as i64),
            )
        }
        Some(InboxCommand::Undo { id }) => {
            session.store.reopen_captures(&[id])?;
            session.out.line(crate::t!("cli-inbox-reopened", id = id))
        }
    }
}

fn said(session: &Session, ids: &[Id], message: String) -> Result<()> {
    if session.out.json {
        return session.out.json_value(&serde_json::json!({ "ids": ids }));
    }
    session.out.line(message)
}

fn show_inbox(session: &mut Session, everyone: bool) -> Result<()> {
    let entries = session.store.inbox(everyone)?;
    if entries.is_empty() && !session.out.json {
        return session.out.line(crate::t!("cli-inbox-empty"));
    }
    let table = Table::new(&[
        ("ID", 5),
        ("DATE", 10),
        ("COMPANY", 28),
        ("PEOPLE", 24),
        ("MATCH", 7),
        ("NOTE", 0),
    ]);
    list(&session.out, &entries, &table, |e: &InboxEntry| {
        vec![
            e.id.to_string(),
            crate::l10n::date(e.on),
            e.company.clone(),
            e.persons.join(", "),
            e.matched_by.display_label(),
            e.kind.display_label(),
            e.note.clone(),
        ]
    })
}

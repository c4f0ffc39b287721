//! `kring export …`: data for other programs.

use super::Session;
use crate::domain::kinds::CompanyStatus;
use crate::io::{ics, vcard};
use crate::store::companies::CompanyFilter;
use crate::Result;
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Circle meetings as an iCalendar file (Outlook, Thunderbird, khal)
    Meetings {
        #[arg(long, value_enum, default_value_t = CalendarFormat::Ics)]
        format: CalendarFormat,
        /// Only this circle's meetings
        #[arg(long)]
        circle: Option<String>,
        /// Invite the members' contact persons (ATTENDEE, asked to reply)
        #[arg(long)]
        with_attendees: bool,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Open follow-ups as all-day calendar events on their due dates
    Followups {
        #[arg(long, value_enum, default_value_t = CalendarFormat::Ics)]
        format: CalendarFormat,
        /// As to-dos (VTODO) with a due date, for clients with a task list
        #[arg(long)]
        todo: bool,
        /// Only mine
        #[arg(long)]
        mine: bool,
        /// Only those of this staff member
        #[arg(long = "for", value_name = "STAFF")]
        for_staff: Option<String>,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Current contact persons with their company, for a mailing or a spreadsheet
    Contacts {
        #[arg(long, value_enum, default_value_t = ContactFormat::Csv)]
        format: ContactFormat,
        /// For Excel with a Dutch locale: ';' and a UTF-8 byte-order mark
        #[arg(long)]
        excel: bool,
        /// vCard version: 4 (default) or 3 for clients that only take 3.0
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(3..=4))]
        vcard_version: u8,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        circle: Option<String>,
        #[arg(long)]
        sector: Option<String>,
        #[arg(long)]
        city: Option<String>,
        /// Only recognised training companies
        #[arg(long)]
        recognised: bool,
        /// Also people marked do-not-contact (left out by default)
        #[arg(long)]
        include_do_not_contact: bool,
        /// Put internal notes about people into the vCards (left out by default)
        #[arg(long)]
        with_notes: bool,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The whole database as one JSON document (`kring import all` reads it back)
    All {
        #[arg(long, value_enum, default_value_t = ArchiveFormat::Json)]
        format: ArchiveFormat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ArchiveFormat {
    Json,
}

/// The first sixteen are the original columns, in their order (scripts
/// read them by position); the name's parts and the salutation, for a mail
/// merge, come after. Headed in the language kring speaks (`Voornaam`,
/// `First name`); `kring import` reads either.
const CONTACT_COLUMNS: [&str; 20] = [
    "csv-name",
    "csv-email",
    "csv-phone",
    "csv-role",
    "csv-title",
    "csv-company",
    "csv-kvk",
    "csv-address",
    "csv-postcode",
    "csv-city",
    "csv-sector",
    "csv-website",
    "csv-company-email",
    "csv-company-phone",
    "csv-status",
    "csv-owner",
    "csv-given-name",
    "csv-infix",
    "csv-family-name",
    "csv-salutation",
];

fn contact_headers() -> Vec<String> {
    CONTACT_COLUMNS.iter().map(|id| crate::l10n::message(id, &[])).collect()
}

/// Write to a file (saying so on stderr) or to standard output.
pub(super) fn emit(bytes: &[u8], output: Option<PathBuf>, what: &str) -> Result<()> {
    let mut sink = Sink::open(output)?;
    sink.write(bytes)?;
    sink.finish(what)
}

/// Where an export goes as it is written: a private file that appears under
/// its name once complete, a pipe byte for byte, or a terminal, where a
/// person reads it and control characters are shown, never obeyed.
pub(super) enum Sink {
    File(crate::io::files::PrivateFile, PathBuf),
    Pipe(std::io::BufWriter<std::io::Stdout>),
    Terminal(std::io::BufWriter<std::io::Stdout>),
}

impl Sink {
    pub(super) fn open(output: Option<PathBuf>) -> Result<Sink> {
        use std::io::IsTerminal;
        Ok(match output {
            Some(path) => Sink::File(crate::io::files::PrivateFile::create(&path)?, path),
            None if std::io::stdout().is_terminal() => Sink::Terminal(std::io::BufWriter::new(std::io::stdout())),
            None => Sink::Pipe(std::io::BufWriter::new(std::io::stdout())),
        })
    }

    /// Whole records at a time: a terminal's sanitising sees each whole.
    pub(super) fn write(&mut self, bytes: &[u8]) -> Result<()> {
        use std::io::Write;
        match self {
            Sink::File(file, path) => file
                .writer()
                .write_all(bytes)
                .map_err(|e| crate::Error::Io(format!("cannot write {}: {e}", path.display()))),
            Sink::Pipe(out) => out.write_all(bytes).map_err(super::output::io_error),
            Sink::Terminal(out) => {
                let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
                out.write_all(crate::domain::text::for_terminal(&text).as_bytes())
                    .map_err(super::output::io_error)
            }
        }
    }

    /// Complete the file (and say so on stderr) or flush the output.
    pub(super) fn finish(self, what: &str) -> Result<()> {
        use std::io::Write;
        match self {
            Sink::File(file, path) => {
                file.commit()?;
                let path = crate::domain::text::for_terminal(&path.display().to_string()).into_owned();
                eprintln!("{}", crate::t!("cli-written", what = what, path = path));
                Ok(())
            }
            Sink::Pipe(mut out) | Sink::Terminal(mut out) => out.flush().map_err(super::output::io_error),
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ContactFormat {
    Csv,
    Vcard,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CalendarFormat {
    Ics,
}

pub fn run(session: &mut Session, command: ExportCommand) -> Result<()> {
    let (ExportCommand::All { output, .. }
    | ExportCommand::Meetings { output, .. }
    | ExportCommand::Followups { output, .. }
    | ExportCommand::Contacts { output, .. }) = &command;
    if let Some(path) = output {
        session.refuse_protected(path)?;
    }
    match command {
        ExportCommand::All {
            format: ArchiveFormat::Json,
            output,
        } => super::archive::export_all(session, output),
        ExportCommand::Meetings {
            format: CalendarFormat::Ics,
            circle,
            with_attendees,
            output,
        } => {
            let circle = circle.as_deref().map(|c| session.store.resolve_circle(c)).transpose()?;
            let meetings = session.store.meetings(circle)?;
            let mut guests = ics::Guests::new();
            if with_attendees {
                for meeting in &meetings {
                    guests.insert(meeting.id, session.store.meeting_guests(meeting.id)?);
                }
            }
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
            let database_id = session.store.database_id()?;
            let text = ics::meetings(&meetings, &guests, &database_id, &stamp);
            emit(
                text.as_bytes(),
                output,
                &crate::t!("cli-n-meetings", count = meetings.len()),
            )
        }
        ExportCommand::Followups {
            format: CalendarFormat::Ics,
            todo,
            mine,
            for_staff,
            output,
        } => {
            let staff = match (&for_staff, mine) {
                (Some(s), _) => Some(session.store.resolve_staff(s)?),
                (None, true) => session.store.actor(),
                (None, false) => None,
            };
            let filter = crate::store::followups::FollowupFilter {
                staff,
                ..Default::default()
            };
            let rows = session.store.list_followups(&filter)?;
            let notes = session.store.followup_notes(&filter)?;
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
            let form = if todo {
                ics::FollowupForm::Todo
            } else {
                ics::FollowupForm::Event
            };
            let database_id = session.store.database_id()?;
            emit(
                ics::followups(&rows, &notes, form, &database_id, &stamp).as_bytes(),
                output,
                &crate::t!("cli-n-followups", count = rows.len()),
            )
        }
        ExportCommand::Contacts {
            format,
            excel,
            vcard_version,
            status,
            owner,
            tag,
            circle,
            sector,
            city,
            recognised,
            include_do_not_contact,
            with_notes,
            output,
        } => {
            let filter = CompanyFilter {
                status: status.as_deref().map(CompanyStatus::parse).transpose()?,
                owner: owner.as_deref().map(|o| session.store.resolve_staff(o)).transpose()?,
                tag,
                circle: circle.as_deref().map(|c| session.store.resolve_circle(c)).transpose()?,
                sector,
                city,
                recognised: recognised.then_some(true),
                ..Default::default()
            };
            let mut sink = Sink::open(output)?;
            let count = if matches!(format, ContactFormat::Vcard) {
                let version = if vcard_version == 3 {
                    vcard::Version::V3
                } else {
                    vcard::Version::V4
                };
                let database_id = session.store.database_id()?;
                let options = vcard::CardOptions {
                    version,
                    database_id: &database_id,
                    with_notes,
                };
                // Someone with two current jobs has one card (a UID names one card).
                let mut written = std::collections::HashSet::new();
                let mut card = String::new();
                session
                    .store
                    .export_contacts(&filter, include_do_not_contact, &mut |contact| {
                        if !written.insert(contact.person_id) {
                            return Ok(());
                        }
                        card.clear();
                        vcard::card(&mut card, &contact, options);
                        sink.write(card.as_bytes())
                    })?
            } else {
                let headers = contact_headers();
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                sink.write(&crate::io::csv_out::header(&headers, excel))?;
                let mut progress = super::output::Progress::new(&crate::t!("cli-exporting-contacts"), 0);
                let mut line = Vec::new();
                let mut done = 0;
                let count = session
                    .store
                    .export_contacts(&filter, include_do_not_contact, &mut |contact| {
                        line.clear();
                        crate::io::csv_out::record(&mut line, &contact_row(&contact), excel);
                        done += 1;
                        progress.update(done);
                        sink.write(&line)
                    })?;
                progress.finish();
                count
            };
            sink.finish(&crate::t!("cli-n-contacts", count = count))
        }
    }
}

/// One contact's CSV row, in `CONTACT_COLUMNS`' order.
fn contact_row(c: &crate::model::people::ContactExport) -> Vec<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        c.name.clone(),
        opt(&c.email),
        opt(&c.phone),
        c.role.label(),
        opt(&c.title),
        c.company.clone(),
        opt(&c.kvk),
        opt(&c.street),
        opt(&c.postcode),
        opt(&c.city),
        opt(&c.sector),
        opt(&c.website),
        opt(&c.company_email),
        opt(&c.company_phone),
        c.status.clone(),
        opt(&c.owner),
        c.name_parts.given.clone(),
        c.name_parts.infix.clone(),
        c.name_parts.family.clone(),
        c.salutation.clone(),
    ]
}

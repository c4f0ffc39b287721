//! `kring export …`: data for other programs.

use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::CompanyStatus;
use crate::io::vcard;
use crate::model::companies::CompanyFilter;
use crate::usecases::export::{self, ContactsAs};
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
        /// csv, vcard, or excel (the same as csv --excel)
        #[arg(long, default_value = "csv",
              value_parser = clap::builder::PossibleValuesParser::new(export::CONTACT_FORMATS.map(|f| f.name)))]
        format: String,
        /// For Excel with a Dutch locale: ';' and a UTF-8 byte-order mark
        #[arg(long)]
        excel: bool,
        /// vCard version: 4 (default) or 3 for clients that only take 3.0
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(3..=4))]
        vcard_version: u8,
        #[arg(long, value_parser = vocabulary::<CompanyStatus>())]
        status: Option<CompanyStatus>,
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
        /// Only people with a recorded basis for mailing them (AVG: consent or legitimate interest)
        #[arg(long)]
        basis_only: bool,
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
            let (text, count) = export::meetings(&session.store, circle, with_attendees)?;
            emit(text.as_bytes(), output, &crate::t!("cli-n-meetings", count = count))
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
            let mut sink = Sink::open(output)?;
            let count = export::followups(&session.store, staff, todo, &mut |bytes| sink.write(bytes))?;
            sink.finish(&crate::t!("cli-n-followups", count = count))
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
            basis_only,
            with_notes,
            output,
        } => {
            let filter = CompanyFilter {
                status,
                owner: owner.as_deref().map(|o| session.store.resolve_staff(o)).transpose()?,
                tag,
                circle: circle.as_deref().map(|c| session.store.resolve_circle(c)).transpose()?,
                sector,
                city,
                recognised: recognised.then_some(true),
                ..Default::default()
            };
            let chosen = export::contact_format(&format).expect("clap offers only the formats there are");
            let written_as = refined(chosen.written_as, excel, vcard_version, with_notes);
            refuse_binary_to_terminal(written_as == ContactsAs::Workbook, output.as_deref())?;
            let mut sink = Sink::open(output)?;
            let mut progress = super::output::Progress::new(&crate::t!("cli-exporting-contacts"), 0);
            // The CSV header is written before the first record.
            let mut done: u64 = 0;
            let first_is_header = matches!(written_as, ContactsAs::Csv { .. });
            let count = export::contacts(
                &session.store,
                &filter,
                written_as,
                crate::model::people::Reach {
                    include_do_not_contact,
                    basis_only,
                },
                &mut |bytes| {
                    sink.write(bytes)?;
                    done += 1;
                    progress.update(done - u64::from(first_is_header));
                    Ok(())
                },
            )?;
            progress.finish();
            sink.finish(&crate::t!("cli-n-contacts", count = count))
        }
    }
}

/// A workbook is bytes for Excel, not text: to a file (`-o`) or a pipe,
/// never onto the terminal.
pub(super) fn refuse_binary_to_terminal(binary: bool, output: Option<&std::path::Path>) -> Result<()> {
    use std::io::IsTerminal;
    if binary && output.is_none() && std::io::stdout().is_terminal() {
        return Err(crate::Error::invalid(crate::t!("err-xlsx-needs-file")));
    }
    Ok(())
}

/// The flags of a format refine it: --excel, the vCard version, notes.
fn refined(written_as: ContactsAs, excel: bool, vcard_version: u8, with_notes: bool) -> ContactsAs {
    match written_as {
        ContactsAs::Vcard { .. } => ContactsAs::Vcard {
            version: match vcard_version {
                3 => vcard::Version::V3,
                _ => vcard::Version::V4,
            },
            with_notes,
        },
        ContactsAs::Csv { excel: as_excel } => ContactsAs::Csv {
            excel: excel || as_excel,
        },
        ContactsAs::Workbook => ContactsAs::Workbook,
    }
}

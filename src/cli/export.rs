//! `kring export …`: data for other programs.

use super::Session;
use crate::io::ics;
use crate::{Error, Result};
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
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CalendarFormat {
    Ics,
}

pub fn run(session: &mut Session, command: ExportCommand) -> Result<()> {
    match command {
        ExportCommand::Meetings {
            format: CalendarFormat::Ics,
            circle,
            output,
        } => {
            let circle = circle.as_deref().map(|c| session.store.resolve_circle(c)).transpose()?;
            let meetings = session.store.meetings(circle)?;
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
            let text = ics::meetings(&meetings, &stamp);
            match output {
                Some(path) => std::fs::write(&path, text)
                    .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))
                    .map(|_| eprintln!("{} meetings written to {}", meetings.len(), path.display())),
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(text.as_bytes())
                        .map_err(|e| Error::Io(e.to_string()))
                }
            }
        }
    }
}

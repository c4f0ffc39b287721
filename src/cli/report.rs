//! `kring report`: the school-year ledger, the management report and the
//! sheet a company gets.

use super::Session;
use crate::io::report::ledger;
use crate::store::report::totals;
use crate::Result;
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Per company: every form of collaboration, students and hours of a school year
    Year {
        /// The school year: 2025-2026
        year: String,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Write to this file instead of standard output (a workbook needs one, or a pipe)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Xlsx,
}

pub fn run(session: &mut Session, command: ReportCommand) -> Result<()> {
    match command {
        ReportCommand::Year { year, format, output } => year_ledger(session, &year, format, output),
    }
}

fn year_ledger(session: &mut Session, year: &str, format: ReportFormat, output: Option<PathBuf>) -> Result<()> {
    let rows = session.store.year_report(year)?;
    let total = totals(&rows);
    let goals = session.store.goals(year, crate::model::goals::GoalScope::All)?;
    let what = crate::t!("cli-the-ledger");
    if session.out.json || format == ReportFormat::Json {
        let value = serde_json::json!({ "school_year": year, "companies": rows, "total": total, "goals": goals });
        if output.is_none() {
            return session.out.json_value(&value);
        }
        let text = serde_json::to_string_pretty(&value).map_err(|e| crate::Error::Io(e.to_string()))?;
        return write_text(session, text + "\n", output, &what);
    }
    match format {
        ReportFormat::Md | ReportFormat::Json => {
            let mut lines = vec![format!("# {}", crate::t!("report-title", year = year)), String::new()];
            lines.extend(ledger::markdown(&rows, &total));
            if !goals.is_empty() {
                lines.extend([
                    String::new(),
                    format!("## {}", crate::t!("report-goals")),
                    String::new(),
                ]);
                for g in &goals {
                    let note = g.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                    lines.push(format!("- {}: {}{note}", g.whose, g.verdict()));
                }
            }
            write_text(session, lines.join("\n") + "\n", output, &what)
        }
        ReportFormat::Csv => {
            let table: Vec<Vec<String>> = rows.iter().chain(std::iter::once(&total)).map(ledger::cells).collect();
            let headers = ledger::headers();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let bytes = crate::io::csv_out::write(&headers, &table, false)?;
            session.out.flush()?;
            // As an export does: byte for byte into a pipe or file (CRLF
            // intact), shown safely on a terminal.
            super::export::emit(&bytes, output, &what)
        }
        ReportFormat::Xlsx => {
            super::export::refuse_binary_to_terminal(true, output.as_deref())?;
            let headers = ledger::headers();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let mut table = crate::io::workbook::TableWriter::new(&crate::t!("report-sheet-ledger"), &headers)?;
            for row in rows.iter().chain(std::iter::once(&total)) {
                table.row(&ledger::cells(row))?;
            }
            session.out.flush()?;
            let mut sink = super::export::Sink::open(output)?;
            table.finish(&mut |bytes| sink.write(bytes))?;
            sink.finish(&what)
        }
    }
}

/// A report's text to standard output, or to a file (saying so).
fn write_text(session: &Session, text: String, output: Option<PathBuf>, what: &str) -> Result<()> {
    if output.is_none() {
        return session.out.line(text.trim_end_matches('\n'));
    }
    session.out.flush()?;
    super::export::emit(text.as_bytes(), output, what)
}

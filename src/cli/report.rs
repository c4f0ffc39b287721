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
    /// For the director: relationships won, lost and at risk, collaborations against two years before, goals, load, places, with charts
    Management {
        /// The school year: 2025-2026 (default: this one)
        #[arg(long)]
        year: Option<String>,
        /// Only the companies a team's members own
        #[arg(long)]
        team: Option<String>,
        /// Only a programme's collaborations and places
        #[arg(long)]
        programme: Option<String>,
        #[arg(long, value_enum, default_value_t = PageFormat::Md)]
        format: PageFormat,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// "What we did together": a one-page sheet for the company itself, with nothing internal on it
    Company(SheetArgs),
}

/// What a company's sheet holds, for `kring report company`.
#[derive(Debug, clap::Args)]
pub struct SheetArgs {
    /// The company (name, part of it, or #id)
    company: String,
    /// The school year: 2025-2026 (default: this one)
    #[arg(long)]
    year: Option<String>,
    #[arg(long, value_enum, default_value_t = PageFormat::Md)]
    format: PageFormat,
    /// Write to this file instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

/// A report for people: Markdown, one HTML page with charts, or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    Md,
    Html,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Xlsx,
}

pub fn run(session: &mut Session, command: ReportCommand) -> Result<()> {
    // Never written over the database or one of its copies (nothing is read first).
    let output = match &command {
        ReportCommand::Year { output, .. } | ReportCommand::Management { output, .. } => output,
        ReportCommand::Company(args) => &args.output,
    };
    if let Some(path) = output {
        session.refuse_protected(path)?;
    }
    match command {
        ReportCommand::Year { year, format, output } => year_ledger(session, &year, format, output),
        ReportCommand::Management {
            year,
            team,
            programme,
            format,
            output,
        } => management(session, year, team, programme, format, output),
        ReportCommand::Company(args) => sheet(session, args),
    }
}

fn sheet(session: &mut Session, args: SheetArgs) -> Result<()> {
    let company = session.store.resolve_company(&args.company)?;
    let year = args
        .year
        .unwrap_or_else(|| crate::domain::dates::school_year_of(session.store.today()));
    let sheet = session.store.company_sheet(company, &year)?;
    let what = crate::t!("cli-the-sheet");
    if session.out.json || args.format == PageFormat::Json {
        return write_json(session, &sheet, args.output, &what);
    }
    match args.format {
        PageFormat::Json | PageFormat::Md => {
            write_text(session, crate::io::report::sheet::markdown(&sheet), args.output, &what)
        }
        PageFormat::Html => write_text(session, crate::io::report::sheet::html(&sheet), args.output, &what),
    }
}

fn management(
    session: &mut Session,
    year: Option<String>,
    team: Option<String>,
    programme: Option<String>,
    format: PageFormat,
    output: Option<PathBuf>,
) -> Result<()> {
    let year = year.unwrap_or_else(|| crate::domain::dates::school_year_of(session.store.today()));
    let team_id = team.as_deref().map(|t| session.store.resolve_team(t)).transpose()?;
    let team_name = match team_id {
        Some(id) => session
            .store
            .list_teams()?
            .into_iter()
            .find(|t| t.id == id)
            .map(|t| t.name),
        None => None,
    };
    let scope = crate::model::report::ReportScope {
        team: team_name.or(team),
        team_id,
        programme: crate::domain::validate::optional(programme.as_deref()),
    };
    let report = session.store.management_report(&year, scope)?;
    let what = crate::t!("cli-the-management-report");
    if session.out.json || format == PageFormat::Json {
        return write_json(session, &report, output, &what);
    }
    match format {
        PageFormat::Json | PageFormat::Md => {
            write_text(session, crate::io::report::management::markdown(&report), output, &what)
        }
        PageFormat::Html => write_text(session, crate::io::report::management::html(&report), output, &what),
    }
}

fn year_ledger(session: &mut Session, year: &str, format: ReportFormat, output: Option<PathBuf>) -> Result<()> {
    let rows = session.store.year_report(year)?;
    let total = totals(&rows);
    let goals = session.store.goals(year, crate::model::goals::GoalScope::All)?;
    let what = crate::t!("cli-the-ledger");
    if session.out.json || format == ReportFormat::Json {
        let value = serde_json::json!({ "school_year": year, "companies": rows, "total": total, "goals": goals });
        return write_json(session, &value, output, &what);
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

/// A report as JSON: on standard output as every `--json` is, or to a file.
fn write_json<T: serde::Serialize>(session: &Session, value: &T, output: Option<PathBuf>, what: &str) -> Result<()> {
    if output.is_none() {
        return session.out.json_value(value);
    }
    let text = serde_json::to_string_pretty(value).map_err(|e| crate::Error::Io(e.to_string()))?;
    write_text(session, text + "\n", output, what)
}

/// A report's text to standard output, or to a file (saying so).
fn write_text(session: &Session, text: String, output: Option<PathBuf>, what: &str) -> Result<()> {
    if output.is_none() {
        return session.out.line(text.trim_end_matches('\n'));
    }
    session.out.flush()?;
    super::export::emit(text.as_bytes(), output, what)
}

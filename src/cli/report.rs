//! `kring report year 2025-2026`: the per-school-year ledger.

use super::Session;
use crate::model::report::YearRow;
use crate::store::report::totals;
use crate::Result;
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Per company: internships, students, guest lectures, assignments and circle visits of a school year
    Year {
        /// The school year: 2025-2026
        year: String,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
}

/// The columns, in the language kring speaks (a ledger is read by people).
fn headers() -> Vec<String> {
    [
        "report-company",
        "report-internships",
        "report-students",
        "report-lectures",
        "report-assignments",
        "report-circle-visits",
    ]
    .iter()
    .map(|id| crate::l10n::message(id, &[]))
    .collect()
}

pub fn run(session: &mut Session, command: ReportCommand) -> Result<()> {
    let ReportCommand::Year { year, format } = command;
    let rows = session.store.year_report(&year)?;
    let total = totals(&rows);
    let goals = session.store.goals(&year, crate::model::goals::GoalScope::All)?;
    let out = &session.out;
    if out.json {
        return out.json_value(&serde_json::json!({
            "school_year": year, "companies": rows, "total": total, "goals": goals,
        }));
    }
    match format {
        ReportFormat::Md => {
            out.line(format!("# {}", crate::t!("report-title", year = year.as_str())))?;
            out.line("")?;
            out.line(format!("| {} |", headers().join(" | ")))?;
            out.line("|---|---:|---:|---:|---:|---:|")?;
            for row in &rows {
                out.line(format!("| {} |", cells(row).join(" | ")))?;
            }
            let mut last = cells(&total);
            last[0] = format!("**{}**", crate::t!("report-total"));
            out.line(format!("| {} |", last.join(" | ")))?;
            if !goals.is_empty() {
                out.line("")?;
                out.line(format!("## {}", crate::t!("report-goals")))?;
                out.line("")?;
                for g in &goals {
                    let note = g.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                    out.line(format!("- {}: {}{note}", g.whose, g.verdict()))?;
                }
            }
            Ok(())
        }
        ReportFormat::Csv => {
            let table: Vec<Vec<String>> = rows.iter().chain(std::iter::once(&total)).map(cells).collect();
            let headers = headers();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let bytes = crate::io::csv_out::write(&headers, &table, false)?;
            // As an export does: byte for byte into a pipe or file (CRLF
            // intact), shown safely on a terminal.
            out.flush()?;
            super::export::emit(&bytes, None, &crate::t!("cli-the-ledger"))
        }
    }
}

fn cells(row: &YearRow) -> Vec<String> {
    vec![
        row.company.clone(),
        row.internships.to_string(),
        row.students.to_string(),
        row.lectures.to_string(),
        row.assignments.to_string(),
        row.circle_visits.to_string(),
    ]
}

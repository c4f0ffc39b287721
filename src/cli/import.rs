//! `kring import companies|contacts FILE.csv|FILE.vcf`: a spreadsheet or an
//! address book into kring, all or nothing; `kring import undo` reverts the
//! last one; `kring import all FILE.json` reads back `kring export all`.

use super::Session;
use crate::io::spreadsheet;
use crate::usecases::import::{self, ImportFile, Placing};
use crate::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Companies from a CSV file (person columns are left out)
    Companies(ImportArgs),
    /// Companies and their contact persons: a CSV file (one person per row) or a vCard file (.vcf)
    Contacts(ImportArgs),
    /// Revert the last import: remove what it created, empty the fields it filled
    Undo,
    /// Read a `kring export all` JSON file into an empty database
    All(ImportAllArgs),
}

#[derive(Debug, Args)]
pub struct ImportAllArgs {
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// Show what would be created or matched; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows and write the rejected ones (line, reason) to FILE.rejected.csv
    #[arg(long)]
    pub skip_invalid: bool,
    /// Place an odd column: "Naam bedrijf=company" (fields: company, kvk, street, postcode,
    /// city, sector, website, person, first_name, middle_name, infix, last_name, honorific,
    /// title, department, email, phone, notes, profile_url, company_email, company_phone)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// The file's encoding (default: UTF-8 when valid, else Windows-1252)
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// A workbook's sheet (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Tag every company the import creates (repeatable): --tag stagefestival
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// The owner of the companies it creates (default: you)
    #[arg(long, value_name = "STAFF")]
    pub owner: Option<String>,
    /// Where the companies it creates came from: --source "Stagefestival 2027" (default: import)
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EncodingArg {
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1252", alias = "cp1252")]
    Windows1252,
}

pub fn run(session: &mut Session, command: ImportCommand) -> Result<()> {
    let (args, with_people) = match command {
        ImportCommand::Companies(args) => (args, false),
        ImportCommand::Contacts(args) => (args, true),
        ImportCommand::Undo => return undo(session),
        ImportCommand::All(_) => unreachable!("handled before the session starts"),
    };
    let file = ImportFile {
        path: args.file.clone(),
        with_people,
        mappings: args.map.clone(),
        encoding: match args.encoding {
            EncodingArg::Auto => spreadsheet::Encoding::Auto,
            EncodingArg::Utf8 => spreadsheet::Encoding::Utf8,
            EncodingArg::Windows1252 => spreadsheet::Encoding::Windows1252,
        },
        sheet: args.sheet.clone(),
    };
    let read = import::read(&file)?;
    let placing = Placing {
        owner: match &args.owner {
            Some(owner) => Some(session.store.resolve_staff(owner)?),
            None => session.store.actor(),
        },
        tags: args.tags.clone(),
        source: args.source.clone(),
    };
    let rows = read.count;
    let (summary, extra) = (read.summary.clone(), read.extra.clone());
    let mut notes = read.notes.clone();
    if args.dry_run {
        // Each recognised column and where it goes, after the layout's name.
        let at = usize::from(read.layout_named).min(notes.len());
        notes.splice(at..at, read.columns.iter().cloned());
    }
    let report = import::import(
        &mut session.store,
        &args.file,
        &read,
        &placing,
        args.dry_run,
        args.skip_invalid,
    )?;
    let rejects_file = (!report.rejected.is_empty()).then(|| import::rejects_path(&args.file));
    let out = &session.out;
    if out.json {
        let mut value = serde_json::json!({ "report": report });
        if let (Some(map), serde_json::Value::Object(extra)) = (value.as_object_mut(), extra) {
            map.extend(extra);
        }
        return out.json_value(&value);
    }
    for note in &notes {
        out.line(note)?;
    }
    for line in &report.lines {
        out.line(line)?;
    }
    for (line, why) in &report.rejected {
        out.line(crate::t!("import-rejected", line = *line, why = why.as_str()))?;
    }
    if let (Some(path), false) = (&rejects_file, args.dry_run) {
        out.line(crate::t!(
            "import-rejects-written",
            count = report.rejected.len(),
            path = path.display().to_string()
        ))?;
    }
    out.line(import::summary(&report, rows, &summary))?;
    if let Some(id) = report.import_id {
        out.line(crate::t!("import-was", id = id))?;
    }
    Ok(())
}

fn undo(session: &mut Session) -> Result<()> {
    let report = session.store.undo_last_import()?;
    if session.out.json {
        return session.out.json_value(&report);
    }
    session.out.line(crate::t!(
        "import-undone",
        id = report.import_id,
        source = report.source.as_str(),
        at = report.imported_at.to_string(),
        companies = report.companies_removed,
        people = report.people_removed,
        restored = report.records_restored
    ))?;
    if !report.skipped.is_empty() {
        session
            .out
            .line(crate::t!("import-left-alone", count = report.skipped.len()))?;
    }
    for skipped in &report.skipped {
        let name = skipped.name.as_deref().unwrap_or("");
        session.out.line(format!(
            "  {} #{} {name}: {}",
            skipped.entity, skipped.id, skipped.reason
        ))?;
    }
    Ok(())
}

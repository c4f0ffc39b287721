//! `kring import companies|contacts FILE.csv`: a spreadsheet into kring,
//! all or nothing.

use super::Session;
use crate::domain::kinds::ContactRole;
use crate::io::spreadsheet::{self, Column, Row};
use crate::store::companies::NewCompany;
use crate::store::import::ImportRow;
use crate::store::people::NewPerson;
use crate::{Error, Result};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Companies from a CSV file (person columns are left out)
    Companies(ImportArgs),
    /// Companies and their contact persons, one person per row
    Contacts(ImportArgs),
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
    /// city, sector, website, person, first_name, last_name, title, email, phone, notes)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// The file's encoding (default: UTF-8 when valid, else Windows-1252)
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
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
    };
    let bytes =
        std::fs::read(&args.file).map_err(|e| Error::Io(format!("cannot read {}: {e}", args.file.display())))?;
    let mappings = args
        .map
        .iter()
        .map(|m| Column::mapping(m))
        .collect::<Result<Vec<_>>>()?;
    let encoding = match args.encoding {
        EncodingArg::Auto => spreadsheet::Encoding::Auto,
        EncodingArg::Utf8 => spreadsheet::Encoding::Utf8,
        EncodingArg::Windows1252 => spreadsheet::Encoding::Windows1252,
    };
    let sheet = spreadsheet::read_with(&bytes, encoding, &mappings)?;
    let mut rows = sheet
        .rows
        .iter()
        .map(|row| import_row(row, with_people))
        .collect::<Result<Vec<_>>>()?;
    for row in &mut rows {
        row.company.owner = session.store.actor();
    }
    let report = session
        .store
        .import_rows(&args.file.display().to_string(), &rows, args.dry_run, args.skip_invalid)?;
    let rejects_file = (!report.rejected.is_empty()).then(|| {
        let mut name = args.file.clone().into_os_string();
        name.push(".rejected.csv");
        std::path::PathBuf::from(name)
    });
    if let (Some(path), false) = (&rejects_file, args.dry_run) {
        let rows: Vec<Vec<String>> = report
            .rejected
            .iter()
            .map(|(line, why)| vec![line.to_string(), why.clone()])
            .collect();
        let bytes = crate::io::csv_out::write(&["line", "reason"], &rows, false)?;
        std::fs::write(path, bytes).map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
    }
    let out = &session.out;
    if out.json {
        return out.json_value(
            &serde_json::json!({ "report": report, "ignored_columns": sheet.ignored, "encoding": sheet.encoding }),
        );
    }
    for line in &report.lines {
        out.line(line)?;
    }
    for (line, why) in &report.rejected {
        out.line(format!("line {line}: rejected: {why}"))?;
    }
    if let (Some(path), false) = (&rejects_file, args.dry_run) {
        out.line(format!(
            "{} rejected rows written to {}",
            report.rejected.len(),
            path.display()
        ))?;
    }
    for column in &sheet.ignored {
        out.line(format!("column '{column}' is not used (kring has no field for it)"))?;
    }
    let verb = if args.dry_run { "would import" } else { "imported" };
    out.line(format!(
        "{verb} {} rows ({}, '{}'): {} companies created, {} matched; {} people added, {} matched",
        rows.len(),
        sheet.encoding,
        sheet.delimiter,
        report.companies_created,
        report.companies_matched,
        report.people_created,
        report.people_matched
    ))
}

fn import_row(row: &Row, with_people: bool) -> Result<ImportRow> {
    let company = row
        .get(Column::Company)
        .ok_or_else(|| Error::invalid(format!("line {}: no company name", row.line)))?;
    let text = |c: Column| row.get(c).map(str::to_string);
    let person = if with_people {
        row.person_name().map(|name| NewPerson {
            name,
            email: text(Column::Email),
            phone: text(Column::Phone),
            notes: text(Column::Notes),
            do_not_contact: false,
            company: None,
            role: row.get(Column::Title).map(ContactRole::from_title),
            title: text(Column::Title),
        })
    } else {
        None
    };
    Ok(ImportRow {
        line: row.line,
        company: NewCompany {
            name: company.to_string(),
            kvk: text(Column::Kvk),
            sector: text(Column::Sector),
            street: text(Column::Street),
            postcode: text(Column::Postcode),
            city: text(Column::City),
            website: text(Column::Website),
            source: Some("import".into()),
            ..Default::default()
        },
        person,
    })
}

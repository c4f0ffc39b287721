//! `kring import companies|contacts FILE.csv|FILE.vcf`: a spreadsheet or an
//! address book into kring, all or nothing; `kring import undo` reverts the
//! last one; `kring import all FILE.json` reads back `kring export all`.

use super::Session;
use crate::io::spreadsheet::{self, Column};
use crate::io::vcard;
use crate::store::import::ImportRow;
use crate::{Error, Result};
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
    let bytes =
        std::fs::read(&args.file).map_err(|e| Error::Io(format!("cannot read {}: {e}", args.file.display())))?;
    if is_vcard(&args.file, &bytes) {
        return import_vcard(session, &args, &bytes);
    }
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
    if !with_people && !sheet.headers.iter().any(|(c, _)| *c == Column::Company) {
        return Err(Error::invalid(
            "line 1: no company column; `import companies` needs one (Bedrijfsnaam, Bedrijf, Organisatie or \
             Company, or --map); people without a company come in with `import contacts`",
        ));
    }
    let (rows, unplaced) = sheet.to_import(with_people);
    let delimiter = match sheet.delimiter {
        '\t' => "tab".to_string(),
        other => format!("'{other}'"),
    };
    let summary = format!("{}, {delimiter}", sheet.encoding);
    let unplaced_json: Vec<_> = unplaced
        .iter()
        .map(|(column, why)| serde_json::json!({ "column": column, "reason": why }))
        .collect();
    let columns_json: Vec<_> = sheet
        .headers
        .iter()
        .map(|(column, header)| serde_json::json!({ "column": header, "field": column.label() }))
        .collect();
    let extra = serde_json::json!({ "ignored_columns": sheet.ignored, "unplaced_columns": unplaced_json,
                                    "encoding": sheet.encoding, "layout": sheet.layout.label(),
                                    "columns": columns_json });
    let mut notes = Vec::new();
    if sheet.layout != spreadsheet::Layout::Spreadsheet {
        notes.push(crate::t!("import-read-as", layout = sheet.layout.label()));
    }
    if args.dry_run {
        notes.extend(
            sheet
                .headers
                .iter()
                .map(|(column, header)| format!("  '{header}' → {}", column.label())),
        );
    }
    notes.extend(unused_columns(&sheet));
    notes.extend(
        unplaced
            .iter()
            .map(|(column, why)| crate::t!("import-unplaced", column = column.as_str(), why = *why)),
    );
    finish(session, &args, "csv", rows, &summary, extra, &notes)
}

/// One line for the columns kring leaves out: the ones with values first,
/// those that look like a phone or an address with the `--map` that would
/// place them; the empty ones only counted.
fn unused_columns(sheet: &spreadsheet::Sheet) -> Option<String> {
    if sheet.ignored.is_empty() {
        return None;
    }
    let mut filled: Vec<&String> = sheet.ignored_filled.iter().collect();
    filled.sort_by_key(|header| spreadsheet::likely_field(header).is_none());
    let mut named: Vec<String> = filled
        .iter()
        .map(|header| match spreadsheet::likely_field(header) {
            Some(field) => format!("'{header}' (--map \"{header}={field}\")"),
            None => format!("'{header}'"),
        })
        .collect();
    let empty = sheet.ignored.len() - filled.len();
    if empty > 0 {
        named.push(crate::t!("import-empty-columns", count = empty));
    }
    Some(crate::t!("import-columns-left-out", columns = named.join(", ")))
}

/// Run the import and report it; write the rejected rows next to the file.
fn finish(
    session: &mut Session,
    args: &ImportArgs,
    format: &str,
    mut rows: Vec<ImportRow>,
    summary: &str,
    extra: serde_json::Value,
    notes: &[String],
) -> Result<()> {
    let owner = match &args.owner {
        Some(owner) => Some(session.store.resolve_staff(owner)?),
        None => session.store.actor(),
    };
    for company in rows.iter_mut().filter_map(|row| row.company.as_mut()) {
        company.owner = owner;
        company.tags.extend(args.tags.iter().cloned());
        if let Some(source) = &args.source {
            company.source = Some(source.clone());
        }
    }
    let rejects_file = {
        let mut name = args.file.clone().into_os_string();
        name.push(".rejected.csv");
        std::path::PathBuf::from(name)
    };
    // The rejected rows are written before the import commits: if they
    // cannot be, nothing is imported (no row silently lost).
    let mut write_rejects = |report: &crate::store::import::ImportReport| -> Result<()> {
        if report.rejected.is_empty() || report.dry_run {
            return Ok(());
        }
        let rows: Vec<Vec<String>> = report
            .rejected
            .iter()
            .map(|(line, why)| vec![line.to_string(), why.clone()])
            .collect();
        let bytes = crate::io::csv_out::write(&["line", "reason"], &rows, false)?;
        crate::io::files::write_private(&rejects_file, &bytes).map_err(|e| {
            Error::Io(format!(
                "{e}; the rejected rows could not be saved, so nothing was imported"
            ))
        })
    };
    let report = session.store.import_rows(
        &args.file.display().to_string(),
        format,
        &rows,
        args.dry_run,
        args.skip_invalid,
        &mut write_rejects,
    )?;
    let rejects_file = (!report.rejected.is_empty()).then_some(rejects_file);
    let out = &session.out;
    if out.json {
        let mut value = serde_json::json!({ "report": report });
        if let (Some(map), serde_json::Value::Object(extra)) = (value.as_object_mut(), extra) {
            map.extend(extra);
        }
        return out.json_value(&value);
    }
    for note in notes {
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
    let verb = if args.dry_run {
        crate::t!("import-would-import")
    } else {
        crate::t!("import-imported")
    };
    out.line(crate::t!(
        "import-summary",
        verb = verb,
        rows = rows.len() - report.rejected.len(),
        summary = summary,
        companies_created = report.companies_created,
        companies_matched = report.companies_matched,
        companies_updated = report.companies_updated,
        people_created = report.people_created,
        people_matched = report.people_matched,
        people_updated = report.people_updated
    ))?;
    if let Some(id) = report.import_id {
        out.line(crate::t!("import-was", id = id))?;
    }
    Ok(())
}

/// A vCard file: by its extension, or by what it starts with.
fn is_vcard(path: &std::path::Path, bytes: &[u8]) -> bool {
    let by_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let start = &bytes[..bytes.len().min(128)];
    let start = spreadsheet::decode(start).map_or_else(|_| String::from_utf8_lossy(start).into_owned(), |(t, _)| t);
    by_name || start.trim_start().to_ascii_uppercase().starts_with("BEGIN:VCARD")
}

fn import_vcard(session: &mut Session, args: &ImportArgs, bytes: &[u8]) -> Result<()> {
    let cards = vcard::parse_bytes(bytes)?;
    // Each property is decoded in the charset it names; this says what the rest is.
    let encoding = match std::str::from_utf8(bytes) {
        Ok(_) => "utf-8",
        Err(_) if encoding_rs::Encoding::for_bom(bytes).is_some() => spreadsheet::decode(bytes)?.1,
        Err(_) => "8-bit",
    };
    let rows = cards.iter().map(vcard::Card::to_import).collect();
    finish(
        session,
        args,
        "vcard",
        rows,
        &format!("vCard, {encoding}"),
        serde_json::json!({}),
        &[],
    )
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

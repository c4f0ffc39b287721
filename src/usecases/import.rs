//! Reading a spreadsheet or an address book into rows, and importing them,
//! the same for `kring import` and the terminal UI's import: the file is
//! read and placed here, the store imports all or nothing, and the rows it
//! rejects are written beside the file before anything is committed.

use crate::io::spreadsheet::{self, Column, Encoding};
use crate::io::vcard;
use crate::io::workbook;
use crate::model::import::{ImportReport, ImportRow};
use crate::model::Id;
use crate::store::Store;
use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// A file to import and how to read it.
#[derive(Debug, Clone)]
pub struct ImportFile {
    pub path: PathBuf,
    /// Contact persons too (`import contacts`), or companies only.
    pub with_people: bool,
    /// `--map "Column header=field"` specs.
    pub mappings: Vec<String>,
    pub encoding: Encoding,
    /// A workbook's sheet by name (default: the first).
    pub sheet: Option<String>,
}

/// What was read from the file, ready to import: checked, but its rows are
/// read again one at a time as they are imported ([`ReadFile::rows`]), so
/// that a large file costs its text in memory and no more.
#[derive(Debug, Clone)]
pub struct ReadFile {
    source: Source,
    /// How many rows (or cards) the file has.
    pub count: usize,
    /// "csv" or "vcard", recorded with the import.
    pub format: &'static str,
    /// "utf-8, ';'" or "vCard, utf-8".
    pub summary: String,
    /// Said before the report: the layout recognised, the columns left out.
    pub notes: Vec<String>,
    /// Each recognised column and where it goes (`'Bedrijf' → company`), for a dry run.
    pub columns: Vec<String>,
    /// The first note names a known layout (Outlook, Google, LinkedIn).
    pub layout_named: bool,
    /// For `--json`: the columns, the encoding and what was left out.
    pub extra: serde_json::Value,
}

#[derive(Debug, Clone)]
enum Source {
    Sheet {
        sheet: Box<spreadsheet::Sheet>,
        with_people: bool,
    },
    /// A UTF-16 vCard file's text, decoded to UTF-8.
    Cards(Vec<u8>),
    /// A vCard file in UTF-8 or 8-bit, read again from the file as it was
    /// checked (each property decoded in the charset it names).
    CardFile(PathBuf, crate::io::files::Stamp),
}

impl ReadFile {
    /// The rows to import, read from the file's text one at a time.
    pub fn rows(&self) -> Box<dyn Iterator<Item = Result<ImportRow>> + '_> {
        match &self.source {
            Source::Sheet { sheet, with_people } => Box::new(sheet.import_rows(*with_people)),
            Source::Cards(bytes) => Box::new(vcard::read_cards(bytes).map(|card| card.map(|c| c.to_import()))),
            Source::CardFile(path, checked) => {
                let file = checked.unchanged(path).and_then(|()| crate::io::files::read_only(path));
                match file {
                    Ok(file) => Box::new(
                        vcard::read_cards_from(std::io::BufReader::new(file)).map(|card| card.map(|c| c.to_import())),
                    ),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            }
        }
    }
}

/// Where the companies an import creates belong.
#[derive(Debug, Clone, Default)]
pub struct Placing {
    pub owner: Option<Id>,
    pub tags: Vec<String>,
    pub source: Option<String>,
}

/// Read and place the file's rows (nothing is written).
pub fn read(file: &ImportFile) -> Result<ReadFile> {
    // What the file is shows in its first bytes; a CSV is then read from
    // the file itself, a chunk at a time, never held.
    let start = crate::io::files::read_start(&file.path, 512)?;
    if is_vcard(&file.path, &start) {
        return read_vcard(&file.path, &start);
    }
    refuse_mail_and_calendars(&file.path, &start)?;
    let mappings = file
        .mappings
        .iter()
        .map(|m| Column::mapping(m))
        .collect::<Result<Vec<_>>>()?;
    let (sheet, workbook_sheet) = match workbook::is_workbook(&file.path, &start) {
        true => {
            let (sheet, name) = read_workbook(file, &mappings)?;
            (sheet, Some(name))
        }
        false if file.sheet.is_some() => {
            return Err(Error::invalid(crate::t!(
                "err-import-sheet-not-workbook",
                file = file.path.display().to_string()
            )))
        }
        false => (spreadsheet::read_file(&file.path, file.encoding, &mappings)?, None),
    };
    if !file.with_people && !sheet.headers.iter().any(|(c, _)| *c == Column::Company) {
        return Err(Error::invalid(
            "line 1: no company column; `import companies` needs one (Bedrijfsnaam, Bedrijf, Organisatie or \
             Company, or --map); people without a company come in with `import contacts`",
        ));
    }
    let unplaced = sheet.unplaced(file.with_people);
    let delimiter = match sheet.delimiter {
        '\t' => "tab".to_string(),
        other => format!("'{other}'"),
    };
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
    let layout_named = sheet.layout != spreadsheet::Layout::Spreadsheet;
    if layout_named {
        notes.push(crate::t!("import-read-as", layout = sheet.layout.label()));
    }
    notes.extend(unused_columns(&sheet));
    notes.extend(
        unplaced
            .iter()
            .map(|(column, why)| crate::t!("import-unplaced", column = column.as_str(), why = *why)),
    );
    let columns = sheet
        .headers
        .iter()
        .map(|(column, header)| format!("  '{header}' → {}", column.label()))
        .collect();
    let summary = match &workbook_sheet {
        Some(name) => crate::t!("import-workbook-sheet", sheet = name.as_str()),
        None => format!("{}, {delimiter}", sheet.encoding),
    };
    Ok(ReadFile {
        count: sheet.row_count,
        summary,
        source: Source::Sheet {
            sheet: Box::new(sheet),
            with_people: file.with_people,
        },
        format: if workbook_sheet.is_some() { "xlsx" } else { "csv" },
        notes,
        columns,
        layout_named,
        extra,
    })
}

/// A workbook's sheet, written out as CSV to a file of kring's own with no
/// name (gone with kring however it ends) and read again from there as a
/// CSV file is: calamine's strings and the sheet's text are not held at
/// once. Held where a file cannot lose its name while open.
fn read_workbook(file: &ImportFile, mappings: &[(String, Column)]) -> Result<(spreadsheet::Sheet, String)> {
    #[cfg(unix)]
    {
        let spill = |e: std::io::Error| Error::Io(format!("cannot write the sheet aside: {e}"));
        let out = std::io::BufWriter::new(crate::io::files::nameless().map_err(spill)?);
        let (out, name) = workbook::sheet_as_csv_into(&file.path, file.sheet.as_deref(), out)?;
        let csv = out.into_inner().map_err(|e| spill(e.into_error()))?;
        Ok((spreadsheet::read_spilled(csv, file.encoding, mappings)?, name))
    }
    #[cfg(not(unix))]
    {
        let (csv, name) = workbook::sheet_as_csv(&file.path, file.sheet.as_deref())?;
        Ok((spreadsheet::read_with(csv, file.encoding, mappings)?, name))
    }
}

/// A vCard file: by its extension, or by what it starts with.
fn is_vcard(path: &Path, bytes: &[u8]) -> bool {
    let by_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let start = &bytes[..bytes.len().min(128)];
    let start = spreadsheet::decode(start).map_or_else(|_| String::from_utf8_lossy(start).into_owned(), |(t, _)| t);
    by_name || start.trim_start().to_ascii_uppercase().starts_with("BEGIN:VCARD")
}

fn read_vcard(path: &Path, start: &[u8]) -> Result<ReadFile> {
    let (source, encoding) = match encoding_rs::Encoding::for_bom(start) {
        // UTF-16 (rare: Outlook's "Unicode" export) is decoded whole.
        Some((e, _)) if e != encoding_rs::UTF_8 => {
            let (text, encoding) = spreadsheet::decode(&crate::io::files::read_all(path)?)?;
            (Source::Cards(text.into_bytes()), encoding)
        }
        // Each property is decoded in the charset it names; this says what
        // the rest is. The file is read again when imported, never held.
        _ => {
            let checked = crate::io::files::Stamp::of(path)?;
            let look = crate::io::files::look(crate::io::files::read_only(path)?)?;
            let encoding = if look.not_utf8_at.is_none() { "utf-8" } else { "8-bit" };
            (Source::CardFile(path.to_path_buf(), checked), encoding)
        }
    };
    let read = ReadFile {
        count: 0,
        source,
        format: "vcard",
        summary: format!("vCard, {encoding}"),
        notes: Vec::new(),
        columns: Vec::new(),
        layout_named: false,
        extra: serde_json::json!({}),
    };
    // Every card is read (and checked) now; imported, it is read again.
    let count = read.rows().try_fold(0, |count, card| card.map(|_| count + 1))?;
    Ok(ReadFile { count, ..read })
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

/// Where the rows an import rejects are written: beside the file.
pub fn rejects_path(file: &Path) -> PathBuf {
    let mut name = file.to_path_buf().into_os_string();
    name.push(".rejected.csv");
    PathBuf::from(name)
}

/// Import the rows (a dry run changes nothing). With `skip_invalid`, bad
/// rows are left out and written to [`rejects_path`] before the import
/// commits: if they cannot be, nothing is imported (no row silently lost).
pub fn import(
    store: &mut Store,
    source: &Path,
    read: &ReadFile,
    placing: &Placing,
    dry_run: bool,
    skip_invalid: bool,
) -> Result<ImportReport> {
    let rows = read.rows().map(|row| {
        row.map(|mut row| {
            if let Some(company) = row.company.as_mut() {
                company.owner = placing.owner;
                company.tags.extend(placing.tags.iter().cloned());
                if let Some(source) = &placing.source {
                    company.source = Some(source.clone());
                }
            }
            row
        })
    });
    let rejects_file = rejects_path(source);
    if !dry_run && read.count > 0 {
        crate::usecases::refuse_protected(store, &rejects_file)?;
    }
    let mut write_rejects = |report: &ImportReport| -> Result<()> {
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
    store.import_rows(
        &source.display().to_string(),
        read.format,
        rows,
        dry_run,
        skip_invalid,
        &mut write_rejects,
    )
}

/// The one line that sums up an import (or what a dry run would import).
pub fn summary(report: &ImportReport, rows: usize, read_as: &str) -> String {
    let verb = if report.dry_run {
        crate::t!("import-would-import")
    } else {
        crate::t!("import-imported")
    };
    let mut said = crate::t!(
        "import-summary",
        verb = verb,
        rows = rows - report.rejected.len(),
        summary = read_as,
        companies_created = report.companies_created,
        companies_matched = report.companies_matched,
        companies_updated = report.companies_updated,
        people_created = report.people_created,
        people_matched = report.people_matched,
        people_updated = report.people_updated
    );
    if !report.owners_unknown.is_empty() {
        said.push('\n');
        said.push_str(&crate::t!(
            "import-owners-unknown",
            names = report.owners_unknown.join(", ")
        ));
    }
    // Someone the file places elsewhere may have left: kring does not decide it.
    for moved in &report.moved {
        said.push('\n');
        said.push_str(&crate::t!(
            "import-moved",
            person = moved.person.as_str(),
            from = moved.from.as_str(),
            to = moved.to.as_str()
        ));
    }
    said
}

/// A file given to the wrong command says what it is.
fn refuse_mail_and_calendars(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]).to_ascii_uppercase();
    let start = start.trim_start_matches('\u{feff}').trim_start();
    let file = path.display().to_string();
    if start.starts_with("BEGIN:VCALENDAR") {
        return Err(Error::invalid(crate::t!("err-import-is-calendar", file = file)));
    }
    let mail_headers = [
        "FROM:",
        "FROM ",
        "RETURN-PATH:",
        "RECEIVED:",
        "MESSAGE-ID:",
        "DELIVERED-TO:",
        "DATE:",
        "TO:",
    ];
    if mail_headers.iter().any(|h| start.starts_with(h)) && start.contains("SUBJECT:") {
        return Err(Error::invalid(crate::t!("err-import-is-mail", file = file)));
    }
    Ok(())
}

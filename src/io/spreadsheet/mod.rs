//! Reading the CSV files people keep their companies and contacts in: Excel
//! with a Dutch locale saves `;`-separated Windows-1252 with CRLF, empty
//! trailing columns and blank rows; others save UTF-8 with `,`. Headers are
//! matched by name (Dutch and English). Bytes or a file in, rows out: a
//! file is read again for its rows, never held (see `text`).

mod decode;
pub use decode::*;

mod columns;
pub use columns::*;

mod text;
use text::{without_crlf_and_boms, Text};

use crate::domain::fold::fold;
use crate::domain::kinds::ContactRole;
use crate::domain::names::{join_words, salutation as salutation_of, title_and_honorific, NameParts};
use crate::model::companies::NewCompany;
use crate::model::import::ImportRow;
use crate::model::people::NewPerson;
use crate::{Error, Result};

/// A data row: its line number in the file and the values kring uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub values: Vec<(Column, String)>,
}

impl Row {
    pub fn get(&self, column: Column) -> Option<&str> {
        self.values
            .iter()
            .find(|(c, v)| *c == column && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// The name's parts when the row has them in columns of their own.
    pub fn name_parts(&self) -> Option<NameParts> {
        let mut parts = NameParts::from_fields(
            self.get(Column::FirstName),
            self.get(Column::MiddleName),
            self.get(Column::LastName),
        );
        if let Some(infix) = self.get(Column::Infix) {
            parts.infix = join_words(&[infix, parts.infix.as_str()]);
        }
        (!parts.is_empty()).then_some(parts)
    }

    /// The person's name: the name column, or the parts joined the Dutch
    /// way ("Jeroen" / "de" / "Vries" → "Jeroen de Vries").
    pub fn person_name(&self) -> Option<String> {
        if let Some(name) = self.get(Column::Person) {
            return Some(name.to_string());
        }
        self.name_parts().map(|p| p.display())
    }
}

/// A read file: its text and what its header says, checked row by row,
/// but not held as rows: [`Sheet::rows`] reads them again, one at a time,
/// so that a file of 100k rows costs its text in memory, not 100k records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The decoded text, line ends as `\n` (held, or read again from the
    /// file); the header is at `body_start`.
    text: Text,
    body_start: usize,
    /// Each of the file's columns: where its values go (`None`: left out).
    columns: Vec<Option<Column>>,
    /// Google joins a field's several values with " ::: ".
    multi_valued: bool,
    /// How many data rows the file has (blank ones not counted).
    pub row_count: usize,
    /// The distinct sets of filled columns among the rows (bit per
    /// [`Column`]): what decides the columns a row cannot place.
    filled_sets: Vec<u32>,
    pub layout: Layout,
    /// Headers kring could not place (reported, never merged into another field).
    pub ignored: Vec<String>,
    /// Of those, the ones some row has a value in.
    pub ignored_filled: Vec<String>,
    /// Lines above the header that were skipped (LinkedIn's "Notes:").
    pub preamble_lines: u64,
    /// The header of each recognised column, as the file names it.
    pub headers: Vec<(Column, String)>,
    pub encoding: &'static str,
    pub delimiter: char,
}

/// Read a CSV file's bytes (headers recognised by name, or as `mappings`
/// say) and check every row. An unreadable file is an error naming the line.
pub fn read_with(bytes: Vec<u8>, encoding: Encoding, mappings: &[(String, Column)]) -> Result<Sheet> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::invalid(crate::t!("err-file-empty")));
    }
    let (text, encoding) = match encoding {
        // Valid UTF-8 (most files) becomes the text without a copy.
        Encoding::Auto | Encoding::Utf8
            if encoding_rs::Encoding::for_bom(&bytes).is_none_or(|(e, _)| e == encoding_rs::UTF_8) =>
        {
            match String::from_utf8(bytes) {
                Ok(mut text) => {
                    if text.starts_with('\u{feff}') {
                        text.drain(..3);
                    }
                    (text, "utf-8")
                }
                Err(e) if matches!(encoding, Encoding::Utf8) => {
                    let at = e.utf8_error().valid_up_to();
                    let bom = usize::from(e.as_bytes().starts_with(b"\xEF\xBB\xBF")) * 3;
                    return Err(Error::invalid(crate::t!("err-not-utf8", byte = at - bom)));
                }
                Err(e) => (windows_1252(e.as_bytes()), "windows-1252"),
            }
        }
        Encoding::Auto => decode(&bytes)?,
        Encoding::Utf8 => {
            let at = std::str::from_utf8(&bytes).err().map_or(0, |e| e.valid_up_to());
            return Err(Error::invalid(crate::t!("err-not-utf8", byte = at)));
        }
        Encoding::Windows1252 => (windows_1252(&bytes), "windows-1252"),
    };
    read_text(Text::Held(without_crlf_and_boms(text)), encoding, mappings)
}

/// [`read_with`] for a file: a UTF-8 or Windows-1252 file is read a chunk
/// at a time, once to check it and again for each [`Sheet::rows`], never
/// held (its rows see the same text a held one would). A UTF-16 file is
/// read whole.
pub fn read_file(path: &std::path::Path, encoding: Encoding, mappings: &[(String, Column)]) -> Result<Sheet> {
    let start = crate::io::files::read_start(path, 3)?;
    if encoding_rs::Encoding::for_bom(&start).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return read_with(crate::io::files::read_all(path)?, encoding, mappings);
    }
    let origin = text::Origin::Path(path.to_path_buf(), crate::io::files::Stamp::of(path)?);
    read_origin(origin, &start, encoding, mappings)
}

/// [`read_file`] for a file of kring's own with no name (a workbook's sheet
/// written out as CSV), read at offsets whenever the rows are wanted.
pub fn read_spilled(file: std::fs::File, encoding: Encoding, mappings: &[(String, Column)]) -> Result<Sheet> {
    let origin = text::Origin::Spilled(std::sync::Arc::new(file));
    let mut start = [0u8; 3];
    let started = origin.bytes()?.read(&mut start).unwrap_or(0);
    read_origin(origin, &start[..started], encoding, mappings)
}

/// A file's sheet by its first bytes and one look through the rest: which
/// encoding, and whether there is anything in it.
fn read_origin(origin: text::Origin, start: &[u8], encoding: Encoding, mappings: &[(String, Column)]) -> Result<Sheet> {
    let look = text::look(&origin)?;
    if look.blank {
        return Err(Error::invalid(crate::t!("err-file-empty")));
    }
    let (windows_1252, name) = match (encoding, look.not_utf8_at) {
        (Encoding::Auto | Encoding::Utf8, None) => (false, "utf-8"),
        (Encoding::Utf8, Some(at)) => {
            let bom = usize::from(start.starts_with(b"\xEF\xBB\xBF")) * 3;
            return Err(Error::invalid(crate::t!("err-not-utf8", byte = at - bom)));
        }
        (Encoding::Auto | Encoding::Windows1252, _) => (true, "windows-1252"),
    };
    read_text(Text::File { origin, windows_1252 }, name, mappings)
}

/// [`read_with`] with the encoding detected and headers recognised by name.
pub fn read(bytes: &[u8]) -> Result<Sheet> {
    read_with(bytes.to_vec(), Encoding::Auto, &[])
}

fn read_text(text: Text, encoding: &'static str, mappings: &[(String, Column)]) -> Result<Sheet> {
    // The header and what is above it are among the first lines.
    let head = text::head(&text, 32, 4 << 20)?;
    let (preamble_lines, body) = skip_preamble(&head);
    let body_start = head.len() - body.len();
    let delimiter = delimiter(body);
    let mut reader = reader_of(body.as_bytes(), delimiter);
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(format!("line {}: cannot read the header: {e}", preamble_lines + 1)))?
        .clone();
    let layout = Layout::detect(headers.iter());
    let mut columns = Vec::new();
    let mut ignored = Vec::new();
    let mut named = Vec::new();
    for header in headers.iter() {
        let mapped = mappings.iter().find(|(h, _)| *h == fold(header)).map(|(_, c)| *c);
        let column = mapped.or_else(|| Column::from_header_in(header, layout));
        match column {
            Some(column) => named.push((column, header.trim().to_string())),
            None if !header.trim().is_empty() => ignored.push(header.trim().to_string()),
            None => {}
        }
        columns.push(column);
    }
    let names_people = [Column::Person, Column::FirstName, Column::LastName];
    if !columns.contains(&Some(Column::Company)) && !columns.iter().flatten().any(|c| names_people.contains(c)) {
        return Err(Error::invalid(crate::t!(
            "err-no-name-column",
            line = preamble_lines + 1
        )));
    }
    // Google joins a field's several values with " ::: "; the first is the main one.
    let multi_valued = matches!(layout, Layout::GoogleNew | Layout::GoogleOld);
    let mut sheet = Sheet {
        text,
        body_start,
        columns,
        multi_valued,
        row_count: 0,
        filled_sets: Vec::new(),
        layout,
        ignored,
        ignored_filled: Vec::new(),
        preamble_lines,
        headers: named,
        encoding,
        delimiter,
    };
    // Every row is read and checked now (an unreadable row is refused
    // before anything is imported), and what the rows fill is noted.
    let mut filled = vec![false; headers.len()];
    let (mut filled_sets, mut row_count) = (Vec::new(), 0);
    let mut rows = Rows::new(&sheet);
    while let Some(row) = rows.next() {
        let row = row?;
        for (seen, cell) in filled.iter_mut().zip(rows.record.iter()) {
            *seen |= !cell.trim().is_empty();
        }
        let set = row
            .values
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .fold(0, |set, (c, _)| set | c.bit());
        if !filled_sets.contains(&set) {
            filled_sets.push(set);
        }
        row_count += 1;
    }
    let headers = std::mem::take(&mut rows.headers);
    drop(rows);
    sheet.filled_sets = filled_sets;
    sheet.row_count = row_count;
    if sheet.row_count == 0 {
        return Err(Error::invalid(crate::t!("err-no-rows-under-header")));
    }
    sheet.ignored_filled = headers
        .iter()
        .zip(&sheet.columns)
        .zip(&filled)
        .filter(|((header, column), filled)| column.is_none() && **filled && !header.trim().is_empty())
        .map(|((header, _), _)| header.trim().to_string())
        .collect();
    Ok(sheet)
}

fn reader_of<R: std::io::Read>(body: R, delimiter: char) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .flexible(true)
        .has_headers(true)
        .from_reader(body)
}

/// The rows of a sheet, read from its text one at a time.
pub struct Rows<'a> {
    sheet: &'a Sheet,
    /// None when the text could not be read again (`failed` says why).
    reader: Option<csv::Reader<text::Counted<'a>>>,
    failed: Option<Error>,
    headers: csv::StringRecord,
    /// The record the last row came from.
    record: csv::StringRecord,
}

impl<'a> Rows<'a> {
    fn new(sheet: &'a Sheet) -> Rows<'a> {
        let (reader, failed, headers) = match text::Counted::from(&sheet.text, sheet.body_start) {
            Ok(counted) => {
                let mut reader = reader_of(counted, sheet.delimiter);
                // The header was read (and checked) when the sheet was.
                let headers = reader.headers().cloned().unwrap_or_default();
                (Some(reader), None, headers)
            }
            Err(e) => (None, Some(e), csv::StringRecord::new()),
        };
        Rows {
            sheet,
            reader,
            failed,
            headers,
            record: csv::StringRecord::new(),
        }
    }

    /// The line of the record at byte `at` of the body.
    fn line_at(&mut self, at: u64) -> u64 {
        let counted = self.reader.as_mut().and_then(|r| r.get_mut().line_at(at));
        counted.unwrap_or_else(|| text::line_from_start(&self.sheet.text, self.sheet.body_start, at))
    }
}

impl Iterator for Rows<'_> {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        if let Some(e) = self.failed.take() {
            return Some(Err(e));
        }
        let preamble_lines = self.sheet.preamble_lines;
        loop {
            match self.reader.as_mut()?.read_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => {
                    let line = e.position().map(|p| self.line_at(p.byte())).unwrap_or(0);
                    return Some(Err(Error::invalid(format!(
                        "line {}: cannot read the row: {e}",
                        line + preamble_lines
                    ))));
                }
            }
            if self.record.iter().all(|cell| cell.trim().is_empty()) {
                continue; // blank rows, as Excel writes them at the end
            }
            let at = self.record.position().map(|p| p.byte());
            let line = at.map(|at| self.line_at(at)).unwrap_or(0) + preamble_lines;
            if let Err(e) = check_cells(&self.record, &self.headers, &self.sheet.columns, line) {
                return Some(Err(e));
            }
            let values = self
                .record
                .iter()
                .zip(&self.sheet.columns)
                .filter_map(|(cell, column)| {
                    let cell = match cell.split_once(" ::: ") {
                        Some((first, _)) if self.sheet.multi_valued => first,
                        _ => cell,
                    };
                    column.map(|c| (c, super::csv_out::restore(cell.trim()).to_string()))
                })
                .collect();
            return Some(Ok(Row { line, values }));
        }
    }
}

/// Lines above the header that are not it: LinkedIn's export starts with
/// "Notes:" and a paragraph. The header is the first of the first lines
/// in which two cells are headers kring knows; without one, the first line.
fn skip_preamble(text: &str) -> (u64, &str) {
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').take(30).enumerate() {
        let delimiter = delimiter(line);
        let known = line
            .trim_end()
            .split(delimiter)
            .filter(|cell| Column::from_header(cell.trim().trim_matches('"')).is_some())
            .count();
        if known >= 2 {
            return (index as u64, &text[offset..]);
        }
        offset += line.len();
    }
    (0, text)
}

/// The longest cell kring reads: longer is not something a person typed.
pub const MAX_CELL: usize = 10_000;

/// Refuse what cannot be a person's spreadsheet row: control characters (a
/// NUL from a binary file), huge cells, a line break outside the notes (a
/// quote that was never closed swallows the lines after it), and more
/// filled cells than the header has columns (a separator inside a value).
fn check_cells(
    record: &csv::StringRecord,
    headers: &csv::StringRecord,
    columns: &[Option<Column>],
    line: u64,
) -> Result<()> {
    let extra = record
        .iter()
        .skip(headers.len())
        .filter(|c| !c.trim().is_empty())
        .count();
    if extra > 0 {
        return Err(Error::invalid(crate::t!(
            "err-extra-cells",
            line = line,
            cells = record.len(),
            columns = headers.len()
        )));
    }
    for ((cell, header), column) in record.iter().zip(headers.iter()).zip(columns) {
        let at = || crate::t!("err-at-cell", line = line, column = header.trim());
        let length = cell.chars().count();
        if length > MAX_CELL {
            return Err(Error::invalid(crate::t!(
                "err-cell-too-long",
                at = at(),
                length = length,
                most = MAX_CELL
            )));
        }
        if cell.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n')) {
            return Err(Error::invalid(crate::t!("err-cell-control", at = at())));
        }
        if cell.contains('\n') && column.is_some_and(|c| c != Column::Notes) {
            return Err(Error::invalid(crate::t!("err-cell-line-break", at = at())));
        }
    }
    Ok(())
}

impl Sheet {
    /// The data rows, read again from the text one at a time.
    pub fn rows(&self) -> Rows<'_> {
        Rows::new(self)
    }

    /// The rows to import, one at a time.
    pub fn import_rows(&self, with_people: bool) -> impl Iterator<Item = Result<ImportRow>> + '_ {
        self.rows().map(move |row| row.map(|row| row.to_import(with_people).0))
    }

    /// The recognised columns that some row had a value in but that had
    /// nowhere to go (with the reason): reported, so that no column
    /// vanishes silently. Which columns a row cannot place depends only on
    /// which it fills, so one row of each kind the file has tells.
    pub fn unplaced(&self, with_people: bool) -> Vec<(String, &'static str)> {
        let mut dropped: Vec<Column> = Vec::new();
        for set in &self.filled_sets {
            let values = Column::FIELDS
                .iter()
                .filter(|(_, c)| set & c.bit() != 0)
                .map(|(_, c)| (*c, "x".to_string()))
                .collect();
            for column in (Row { line: 0, values }).to_import(with_people).1 {
                if !dropped.contains(&column) {
                    dropped.push(column);
                }
            }
        }
        dropped
            .into_iter()
            .map(|column| {
                let header = self
                    .headers
                    .iter()
                    .find(|(c, _)| *c == column)
                    .map_or_else(String::new, |(_, h)| h.clone());
                let why = match column {
                    Column::Email | Column::Phone => {
                        "the row has a company e-mail or phone column too, and no contact person"
                    }
                    Column::Kvk
                    | Column::Sector
                    | Column::Street
                    | Column::Postcode
                    | Column::City
                    | Column::Website
                    | Column::CompanyEmail
                    | Column::CompanyPhone => "the row has no company to put it on",
                    _ if !with_people => "`import companies` leaves people out (use `import contacts`)",
                    _ => "the row has no contact person's name to put it on",
                };
                (header, why)
            })
            .collect()
    }
}

/// Columns only a person has: left unused on a row without one.
const PERSON_ONLY: [Column; 12] = [
    Column::Person,
    Column::FirstName,
    Column::MiddleName,
    Column::Infix,
    Column::LastName,
    Column::Title,
    Column::Honorific,
    Column::Notes,
    Column::Department,
    Column::ProfileUrl,
    Column::Salutation,
    Column::Role,
];

/// Columns only a company has: left unused on a row without one.
const COMPANY_ONLY: [Column; 10] = [
    Column::Kvk,
    Column::Sector,
    Column::Street,
    Column::Postcode,
    Column::City,
    Column::Website,
    Column::CompanyEmail,
    Column::CompanyPhone,
    Column::Status,
    Column::Owner,
];

impl Row {
    /// This row as an import row (a row without a company name and without
    /// a person is rejected by the store, with its line), and the columns
    /// with a value it could not place. Without a contact person, the e-mail
    /// and phone columns are the company's general ones (info@…, the
    /// switchboard); without a company, the person is imported on their own.
    pub fn to_import(&self, with_people: bool) -> (ImportRow, Vec<Column>) {
        let row = self;
        let company = row.get(Column::Company).unwrap_or_default();
        let text = |c: Column| row.get(c).map(str::to_string);
        let name = row.person_name().filter(|_| with_people);
        let mut dropped: Vec<Column> = Vec::new();
        let mut company_text = |own: Column, general: Column| match (text(own), text(general)) {
            (Some(own), _) => {
                if name.is_none() && text(general).is_some() {
                    dropped.push(general);
                }
                Some(own)
            }
            (None, general) if name.is_none() => general,
            (None, _) => None,
        };
        let company_email = company_text(Column::CompanyEmail, Column::Email);
        let company_phone = company_text(Column::CompanyPhone, Column::Phone);
        let person = name.map(|name| row.person(name));
        if person.is_none() {
            dropped.extend(PERSON_ONLY.into_iter().filter(|c| row.get(*c).is_some()));
        }
        let company = (!company.is_empty() || person.is_none()).then(|| NewCompany {
            name: company.to_string(),
            kvk: text(Column::Kvk),
            sector: text(Column::Sector),
            street: text(Column::Street),
            postcode: text(Column::Postcode),
            city: text(Column::City),
            website: text(Column::Website),
            email: company_email,
            phone: company_phone,
            source: Some("import".into()),
            ..Default::default()
        });
        if company.is_none() {
            dropped.extend(COMPANY_ONLY.into_iter().filter(|c| row.get(*c).is_some()));
        }
        let import = ImportRow {
            line: row.line,
            status: text(Column::Status).filter(|_| company.is_some()),
            owner: text(Column::Owner).filter(|_| company.is_some()),
            company,
            person,
            problem: None,
        };
        (import, dropped)
    }

    /// The row's person, by this name. A role kring knows is the role;
    /// other text there is a job title (a hand-made sheet's "Rol" column),
    /// and "Dhr." in a title or salutation column is a form of address.
    fn person(&self, name: String) -> NewPerson {
        let text = |c: Column| self.get(c).map(str::to_string);
        let role_text = text(Column::Role);
        let role = role_text.as_deref().and_then(|r| ContactRole::parse(r).ok());
        let title = text(Column::Title).or_else(|| role_text.filter(|_| role.is_none()));
        let (salutation, honorific) = title_and_honorific(text(Column::Salutation), text(Column::Honorific));
        let (title, honorific) = title_and_honorific(title, honorific);
        // Parts and a salutation the name itself yields are not news
        // (kring's own export writes them for everyone): not stored.
        let derived = NameParts::split(&name);
        let parts = self.name_parts().filter(|p| *p != derived);
        let effective = parts.clone().unwrap_or(derived);
        let salutation = salutation.filter(|s| *s != salutation_of(&effective, honorific.as_deref()));
        let [given_name, infix, family_name] = NameParts::columns(parts.as_ref());
        NewPerson {
            name,
            email: text(Column::Email),
            phone: text(Column::Phone),
            notes: text(Column::Notes),
            do_not_contact: false,
            company: None,
            role: role.or_else(|| title.as_deref().map(ContactRole::from_title)),
            title,
            given_name,
            infix,
            family_name,
            honorific,
            profile_url: text(Column::ProfileUrl),
            department: text(Column::Department),
            salutation,
            mailing_basis: None,
        }
    }
}

#[cfg(test)]
mod tests;

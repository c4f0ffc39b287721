//! Reading the CSV files people keep their companies and contacts in: Excel
//! with a Dutch locale saves `;`-separated Windows-1252 with CRLF, empty
//! trailing columns and blank rows; others save UTF-8 with `,`. Headers are
//! matched by name (Dutch and English). Pure: bytes in, rows out.

use crate::domain::fold::fold;
use crate::domain::kinds::ContactRole;
use crate::model::companies::NewCompany;
use crate::model::import::ImportRow;
use crate::model::people::NewPerson;
use crate::{Error, Result};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Company,
    Kvk,
    Street,
    Postcode,
    City,
    Sector,
    Website,
    Person,
    FirstName,
    LastName,
    Title,
    Email,
    Phone,
    Notes,
    /// The company's general address and number (info@…, the switchboard).
    CompanyEmail,
    CompanyPhone,
}

impl Column {
    /// The field names `--map column=field` takes.
    pub const FIELDS: &'static [(&'static str, Column)] = &[
        ("company", Column::Company),
        ("kvk", Column::Kvk),
        ("street", Column::Street),
        ("postcode", Column::Postcode),
        ("city", Column::City),
        ("sector", Column::Sector),
        ("website", Column::Website),
        ("person", Column::Person),
        ("first_name", Column::FirstName),
        ("last_name", Column::LastName),
        ("title", Column::Title),
        ("email", Column::Email),
        ("phone", Column::Phone),
        ("notes", Column::Notes),
        ("company_email", Column::CompanyEmail),
        ("company_phone", Column::CompanyPhone),
    ];

    /// Read `COLUMN=field` as given to `--map`.
    pub fn mapping(spec: &str) -> Result<(String, Column)> {
        let (header, field) = spec
            .rsplit_once('=')
            .ok_or_else(|| Error::invalid(format!("--map '{spec}': write it as \"Column header=field\"")))?;
        let field_key = field.trim().to_lowercase().replace([' ', '-'], "_");
        let column = Column::FIELDS
            .iter()
            .find(|(name, _)| *name == field_key)
            .map(|(_, c)| *c)
            .ok_or_else(|| {
                let names: Vec<&str> = Column::FIELDS.iter().map(|(n, _)| *n).collect();
                Error::invalid(format!(
                    "--map '{spec}': unknown field '{}'; use one of {}",
                    field.trim(),
                    names.join(", ")
                ))
            })?;
        Ok((fold(header), column))
    }

    /// Recognise a header as people write it: `Bedrijfsnaam`, `E-mailadres`, `Plaats`, `Company`…
    pub fn from_header(header: &str) -> Option<Column> {
        let key: String = fold(header).chars().filter(|c| c.is_alphanumeric()).collect();
        Some(match key.as_str() {
            "bedrijfsnaam" | "bedrijf" | "organisatie" | "company" | "companyname" | "organisation"
            | "organization" => Column::Company,
            "kvknummer" | "kvk" | "kvknr" | "chamberofcommerce" | "coc" | "cocnumber" => Column::Kvk,
            "adres" | "straat" | "address" | "street" => Column::Street,
            "postcode" | "zipcode" | "zip" | "postalcode" => Column::Postcode,
            "plaats" | "woonplaats" | "vestigingsplaats" | "stad" | "city" | "town" => Column::City,
            "sector" | "branche" | "industry" => Column::Sector,
            "website" | "web" | "url" | "site" => Column::Website,
            "contactpersoon" | "naam" | "contact" | "name" | "contactperson" | "fullname" => Column::Person,
            "voornaam" | "firstname" | "givenname" => Column::FirstName,
            "achternaam" | "lastname" | "surname" | "familyname" => Column::LastName,
            "functie" | "rol" | "title" | "jobtitle" | "role" | "position" => Column::Title,
            "emailadres" | "email" | "mail" | "emailaddress" => Column::Email,
            "telefoon" | "mobiel" | "telefoonnummer" | "tel" | "phone" | "mobile" | "phonenumber" => Column::Phone,
            "opmerkingen" | "opmerking" | "notities" | "notes" | "note" | "remarks" | "comments" => Column::Notes,
            "algemeenemailadres" | "algemeenemail" | "bedrijfsemail" | "companyemail" | "generalemail" => {
                Column::CompanyEmail
            }
            "algemeentelefoonnummer" | "algemeentelefoon" | "bedrijfstelefoon" | "companyphone" | "switchboard" => {
                Column::CompanyPhone
            }
            _ => return None,
        })
    }
}

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

    /// The person's name: the name column, or first and last name together.
    pub fn person_name(&self) -> Option<String> {
        if let Some(name) = self.get(Column::Person) {
            return Some(name.to_string());
        }
        let parts: Vec<&str> = [self.get(Column::FirstName), self.get(Column::LastName)]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub rows: Vec<Row>,
    /// Headers kring could not place (reported, never merged into another field).
    pub ignored: Vec<String>,
    /// The header of each recognised column, as the file names it.
    pub headers: Vec<(Column, String)>,
    pub encoding: &'static str,
    pub delimiter: char,
}

/// Decode: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's
/// "Unicode text", some address books), UTF-8 (with or without BOM) when
/// valid, else Windows-1252 (Excel's "CSV (puntkomma-gescheiden)").
/// Malformed UTF-16 is an error naming the byte, never replaced silently.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str)> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom)) if encoding != encoding_rs::UTF_8 => utf16(&bytes[bom..], bom, encoding),
        _ => Ok(decode_8bit(bytes)),
    }
}

/// UTF-8 (with or without BOM) when valid, else Windows-1252.
pub fn decode_8bit(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "utf-8"),
        Err(_) => (windows_1252(bytes), "windows-1252"),
    }
}

fn utf16(bytes: &[u8], bom: usize, encoding: &'static encoding_rs::Encoding) -> Result<(String, &'static str)> {
    let name = if encoding == encoding_rs::UTF_16LE {
        "utf-16le"
    } else {
        "utf-16be"
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok((text, name)),
        _ => Err(Error::invalid(format!(
            "the file says it is UTF-16 but is not near byte {}; save it again as \"CSV UTF-8\"",
            bom + read
        ))),
    }
}

/// Windows-1252: Latin-1 except for 0x80–0x9F (the five bytes it leaves
/// undefined come through as the C1 controls of the same number).
pub fn windows_1252(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// `;`, `,` or a tab (Excel's "Unicode text"): whichever the header line
/// has most of.
fn delimiter(text: &str) -> char {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    match (count(';'), count(','), count('\t')) {
        (s, c, t) if t > s && t > c => '\t',
        (s, c, _) if s >= c && s > 0 => ';',
        _ => ',',
    }
}

/// How to decode the file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    #[default]
    Auto,
    Utf8,
    Windows1252,
}

/// Read a CSV file's bytes into rows (headers recognised by name, or as
/// `mappings` say). An unreadable file is an error naming the line.
pub fn read_with(bytes: &[u8], encoding: Encoding, mappings: &[(String, Column)]) -> Result<Sheet> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::invalid("the file is empty"));
    }
    let (text, encoding) = match encoding {
        Encoding::Auto => decode(bytes)?,
        Encoding::Utf8 => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let text = std::str::from_utf8(bytes).map_err(|e| {
                Error::invalid(format!(
                    "the file is not UTF-8 (byte {}); try --encoding windows-1252",
                    e.valid_up_to()
                ))
            })?;
            (text.to_string(), "utf-8")
        }
        Encoding::Windows1252 => (windows_1252(bytes), "windows-1252"),
    };
    read_text(text, encoding, mappings)
}

/// [`read_with`] with the encoding detected and headers recognised by name.
pub fn read(bytes: &[u8]) -> Result<Sheet> {
    read_with(bytes, Encoding::Auto, &[])
}

fn read_text(text: String, encoding: &'static str, mappings: &[(String, Column)]) -> Result<Sheet> {
    // Line endings become \n, in cells too, so line numbers can be counted
    // from byte offsets (the csv crate's own count skips blank lines). A
    // byte-order mark anywhere but the start (files pasted together) goes.
    let text = text.replace("\r\n", "\n").replace('\u{feff}', "");
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(format!("line 1: cannot read the header: {e}")))?
        .clone();
    let mut columns = Vec::new();
    let mut ignored = Vec::new();
    let mut named = Vec::new();
    for header in headers.iter() {
        let mapped = mappings.iter().find(|(h, _)| *h == fold(header)).map(|(_, c)| *c);
        let column = mapped.or_else(|| Column::from_header(header));
        match column {
            Some(column) => named.push((column, header.trim().to_string())),
            None if !header.trim().is_empty() => ignored.push(header.trim().to_string()),
            None => {}
        }
        columns.push(column);
    }
    if !columns.contains(&Some(Column::Company)) {
        return Err(Error::invalid(
            "line 1: no company column; name one Bedrijfsnaam, Bedrijf, Organisatie or Company (or use --map)",
        ));
    }
    let mut rows = Vec::new();
    let mut lines = Lines::new(&text);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| Lines::new(&text).line_at(p.byte())).unwrap_or(0);
            Error::invalid(format!("line {line}: cannot read the row: {e}"))
        })?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue; // blank rows, as Excel writes them at the end
        }
        let line = record.position().map(|p| lines.line_at(p.byte())).unwrap_or(0);
        check_cells(&record, &headers, &columns, line)?;
        let values = record
            .iter()
            .zip(&columns)
            .filter_map(|(cell, column)| column.map(|c| (c, cell.trim().to_string())))
            .collect();
        rows.push(Row { line, values });
    }
    if rows.is_empty() {
        return Err(Error::invalid("the file has a header but no rows under it"));
    }
    Ok(Sheet {
        rows,
        ignored,
        headers: named,
        encoding,
        delimiter,
    })
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
        return Err(Error::invalid(format!(
            "line {line}: {} cells, but the header has {} columns — a separator inside a value without quotes?",
            record.len(),
            headers.len()
        )));
    }
    for ((cell, header), column) in record.iter().zip(headers.iter()).zip(columns) {
        let at = || format!("line {line}, column '{}'", header.trim());
        let length = cell.chars().count();
        if length > MAX_CELL {
            return Err(Error::invalid(format!(
                "{}: the cell is {length} characters long; at most {MAX_CELL} fit",
                at()
            )));
        }
        if cell.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n')) {
            return Err(Error::invalid(format!(
                "{}: the cell holds a control character (a NUL byte?)",
                at()
            )));
        }
        if cell.contains('\n') && column.is_some_and(|c| c != Column::Notes) {
            return Err(Error::invalid(format!(
                "{}: a line break inside the cell — is a quote (\") not closed?",
                at()
            )));
        }
    }
    Ok(())
}

/// The 1-based line of the file where the record at a byte offset starts
/// (the reader reports the offset before the blank lines it skipped).
/// Records come in order, so the newlines are counted from the previous
/// record on, not from the start of the file each time.
struct Lines<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    newlines: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            counted_to: 0,
            newlines: 0,
        }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.bytes;
        let mut end = (byte as usize).min(bytes.len());
        while end < bytes.len() && bytes[end] == b'\n' {
            end += 1;
        }
        if end < self.counted_to {
            // Out of order (an error report): count from the start.
            return bytes[..end].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        }
        self.newlines += bytes[self.counted_to..end].iter().filter(|&&b| b == b'\n').count() as u64;
        self.counted_to = end;
        self.newlines + 1
    }
}

impl Sheet {
    /// The rows to import, and the recognised columns that some row had a
    /// value in but that had nowhere to go (with the reason): reported, so
    /// that no column vanishes silently.
    pub fn to_import(&self, with_people: bool) -> (Vec<ImportRow>, Vec<(String, &'static str)>) {
        let mut dropped: Vec<Column> = Vec::new();
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let (import, lost) = row.to_import(with_people);
                for column in lost {
                    if !dropped.contains(&column) {
                        dropped.push(column);
                    }
                }
                import
            })
            .collect();
        let unplaced = dropped
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
                    _ if !with_people => "`import companies` leaves people out (use `import contacts`)",
                    _ => "the row has no contact person's name to put it on",
                };
                (header, why)
            })
            .collect();
        (rows, unplaced)
    }
}

impl Row {
    /// This row as an import row (a row without a company name is rejected
    /// by the store, with its line), and the columns with a value it could
    /// not place. Without a contact person, the e-mail and phone columns are
    /// the company's general ones (info@…, the switchboard).
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
        let person = name.map(|name| NewPerson {
            name,
            email: text(Column::Email),
            phone: text(Column::Phone),
            notes: text(Column::Notes),
            do_not_contact: false,
            company: None,
            role: row.get(Column::Title).map(ContactRole::from_title),
            title: text(Column::Title),
        });
        if person.is_none() {
            let person_only = [
                Column::Person,
                Column::FirstName,
                Column::LastName,
                Column::Title,
                Column::Notes,
            ];
            dropped.extend(person_only.into_iter().filter(|c| row.get(*c).is_some()));
        }
        let import = ImportRow {
            line: row.line,
            company: NewCompany {
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
            },
            person,
        };
        (import, dropped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_dutch_and_english() {
        assert_eq!(Column::from_header("Bedrijfsnaam"), Some(Column::Company));
        assert_eq!(Column::from_header("KvK-nummer"), Some(Column::Kvk));
        assert_eq!(Column::from_header("E-mailadres"), Some(Column::Email));
        assert_eq!(Column::from_header("Woonplaats"), Some(Column::City));
        assert_eq!(Column::from_header("Last name"), Some(Column::LastName));
        assert_eq!(Column::from_header("Schoenmaat"), None);
    }

    #[test]
    fn windows_1252_and_bom() {
        assert_eq!(decode(b"Ru\xefne \x80").unwrap().0, "Ruïne €");
        assert_eq!(
            decode("\u{feff}Café".as_bytes()).unwrap(),
            ("Café".to_string(), "utf-8")
        );
    }

    #[test]
    fn semicolons_quotes_newlines_blank_rows_and_trailing_columns() {
        let text = "Bedrijfsnaam;Plaats;Opmerkingen;Schoenmaat;\r\n\"Smit; Zonen\";Hoorn;\"regel 1\r\nregel \"\"2\"\"\";44;\r\n;;;;\r\n";
        let sheet = read(text.as_bytes()).unwrap();
        assert_eq!(sheet.delimiter, ';');
        assert_eq!(sheet.ignored, vec!["Schoenmaat"]);
        assert_eq!(sheet.rows.len(), 1);
        let row = &sheet.rows[0];
        assert_eq!(row.get(Column::Company), Some("Smit; Zonen"));
        assert_eq!(row.get(Column::Notes), Some("regel 1\nregel \"2\""));
        assert_eq!(row.line, 2);
    }

    #[test]
    fn a_file_without_a_company_column_is_refused() {
        let err = read(b"Naam,Telefoon\nAn,06\n").unwrap_err();
        assert!(err.to_string().contains("no company column"), "{err}");
    }
}

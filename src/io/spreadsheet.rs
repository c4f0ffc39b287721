//! Reading the CSV files people keep their companies and contacts in: Excel
//! with a Dutch locale saves `;`-separated Windows-1252 with CRLF, empty
//! trailing columns and blank rows; others save UTF-8 with `,`. Headers are
//! matched by name (Dutch and English). Pure: bytes in, rows out.

use crate::domain::fold::fold;
use crate::domain::kinds::ContactRole;
use crate::domain::names::{join_words, salutation as salutation_of, title_and_honorific, NameParts};
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
    /// Outlook's and Google's Middle Name: a tussenvoegsel ("de"), or more given names.
    MiddleName,
    /// A tussenvoegsel column of its own.
    Infix,
    /// "Dhr.", "Mevr.", "ir." (English Outlook's "Title", Google's "Name Prefix").
    Honorific,
    Department,
    /// The person's own page (LinkedIn's URL column).
    ProfileUrl,
    /// How a letter opens ("Beste Noëlle"); a form of address (Dhr.) in it
    /// is taken as the honorific.
    Salutation,
    /// The contact's role as kring names it (workplace trainer, owner, hr,
    /// expert, other); anything else in a role column is a job title.
    Role,
    /// The company's status and its owner (a staff member's name), as
    /// kring's own export writes them.
    Status,
    Owner,
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
        ("middle_name", Column::MiddleName),
        ("infix", Column::Infix),
        ("honorific", Column::Honorific),
        ("department", Column::Department),
        ("profile_url", Column::ProfileUrl),
        ("salutation", Column::Salutation),
        ("role", Column::Role),
        ("status", Column::Status),
        ("owner", Column::Owner),
    ];

    /// The column's bit in a set of columns.
    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// Where a column's values go, as the dry run says it.
    pub fn label(self) -> &'static str {
        match self {
            Column::Company => "company name",
            Column::Kvk => "KvK number",
            Column::Street => "company street",
            Column::Postcode => "company postcode",
            Column::City => "company city",
            Column::Sector => "sector",
            Column::Website => "company website",
            Column::Person => "person's full name",
            Column::FirstName => "first name",
            Column::LastName => "last name",
            Column::Title => "job title",
            Column::Email => "person's e-mail",
            Column::Phone => "person's phone",
            Column::Notes => "notes",
            Column::CompanyEmail => "company's general e-mail",
            Column::CompanyPhone => "company's general phone",
            Column::MiddleName => "middle name (tussenvoegsel)",
            Column::Infix => "tussenvoegsel",
            Column::Honorific => "form of address (Dhr., Mevr.)",
            Column::Department => "department",
            Column::ProfileUrl => "person's profile page",
            Column::Salutation => "salutation (Beste …, Geachte …)",
            Column::Role => "contact's role",
            Column::Status => "company status (new companies)",
            Column::Owner => "company owner, a staff member (new companies)",
        }
    }

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
                Error::invalid(crate::t!(
                    "err-map-field",
                    spec = spec,
                    field = field.trim(),
                    fields = names.join(", ")
                ))
            })?;
        Ok((fold(header), column))
    }

    /// Recognise a header as people write it: `Bedrijfsnaam`, `E-mailadres`, `Plaats`, `Company`…
    pub fn from_header(header: &str) -> Option<Column> {
        Column::from_header_in(header, Layout::Spreadsheet)
    }

    /// Recognise a header of a known export layout, where some headers mean
    /// something else than in a hand-made sheet (Outlook's "Title" is Dhr. or
    /// Mevr., LinkedIn's "URL" the person's profile, not a website).
    pub fn from_header_in(header: &str, layout: Layout) -> Option<Column> {
        let key = header_key(header);
        let own = match layout {
            Layout::OutlookEnglish => match key.as_str() {
                "title" => Some(Some(Column::Honorific)),
                "businessstreet" => Some(Some(Column::Street)),
                "businesscity" => Some(Some(Column::City)),
                "businesspostalcode" => Some(Some(Column::Postcode)),
                "businessphone" | "mobilephone" => Some(Some(Column::Phone)),
                "companymainphone" => Some(Some(Column::CompanyPhone)),
                "webpage" => Some(Some(Column::Website)),
                "suffix" => Some(None),
                _ => None,
            },
            Layout::OutlookDutch => match key.as_str() {
                "titel" => Some(Some(Column::Honorific)),
                "werkadresstraat" => Some(Some(Column::Street)),
                "werkadresplaats" => Some(Some(Column::City)),
                "werkadrespostcode" => Some(Some(Column::Postcode)),
                "telefoonopwerk" | "mobieletelefoon" => Some(Some(Column::Phone)),
                "hoofdtelefoonbedrijf" => Some(Some(Column::CompanyPhone)),
                "webpagina" => Some(Some(Column::Website)),
                _ => None,
            },
            Layout::GoogleNew | Layout::GoogleOld => match key.as_str() {
                "name" => Some(Some(Column::Person)),
                "organizationname" | "organization1name" => Some(Some(Column::Company)),
                "organizationtitle" | "organization1title" => Some(Some(Column::Title)),
                "organizationdepartment" | "organization1department" => Some(Some(Column::Department)),
                "email1value" => Some(Some(Column::Email)),
                "phone1value" => Some(Some(Column::Phone)),
                "additionalname" => Some(Some(Column::MiddleName)),
                _ => None,
            },
            Layout::LinkedIn => match key.as_str() {
                "url" => Some(Some(Column::ProfileUrl)),
                _ => None,
            },
            Layout::Spreadsheet => None,
        };
        if let Some(column) = own {
            return column;
        }
        Some(match key.as_str() {
            "bedrijfsnaam" | "bedrijf" | "organisatie" | "company" | "companyname" | "organisation"
            | "organization" => Column::Company,
            "kvknummer" | "kvk" | "kvknr" | "kvknumber" | "chamberofcommerce" | "coc" | "cocnumber" => Column::Kvk,
            "adres" | "straat" | "address" | "street" => Column::Street,
            "postcode" | "zipcode" | "zip" | "postalcode" => Column::Postcode,
            "plaats" | "woonplaats" | "vestigingsplaats" | "stad" | "city" | "town" => Column::City,
            "sector" | "branche" | "industry" => Column::Sector,
            "website" | "web" | "url" | "site" => Column::Website,
            "contactpersoon" | "naam" | "contact" | "name" | "contactperson" | "fullname" => Column::Person,
            "voornaam" | "firstname" | "givenname" => Column::FirstName,
            "achternaam" | "lastname" | "surname" | "familyname" => Column::LastName,
            "functie" | "title" | "jobtitle" | "position" => Column::Title,
            "rol" | "role" => Column::Role,
            "aanhef" | "salutation" | "greeting" | "briefaanhef" => Column::Salutation,
            "status" | "relatiestatus" => Column::Status,
            "eigenaar" | "owner" | "accountmanager" | "accounthouder" => Column::Owner,
            "emailadres" | "email" | "mail" | "emailaddress" => Column::Email,
            "telefoon" | "mobiel" | "telefoonnummer" | "tel" | "phone" | "mobile" | "phonenumber" => Column::Phone,
            "opmerkingen" | "opmerking" | "notities" | "notes" | "note" | "remarks" | "comments" => Column::Notes,
            "algemeenemailadres"
            | "algemeenemail"
            | "bedrijfsemail"
            | "bedrijfemail"
            | "emailbedrijf"
            | "emailadresbedrijf"
            | "emailorganisatie"
            | "companyemail"
            | "companyemailaddress"
            | "emailcompany"
            | "generalemail"
            | "generalemailaddress" => Column::CompanyEmail,
            "algemeentelefoonnummer"
            | "algemeentelefoon"
            | "bedrijfstelefoon"
            | "telefoonbedrijf"
            | "telefoonnummerbedrijf"
            | "companyphone"
            | "companyphonenumber"
            | "phonecompany"
            | "switchboard"
            | "generalphonenumber"
            | "generalphone" => Column::CompanyPhone,
            "middlename" | "middelstenaam" | "tweedenaam" => Column::MiddleName,
            "tussenvoegsel" | "tussenvoegsels" | "tussenv" | "infix" => Column::Infix,
            "nameprefix" | "prefix" | "honorific" => Column::Honorific,
            "afdeling" | "department" => Column::Department,
            _ => return None,
        })
    }
}

/// A header as kring compares it: folded, letters and digits only.
fn header_key(header: &str) -> String {
    fold(header).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The export a file comes from, recognised by its header line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A sheet someone made: headers recognised by name.
    Spreadsheet,
    OutlookEnglish,
    OutlookDutch,
    /// Google Contacts since 2022 ("First Name", "Organization Name").
    GoogleNew,
    /// Google Contacts before ("Given Name", "Organization 1 - Name").
    GoogleOld,
    LinkedIn,
}

impl Layout {
    pub fn label(self) -> &'static str {
        match self {
            Layout::Spreadsheet => "spreadsheet",
            Layout::OutlookEnglish => "Outlook (English) export",
            Layout::OutlookDutch => "Outlook (Dutch) export",
            Layout::GoogleNew => "Google Contacts export",
            Layout::GoogleOld => "Google Contacts export (older layout)",
            Layout::LinkedIn => "LinkedIn connections export",
        }
    }

    /// The layout whose telltale headers the header line has.
    pub fn detect<'a>(headers: impl IntoIterator<Item = &'a str>) -> Layout {
        let keys: Vec<String> = headers.into_iter().map(header_key).collect();
        let has = |wanted: &[&str]| wanted.iter().all(|w| keys.iter().any(|k| k == w));
        if has(&["firstname", "lastname", "url", "connectedon"]) {
            Layout::LinkedIn
        } else if has(&["givenname", "familyname", "organization1name"]) {
            Layout::GoogleOld
        } else if has(&["firstname", "organizationname", "email1value"]) {
            Layout::GoogleNew
        } else if has(&["firstname", "middlename", "jobtitle", "businessphone"]) {
            Layout::OutlookEnglish
        } else if has(&["voornaam", "middelstenaam", "functie", "telefoonopwerk"]) {
            Layout::OutlookDutch
        } else {
            Layout::Spreadsheet
        }
    }
}

/// The field `--map` would place an unused column in, when its header
/// looks like one (a phone, an address): said beside it.
pub fn likely_field(header: &str) -> Option<&'static str> {
    let key = header_key(header);
    let any = |words: &[&str]| words.iter().any(|w| key.contains(w));
    // What describes a value (its label, type, display name) is not one.
    let describes = [
        "fax",
        "label",
        "type",
        "display",
        "weergave",
        "country",
        "land",
        "region",
        "provincie",
    ];
    // A company's general address or number, not the person's own.
    let of_company = any(&[
        "bedrijf",
        "company",
        "algemeen",
        "general",
        "organisatie",
        "organization",
        "organisation",
    ]);
    if any(&describes) {
        None
    } else if any(&["phone", "telefoon", "mobiel", "mobile", "gsm"]) {
        Some(if of_company { "company_phone" } else { "phone" })
    } else if any(&["mail"]) {
        Some(if of_company { "company_email" } else { "email" })
    } else if any(&["postcode", "postalcode", "zip"]) {
        Some("postcode")
    } else if any(&["city", "plaats", "town"]) {
        Some("city")
    } else if any(&["street", "straat", "address", "adres"]) {
        Some("street")
    } else if any(&["website", "webpage", "webpagina"]) {
        Some("website")
    } else {
        None
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
    /// The decoded text, line ends as `\n`; the header is at `body_start`.
    text: String,
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
        _ => Err(Error::invalid(crate::t!("err-not-utf16", byte = bom + read))),
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
    read_text(text, encoding, mappings)
}

/// [`read_with`] with the encoding detected and headers recognised by name.
pub fn read(bytes: &[u8]) -> Result<Sheet> {
    read_with(bytes.to_vec(), Encoding::Auto, &[])
}

fn read_text(mut text: String, encoding: &'static str, mappings: &[(String, Column)]) -> Result<Sheet> {
    // Line endings become \n, in cells too, so line numbers can be counted
    // from byte offsets (the csv crate's own count skips blank lines). A
    // byte-order mark anywhere but the start (files pasted together) goes.
    // Copied only when there is something to change.
    if text.contains('\r') {
        text = text.replace("\r\n", "\n");
    }
    if text.contains('\u{feff}') {
        text = text.replace('\u{feff}', "");
    }
    let (preamble_lines, body) = skip_preamble(&text);
    let body_start = text.len() - body.len();
    let delimiter = delimiter(body);
    let mut reader = reader_of(body, delimiter);
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
        text: String::new(),
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
    let mut rows = Rows::new(&text, &sheet, headers);
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
    let headers = rows.headers;
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
    sheet.text = text;
    Ok(sheet)
}

fn reader_of(body: &str, delimiter: char) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .flexible(true)
        .has_headers(true)
        .from_reader(body.as_bytes())
}

/// The rows of a sheet, read from its text one at a time.
pub struct Rows<'a> {
    sheet: &'a Sheet,
    body: &'a str,
    reader: csv::Reader<&'a [u8]>,
    headers: csv::StringRecord,
    /// The record the last row came from.
    record: csv::StringRecord,
    lines: Lines<'a>,
}

impl<'a> Rows<'a> {
    fn new(text: &'a str, sheet: &'a Sheet, headers: csv::StringRecord) -> Rows<'a> {
        let body = &text[sheet.body_start..];
        let mut reader = reader_of(body, sheet.delimiter);
        // The header was read (and checked) when the sheet was.
        let _ = reader.headers();
        Rows {
            sheet,
            body,
            reader,
            headers,
            record: csv::StringRecord::new(),
            lines: Lines::new(body),
        }
    }
}

impl Iterator for Rows<'_> {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        let preamble_lines = self.sheet.preamble_lines;
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => {
                    let line = e
                        .position()
                        .map(|p| Lines::new(self.body).line_at(p.byte()))
                        .unwrap_or(0);
                    return Some(Err(Error::invalid(format!(
                        "line {}: cannot read the row: {e}",
                        line + preamble_lines
                    ))));
                }
            }
            if self.record.iter().all(|cell| cell.trim().is_empty()) {
                continue; // blank rows, as Excel writes them at the end
            }
            let line = self
                .record
                .position()
                .map(|p| self.lines.line_at(p.byte()))
                .unwrap_or(0)
                + preamble_lines;
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
    /// The data rows, read again from the text one at a time.
    pub fn rows(&self) -> Rows<'_> {
        let body = &self.text[self.body_start..];
        let headers = reader_of(body, self.delimiter).headers().cloned().unwrap_or_default();
        Rows::new(&self.text, self, headers)
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
        // A role kring knows is the role; other text there is a job title
        // (a hand-made sheet's "Rol" column).
        let role_text = text(Column::Role);
        let role = role_text.as_deref().and_then(|r| ContactRole::parse(r).ok());
        let title = text(Column::Title).or_else(|| role_text.filter(|_| role.is_none()));
        // "Dhr." in a title or salutation column is a form of address, not a job.
        let (salutation, honorific) = title_and_honorific(text(Column::Salutation), text(Column::Honorific));
        let (title, honorific) = title_and_honorific(title, honorific);
        let person = name.map(|name| {
            // Parts and a salutation the name itself yields are not news
            // (kring's own export writes them for everyone): not stored.
            let derived = NameParts::split(&name);
            let parts = row.name_parts().filter(|p| *p != derived);
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
                title: title.clone(),
                given_name,
                infix,
                family_name,
                honorific,
                profile_url: text(Column::ProfileUrl),
                department: text(Column::Department),
                salutation,
            }
        });
        if person.is_none() {
            let person_only = [
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
            dropped.extend(person_only.into_iter().filter(|c| row.get(*c).is_some()));
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
            let company_only = [
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
            dropped.extend(company_only.into_iter().filter(|c| row.get(*c).is_some()));
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A company's general address or number is the company's, recognised
    /// by name or hinted at as such, never taken for the person's.
    #[test]
    fn a_companys_general_email_and_phone_are_the_companys() {
        for header in [
            "E-mail bedrijf",
            "Algemeen e-mailadres",
            "Company e-mail",
            "General email address",
        ] {
            assert_eq!(Column::from_header(header), Some(Column::CompanyEmail), "{header}");
        }
        for header in [
            "Telefoon bedrijf",
            "Algemeen telefoonnummer",
            "Company phone",
            "General phone",
        ] {
            assert_eq!(Column::from_header(header), Some(Column::CompanyPhone), "{header}");
        }
        assert_eq!(likely_field("E-mail van het bedrijf"), Some("company_email"));
        assert_eq!(likely_field("Telefoonnr. organisatie"), Some("company_phone"));
        assert_eq!(likely_field("E-mail contactpersoon"), Some("email"));
    }

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
        assert_eq!(sheet.row_count, 1);
        let row = &sheet.rows().next().unwrap().unwrap();
        assert_eq!(row.get(Column::Company), Some("Smit; Zonen"));
        assert_eq!(row.get(Column::Notes), Some("regel 1\nregel \"2\""));
        assert_eq!(row.line, 2);
    }

    #[test]
    fn a_file_without_a_company_or_name_column_is_refused() {
        let err = read(b"Plaats,Telefoon\nHoorn,06\n").unwrap_err();
        assert!(err.to_string().contains("no company column"), "{err}");
    }

    #[test]
    fn linkedin_notes_above_the_header_are_skipped() {
        let text = "Notes:\n\"When exporting your connection data, some addresses may be missing.\"\n\n\
                    First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                    Jeroen,de Vries,https://www.linkedin.com/in/jdevries,,Drukkerij Zuiderzee,Stagebegeleider,01 Mar 2024\n";
        let sheet = read(text.as_bytes()).unwrap();
        assert_eq!(sheet.layout, Layout::LinkedIn);
        assert_eq!(sheet.preamble_lines, 3);
        let row = &sheet.rows().next().unwrap().unwrap();
        assert_eq!(row.line, 5);
        assert_eq!(
            row.get(Column::ProfileUrl),
            Some("https://www.linkedin.com/in/jdevries")
        );
        assert_eq!(row.get(Column::Website), None);
        assert_eq!(row.person_name().as_deref(), Some("Jeroen de Vries"));
    }
}

//! Reading vCard files: 3.0 and 4.0, and 2.1 as Outlook writes it (quoted-printable,
//! charsets, soft line breaks); a broken card is named by its line, never the end of the file.

use crate::domain::kinds::ContactRole;
use crate::domain::matching::company_domain;
use crate::domain::names::{title_and_honorific, NameParts};
use crate::model::companies::NewCompany;
use crate::model::import::ImportRow;
use crate::model::people::NewPerson;

/// One contact read from a vCard file (3.0 or 4.0; 2.1 as Outlook writes it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Card {
    /// The line the card's `BEGIN:VCARD` is on.
    pub line: u64,
    /// A company's own card (`KIND:org`, Apple's `X-ABShowAs:COMPANY`, or an
    /// FN that is the ORG with no N): a company, not a person.
    pub is_company: bool,
    pub name: Option<String>,
    /// N's parts: given name, tussenvoegsel, family name, and its prefix.
    pub parts: Option<NameParts>,
    pub honorific: Option<String>,
    pub organisation: Option<String>,
    /// ORG's second part ("IBM;Accounting").
    pub department: Option<String>,
    pub title: Option<String>,
    /// A role kring knows, from ROLE.
    pub role: Option<ContactRole>,
    /// A value of this card could not be read: on which line, and why (the
    /// card is rejected, the others are read on).
    pub problem: Option<(u64, String)>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub note: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
}

/// A content line after unfolding: where it started, name, parameters, value.
pub(super) struct Property {
    line: u64,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn has_type(&self, wanted: &str) -> bool {
        self.params.iter().any(|(k, v)| {
            (k == "TYPE" && v.split(',').any(|t| t.eq_ignore_ascii_case(wanted))) || k.eq_ignore_ascii_case(wanted)
        })
    }

    fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The properties kring reads. Only these are checked: junk in another
/// (Outlook 2003's FBURL, a photo) never refuses a file.
pub(super) const USED: &[&str] = &[
    "FN",
    "N",
    "ORG",
    "TITLE",
    "ROLE",
    "EMAIL",
    "TEL",
    "NOTE",
    "URL",
    "ADR",
    "KIND",
    "X-ABSHOWAS",
];

/// Read every card in a vCard file. Errors name the line: a card without
/// `END:VCARD`, a version kring does not read, text outside a card.
pub fn parse(text: &str) -> crate::Result<Vec<Card>> {
    parse_bytes(text.as_bytes())
}

/// [`parse`] from the file's bytes: any line ending (LF, CRLF, CR CR LF as
/// some iPhone exports have, CR alone), UTF-16 with a byte-order mark, and
/// each property in the `CHARSET` it names (Shift_JIS, ISO-8859-1…); text
/// without one is UTF-8, else Windows-1252.
pub fn parse_bytes(bytes: &[u8]) -> crate::Result<Vec<Card>> {
    let utf16;
    let bytes = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) if encoding != encoding_rs::UTF_8 => {
            utf16 = crate::io::spreadsheet::decode(bytes)?.0;
            utf16.as_bytes()
        }
        _ => bytes,
    };
    read_cards(bytes).collect()
}

/// The cards of a file's bytes (UTF-8 or 8-bit; UTF-16 is decoded first,
/// see [`parse_bytes`]), read one at a time: a file of 100k cards is not
/// held as 100k cards. The first error ends them.
pub fn read_cards(bytes: &[u8]) -> Cards<'_> {
    read_cards_from(bytes)
}

/// [`read_cards`] from a reader (a file read as it goes, never held).
pub fn read_cards_from<'a>(reader: impl std::io::BufRead + 'a) -> Cards<'a> {
    let failed = std::rc::Rc::new(std::cell::RefCell::new(None));
    Cards {
        properties: unfold(Box::new(reader), failed.clone()),
        seen: 0,
        done: false,
        failed,
    }
}

pub struct Cards<'a> {
    properties: Unfold<'a>,
    seen: usize,
    done: bool,
    /// Why the reader stopped before its end, if it did.
    failed: ReadFailure,
}

type ReadFailure = std::rc::Rc<std::cell::RefCell<Option<std::io::Error>>>;

impl Iterator for Cards<'_> {
    type Item = crate::Result<Card>;

    fn next(&mut self) -> Option<crate::Result<Card>> {
        if self.done {
            return None;
        }
        let card = self.next_card().transpose();
        if let Some(e) = self.failed.borrow_mut().take() {
            self.done = true;
            return Some(Err(crate::Error::Io(format!("cannot read the file: {e}"))));
        }
        match &card {
            Some(Ok(_)) => self.seen += 1,
            Some(Err(_)) => self.done = true,
            None => {
                self.done = true;
                if self.seen == 0 {
                    return Some(Err(crate::Error::invalid(crate::t!("err-no-vcard"))));
                }
            }
        }
        card
    }
}

impl Cards<'_> {
    fn next_card(&mut self) -> crate::Result<Option<Card>> {
        let mut current: Option<(Card, Vec<Property>)> = None;
        let mut version = Version21::No;
        for (line, bytes) in &mut self.properties {
            let property = match property(line, &bytes, version) {
                Ok(property) => property,
                // One broken value spoils its card, not the file: the card
                // is read to its end and rejected, the next one read on.
                Err(e) => match &mut current {
                    Some((card, _)) => {
                        if card.problem.is_none() {
                            card.problem = Some((line, without_line(&e.to_string())));
                        }
                        continue;
                    }
                    None => return Err(e),
                },
            };
            match (property.name.as_str(), &mut current) {
                ("BEGIN", None) if property.value.eq_ignore_ascii_case("VCARD") => {
                    current = Some((
                        Card {
                            line: property.line,
                            ..Card::default()
                        },
                        Vec::new(),
                    ));
                }
                ("BEGIN", Some((card, _))) if property.value.eq_ignore_ascii_case("VCARD") => {
                    return Err(bad(
                        property.line,
                        format!(
                            "a new card starts before the card of line {} ended (END:VCARD missing)",
                            card.line
                        ),
                    ));
                }
                ("END", Some(_)) if property.value.eq_ignore_ascii_case("VCARD") => {
                    let (card, properties) = current.take().expect("matched Some");
                    if card.problem.is_some() {
                        return Ok(Some(card));
                    }
                    return Ok(Some(fill(card, &properties)));
                }
                ("VERSION", Some(_)) => {
                    version = match property.value.trim() {
                        "2.1" => Version21::Yes,
                        _ => Version21::No,
                    };
                    if !matches!(property.value.trim(), "2.1" | "3.0" | "4.0") {
                        return Err(bad(
                            property.line,
                            format!(
                                "vCard version '{}' is not supported (2.1, 3.0 or 4.0)",
                                property.value.trim()
                            ),
                        ));
                    }
                }
                (_, Some((_, properties))) => properties.push(property),
                (_, None) => {
                    return Err(bad(
                        property.line,
                        format!("'{}' outside a card (BEGIN:VCARD missing)", property.name),
                    ));
                }
            }
        }
        match current {
            Some((card, _)) => Err(bad(card.line, "the card that starts here has no END:VCARD".to_string())),
            None => Ok(None),
        }
    }
}

pub(super) fn bad(line: u64, message: String) -> crate::Error {
    crate::Error::invalid(format!("line {line}: {message}"))
}

/// A problem without the "line N: " it starts with (the row names its line).
pub(super) fn without_line(message: &str) -> String {
    match message.strip_prefix("line ").and_then(|rest| rest.split_once(": ")) {
        Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => rest.to_string(),
        _ => message.to_string(),
    }
}

/// Whether a card is vCard 2.1, where a backslash escapes only `;`: "Jan de
/// Vries\ Jr" keeps its backslash there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Version21 {
    Yes,
    No,
}

/// The card's fields from its properties: the work address, e-mail and phone
/// when marked so, else the first.
pub(super) fn fill(mut card: Card, properties: &[Property]) -> Card {
    let pick = |name: &str| {
        let mut matching = properties.iter().filter(|p| p.name == name);
        let first = matching.clone().next();
        matching.find(|p| p.has_type("work") || p.has_type("pref")).or(first)
    };
    let text = |name: &str| pick(name).map(|p| p.value.clone()).and_then(nonempty);
    let components = |p: &Property| split_unescaped(&p.value, ';');
    // N is family;given;additional;prefix;suffix.
    let n = pick("N").map(components).unwrap_or_default();
    let n_part = |i: usize| n.get(i).cloned().and_then(nonempty);
    let has_n = (0..3).any(|i| n_part(i).is_some());
    if has_n {
        let parts = NameParts::from_fields(n_part(1).as_deref(), n_part(2).as_deref(), n_part(0).as_deref());
        card.parts = Some(parts);
    }
    card.honorific = n_part(3);
    card.name = text("FN").or_else(|| card.parts.as_ref().map(NameParts::display).and_then(nonempty));
    let org = pick("ORG").map(components).unwrap_or_default();
    card.organisation = org.first().cloned().and_then(nonempty);
    card.department = nonempty(org.iter().skip(1).cloned().collect::<Vec<_>>().join(", "));
    card.is_company = text("KIND").is_some_and(|k| k.eq_ignore_ascii_case("org"))
        || text("X-ABSHOWAS").is_some_and(|k| k.eq_ignore_ascii_case("company"))
        || (!has_n && card.name.is_some() && card.name == card.organisation);
    card.title = text("TITLE");
    // ROLE: kring writes a role there (in either language); other programs
    // often a function, which is kept as the title when there is none.
    if let Some(role) = text("ROLE") {
        match ContactRole::parse(&role) {
            Ok(role) => card.role = Some(role),
            Err(_) => card.title = card.title.or(Some(role)),
        }
    }
    card.email = text("EMAIL").map(|e| e.trim_start_matches("mailto:").to_string());
    card.phone = text("TEL").map(|t| readable_phone(&t));
    card.note = text("NOTE");
    card.website = text("URL");
    if let Some(address) = pick("ADR") {
        // ADR is pobox;extended;street;locality;region;postcode;country.
        let parts = components(address);
        let part = |i: usize| parts.get(i).cloned().and_then(nonempty);
        card.street = part(2);
        card.city = part(3);
        card.postcode = part(5);
    }
    card
}

/// A number as a person reads it: `tel:+1-418-656-9254;ext=102` →
/// `+1-418-656-9254 ext. 102`.
pub(super) fn readable_phone(value: &str) -> String {
    let value = value.trim();
    let value = value
        .get(..4)
        .filter(|scheme| scheme.eq_ignore_ascii_case("tel:"))
        .map_or(value, |_| &value[4..]);
    let mut parts = value.split(';');
    let number = parts.next().unwrap_or_default().trim().to_string();
    let extension = parts.find_map(|p| {
        p.split_once('=')
            .filter(|(k, _)| k.eq_ignore_ascii_case("ext"))
            .map(|(_, v)| v.to_string())
    });
    match extension {
        Some(ext) => format!("{number} ext. {ext}"),
        None => number,
    }
}

pub(super) fn nonempty(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Join folded lines (a line break followed by a space or tab continues the
/// line; quoted-printable soft breaks end in `=`): each logical line with
/// the number of the line it starts on, one at a time.
pub(super) fn unfold<'a>(reader: Box<dyn std::io::BufRead + 'a>, failed: ReadFailure) -> Unfold<'a> {
    Unfold {
        lines: PhysicalLines {
            reader,
            split: std::collections::VecDeque::new(),
            first: true,
            failed,
        }
        .enumerate()
        .peekable(),
    }
}

pub(super) struct Unfold<'a> {
    lines: std::iter::Peekable<std::iter::Enumerate<PhysicalLines<'a>>>,
}

impl Iterator for Unfold<'_> {
    type Item = (u64, Vec<u8>);

    fn next(&mut self) -> Option<(u64, Vec<u8>)> {
        // Blank lines between properties say nothing.
        let (number, mut line) = loop {
            let (index, raw) = self.lines.next()?;
            if !raw.iter().all(u8::is_ascii_whitespace) {
                break (index as u64 + 1, raw);
            }
        };
        let mut soft_break = ends_in_soft_break(&mut line);
        while let Some((_, raw)) = self.lines.peek() {
            match raw {
                raw if raw.starts_with(b" ") || raw.starts_with(b"\t") => line.extend_from_slice(&raw[1..]),
                raw if soft_break => line.extend_from_slice(raw),
                raw if raw.iter().all(u8::is_ascii_whitespace) => {}
                _ => break,
            }
            self.lines.next();
            soft_break = ends_in_soft_break(&mut line);
        }
        Some((number, line))
    }
}

/// A quoted-printable line ending in `=` goes on on the next line: the `=` goes.
pub(super) fn ends_in_soft_break(line: &mut Vec<u8>) -> bool {
    let soft = line.ends_with(b"=")
        && String::from_utf8_lossy(line)
            .to_ascii_uppercase()
            .contains("QUOTED-PRINTABLE");
    if soft {
        line.pop();
    }
    soft
}

/// The file's lines, whatever ends them: `\n`, `\r\n`, `\r\r\n` (one line
/// end, as the file's author saw it) or a lone `\r`; read as they come.
pub(super) struct PhysicalLines<'a> {
    reader: Box<dyn std::io::BufRead + 'a>,
    /// The lines of the last `\n`-ended piece that a lone `\r` split.
    split: std::collections::VecDeque<Vec<u8>>,
    /// Before the first line (a UTF-8 byte-order mark goes).
    first: bool,
    failed: ReadFailure,
}

impl Iterator for PhysicalLines<'_> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if let Some(line) = self.split.pop_front() {
            return Some(line);
        }
        let mut piece = Vec::new();
        match self.reader.read_until(b'\n', &mut piece) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                *self.failed.borrow_mut() = Some(e);
                return None;
            }
        }
        if std::mem::take(&mut self.first) && piece.starts_with(b"\xEF\xBB\xBF") {
            piece.drain(..3);
        }
        // \n, \r\n and \r\r\n end one line; a CR alone ends one too.
        let ended = piece.ends_with(b"\n");
        if ended {
            piece.pop();
            let crs = if piece.ends_with(b"\r\r") {
                2
            } else {
                usize::from(piece.ends_with(b"\r"))
            };
            piece.truncate(piece.len() - crs);
        }
        let mut lines: std::collections::VecDeque<Vec<u8>> = piece.split(|&b| b == b'\r').map(<[u8]>::to_vec).collect();
        if !ended && piece.ends_with(b"\r") {
            lines.pop_back(); // the file's last line, ended by a CR alone
        }
        let line = lines.pop_front();
        self.split = lines;
        line
    }
}

pub(super) fn property(line: u64, bytes: &[u8], version: Version21) -> crate::Result<Property> {
    let colon = value_start(bytes).ok_or_else(|| {
        bad(
            line,
            format!(
                "'{}' is not a vCard line (no ':')",
                clip(&String::from_utf8_lossy(bytes))
            ),
        )
    })?;
    let (head, raw_value) = (String::from_utf8_lossy(&bytes[..colon]), &bytes[colon + 1..]);
    let mut parts = split_params(&head).into_iter();
    let name = parts.next().unwrap_or_default();
    // A group prefix ("item1.EMAIL") says nothing kring needs.
    let name = name.rsplit('.').next().unwrap_or_default().trim().to_ascii_uppercase();
    let params: Vec<(String, String)> = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_uppercase(), v.trim_matches('"').to_string()),
            // vCard 2.1: a bare parameter is a type ("TEL;WORK:").
            None => ("TYPE".to_string(), p.trim().to_string()),
        })
        .collect();
    let mut property = Property {
        line,
        name,
        params,
        value: String::new(),
    };
    if !USED.contains(&property.name.as_str()) && !matches!(property.name.as_str(), "BEGIN" | "END" | "VERSION") {
        return Ok(property); // never read, so never judged
    }
    let raw = match property.param("ENCODING") {
        Some(e) if e.eq_ignore_ascii_case("QUOTED-PRINTABLE") => quoted_printable(raw_value),
        _ => raw_value.to_vec(),
    };
    let decoded = decode_value(&raw, property.param("CHARSET"), line)?;
    // In 2.1 a backslash is itself but before `;`: doubled here, it reads
    // as itself after the 3.0 unescaping below.
    let decoded = match version {
        Version21::Yes => literal_backslashes(&decoded),
        Version21::No => decoded,
    };
    // Structured values (N, ORG, ADR) keep their `\;` until split.
    property.value = if matches!(property.name.as_str(), "N" | "ORG" | "ADR") {
        decoded
    } else {
        unescape(&decoded)
    };
    let length = property.value.chars().count();
    if length > crate::io::spreadsheet::MAX_CELL {
        return Err(bad(
            line,
            format!(
                "{} is {length} characters long; at most {} fit",
                property.name,
                crate::io::spreadsheet::MAX_CELL
            ),
        ));
    }
    if let Some(c) = property
        .value
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        // A byte that is text in neither UTF-8 nor Windows-1252 (0x81,
        // 0x8D…) reads as a control character: say which it was.
        let what = match c as u32 {
            0x80..=0x9F => format!(
                "the byte 0x{:02X}, which is not text (a damaged file, or another character set?)",
                c as u32
            ),
            _ => "a control character (a NUL byte?)".to_string(),
        };
        return Err(bad(line, format!("{} holds {what}", property.name)));
    }
    Ok(property)
}

/// A value's bytes as text: in the `CHARSET` the property names, else
/// UTF-8 when valid, else Windows-1252. An unknown or wrong charset is an
/// error naming it, not a "control character".
pub(super) fn decode_value(raw: &[u8], charset: Option<&str>, line: u64) -> crate::Result<String> {
    let Some(label) = charset else {
        return Ok(crate::io::spreadsheet::decode_8bit(raw).0);
    };
    let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| bad(line, format!("CHARSET={label} is not a character set kring knows")))?;
    let (text, _, malformed) = encoding.decode(raw);
    if malformed {
        // Some exporters name a charset and write UTF-8 anyway.
        if let Ok(text) = std::str::from_utf8(raw) {
            return Ok(text.to_string());
        }
        return Err(bad(
            line,
            format!("the value is not valid {label} (CHARSET={label}); the file may be damaged"),
        ));
    }
    Ok(text.into_owned())
}

/// The position of the `:` that ends the name and parameters (a quoted
/// parameter value may hold a colon).
pub(super) fn value_start(bytes: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

pub(super) fn split_params(head: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    for c in head.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                parts.last_mut().expect("never empty").push(c);
            }
            ';' if !quoted => parts.push(String::new()),
            _ => parts.last_mut().expect("never empty").push(c),
        }
    }
    parts
}

/// Split a structured value on unescaped `sep`, unescaping each part.
pub(super) fn split_unescaped(value: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    parts
                        .last_mut()
                        .expect("never empty")
                        .push_str(&unescape(&format!("\\{next}")));
                }
            }
            c if c == sep => parts.push(String::new()),
            c => parts.last_mut().expect("never empty").push(c),
        }
    }
    parts
}

/// Every backslash that does not escape a `;`, doubled (vCard 2.1).
pub(super) fn literal_backslashes(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '\\' && chars.peek() != Some(&';') {
            out.push('\\');
        }
    }
    out
}

pub(super) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// `=C3=AB` → the bytes C3 AB (vCard 2.1 from Outlook), to be decoded in the
/// property's charset.
pub(super) fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

pub(super) fn clip(text: &str) -> String {
    let clipped: String = text.chars().take(40).collect();
    if clipped.len() < text.len() {
        format!("{clipped}…")
    } else {
        clipped
    }
}

impl Card {
    /// This card as an import row: a company card is a company with its
    /// address, phone and e-mail as the general ones; a person's card is the
    /// person at the card's organisation, or on their own without one.
    pub fn to_import(&self) -> ImportRow {
        let card = self;
        if let Some((line, problem)) = &card.problem {
            return ImportRow {
                line: *line,
                problem: Some(problem.clone()),
                ..ImportRow::default()
            };
        }
        // A website on a shared host (a LinkedIn profile) is the person's own page.
        let own_site = card.website.as_deref().and_then(company_domain).is_some();
        let website = card.website.clone().filter(|_| own_site);
        if card.is_company {
            let name = card.organisation.clone().or_else(|| card.name.clone());
            return ImportRow {
                line: card.line,
                company: Some(NewCompany {
                    name: name.unwrap_or_default(),
                    street: card.street.clone(),
                    postcode: card.postcode.clone(),
                    city: card.city.clone(),
                    website,
                    email: card.email.clone(),
                    phone: card.phone.clone(),
                    source: Some("import".into()),
                    ..Default::default()
                }),
                ..ImportRow::default()
            };
        }
        let [given_name, infix, family_name] = NameParts::columns(card.parts.as_ref());
        let (title, honorific) = title_and_honorific(card.title.clone(), card.honorific.clone());
        let person = card.name.clone().map(|name| NewPerson {
            name,
            email: card.email.clone(),
            phone: card.phone.clone(),
            notes: card.note.clone(),
            do_not_contact: false,
            company: None,
            role: card.role.or_else(|| title.as_deref().map(ContactRole::from_title)),
            title,
            given_name,
            infix,
            family_name,
            honorific,
            profile_url: card.website.clone().filter(|_| !own_site),
            department: card.department.clone(),
            salutation: None,
            mailing_basis: None,
        });
        let company = card.organisation.clone().map(|name| NewCompany {
            name,
            street: card.street.clone(),
            postcode: card.postcode.clone(),
            city: card.city.clone(),
            website,
            source: Some("import".into()),
            ..Default::default()
        });
        // A card with neither is refused by the store, naming its line.
        ImportRow {
            line: card.line,
            company,
            person,
            ..ImportRow::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read as it comes, through a reader that hands over three bytes at a
    /// time, a file gives the cards (and errors, and line numbers) of the
    /// same bytes held: the corpus of real exports, and line ends of every
    /// kind falling across the reader's seams.
    #[test]
    fn cards_read_as_they_come_are_the_cards_of_the_bytes_held() {
        let tricky = b"\xEF\xBB\xBFBEGIN:VCARD\r\r\nVERSION:2.1\rN:Vries;No=\r\n=C3=ABlle;;;\r\n\
            FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:No=C3=ABlle de =\r\nVries\r\n\
            EMAIL:noelle@dezaan.nl\nNOTE:lang\r\n  gevouwen\r\nEND:VCARD\r\r\n\r\n\
            BEGIN:VCARD\nVERSION:3.0\nFN:Joost\rEND:VCARD\r"
            .to_vec();
        let files: Vec<Vec<u8>> = vec![
            include_bytes!("../../../tests/corpus/android.vcf").to_vec(),
            include_bytes!("../../../tests/corpus/gmail.vcf").to_vec(),
            include_bytes!("../../../tests/corpus/iphone.vcf").to_vec(),
            include_bytes!("../../../tests/corpus/macos.vcf").to_vec(),
            include_bytes!("../../../tests/corpus/outlook-2003.vcf").to_vec(),
            include_bytes!("../../../tests/corpus/feature-phone-shift-jis.vcf").to_vec(),
            tricky,
        ];
        for bytes in files {
            let held: Vec<String> = read_cards(&bytes).map(|c| format!("{c:?}")).collect();
            let streamed: Vec<String> = read_cards_from(std::io::BufReader::with_capacity(3, &bytes[..]))
                .map(|c| format!("{c:?}"))
                .collect();
            assert!(!held.is_empty());
            assert_eq!(streamed, held);
        }
    }
}

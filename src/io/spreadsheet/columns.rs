//! What a column holds, recognised by its header in Dutch or English, and the
//! export a file comes from (Outlook, Google, LinkedIn), recognised by its header line.

use crate::domain::fold::fold;
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
    pub(super) fn bit(self) -> u32 {
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
        if let Some(column) = layout_column(&key, layout) {
            return column;
        }
        generic_column(&key)
    }
}

/// What a header means in a known export layout, where it differs from a
/// hand-made sheet (`Some(None)`: a header the layout leaves out).
fn layout_column(key: &str, layout: Layout) -> Option<Option<Column>> {
    match layout {
        Layout::OutlookEnglish => match key {
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
        Layout::OutlookDutch => match key {
            "titel" => Some(Some(Column::Honorific)),
            "werkadresstraat" => Some(Some(Column::Street)),
            "werkadresplaats" => Some(Some(Column::City)),
            "werkadrespostcode" => Some(Some(Column::Postcode)),
            "telefoonopwerk" | "mobieletelefoon" => Some(Some(Column::Phone)),
            "hoofdtelefoonbedrijf" => Some(Some(Column::CompanyPhone)),
            "webpagina" => Some(Some(Column::Website)),
            _ => None,
        },
        Layout::GoogleNew | Layout::GoogleOld => match key {
            "name" => Some(Some(Column::Person)),
            "organizationname" | "organization1name" => Some(Some(Column::Company)),
            "organizationtitle" | "organization1title" => Some(Some(Column::Title)),
            "organizationdepartment" | "organization1department" => Some(Some(Column::Department)),
            "email1value" => Some(Some(Column::Email)),
            "phone1value" => Some(Some(Column::Phone)),
            "additionalname" => Some(Some(Column::MiddleName)),
            _ => None,
        },
        Layout::LinkedIn => match key {
            "url" => Some(Some(Column::ProfileUrl)),
            _ => None,
        },
        Layout::ThunderbirdEnglish => match key {
            "displayname" => Some(Some(Column::Person)),
            "primaryemail" => Some(Some(Column::Email)),
            "workphone" => Some(Some(Column::Phone)),
            "workaddress" => Some(Some(Column::Street)),
            "workcity" => Some(Some(Column::City)),
            "workzipcode" => Some(Some(Column::Postcode)),
            "webpage1" => Some(Some(Column::Website)),
            _ => None,
        },
        Layout::ThunderbirdDutch => match key {
            "weergavenaam" => Some(Some(Column::Person)),
            "primaireemail" => Some(Some(Column::Email)),
            "werktelefoon" => Some(Some(Column::Phone)),
            "werkadres" => Some(Some(Column::Street)),
            "werkplaats" => Some(Some(Column::City)),
            "werkpostcode" => Some(Some(Column::Postcode)),
            "webpagina1" => Some(Some(Column::Website)),
            "aantekeningen" => Some(Some(Column::Notes)),
            _ => None,
        },
        Layout::Roundcube => match key {
            "displayname" => Some(Some(Column::Person)),
            "emailwork" => Some(Some(Column::Email)),
            "phonework" => Some(Some(Column::Phone)),
            "workaddress" | "addresswork" => Some(Some(Column::Street)),
            _ => None,
        },
        Layout::Spreadsheet => None,
    }
}

/// What a header means in a sheet someone made.
fn generic_column(key: &str) -> Option<Column> {
    Some(match key {
        "bedrijfsnaam" | "bedrijf" | "organisatie" | "company" | "companyname" | "organisation" | "organization" => {
            Column::Company
        }
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

/// A header as kring compares it: folded, letters and digits only.
pub(super) fn header_key(header: &str) -> String {
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
    /// Thunderbird's address book saved as CSV ("Display Name", "Primary Email").
    ThunderbirdEnglish,
    /// The same in Dutch ("Weergavenaam", "Primaire e-mail").
    ThunderbirdDutch,
    /// Roundcube webmail's CSV export ("Email Home", "Email Work").
    Roundcube,
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
            Layout::ThunderbirdEnglish => "Thunderbird address book (English)",
            Layout::ThunderbirdDutch => "Thunderbird address book (Dutch)",
            Layout::Roundcube => "Roundcube address book",
        }
    }

    /// The layout whose telltale headers the header line has.
    pub fn detect<'a>(headers: impl IntoIterator<Item = &'a str>) -> Layout {
        let keys: Vec<String> = headers.into_iter().map(header_key).collect();
        let has = |wanted: &[&str]| wanted.iter().all(|w| keys.iter().any(|k| k == w));
        if has(&["firstname", "lastname", "url", "connectedon"]) {
            Layout::LinkedIn
        } else if has(&["firstname", "lastname", "displayname", "primaryemail"]) {
            Layout::ThunderbirdEnglish
        } else if has(&["voornaam", "achternaam", "weergavenaam", "primaireemail"]) {
            Layout::ThunderbirdDutch
        } else if has(&["displayname", "emailhome", "emailwork"]) {
            Layout::Roundcube
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

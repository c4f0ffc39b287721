//! Exports for other programs, the same for `kring export` and the terminal
//! UI: contact persons as CSV (Excel's Dutch dialect or plain) or vCard,
//! meetings and follow-ups as iCalendar. Records are handed out one at a
//! time, so a face writes them where it likes (a private file, a pipe)
//! without holding every contact in memory.

use crate::domain::kinds::{CompanyStatus, ContactRole, MailingBasis};
use crate::io::{ics, vcard};
use crate::model::campaigns::{CampaignState, MailMerge};
use crate::model::companies::CompanyFilter;
use crate::model::followups::FollowupFilter;
use crate::model::people::ContactExport;
use crate::model::Id;
use crate::store::Store;
use crate::Result;

/// The first sixteen are the original columns, in their order (scripts
/// read them by position); the name's parts and the salutation, for a mail
/// merge, come after. Headed in the language kring speaks (`Voornaam`,
/// `First name`); `kring import` reads either.
const CONTACT_COLUMNS: [&str; 20] = [
    "csv-name",
    "csv-email",
    "csv-phone",
    "csv-role",
    "csv-title",
    "csv-company",
    "csv-kvk",
    "csv-address",
    "csv-postcode",
    "csv-city",
    "csv-sector",
    "csv-website",
    "csv-company-email",
    "csv-company-phone",
    "csv-status",
    "csv-owner",
    "csv-given-name",
    "csv-infix",
    "csv-family-name",
    "csv-salutation",
];

/// How contact persons are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactsAs {
    /// `excel`: ';' and a byte-order mark, for Excel with a Dutch locale.
    Csv {
        excel: bool,
    },
    Vcard {
        version: vcard::Version,
        with_notes: bool,
    },
    /// An Excel workbook of text cells, with a filter on the header row.
    Workbook,
}

/// A way to write contact persons, as people pick one: its name on the
/// command line (`export contacts --format`), its name in the terminal UI's
/// export form, and how it is written. The one list both faces offer.
#[derive(Debug, Clone, Copy)]
pub struct ContactFormat {
    pub name: &'static str,
    pub shown: &'static str,
    pub written_as: ContactsAs,
}

/// Every contact format, the one offered first first.
pub const CONTACT_FORMATS: [ContactFormat; 4] = [
    ContactFormat {
        name: "excel",
        shown: "Excel (CSV)",
        written_as: ContactsAs::Csv { excel: true },
    },
    ContactFormat {
        name: "xlsx",
        shown: "Excel workbook (xlsx)",
        written_as: ContactsAs::Workbook,
    },
    ContactFormat {
        name: "csv",
        shown: "CSV",
        written_as: ContactsAs::Csv { excel: false },
    },
    ContactFormat {
        name: "vcard",
        shown: "vCard",
        written_as: ContactsAs::Vcard {
            version: vcard::Version::V4,
            with_notes: false,
        },
    },
];

/// The contact format of this name (`CONTACT_FORMATS`).
pub fn contact_format(name: &str) -> Option<ContactFormat> {
    CONTACT_FORMATS.into_iter().find(|f| f.name == name)
}

impl ContactsAs {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            ContactsAs::Csv { .. } => "csv",
            ContactsAs::Vcard { .. } => "vcf",
            ContactsAs::Workbook => "xlsx",
        }
    }
}

/// Contact persons at the companies the filter lets through, current jobs
/// only, people marked do-not-contact left out unless asked for. `write`
/// gets the CSV header first, then one whole record (row or card) at a
/// time. Returns how many contacts were written.
pub fn contacts(
    store: &Store,
    filter: &CompanyFilter,
    written_as: ContactsAs,
    reach: crate::model::people::Reach,
    write: &mut dyn FnMut(&[u8]) -> Result<()>,
) -> Result<u64> {
    match written_as {
        ContactsAs::Vcard { version, with_notes } => {
            let database_id = store.database_id()?;
            let options = vcard::CardOptions {
                version,
                database_id: &database_id,
                with_notes,
            };
            // Someone with two current jobs has one card (a UID names one card).
            let mut written = std::collections::HashSet::new();
            let mut card = String::new();
            store.export_contacts(filter, reach, &mut |contact| {
                if !written.insert(contact.person_id) {
                    return Ok(());
                }
                card.clear();
                vcard::card(&mut card, &contact, options);
                write(card.as_bytes())
            })?;
            Ok(written.len() as u64)
        }
        ContactsAs::Workbook => {
            let headers: Vec<String> = CONTACT_COLUMNS.iter().map(|id| crate::l10n::message(id, &[])).collect();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let mut table = crate::io::workbook::TableWriter::new(&crate::t!("xlsx-contacts-sheet"), &headers)?;
            let (roles, statuses) = labels();
            let written = store.export_contacts(filter, reach, &mut |contact| {
                let (role, status) = labelled(&contact, &roles, &statuses);
                table.row(&contact_row(&contact, role, status))
            })?;
            table.finish(write)?;
            Ok(written)
        }
        ContactsAs::Csv { excel } => {
            let headers: Vec<String> = CONTACT_COLUMNS.iter().map(|id| crate::l10n::message(id, &[])).collect();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            write(&crate::io::csv_out::header(&headers, excel))?;
            let mut line = Vec::new();
            let (roles, statuses) = labels();
            store.export_contacts(filter, reach, &mut |contact| {
                line.clear();
                let (role, status) = labelled(&contact, &roles, &statuses);
                crate::io::csv_out::record(&mut line, &contact_row(&contact, role, status), excel);
                write(&line)
            })
        }
    }
}

/// Roles and statuses in the language of the headers, looked up once
/// (kring's import reads them back in either language).
type Labels = (Vec<(ContactRole, String)>, Vec<(&'static str, String)>);

fn labels() -> Labels {
    let roles = ContactRole::ALL.iter().map(|r| (*r, r.display_label())).collect();
    let statuses = CompanyStatus::ALL
        .iter()
        .map(|s| (s.as_str(), s.display_label()))
        .collect();
    (roles, statuses)
}

/// A contact's role and company status as the export writes them.
fn labelled<'a>(
    contact: &'a ContactExport,
    roles: &'a [(ContactRole, String)],
    statuses: &'a [(&'static str, String)],
) -> (&'a str, &'a str) {
    let role = roles
        .iter()
        .find(|(r, _)| *r == contact.role)
        .map_or("", |(_, l)| l.as_str());
    let status = statuses
        .iter()
        .find(|(s, _)| *s == contact.status)
        .map_or(contact.status.as_str(), |(_, l)| l.as_str());
    (role, status)
}

/// One contact's CSV row, in `CONTACT_COLUMNS`' order (borrowed: an export
/// of 300k contacts copies no cell).
fn contact_row<'a>(c: &'a ContactExport, role: &'a str, status: &'a str) -> [&'a str; 20] {
    let opt = |v: &'a Option<String>| v.as_deref().unwrap_or_default();
    [
        &c.name,
        opt(&c.email),
        opt(&c.phone),
        role,
        opt(&c.title),
        &c.company,
        opt(&c.kvk),
        opt(&c.street),
        opt(&c.postcode),
        opt(&c.city),
        opt(&c.sector),
        opt(&c.website),
        opt(&c.company_email),
        opt(&c.company_phone),
        status,
        opt(&c.owner),
        &c.name_parts.given,
        &c.name_parts.infix,
        &c.name_parts.family,
        &c.salutation,
    ]
}

/// The moment written into every event of an export (DTSTAMP).
fn stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

/// Circle meetings (of one circle, or all) as an iCalendar text, and how
/// many; with attendees, the members' contact persons are invited.
pub fn meetings(store: &Store, circle: Option<Id>, with_attendees: bool) -> Result<(String, usize)> {
    let meetings = store.meetings(circle)?;
    let mut guests = ics::Guests::new();
    if with_attendees {
        for meeting in &meetings {
            guests.insert(meeting.id, store.meeting_guests(meeting.id)?);
        }
    }
    // Invitations name who sends them (RFC 5545; Outlook drops them
    // otherwise): the staff member exporting, by their e-mail address.
    let organizer = match with_attendees {
        true => Some(organizer(store)?),
        false => None,
    };
    let database_id = store.database_id()?;
    let text = ics::meetings(&meetings, &guests, organizer.as_ref(), &database_id, &stamp());
    Ok((text, meetings.len()))
}

/// The one sending invitations: who is acting, with their e-mail address.
fn organizer(store: &Store) -> Result<ics::Organizer> {
    let me = store
        .actor()
        .ok_or_else(|| crate::Error::invalid(crate::t!("err-organizer-unknown")))?;
    let staff = store
        .list_staff()?
        .into_iter()
        .find(|s| s.id == me)
        .ok_or_else(|| crate::Error::invalid(crate::t!("err-organizer-unknown")))?;
    let email = staff
        .email
        .ok_or_else(|| crate::Error::invalid(crate::t!("err-organizer-no-email", name = staff.name.as_str())))?;
    Ok(ics::Organizer {
        name: staff.name,
        email,
    })
}

/// Open follow-ups (of one staff member, or everyone's) as an iCalendar
/// text of all-day events, or of to-dos, handed to `write` one event at a
/// time; how many.
pub fn followups(
    store: &Store,
    staff: Option<Id>,
    todo: bool,
    write: &mut dyn FnMut(&[u8]) -> Result<()>,
) -> Result<usize> {
    let filter = FollowupFilter {
        staff,
        ..Default::default()
    };
    let form = match todo {
        true => ics::FollowupForm::Todo,
        false => ics::FollowupForm::Event,
    };
    let database_id = store.database_id()?;
    let stamp = stamp();
    write(ics::calendar_start().as_bytes())?;
    let mut count = 0;
    let mut event = String::new();
    store.for_each_followup_with_note(&filter, |row, note| {
        event.clear();
        ics::followup(&mut event, &row, note.as_deref(), form, &database_id, &stamp);
        count += 1;
        write(event.as_bytes())
    })?;
    write(ics::CALENDAR_END.as_bytes())?;
    Ok(count)
}

/// A campaign's mail-merge list, written: the bytes, how many rows, and how
/// many people were left out for want of a basis for mailing them.
pub struct MailMergeFile {
    pub bytes: Vec<u8>,
    pub rows: usize,
    pub without_basis: usize,
}

/// The invitees as a mail-merge list (CSV): company, the contact's name,
/// its parts and the salutation, e-mail, phone, city, reply and the basis
/// for mailing them; the company's general address where there is no
/// contact (or, with `basis_only`, none with a basis); someone marked
/// do-not-contact since the invitation is left out.
pub fn mail_merge(store: &Store, s: &CampaignState, only: MailMerge) -> Result<MailMergeFile> {
    let columns = [
        "csv-company",
        "csv-name",
        "csv-given-name",
        "csv-infix",
        "csv-family-name",
        "csv-salutation",
        "csv-email",
        "csv-phone",
        "csv-city",
        "csv-reply",
        "csv-mailing-basis",
    ];
    let headers: Vec<String> = columns.iter().map(|id| crate::l10n::message(id, &[])).collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut rows = Vec::new();
    let mut without_basis = 0;
    for i in s.invitees.iter().filter(|i| !only.no_reply || i.reply.is_none()) {
        let company = store.company(i.company_id)?;
        let mut person = match i.person_id {
            Some(id) => Some(store.person(id)?).filter(|p| !p.do_not_contact),
            None => None,
        };
        if only.basis_only && person.as_ref().is_some_and(|p| p.mailing_basis.is_none()) {
            without_basis += 1;
            person = None;
        }
        let text = |v: Option<&str>| v.unwrap_or_default().to_string();
        rows.push(match person {
            Some(p) => vec![
                company.name.clone(),
                p.name.clone(),
                p.name_parts.given.clone(),
                p.name_parts.infix.clone(),
                p.name_parts.family.clone(),
                p.salutation.clone(),
                text(p.email.as_deref()),
                text(p.phone.as_deref()),
                text(company.city.as_deref()),
                i.reply.map(|r| r.as_str().to_string()).unwrap_or_default(),
                p.mailing_basis
                    .as_deref()
                    .map(|b| MailingBasis::parse(b).map_or_else(|_| b.to_string(), |b| b.display_label()))
                    .unwrap_or_default(),
            ],
            None => vec![
                company.name.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                text(company.email.as_deref()),
                text(company.phone.as_deref()),
                text(company.city.as_deref()),
                i.reply.map(|r| r.as_str().to_string()).unwrap_or_default(),
                String::new(),
            ],
        });
    }
    Ok(MailMergeFile {
        bytes: crate::io::csv_out::write(&headers, &rows, only.excel)?,
        rows: rows.len(),
        without_basis,
    })
}

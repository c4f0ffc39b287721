//! The file forms: import a spreadsheet or address book (its dry run is
//! shown and asked about before anything comes in) and export the list
//! shown to a file whose name the user types (a sensible one is offered).

use super::Purpose;
use crate::io::spreadsheet::Encoding;
use crate::tui::change::{Change, ExportOf, ExportOrder, ImportOrder};
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};
use crate::usecases::export::{ContactsAs, CONTACT_FORMATS};
use crate::usecases::import::ImportFile;
use chrono::NaiveDate;

/// Which file to import, and whether its rows are contacts or companies.
#[derive(Debug, Clone)]
pub struct ImportForm {
    file: FieldId,
    with_people: Choice<bool>,
}

pub fn import_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-import"));
    let file = form.add(Field::text("File", "").with_hint("a .csv from Excel, Outlook, Google or LinkedIn, or a .vcf"));
    let with_people = Choice::add_showing(
        &mut form,
        "Import",
        vec![
            ("contacts".into(), crate::t!("form-import-contacts"), true),
            ("companies".into(), crate::t!("form-import-companies"), false),
        ],
        0,
    );
    (form, Purpose::Import(ImportForm { file, with_people }))
}

impl ImportForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let path = file_named(form, self.file)?;
        Some(Change::Import(Box::new(ImportOrder {
            file: ImportFile {
                path,
                with_people: self.with_people.chosen(form)?,
                mappings: Vec::new(),
                encoding: Encoding::Auto,
                sheet: None,
            },
            read: None,
            good_rows: 0,
        })))
    }
}

/// An export of the list shown: in which format (contacts), to which file.
#[derive(Debug, Clone)]
pub struct ExportForm {
    of: ExportOf,
    format: Option<Choice<ContactsAs>>,
    /// The management report's scope: the school, or one team.
    team: Option<Choice<Option<(crate::model::Id, String)>>>,
    /// A backup of a file: a copy of it, or the JSON export.
    as_json: Option<Choice<bool>>,
    file: FieldId,
}

/// An export of `of`, to a file named after what it holds and the day.
pub fn export_form(of: ExportOf, today: NaiveDate) -> (Form, Purpose) {
    let (stem, title) = match &of {
        ExportOf::Contacts(_) => (crate::t!("file-contacts"), crate::t!("form-export-contacts")),
        ExportOf::Followups { .. } => (crate::t!("file-followups"), crate::t!("form-export-followups")),
        ExportOf::Meetings(_) => (crate::t!("file-meetings"), crate::t!("form-export-meetings")),
        ExportOf::CompanySheet(_) => (crate::t!("file-sheet"), crate::t!("form-export-sheet")),
        ExportOf::ManagementReport { .. } => (
            crate::t!("file-management-report"),
            crate::t!("form-export-management-report"),
        ),
        ExportOf::YearLedger => (crate::t!("file-ledger"), crate::t!("form-export-ledger")),
        ExportOf::Person(_) => (crate::t!("file-person"), crate::t!("form-export-person")),
        ExportOf::MailMerge(_) => (crate::t!("file-mail-merge"), crate::t!("form-export-mail-merge")),
        ExportOf::Backup { .. } => ("kring-backup".to_string(), crate::t!("form-backup")),
        ExportOf::Dossier(_) => (crate::t!("file-dossier"), crate::t!("form-dossier")),
    };
    let mut form = Form::titled(title);
    let format = matches!(of, ExportOf::Contacts(_)).then(|| {
        let formats = CONTACT_FORMATS
            .iter()
            .map(|f| (f.shown.to_string(), f.written_as))
            .collect();
        let format = Choice::add(&mut form, "Format", formats, 0);
        form.set_hint(format.id, "←/→; Excel: ';' and accents kept");
        format
    });
    let extension = match of {
        ExportOf::Contacts(_) | ExportOf::MailMerge(_) => "csv",
        ExportOf::CompanySheet(_) | ExportOf::ManagementReport { .. } => "html",
        ExportOf::YearLedger => "xlsx",
        ExportOf::Person(_) | ExportOf::Backup { json: true } => "json",
        ExportOf::Backup { json: false } => "sqlite",
        ExportOf::Dossier(_) => "md",
        _ => "ics",
    };
    let file = form.add(Field::text("File", format!("{stem}-{today}.{extension}")).with_hint("where it is written"));
    (
        form,
        Purpose::Export(ExportForm {
            of,
            format,
            team: None,
            as_json: None,
            file,
        }),
    )
}

/// A backup: on a team database its JSON export; of a file, a copy of it
/// or (chosen) the JSON export that `kring import all` reads.
pub fn backup_form(team_database: bool, today: NaiveDate) -> (Form, Purpose) {
    let (mut form, purpose) = export_form(ExportOf::Backup { json: team_database }, today);
    if team_database {
        return (form, purpose);
    }
    let options = vec![
        (crate::t!("backup-as-file"), false),
        (crate::t!("backup-as-json"), true),
    ];
    let as_json = Choice::add(&mut form, "As", options, 0);
    let Purpose::Export(export) = purpose else {
        return (form, purpose);
    };
    (
        form,
        Purpose::Export(ExportForm {
            as_json: Some(as_json),
            ..export
        }),
    )
}

/// The management report's form, with whose report it is: the school's or
/// one team's.
pub fn management_report_form(teams: &[crate::model::teams::TeamRow], today: NaiveDate) -> (Form, Purpose) {
    let (mut form, purpose) = export_form(ExportOf::ManagementReport { team: None }, today);
    let mut options = vec![(crate::t!("goal-for-school"), None)];
    options.extend(teams.iter().map(|t| (t.name.clone(), Some((t.id, t.name.clone())))));
    let team = Choice::add(&mut form, "For", options, 0);
    let Purpose::Export(export) = purpose else {
        return (form, purpose);
    };
    (
        form,
        Purpose::Export(ExportForm {
            team: Some(team),
            ..export
        }),
    )
}

impl ExportForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let path = file_named(form, self.file)?;
        let written_as = match &self.format {
            Some(format) => format.chosen(form)?,
            None => CONTACT_FORMATS[0].written_as,
        };
        let of = match (&self.team, &self.as_json) {
            (Some(team), _) => ExportOf::ManagementReport {
                team: team.chosen(form)?,
            },
            (_, Some(as_json)) => ExportOf::Backup {
                json: as_json.chosen(form)?,
            },
            _ => self.of.clone(),
        };
        // The name offered follows the format chosen, unless one was typed.
        let path = match (written_as, &of) {
            (ContactsAs::Vcard { .. }, _) if !form.get(self.file).changed() => path.with_extension("vcf"),
            (_, ExportOf::Backup { json: true }) if !form.get(self.file).changed() => path.with_extension("json"),
            _ => path,
        };
        Some(Change::Export(Box::new(ExportOrder { of, written_as, path })))
    }
}

/// The file typed (`~/` is the home folder); none marks the field.
fn file_named(form: &mut Form, file: FieldId) -> Option<std::path::PathBuf> {
    let path = form.text(file);
    if path.is_empty() {
        form.mark(file, Some(crate::t!("form-err-file")));
        return None;
    }
    Some(expand_home(&path))
}

/// `~/x.csv` as a shell reads it: in the home folder.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => path.into(),
    }
}

/// Which of a company's documents to open.
#[derive(Debug, Clone)]
pub struct OpenDocumentForm {
    document: Choice<(crate::model::Id, String)>,
    then: Choice<bool>,
}

/// A choice of the documents (a gone file said so), opened on submit.
pub fn open_document_form(links: &[crate::model::attachments::Attachment]) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-open-document"));
    let choices = links
        .iter()
        .map(|a| {
            let note = a.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
            let missing = if a.missing {
                format!(" [{}]", crate::t!("cli-attachment-missing"))
            } else {
                String::new()
            };
            (format!("{}{note}{missing}", a.location), (a.id, a.location.clone()))
        })
        .collect();
    let document = Choice::add(&mut form, "Document", choices, 0);
    form.set_hint(document.id, "←/→; enter opens it");
    let thens = vec![
        (crate::t!("document-open"), false),
        (crate::t!("document-detach"), true),
    ];
    let then = Choice::add(&mut form, "Then", thens, 0);
    form.set_hint(then.id, "remove the link only: the file stays where it is");
    (form, Purpose::OpenDocument(OpenDocumentForm { document, then }))
}

impl OpenDocumentForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let (id, location) = self.document.chosen(form)?;
        Some(match self.then.chosen(form)? {
            false => Change::OpenDocument(location),
            true => Change::Detach { id, location },
        })
    }
}

/// A document to link (`L`): a path on this machine or a share, or a web
/// address, and a note. kring keeps the link, never a copy.
#[derive(Debug, Clone)]
pub struct AttachForm {
    to: crate::model::attachments::AttachedTo,
    location: FieldId,
    note: FieldId,
}

pub fn attach_form(to: crate::model::attachments::AttachedTo, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-attach", name = name));
    let location =
        form.add(Field::text("Document", "").with_hint("a path (/srv/stage/contract.pdf, ~/…) or https://…"));
    let note = form.add(Field::text("Note", "").with_hint("what it is: signed agreement 2026"));
    (form, Purpose::Attach(AttachForm { to, location, note }))
}

impl AttachForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let location = form.text(self.location);
        if location.is_empty() {
            form.mark(self.location, Some(crate::t!("form-err-file")));
            return None;
        }
        let location = match location.starts_with("http://") || location.starts_with("https://") {
            true => location,
            false => expand_home(&location).display().to_string(),
        };
        let note = Some(form.text(self.note)).filter(|n| !n.is_empty());
        Some(Change::Attach {
            to: self.to,
            location,
            note,
        })
    }
}

/// Mail or a calendar read for contacts that already happened (`c` on the
/// inbox): a file or folder on this machine, or a published calendar's link.
#[derive(Debug, Clone)]
pub struct ReadSourceForm {
    source: FieldId,
    since: FieldId,
}

pub fn read_source_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-read-source"));
    let source = form.add(
        Field::text("Read", "")
            .with_hint("an .eml/.msg file, a folder, an mbox or Maildir; an .ics or https:// calendar"),
    );
    let since = form.add(Field::date("Since", "").with_hint("empty: everything in it"));
    (form, Purpose::ReadSource(ReadSourceForm { source, since }))
}

impl ReadSourceForm {
    pub(super) fn submit(&self, form: &mut Form, at: super::Submitting) -> Option<Change> {
        let source = form.text(self.source);
        if source.is_empty() {
            form.mark(self.source, Some(crate::t!("form-err-file")));
            return None;
        }
        // A mail server asks for a password: the command line's (it never shows one).
        if source.starts_with("imap") {
            form.mark(self.source, Some(crate::t!("form-err-imap-cli")));
            return None;
        }
        let since = super::optional_date_at(form, self.since, at.today)?;
        let web = ["https://", "http://", "webcal://"]
            .iter()
            .any(|p| source.starts_with(p));
        let calendar = web || source.to_lowercase().ends_with(".ics");
        let source = match web {
            true => std::path::PathBuf::from(source),
            false => expand_home(&source),
        };
        Some(Change::ReadSource {
            source,
            since,
            calendar,
            proposed: 0,
        })
    }
}

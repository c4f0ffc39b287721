//! The file forms: import a spreadsheet or address book (its dry run is
//! shown and asked about before anything comes in) and export the list
//! shown to a file whose name the user types (a sensible one is offered).

use super::{Change, Purpose};
use crate::io::spreadsheet::Encoding;
use crate::tui::effect::{ExportOf, ExportOrder, ImportOrder};
use crate::tui::widgets::form::{Field, Form};
use crate::usecases::export::{ContactsAs, CONTACT_FORMATS};
use crate::usecases::import::ImportFile;
use chrono::NaiveDate;

pub fn import_form() -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-import"),
        vec![
            Field::text("File", "").with_hint("a .csv from Excel, Outlook, Google or LinkedIn, or a .vcf"),
            Field::choice("Import", vec!["contacts".into(), "companies".into()], 0).showing(vec![
                crate::t!("form-import-contacts"),
                crate::t!("form-import-companies"),
            ]),
        ],
    );
    (form, Purpose::Import)
}

/// An export of `of`, to a file named after what it holds and the day.
pub fn export_form(of: ExportOf, today: NaiveDate) -> (Form, Purpose) {
    let stem = match &of {
        ExportOf::Contacts(_) => crate::t!("file-contacts"),
        ExportOf::Followups { .. } => crate::t!("file-followups"),
        ExportOf::Meetings(_) => crate::t!("file-meetings"),
    };
    let mut fields = Vec::new();
    if let ExportOf::Contacts(_) = of {
        fields.push(
            Field::choice(
                "Format",
                CONTACT_FORMATS.iter().map(|f| f.shown.to_string()).collect(),
                0,
            )
            .with_hint("←/→; Excel: ';' and accents kept"),
        );
    }
    let extension = match of {
        ExportOf::Contacts(_) => "csv",
        _ => "ics",
    };
    fields.push(Field::text("File", format!("{stem}-{today}.{extension}")).with_hint("where it is written"));
    let title = match &of {
        ExportOf::Contacts(_) => crate::t!("form-export-contacts"),
        ExportOf::Followups { .. } => crate::t!("form-export-followups"),
        ExportOf::Meetings(_) => crate::t!("form-export-meetings"),
    };
    (Form::new(title, fields), Purpose::Export(of))
}

pub fn to_change(form: &mut Form, purpose: &Purpose) -> Option<Change> {
    let path = form.value("File");
    if path.is_empty() {
        form.set_error("File", Some(crate::t!("form-err-file")));
        return None;
    }
    let path = expand_home(&path);
    match purpose {
        Purpose::Import => Some(Change::Import(Box::new(ImportOrder {
            file: ImportFile {
                path,
                with_people: form.field("Import").index == 0,
                mappings: Vec::new(),
                encoding: Encoding::Auto,
            },
            read: None,
            good_rows: 0,
        }))),
        Purpose::Export(of) => {
            let chosen = form.fields.iter().find(|f| f.label == "Format").map_or(0, |f| f.index);
            let written_as = CONTACT_FORMATS[chosen.min(CONTACT_FORMATS.len() - 1)].written_as;
            // The name offered follows the format chosen, unless one was typed.
            let path = match written_as {
                ContactsAs::Vcard { .. } if !form.field("File").changed() => path.with_extension("vcf"),
                _ => path,
            };
            Some(Change::Export(Box::new(ExportOrder {
                of: of.clone(),
                written_as,
                path,
            })))
        }
        _ => None,
    }
}

/// `~/x.csv` as a shell reads it: in the home folder.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => path.into(),
    }
}

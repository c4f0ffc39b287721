//! Exports from the TUI: each written to a private file, complete or not
//! at all, by the same use cases as `kring export` and `kring report`.

use crate::store::Store;
use crate::tui::effect::{ExportOf, ExportOrder};
use crate::Result;

/// Write an export to its file: private, and only complete (renamed into
/// place once written); never over the database or one of its copies.
pub fn export(store: &mut Store, order: &ExportOrder) -> Result<()> {
    crate::usecases::refuse_protected(store, &order.path)?;
    if let ExportOf::Backup { json: false } = order.of {
        store.backup_to(&order.path)?;
        return store.record_copy(&order.path, "backup");
    }
    let mut file = crate::io::files::PrivateFile::create(&order.path)?;
    let cannot = |e: std::io::Error| crate::Error::Io(format!("cannot write {}: {e}", order.path.display()));
    let text = match &order.of {
        ExportOf::Contacts(filter) => {
            let filter = crate::model::companies::CompanyFilter {
                limit: None,
                offset: 0,
                ..(**filter).clone()
            };
            crate::usecases::export::contacts(store, &filter, order.written_as, Default::default(), &mut |bytes| {
                use std::io::Write;
                file.writer().write_all(bytes).map_err(cannot)
            })?;
            None
        }
        ExportOf::Followups { only_mine } => {
            let staff = if *only_mine { store.actor() } else { None };
            crate::usecases::export::followups(store, staff, false, &mut |bytes| {
                use std::io::Write;
                file.writer().write_all(bytes).map_err(cannot)
            })?;
            None
        }
        ExportOf::Meetings(circle) => Some(crate::usecases::export::meetings(store, *circle, true)?.0),
        ExportOf::CompanySheet(company) => {
            let year = crate::domain::dates::school_year_of(store.today());
            Some(crate::io::report::sheet::html(&store.company_sheet(*company, &year)?))
        }
        ExportOf::MailMerge(campaign) => Some(super::records::mail_merge(store, *campaign)?),
        ExportOf::Dossier(staff) => {
            drop(file);
            crate::usecases::handover::write_dossier(
                store,
                *staff,
                &order.path,
                crate::usecases::handover::DossierFormat::Markdown,
            )?;
            return Ok(());
        }
        ExportOf::Backup { .. } => {
            let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
            store.export_all(file.writer(), &stamp, &mut |_| {})?;
            None
        }
        ExportOf::Person(id) => Some(
            serde_json::to_string_pretty(&store.person_export(*id)?).map_err(|e| crate::Error::Io(e.to_string()))?
                + "\n",
        ),
        ExportOf::YearLedger => {
            let year = crate::domain::dates::school_year_of(store.today());
            let rows = store.year_report(&year)?;
            let total = crate::store::report::totals(&rows);
            let headers = crate::io::report::ledger::headers();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let mut table = crate::io::workbook::TableWriter::new(&crate::t!("report-sheet-ledger"), &headers)?;
            for row in rows.iter().chain(std::iter::once(&total)) {
                table.row(&crate::io::report::ledger::cells(row))?;
            }
            table.finish(&mut |bytes| {
                use std::io::Write;
                file.writer().write_all(bytes).map_err(cannot)
            })?;
            None
        }
        ExportOf::ManagementReport { team } => {
            let year = crate::domain::dates::school_year_of(store.today());
            let scope = crate::model::report::ReportScope {
                team: team.as_ref().map(|(_, name)| name.clone()),
                team_id: team.as_ref().map(|(id, _)| *id),
                programme: None,
            };
            let report = store.management_report(&year, scope)?;
            Some(crate::io::report::management::html(&report))
        }
    };
    if let Some(text) = text {
        use std::io::Write;
        file.writer().write_all(text.as_bytes()).map_err(cannot)?;
    }
    file.commit()
}

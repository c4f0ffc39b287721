//! A colleague leaves: their companies and open follow-ups move to another
//! in one transaction, and the dossier the newcomer reads is written beside
//! its name first and put in place only once the move is committed — so a
//! handover never happens without the file being writable, and a failed
//! dossier can be written again (`kring staff dossier`).

use super::company_page::{company_page, Reading};
use crate::domain::fold::fold;
use crate::io::dossier;
use crate::io::files::PrivateFile;
use crate::model::handover::{Handover, Scope};
use crate::model::page::{Dossier, DossierCompany};
use crate::model::Id;
use crate::store::Store;
use crate::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DossierFormat {
    Markdown,
    Html,
}

/// `--companies`: `all` (or nothing) or `tag:NAME`.
pub fn scope(spec: Option<&str>) -> Result<Scope> {
    match spec {
        None | Some("all") => Ok(Scope::All),
        Some(spec) => match spec.strip_prefix("tag:") {
            Some(tag) if !tag.trim().is_empty() => Ok(Scope::Tag(tag.trim().to_string())),
            _ => Err(Error::invalid(format!("--companies '{spec}': use tag:NAME or all"))),
        },
    }
}

/// `handover-NAME-DATE.md` (or `.html`) in the working directory.
pub fn default_dossier_path(store: &Store, staff: Id, format: DossierFormat) -> PathBuf {
    let name: String = fold(&store.staff_name(staff).unwrap_or_default())
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let ext = match format {
        DossierFormat::Markdown => "md",
        DossierFormat::Html => "html",
    };
    PathBuf::from(format!("{}-{name}-{}.{ext}", crate::t!("file-handover"), store.today()))
}

/// Hand over; with a dossier path, write the dossier there. A dry run moves
/// nothing and writes nothing.
pub fn leave(
    store: &mut Store,
    (leaver, to): (Id, Id),
    scope: &Scope,
    dry_run: bool,
    dossier: Option<(&Path, DossierFormat)>,
) -> Result<Handover> {
    // The file is made (privately, beside its name) before anything moves,
    // and never over the database or one of its copies (a path typed in the TUI).
    let file = match (dry_run, dossier) {
        (false, Some((path, _))) => {
            super::refuse_protected(store, path)?;
            Some(PrivateFile::create(path).map_err(|e| Error::Io(format!("{e}; nothing was handed over")))?)
        }
        _ => None,
    };
    let report = store.handover(leaver, to, scope, dry_run)?;
    if let (Some(file), Some((path, format))) = (file, dossier) {
        write_into(store, &report, file, format, path).map_err(|e| {
            Error::Io(format!(
                "the handover is done, but the dossier {} could not be written: {e}; \
                 `kring staff dossier` writes it again",
                path.display()
            ))
        })?;
    }
    Ok(report)
}

/// Write (again) the dossier of a staff member: the companies they own and
/// those handed over from them. Returns what it covered.
pub fn write_dossier(store: &Store, staff: Id, path: &Path, format: DossierFormat) -> Result<Handover> {
    let file = PrivateFile::create(path).map_err(|e| Error::Io(e.to_string()))?;
    let scope = store.dossier_scope(staff)?;
    write_into(store, &scope, file, format, path)?;
    Ok(scope)
}

/// Collect the dossier of a handover (after it was made).
pub fn gather(store: &Store, handover: &Handover) -> Result<Dossier> {
    let reading = Reading {
        timeline: 5,
        former_contacts: false,
        activity: false,
        collision_days: crate::model::teams::COLLISION_DAYS,
    };
    let companies = handover
        .companies
        .iter()
        .map(|(id, _)| {
            Ok(DossierCompany {
                page: company_page(store, *id, reading)?,
                circles: store.circles_of(*id)?,
                replies: store.campaign_replies(*id)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Dossier {
        date: store.today(),
        leaver: handover.leaver.clone(),
        to: handover.to.clone(),
        companies,
    })
}

fn write_into(
    store: &Store,
    scope: &Handover,
    mut file: PrivateFile,
    format: DossierFormat,
    path: &Path,
) -> Result<()> {
    let gathered = gather(store, scope)?;
    let text = match format {
        DossierFormat::Markdown => dossier::markdown(&gathered),
        DossierFormat::Html => dossier::html(&gathered),
    };
    file.writer()
        .write_all(text.as_bytes())
        .map_err(|e| Error::Io(e.to_string()))
        .and_then(|_| file.commit())
        .map_err(|e| Error::Io(format!("{}: {e}", path.display())))
}

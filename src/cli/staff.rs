//! `kring staff …`

use super::output::{list, opt, Table};
use super::Session;
use crate::domain::fold::fold;
use crate::domain::kinds::StaffRole;
use crate::io::dossier;
use crate::store::handover::Scope;
use crate::store::staff::NewStaff;
use crate::{Error, Result};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a colleague
    Add {
        name: String,
        #[arg(long)]
        email: Option<String>,
        /// connector, internship_office, teacher, manager, other
        #[arg(long, default_value = "teacher")]
        role: String,
    },
    /// List staff, active first
    List,
    /// A colleague leaves: hand their companies and open follow-ups to another, and write a dossier
    Leave {
        staff: String,
        /// The colleague who takes over
        #[arg(long = "handover-to", value_name = "STAFF")]
        handover_to: String,
        /// Only these companies: tag:NAME (run again for the rest); default all
        #[arg(long, value_name = "tag:NAME")]
        companies: Option<String>,
        /// Print what would move; change nothing, write no dossier
        #[arg(long)]
        dry_run: bool,
        /// Where to write the dossier (default: handover-NAME-DATE.md or .html here)
        #[arg(long, value_name = "FILE")]
        dossier: Option<std::path::PathBuf>,
        /// Dossier format
        #[arg(long, value_enum, default_value_t = DossierFormat::Md)]
        format: DossierFormat,
    },
    /// Write (again) the handover dossier of a staff member, left or not: the
    /// companies they own and those handed over from them
    Dossier {
        staff: String,
        /// Where to write it (default: handover-NAME-DATE.md or .html here)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        #[arg(long, value_enum, default_value_t = DossierFormat::Md)]
        format: DossierFormat,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DossierFormat {
    Md,
    Html,
}

pub fn run(session: &mut Session, command: StaffCommand) -> Result<()> {
    match command {
        StaffCommand::Add { name, email, role } => {
            let role = StaffRole::parse(&role)?;
            let id = session.store.add_staff(NewStaff {
                name: name.clone(),
                email,
                role,
            })?;
            if session.out.json {
                return session
                    .out
                    .json_value(&serde_json::json!({ "id": id, "name": name.trim() }));
            }
            session.out.line(format!("added staff #{id} {}", name.trim()))
        }
        StaffCommand::Leave {
            staff,
            handover_to,
            companies,
            dry_run,
            dossier,
            format,
        } => leave(
            session,
            &staff,
            &handover_to,
            companies.as_deref(),
            dry_run,
            dossier,
            format,
        ),
        StaffCommand::Dossier { staff, output, format } => {
            let staff = session.store.resolve_staff(&staff)?;
            let path = output.unwrap_or_else(|| default_dossier_path(session, staff, format));
            session.refuse_protected(&path)?;
            let file = crate::io::files::PrivateFile::create(&path).map_err(|e| Error::Io(e.to_string()))?;
            let scope = session.store.dossier_scope(staff)?;
            write_dossier(session, &scope, file, format, &path)?;
            if session.out.json {
                return session.out.json_value(&serde_json::json!({
                    "dossier": path.display().to_string(), "companies": scope.companies.len() }));
            }
            session.out.line(format!(
                "dossier of {} ({} companies): {}",
                scope.leaver,
                scope.companies.len(),
                path.display()
            ))
        }
        StaffCommand::List => {
            let rows = session.store.list_staff()?;
            let table = Table::new(&[("ID", 5), ("NAME", 24), ("ROLE", 18), ("EMAIL", 32), ("STATE", 0)]);
            list(&session.out, &rows, &table, |s| {
                let state = match (&s.left_on, s.me) {
                    (Some(date), _) => format!("left {date}"),
                    (None, true) => "me".into(),
                    (None, false) => "active".into(),
                };
                vec![s.id.to_string(), s.name.clone(), s.role.clone(), opt(&s.email), state]
            })
        }
    }
}

fn leave(
    session: &mut Session,
    staff: &str,
    to: &str,
    companies: Option<&str>,
    dry_run: bool,
    dossier_path: Option<std::path::PathBuf>,
    format: DossierFormat,
) -> Result<()> {
    let leaver = session.store.resolve_staff(staff)?;
    let to = session.store.resolve_staff(to)?;
    let scope = match companies {
        None | Some("all") => Scope::All,
        Some(spec) => match spec.strip_prefix("tag:") {
            Some(tag) if !tag.trim().is_empty() => Scope::Tag(tag.trim().to_string()),
            _ => return Err(Error::invalid(format!("--companies '{spec}': use tag:NAME or all"))),
        },
    };
    let path = dossier_path.unwrap_or_else(|| default_dossier_path(session, leaver, format));
    // Make sure the dossier can be written before anything moves: it is
    // written to a private temporary file beside its name, renamed into place
    // once the handover is committed and the dossier complete.
    session.refuse_protected(&path)?;
    let mut file = match dry_run {
        true => None,
        false => Some(
            crate::io::files::PrivateFile::create(&path)
                .map_err(|e| Error::Io(format!("{e}; nothing was handed over")))?,
        ),
    };
    let report = session.store.handover(leaver, to, &scope, dry_run)?;
    if let Some(file) = file.take() {
        write_dossier(session, &report, file, format, &path).map_err(|e| {
            Error::Io(format!(
                "the handover is done, but the dossier {} could not be written: {e}; \
                 `kring staff dossier` writes it again",
                path.display()
            ))
        })?;
    }
    let out = &session.out;
    if out.json {
        return out.json_value(&serde_json::json!({
            "handover": report,
            "dossier": if dry_run { None } else { Some(path.display().to_string()) },
        }));
    }
    let verb = if dry_run { "would move" } else { "moved" };
    out.line(format!(
        "{verb} {} companies and {} open follow-ups from {} to {}",
        report.companies.len(),
        report.followups.len(),
        report.leaver,
        report.to
    ))?;
    for (id, name) in &report.companies {
        out.line(format!("  #{id} {name}"))?;
    }
    if report.left {
        let state = if dry_run {
            "would be marked as left"
        } else {
            "is marked as left"
        };
        out.line(format!("{} {state}; their history stays", report.leaver))?;
    } else {
        out.line(format!(
            "{} still has {} companies and {} open follow-ups; run again for the rest",
            report.leaver, report.companies_remaining, report.followups_remaining
        ))?;
    }
    if !dry_run {
        out.line(format!("dossier: {}", path.display()))?;
    }
    Ok(())
}

fn default_dossier_path(session: &Session, staff: crate::store::Id, format: DossierFormat) -> std::path::PathBuf {
    let name: String = fold(&session.store.staff_name(staff).unwrap_or_default())
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let ext = match format {
        DossierFormat::Md => "md",
        DossierFormat::Html => "html",
    };
    std::path::PathBuf::from(format!("handover-{name}-{}.{ext}", session.store.today()))
}

/// Gather and write the dossier into its temporary file, then put it in place.
fn write_dossier(
    session: &Session,
    scope: &crate::store::handover::Handover,
    mut file: crate::io::files::PrivateFile,
    format: DossierFormat,
    path: &std::path::Path,
) -> Result<()> {
    let gathered = dossier::gather(&session.store, scope)?;
    let text = match format {
        DossierFormat::Md => dossier::markdown(&gathered),
        DossierFormat::Html => dossier::html(&gathered),
    };
    use std::io::Write;
    file.writer()
        .write_all(text.as_bytes())
        .map_err(|e| Error::Io(e.to_string()))
        .and_then(|_| file.commit())
        .map_err(|e| Error::Io(format!("{}: {e}", path.display())))
}

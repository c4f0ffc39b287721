//! `kring staff …`

use super::output::{list, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::StaffRole;
use crate::model::staff::NewStaff;
use crate::usecases::handover;
use crate::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a colleague
    Add {
        name: String,
        #[arg(long)]
        email: Option<String>,
        /// Their role at the school
        #[arg(long, default_value = "teacher", value_parser = vocabulary::<StaffRole>())]
        role: StaffRole,
        /// The account they work under (on a shared host, their user name):
        /// kring then knows it is them without --as
        #[arg(long)]
        login: Option<String>,
        /// The team they are in
        #[arg(long)]
        team: Option<String>,
    },
    /// Change a colleague's team or e-mail address
    Edit {
        staff: String,
        #[arg(long, required_unless_present_any = ["no_team", "email"])]
        team: Option<String>,
        /// In no team
        #[arg(long, conflicts_with = "team")]
        no_team: bool,
        /// Their e-mail address (where `kring remind --send` mails); empty clears it
        #[arg(long)]
        email: Option<String>,
    },
    /// Link a colleague to the account they work under (or --none to unlink)
    Link {
        staff: String,
        #[arg(long, required_unless_present = "none")]
        login: Option<String>,
        #[arg(long, conflicts_with = "login")]
        none: bool,
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
        StaffCommand::Link { staff, login, none: _ } => {
            let id = session.store.resolve_staff(&staff)?;
            session.store.link_login(id, login.as_deref())?;
            let name = session.store.staff_name(id)?;
            match login {
                Some(login) => {
                    session
                        .out
                        .line(crate::t!("cli-staff-login", name = name.as_str(), login = login.trim()))
                }
                None => session.out.line(crate::t!("cli-staff-no-login", name = name.as_str())),
            }
        }
        StaffCommand::Edit {
            staff,
            team,
            no_team,
            email,
        } => edit(session, &staff, team.as_deref(), no_team, email.as_deref()),
        StaffCommand::Add {
            name,
            email,
            role,
            login,
            team,
        } => {
            let team = team.as_deref().map(|t| session.store.resolve_team(t)).transpose()?;
            let id = session.store.add_staff(NewStaff {
                name: name.clone(),
                email,
                role,
                login,
            })?;
            if team.is_some() {
                session.store.set_team(id, team)?;
            }
            if session.out.json {
                return session
                    .out
                    .json_value(&serde_json::json!({ "id": id, "name": name.trim() }));
            }
            session
                .out
                .line(crate::t!("cli-staff-added", id = id, name = name.trim()))
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
            let format = format.into();
            let path = output.unwrap_or_else(|| handover::default_dossier_path(&session.store, staff, format));
            session.refuse_protected(&path)?;
            let scope = handover::write_dossier(&session.store, staff, &path, format)?;
            if session.out.json {
                return session.out.json_value(&serde_json::json!({
                    "dossier": path.display().to_string(), "companies": scope.companies.len() }));
            }
            session.out.line(crate::t!(
                "cli-dossier-of",
                name = scope.leaver.as_str(),
                count = scope.companies.len(),
                path = path.display().to_string()
            ))
        }
        StaffCommand::List => print_list(session),
    }
}

/// `staff edit`: a colleague's team (or none) and e-mail address.
fn edit(session: &mut Session, staff: &str, team: Option<&str>, no_team: bool, email: Option<&str>) -> Result<()> {
    let id = session.store.resolve_staff(staff)?;
    let name = session.store.staff_name(id)?;
    // An unknown team is refused before anything is written.
    let team = team.map(|t| session.store.resolve_team(t)).transpose()?;
    if let Some(email) = email {
        session.store.set_staff_email(id, email)?;
        if team.is_none() && !no_team {
            return match email.trim() {
                "" => session.out.line(crate::t!("cli-staff-no-email", name = name.as_str())),
                address => session
                    .out
                    .line(crate::t!("cli-staff-email", name = name.as_str(), address = address)),
            };
        }
    }
    session.store.set_team(id, team)?;
    match session.store.team_of(id)? {
        Some(team) => session
            .out
            .line(crate::t!("cli-staff-team", name = name.as_str(), team = team)),
        None => session.out.line(crate::t!("cli-staff-no-team", name = name.as_str())),
    }
}

/// `staff list`: active colleagues first, then those who left.
fn print_list(session: &mut Session) -> Result<()> {
    let rows = session.store.list_staff()?;
    let table = Table::new(&[
        ("ID", 5),
        ("NAME", 24),
        ("ROLE", 18),
        ("EMAIL", 32),
        ("LOGIN", 12),
        ("TEAM", 20),
        ("STATE", 0),
    ]);
    list(&session.out, &rows, &table, |s| {
        let state = match (&s.left_on, s.me) {
            (Some(date), _) => crate::t!("cli-staff-left", date = date.as_str()),
            (None, true) => crate::t!("cli-staff-me"),
            (None, false) => crate::t!("cli-staff-active"),
        };
        vec![
            s.id.to_string(),
            s.name.clone(),
            s.role.clone(),
            opt(&s.email),
            opt(&s.login),
            opt(&s.team),
            state,
        ]
    })
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
    let scope = handover::scope(companies)?;
    let format = format.into();
    let path = dossier_path.unwrap_or_else(|| handover::default_dossier_path(&session.store, leaver, format));
    session.refuse_protected(&path)?;
    let report = handover::leave(&mut session.store, (leaver, to), &scope, dry_run, Some((&path, format)))?;
    let out = &session.out;
    if out.json {
        return out.json_value(&serde_json::json!({
            "handover": report,
            "dossier": if dry_run { None } else { Some(path.display().to_string()) },
        }));
    }
    let (companies, followups) = (report.companies.len(), report.followups.len());
    let (leaver, to) = (report.leaver.as_str(), report.to.as_str());
    out.line(if dry_run {
        crate::t!(
            "cli-handover-would-move",
            companies = companies,
            followups = followups,
            leaver = leaver,
            to = to
        )
    } else {
        crate::t!(
            "cli-handover-moved",
            companies = companies,
            followups = followups,
            leaver = leaver,
            to = to
        )
    })?;
    for (id, name) in &report.companies {
        out.line(format!("  #{id} {name}"))?;
    }
    if report.left {
        out.line(if dry_run {
            crate::t!("cli-handover-would-leave", name = leaver)
        } else {
            crate::t!("cli-handover-left", name = leaver)
        })?;
    } else {
        out.line(crate::t!(
            "cli-handover-remaining",
            name = report.leaver.as_str(),
            companies = report.companies_remaining,
            followups = report.followups_remaining
        ))?;
    }
    if !dry_run {
        out.line(crate::t!("cli-handover-dossier", path = path.display().to_string()))?;
    }
    if let Some(login) = report.login.as_ref().filter(|_| !dry_run) {
        out.line(crate::l10n::login_for_it(login))?;
    }
    Ok(())
}

impl From<DossierFormat> for handover::DossierFormat {
    fn from(format: DossierFormat) -> Self {
        match format {
            DossierFormat::Md => handover::DossierFormat::Markdown,
            DossierFormat::Html => handover::DossierFormat::Html,
        }
    }
}

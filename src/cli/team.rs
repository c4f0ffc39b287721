//! `kring team …`: teams of staff (a programme, the internship office, the
//! connectors), and what each member carries.

use super::output::{list, Table};
use super::Session;
use crate::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Add a team; put colleagues in it with `kring staff edit NAME --team TEAM`
    Add { name: String },
    /// List teams with their number of members
    List,
    /// A team's members: companies they own, overdue follow-ups, relationships past their cadence
    Show { team: String },
    /// What a team can take on in a period: assignments and students, weighed against the questions on the board
    Capacity {
        team: String,
        /// "blok 3", "semester 2"
        #[arg(long)]
        period: String,
        #[arg(long)]
        assignments: u32,
        #[arg(long)]
        students: u32,
        /// School year (default: the current one)
        #[arg(long)]
        year: Option<String>,
    },
}

pub fn run(session: &mut Session, command: TeamCommand) -> Result<()> {
    match command {
        TeamCommand::Add { name } => {
            let id = session.store.add_team(&name)?;
            if session.out.json {
                return session
                    .out
                    .json_value(&serde_json::json!({ "id": id, "name": name.trim() }));
            }
            session
                .out
                .line(crate::t!("cli-team-added", id = id, name = name.trim()))
        }
        TeamCommand::List => {
            let rows = session.store.list_teams()?;
            let table = Table::new(&[("ID", 5), ("TEAM", 32), ("MEMBERS", 0)]);
            list(&session.out, &rows, &table, |t| {
                vec![t.id.to_string(), t.name.clone(), t.members.to_string()]
            })
        }
        TeamCommand::Capacity {
            team,
            period,
            assignments,
            students,
            year,
        } => {
            let id = session.store.resolve_team(&team)?;
            let year = year.unwrap_or_else(|| crate::domain::dates::school_year_of(session.store.today()));
            session
                .store
                .set_team_capacity(id, &year, &period, assignments, students)?;
            session.out.line(crate::t!(
                "cli-team-capacity",
                team = team.trim(),
                assignments = assignments,
                students = students,
                period = period.trim(),
                year = year.as_str()
            ))
        }
        TeamCommand::Show { team } => {
            let id = session.store.resolve_team(&team)?;
            let members = session.store.team_members(id)?;
            if session.out.json {
                return session.out.json_value(&members);
            }
            let name = session
                .store
                .list_teams()?
                .into_iter()
                .find(|t| t.id == id)
                .map(|t| t.name);
            session
                .out
                .line(crate::t!("cli-team-title", name = name.unwrap_or_default()))?;
            let table = Table::new(&[
                ("ID", 5),
                ("NAME", 26),
                ("COMPANIES", 10),
                ("OVERDUE", 8),
                ("PAST CADENCE", 0),
            ]);
            list(&session.out, &members, &table, |m| {
                vec![
                    m.id.to_string(),
                    m.name.clone(),
                    m.companies.to_string(),
                    m.overdue.to_string(),
                    m.at_risk.to_string(),
                ]
            })
        }
    }
}

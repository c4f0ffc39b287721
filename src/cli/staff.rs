//! `kring staff …`

use super::output::{list, opt, Table};
use super::Session;
use crate::domain::kinds::StaffRole;
use crate::store::staff::NewStaff;
use crate::Result;
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

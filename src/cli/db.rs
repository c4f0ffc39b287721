//! `kring db …`: setting up a shared PostgreSQL database.

use super::output::Out;
use crate::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Set up a PostgreSQL database for a team: with --print-sql, print the
    /// roles, the database, the schema and the rights for IT to review and
    /// run with `psql -v ON_ERROR_STOP=1`
    Setup {
        /// Print the SQL (the only way for now: nothing is run by kring)
        #[arg(long)]
        print_sql: bool,
        /// The database to create
        #[arg(long, default_value = "kring", value_name = "NAME")]
        database: String,
    },
}

pub fn run(command: &DbCommand, out: &Out) -> Result<()> {
    match command {
        DbCommand::Setup { print_sql, database } => {
            if !print_sql {
                return Err(crate::Error::invalid(
                    "kring does not set up a server itself: run `kring db setup --print-sql`, \
                     review it, and run it with psql as a superuser",
                ));
            }
            out.line(crate::store::postgres::setup_sql(database)?)
        }
    }
}

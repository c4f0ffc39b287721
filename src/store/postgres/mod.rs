//! kring on PostgreSQL: the schema, the roles and the rights, as SQL files a
//! school's IT can read before running them. The store does not run on
//! PostgreSQL yet; these are its first part (see docs/team.md).

use crate::{Error, Result};

/// Roles and the database (as a superuser).
const ROLES: &str = include_str!("roles.sql");
/// Tables, indexes, triggers and search (as the owner, in the new database).
pub const SCHEMA: &str = include_str!("schema.sql");
/// Grants, row-level security and the admins' functions (as the owner).
pub const RIGHTS: &str = include_str!("rights.sql");

/// The whole setup as one psql script: roles and database, then, connected
/// to it as the owner, the schema and the rights.
pub fn setup_sql(database: &str) -> Result<String> {
    let plain = !database.is_empty()
        && database.len() <= 63
        && database
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !database.starts_with(|c: char| c.is_ascii_digit());
    if !plain {
        return Err(Error::invalid(format!(
            "database name '{database}': use lower-case letters, digits and _ (at most 63)"
        )));
    }
    Ok(format!(
        "\\set ON_ERROR_STOP on\n\\set database {database}\n{ROLES}\n\\connect {database}\nSET ROLE kring_owner;\n\n{SCHEMA}\n{RIGHTS}\nRESET ROLE;\n"
    ))
}

//! The database's own identity: a random UUID made when the database is
//! created (or migrated to version 12), kept in the setting `database_id`.
//! Address cards and calendar entries take their UIDs from it, so the same
//! person has the same UID in every export and two schools' kring files
//! never produce the same one.

use super::Store;
use crate::store::db::OptionalExtension;
use crate::{Error, Result};

/// The setting that holds the identity.
pub const KEY: &str = "database_id";

/// Give a database its identity unless it has one (portable SQL).
pub const ENSURE: &str = "INSERT INTO setting (key, value) VALUES ('database_id', ?1) ON CONFLICT (key) DO NOTHING";

/// A random (version 4) UUID, from the operating system's generator.
pub fn new_uuid() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| Error::Database(format!("no random numbers for the database's identity: {e}")))?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    Ok(crate::domain::uid::format(&bytes))
}

impl Store {
    /// This database's UUID.
    pub fn database_id(&self) -> Result<String> {
        let sql = format!("SELECT value FROM setting WHERE key = '{KEY}'");
        match self.conn().query_row(&sql, [], |r| r.get::<_, String>(0)).optional()? {
            Some(id) => Ok(id),
            None => Err(Error::Database(
                "this database has no identity (setting 'database_id'); open it once with this kring as its owner"
                    .into(),
            )),
        }
    }
}

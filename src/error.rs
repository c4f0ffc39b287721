//! The library's error type: every message says what went wrong and how to fix it.

use crate::domain::{dates::DateError, kinds::UnknownValue, validate::FieldError};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error(transparent)]
    Date(#[from] DateError),
    #[error(transparent)]
    Field(#[from] FieldError),
    #[error(transparent)]
    Vocabulary(#[from] UnknownValue),
    #[error("no {what} matches '{given}'{hint}")]
    NotFound {
        what: &'static str,
        given: String,
        hint: String,
    },
    #[error("'{given}' matches several {what}: {candidates}; use the id or more of the name")]
    Ambiguous {
        what: &'static str,
        given: String,
        candidates: String,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Database(String),
    #[error("{}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Io(String),
    /// A save refused because someone else changed a field meanwhile.
    #[error("{0}")]
    Conflict(crate::model::edits::EditConflict),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn not_found(what: &'static str, given: impl Into<String>) -> Error {
        Error::NotFound {
            what,
            given: given.into(),
            hint: String::new(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Error {
        Error::Invalid(message.into())
    }
}

/// SQLite's errors in the user's terms. Every write runs in a transaction, so
/// when one fails nothing was changed.
fn sqlite_message(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => {
            "the disk is full (or the file size limit was reached); nothing was changed — free some space and try again"
                .into()
        }
        Some(ErrorCode::ReadOnly) => {
            "the database file is read-only; nothing was changed — check its permissions or open a copy".into()
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "the database stayed busy (another program kept writing to it); nothing was changed — try again".into()
        }
        Some(ErrorCode::NotADatabase) => "the file is not a kring database (or it is damaged)".into(),
        Some(ErrorCode::DatabaseCorrupt) => {
            "the database file is damaged; restore a backup with `kring restore` (nothing was changed)".into()
        }
        Some(ErrorCode::SystemIoFailure) => {
            format!("the disk could not be written or read — is it full? ({error}); nothing was changed")
        }
        _ => format!("database error: {error}"),
    }
}

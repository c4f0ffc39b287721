//! The library's error type: every message says what went wrong and how to
//! fix it. The variants name what happened (busy, read-only, full…), not
//! which database said so: each backend maps its own errors onto them
//! (SQLite's in `store::errors`).

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
    /// The database refused: this login may not do that (PostgreSQL's rights).
    #[error("{0}")]
    Forbidden(String),
    /// A query that must find a row found none (`OptionalExtension` turns it
    /// into `None`; elsewhere it is a bug, said plainly).
    #[error("the database has no such record")]
    NoRows,
    /// Any other failure of the database, in its own words.
    #[error("{0}")]
    Database(String),
    #[error("the database stayed busy (another program kept writing to it); nothing was changed — try again")]
    Busy,
    #[error("the database file is read-only; nothing was changed — check its permissions or open a copy")]
    ReadOnly,
    #[error(
        "the disk is full (or the file size limit was reached); nothing was changed — free some space and try again"
    )]
    Full,
    #[error("the disk could not be written or read — is it full? ({0}); nothing was changed")]
    DiskIo(String),
    #[error("the file is not a kring database (or it is damaged)")]
    NotADatabase,
    #[error("the database file is damaged; restore a backup with `kring restore` (nothing was changed)")]
    Damaged,
    /// A rule of the schema refused a write (a unique name, a reference).
    #[error("database error: {0}")]
    Constraint(String),
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

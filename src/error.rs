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
    #[error(transparent)]
    Filter(#[from] crate::domain::filter_words::FilterError),
    #[error(transparent)]
    Series(#[from] crate::domain::recurrence::SeriesError),
    #[error("{}", crate::t!("err-not-found", what = crate::l10n::noun(what), given = given.as_str(), hint = hint.as_str()))]
    NotFound {
        what: &'static str,
        given: String,
        hint: String,
    },
    #[error("{}", crate::t!("err-ambiguous", what = crate::l10n::noun(what), given = given.as_str(), candidates = candidates.as_str()))]
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
    #[error("{}", crate::t!("err-no-rows"))]
    NoRows,
    /// Any other failure of the database, in its own words.
    #[error("{0}")]
    Database(String),
    #[error("{}", crate::t!("err-busy"))]
    Busy,
    #[error("{}", crate::t!("err-read-only"))]
    ReadOnly,
    /// The file's data moved to a team database (`kring migrate-to`): it is
    /// kept as it was, and every write is refused with where to go instead.
    #[error("{}", crate::t!("err-moved", url = .0.as_str()))]
    Moved(String),
    #[error("{}", crate::t!("err-full"))]
    Full,
    #[error("{}", crate::t!("err-disk-io", detail = .0.as_str()))]
    DiskIo(String),
    #[error("{}", crate::t!("err-not-a-database"))]
    NotADatabase,
    #[error("{}", crate::t!("err-damaged"))]
    Damaged,
    /// A rule of the schema refused a write (a unique name, a reference).
    #[error("{}", crate::t!("err-constraint", detail = .0.as_str()))]
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

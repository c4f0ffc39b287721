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
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Io(String),
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

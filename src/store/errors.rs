//! SQLite's errors in the user's terms. Every write runs in a transaction,
//! so when one fails nothing was changed.

use crate::Error;
use rusqlite::ErrorCode;

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Error {
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::Full,
            Some(ErrorCode::ReadOnly) => Error::ReadOnly,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::NotADatabase) => Error::NotADatabase,
            Some(ErrorCode::DatabaseCorrupt) => Error::Damaged,
            Some(ErrorCode::SystemIoFailure) => Error::DiskIo(error.to_string()),
            Some(ErrorCode::ConstraintViolation) => Error::Constraint(error.to_string()),
            _ => Error::Database(format!("database error: {error}")),
        }
    }
}

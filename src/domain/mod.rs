//! Pure types and rules: no I/O, no SQL, no terminal.

pub mod amsterdam;
pub mod capture;
pub mod dates;
pub mod filter_words;
pub mod fold;
pub mod health;
pub mod id_set;
pub mod kinds;
pub mod listing;
pub mod location;
pub mod logging;
pub mod matching;
pub mod names;
pub mod near;
pub mod recurrence;
pub mod redact;
pub mod text;
pub mod uid;
pub mod validate;

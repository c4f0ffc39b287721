//! What kring writes for other programs and people: the handover dossier,
//! iCalendar files, and the private files they go into.

pub mod csv_out;
pub mod dossier;
pub mod files;
pub mod ics;
pub mod mail;
pub mod spreadsheet;
pub mod vcard;

//! What kring writes for other programs and people: the handover dossier,
//! iCalendar files.

pub mod csv_out;
pub mod dossier;
pub mod ics;
pub mod spreadsheet;
pub mod vcard;

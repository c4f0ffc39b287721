//! What kring writes for other programs and people: the handover dossier,
//! iCalendar files, and the private files they go into; and what kring reads
//! of other programs' files (spreadsheets, address books, mailboxes).

pub mod calendar;
pub mod csv_out;
pub mod dossier;
pub mod fetch;
pub mod files;
pub mod headers;
pub mod ics;
pub mod imap;
pub mod mail;
pub mod mailbox;
pub mod outlook_msg;
pub mod report;
pub mod spreadsheet;
pub mod vcard;
pub mod workbook;

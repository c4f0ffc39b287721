//! The typed model: what the store hands out and takes in — rows, pages,
//! filters, new records and patches — as plain data, independent of SQL
//! and of the backend behind it. Faces (CLI, TUI, io) build and read these;
//! only `store` turns them into queries.

pub mod attachments;
pub mod audit;
pub mod bulk_changes;
pub mod campaigns;
pub mod capture;
pub mod circles;
pub mod companies;
pub mod edits;
pub mod engagements;
pub mod followups;
pub mod goals;
pub mod handover;
pub mod health;
pub mod import;
pub mod interactions;
pub mod merge;
pub mod network;
pub mod offers;
pub mod page;
pub mod people;
pub mod questions;
pub mod recognition;
pub mod remind;
pub mod report;
pub mod retention;
pub mod search;
pub mod staff;
pub mod teams;
pub mod today;
pub mod topics;
pub mod views;

/// A record's identity; never handed out twice (see docs/reliability.md).
pub type Id = i64;

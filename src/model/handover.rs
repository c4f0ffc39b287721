//! Model types of handover: what the store hands out and takes in, independent of SQL.

use super::Id;
use serde::Serialize;

/// Which of the leaver's companies move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Tag(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Handover {
    pub leaver: String,
    pub to: String,
    pub companies: Vec<(Id, String)>,
    pub followups: Vec<Id>,
    /// The leaver is marked as left (nothing of theirs remains open).
    pub left: bool,
    /// Companies and open follow-ups the leaver still has after this step.
    pub companies_remaining: i64,
    pub followups_remaining: i64,
    pub dry_run: bool,
}

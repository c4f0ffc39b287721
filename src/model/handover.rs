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
    /// On a team database, the leaver's login, which IT disables (the
    /// server already lets it read and write nothing).
    pub login: Option<LoginToDisable>,
}

/// What remains for IT when a colleague with a login leaves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoginToDisable {
    pub login: String,
    /// `ALTER ROLE … NOLOGIN;`
    pub sql: String,
    /// Done by kring (the admin's role may alter roles), or left to IT.
    pub done: bool,
}

/// What taking a handover back did: what went back to the leaver, and what
/// stayed because a colleague changed it since (named).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandoverUndone {
    pub companies: usize,
    pub followups: usize,
    pub kept: Vec<String>,
    /// The leaver is a current colleague again (they had been marked left).
    pub back: bool,
}

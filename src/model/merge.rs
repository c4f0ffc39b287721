//! Model types of merge: what the store hands out and takes in, independent of SQL.

use super::Id;
use serde::Serialize;
use std::collections::HashMap;

/// A group of records that look like one.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Duplicate {
    /// "company" or "person".
    pub entity: &'static str,
    pub reason: String,
    pub ids: Vec<Id>,
    pub names: Vec<String>,
}

/// A record that a new one would likely duplicate, and why (`kvk`,
/// `email` or `name`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Likely {
    pub id: Id,
    pub name: String,
    /// The company's city, or the person's company.
    pub place: Option<String>,
    pub why: String,
}

impl Likely {
    /// "Likely the same as Hotel Vos (Beverwijk) #41: the same KvK number".
    pub fn said(&self) -> String {
        let why = match self.why.as_str() {
            "kvk" => crate::t!("likely-kvk"),
            "email" => crate::t!("likely-email"),
            _ => crate::t!("likely-name"),
        };
        let place = self.place.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
        crate::t!(
            "likely-one",
            name = format!("{}{place}", self.name),
            id = self.id,
            why = why
        )
    }
}

/// What a merge moved from B to A.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MergeReport {
    pub kept: Id,
    pub merged: Id,
    pub kept_name: String,
    pub merged_name: String,
    pub moved: HashMap<String, usize>,
    /// Fields of A that were empty and took B's value.
    pub filled: Vec<String>,
    /// Fields both records have, with different values: A's stays (free
    /// text keeps both), B's is in the merge's history.
    pub conflicts: Vec<Conflict>,
    /// The `merge_log` entry (`kring merge undo`); none on a dry run.
    pub merge_id: Option<Id>,
    pub dry_run: bool,
}

impl MergeReport {
    /// What moves over, sorted: "2 follow-ups, 5 interactions".
    pub fn moved_list(&self) -> Vec<String> {
        let mut moved: Vec<String> = self
            .moved
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(what, n)| format!("{n} {what}"))
            .collect();
        moved.sort();
        moved
    }
}

/// One field both records have, side by side.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Conflict {
    pub field: String,
    pub kept: String,
    pub merged: String,
}

/// What the user chose where a merge cannot choose for them.
#[derive(Debug, Clone, Default)]
pub struct MergeChoice {
    /// The KvK number the kept company ends with, when both have one.
    pub kvk: Option<String>,
}

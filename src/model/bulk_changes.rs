//! A change made at once to many companies, and its undo.

use super::Id;
use crate::domain::kinds::CompanyStatus;
use serde::Serialize;

/// What to change on every company of a selection; `None`/empty: leave it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkChange {
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    pub status: Option<CompanyStatus>,
    pub owner: Option<Id>,
    /// Days; 0 goes back to the default of the company's status.
    pub cadence_days: Option<u32>,
}

impl BulkChange {
    pub fn is_empty(&self) -> bool {
        self.add_tags.is_empty()
            && self.remove_tags.is_empty()
            && self.status.is_none()
            && self.owner.is_none()
            && self.cadence_days.is_none()
    }
}

/// One field of one company: what it was and what it becomes (a tag added
/// has no before, a tag removed no after; a cadence of `None` is the
/// status's default, an owner is named).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldChange {
    pub field: &'static str,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl FieldChange {
    /// As a person reads it: `status prospect → active`, `+techniek`, `-horeca`.
    pub fn said(&self) -> String {
        let value = |v: &Option<String>| match (self.field, v) {
            ("status", Some(s)) => CompanyStatus::parse(s).map_or_else(|_| s.clone(), |s| s.display_label()),
            ("cadence_days", None) => crate::t!("bulk-cadence-default"),
            (_, Some(s)) => s.clone(),
            (_, None) => "-".into(),
        };
        match (self.field, &self.before, &self.after) {
            ("tag", None, Some(tag)) => format!("+{tag}"),
            ("tag", Some(tag), None) => format!("-{tag}"),
            (field, before, after) => format!(
                "{} {} → {}",
                crate::l10n::noun(match field {
                    "owner" => "owner",
                    "cadence_days" => "cadence in days",
                    _ => "status",
                }),
                value(before),
                value(after)
            ),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkItem {
    pub company_id: Id,
    pub company: String,
    pub changes: Vec<FieldChange>,
}

/// A company of the selection the change leaves alone, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LeftOut {
    pub company_id: Id,
    pub company: String,
    pub reason: String,
}

/// What a bulk change does (a dry run) or did: `change_id` once made.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct BulkPlan {
    pub change_id: Option<Id>,
    pub changed: Vec<BulkItem>,
    /// Companies of the selection already as asked.
    pub unchanged: usize,
    pub left_out: Vec<LeftOut>,
}

/// A company whose undo was refused: a colleague changed what the bulk
/// change had set, and their change stays.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UndoRefused {
    pub company_id: Id,
    pub company: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkUndo {
    pub change_id: Id,
    pub restored: Vec<String>,
    pub refused: Vec<UndoRefused>,
}

/// A bulk change as listed (`kring company bulk --list`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkChangeRow {
    pub id: Id,
    pub at: String,
    pub staff: Option<String>,
    pub companies: usize,
    pub undone_at: Option<String>,
}

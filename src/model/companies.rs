//! Model types of companies: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::kinds::{CompanyStatus, OrganisationKind};
use chrono::NaiveDate;
use serde::Serialize;

/// A company as typed by a user; validated by the store.
#[derive(Debug, Clone, Default)]
pub struct NewCompany {
    pub name: String,
    pub kvk: Option<String>,
    pub sector: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    /// The general address and number (info@…, the switchboard).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub source: Option<String>,
    pub status: Option<CompanyStatus>,
    pub owner: Option<Id>,
    pub cadence_days: Option<u32>,
    pub motivation: Option<String>,
    pub agreements: Option<String>,
    pub recognised: bool,
    pub tags: Vec<String>,
    /// `None`: a company.
    pub kind: Option<OrganisationKind>,
}

/// A change to a company. `None` leaves a field alone; `Some("")` clears a
/// text field; `cadence_days: Some(0)` returns to the status default.
#[derive(Debug, Clone, Default)]
pub struct CompanyPatch {
    pub name: Option<String>,
    pub kvk: Option<String>,
    pub sector: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub source: Option<String>,
    pub status: Option<CompanyStatus>,
    pub owner: Option<Id>,
    pub cadence_days: Option<u32>,
    pub motivation: Option<String>,
    pub agreements: Option<String>,
    pub recognised: Option<bool>,
    pub kind: Option<OrganisationKind>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    /// The values the editor saw of the fields it changes: the save is
    /// refused if one of them was changed by someone else since.
    pub seen: Option<super::edits::Seen>,
}

/// One line of a company listing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CompanyRow {
    pub id: Id,
    pub name: String,
    pub kvk: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub status: CompanyStatus,
    pub owner: Option<String>,
    pub last_contact: Option<NaiveDate>,
    pub days_since_contact: Option<i64>,
    pub contact_due: Option<NaiveDate>,
    pub open_followups: i64,
    pub tags: Vec<String>,
    pub archived: bool,
}

/// Every field of one company.
#[derive(Debug, Clone, Serialize)]
pub struct Company {
    pub id: Id,
    pub name: String,
    pub kvk: Option<String>,
    pub sector: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub source: Option<String>,
    pub status: CompanyStatus,
    pub owner_id: Option<Id>,
    pub owner: Option<String>,
    pub cadence_days: Option<i64>,
    /// The company has no cadence of its own: the group's or the status's applies.
    pub cadence_is_default: bool,
    /// Where a cadence not its own comes from: `tag:stagebedrijf`,
    /// `kind:association` (none: the status's default, or its own).
    pub cadence_from: Option<String>,
    pub motivation: Option<String>,
    pub agreements: Option<String>,
    pub recognised: bool,
    pub last_contact: Option<NaiveDate>,
    pub contact_due: Option<NaiveDate>,
    pub archived: bool,
    pub tags: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    pub kind: OrganisationKind,
    /// No new asks until this day (the company asked for rest), and why.
    pub rest_until: Option<NaiveDate>,
    pub rest_reason: Option<String>,
}

impl Company {
    /// "every 42 days (tag stagebedrijf)", "every 60 days (default for
    /// active)", "every 30 days": the cadence and whose it is.
    pub fn cadence_said(&self) -> String {
        match (self.cadence_days, &self.cadence_from) {
            (Some(days), Some(from)) => {
                crate::t!("cli-show-cadence-group", days = days, group = cadence_source_said(from))
            }
            (Some(days), None) if self.cadence_is_default => crate::t!(
                "cli-show-cadence-default",
                days = days,
                status = self.status.display_label()
            ),
            (Some(days), None) => crate::t!("company-every-days", days = days),
            (None, _) => crate::t!("company-none"),
        }
    }

    /// Resting today: asked for no new asks until a day not yet past.
    pub fn resting(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.rest_until.filter(|until| *until >= today)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompanySort {
    #[default]
    Name,
    City,
    Status,
    /// Longest without contact first.
    LastContact,
    /// Whose contact is most overdue first (past their cadence the longest:
    /// the whole "losing touch" list), those with none due last.
    ContactDue,
    OpenFollowups,
    /// Most approached since this day first ("how often we ask").
    Asked {
        since: NaiveDate,
    },
}

#[derive(Debug, Clone, Default)]
pub struct CompanyFilter {
    pub status: Option<CompanyStatus>,
    pub owner: Option<Id>,
    pub tag: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub recognised: Option<bool>,
    pub kind: Option<OrganisationKind>,
    /// Only current members of this business circle.
    pub circle: Option<Id>,
    /// Only current members of this organisation (an association).
    pub member_of: Option<Id>,
    /// Matches anywhere in the name, city or a tag (case/accent-insensitive).
    pub text: Option<String>,
    pub include_archived: bool,
    pub sort: CompanySort,
    pub limit: Option<u32>,
    pub offset: u32,
}

/// Where a company's cadence comes from, as a person reads it ("tag
/// stagebedrijf", "kind association"), from the stored `tag:…`/`kind:…`.
pub fn cadence_source_said(from: &str) -> String {
    match from.split_once(':') {
        Some(("tag", tag)) => crate::t!("cadence-from-tag", tag = tag),
        Some(("kind", kind)) => crate::t!(
            "cadence-from-kind",
            kind = crate::domain::kinds::OrganisationKind::parse(kind)
                .map_or_else(|_| kind.to_string(), |k| k.display_label())
        ),
        _ => from.to_string(),
    }
}

/// A tag's or a kind's cadence (`kring cadence`), and how many companies
/// follow it now.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CadenceRule {
    /// `tag:stagebedrijf` or `kind:association`.
    pub source: String,
    pub cadence_days: i64,
    /// Companies whose cadence this is (their own or a shorter one wins).
    pub companies: i64,
}

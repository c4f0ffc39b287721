//! The connector's network: memberships of associations, staff members'
//! roles and second jobs, who opened the door, places offered, rest asked
//! for and asks by other schools (schema version 22).

use super::Id;
use crate::domain::kinds::{AffiliationKind, CompanyStatus, OrganisationKind};
use chrono::NaiveDate;
use serde::Serialize;

/// A company's membership of an organisation (an association), dated.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Membership {
    pub id: Id,
    pub organisation_id: Id,
    pub organisation: String,
    pub company_id: Id,
    pub company: String,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
}

/// A staff member's role in an organisation or work at a company.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Affiliation {
    pub id: Id,
    pub staff_id: Id,
    pub staff: String,
    pub company_id: Id,
    pub company: String,
    pub kind: AffiliationKind,
    pub title: Option<String>,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
}

/// Who opened a door: one of a contact person, a staff member or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Introducer {
    Person(Id),
    Staff(Id),
    Organisation(Id),
}

impl Introducer {
    pub fn kind(self) -> &'static str {
        match self {
            Introducer::Person(_) => "person",
            Introducer::Staff(_) => "staff",
            Introducer::Organisation(_) => "organisation",
        }
    }
}

/// What was introduced: a company, or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Introduced {
    Company(Id),
    Person(Id),
}

#[derive(Debug, Clone)]
pub struct NewIntroduction {
    pub introduced: Introduced,
    pub by: Introducer,
    pub on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// Several of a company's ties recorded at once (the terminal UI's
/// network form): all of them, or none.
#[derive(Debug, Clone, Default)]
pub struct CompanyTies {
    pub member_of: Option<Id>,
    pub introduced_by: Option<Introducer>,
    /// Another school that asked it, today.
    pub asked_by: Option<String>,
    /// A colleague's role in it, or work at it, with their title.
    pub colleague: Option<(Id, AffiliationKind, Option<String>)>,
}

/// Ties of a company that end on a day: a membership, a colleague's tie.
#[derive(Debug, Clone)]
pub struct EndedTies {
    pub member_of: Option<Id>,
    pub colleague: Option<(Id, AffiliationKind)>,
    pub on: NaiveDate,
}

/// One introduction as the pages show it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Introduction {
    pub id: Id,
    pub company_id: Option<Id>,
    pub company: Option<String>,
    pub person_id: Option<Id>,
    pub person: Option<String>,
    /// "person", "staff" or "organisation".
    pub by_kind: String,
    pub by_id: Id,
    pub by: String,
    pub introduced_on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// A member of an organisation, with what the school does with it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NetworkMember {
    pub company_id: Id,
    pub company: String,
    pub kind: OrganisationKind,
    pub status: CompanyStatus,
    pub owner: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub last_contact: Option<NaiveDate>,
    /// Collaborations this school year, not cancelled.
    pub collaborations: i64,
    /// Places offered this school year, and still open.
    pub places_open: i64,
}

/// An organisation that is not a company (or has members), for `kring network`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrganisationRow {
    pub id: Id,
    pub name: String,
    pub kind: OrganisationKind,
    /// Current members.
    pub members: i64,
    /// Staff members with a current role in it or work at it.
    pub staff: Vec<String>,
}

/// `kring network ORG`: an organisation and where it leads.
#[derive(Debug, Clone, Serialize)]
pub struct Network {
    pub organisation_id: Id,
    pub organisation: String,
    pub kind: OrganisationKind,
    pub school_year: String,
    pub members: Vec<NetworkMember>,
    /// Staff members with a role in it or work at it.
    pub staff: Vec<Affiliation>,
    /// Doors it opened.
    pub introduced: Vec<Introduction>,
    /// Organisations it is a member of.
    pub member_of: Vec<Membership>,
}

/// Places offered by a company for a programme in a period of a school year.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Place {
    pub id: Id,
    pub company_id: Id,
    pub company: String,
    pub city: Option<String>,
    pub programme: String,
    pub school_year: String,
    /// "" for the whole year.
    pub period: String,
    pub offered: i64,
    pub filled: i64,
    /// Offered and not yet filled (never below nought).
    pub open: i64,
    pub note: Option<String>,
    /// The company asked for rest until this day (it is still today).
    pub resting_until: Option<NaiveDate>,
}

/// Places to record: `offered` and/or `filled` (what is not given stays).
#[derive(Debug, Clone, Default)]
pub struct PlaceChange {
    pub company: Id,
    pub programme: String,
    pub school_year: String,
    pub period: String,
    pub offered: Option<u32>,
    pub filled: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct PlaceFilter {
    pub programme: Option<String>,
    pub period: Option<String>,
    pub school_year: Option<String>,
    pub company: Option<Id>,
    /// Only where places are still open.
    pub open: bool,
}

/// Another school asked the company (as the company told us).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OutsideAsk {
    pub id: Id,
    pub company_id: Id,
    pub asked_on: NaiveDate,
    pub asked_by: String,
    pub what: Option<String>,
}

/// A company resting: no new asks until the day, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Resting {
    pub company_id: Id,
    pub company: String,
    pub owner: Option<String>,
    pub until: NaiveDate,
    pub reason: Option<String>,
}

/// A recognition whose workplace trainer left the company, until a new one is named.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TrainerGone {
    pub recognition_id: Id,
    pub company_id: Id,
    pub company: String,
    pub crebo: String,
    pub trainer: String,
    pub left_on: Option<NaiveDate>,
}

/// What `kring person left` did.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Departure {
    pub person_id: Id,
    pub person: String,
    pub company_id: Id,
    pub company: String,
    pub left_on: NaiveDate,
    pub successor: Option<String>,
    /// The follow-up "find the successor" for the company's owner.
    pub followup_id: Option<Id>,
    /// Recognitions whose trainer they were: passed to the successor, or flagged.
    pub recognitions: Vec<String>,
}

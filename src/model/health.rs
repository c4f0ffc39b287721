//! Model types of health: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::health::Band;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CompanyHealth {
    pub id: Id,
    pub name: String,
    pub city: Option<String>,
    pub status: String,
    pub owner: Option<String>,
    pub last_contact: Option<NaiveDate>,
    pub score: u8,
    pub band: Band,
    pub reasons: Vec<String>,
    pub single_point_of_contact: bool,
    pub staff_in_touch: i64,
    pub current_contacts: i64,
}

#[derive(Debug, Clone, Default)]
pub struct HealthFilter {
    pub owner: Option<Id>,
    /// Only companies owned by someone in this staff member's team.
    pub team_of: Option<Id>,
    pub band: Option<Band>,
    /// Only these companies (a screen's visible rows); all when `None`.
    pub companies: Option<Vec<Id>>,
    /// Only companies that hang on one staff member or one contact.
    pub single_point_only: bool,
    /// At most this many (the worst).
    pub limit: Option<usize>,
}

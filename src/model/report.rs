//! Model types of report: what the store hands out and takes in, independent of SQL.

use super::Id;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct YearRow {
    pub company_id: Id,
    pub company: String,
    /// Internship engagements of the year (not cancelled).
    pub internships: i64,
    /// Students on those internships.
    pub students: i64,
    /// Guest lectures given (interactions of that kind in the year).
    pub lectures: i64,
    /// Practice assignments: engagements of the year plus assignment interactions.
    pub assignments: i64,
    /// Circle meetings attended.
    pub circle_visits: i64,
}

//! Model types of circles: what the store hands out and takes in, independent of SQL.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CircleRow {
    pub id: Id,
    pub name: String,
    pub description: Option<String>,
    pub members: i64,
    pub next_meeting: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Member {
    pub company_id: Id,
    pub company: String,
    pub city: Option<String>,
    pub joined_on: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Meeting {
    pub id: Id,
    pub circle_id: Id,
    pub circle: String,
    /// Local time, Europe/Amsterdam: `YYYY-MM-DD HH:MM`.
    pub starts_at: String,
    pub place: Option<String>,
    pub agenda: Option<String>,
    pub minutes: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Attendance {
    /// `person` or `staff`.
    pub kind: &'static str,
    pub id: Id,
    pub name: String,
    pub company: Option<String>,
    pub status: String,
}

/// A contact person at a member company, and whether they came.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Invitee {
    pub person_id: Id,
    pub name: String,
    pub company_id: Id,
    pub company: String,
    /// `None` until invited, attended or apologised is recorded.
    pub status: Option<String>,
}

/// Who comes to a meeting: a contact person or a staff member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attendee {
    Person(Id),
    Staff(Id),
}

pub use crate::domain::kinds::AttendanceStatus;

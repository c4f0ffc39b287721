//! Model types of staff: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::kinds::StaffRole;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewStaff {
    pub name: String,
    pub email: Option<String>,
    pub role: StaffRole,
    /// The account they work under: who "I" am when they run kring.
    pub login: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StaffRow {
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
    pub role: String,
    pub active: bool,
    pub left_on: Option<String>,
    pub me: bool,
    pub login: Option<String>,
    pub team: Option<String>,
}

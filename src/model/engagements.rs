//! Model types of engagements: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::kinds::{EngagementForm, EngagementStatus};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewEngagement {
    pub company: Id,
    pub form: EngagementForm,
    pub programme: Option<String>,
    pub school_year: Option<String>,
    pub period: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub students: Option<u32>,
    pub status: EngagementStatus,
    pub scope: Option<String>,
    pub expectations: Option<String>,
    pub compensation: Option<String>,
    /// The hours the company put into it, where known.
    pub hours: Option<u32>,
}

/// A change; `None` leaves a field alone, `Some("")` clears a text field.
#[derive(Debug, Clone, Default)]
pub struct EngagementPatch {
    pub form: Option<EngagementForm>,
    pub programme: Option<String>,
    pub school_year: Option<String>,
    pub period: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub students: Option<u32>,
    pub hours: Option<u32>,
    pub status: Option<EngagementStatus>,
    pub scope: Option<String>,
    pub expectations: Option<String>,
    pub compensation: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Engagement {
    pub id: Id,
    pub company_id: Id,
    pub company: String,
    pub form: EngagementForm,
    pub programme: Option<String>,
    pub school_year: Option<String>,
    pub period: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub students: Option<i64>,
    pub status: EngagementStatus,
    pub scope: Option<String>,
    pub expectations: Option<String>,
    pub compensation: Option<String>,
    pub evaluation: Option<String>,
    pub evaluated_on: Option<NaiveDate>,
    /// How it went, 1 to 5, when the evaluation said.
    pub rating: Option<i64>,
    /// The hours the company put into it, where known.
    pub hours: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct EngagementFilter {
    pub company: Option<Id>,
    pub status: Option<EngagementStatus>,
    pub form: Option<EngagementForm>,
    pub school_year: Option<String>,
}

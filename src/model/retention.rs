//! The retention review (AVG art. 5(1)(e), storage limitation): who kring
//! holds without a reason left to.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

/// A contact person nobody has been in touch with, nor with whose company,
/// and with no collaboration, for the review's years.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DormantPerson {
    pub person_id: Id,
    pub name: String,
    /// Their last company (current job first), if any.
    pub company: Option<String>,
    /// The last contact they were named in; `None`: never.
    pub last_contact: Option<NaiveDate>,
    /// What kring holds on them: e-mail, phone, contacts naming them, topics.
    pub email: bool,
    pub phone: bool,
    pub contacts: i64,
    pub topics: i64,
}

/// A prospect never worked with and not contacted for the review's years.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DormantProspect {
    pub company_id: Id,
    pub name: String,
    pub last_contact: Option<NaiveDate>,
    /// Contact persons kring holds there.
    pub people: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RetentionReview {
    pub years: u32,
    /// Nothing on or after this day: the review's cut-off.
    pub since: NaiveDate,
    pub people: Vec<DormantPerson>,
    pub prospects: Vec<DormantProspect>,
}

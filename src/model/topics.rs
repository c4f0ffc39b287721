//! Experts: people found by what they can speak or advise on.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Expert {
    pub person_id: Id,
    pub name: String,
    pub topics: Vec<String>,
    pub company_id: Option<Id>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub do_not_contact: bool,
    /// The last guest lecture or event they took part in for us.
    pub last_spoke_on: Option<NaiveDate>,
    pub times_spoke: i64,
    /// The average rating of those, 1 to 5, when any was given.
    pub rating: Option<f64>,
}

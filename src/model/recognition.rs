//! Model types of recognition: what the store hands out and takes in, independent of SQL.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Recognition {
    pub id: Id,
    pub company_id: Id,
    pub company: String,
    pub crebo: String,
    pub programme: Option<String>,
    pub trainer: Option<String>,
    pub recognised_on: Option<NaiveDate>,
    pub recheck_on: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct NewRecognition {
    pub company: Id,
    pub crebo: String,
    pub programme: Option<String>,
    pub trainer: Option<Id>,
    pub recognised_on: Option<NaiveDate>,
    pub recheck_on: Option<NaiveDate>,
}

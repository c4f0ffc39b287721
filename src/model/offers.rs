//! Offers from the school: a question the other way round ("toen zijn we
//! het gaan omdraaien"). A team proposes an assignment or a series of guest
//! lectures and looks for a company that wants it.

use super::Id;
use crate::domain::kinds::{CompanyStatus, OfferStatus, QuestionKind};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewOffer {
    pub title: String,
    pub kind: QuestionKind,
    pub team: Option<Id>,
    pub students: Option<u32>,
    /// Default: this school year.
    pub school_year: Option<String>,
    pub period: Option<String>,
    /// Who it is for: companies in this sector, with this tag, or with a
    /// contact person who knows this topic (any of those given).
    pub sector: Option<String>,
    pub tag: Option<String>,
    pub topic: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Offer {
    pub id: Id,
    pub title: String,
    pub kind: QuestionKind,
    pub team_id: Option<Id>,
    pub team: Option<String>,
    pub students: Option<i64>,
    pub school_year: String,
    pub period: Option<String>,
    pub sector: Option<String>,
    pub tag: Option<String>,
    pub topic: Option<String>,
    pub note: Option<String>,
    pub status: OfferStatus,
    /// The campaign that invited the candidates.
    pub campaign_id: Option<Id>,
    /// Matched: the company's question it became, and the company.
    pub question_id: Option<Id>,
    pub company_id: Option<Id>,
    pub company: Option<String>,
}

/// A company an offer could go to, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Candidate {
    pub company_id: Id,
    pub company: String,
    pub city: Option<String>,
    pub status: CompanyStatus,
    pub owner: Option<String>,
    pub last_contact: Option<NaiveDate>,
    /// "sector", "tag", "topic" — what it matched on.
    pub matched_on: Vec<String>,
    /// The company asked for rest until this day: not to be asked now.
    pub resting_until: Option<NaiveDate>,
}

//! Model types of search: what the store hands out and takes in, independent of SQL.

use super::Id;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    /// `company`, `person` or `interaction`.
    pub kind: &'static str,
    pub id: Id,
    /// The name (company, person) or the note (interaction).
    pub title: String,
    /// City, company, or "date kind company".
    pub detail: String,
    /// For an interaction: its company (to open it).
    pub company_id: Option<Id>,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    pub companies: Vec<Hit>,
    pub people: Vec<Hit>,
    pub interactions: Vec<Hit>,
    /// Everything else people write: person notes and topics (`person`),
    /// meeting agendas and minutes (`meeting`), collaborations' scope and
    /// evaluation (`engagement`), questions (`question`), campaigns (`campaign`).
    pub written: Vec<Hit>,
}

impl SearchResults {
    pub fn is_empty(&self) -> bool {
        self.companies.is_empty() && self.people.is_empty() && self.interactions.is_empty() && self.written.is_empty()
    }

    /// All hits, grouped: companies, then people, then interactions, then the rest.
    pub fn all(&self) -> impl Iterator<Item = &Hit> {
        self.companies
            .iter()
            .chain(&self.people)
            .chain(&self.interactions)
            .chain(&self.written)
    }
}

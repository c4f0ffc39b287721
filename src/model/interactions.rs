//! Model types of interactions: what the store hands out and takes in, independent of SQL.

use super::followups::NewFollowup;
use super::Id;
use crate::domain::kinds::InteractionKind;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewInteraction {
    pub company: Id,
    pub kind: InteractionKind,
    pub on: NaiveDate,
    pub persons: Vec<Id>,
    pub summary: String,
    pub outcome: Option<String>,
    /// Who had the contact; the acting staff member when `None`.
    pub staff: Option<Id>,
    /// A follow-up made in the same transaction (its `company` and
    /// `interaction` are filled in by the store).
    pub followup: Option<NewFollowup>,
    /// How it went, 1 to 5 (a guest lecture, a workshop): what `kring experts` shows.
    pub rating: Option<u8>,
}

/// A correction to a logged interaction. `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct InteractionPatch {
    pub kind: Option<InteractionKind>,
    pub on: Option<NaiveDate>,
    pub summary: Option<String>,
    pub outcome: Option<String>,
    pub persons: Option<Vec<Id>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Logged {
    pub interaction: Id,
    pub followup: Option<Id>,
}

/// One entry of a company's (or person's) history.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineEntry {
    pub id: Id,
    pub on: NaiveDate,
    pub kind: InteractionKind,
    pub company_id: Id,
    pub company: String,
    pub staff: Option<String>,
    pub persons: Vec<String>,
    pub summary: String,
    pub outcome: Option<String>,
}

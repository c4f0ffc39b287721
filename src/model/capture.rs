//! Model types of capture: the inbox of contacts found in mail and
//! calendars, waiting for a person to accept or skip them.

use super::Id;
use crate::domain::kinds::{CaptureSource, CaptureStatus, InteractionKind, MatchedBy};
use chrono::NaiveDate;
use serde::Serialize;

/// One proposed contact in the inbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InboxEntry {
    pub id: Id,
    pub source: CaptureSource,
    pub on: NaiveDate,
    pub company_id: Id,
    pub company: String,
    pub person_ids: Vec<Id>,
    pub persons: Vec<String>,
    pub kind: InteractionKind,
    pub subject: String,
    /// How many messages (or events) it is made of.
    pub items: u32,
    pub matched_by: MatchedBy,
    pub status: CaptureStatus,
    /// Whose mailbox or calendar it came from.
    pub staff: Option<String>,
    /// What it is logged with when accepted as it is.
    pub note: String,
    /// The interaction it became, once accepted.
    pub interaction: Option<Id>,
}

/// What a person changes before accepting ("edit, then accept"). `None`
/// keeps what was proposed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaptureEdit {
    pub kind: Option<InteractionKind>,
    pub note: Option<String>,
    pub on: Option<NaiveDate>,
    pub persons: Option<Vec<Id>>,
}

/// What a capture run did to the inbox.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CaptureSaved {
    /// New proposals in the inbox.
    pub proposed: usize,
    /// Messages that joined a proposal made by an earlier run (the same
    /// thread, company and day).
    pub joined: usize,
    /// Messages captured (or skipped) before: not proposed again.
    pub already: usize,
    /// With `--auto`: the proposals accepted at once (matched a contact
    /// person exactly), as interaction ids.
    pub accepted: Vec<Id>,
}

/// Where a capture from an IMAP folder stopped: written with the run's
/// proposals, in the same transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderMark<'a> {
    /// A hash of user@host/folder.
    pub folder: &'a str,
    pub uid_validity: u32,
    pub last_uid: u32,
}

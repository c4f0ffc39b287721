//! Outreach in bulk: an invitation round, an event, a mailing, with the
//! companies invited, their replies and who came.

use super::Id;
use crate::domain::kinds::{CampaignKind, Reply};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewCampaign {
    pub name: String,
    pub kind: CampaignKind,
    pub on: Option<NaiveDate>,
    pub place: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Campaign {
    pub id: Id,
    pub name: String,
    pub kind: CampaignKind,
    pub held_on: Option<NaiveDate>,
    pub place: Option<String>,
    pub note: Option<String>,
}

/// One invited company: who the invitation went to and what came back.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Invitee {
    pub company_id: Id,
    pub company: String,
    pub person_id: Option<Id>,
    pub person: Option<String>,
    pub email: Option<String>,
    pub reply: Option<Reply>,
    pub people: Option<i64>,
    pub note: Option<String>,
    pub attended: bool,
}

/// Where a campaign stands: its counts, and who has not replied yet.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CampaignState {
    pub campaign: Campaign,
    pub invited: usize,
    pub yes: usize,
    pub no: usize,
    pub maybe: usize,
    pub no_reply: usize,
    pub attended: usize,
    /// People the yes-replies said would come.
    pub expected_people: i64,
    pub invitees: Vec<Invitee>,
}

impl CampaignState {
    pub fn count(campaign: Campaign, invitees: Vec<Invitee>) -> CampaignState {
        let with = |reply| invitees.iter().filter(|i| i.reply == Some(reply)).count();
        CampaignState {
            invited: invitees.len(),
            yes: with(Reply::Yes),
            no: with(Reply::No),
            maybe: with(Reply::Maybe),
            no_reply: invitees.iter().filter(|i| i.reply.is_none()).count(),
            attended: invitees.iter().filter(|i| i.attended).count(),
            expected_people: invitees
                .iter()
                .filter(|i| i.reply == Some(Reply::Yes))
                .map(|i| i.people.unwrap_or(1))
                .sum(),
            campaign,
            invitees,
        }
    }
}

/// Which invitees a mail-merge list holds, and how it is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MailMerge {
    /// Only those who have not replied (a reminder round).
    pub no_reply: bool,
    /// People with no recorded basis for mailing them give way to their
    /// company's general address.
    pub basis_only: bool,
    /// Excel's Dutch dialect (';', a byte-order mark).
    pub excel: bool,
}

//! Read models of whole pages, gathered by `usecases` and shown by every face.

use crate::model::companies::Company;
use crate::model::engagements::Engagement;
use crate::model::followups::FollowupRow;
use crate::model::health::CompanyHealth;
use crate::model::interactions::TimelineEntry;
use crate::model::people::Contact;
use crate::model::recognition::Recognition;
use crate::model::teams::{Asked, RecentContact};
use chrono::NaiveDate;

/// Everything kring shows about one company.
#[derive(Debug, Clone)]
pub struct CompanyPage {
    pub company: Company,
    pub health: Option<CompanyHealth>,
    /// The months kept of its health, oldest first (at most a year).
    pub health_history: Vec<crate::model::health::HealthMonth>,
    /// How health moved since the oldest month kept.
    pub health_trend: Option<crate::model::health::HealthTrend>,
    /// Current and former contact persons.
    pub contacts: Vec<Contact>,
    /// Open follow-ups, earliest due first.
    pub followups: Vec<FollowupRow>,
    pub engagements: Vec<Engagement>,
    pub recognitions: Vec<Recognition>,
    /// Questions it brought that are still open, the longest waiting first.
    pub questions: Vec<crate::model::questions::Question>,
    /// The newest interactions, at most the limit asked for.
    pub timeline: Vec<TimelineEntry>,
    /// Interactions in all (the timeline may hold fewer).
    pub timeline_total: u64,
    /// Interactions per month over the last twelve months, oldest first.
    pub activity: Vec<(String, u64)>,
    /// Another team's (or colleague's) contact lately: say so before calling.
    pub recent_contacts: Vec<RecentContact>,
    /// How often the school approached it lately, and by how many teams.
    pub asked: Asked,
    /// Where it sits in the network: memberships, staff ties, who opened the
    /// door, places offered this school year, other schools' asks.
    pub network: CompanyNetwork,
    /// Documents linked to it, its collaborations and recognitions.
    pub attachments: Vec<crate::model::attachments::Attachment>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CompanyNetwork {
    /// Organisations it is a member of, and (an association) its members.
    pub memberships: Vec<crate::model::network::Membership>,
    /// Staff members with a role in it or who work at it.
    pub staff: Vec<crate::model::network::Affiliation>,
    /// Who opened the door to it or to one of its people.
    pub introductions: Vec<crate::model::network::Introduction>,
    /// Places offered this school year.
    pub places: Vec<crate::model::network::Place>,
    /// Other schools' asks in the ask-load's window.
    pub outside_asks: Vec<crate::model::network::OutsideAsk>,
    /// The company asked for rest until this day (not yet past).
    pub resting_until: Option<NaiveDate>,
}

impl CompanyNetwork {
    /// One line for a page: "member of X; introduced by Y; Mechatronica
    /// blok 3: 2 of 3 open; Joost Mulder works here"; empty when there is nothing.
    pub fn summary(&self, company: super::Id) -> String {
        let mut parts = Vec::new();
        for a in self.staff.iter().filter(|a| a.ended_on.is_none()) {
            let what = a.title.clone().unwrap_or_else(|| a.kind.display_label());
            parts.push(format!("{} ({what})", a.staff));
        }
        let current = self.memberships.iter().filter(|m| m.ended_on.is_none());
        let (mine, members): (Vec<_>, Vec<_>) = current.partition(|m| m.company_id == company);
        for m in mine {
            parts.push(crate::t!(
                "cli-network-member-of",
                organisation = m.organisation.as_str()
            ));
        }
        if !members.is_empty() {
            parts.push(crate::t!("network-members", count = members.len()));
        }
        for i in &self.introductions {
            let whom = i.person.as_deref().map(|p| format!("{p}: ")).unwrap_or_default();
            parts.push(format!(
                "{whom}{}",
                crate::t!("cli-network-introduced-by", by = i.by.as_str())
            ));
        }
        for p in &self.places {
            parts.push(crate::t!(
                "network-places-open",
                programme = p.programme.as_str(),
                period = p.period.as_str(),
                open = p.open,
                offered = p.offered
            ));
        }
        parts.join("; ")
    }
}

/// What the newcomer reads: per company its page, with current contacts and
/// the last five interactions.
pub struct Dossier {
    pub date: NaiveDate,
    pub leaver: String,
    pub to: String,
    pub companies: Vec<DossierCompany>,
}

/// A company of the dossier: its page, and what a successor needs beside it.
#[derive(Debug, Clone)]
pub struct DossierCompany {
    pub page: CompanyPage,
    /// The business circles it is a member of now.
    pub circles: Vec<String>,
    /// Its answers to the school's campaigns, newest first.
    pub replies: Vec<CampaignReply>,
}

/// A company's answer to a campaign (an invitation, an event).
#[derive(Debug, Clone, serde::Serialize)]
pub struct CampaignReply {
    pub campaign: String,
    pub held_on: Option<NaiveDate>,
    /// yes, no, maybe; `None`: no reply yet.
    pub reply: Option<String>,
    pub people: Option<i64>,
    pub attended: bool,
    pub note: Option<String>,
}

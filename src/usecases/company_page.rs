//! The company page: everything kring shows about one company, gathered in
//! one place so the CLI, the TUI and the dossier show the same thing.

use crate::model::engagements::EngagementFilter;
use crate::model::followups::FollowupFilter;
use crate::model::health::HealthTrend;
use crate::model::network::PlaceFilter;
use crate::model::page::{CompanyNetwork, CompanyPage};
use crate::model::questions::QuestionFilter;
use crate::model::Id;
use crate::store::Store;
use crate::Result;

/// What of the page to read: the dossier needs less than the screen.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub timeline: u32,
    pub former_contacts: bool,
    pub activity: bool,
    /// How far back another team's contact counts as recent.
    pub collision_days: u32,
}

impl Reading {
    pub fn full(timeline: u32) -> Reading {
        Reading {
            timeline,
            former_contacts: true,
            activity: true,
            collision_days: crate::model::teams::COLLISION_DAYS,
        }
    }
}

pub fn company_page(store: &Store, id: Id, reading: Reading) -> Result<CompanyPage> {
    let mut contacts = store.contacts_of(id)?;
    if !reading.former_contacts {
        contacts.retain(|c| c.current);
    }
    let company = store.company(id)?;
    let health = store.company_health(id)?;
    let health_history = store.health_history(id, 12)?;
    let this_month = crate::store::health_history::month_of(store.today());
    Ok(CompanyPage {
        network: network(store, id, &company)?,
        company,
        health_trend: health
            .as_ref()
            .and_then(|now| HealthTrend::since(&health_history, &this_month, now)),
        health,
        health_history,
        contacts,
        followups: store.list_followups(&FollowupFilter {
            company: Some(id),
            ..Default::default()
        })?,
        engagements: store.list_engagements(&EngagementFilter {
            company: Some(id),
            ..Default::default()
        })?,
        recognitions: store.recognitions(Some(id))?,
        questions: store.list_questions(&QuestionFilter {
            company: Some(id),
            open: true,
            ..Default::default()
        })?,
        timeline: store.timeline(id, reading.timeline)?,
        timeline_total: store.count_interactions(id)?,
        activity: match reading.activity {
            true => store.monthly_activity(id)?,
            false => Vec::new(),
        },
        recent_contacts: store.recent_contacts(id, reading.collision_days)?,
        asked: store.asked(id)?,
        attachments: store.company_attachments(id)?,
    })
}

fn network(store: &Store, id: Id, company: &crate::model::companies::Company) -> Result<CompanyNetwork> {
    let today = store.today();
    let asked_since = today - chrono::Duration::days(i64::from(crate::model::teams::ASKED_DAYS));
    Ok(CompanyNetwork {
        memberships: store.memberships_of(id)?,
        staff: store.affiliations_at(id)?,
        introductions: store.introductions_of_company(id)?,
        places: store.places(&PlaceFilter {
            company: Some(id),
            school_year: Some(crate::domain::dates::school_year_of(today)),
            ..Default::default()
        })?,
        outside_asks: store.outside_asks(id, asked_since)?,
        resting_until: company.resting(today),
    })
}

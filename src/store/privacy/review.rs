//! The retention review: contact persons and prospects kring has had no
//! reason to hold for some years — no contact with them or with the company
//! they work at, no collaboration, nothing open (a follow-up, a recognition
//! naming them as trainer, a campaign's invitation).

use super::super::{date_col, Id, Store};
use crate::domain::dates::iso;
use crate::model::retention::{DormantPerson, DormantProspect, RetentionReview};
use crate::store::db::params;
use crate::Result;
use chrono::{Months, NaiveDate};

/// A collaboration counts in the period when it is going on, or started,
/// ended or changed in it.
const COLLABORATION_SINCE: &str = "(g.status IN ('agreed', 'running')
     OR coalesce(g.ends_on, g.starts_on, substr(g.updated_at, 1, 10)) >= ?1
     OR substr(g.updated_at, 1, 10) >= ?1)";

impl Store {
    /// The review of the last `years`: who kring holds without a reason.
    pub fn retention_review(&self, years: u32) -> Result<RetentionReview> {
        let since = self.today() - Months::new(12 * years);
        Ok(RetentionReview {
            years,
            since,
            people: self.dormant_people(since)?,
            prospects: self.dormant_prospects(since)?,
        })
    }

    fn dormant_people(&self, since: NaiveDate) -> Result<Vec<DormantPerson>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT p.id, p.name,
                    (SELECT c.name FROM employment e JOIN company c ON c.id = e.company_id
                      WHERE e.person_id = p.id ORDER BY e.ended_on IS NOT NULL, e.id DESC LIMIT 1),
                    (SELECT max(i.occurred_on) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                      WHERE ip.person_id = p.id),
                    p.email IS NOT NULL, p.phone IS NOT NULL,
                    (SELECT count(*) FROM interaction_person ip WHERE ip.person_id = p.id),
                    (SELECT count(*) FROM person_topic t WHERE t.person_id = p.id)
               FROM person p
              WHERE substr(p.created_at, 1, 10) < ?1
                AND NOT EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                                 WHERE ip.person_id = p.id AND i.occurred_on >= ?1)
                AND NOT EXISTS (SELECT 1 FROM employment e JOIN company c ON c.id = e.company_id
                                 WHERE e.person_id = p.id AND e.ended_on IS NULL AND c.last_contact_on >= ?1)
                AND NOT EXISTS (SELECT 1 FROM employment e JOIN engagement g ON g.company_id = e.company_id
                                 WHERE e.person_id = p.id AND g.status <> 'cancelled' AND {COLLABORATION_SINCE})
                AND NOT EXISTS (SELECT 1 FROM recognition r WHERE r.trainer_person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.person_id = p.id AND f.done_at IS NULL)
                AND NOT EXISTS (SELECT 1 FROM campaign_invitee v WHERE v.person_id = p.id
                                 AND substr(v.invited_at, 1, 10) >= ?1)
              ORDER BY 4, p.name_fold"
        ))?;
        let rows = stmt.query_map(params![iso(since)], |r| {
            Ok(DormantPerson {
                person_id: r.get(0)?,
                name: r.get(1)?,
                company: r.get(2)?,
                last_contact: date_col(r, 3)?,
                email: r.get::<_, bool>(4)?,
                phone: r.get::<_, bool>(5)?,
                contacts: r.get(6)?,
                topics: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn dormant_prospects(&self, since: NaiveDate) -> Result<Vec<DormantProspect>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, c.last_contact_on,
                    (SELECT count(*) FROM employment e WHERE e.company_id = c.id AND e.ended_on IS NULL)
               FROM company c
              WHERE c.status = 'prospect' AND c.archived = 0 AND substr(c.created_at, 1, 10) < ?1
                AND (c.last_contact_on IS NULL OR c.last_contact_on < ?1)
                AND NOT EXISTS (SELECT 1 FROM employment e JOIN person p ON p.id = e.person_id
                                 WHERE e.company_id = c.id AND substr(p.created_at, 1, 10) >= ?1)
                AND NOT EXISTS (SELECT 1 FROM engagement g WHERE g.company_id = c.id AND g.status <> 'cancelled'
                                 AND {COLLABORATION_SINCE})
              ORDER BY c.name_fold"
        ))?;
        let rows = stmt.query_map(params![iso(since)], |r| {
            Ok(DormantProspect {
                company_id: r.get(0)?,
                name: r.get(1)?,
                last_contact: date_col(r, 2)?,
                people: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The ids of a review, for erasing and archiving what it listed.
pub fn listed(review: &RetentionReview) -> (Vec<Id>, Vec<Id>) {
    (
        review.people.iter().map(|p| p.person_id).collect(),
        review.prospects.iter().map(|c| c.company_id).collect(),
    )
}

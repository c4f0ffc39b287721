//! Offers from the school: a team's assignment or lecture series looking for
//! a company. Candidates are found by sector, tag or a contact person's
//! topic; a campaign invites them; the company that takes it gets it as its
//! question, which then goes on like any other.

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::{iso, school_year_of};
use crate::domain::fold::fold;
use crate::domain::kinds::{CampaignKind, OfferStatus};
use crate::domain::validate;
use crate::model::campaigns::NewCampaign;
use crate::model::offers::{Candidate, NewOffer, Offer};
use crate::model::questions::{NewQuestion, QuestionMatch};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};

const SELECT: &str = "
    SELECT o.id, o.title, o.kind, o.team_id, t.name, o.students, o.school_year, o.period, o.sector, o.tag, o.topic,
           o.note, o.status, o.campaign_id, o.question_id, q.company_id, c.name
      FROM offer o LEFT JOIN team t ON t.id = o.team_id
      LEFT JOIN question q ON q.id = o.question_id LEFT JOIN company c ON c.id = q.company_id";

fn offer(r: &crate::store::db::Row) -> rusqlite::Result<Offer> {
    Ok(Offer {
        id: r.get(0)?,
        title: r.get(1)?,
        kind: r.get(2)?,
        team_id: r.get(3)?,
        team: r.get(4)?,
        students: r.get(5)?,
        school_year: r.get(6)?,
        period: r.get(7)?,
        sector: r.get(8)?,
        tag: r.get(9)?,
        topic: r.get(10)?,
        note: r.get(11)?,
        status: r.get(12)?,
        campaign_id: r.get(13)?,
        question_id: r.get(14)?,
        company_id: r.get(15)?,
        company: r.get(16)?,
    })
}

impl Store {
    pub fn add_offer(&mut self, new: NewOffer) -> Result<Id> {
        self.write(|tx, ctx| insert_offer(tx, ctx, &new))
    }

    pub fn offer(&self, id: Id) -> Result<Offer> {
        offer_in(self.conn(), id)
    }

    /// A school year's offers, the open ones first.
    pub fn list_offers(&self, school_year: &str, open_only: bool) -> Result<Vec<Offer>> {
        let sql = format!(
            "{SELECT} WHERE o.school_year = ?1 AND (o.status = 'open' OR ?2 = 0)
              ORDER BY o.status <> 'open', o.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![school_year, i64::from(open_only)], offer)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Companies the offer could go to: in its sector, with its tag, or with
    /// a current contact who knows its topic; the best known first.
    pub fn offer_candidates(&self, id: Id) -> Result<Vec<Candidate>> {
        candidates(self.conn(), &self.offer(id)?, &iso(self.today()))
    }

    /// How many companies the offer could go to (a list's column).
    pub fn count_offer_candidates(&self, id: Id) -> Result<i64> {
        count_candidates(self.conn(), &self.offer(id)?)
    }

    /// A campaign that invites the candidates not resting (those resting are
    /// returned, to be named). With `dry_run`, nothing is written.
    pub fn invite_for_offer(&mut self, id: Id, dry_run: bool) -> Result<(Option<Id>, Vec<Candidate>, Vec<Candidate>)> {
        let o = self.offer(id)?;
        if o.status != OfferStatus::Open {
            return Err(Error::invalid(crate::t!("err-offer-not-open", id = id)));
        }
        let (resting, asked): (Vec<Candidate>, Vec<Candidate>) = self
            .offer_candidates(id)?
            .into_iter()
            .partition(|c| c.resting_until.is_some());
        if dry_run {
            return Ok((o.campaign_id, asked, resting));
        }
        let campaign = self.write(|tx, ctx| {
            let campaign = match o.campaign_id {
                Some(c) => c,
                None => {
                    let name = crate::t!("offer-campaign", title = o.title.as_str(), id = id);
                    let note = Some(crate::t!("offer-campaign-note", id = id));
                    let campaign = super::campaigns::insert_campaign(
                        tx,
                        ctx,
                        &NewCampaign {
                            name,
                            kind: CampaignKind::Invitation,
                            on: None,
                            place: None,
                            note,
                        },
                    )?;
                    tx.execute(
                        "UPDATE offer SET campaign_id = ?2, updated_at = ?3 WHERE id = ?1",
                        params![id, campaign, ctx.now],
                    )?;
                    campaign
                }
            };
            for c in &asked {
                let invited: Option<i64> = tx
                    .query_row(
                        "SELECT 1 FROM campaign_invitee WHERE campaign_id = ?1 AND company_id = ?2",
                        params![campaign, c.company_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                if invited.is_none() {
                    super::campaigns::invite_one(tx, ctx, campaign, c.company_id, false)?;
                }
            }
            audit::record(
                tx,
                ctx,
                "offer",
                id,
                "invite",
                serde_json::json!({ "campaign": campaign }),
            )?;
            Ok(campaign)
        })?;
        Ok((Some(campaign), asked, resting))
    }

    /// The company takes the offer: it becomes the company's question,
    /// matched to the offer's team, and goes on from there.
    pub fn match_offer(&mut self, id: Id, company: Id) -> Result<Id> {
        let o = self.offer(id)?;
        if o.status != OfferStatus::Open {
            return Err(Error::invalid(crate::t!("err-offer-not-open", id = id)));
        }
        self.write(|tx, ctx| {
            let question = super::questions::insert_question(
                tx,
                ctx,
                &NewQuestion {
                    company,
                    title: o.title.clone(),
                    from: None,
                    kind: o.kind,
                    students: o.students.map(|n| n as u32),
                    wanted_by: None,
                    team: o.team_id,
                    note: Some(crate::t!("offer-question-note", id = id)),
                    asked_on: None,
                    school_year: Some(o.school_year.clone()),
                    period: o.period.clone(),
                },
            )?;
            if let Some(team) = o.team_id {
                let how = QuestionMatch {
                    team,
                    teacher: None,
                    period: o.period.clone(),
                    engagement: None,
                };
                super::questions::match_in(tx, ctx, question, &how)?;
            }
            set_status(tx, ctx, id, OfferStatus::Matched, Some(question))?;
            Ok(question)
        })
    }

    pub fn withdraw_offer(&mut self, id: Id) -> Result<()> {
        let o = self.offer(id)?;
        if o.status != OfferStatus::Open {
            return Err(Error::invalid(crate::t!("err-offer-not-open", id = id)));
        }
        self.write(|tx, ctx| set_status(tx, ctx, id, OfferStatus::Withdrawn, None))
    }
}

pub(crate) fn insert_offer(conn: &Connection, ctx: &Ctx, new: &NewOffer) -> Result<Id> {
    let title = validate::name("offer", &new.title)?;
    if let Some(n) = new.students {
        validate::in_range("students", i64::from(n), 0, validate::MAX_STUDENTS)?;
    }
    let year = match new.school_year.as_deref() {
        Some(y) => validate::school_year(y)?,
        None => school_year_of(ctx.today),
    };
    let text = |t: &Option<String>| validate::optional(t.as_deref());
    if text(&new.sector).is_none() && text(&new.tag).is_none() && text(&new.topic).is_none() {
        return Err(Error::invalid(crate::t!("err-offer-for-whom")));
    }
    conn.execute(
        "INSERT INTO offer (title, kind, team_id, students, school_year, period, sector, tag, topic, note,
                            staff_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            title,
            new.kind,
            new.team,
            new.students,
            year,
            text(&new.period),
            text(&new.sector),
            text(&new.tag).map(|t| super::tags::normalise(&t)),
            text(&new.topic),
            text(&new.note),
            ctx.actor,
            ctx.now
        ],
    )?;
    let id = conn.last_insert_rowid()?;
    audit::record(
        conn,
        ctx,
        "offer",
        id,
        "create",
        serde_json::json!({ "kind": new.kind.as_str() }),
    )?;
    Ok(id)
}

fn offer_in(conn: &Connection, id: Id) -> Result<Offer> {
    conn.query_row(&format!("{SELECT} WHERE o.id = ?1"), [id], offer)
        .optional()?
        .ok_or_else(|| Error::not_found("offer", format!("#{id}")))
}

fn set_status(conn: &Connection, ctx: &Ctx, id: Id, status: OfferStatus, question: Option<Id>) -> Result<()> {
    conn.execute(
        "UPDATE offer SET status = ?2, question_id = coalesce(?3, question_id), updated_at = ?4 WHERE id = ?1",
        params![id, status, question, ctx.now],
    )?;
    audit::record(
        conn,
        ctx,
        "offer",
        id,
        status.as_str(),
        serde_json::json!({ "question": question }),
    )
}

/// What makes a company a candidate for an offer (?1 the folded sector, ?2
/// the tag, ?3 the folded topic; none given matches nothing).
const BY_SECTOR: &str = "lower(c.sector) = ?1";
const BY_TAG: &str =
    "c.id IN (SELECT ct.company_id FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?2)";
const BY_TOPIC: &str =
    "c.id IN (SELECT e.company_id FROM employment e JOIN person_topic pt ON pt.person_id = e.person_id
                                  WHERE e.ended_on IS NULL AND instr(pt.topic_fold, ?3) > 0)";
const OPEN_TO_ASK: &str = "c.archived = 0 AND c.kind = 'company' AND c.status <> 'ended'";

/// The offer's matching values, as the statements above take them.
fn matching(o: &Offer) -> (Option<String>, Option<String>, Option<String>) {
    (
        o.sector.as_deref().map(fold),
        o.tag.clone(),
        o.topic.as_deref().map(fold),
    )
}

/// How many companies an offer could go to, without reading them.
pub(crate) fn count_candidates(conn: &Connection, o: &Offer) -> Result<i64> {
    let (sector, tag, topic) = matching(o);
    conn.query_row(
        &format!("SELECT count(*) FROM company c WHERE {OPEN_TO_ASK} AND ({BY_SECTOR} OR {BY_TAG} OR {BY_TOPIC})"),
        params![sector, tag, topic],
        |r| r.get(0),
    )
}

fn candidates(conn: &Connection, o: &Offer, today: &str) -> Result<Vec<Candidate>> {
    let (sector, tag, topic) = matching(o);
    let mut stmt = conn.prepare(&format!(
        "SELECT c.id, c.name, c.city, c.status, s.name, c.last_contact_on,
                CASE WHEN {BY_SECTOR} THEN 1 ELSE 0 END, CASE WHEN {BY_TAG} THEN 1 ELSE 0 END,
                CASE WHEN {BY_TOPIC} THEN 1 ELSE 0 END, CASE WHEN c.rest_until >= ?4 THEN c.rest_until END
           FROM company c LEFT JOIN staff s ON s.id = c.owner_id
          WHERE {OPEN_TO_ASK} AND ({BY_SECTOR} OR {BY_TAG} OR {BY_TOPIC})
          ORDER BY c.last_contact_on DESC NULLS LAST, c.name_fold, c.id"
    ))?;
    let rows = stmt.query_map(params![sector, tag, topic, today], |r| {
        let matched_on = [("sector", 6), ("tag", 7), ("topic", 8)]
            .into_iter()
            .filter_map(|(what, col)| match r.get::<_, i64>(col) {
                Ok(1) => Some(Ok(what.to_string())),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Candidate {
            company_id: r.get(0)?,
            company: r.get(1)?,
            city: r.get(2)?,
            status: r.get(3)?,
            owner: r.get(4)?,
            last_contact: date_col(r, 5)?,
            matched_on,
            resting_until: date_col(r, 9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

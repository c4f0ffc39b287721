//! Outreach campaigns: "dan schrijf ik meestal zo'n 50 of 80 bedrijven aan".
//! A campaign invites companies (each with its main contact person), keeps
//! their replies, and logs an interaction of kind event for those who came.

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::domain::fold::fold;
use crate::domain::kinds::{InteractionKind, Reply};
use crate::domain::validate;
use crate::model::campaigns::{Campaign, CampaignState, Invitee, NewCampaign};
use crate::model::interactions::NewInteraction;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};

fn campaign_in(conn: &Connection, id: Id) -> Result<Campaign> {
    conn.query_row(
        "SELECT id, name, kind, held_on, place, note FROM campaign WHERE id = ?1",
        [id],
        |r| {
            Ok(Campaign {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                held_on: date_col(r, 3)?,
                place: r.get(4)?,
                note: r.get(5)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("campaign", format!("#{id}")))
}

/// The contact an invitation goes to: a current one who may be contacted,
/// with an e-mail address first, the one we spoke to last first.
fn main_contact(conn: &Connection, company: Id) -> Result<Option<Id>> {
    conn.prepare_cached(
            "SELECT p.id FROM employment e JOIN person p ON p.id = e.person_id
              WHERE e.company_id = ?1 AND e.ended_on IS NULL AND p.do_not_contact = 0
              ORDER BY p.email IS NULL,
                       (SELECT max(i.occurred_on) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                         WHERE ip.person_id = p.id AND i.company_id = ?1) DESC NULLS LAST,
                       p.id
              LIMIT 1",
        )?
        .query_row([company], |r| r.get(0))
        .optional()
}

impl Store {
    pub fn add_campaign(&mut self, new: NewCampaign) -> Result<Id> {
        self.write(|tx, ctx| create_campaign(tx, ctx, &new))
    }

    /// A campaign made again from an earlier one (last year's stagefestival):
    /// its kind, place and note unless `new` gives them, and the same
    /// companies invited afresh (no replies, nobody came yet), all in one
    /// transaction. `leave_out`: companies not to invite (resting ones).
    pub fn copy_campaign(&mut self, from: Id, new: NewCampaign, leave_out: &[Id]) -> Result<(Id, usize)> {
        let old = self.campaign(from)?;
        let companies: Vec<Id> = {
            let mut stmt = self.conn().prepare_cached(
                "SELECT DISTINCT v.company_id FROM campaign_invitee v JOIN company c ON c.id = v.company_id
                  WHERE v.campaign_id = ?1 AND c.archived = 0 ORDER BY v.company_id",
            )?;
            let rows = stmt.query_map([from], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<Vec<Id>>>()?
                .into_iter()
                .filter(|c| !leave_out.contains(c))
                .collect()
        };
        let new = NewCampaign {
            place: new.place.or(old.place),
            note: new.note.or(old.note),
            ..new
        };
        self.write(|tx, ctx| {
            let id = create_campaign(tx, ctx, &new)?;
            for company in &companies {
                invite_one(tx, ctx, id, *company, false)?;
            }
            audit::record(
                tx,
                ctx,
                "campaign",
                id,
                "invite",
                serde_json::json!({ "companies": companies.len(), "copied_from": from }),
            )?;
            Ok((id, companies.len()))
        })
    }

    /// The companies invited to a campaign (for a copy's rest check).
    pub fn campaign_companies(&self, campaign: Id) -> Result<Vec<Id>> {
        Ok(self.invited_companies(campaign)?.into_iter().collect())
    }

    pub fn campaign(&self, id: Id) -> Result<Campaign> {
        campaign_in(self.conn(), id)
    }
}

/// A new campaign, its name checked free, recorded in the audit log.
fn create_campaign(tx: &Connection, ctx: &Ctx, new: &NewCampaign) -> Result<Id> {
    let name = validate::name("campaign name", &new.name)?;
    {
        let taken: Option<Id> = tx
            .query_row("SELECT id FROM campaign WHERE name_fold = ?1", [fold(&name)], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(id) = taken {
            return Err(Error::invalid(crate::t!(
                "err-campaign-exists",
                name = name.as_str(),
                id = id
            )));
        }
        tx.execute(
            "INSERT INTO campaign (name, name_fold, kind, held_on, place, note, staff_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                name,
                fold(&name),
                new.kind,
                new.on.map(iso),
                validate::optional(new.place.as_deref()),
                validate::optional(new.note.as_deref()),
                ctx.actor,
                ctx.now
            ],
        )?;
        let id = tx.last_insert_rowid()?;
        audit::record(
            tx,
            ctx,
            "campaign",
            id,
            "create",
            serde_json::json!({ "kind": new.kind.as_str() }),
        )?;
        Ok(id)
    }
}

impl Store {
    /// Every campaign with how many were invited and said yes, the newest first.
    pub fn list_campaigns(&self) -> Result<Vec<CampaignState>> {
        let ids: Vec<Id> = {
            let mut stmt = self
                .conn()
                .prepare_cached("SELECT id FROM campaign ORDER BY coalesce(held_on, created_at) DESC, id DESC")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        ids.into_iter().map(|id| self.campaign_state(id)).collect()
    }

    /// Invite these companies (those invited already are left as they are).
    /// Returns how many were new to the campaign; with `dry_run` nothing is
    /// written.
    pub fn invite(&mut self, campaign: Id, companies: &[Id], dry_run: bool) -> Result<usize> {
        campaign_in(self.conn(), campaign)?;
        let fresh: Vec<Id> = {
            let invited = self.invited_companies(campaign)?;
            let mut seen = std::collections::HashSet::new();
            companies
                .iter()
                .copied()
                .filter(|c| !invited.contains(c) && seen.insert(*c))
                .collect()
        };
        if dry_run || fresh.is_empty() {
            return Ok(fresh.len());
        }
        self.write(|tx, ctx| {
            for company in &fresh {
                invite_one(tx, ctx, campaign, *company, false)?;
            }
            audit::record(
                tx,
                ctx,
                "campaign",
                campaign,
                "invite",
                serde_json::json!({ "companies": fresh.len() }),
            )?;
            Ok(fresh.len())
        })
    }

    fn invited_companies(&self, campaign: Id) -> Result<std::collections::HashSet<Id>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT company_id FROM campaign_invitee WHERE campaign_id = ?1")?;
        let rows = stmt.query_map([campaign], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What an invited company answered (again: the newest answer counts).
    pub fn reply(
        &mut self,
        campaign: Id,
        company: Id,
        reply: Reply,
        people: Option<u32>,
        note: Option<&str>,
    ) -> Result<()> {
        if let Some(n) = people {
            validate::in_range("people", i64::from(n), 0, validate::MAX_STUDENTS)?;
        }
        self.write(|tx, ctx| {
            let changed = tx.execute(
                "UPDATE campaign_invitee SET reply = ?3, people = coalesce(?4, people),
                        note = coalesce(?5, note), replied_at = ?6
                  WHERE campaign_id = ?1 AND company_id = ?2",
                params![campaign, company, reply, people, validate::optional(note), ctx.now],
            )?;
            if changed == 0 {
                return Err(not_invited(tx, campaign, company));
            }
            audit::record(
                tx,
                ctx,
                "campaign",
                campaign,
                "reply",
                serde_json::json!({ "company": company, "reply": reply.as_str() }),
            )
        })
    }

    /// They came: marked attended (invited now if they walked in without an
    /// invitation), and an interaction of kind event logged at the company
    /// with the people who came. Returns the interaction.
    ///
    /// The interaction is on `on`, else on the campaign's date; nobody has
    /// come to what has not happened yet, so a day after today is refused.
    pub fn attended(&mut self, campaign: Id, company: Id, persons: &[Id], on: Option<chrono::NaiveDate>) -> Result<Id> {
        self.write(|tx, ctx| {
            let c = campaign_in(tx, campaign)?;
            let on = on.or(c.held_on).unwrap_or(ctx.today);
            if on > ctx.today {
                return Err(Error::invalid(crate::t!(
                    "err-campaign-still-to-come",
                    campaign = c.name.as_str(),
                    date = crate::l10n::date(on)
                )));
            }
            let already: Option<bool> = tx
                .query_row(
                    "SELECT attended = 1 FROM campaign_invitee WHERE campaign_id = ?1 AND company_id = ?2 LIMIT 1",
                    params![campaign, company],
                    |r| r.get(0),
                )
                .optional()?;
            match already {
                Some(true) => {
                    let name: String =
                        tx.query_row("SELECT name FROM company WHERE id = ?1", [company], |r| r.get(0))?;
                    return Err(Error::invalid(crate::t!(
                        "err-campaign-attended-already",
                        company = name,
                        campaign = c.name.as_str()
                    )));
                }
                Some(false) => {}
                None => invite_one(tx, ctx, campaign, company, true)?,
            }
            tx.execute(
                "UPDATE campaign_invitee SET attended = 1 WHERE campaign_id = ?1 AND company_id = ?2",
                params![campaign, company],
            )?;
            let summary = match &c.place {
                Some(place) => format!("{} ({place})", c.name),
                None => c.name.clone(),
            };
            let logged = super::interactions::insert_interaction(
                tx,
                ctx,
                &NewInteraction {
                    company,
                    kind: InteractionKind::Event,
                    on,
                    persons: persons.to_vec(),
                    summary,
                    outcome: None,
                    staff: None,
                    followup: None,
                    rating: None,
                },
            )?;
            audit::record(
                tx,
                ctx,
                "campaign",
                campaign,
                "attended",
                serde_json::json!({ "company": company, "interaction": logged.interaction }),
            )?;
            Ok(logged.interaction)
        })
    }

    /// A campaign's counts and its invitees, companies by name.
    pub fn campaign_state(&self, id: Id) -> Result<CampaignState> {
        let campaign = campaign_in(self.conn(), id)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.company_id, c.name, i.person_id, p.name, p.email, i.reply, i.people, i.note, i.attended
               FROM campaign_invitee i JOIN company c ON c.id = i.company_id
               LEFT JOIN person p ON p.id = i.person_id
              WHERE i.campaign_id = ?1 ORDER BY c.name_fold, c.id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Invitee {
                company_id: r.get(0)?,
                company: r.get(1)?,
                person_id: r.get(2)?,
                person: r.get(3)?,
                email: r.get(4)?,
                reply: r.get(5)?,
                people: r.get(6)?,
                note: r.get(7)?,
                attended: r.get(8)?,
            })
        })?;
        let invitees = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(CampaignState::count(campaign, invitees))
    }
}

/// The demo's load: a campaign written straight into the bulk transaction.
pub(crate) fn insert_campaign(conn: &Connection, ctx: &Ctx, new: &NewCampaign) -> Result<Id> {
    conn.execute(
        "INSERT INTO campaign (name, name_fold, kind, held_on, place, note, staff_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            new.name,
            fold(&new.name),
            new.kind,
            new.on.map(iso),
            new.place,
            new.note,
            ctx.actor,
            ctx.now
        ],
    )?;
    conn.last_insert_rowid()
}

/// An invitation as a bulk load writes it: to the contact the loader
/// names (it knows them; the secondary indexes a lookup needs are set aside
/// during a load, and one lookup then read every employment), with a reply.
pub(crate) fn invite_in(
    conn: &Connection,
    ctx: &Ctx,
    campaign: Id,
    company: Id,
    person: Option<Id>,
    reply: Option<Reply>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO campaign_invitee (campaign_id, company_id, person_id, invited_at, attended, reply, replied_at)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)",
        params![campaign, company, person, ctx.now, reply, reply.map(|_| &ctx.now)],
    )?;
    Ok(())
}

pub(crate) fn invite_one(conn: &Connection, ctx: &Ctx, campaign: Id, company: Id, walked_in: bool) -> Result<()> {
    let person = main_contact(conn, company)?;
    conn.prepare_cached(
        "INSERT INTO campaign_invitee (campaign_id, company_id, person_id, invited_at, attended) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![campaign, company, person, ctx.now, walked_in])?;
    Ok(())
}

fn not_invited(conn: &Connection, campaign: Id, company: Id) -> Error {
    let names: Result<(String, String)> = conn.query_row(
        "SELECT (SELECT name FROM company WHERE id = ?2), (SELECT name FROM campaign WHERE id = ?1)",
        params![campaign, company],
        |r| Ok((r.get(0)?, r.get(1)?)),
    );
    match names {
        Ok((company, campaign)) => Error::invalid(crate::t!(
            "err-campaign-not-invited",
            company = company,
            campaign = campaign
        )),
        Err(e) => e,
    }
}

//! Teams of staff, and the team awareness built on them: who else was in
//! touch with a company lately, and how often the school asks it.

use super::{audit, date_col, Id, Store};
use crate::domain::dates::{days_between, iso};
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::model::teams::{Asked, RecentContact, TeamMember, TeamRow};
use crate::store::db::{params, OptionalExtension};
use crate::{Error, Result};

use crate::model::teams::ASKED_DAYS;

impl Store {
    pub fn add_team(&mut self, name: &str) -> Result<Id> {
        self.require_admin(&crate::t!("admin-add-team"))?;
        let name = validate::name("team name", name)?;
        self.write(|tx, ctx| {
            let taken: Option<String> = tx
                .query_row("SELECT name FROM team WHERE name_fold = ?1", [fold(&name)], |r| {
                    r.get(0)
                })
                .optional()?;
            if let Some(taken) = taken {
                return Err(Error::invalid(format!("there is a team '{taken}' already")));
            }
            tx.execute(
                "INSERT INTO team (name, name_fold, created_at) VALUES (?1, ?2, ?3)",
                params![name, fold(&name), ctx.now],
            )?;
            let id = tx.last_insert_rowid()?;
            audit::record(tx, ctx, "team", id, "create", serde_json::json!({ "name": name }))?;
            Ok(id)
        })
    }

    pub fn list_teams(&self) -> Result<Vec<TeamRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT t.id, t.name,
                    (SELECT count(*) FROM staff s WHERE s.team_id = t.id AND s.left_on IS NULL)
               FROM team t ORDER BY t.name_fold",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TeamRow {
                id: r.get(0)?,
                name: r.get(1)?,
                members: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A team by id, its name, or the start of its name (accents and case
    /// do not matter); several matches are an error that lists them.
    pub fn resolve_team(&self, given: &str) -> Result<Id> {
        let teams = self.list_teams()?;
        let key = fold(given.trim());
        if let Some(t) = teams.iter().find(|t| t.id.to_string() == key || fold(&t.name) == key) {
            return Ok(t.id);
        }
        let starting: Vec<&TeamRow> = teams.iter().filter(|t| fold(&t.name).starts_with(&key)).collect();
        match starting.as_slice() {
            [one] => Ok(one.id),
            [] => Err(Error::NotFound {
                what: "team",
                given: given.trim().to_string(),
                hint: crate::t!("hint-see-or-add", list = "kring team list", add = "kring team add"),
            }),
            several => Err(Error::Ambiguous {
                what: "teams",
                given: given.trim().to_string(),
                candidates: several.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", "),
            }),
        }
    }

    /// Put a staff member in a team (`None`: in none).
    pub fn set_team(&mut self, staff: Id, team: Option<Id>) -> Result<()> {
        self.require_admin(&crate::t!("admin-staff-team"))?;
        self.write(|tx, ctx| {
            let name = |id: Option<Id>| -> Result<Option<String>> {
                match id {
                    Some(id) => tx
                        .query_row("SELECT name FROM team WHERE id = ?1", [id], |r| r.get(0))
                        .optional(),
                    None => Ok(None),
                }
            };
            let old: Option<Id> = tx.query_row("SELECT team_id FROM staff WHERE id = ?1", [staff], |r| r.get(0))?;
            let (before, after) = (name(old)?, name(team)?);
            tx.execute("UPDATE staff SET team_id = ?2 WHERE id = ?1", params![staff, team])?;
            audit::record(
                tx,
                ctx,
                "staff",
                staff,
                "team",
                serde_json::json!({ "team": [before, after] }),
            )
        })
    }

    /// The team a staff member is in.
    pub fn team_of(&self, staff: Id) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT t.name FROM staff s JOIN team t ON t.id = s.team_id WHERE s.id = ?1",
                [staff],
                |r| r.get(0),
            )
            .optional()
    }

    /// Contact with `company` in the last `days` days by another team than
    /// the acting staff member's (without a team: by anyone else), newest first.
    pub fn recent_contacts(&self, company: Id, days: u32) -> Result<Vec<RecentContact>> {
        let today = self.today();
        let since = crate::domain::dates::days_before(today, days);
        let me = self.actor();
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.occurred_on, i.kind, i.summary, s.name, t.name
               FROM interaction i
               JOIN staff s ON s.id = i.staff_id
               LEFT JOIN team t ON t.id = s.team_id
              WHERE i.company_id = ?1 AND i.occurred_on >= ?2 AND i.staff_id IS DISTINCT FROM ?3
                AND (s.team_id IS NULL
                     OR s.team_id IS DISTINCT FROM (SELECT team_id FROM staff WHERE id = ?3))
              ORDER BY i.occurred_on DESC, i.id DESC
              LIMIT 5",
        )?;
        let rows = stmt.query_map(params![company, iso(since), me], |r| {
            let on = date_col(r, 0)?.unwrap_or(today);
            Ok(RecentContact {
                on,
                days_ago: days_between(on, today),
                kind: r.get(1)?,
                summary: r.get(2)?,
                staff: r.get(3)?,
                team: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Another team's contact in the last `days` days with the companies the
    /// acting staff member owns, newest first. Only for someone in a team,
    /// and only other teams' members count (no teams: nothing to read).
    pub fn others_on_mine(&self, days: u32, limit: u32) -> Result<Vec<crate::model::today::OthersContact>> {
        let Some(me) = self.actor() else {
            return Ok(Vec::new());
        };
        let since = crate::domain::dates::days_before(self.today(), days);
        // Colleagues in another team than mine (none when I have no team).
        let colleagues: Vec<Id> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM staff WHERE team_id IS NOT NULL
                    AND team_id <> (SELECT team_id FROM staff WHERE id = ?1)",
            )?
            .query_map([me], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut found = self.contacts_by(&colleagues, me, since, limit)?;
        found.sort_by_key(|(id, contact)| std::cmp::Reverse((contact.contact.on, *id)));
        found.truncate(limit as usize);
        Ok(found.into_iter().map(|(_, contact)| contact).collect())
    }

    /// Each colleague's newest interactions since `since` with companies
    /// `me` owns (at most `limit` each), with their ids (to order them
    /// among other colleagues'). One statement: a part per colleague, each
    /// reading backwards along that colleague's own interactions.
    fn contacts_by(
        &self,
        colleagues: &[Id],
        me: Id,
        since: chrono::NaiveDate,
        limit: u32,
    ) -> Result<Vec<(Id, crate::model::today::OthersContact)>> {
        if colleagues.is_empty() {
            return Ok(Vec::new());
        }
        let today = self.today();
        let part = |(n, colleague): (usize, &Id)| {
            format!(
                "SELECT * FROM (SELECT c.id, c.name, i.occurred_on, i.kind, i.summary, s.name, t.name, i.id
                   FROM interaction i
                   JOIN company c ON c.id = i.company_id
                   JOIN staff s ON s.id = i.staff_id
                   LEFT JOIN team t ON t.id = s.team_id
                  WHERE i.staff_id = {colleague} AND i.occurred_on >= ?1 AND c.owner_id = ?2 AND c.archived = 0
                  ORDER BY i.occurred_on DESC, i.id DESC
                  LIMIT ?3) AS colleague_{n}"
            )
        };
        let sql = colleagues
            .iter()
            .enumerate()
            .map(part)
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![iso(since), me, limit], |r| {
            let on = date_col(r, 2)?.unwrap_or(today);
            Ok((
                r.get(7)?,
                crate::model::today::OthersContact {
                    company_id: r.get(0)?,
                    company: r.get(1)?,
                    contact: RecentContact {
                        on,
                        days_ago: days_between(on, today),
                        kind: r.get(3)?,
                        summary: r.get(4)?,
                        staff: r.get(5)?,
                        team: r.get(6)?,
                    },
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How often the school approached `company` in the last `ASKED_DAYS`.
    pub fn asked(&self, company: Id) -> Result<Asked> {
        let since = self.today() - chrono::Duration::days(i64::from(ASKED_DAYS));
        // Other schools' asks, as the company told us, count beside ours.
        let (times, teams, colleagues, elsewhere, schools): (i64, i64, i64, i64, i64) = self.conn().query_row(
            "SELECT count(*), count(DISTINCT s.team_id),
                    count(DISTINCT CASE WHEN s.team_id IS NULL THEN i.staff_id END),
                    (SELECT count(*) FROM outside_ask o WHERE o.company_id = ?1 AND o.asked_on >= ?2),
                    (SELECT count(DISTINCT lower(o.asked_by)) FROM outside_ask o
                      WHERE o.company_id = ?1 AND o.asked_on >= ?2)
               FROM interaction i LEFT JOIN staff s ON s.id = i.staff_id
              WHERE i.company_id = ?1 AND i.occurred_on >= ?2",
            params![company, iso(since)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        Ok(Asked {
            times: times + elsewhere,
            teams,
            colleagues,
            schools,
            days: ASKED_DAYS,
        })
    }

    /// A team's active members, with the companies they own, their overdue
    /// follow-ups and their relationships at risk.
    pub fn team_members(&self, team: Id) -> Result<Vec<TeamMember>> {
        let today = iso(self.today());
        let mut stmt = self.conn().prepare(
            "SELECT s.id, s.name,
                    (SELECT count(*) FROM company c WHERE c.owner_id = s.id AND c.archived = 0),
                    (SELECT count(*) FROM followup f WHERE f.staff_id = s.id AND f.done_at IS NULL AND f.due_on < ?2),
                    (SELECT count(*) FROM company c WHERE c.owner_id = s.id AND c.archived = 0
                        AND c.contact_due_on < ?2)
               FROM staff s WHERE s.team_id = ?1 AND s.left_on IS NULL ORDER BY s.name_fold",
        )?;
        let rows = stmt.query_map(params![team, today], |r| {
            Ok(TeamMember {
                id: r.get(0)?,
                name: r.get(1)?,
                companies: r.get(2)?,
                overdue: r.get(3)?,
                at_risk: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

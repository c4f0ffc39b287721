//! Handover: a leaving staff member's companies and open follow-ups move to
//! a colleague in one transaction, logged; the leaver stays in history.

use super::{audit, staff, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::model::handover::{Handover, HandoverUndone, Scope};
use crate::store::db::{params, Transaction, TransactionBehavior};
use crate::{Error, Result};

impl Store {
    /// What a dossier for `staff` covers, at any time: the companies they own
    /// now and those handed over from them (to whom), as a handover report.
    /// So `kring staff dossier` can write it again, left or not.
    pub fn dossier_scope(&self, staff: Id) -> Result<Handover> {
        let name = self.staff_name(staff)?;
        let mut stmt = self.conn().prepare(
            "SELECT c.id, c.name, coalesce(s.name, '') FROM company c LEFT JOIN staff s ON s.id = c.owner_id
              WHERE c.archived = 0 AND (c.owner_id = ?1 OR c.id IN (
                    SELECT entity_id FROM audit_log WHERE entity = 'company' AND action = 'handover'
                       AND json_valid(detail) AND CAST(json_extract(detail, '$.owner[0]') AS TEXT) = CAST(?2 AS TEXT)))
              ORDER BY c.name_fold",
        )?;
        let rows = stmt.query_map(params![staff, name], |r| {
            Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })?;
        let rows: Vec<(Id, String, String)> = rows.collect::<rusqlite::Result<_>>()?;
        let mut owners: Vec<String> = rows.iter().map(|(_, _, owner)| owner.clone()).collect();
        owners.sort();
        owners.dedup();
        let left: Option<String> = self
            .conn()
            .query_row("SELECT left_on FROM staff WHERE id = ?1", [staff], |r| r.get(0))?;
        Ok(Handover {
            leaver: name,
            to: owners.join(", "),
            companies: rows.into_iter().map(|(id, name, _)| (id, name)).collect(),
            followups: Vec::new(),
            left: left.is_some(),
            companies_remaining: 0,
            followups_remaining: 0,
            dry_run: false,
            login: None,
        })
    }

    /// Move `leaver`'s companies (all, or those with a tag) and their open
    /// follow-ups to `to`. When nothing of the leaver's remains, mark them as
    /// left. With `dry_run`, everything is done and then rolled back.
    pub fn handover(&mut self, leaver: Id, to: Id, scope: &Scope, dry_run: bool) -> Result<Handover> {
        // A dry run is refused as the handover would be: it says what the
        // server would say, in kring's words.
        if Some(leaver) != self.actor() {
            self.require_admin(&crate::t!("admin-handover"))?;
        }
        let may_mark_left = self.is_admin()?;
        let ctx = self.ctx();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut report = move_everything(&tx, &ctx, (leaver, to), scope, dry_run, may_mark_left)?;
        let login: Option<String> = tx.query_row("SELECT login FROM staff WHERE id = ?1", [leaver], |r| r.get(0))?;
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        if report.left && self.engine() == crate::store::db::Engine::Postgres {
            report.login = login.map(|login| self.disable_login(&login, dry_run));
        }
        Ok(report)
    }

    /// A leaver's login, disabled on the server when this admin's role may
    /// alter roles (and not in a dry run); else the SQL for IT.
    fn disable_login(&self, login: &str, dry_run: bool) -> crate::model::handover::LoginToDisable {
        let sql = format!("ALTER ROLE \"{}\" NOLOGIN;", login.replace('"', "\"\""));
        let may: bool = self
            .conn()
            .query_row(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user",
                [],
                |r| r.get(0),
            )
            .unwrap_or(false);
        let done = may && !dry_run && self.conn().execute_batch(&sql).is_ok();
        crate::model::handover::LoginToDisable {
            login: login.to_string(),
            sql,
            done,
        }
    }
}

/// The tag a handover is limited to, as stored; `None` for all companies.
fn scope_tag(tx: &Transaction, scope: &Scope) -> Result<Option<String>> {
    Ok(match scope {
        Scope::All => None,
        Scope::Tag(tag) => {
            let folded = super::tags::normalise(tag);
            let exists: i64 = tx.query_row("SELECT count(*) FROM tag WHERE name = ?1", [&folded], |r| r.get(0))?;
            if exists == 0 {
                return Err(Error::invalid(crate::t!("err-no-tag", tag = tag.to_string())));
            }
            Some(folded)
        }
    })
}

fn move_everything(
    tx: &Transaction,
    ctx: &Ctx,
    (leaver, to): (Id, Id),
    scope: &Scope,
    dry_run: bool,
    may_mark_left: bool,
) -> Result<Handover> {
    if leaver == to {
        return Err(Error::invalid(crate::t!("err-handover-self")));
    }
    staff::ensure_active(tx, leaver)?;
    staff::ensure_active(tx, to)?;
    let name = |id: Id| -> Result<String> { tx.query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| r.get(0)) };
    let (leaver_name, to_name) = (name(leaver)?, name(to)?);

    let names = (leaver_name.as_str(), to_name.as_str());
    let companies = move_companies(tx, ctx, (leaver, to), names, scope_tag(tx, scope)?)?;
    let followups = move_followups(tx, ctx, (leaver, to), names, scope, &companies)?;
    let companies_remaining: i64 = tx.query_row("SELECT count(*) FROM company WHERE owner_id = ?1", [leaver], |r| {
        r.get(0)
    })?;
    let followups_remaining: i64 = tx.query_row(
        "SELECT count(*) FROM followup WHERE staff_id = ?1 AND done_at IS NULL",
        [leaver],
        |r| r.get(0),
    )?;
    let left = companies_remaining == 0 && followups_remaining == 0;
    if left && !may_mark_left {
        return Err(super::admin_only(&crate::t!("admin-mark-left", name = leaver_name)));
    }
    if left {
        tx.execute(
            "UPDATE staff SET left_on = ?2 WHERE id = ?1",
            params![leaver, iso(ctx.today)],
        )?;
        audit::record(
            tx,
            ctx,
            "staff",
            leaver,
            "leave",
            serde_json::json!({ "handover_to": to_name, "companies": companies.len(), "followups": followups.len() }),
        )?;
    }
    Ok(Handover {
        leaver: leaver_name,
        to: to_name,
        companies,
        followups,
        left,
        companies_remaining,
        followups_remaining,
        dry_run,
        login: None,
    })
}

/// The leaver's companies (with `tag`: those with the tag) to `to`, each
/// with its line in the log; `names`: the leaver's and `to`'s.
fn move_companies(
    tx: &Transaction,
    ctx: &Ctx,
    (leaver, to): (Id, Id),
    (leaver_name, to_name): (&str, &str),
    tag: Option<String>,
) -> Result<Vec<(Id, String)>> {
    let companies: Vec<(Id, String)> = {
        let mut stmt = tx.prepare(
            "SELECT c.id, c.name FROM company c
              WHERE c.owner_id = ?1
                AND (c.id IN (SELECT ct.company_id FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?2) OR ?2 IS NULL)
              ORDER BY c.name_fold",
        )?;
        let rows = stmt.query_map(params![leaver, tag], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, _) in &companies {
        tx.execute(
            "UPDATE company SET owner_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, to, ctx.now],
        )?;
        audit::record(
            tx,
            ctx,
            "company",
            *id,
            "handover",
            serde_json::json!({ "owner": [leaver_name, to_name] }),
        )?;
    }
    Ok(companies)
}

/// The leaver's open follow-ups at those companies (with the whole scope:
/// all of them) to `to`.
fn move_followups(
    tx: &Transaction,
    ctx: &Ctx,
    (leaver, to): (Id, Id),
    (leaver_name, to_name): (&str, &str),
    scope: &Scope,
    companies: &[(Id, String)],
) -> Result<Vec<Id>> {
    let followups: Vec<Id> = {
        let mut stmt = tx.prepare(
            "SELECT f.id FROM followup f
              WHERE f.staff_id = ?1 AND f.done_at IS NULL
                AND (?2 = 1 OR f.company_id IN (SELECT value FROM json_each(?3)))
              ORDER BY f.due_on",
        )?;
        let ids = serde_json::Value::from(companies.iter().map(|c| c.0).collect::<Vec<_>>()).to_string();
        let rows = stmt.query_map(params![leaver, scope == &Scope::All, ids], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for id in &followups {
        tx.execute("UPDATE followup SET staff_id = ?2 WHERE id = ?1", params![id, to])?;
        let company: Id = tx.query_row("SELECT company_id FROM followup WHERE id = ?1", [id], |r| r.get(0))?;
        audit::record(
            tx,
            ctx,
            "followup",
            *id,
            "handover",
            serde_json::json!({ "company": company, "staff": [leaver_name, to_name] }),
        )?;
    }
    Ok(followups)
}

impl Store {
    /// The business circles a company is a member of now, by name.
    pub fn circles_of(&self, company: Id) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT c.name FROM circle_member m JOIN circle c ON c.id = m.circle_id
              WHERE m.company_id = ?1 AND m.left_on IS NULL ORDER BY c.name",
        )?;
        let rows = stmt.query_map(params![company], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A company's answers to the school's campaigns, newest first.
    pub fn campaign_replies(&self, company: Id) -> Result<Vec<crate::model::page::CampaignReply>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.name, c.held_on, v.reply, v.people, v.attended, v.note
               FROM campaign_invitee v JOIN campaign c ON c.id = v.campaign_id
              WHERE v.company_id = ?1
              ORDER BY coalesce(c.held_on, c.created_at) DESC, v.id DESC",
        )?;
        let rows = stmt.query_map(params![company], |r| {
            Ok(crate::model::page::CampaignReply {
                campaign: r.get(0)?,
                held_on: super::date_col(r, 1)?,
                reply: r.get(2)?,
                people: r.get(3)?,
                attended: r.get::<_, i64>(4)? != 0,
                note: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// How long after a handover `u` may take it back.
pub const UNDO_MINUTES: i64 = 60;

impl Store {
    /// Take a handover made at `at` back, within [`UNDO_MINUTES`]: the
    /// companies and open follow-ups it moved to `to` go back to `leaver`
    /// (who is no longer marked left), except what a colleague changed
    /// since — a company given to someone else, a follow-up done or moved —
    /// which stays and is named. One transaction.
    pub fn undo_handover(
        &mut self,
        (leaver, to): (Id, Id),
        moved: (&[(Id, String)], &[Id]),
        at: &str,
    ) -> Result<HandoverUndone> {
        if Some(leaver) != self.actor() {
            self.require_admin(&crate::t!("admin-handover"))?;
        }
        self.write(|tx, ctx| {
            let made = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M:%S")
                .map_err(|e| Error::Database(e.to_string()))?;
            let now = chrono::NaiveDateTime::parse_from_str(&ctx.now, "%Y-%m-%d %H:%M:%S").unwrap_or(made);
            if now - made > chrono::Duration::minutes(UNDO_MINUTES) {
                return Err(Error::invalid(crate::t!(
                    "err-handover-undo-late",
                    minutes = UNDO_MINUTES
                )));
            }
            let name =
                |id: Id| -> Result<String> { tx.query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| r.get(0)) };
            let (leaver_name, to_name) = (name(leaver)?, name(to)?);
            // Back among the current colleagues first: only they are given work.
            let back = tx.execute(
                "UPDATE staff SET left_on = NULL WHERE id = ?1 AND left_on IS NOT NULL",
                params![leaver],
            )? > 0;
            if back {
                audit::record(
                    tx,
                    ctx,
                    "staff",
                    leaver,
                    "return",
                    serde_json::json!({ "handover_undone": to_name }),
                )?;
            }
            let mut undone = HandoverUndone {
                companies: 0,
                followups: 0,
                kept: Vec::new(),
                back,
            };
            for (id, company) in moved.0 {
                let changed = tx.execute(
                    "UPDATE company SET owner_id = ?2, updated_at = ?4 WHERE id = ?1 AND owner_id = ?3",
                    params![id, leaver, to, ctx.now],
                )?;
                match changed {
                    0 => undone.kept.push(company.clone()),
                    _ => {
                        undone.companies += 1;
                        audit::record(
                            tx,
                            ctx,
                            "company",
                            *id,
                            "handover",
                            serde_json::json!({ "owner": [&to_name, &leaver_name], "undone": true }),
                        )?;
                    }
                }
            }
            for id in moved.1 {
                let changed = tx.execute(
                    "UPDATE followup SET staff_id = ?2 WHERE id = ?1 AND staff_id = ?3 AND done_at IS NULL",
                    params![id, leaver, to],
                )?;
                match changed {
                    0 => undone.kept.push(crate::t!("what-follow-up-id", id = *id)),
                    _ => {
                        undone.followups += 1;
                        audit::record(
                            tx,
                            ctx,
                            "followup",
                            *id,
                            "handover",
                            serde_json::json!({ "staff": [&to_name, &leaver_name], "undone": true }),
                        )?;
                    }
                }
            }
            Ok(undone)
        })
    }
}

//! Bulk loads (the demo generator, later imports): many rows in one
//! transaction, with one audit entry for the whole load.

use super::companies::insert_company;
use super::followups::insert_followup;
use super::interactions::insert_interaction;
use super::people::insert_person;
use super::{audit, Ctx, Id, Store};
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::model::companies::NewCompany;
use crate::model::followups::NewFollowup;
use crate::model::interactions::{Logged, NewInteraction};
use crate::model::people::NewPerson;
use crate::model::staff::NewStaff;
use crate::store::db::{params, Connection, Engine, Transaction, TransactionBehavior};
use crate::Result;
use chrono::NaiveDate;

pub struct Bulk<'a> {
    tx: &'a Transaction<'a>,
    ctx: Ctx,
}

impl Store {
    /// Run a bulk load in one transaction; `label` names it in the audit log.
    pub fn bulk<T>(&mut self, label: &str, f: impl FnOnce(&mut Bulk) -> Result<T>) -> Result<T> {
        let ctx = Ctx {
            now: self.clock.now(),
            today: self.clock.today,
            actor: self.actor,
            bulk: true,
        };
        // A page cache for the load of 32 MiB: a larger one (1 GiB, so that
        // no dirty page reached the WAL midway) made `demo --scale large` no
        // faster (23 s either way) and took 660 MB; this one, 99 MB.
        if let Ok(file) = self.conn.sqlite() {
            file.execute_batch("PRAGMA cache_size = -32768")?;
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Secondary indexes are dropped for the load and built again after it:
        // sorting once is far cheaper than a million random index inserts.
        // Inside the transaction, so a failed load leaves them as they were.
        // The same goes for the full-text indexes: their triggers are
        // dropped and each index is rebuilt once at the end.
        // On PostgreSQL the same holds for its indexes (GIN ones most of
        // all), and the per-row trigger that keeps a company's last contact
        // would rewrite the company (and all its index entries) once per
        // interaction: it is switched off and last contact set once at the
        // end. Only the tables' owner may; anyone else loads row by row.
        let pg_owner = tx.engine() == Engine::Postgres && super::postgres::owns_tables(&tx)?;
        let (indexes, fts_triggers) = match tx.sqlite() {
            Ok(file) => (secondary_indexes(file)?, fts_triggers(file)?),
            Err(_) if pg_owner => (pg_secondary_indexes(&tx)?, Vec::new()),
            Err(_) => (Vec::new(), Vec::new()),
        };
        if pg_owner {
            tx.execute_batch("ALTER TABLE interaction DISABLE TRIGGER interaction_last_contact_insert")?;
            // A load is one entry in the history (below), not one per row.
            tx.execute_batch(super::postgres::WITHOUT_HISTORY)?;
        }
        for (name, _) in &indexes {
            tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        }
        for (name, _) in &fts_triggers {
            tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
        }
        let mut bulk = Bulk { tx: &tx, ctx };
        let value = f(&mut bulk)?;
        for (_, sql) in indexes.iter().chain(&fts_triggers) {
            tx.execute_batch(sql)?;
        }
        for table in FTS_TABLES.iter().filter(|_| tx.engine() == Engine::Sqlite) {
            tx.execute_batch(&format!("INSERT INTO {table} ({table}) VALUES ('rebuild')"))?;
        }
        if pg_owner {
            tx.execute_batch(
                "ALTER TABLE interaction ENABLE TRIGGER interaction_last_contact_insert;
                 UPDATE company c SET last_contact_on = m.last
                   FROM (SELECT company_id, max(occurred_on) AS last FROM interaction GROUP BY company_id) m
                  WHERE m.company_id = c.id AND c.last_contact_on IS DISTINCT FROM m.last;
                 ANALYZE",
            )?;
            super::postgres::grant_rights(&tx)?;
        }
        let summary = Ctx {
            bulk: false,
            ..bulk.ctx
        };
        audit::record(&tx, &summary, "database", 0, label, serde_json::Value::Null)?;
        tx.commit()?;
        Ok(value)
    }
}

const FTS_TABLES: [&str; 4] = ["interaction_fts", "company_fts", "person_fts", "written_fts"];

/// The triggers that keep the full-text indexes in step.
fn fts_triggers(conn: &rusqlite::Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The same indexes on PostgreSQL (GIN ones included).
fn pg_secondary_indexes(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT CAST(indexname AS TEXT), indexdef FROM pg_indexes
          WHERE schemaname = current_schema() AND indexdef NOT LIKE 'CREATE UNIQUE%'
            AND tablename IN ('company', 'person', 'interaction', 'interaction_person', 'followup')",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The non-unique indexes of the big tables that a load never reads (unique
/// ones enforce rules, and employment's is used by the load itself).
fn secondary_indexes(conn: &rusqlite::Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master
          WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
            AND tbl_name IN ('company', 'person', 'interaction', 'interaction_person', 'followup')",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Bulk<'_> {
    pub fn company(&self, new: &NewCompany) -> Result<Id> {
        insert_company(self.tx, &self.ctx, new)
    }

    pub fn person(&self, new: &NewPerson) -> Result<Id> {
        insert_person(self.tx, &self.ctx, new)
    }

    pub fn interaction(&self, new: &NewInteraction) -> Result<Logged> {
        insert_interaction(self.tx, &self.ctx, new)
    }

    pub fn engagement(&self, new: &crate::model::engagements::NewEngagement) -> Result<Id> {
        super::engagements::insert_engagement(self.tx, &self.ctx, new)
    }

    pub fn followup(&self, new: &NewFollowup) -> Result<Id> {
        insert_followup(self.tx, &self.ctx, new)
    }

    /// A staff member; `left_on` for someone who has already left.
    pub fn staff(&self, new: &NewStaff, left_on: Option<NaiveDate>) -> Result<Id> {
        let name = validate::name("staff name", &new.name)?;
        self.tx.execute(
            "INSERT INTO staff (name, name_fold, email, role, left_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                name,
                fold(&name),
                new.email,
                new.role.as_str(),
                left_on.map(crate::domain::dates::iso),
                self.ctx.now
            ],
        )?;
        self.tx.last_insert_rowid()
    }

    /// A contact person attended a (past) circle meeting: attendance, and the
    /// meeting as an interaction with their company (as `Store::attend` does).
    pub fn attended(&self, meeting: Id, circle: &str, company: Id, person: Id, on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO meeting_attendance (meeting_id, person_id, status) VALUES (?1, ?2, 'attended')",
            )?
            .execute(params![meeting, person])?;
        self.tx
            .prepare_cached(
                "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, meeting_id, created_at)
                 VALUES (?1, ?2, ?3, 'meeting', ?4, ?5, ?6)",
            )?
            .execute(params![
                company,
                self.ctx.actor,
                crate::domain::dates::iso(on),
                format!("{circle} — meeting"),
                meeting,
                self.ctx.now
            ])?;
        let interaction = self.tx.last_insert_rowid()?;
        self.tx
            .prepare_cached("INSERT INTO interaction_person (interaction_id, person_id) VALUES (?1, ?2)")?
            .execute(params![interaction, person])?;
        Ok(())
    }

    /// An SBB recognition (the company is marked recognised).
    pub fn recognition(
        &self,
        company: Id,
        crebo: &str,
        programme: &str,
        trainer: Option<Id>,
        since: NaiveDate,
        recheck: NaiveDate,
    ) -> Result<()> {
        let iso = crate::domain::dates::iso;
        self.tx
            .prepare_cached(
                "INSERT INTO recognition (company_id, crebo, programme, trainer_person_id, recognised_on, recheck_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![company, crebo, programme, trainer, iso(since), iso(recheck)])?;
        self.tx
            .prepare_cached("UPDATE company SET recognised = 1 WHERE id = ?1")?
            .execute([company])?;
        Ok(())
    }

    /// Record an engagement's evaluation (history).
    pub fn evaluate(&self, engagement: Id, text: &str, on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE engagement SET evaluation = ?2, evaluated_on = ?3 WHERE id = ?1")?
            .execute(params![engagement, text, crate::domain::dates::iso(on)])?;
        Ok(())
    }

    /// Mark a follow-up done (history).
    pub fn complete_followup(&self, id: Id, done_on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE followup SET done_at = ?2 WHERE id = ?1")?
            .execute(params![id, format!("{} 12:00:00", crate::domain::dates::iso(done_on))])?;
        Ok(())
    }

    /// Backdate a person's employment start, or end it (a former contact).
    pub fn employment_dates(&self, person: Id, since: NaiveDate, until: Option<NaiveDate>) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE employment SET started_on = ?2, ended_on = ?3 WHERE person_id = ?1")?
            .execute(params![
                person,
                crate::domain::dates::iso(since),
                until.map(crate::domain::dates::iso)
            ])?;
        if until.is_some() {
            super::departures::refresh_trainers(self.tx, person)?;
        }
        Ok(())
    }

    /// Backdate a company's creation (the demo's relationships are years old).
    pub fn company_created(&self, company: Id, on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE company SET created_at = ?2, updated_at = ?2 WHERE id = ?1")?
            .execute(params![company, format!("{} 12:00:00", crate::domain::dates::iso(on))])?;
        Ok(())
    }

    /// A company joins an organisation (an association) since a day.
    pub fn membership(&self, organisation: Id, company: Id, since: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO membership (organisation_id, company_id, started_on, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                organisation,
                company,
                crate::domain::dates::iso(since),
                self.ctx.now
            ])?;
        Ok(())
    }

    /// A staff member's role in an organisation, or work at a company.
    pub fn affiliation(
        &self,
        staff: Id,
        company: Id,
        kind: crate::domain::kinds::AffiliationKind,
        title: &str,
        since: NaiveDate,
    ) -> Result<()> {
        self.tx.execute(
            "INSERT INTO staff_affiliation (staff_id, company_id, kind, title, started_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                staff,
                company,
                kind.as_str(),
                title,
                crate::domain::dates::iso(since),
                self.ctx.now
            ],
        )?;
        Ok(())
    }

    /// An organisation opened the door to a company.
    pub fn introduced_by(&self, company: Id, organisation: Id, on: NaiveDate) -> Result<()> {
        self.tx.execute(
            "INSERT INTO introduction (company_id, by_company_id, introduced_on, staff_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                company,
                organisation,
                crate::domain::dates::iso(on),
                self.ctx.actor,
                self.ctx.now
            ],
        )?;
        Ok(())
    }

    /// Places offered (and filled) by a company.
    pub fn places(&self, change: &crate::model::network::PlaceChange) -> Result<()> {
        super::places::set_places(self.tx, &self.ctx, change).map(|_| ())
    }

    /// The company asked for rest until a day.
    pub fn rest(&self, company: Id, until: NaiveDate, reason: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE company SET rest_until = ?2, rest_reason = ?3 WHERE id = ?1",
            params![company, crate::domain::dates::iso(until), reason],
        )?;
        Ok(())
    }

    /// Another school asked the company, as it told us.
    pub fn outside_ask(&self, company: Id, on: NaiveDate, by: &str, what: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO outside_ask (company_id, asked_on, asked_by, what, staff_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                company,
                crate::domain::dates::iso(on),
                by,
                what,
                self.ctx.actor,
                self.ctx.now
            ],
        )?;
        Ok(())
    }

    /// An offer from the school looking for a company.
    pub fn offer(&self, new: &crate::model::offers::NewOffer) -> Result<Id> {
        super::offers::insert_offer(self.tx, &self.ctx, new)
    }

    /// A former student of ours.
    pub fn alumnus(&self, person: Id, programme: &str, year: i32) -> Result<()> {
        self.tx.execute(
            "UPDATE person SET alumnus_programme = ?2, alumnus_year = ?3 WHERE id = ?1",
            params![person, programme, year],
        )?;
        Ok(())
    }

    /// How many companies the database holds (the demo refuses a non-empty one).
    pub fn company_count(&self) -> Result<i64> {
        self.tx.query_row("SELECT count(*) FROM company", [], |r| r.get(0))
    }
}

impl Bulk<'_> {
    /// A team, with these staff members in it.
    pub fn team(&self, name: &str, members: &[Id]) -> Result<Id> {
        self.tx.execute(
            "INSERT INTO team (name, name_fold, created_at) VALUES (?1, ?2, ?3)",
            params![name, fold(name), self.ctx.now],
        )?;
        let id = self.tx.last_insert_rowid()?;
        for member in members {
            self.tx
                .execute("UPDATE staff SET team_id = ?2 WHERE id = ?1", params![member, id])?;
        }
        Ok(id)
    }

    /// A yearly goal, as `kring goal add` would store it.
    pub fn question(&self, new: &crate::model::questions::NewQuestion) -> Result<Id> {
        super::questions::insert_question(self.tx, &self.ctx, new)
    }

    pub fn match_question(&self, id: Id, how: &crate::model::questions::QuestionMatch) -> Result<Id> {
        super::questions::match_in(self.tx, &self.ctx, id, how)
    }

    pub fn question_status(
        &self,
        id: Id,
        status: crate::domain::kinds::QuestionStatus,
        note: Option<&str>,
    ) -> Result<()> {
        super::questions::status_in(self.tx, &self.ctx, id, status, note)
    }

    pub fn team_capacity(
        &self,
        team: Id,
        school_year: &str,
        period: &str,
        assignments: u32,
        students: u32,
    ) -> Result<()> {
        super::questions::capacity_in(self.tx, &self.ctx, team, school_year, period, assignments, students)
    }

    pub fn topics(&self, person: Id, topics: &[String]) -> Result<()> {
        super::topics::change_topics(self.tx, &self.ctx, person, topics, &[])
    }

    /// A guest lecture's rating, after it was logged.
    pub fn rate_interaction(&self, interaction: Id, rating: u8) -> Result<()> {
        self.tx.execute(
            "UPDATE interaction SET rating = ?2 WHERE id = ?1",
            params![interaction, rating],
        )?;
        Ok(())
    }

    /// A proposal in `staff`'s capture inbox.
    pub fn capture(&self, proposal: &crate::domain::capture::Proposal, staff: Id) -> Result<Id> {
        super::capture::insert_capture(self.tx, &self.ctx, proposal, Some(staff))
    }

    pub fn campaign(&self, new: &crate::model::campaigns::NewCampaign) -> Result<Id> {
        super::campaigns::insert_campaign(self.tx, &self.ctx, new)
    }

    /// Invite `company` to `campaign`, addressed to `person` (its main contact).
    pub fn invite(
        &self,
        campaign: Id,
        company: Id,
        person: Option<Id>,
        reply: Option<crate::domain::kinds::Reply>,
    ) -> Result<()> {
        super::campaigns::invite_in(self.tx, &self.ctx, campaign, company, person, reply)
    }

    pub fn goal(&self, new: &crate::model::goals::NewGoal) -> Result<Id> {
        self.tx.execute(
            "INSERT INTO goal (school_year, team_id, staff_id, metric, tag, target, max, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                new.school_year,
                new.team,
                new.staff,
                new.metric,
                new.tag,
                new.target,
                new.max,
                new.note,
                self.ctx.now
            ],
        )?;
        self.tx.last_insert_rowid()
    }

    pub fn set_me(&self, staff: Id) -> Result<()> {
        self.tx.execute(
            "INSERT INTO setting (key, value) VALUES ('me', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [staff.to_string()],
        )?;
        Ok(())
    }

    pub fn circle(&self, name: &str, description: &str, created: NaiveDate) -> Result<Id> {
        self.tx.execute(
            "INSERT INTO circle (name, name_fold, description, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                name,
                fold(name),
                description,
                format!("{} 12:00:00", crate::domain::dates::iso(created))
            ],
        )?;
        self.tx.last_insert_rowid()
    }

    pub fn circle_member(&self, circle: Id, company: Id, joined: NaiveDate) -> Result<()> {
        self.tx.execute(
            "INSERT INTO circle_member (circle_id, company_id, joined_on) VALUES (?1, ?2, ?3)",
            params![circle, company, crate::domain::dates::iso(joined)],
        )?;
        Ok(())
    }

    pub fn meeting(&self, circle: Id, on: NaiveDate, time: &str, place: &str, agenda: &str) -> Result<Id> {
        self.tx.execute(
            "INSERT INTO meeting (circle_id, starts_at, place, agenda, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                circle,
                format!("{} {time}", crate::domain::dates::iso(on)),
                place,
                agenda,
                self.ctx.now
            ],
        )?;
        self.tx.last_insert_rowid()
    }
}

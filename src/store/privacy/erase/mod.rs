//! Erasing a person (GDPR/AVG art. 17): what to change is planned first —
//! every free-text column of every table is searched for their name, e-mail
//! addresses and phone numbers — and each mention is judged by the record it
//! stands in, so that a namesake at another company keeps their notes. The
//! plan is shown by `--dry-run`; erasing carries it out in one transaction,
//! then rewrites the file so no freed page or `-wal` frame still holds them.

mod columns;
pub use columns::*;

mod scan;
use scan::*;

use crate::domain::redact::{self, Found, Identity, Mention};
use crate::store::db::{params, Connection, Engine, OptionalExtension, TransactionBehavior};
use crate::store::dialect;
use crate::store::{audit, Id, Store};
use crate::{Error, Result};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// What erasure does with one mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// It is this person: replaced by "[removed]".
    Erase,
    /// It is someone else (a namesake): left as it is.
    Keep,
    /// Cannot tell: left as it is and listed, unless `--scrub-ambiguous`.
    Review,
    /// Found in a name erasure does not change (a company's): listed, kept.
    Left,
}

/// One row of one column that mentions the person.
#[derive(Debug, Clone, Serialize)]
pub struct Place {
    pub table: &'static str,
    pub column: &'static str,
    /// The row's id (for the audit log and the import log, its rowid).
    pub row: Id,
    pub found: Vec<Found>,
    pub verdict: Verdict,
    pub reason: String,
}

/// What erasing a person will do: shown by `--dry-run`, carried out by erase.
#[derive(Debug, Clone, Serialize)]
pub struct ErasePlan {
    pub person: Id,
    pub name: String,
    pub places: Vec<Place>,
}

impl ErasePlan {
    pub fn count(&self, verdict: Verdict) -> usize {
        self.places.iter().filter(|p| p.verdict == verdict).count()
    }
}

/// How long erase waits for other processes to let go of the `-wal` file.
pub fn default_wait() -> Duration {
    let millis = std::env::var("KRING_ERASE_WAIT_MS").ok().and_then(|v| v.parse().ok());
    Duration::from_millis(millis.unwrap_or(10_000))
}

impl Store {
    /// Every place erasing `person` would change, keep or leave for review.
    pub fn erase_plan(&self, person: Id) -> Result<ErasePlan> {
        let subject = Subject::load(self.conn(), person)?;
        let findings = scan(self.conn(), &subject)?;
        Ok(ErasePlan {
            person,
            name: subject.name,
            places: findings.into_iter().flat_map(|f| f.places).collect(),
        })
    }

    /// Erase a person: the record and every link to it, every mention judged
    /// theirs scrubbed (and with `scrub_ambiguous` the doubtful ones too), the
    /// search indexes rebuilt, then the whole file rewritten (VACUUM) and the
    /// `-wal` emptied, so neither free pages nor old frames hold them. The
    /// audit log keeps only that an erasure happened. Fails — after the
    /// erasure itself is committed — when another process keeps the `-wal`
    /// busy past `wait`: then `finish_erase` completes the job.
    pub fn erase_person(&mut self, id: Id, scrub_ambiguous: bool, wait: Duration) -> Result<ErasePlan> {
        let (plan, erased_in) = self.erase_committed(id, scrub_ambiguous)?;
        self.finish_after(erased_in, wait)?;
        Ok(plan)
    }

    /// Erase several people (the retention review's list), each in a
    /// transaction of its own, and rewrite the file (or the server's
    /// tables) once at the end rather than once per person.
    pub fn erase_people(&mut self, ids: &[Id], wait: Duration) -> Result<usize> {
        let mut last = None;
        for id in ids {
            last = self.erase_committed(*id, false)?.1.or(last);
        }
        if !ids.is_empty() {
            self.finish_after(last, wait)?;
        }
        Ok(ids.len())
    }

    /// After erasures committed: on a server the rewrite of the tables
    /// (waiting for sessions as old as `erased_in`), on a file its rewrite.
    fn finish_after(&mut self, erased_in: Option<String>, wait: Duration) -> Result<()> {
        match erased_in {
            Some(xid) => self.vacuum_full(wait, Some(xid)),
            None => self.finish_erase(wait),
        }
    }

    /// The erasure itself, committed; what it changed, and on a server the
    /// transaction it was made in.
    fn erase_committed(&mut self, id: Id, scrub_ambiguous: bool) -> Result<(ErasePlan, Option<String>)> {
        self.require_admin(&crate::t!("admin-erase-person"))?;
        let ctx = self.ctx();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Planned inside the transaction: what is changed is what was judged.
        let subject = Subject::load(&tx, id)?;
        let findings = scan(&tx, &subject)?;
        // Where the server guards the audit log, an admin changes it only
        // through its two functions (docs/team.md).
        let guarded = dialect::audit_log_is_guarded(&tx)?;
        for finding in &findings {
            let erase = |m: &Mention| {
                finding.places.iter().any(|p| {
                    p.found.contains(&m.found)
                        && (p.verdict == Verdict::Erase || (p.verdict == Verdict::Review && scrub_ambiguous))
                })
            };
            let Some(new) = scrub(&subject.identity, &finding.text, finding.column, erase) else {
                continue;
            };
            if finding.table == "audit_log" && guarded {
                tx.query_row(
                    "SELECT CAST(kring_audit_rewrite(?2, ?1) AS TEXT)",
                    params![new, finding.row],
                    |_| Ok(()),
                )?;
                continue;
            }
            write_scrubbed(&tx, finding, &new)?;
        }
        // What capture proposed with them goes whole, with the hashes of the
        // messages it was made of (an interaction it became stays, as any).
        tx.execute(
            "DELETE FROM capture WHERE id IN (SELECT capture_id FROM capture_person WHERE person_id = ?1)",
            [id],
        )?;
        tx.execute("DELETE FROM person WHERE id = ?1", [id])?;
        if guarded {
            tx.query_row("SELECT kring_audit_forget('person', ?1)", [id], |_| Ok(()))?;
        } else {
            tx.execute("DELETE FROM audit_log WHERE entity = 'person' AND entity_id = ?1", [id])?;
        }
        // What an import filled in for them holds their data too.
        tx.execute(
            "DELETE FROM import_item WHERE entity = 'person' AND entity_id = ?1",
            [id],
        )?;
        // A merge of theirs could be undone: its undo data is their record.
        tx.execute(
            "DELETE FROM merge_log WHERE entity = 'person' AND ?1 IN (kept_id, merged_id)",
            [id],
        )?;
        audit::record(&tx, &ctx, "person", id, "erase", Value::Null)?;
        // Full-text indexes keep deleted tokens in old segments until those
        // are merged: 'optimize' merges every segment into one without them
        // (company names and cities are never scrubbed, so company_fts is
        // untouched).
        for table in ["person_fts", "interaction_fts", "written_fts"]
            .iter()
            .filter(|_| tx.engine() == Engine::Sqlite)
        {
            tx.execute_batch(&format!("INSERT INTO {table} ({table}) VALUES ('optimize')"))?;
        }
        // The erase's own transaction id: sessions older than it may still
        // see her rows (PostgreSQL; see `vacuum_full`).
        let erased_in: Option<String> = match tx.engine() {
            Engine::Postgres => Some(tx.query_row("SELECT CAST(pg_current_xact_id() AS TEXT)", [], |r| r.get(0))?),
            Engine::Sqlite => None,
        };
        tx.commit()?;
        let plan = ErasePlan {
            person: id,
            name: subject.name,
            places: findings.into_iter().flat_map(|f| f.places).collect(),
        };
        Ok((plan, erased_in))
    }

    /// Rewrite the whole file so no free page or unused cell space holds
    /// deleted data (including what was deleted long before, when a duplicate
    /// was merged away), then move the `-wal` into the file and empty it.
    /// Waits up to `wait` for other processes reading the database.
    pub fn finish_erase(&mut self, wait: Duration) -> Result<()> {
        if self.engine() == Engine::Postgres {
            return self.vacuum_full(wait, None);
        }
        if self.path.is_none() {
            return Ok(());
        }
        let deadline = Instant::now() + wait;
        let file = self.conn.sqlite()?;
        file.busy_timeout(wait.max(Duration::from_millis(50)))?;
        let result = self.vacuum_and_truncate(deadline);
        self.conn.sqlite()?.busy_timeout(Duration::from_secs(10))?;
        result
    }

    fn vacuum_and_truncate(&mut self, deadline: Instant) -> Result<()> {
        self.conn
            .execute_batch("VACUUM")
            .map_err(|e| still_on_disk(&e.to_string()))?;
        loop {
            let busy: i64 = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
                .map_err(|e| still_on_disk(&e.to_string()))?;
            if busy == 0 && self.wal_len() == 0 {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(still_on_disk("another process is reading the database"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// On a server: rewrite the tables that held the person, so their old
    /// row versions leave the table and index files (plain VACUUM only
    /// marks the space free), and the sampled statistics are taken again. Only the tables' owner may (PostgreSQL 15);
    /// for anyone else the server's nightly maintenance does it, as
    /// docs/team.md asks IT to set up. What the WAL archive and base
    /// backups hold stays until their retention ends (docs/team.md).
    ///
    /// A session whose snapshot is older than the rewrite (a long report, a
    /// backup running) keeps the old versions alive: kring waits up to
    /// `wait` for it to end, as for a reader of a file, then says so.
    fn vacuum_full(&mut self, wait: Duration, erased_in: Option<String>) -> Result<()> {
        if !crate::store::postgres::owns_tables(&self.conn)? {
            return Ok(());
        }
        let remains = |why: &str| {
            Error::Database(format!(
                "the person is erased from every table, but their old row versions are still in the server's \
                 files ({why}): run `kring person erase --finish` later, or ask IT to run VACUUM (FULL, ANALYZE) \
                 on the kring database"
            ))
        };
        // (`--finish`: anything older than now.)
        let since = match erased_in {
            Some(xid) => xid,
            None => self
                .conn
                .query_row("SELECT CAST(pg_current_xact_id() AS TEXT)", [], |r| r.get(0))?,
        };
        // A session whose snapshot or transaction is as old as the erase
        // keeps every old row version alive through a rewrite (anywhere on
        // the server): wait for those to end first — an autovacuum worker
        // sampling a table for ANALYZE too (a rewrite during its snapshot
        // copied her row into the new file now and then).
        let deadline = Instant::now() + wait;
        loop {
            let older: i64 = self.conn.query_row(
                "SELECT count(*) FROM pg_stat_activity
                  WHERE pid <> pg_backend_pid() AND backend_type IN ('client backend', 'autovacuum worker')
                    AND (age(backend_xmin) >= age(CAST(CAST(?1 AS TEXT) AS xid))
                         OR age(backend_xid) >= age(CAST(CAST(?1 AS TEXT) AS xid)))",
                [&since],
                |r| r.get(0),
            )?;
            if older == 0 {
                break;
            }
            if Instant::now() >= deadline {
                return Err(remains(&format!(
                    "{older} other session(s) on the server still see the data as it was — a long query or a backup?"
                )));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        // kring's tables (the scrubbed text lives in many: an import's file
        // name, a meeting's minutes…), then the statistics catalogue, which
        // may hold sampled values of theirs. A session that holds a table
        // open makes the rewrite wait, as long as `wait` allows.
        let tables = dialect::tables(&self.conn)?.join(", ");
        let millis = wait.as_millis().max(100);
        self.conn.execute_batch(&format!("SET lock_timeout = '{millis}ms'"))?;
        let rewritten = self
            .conn
            .execute_batch(&format!("VACUUM (FULL, ANALYZE) {tables}"))
            .and_then(|_| self.conn.execute_batch("VACUUM FULL pg_catalog.pg_statistic"));
        self.conn.execute_batch("SET lock_timeout = '10s'")?;
        match rewritten {
            Ok(()) => Ok(()),
            Err(Error::Busy) => Err(remains(
                "other sessions on the server are using its tables and still see the data as it was",
            )),
            Err(e) => Err(remains(&e.to_string())),
        }
    }

    fn wal_len(&self) -> u64 {
        self.path
            .as_ref()
            .and_then(|p| std::fs::metadata(format!("{}-wal", p.display())).ok())
            .map_or(0, |m| m.len())
    }
}

fn still_on_disk(why: &str) -> Error {
    Error::Database(format!(
        "the person is erased from the database, but the file still holds their old data in free pages \
         or in its -wal file ({why}). Close every other kring on this database (a terminal UI left open?) \
         and run `kring person erase --finish`"
    ))
}

/// One scrubbed text in its place; a name kept folded beside it follows,
/// made unique with the record's number where another already reads so.
fn write_scrubbed(tx: &Connection, finding: &Finding, new: &str) -> Result<()> {
    let key = dialect::row_key(tx.engine(), finding.table);
    let folded = FOLDED
        .iter()
        .find(|(t, c, _)| *t == finding.table && *c == finding.column)
        .map(|(_, _, fold)| *fold);
    let Some(fold_column) = folded else {
        // Fixed names from FREE_TEXT only; the text is bound.
        tx.execute(
            &format!("UPDATE {} SET {} = ?1 WHERE {key} = ?2", finding.table, finding.column),
            params![new, finding.row],
        )?;
        return Ok(());
    };
    let taken = |name: &str| -> Result<bool> {
        tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE ({} = ?1 OR {fold_column} = ?2) AND {key} <> ?3)",
                finding.table, finding.column
            ),
            params![name, crate::domain::fold::fold(name), finding.row],
            |r| r.get(0),
        )
    };
    let name = match taken(new)? {
        true => format!("{new} (#{})", finding.row),
        false => new.to_string(),
    };
    tx.execute(
        &format!(
            "UPDATE {} SET {} = ?1, {fold_column} = ?2 WHERE {key} = ?3",
            finding.table, finding.column
        ),
        params![name, crate::domain::fold::fold(&name), finding.row],
    )?;
    Ok(())
}

/// The person being erased, and who else could be meant by their name.
struct Subject {
    id: Id,
    name: String,
    identity: Identity,
    companies: HashSet<Id>,
    /// Other people with the same name, and the companies they work or worked at.
    namesakes: HashSet<Id>,
    namesake_companies: HashSet<Id>,
    /// A staff member with the same name.
    staff_namesake: bool,
    /// Other people or staff with one of the same e-mail addresses or phone numbers.
    shared_contact: Vec<String>,
}

impl Subject {
    fn load(conn: &Connection, id: Id) -> Result<Subject> {
        let (name, name_fold, email, phone): (String, String, Option<String>, Option<String>) = conn
            .query_row(
                "SELECT name, name_fold, email, phone FROM person WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("person", format!("#{id}")))?;
        let emails: Vec<&str> = email.as_deref().into_iter().collect();
        let phones: Vec<&str> = phone.as_deref().into_iter().collect();
        let namesakes = ids(
            conn,
            "SELECT id FROM person WHERE name_fold = ?1 AND id <> ?2",
            params![name_fold, id],
        )?;
        let mut namesake_companies = HashSet::new();
        for other in &namesakes {
            namesake_companies.extend(companies_of(conn, *other)?);
        }
        let staff_namesake: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE name_fold = ?1)",
            [&name_fold],
            |r| r.get(0),
        )?;
        Ok(Subject {
            id,
            identity: Identity::new(&name, &emails, &phones),
            companies: companies_of(conn, id)?,
            namesakes,
            namesake_companies,
            staff_namesake,
            shared_contact: shared_contact(conn, id, email.as_deref(), phone.as_deref())?,
            name,
        })
    }
}

fn ids(conn: &Connection, sql: &str, params: impl crate::store::db::Params) -> Result<HashSet<Id>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn companies_of(conn: &Connection, person: Id) -> Result<HashSet<Id>> {
    ids(conn, "SELECT company_id FROM employment WHERE person_id = ?1", [person])
}

/// Who else has this e-mail address or phone number: then a mention of it is
/// not surely this person (a shared office number, a general inbox).
fn shared_contact(conn: &Connection, id: Id, email: Option<&str>, phone: Option<&str>) -> Result<Vec<String>> {
    let mut shared = Vec::new();
    if let Some(email) = email {
        let mut stmt = conn.prepare(
            "SELECT 'person #' || id FROM person WHERE lower(email) = lower(?1) AND id <> ?2
             UNION ALL SELECT 'staff member ' || name FROM staff WHERE lower(email) = lower(?1)",
        )?;
        for who in stmt.query_map(params![email, id], |r| r.get::<_, String>(0))? {
            shared.push(format!("e-mail address also of {}", who?));
        }
    }
    if let Some(key) = phone.and_then(redact::phone_key) {
        let mut stmt = conn.prepare("SELECT id, phone FROM person WHERE phone IS NOT NULL AND id <> ?1")?;
        for row in stmt.query_map([id], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?)))? {
            let (other, number) = row?;
            if redact::phone_key(&number).as_deref() == Some(key.as_str()) {
                shared.push(format!("phone number also of person #{other}"));
            }
        }
    }
    Ok(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every TEXT column of the schema is either searched by erasure or
    /// listed as not free text: a new column cannot slip past erasure.
    #[test]
    fn every_text_column_is_searched_or_known_not_to_be_free_text() {
        let store = Store::open_in_memory(super::super::super::Clock::system()).unwrap();
        let conn = store.conn();
        let mut unknown = Vec::new();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        for table in tables {
            let mut stmt = conn
                .prepare(&format!("SELECT name, type FROM pragma_table_xinfo('{table}')"))
                .unwrap();
            let columns: Vec<(String, String)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(|r| r.unwrap())
                .collect();
            for (column, kind) in columns
                .into_iter()
                .filter(|(_, kind)| kind.eq_ignore_ascii_case("TEXT"))
            {
                let known = |list: &[(&str, &str)]| list.iter().any(|(t, c)| *t == table && *c == column);
                assert!(
                    !(known(FREE_TEXT) && known(NOT_FREE_TEXT)),
                    "{table}.{column} is in both lists"
                );
                if !known(FREE_TEXT) && !known(NOT_FREE_TEXT) {
                    unknown.push(format!("{table}.{column} ({kind})"));
                }
            }
        }
        assert!(unknown.is_empty(), "TEXT columns erasure does not know: {unknown:?}");
    }
}

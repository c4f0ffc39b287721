//! Erasing a person (GDPR/AVG art. 17): what to change is planned first —
//! every free-text column of every table is searched for their name, e-mail
//! addresses and phone numbers — and each mention is judged by the record it
//! stands in, so that a namesake at another company keeps their notes. The
//! plan is shown by `--dry-run`; erasing carries it out in one transaction,
//! then rewrites the file so no freed page or `-wal` frame still holds them.

use super::super::{audit, Id, Store};
use crate::domain::redact::{self, Found, Identity, Mention};
use crate::store::db::{params, Connection, Engine, OptionalExtension, TransactionBehavior};
use crate::store::dialect;
use crate::{Error, Result};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// Where free text is stored, and what record each row belongs to. Every
/// TEXT column of the schema is either here or in [`NOT_FREE_TEXT`]; a test
/// keeps the two lists complete, so a new column cannot be forgotten.
pub const FREE_TEXT: &[(&str, &str)] = &[
    ("interaction", "summary"),
    ("goal", "note"),
    ("interaction", "outcome"),
    ("followup", "action"),
    ("engagement", "programme"),
    ("engagement", "period"),
    ("engagement", "scope"),
    ("engagement", "expectations"),
    ("engagement", "compensation"),
    ("engagement", "evaluation"),
    ("company", "source"),
    ("company", "motivation"),
    ("company", "agreements"),
    ("person", "notes"),
    ("person", "salutation"),
    ("meeting", "place"),
    ("meeting", "agenda"),
    ("meeting", "minutes"),
    ("circle", "description"),
    ("recognition", "programme"),
    ("audit_log", "detail"),
    ("import_batch", "source"),
    ("import_item", "before"),
    ("merge_log", "undo"),
    ("company", "email"),
    ("company", "phone"),
    ("question", "title"),
    ("question", "note"),
    ("question", "period"),
    ("question", "reason"),
    ("question_step", "note"),
    ("campaign", "place"),
    ("campaign", "note"),
    ("campaign_invitee", "note"),
    // Titles and names people give things: "Lunch met Wouter IJzerman".
    ("campaign", "name"),
    ("team", "name"),
    ("team_capacity", "period"),
    ("circle", "name"),
    ("employment", "title"),
    ("employment", "department"),
    ("person_topic", "topic"),
];

/// Names erasure finds the person in but leaves, and says so: a company's
/// name is the company's (a firm called after its founder keeps its name),
/// a tag is shared by many companies, a staff member is someone else.
pub const LEFT_AS_NAMES: &[(&str, &str, &str)] = &[
    (
        "company",
        "name",
        "a company's name is the company's: kept (change it by hand if it must go)",
    ),
    (
        "tag",
        "name",
        "a tag is shared by companies: kept (rename it by hand if it must go)",
    ),
    ("staff", "name", "a staff member's name is theirs: kept"),
];

/// Name columns kept folded beside them (for search and sorting), which
/// follow a scrubbed name; each is unique in its table.
const FOLDED: &[(&str, &str, &str)] = &[
    ("campaign", "name", "name_fold"),
    ("team", "name", "name_fold"),
    ("circle", "name", "name_fold"),
    ("person_topic", "topic", "topic_fold"),
];

/// TEXT columns that are not free text about people: names of other records,
/// codes, dates and vocabularies. The erased person's own row is deleted whole.
pub const NOT_FREE_TEXT: &[(&str, &str)] = &[
    ("setting", "key"),
    ("setting", "value"),
    ("staff", "name"),
    ("staff", "name_fold"),
    ("staff", "email"),
    ("staff", "role"),
    ("staff", "left_on"),
    ("staff", "created_at"),
    ("staff", "login"),
    ("goal", "school_year"),
    ("goal", "metric"),
    ("goal", "tag"),
    ("goal", "created_at"),
    ("question", "kind"),
    ("question", "wanted_by"),
    ("question", "status"),
    ("question", "school_year"),
    ("question", "asked_on"),
    ("question", "created_at"),
    ("question", "updated_at"),
    ("question_step", "status"),
    ("question_step", "at"),
    ("team_capacity", "school_year"),
    ("team_capacity", "updated_at"),
    ("person_topic", "topic_fold"),
    ("campaign", "name_fold"),
    ("campaign", "kind"),
    ("campaign", "held_on"),
    ("campaign", "created_at"),
    ("campaign_invitee", "reply"),
    ("campaign_invitee", "replied_at"),
    ("campaign_invitee", "invited_at"),
    ("team", "name_fold"),
    ("team", "created_at"),
    ("company", "name"),
    ("company", "name_fold"),
    ("company", "kvk"),
    ("company", "sector"),
    ("company", "street"),
    ("company", "postcode"),
    ("company", "city"),
    ("company", "city_fold"),
    ("company", "website"),
    ("company", "status"),
    ("company", "last_contact_on"),
    ("company", "created_at"),
    ("company", "updated_at"),
    ("company", "contact_due_on"),
    ("tag", "name"),
    ("person", "name"),
    ("person", "name_fold"),
    ("person", "email"),
    ("person", "phone"),
    ("person", "created_at"),
    ("person", "updated_at"),
    ("person", "given_name"),
    ("person", "infix"),
    ("person", "family_name"),
    ("person", "honorific"),
    ("person", "profile_url"),
    ("person", "sort_key"),
    ("employment", "role"),
    ("employment", "started_on"),
    ("employment", "ended_on"),
    ("interaction", "occurred_on"),
    ("interaction", "kind"),
    ("interaction", "created_at"),
    ("followup", "due_on"),
    ("followup", "created_at"),
    ("followup", "done_at"),
    ("engagement", "form"),
    ("engagement", "school_year"),
    ("engagement", "starts_on"),
    ("engagement", "ends_on"),
    ("engagement", "status"),
    ("engagement", "evaluated_on"),
    ("engagement", "created_at"),
    ("engagement", "updated_at"),
    ("recognition", "crebo"),
    ("recognition", "recognised_on"),
    ("recognition", "recheck_on"),
    ("circle", "name_fold"),
    ("circle", "created_at"),
    ("circle_member", "joined_on"),
    ("circle_member", "left_on"),
    ("meeting", "starts_at"),
    ("meeting", "created_at"),
    ("meeting_attendance", "status"),
    ("audit_log", "at"),
    ("audit_log", "entity"),
    ("audit_log", "action"),
    ("import_batch", "format"),
    ("import_batch", "imported_at"),
    ("import_batch", "undone_at"),
    ("merge_log", "entity"),
    ("merge_log", "merged_at"),
    ("merge_log", "undone_at"),
    ("import_item", "entity"),
    ("import_item", "action"),
    ("backup_copy", "path"),
    ("backup_copy", "kind"),
    ("backup_copy", "made_at"),
];

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
        match erased_in {
            Some(xid) => self.vacuum_full(wait, Some(xid))?,
            None => self.finish_erase(wait)?,
        }
        Ok(ErasePlan {
            person: id,
            name: subject.name,
            places: findings.into_iter().flat_map(|f| f.places).collect(),
        })
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
        // the server): wait for those to end first.
        let deadline = Instant::now() + wait;
        loop {
            let older: i64 = self.conn.query_row(
                "SELECT count(*) FROM pg_stat_activity
                  WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'
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

/// What a row is about: which people it names through links, and which companies.
#[derive(Default)]
struct RowContext {
    people: HashSet<Id>,
    companies: HashSet<Id>,
}

/// One row of one column that mentions the person: its text as it is now,
/// and a place for each verdict on the mentions in it.
struct Finding {
    table: &'static str,
    column: &'static str,
    row: Id,
    text: String,
    places: Vec<Place>,
}

/// Every row of every free-text column that mentions the person.
fn scan(conn: &Connection, subject: &Subject) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for (table, column) in FREE_TEXT {
        // Fixed names from FREE_TEXT only.
        let mut stmt = conn.prepare(&format!(
            "SELECT {}, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} <> ''",
            dialect::row_key(conn.engine(), table)
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(1)?;
            let found = found_in(&subject.identity, &text, column);
            if found.is_empty() {
                continue;
            }
            let rowid: Id = row.get(0)?;
            let context = context_of(conn, table, rowid)?;
            // One place per verdict, so a row can be partly erased and partly kept.
            let mut places: Vec<Place> = Vec::new();
            for kind in found {
                if kind == Found::FirstName && !context.people.contains(&subject.id) {
                    continue; // a first name alone matters only where the record is about them
                }
                let (verdict, reason) = judge(subject, &context, table, kind);
                match places.iter_mut().find(|p| p.verdict == verdict) {
                    Some(place) => place.found.push(kind),
                    None => places.push(Place {
                        table,
                        column,
                        row: rowid,
                        found: vec![kind],
                        verdict,
                        reason,
                    }),
                }
            }
            out.push(Finding {
                table,
                column,
                row: rowid,
                text,
                places,
            });
        }
    }
    for (table, column, reason) in LEFT_AS_NAMES {
        // Fixed names from LEFT_AS_NAMES only.
        let mut stmt = conn.prepare(&format!(
            "SELECT {}, {column} FROM {table}",
            dialect::row_key(conn.engine(), table)
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(1)?;
            let found: Vec<Found> = found_in(&subject.identity, &text, column)
                .into_iter()
                .filter(|f| *f != Found::FirstName)
                .collect();
            if found.is_empty() {
                continue;
            }
            let rowid: Id = row.get(0)?;
            out.push(Finding {
                table,
                column,
                row: rowid,
                places: vec![Place {
                    table,
                    column,
                    row: rowid,
                    found,
                    verdict: Verdict::Left,
                    reason: reason.to_string(),
                }],
                text,
            });
        }
    }
    Ok(out)
}

/// The kinds of mention in a text (in a JSON column: in any of its strings).
fn found_in(identity: &Identity, text: &str, column: &str) -> Vec<Found> {
    let mut kinds: Vec<Found> = Vec::new();
    let mut add = |t: &str| {
        for m in identity.mentions(t) {
            if !kinds.contains(&m.found) {
                kinds.push(m.found);
            }
        }
    };
    match json_column(column)
        .then(|| serde_json::from_str::<Value>(text).ok())
        .flatten()
    {
        Some(value) => visit_strings(&value, &mut add),
        None => add(text),
    }
    kinds
}

fn json_column(column: &str) -> bool {
    matches!(column, "detail" | "before" | "undo")
}

fn visit_strings(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| visit_strings(v, f)),
        Value::Object(map) => map.values().for_each(|v| visit_strings(v, f)),
        _ => {}
    }
}

/// The text with the mentions `erase` accepts replaced; None when nothing changes.
fn scrub(identity: &Identity, text: &str, column: &str, erase: impl Fn(&Mention) -> bool) -> Option<String> {
    let scrub_text = |t: &str| -> Option<String> {
        let found = identity.mentions(t);
        let chosen: Vec<&Mention> = found.iter().filter(|m| erase(m)).collect();
        (!chosen.is_empty()).then(|| redact::redact(t, &chosen))
    };
    if json_column(column) {
        if let Ok(mut value) = serde_json::from_str::<Value>(text) {
            let mut changed = false;
            scrub_strings(&mut value, &mut |s: &mut String| {
                if let Some(new) = scrub_text(s) {
                    *s = new;
                    changed = true;
                }
            });
            return changed.then(|| value.to_string());
        }
    }
    scrub_text(text)
}

fn scrub_strings(value: &mut Value, f: &mut impl FnMut(&mut String)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| scrub_strings(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| scrub_strings(v, f)),
        _ => {}
    }
}

/// Whether a mention of `kind` in a row with `context` is this person.
fn judge(subject: &Subject, context: &RowContext, table: &str, kind: Found) -> (Verdict, String) {
    let about_them = context.people.contains(&subject.id);
    let about_namesake = context.people.iter().find(|p| subject.namesakes.contains(p));
    match kind {
        Found::FirstName => (Verdict::Review, "their first name alone, in a record about them".into()),
        Found::Email | Found::Phone if !subject.shared_contact.is_empty() => {
            (Verdict::Review, subject.shared_contact.join("; "))
        }
        Found::Email | Found::Phone => (Verdict::Erase, format!("their {}", kind.label())),
        Found::Name if subject.namesakes.is_empty() && !subject.staff_namesake => {
            (Verdict::Erase, "nobody else has this name".into())
        }
        Found::Name => match (about_them, about_namesake) {
            (true, None) => (Verdict::Erase, format!("the {table} record is about them")),
            (false, Some(other)) => (Verdict::Keep, format!("about their namesake, person #{other}")),
            (true, Some(other)) => (
                Verdict::Review,
                format!("names them and their namesake, person #{other}"),
            ),
            (false, None) if subject.staff_namesake => (Verdict::Review, "a staff member has the same name".into()),
            (false, None) => {
                let theirs = context.companies.iter().any(|c| subject.companies.contains(c));
                let namesakes = context.companies.iter().any(|c| subject.namesake_companies.contains(c));
                match (theirs, namesakes) {
                    (true, false) => (Verdict::Erase, "at a company where they work or worked".into()),
                    (false, true) => (
                        Verdict::Keep,
                        "at a company where their namesake works or worked".into(),
                    ),
                    _ => (
                        Verdict::Review,
                        "someone else has the same name; cannot tell who is meant".into(),
                    ),
                }
            }
        },
    }
}

/// The people and companies a row is about, through its links.
fn context_of(conn: &Connection, table: &str, rowid: Id) -> Result<RowContext> {
    let mut context = RowContext::default();
    let entity = match table {
        "audit_log" | "import_item" => {
            let entity: Option<(String, Option<Id>)> = conn
                .query_row(
                    &format!(
                        "SELECT entity, entity_id FROM {table} WHERE {} = ?1",
                        dialect::row_key(conn.engine(), table)
                    ),
                    [rowid],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match entity {
                Some((entity, Some(id))) => Some((entity, id)),
                _ => None,
            }
        }
        "import_batch" | "merge_log" => None,
        // A step is about its question.
        "question_step" => conn
            .query_row("SELECT question_id FROM question_step WHERE id = ?1", [rowid], |r| {
                r.get(0)
            })
            .optional()?
            .map(|question| ("question".to_string(), question)),
        other => Some((other.to_string(), rowid)),
    };
    let Some((entity, id)) = entity else { return Ok(context) };
    let (people_sql, companies_sql): (&str, &str) = match entity.as_str() {
        "interaction" => (
            "SELECT person_id FROM interaction_person WHERE interaction_id = ?1",
            "SELECT company_id FROM interaction WHERE id = ?1",
        ),
        "followup" => (
            "SELECT person_id FROM followup WHERE id = ?1 AND person_id IS NOT NULL
             UNION SELECT ip.person_id FROM followup f JOIN interaction_person ip ON ip.interaction_id = f.interaction_id
              WHERE f.id = ?1",
            "SELECT company_id FROM followup WHERE id = ?1",
        ),
        "engagement" => ("SELECT CAST(?1 AS BIGINT) WHERE 1 = 0", "SELECT company_id FROM engagement WHERE id = ?1"),
        "recognition" => (
            "SELECT trainer_person_id FROM recognition WHERE id = ?1 AND trainer_person_id IS NOT NULL",
            "SELECT company_id FROM recognition WHERE id = ?1",
        ),
        "company" => ("SELECT CAST(?1 AS BIGINT) WHERE 1 = 0", "SELECT id FROM company WHERE id = ?1"),
        "question" => (
            "SELECT person_id FROM question WHERE id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM question WHERE id = ?1",
        ),
        "campaign" => (
            "SELECT person_id FROM campaign_invitee WHERE campaign_id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM campaign_invitee WHERE campaign_id = ?1",
        ),
        "campaign_invitee" => (
            "SELECT person_id FROM campaign_invitee WHERE id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM campaign_invitee WHERE id = ?1",
        ),
        "person" => (
            "SELECT id FROM person WHERE id = ?1",
            "SELECT company_id FROM employment WHERE person_id = ?1",
        ),
        "meeting" => (
            "SELECT person_id FROM meeting_attendance WHERE meeting_id = ?1 AND person_id IS NOT NULL",
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
        ),
        "circle" => (
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
            "SELECT company_id FROM circle_member WHERE circle_id = ?1 AND left_on IS NULL",
        ),
        // Someone's job title or topic is about them, at their companies.
        "employment" => (
            "SELECT person_id FROM employment WHERE id = ?1",
            "SELECT company_id FROM employment WHERE id = ?1",
        ),
        "person_topic" => (
            "SELECT person_id FROM person_topic WHERE id = ?1",
            "SELECT e.company_id FROM person_topic t JOIN employment e ON e.person_id = t.person_id WHERE t.id = ?1",
        ),
        _ => return Ok(context),
    };
    context.people = ids(conn, people_sql, [id])?;
    context.companies = ids(conn, companies_sql, [id])?;
    Ok(context)
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

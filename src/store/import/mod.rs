//! Importing companies and contact persons (from a spreadsheet or vCards),
//! all or nothing: every row in one transaction. Every row is checked first,
//! and an import with bad rows is refused naming each (line and reason).
//!
//! A row's company is matched to an existing one by KvK number, then by the
//! e-mail address of someone who works there, then by web domain (the row's
//! website, or its work e-mail's domain), then by name and city (or by name
//! alone when one side has no city and the name is unique); a person by
//! e-mail, then by name at the company. The KvK number is authoritative: a
//! company with another KvK number is never the row's company, however alike
//! the rest. A match fills the existing record's empty fields and never
//! overwrites one.
//!
//! Each import is recorded (`import_batch`, `import_item`: what it created and
//! what it filled) so that `undo_last_import` (in `undo.rs`) can revert it exactly.

mod rows;
use rows::*;

mod fts;
mod undo;

pub use undo::UndoReport;

use super::{audit, Ctx, Id, Store};
use crate::domain::kinds::CompanyStatus;
use crate::domain::validate;
use crate::model::import::{ImportReport, ImportRow};
use crate::store::db::{params, Connection, TransactionBehavior};
use crate::{Error, Result};

/// The page cache an import may fill (KiB): the pages its rows change stay
/// in it until the commit, instead of going to the WAL midway. Bounded, as
/// the import's memory is (its file's text, the report, this).
const IMPORT_CACHE_SIZE: i64 = -8192;

/// How many new rows one statement indexes or records at the end of an
/// import (or takes out of the search index in its undo): what a statement
/// keeps to undo itself (its statement journal) is held in memory during an
/// import. 2k against 10k: 44 MB against 53 MB for 100k rows, in the same
/// time within the noise of interleaved runs.
const SLICE: i64 = 2_000;

impl Store {
    /// Import the rows in one transaction (rolled back with `dry_run`, or
    /// when a row is bad: the error names each bad row's line). With
    /// `skip_invalid`, a bad row is left out (and reported) instead.
    /// `format` ("csv", "vcard") is recorded with the import. The rows are
    /// taken one at a time, as the file is read.
    pub fn import_rows(
        &mut self,
        source: &str,
        format: &str,
        rows: impl IntoIterator<Item = Result<ImportRow>>,
        dry_run: bool,
        skip_invalid: bool,
        before_commit: &mut dyn FnMut(&ImportReport) -> Result<()>,
    ) -> Result<ImportReport> {
        let mut rows = rows.into_iter();
        self.with_room_for_many_rows(|store| {
            store.import_in_transaction(source, format, &mut rows, dry_run, skip_invalid, before_commit)
        })
    }

    /// Run `f`, a transaction that changes many rows one statement at a time
    /// (an import, its undo), with room for it: a larger page cache (used
    /// only as it fills) keeps the changed pages from going to the WAL
    /// midway more than they must, and each statement's journal (the pages
    /// it changes, to undo a half-done statement) is kept in memory, not in
    /// a temporary file written page by page (15% of an import's time).
    pub(super) fn with_room_for_many_rows<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if let Ok(file) = self.conn.sqlite() {
            file.execute_batch(&format!(
                "PRAGMA cache_size = {IMPORT_CACHE_SIZE}; PRAGMA temp_store = MEMORY"
            ))?;
        }
        let result = f(self);
        if let Ok(file) = self.conn.sqlite() {
            file.execute_batch(&format!(
                "PRAGMA cache_size = {}; PRAGMA temp_store = FILE",
                super::CACHE_SIZE
            ))?;
        }
        result
    }

    fn import_in_transaction(
        &mut self,
        source: &str,
        format: &str,
        rows: &mut dyn Iterator<Item = Result<ImportRow>>,
        dry_run: bool,
        skip_invalid: bool,
        before_commit: &mut dyn FnMut(&ImportReport) -> Result<()>,
    ) -> Result<ImportReport> {
        let ctx = self.ctx();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO import_batch (source, format, staff_id, imported_at, rows) VALUES (?1, ?2, ?3, ?4, 0)",
            params![source, format, ctx.actor, ctx.now],
        )?;
        let batch = tx.last_insert_rowid()?;
        let deferred = fts::defer(&tx)?;
        // On SQLite (one writer at a time), what the import created is
        // recorded for undo and in the audit log in one statement each at
        // the end, not a statement per row (a sixth of an import's time).
        let insert_ctx = Ctx {
            now: ctx.now.clone(),
            today: ctx.today,
            actor: ctx.actor,
            bulk: deferred.is_some(),
        };
        let mut importer = Importer {
            conn: &tx,
            ctx: &ctx,
            insert_ctx: &insert_ctx,
            batch,
            domains: None,
            refused_domain: None,
            active_owners: Vec::new(),
            email_owner: None,
        };
        let mut report = ImportReport {
            dry_run,
            import_id: (!dry_run).then_some(batch),
            ..Default::default()
        };
        take_rows(&tx, &mut importer, rows, &mut report, skip_invalid)?;
        let rows = report.rows;
        tx.execute(
            "UPDATE import_batch SET rows = ?1 WHERE id = ?2",
            params![rows as i64, batch],
        )?;
        if let Some(deferred) = deferred {
            record_created(&tx, &ctx, batch, deferred.before())?;
            deferred.finish(&tx)?;
        }
        audit::record(
            &tx,
            &ctx,
            "database",
            0,
            "import",
            serde_json::json!({
                "import": batch,
                "source": source,
                "companies_created": report.companies_created,
                "people_created": report.people_created
            }),
        )?;
        if dry_run {
            tx.rollback()?;
        } else {
            before_commit(&report)?;
            tx.commit()?;
        }
        Ok(report)
    }
}

/// Every row of the file into the import. All or nothing: once a row is
/// bad, nothing more is written, but the rest are still checked, so the
/// error names every row that is bad in itself. With `skip_invalid` each
/// bad row is left out (in a savepoint) and listed instead; a file whose
/// every row is bad is refused all the same.
fn take_rows(
    tx: &Connection,
    importer: &mut Importer,
    rows: &mut dyn Iterator<Item = Result<ImportRow>>,
    report: &mut ImportReport,
    skip_invalid: bool,
) -> Result<()> {
    let mut invalid: Vec<(u64, String)> = Vec::new();
    let mut failed: Option<Error> = None;
    for row in rows {
        let row = row?;
        report.rows += 1;
        importer.refused_domain = None;
        if let Err(why) = check_row(&row) {
            match skip_invalid {
                true => report.rejected.push((row.line, why)),
                false => invalid.push((row.line, why)),
            }
            continue;
        }
        if !invalid.is_empty() || failed.is_some() {
            continue;
        }
        if !skip_invalid {
            if let Err(e) = importer.row(&row, report) {
                failed = Some(Error::invalid(crate::t!(
                    "import-line-failed",
                    line = row.line,
                    why = e.to_string()
                )));
            }
            continue;
        }
        // Each row in a savepoint, so a rejected row leaves no half behind.
        tx.execute_batch("SAVEPOINT import_row")?;
        let counts = report.counts();
        match importer.row(&row, report) {
            Ok(()) => tx.execute_batch("RELEASE import_row")?,
            Err(e) => {
                tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
                // The row's domains may be in the index: build it again when next needed.
                importer.domains = None;
                report.restore(counts);
                report.rejected.push((row.line, e.to_string()));
            }
        }
    }
    if !invalid.is_empty() {
        let list: Vec<String> = invalid
            .iter()
            .map(|(line, why)| crate::t!("import-line", line = *line, why = why.as_str()))
            .collect();
        return Err(Error::invalid(crate::t!(
            "import-invalid",
            invalid = invalid.len(),
            rows = report.rows,
            list = list.join("\n")
        )));
    }
    if let Some(failed) = failed {
        return Err(failed);
    }
    let rows = report.rows;
    if skip_invalid && rows > 0 && report.rejected.len() == rows {
        // Nothing would come in: not an import to record or undo.
        let list: Vec<String> = report
            .rejected
            .iter()
            .take(20)
            .map(|(line, why)| crate::t!("import-line", line = *line, why = why.as_str()))
            .collect();
        return Err(Error::invalid(crate::t!(
            "import-all-rejected",
            rows = rows,
            list = list.join("\n")
        )));
    }
    Ok(())
}

/// What can be checked of a row without the database: the names, the KvK
/// number and the e-mail addresses.
fn check_row(row: &ImportRow) -> std::result::Result<(), String> {
    if let Some(problem) = &row.problem {
        return Err(problem.clone());
    }
    let fail = |e: crate::domain::validate::FieldError| e.to_string();
    match &row.company {
        Some(company) if company.name.trim().is_empty() && row.person.is_none() => {
            return Err("the row has neither a company nor a person's name".into())
        }
        Some(company) => {
            validate::name("company name", &company.name).map_err(fail)?;
            if let Some(kvk) = validate::optional(company.kvk.as_deref()) {
                validate::kvk(&kvk).map_err(fail)?;
            }
            if let Some(email) = validate::optional(company.email.as_deref()) {
                validate::email(&email).map_err(fail)?;
            }
        }
        None if row.person.is_none() => return Err("the row has neither a company nor a person's name".into()),
        None => {}
    }
    if let Some(status) = &row.status {
        CompanyStatus::parse(status).map_err(|e| e.to_string())?;
    }
    if let Some(person) = &row.person {
        validate::name("person name", &person.name).map_err(fail)?;
        if let Some(email) = validate::optional(person.email.as_deref()) {
            validate::email(&email).map_err(fail)?;
        }
    }
    Ok(())
}

/// The companies and people the import created (the ids above `before`:
/// no one else writes during an SQLite transaction), for undo and in the
/// audit log, as `insert_company` and `insert_person` would record each.
/// In slices of ids, so that each statement's journal stays small.
fn record_created(conn: &Connection, ctx: &Ctx, batch: Id, [companies, people]: [Id; 2]) -> Result<()> {
    let created = [
        ("company", companies, "json_object('name', name, 'status', status)"),
        // A person's entry names the company the row put them at (their only one).
        (
            "person",
            people,
            "json_object('company', (SELECT e.company_id FROM employment e WHERE e.person_id = t.id))",
        ),
    ];
    for (table, last, detail) in created {
        let top: Id = conn.query_row(&format!("SELECT coalesce(max(id), 0) FROM {table}"), [], |r| r.get(0))?;
        let mut from = last;
        while from < top {
            let to = from + SLICE;
            conn.execute(
                &format!(
                    "INSERT INTO import_item (import_id, entity, entity_id, action)
                     SELECT ?1, '{table}', id, 'created' FROM {table} WHERE id > ?2 AND id <= ?3"
                ),
                params![batch, from, to],
            )?;
            conn.execute(
                &format!(
                    "INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
                     SELECT ?1, ?2, '{table}', t.id, 'create', {detail}
                       FROM {table} t WHERE t.id > ?3 AND t.id <= ?4 ORDER BY t.id"
                ),
                params![ctx.now, ctx.actor, from, to],
            )?;
            from = to;
        }
    }
    Ok(())
}

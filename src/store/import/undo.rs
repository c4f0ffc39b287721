//! `kring import undo`: revert the last import exactly, from what the import
//! log recorded — or refuse, changing nothing, when work was built on it.

use crate::domain::fold::fold;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::store::{audit, Ctx, Id, Store};
use crate::{Error, Result};
use serde::Serialize;

/// What `undo_last_import` reverted, and what it left alone.
#[derive(Debug, Clone, Serialize)]
pub struct UndoReport {
    pub import_id: Id,
    pub source: String,
    pub imported_at: String,
    pub companies_removed: usize,
    pub people_removed: usize,
    pub records_restored: usize,
    /// Records (or fields) not undone because they are no longer as the
    /// import left them.
    pub skipped: Vec<Skipped>,
}

fn last_import(conn: &Connection) -> Result<Option<(Id, String, String)>> {
    conn.query_row(
        "SELECT id, source, imported_at FROM import_batch WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// One record the undo left as it is, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub entity: String,
    pub id: Id,
    pub name: Option<String>,
    pub reason: String,
}

impl Store {
    /// Revert the last import that is not undone yet: remove what it created
    /// and empty again the fields it filled — but only what is still as the
    /// import left it. A record that was changed, used (an interaction with
    /// a company it created…), merged away or erased since is left alone and
    /// reported, because undoing it would lose someone's work.
    pub fn undo_last_import(&mut self) -> Result<UndoReport> {
        self.undo_import(None)
    }

    /// The last import not undone yet: its number, file and when.
    pub fn last_import(&self) -> Result<Option<(Id, String, String)>> {
        last_import(self.conn())
    }

    /// Revert the last import, as [`Store::undo_last_import`]; with
    /// `expected`, only when that import is still the last (a colleague's
    /// import since is not taken back by mistake).
    pub fn undo_import(&mut self, expected: Option<Id>) -> Result<UndoReport> {
        self.with_room_for_many_rows(|store| store.undo_import_in_transaction(expected))
    }

    fn undo_import_in_transaction(&mut self, expected: Option<Id>) -> Result<UndoReport> {
        let admin = self.is_admin()?;
        self.write(|tx, ctx| {
            let (id, source, imported_at) =
                last_import(tx)?.ok_or_else(|| Error::invalid(crate::t!("err-no-import")))?;
            if let Some(expected) = expected.filter(|e| *e != id) {
                return Err(Error::invalid(crate::t!(
                    "err-import-not-last",
                    id = expected,
                    last = id
                )));
            }
            ensure_importer(tx, ctx, id, admin)?;
            let items = import_items(tx, id)?;
            let mut report = UndoReport {
                import_id: id,
                source,
                imported_at,
                companies_removed: 0,
                people_removed: 0,
                records_restored: 0,
                skipped: Vec::new(),
            };
            for item in items.iter().filter(|i| i.action == "filled") {
                match restore_filled(tx, item)? {
                    Ok(()) => report.records_restored += 1,
                    Err(reason) => report.skipped.push(skipped(tx, item, reason)?),
                }
            }
            let created = |entity: &'static str| {
                items
                    .iter()
                    .filter(move |i| i.action == "created" && i.entity == entity)
            };
            // First what may go (people before the companies they work at),
            // then out of the search index at once, then the rows.
            let mut people = Vec::new();
            for item in created("person") {
                match still_as_imported(tx, item, &report.imported_at, PERSON_USES)? {
                    Ok(()) => people.push(item.entity_id),
                    Err(reason) => report.skipped.push(skipped(tx, item, reason)?),
                }
            }
            let unindexed = super::fts::unindex(tx, "person", &people)?;
            // Statements prepared once: a delete with its cascades and
            // triggers takes longer to prepare than to run (100k of each).
            let mut delete = tx.prepare_cached("DELETE FROM person WHERE id = ?1")?;
            for id in &people {
                report.people_removed += delete.execute([id])?;
            }
            drop(delete);
            unindexed.restore(tx)?;
            record_removed(tx, ctx, id, "person", &people)?;
            let mut companies = Vec::new();
            for item in created("company") {
                match still_as_imported(tx, item, &report.imported_at, COMPANY_USES)? {
                    Ok(()) => companies.push(item.entity_id),
                    Err(reason) => report.skipped.push(skipped(tx, item, reason)?),
                }
            }
            let unindexed = super::fts::unindex(tx, "company", &companies)?;
            let mut untag = tx.prepare_cached("DELETE FROM company_tag WHERE company_id = ?1")?;
            let mut delete = tx.prepare_cached("DELETE FROM company WHERE id = ?1")?;
            for id in &companies {
                untag.execute([id])?;
                report.companies_removed += delete.execute([id])?;
            }
            drop((untag, delete));
            unindexed.restore(tx)?;
            record_removed(tx, ctx, id, "company", &companies)?;
            tx.execute(
                "UPDATE import_batch SET undone_at = ?1 WHERE id = ?2",
                params![ctx.now, id],
            )?;
            audit::record(
                tx,
                ctx,
                "database",
                0,
                "import undo",
                serde_json::json!({ "import": id, "companies_removed": report.companies_removed,
                                    "people_removed": report.people_removed,
                                    "skipped": report.skipped.len() }),
            )?;
            Ok(report)
        })
    }
}

/// Whoever imported it, or an admin, undoes an import (as the team
/// database enforces too).
fn ensure_importer(conn: &Connection, ctx: &Ctx, import: Id, admin: bool) -> Result<()> {
    let (by, name): (Option<Id>, Option<String>) = conn.query_row(
        "SELECT b.staff_id, s.name FROM import_batch b LEFT JOIN staff s ON s.id = b.staff_id WHERE b.id = ?1",
        [import],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if admin || by.is_none() || by == ctx.actor {
        return Ok(());
    }
    Err(Error::Forbidden(crate::t!(
        "err-undo-not-yours",
        name = name.unwrap_or_default(),
        id = import
    )))
}

/// Each record the undo removed is in its history (one statement per
/// slice of ids, as the import recorded them).
fn record_removed(conn: &Connection, ctx: &Ctx, import: Id, entity: &str, ids: &[Id]) -> Result<()> {
    for slice in ids.chunks(2000) {
        let ids = serde_json::Value::from(slice.to_vec()).to_string();
        conn.execute(
            "INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
             SELECT ?1, CAST(?2 AS BIGINT), ?3, entity_id, 'delete', ?6
               FROM import_item
              WHERE import_id = ?4 AND entity = ?3 AND action = 'created'
                AND entity_id IN (SELECT value FROM json_each(?5))",
            params![
                ctx.now,
                ctx.actor,
                entity,
                import,
                ids,
                serde_json::json!({ "import": import }).to_string()
            ],
        )?;
    }
    Ok(())
}

/// Why a record is not undone, or `Ok` when it may be.
type Verdict = std::result::Result<(), String>;

fn skipped(conn: &Connection, item: &Item, reason: String) -> Result<Skipped> {
    let name: Option<String> = conn
        .query_row(
            &format!("SELECT name FROM {} WHERE id = ?1", table_of(item)),
            [item.entity_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(Skipped {
        entity: item.entity.to_string(),
        id: item.entity_id,
        name,
        reason,
    })
}

fn table_of(item: &Item) -> &'static str {
    match item.entity {
        "company" => "company",
        _ => "person",
    }
}

/// A record the import created may go when it is still the same record,
/// unchanged and unused since.
fn still_as_imported(conn: &Connection, item: &Item, imported_at: &str, uses_sql: &str) -> Result<Verdict> {
    let row: Option<(String, String)> = conn
        .prepare_cached(&format!(
            "SELECT created_at, updated_at FROM {} WHERE id = ?1",
            table_of(item)
        ))?
        .query_row([item.entity_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((created_at, updated_at)) = row else {
        return Ok(Err("no longer there (merged into another record or erased)".into()));
    };
    if created_at != imported_at {
        // Only in files from before ids were kept unique (schema version 7).
        return Ok(Err(format!(
            "#{} now names a record created on {created_at}, not by this import",
            item.entity_id
        )));
    }
    if updated_at != imported_at {
        return Ok(Err(format!(
            "changed since the import (on {})",
            &updated_at[..10.min(updated_at.len())]
        )));
    }
    let uses: i64 = conn
        .prepare_cached(uses_sql)?
        .query_row([item.entity_id], |r| r.get(0))?;
    if uses > 0 {
        let what = match item.entity {
            "company" => "interactions, follow-ups, collaborations, memberships or people added since",
            _ => "interactions, follow-ups, meetings or recognitions",
        };
        return Ok(Err(format!("used since the import ({uses} {what})")));
    }
    Ok(Ok(()))
}

/// One line of an import's log (an import of 100k rows has 200k: kept small).
struct Item {
    /// "company" or "person".
    entity: &'static str,
    entity_id: Id,
    /// "created" or "filled".
    action: &'static str,
    before: Option<String>,
}

fn import_items(conn: &Connection, import: Id) -> Result<Vec<Item>> {
    let mut stmt = conn.prepare(
        "SELECT entity, entity_id, action, before FROM import_item WHERE import_id = ?1 ORDER BY entity_id DESC",
    )?;
    let rows = stmt.query_map([import], |r| {
        // The table's CHECK constraints allow these values only.
        let entity = match r.get_ref(0)?.as_str()? {
            "company" => "company",
            _ => "person",
        };
        let action = match r.get_ref(2)?.as_str()? {
            "created" => "created",
            _ => "filled",
        };
        Ok(Item {
            entity,
            entity_id: r.get(1)?,
            action,
            before: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Empty again the fields an import filled, unless one was changed since
/// (then the record is left whole, so it is never half undone).
fn restore_filled(conn: &Connection, item: &Item) -> Result<Verdict> {
    let before: serde_json::Value = serde_json::from_str(item.before.as_deref().unwrap_or("{}"))
        .map_err(|e| Error::Database(format!("import log of {} #{}: {e}", item.entity, item.entity_id)))?;
    let table = table_of(item);
    let fields = before["fields"].as_object().cloned().unwrap_or_default();
    for (field, pair) in &fields {
        if !matches!(
            field.as_str(),
            "kvk"
                | "sector"
                | "street"
                | "postcode"
                | "city"
                | "website"
                | "email"
                | "phone"
                | "given_name"
                | "infix"
                | "family_name"
                | "honorific"
                | "profile_url"
        ) {
            return Err(Error::Database(format!("import log names an unknown field '{field}'")));
        }
        let now: Option<Option<String>> = conn
            .query_row(
                &format!("SELECT {field} FROM {table} WHERE id = ?1"),
                [item.entity_id],
                |r| r.get(0),
            )
            .optional()?;
        match now {
            None => return Ok(Err("no longer there (merged into another record or erased)".into())),
            Some(now) if now.as_deref() != pair[1].as_str() => {
                return Ok(Err(format!("its {field} was changed after the import")));
            }
            Some(_) => {}
        }
    }
    for (field, pair) in &fields {
        conn.execute(
            &format!("UPDATE {table} SET {field} = ?1 WHERE id = ?2"),
            params![pair[0].as_str(), item.entity_id],
        )?;
        if field == "city" {
            let fold_value = pair[0].as_str().map(fold);
            conn.execute(
                "UPDATE company SET city_fold = ?1 WHERE id = ?2",
                params![fold_value, item.entity_id],
            )?;
        }
    }
    if let Some(updated_at) = before["updated_at"].as_str() {
        conn.execute(
            &format!("UPDATE {table} SET updated_at = ?1 WHERE id = ?2"),
            params![updated_at, item.entity_id],
        )?;
    }
    Ok(Ok(()))
}

/// What refers to a person or a company: if any of it exists, the import
/// that created them has been built on and is not undone.
const PERSON_USES: &str = "SELECT (SELECT count(*) FROM interaction_person WHERE person_id = ?1)
      + (SELECT count(*) FROM followup WHERE person_id = ?1)
      + (SELECT count(*) FROM meeting_attendance WHERE person_id = ?1)
      + (SELECT count(*) FROM recognition WHERE trainer_person_id = ?1)
      + (SELECT count(*) FROM question WHERE person_id = ?1)
      + (SELECT count(*) FROM campaign_invitee WHERE person_id = ?1)
      + (SELECT count(*) FROM introduction WHERE person_id = ?1 OR by_person_id = ?1)";
const COMPANY_USES: &str = "SELECT (SELECT count(*) FROM interaction WHERE company_id = ?1)
      + (SELECT count(*) FROM followup WHERE company_id = ?1)
      + (SELECT count(*) FROM engagement WHERE company_id = ?1)
      + (SELECT count(*) FROM recognition WHERE company_id = ?1)
      + (SELECT count(*) FROM circle_member WHERE company_id = ?1)
      + (SELECT count(*) FROM employment WHERE company_id = ?1)
      + (SELECT count(*) FROM question WHERE company_id = ?1)
      + (SELECT count(*) FROM campaign_invitee WHERE company_id = ?1)
      + (SELECT count(*) FROM membership WHERE company_id = ?1 OR organisation_id = ?1)
      + (SELECT count(*) FROM staff_affiliation WHERE company_id = ?1)
      + (SELECT count(*) FROM introduction WHERE company_id = ?1 OR by_company_id = ?1)
      + (SELECT count(*) FROM place WHERE company_id = ?1)
      + (SELECT count(*) FROM outside_ask WHERE company_id = ?1)";

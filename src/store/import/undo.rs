//! `kring import undo`: revert the last import exactly, from what the import
//! log recorded — or refuse, changing nothing, when work was built on it.

use crate::domain::fold::fold;
use crate::store::{audit, Id, Store};
use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// What `undo_last_import` reverted.
#[derive(Debug, Clone, Serialize)]
pub struct UndoReport {
    pub import_id: Id,
    pub source: String,
    pub imported_at: String,
    pub companies_removed: usize,
    pub people_removed: usize,
    pub records_restored: usize,
}

impl Store {
    /// Revert the last import that is not undone yet: remove what it created
    /// and empty again the fields it filled. Refused, changing nothing, when
    /// something has since been built on it (an interaction with a company it
    /// created, a field changed again…), because undoing would lose that work.
    pub fn undo_last_import(&mut self) -> Result<UndoReport> {
        self.write(|tx, ctx| {
            let (id, source, imported_at): (Id, String, String) = tx
                .query_row(
                    "SELECT id, source, imported_at FROM import_batch WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| Error::invalid("there is no import to undo"))?;
            let items = import_items(tx, id)?;
            let mut report = UndoReport {
                import_id: id,
                source,
                imported_at,
                companies_removed: 0,
                people_removed: 0,
                records_restored: 0,
            };
            for item in items.iter().filter(|i| i.action == "filled") {
                restore_filled(tx, item)?;
                report.records_restored += 1;
            }
            let created = |entity: &str| -> Vec<Id> {
                items
                    .iter()
                    .filter(|i| i.action == "created" && i.entity == entity)
                    .map(|i| i.entity_id)
                    .collect()
            };
            for person in created("person") {
                ensure_person_unused(tx, person)?;
                report.people_removed += tx.execute("DELETE FROM person WHERE id = ?1", [person])?;
            }
            for company in created("company") {
                ensure_company_unused(tx, company)?;
                tx.execute("DELETE FROM company_tag WHERE company_id = ?1", [company])?;
                report.companies_removed += tx.execute("DELETE FROM company WHERE id = ?1", [company])?;
            }
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
                                    "people_removed": report.people_removed }),
            )?;
            Ok(report)
        })
    }
}

struct Item {
    entity: String,
    entity_id: Id,
    action: String,
    before: Option<String>,
}

fn import_items(conn: &Connection, import: Id) -> Result<Vec<Item>> {
    let mut stmt = conn.prepare(
        "SELECT entity, entity_id, action, before FROM import_item WHERE import_id = ?1 ORDER BY entity_id DESC",
    )?;
    let rows = stmt.query_map([import], |r| {
        Ok(Item {
            entity: r.get(0)?,
            entity_id: r.get(1)?,
            action: r.get(2)?,
            before: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Empty again the fields an import filled, unless one was changed since.
fn restore_filled(conn: &Connection, item: &Item) -> Result<()> {
    let before: serde_json::Value = serde_json::from_str(item.before.as_deref().unwrap_or("{}"))
        .map_err(|e| Error::Database(format!("import log of {} #{}: {e}", item.entity, item.entity_id)))?;
    let table = match item.entity.as_str() {
        "company" => "company",
        _ => "person",
    };
    let fields = before["fields"].as_object().cloned().unwrap_or_default();
    for (field, pair) in &fields {
        if !matches!(
            field.as_str(),
            "kvk" | "sector" | "street" | "postcode" | "city" | "website" | "email" | "phone"
        ) {
            return Err(Error::Database(format!("import log names an unknown field '{field}'")));
        }
        let now: Option<String> = conn
            .query_row(
                &format!("SELECT {field} FROM {table} WHERE id = ?1"),
                [item.entity_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if now.as_deref() != pair[1].as_str() {
            return Err(Error::invalid(format!(
                "cannot undo the import: the {field} of {} #{} was changed after it; nothing was changed",
                item.entity, item.entity_id
            )));
        }
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
    Ok(())
}

/// What refers to a person or a company: if any of it exists, the import
/// that created them has been built on and is not undone.
const PERSON_USES: &str = "SELECT (SELECT count(*) FROM interaction_person WHERE person_id = ?1)
      + (SELECT count(*) FROM followup WHERE person_id = ?1)
      + (SELECT count(*) FROM meeting_attendance WHERE person_id = ?1)
      + (SELECT count(*) FROM recognition WHERE trainer_person_id = ?1)";
const COMPANY_USES: &str = "SELECT (SELECT count(*) FROM interaction WHERE company_id = ?1)
      + (SELECT count(*) FROM followup WHERE company_id = ?1)
      + (SELECT count(*) FROM engagement WHERE company_id = ?1)
      + (SELECT count(*) FROM recognition WHERE company_id = ?1)
      + (SELECT count(*) FROM circle_member WHERE company_id = ?1)
      + (SELECT count(*) FROM employment WHERE company_id = ?1)";

fn ensure_person_unused(conn: &Connection, person: Id) -> Result<()> {
    ensure_unused(
        conn,
        PERSON_USES,
        person,
        "person",
        "interactions, follow-ups, meetings or recognitions",
    )
}

fn ensure_company_unused(conn: &Connection, company: Id) -> Result<()> {
    let uses = "interactions, follow-ups, collaborations, memberships or people not from this import";
    ensure_unused(conn, COMPANY_USES, company, "company", uses)
}

fn ensure_unused(conn: &Connection, count_sql: &str, id: Id, what: &str, uses_are: &str) -> Result<()> {
    let uses: i64 = conn.query_row(count_sql, [id], |r| r.get(0))?;
    if uses > 0 {
        return Err(Error::invalid(format!(
            "cannot undo the import: {what} #{id} it added has since been used ({uses} {uses_are}); nothing was changed"
        )));
    }
    Ok(())
}

//! Links to documents: kept as the path or URL given, never as a copy. A
//! path is made absolute when attached (a link must work from any folder)
//! and must name a file then; whether it still does is looked at whenever
//! the links are shown.

use super::{audit, Id, Store};
use crate::model::attachments::{is_url, AttachedTo, Attachment};
use crate::store::db::{params, OptionalExtension};
use crate::{Error, Result};

const SELECT: &str = "SELECT a.id, a.company_id, a.person_id, a.engagement_id, a.recognition_id, a.meeting_id,
                             a.location, a.note, s.name, substr(a.created_at, 1, 10)
                        FROM attachment a LEFT JOIN staff s ON s.id = a.staff_id";

fn row(r: &crate::store::db::Row) -> rusqlite::Result<Attachment> {
    let ids: [Option<Id>; 5] = [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?];
    let to = match ids {
        [Some(id), ..] => AttachedTo::Company(id),
        [_, Some(id), ..] => AttachedTo::Person(id),
        [_, _, Some(id), ..] => AttachedTo::Collaboration(id),
        [_, _, _, Some(id), _] => AttachedTo::Recognition(id),
        [_, _, _, _, id] => AttachedTo::Meeting(id.unwrap_or_default()),
    };
    let location: String = r.get(6)?;
    Ok(Attachment {
        id: r.get(0)?,
        to,
        missing: !is_url(&location) && !std::path::Path::new(&location).exists(),
        location,
        note: r.get(7)?,
        staff: r.get(8)?,
        on: r.get(9)?,
    })
}

impl Store {
    /// Attach a path (made absolute; it must name a file) or a URL.
    pub fn attach(&mut self, to: AttachedTo, location: &str, note: Option<&str>) -> Result<Id> {
        let location = checked_location(location)?;
        let note = crate::domain::validate::optional(note);
        let (table, what) = to.table();
        let there: Option<i64> = self
            .conn()
            .query_row(&format!("SELECT 1 FROM {table} WHERE id = ?1"), params![to.id()], |r| {
                r.get(0)
            })
            .optional()?;
        if there.is_none() {
            return Err(Error::not_found(what, to.id().to_string()));
        }
        self.write(|tx, ctx| {
            tx.execute(
                &format!(
                    "INSERT INTO attachment ({}, location, note, staff_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    to.column()
                ),
                params![to.id(), location, note, ctx.actor, ctx.now],
            )?;
            let id = tx.last_insert_rowid()?;
            audit::record(tx, ctx, "attachment", id, "create", serde_json::json!({ "to": to }))?;
            Ok(id)
        })
    }

    /// The links of one record, oldest first.
    pub fn attachments(&self, to: AttachedTo) -> Result<Vec<Attachment>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT} WHERE a.{} = ?1 ORDER BY a.id", to.column()))?;
        let rows = stmt.query_map(params![to.id()], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A company's links, its collaborations' and recognitions' included.
    pub fn company_attachments(&self, company: Id) -> Result<Vec<Attachment>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE a.company_id = ?1
                 OR a.engagement_id IN (SELECT id FROM engagement WHERE company_id = ?1)
                 OR a.recognition_id IN (SELECT id FROM recognition WHERE company_id = ?1)
              ORDER BY a.id"
        ))?;
        let rows = stmt.query_map(params![company], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn attachment(&self, id: Id) -> Result<Attachment> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), params![id], row)
            .optional()?
            .ok_or_else(|| Error::not_found("attachment", id.to_string()))
    }

    /// Remove a link (the file itself is never touched).
    pub fn detach(&mut self, id: Id) -> Result<()> {
        let link = self.attachment(id)?;
        self.write(|tx, ctx| {
            tx.execute("DELETE FROM attachment WHERE id = ?1", params![id])?;
            audit::record(
                tx,
                ctx,
                "attachment",
                id,
                "delete",
                serde_json::json!({ "to": link.to }),
            )
        })
    }
}

/// A URL as given; a path made absolute, which must name a file now.
fn checked_location(given: &str) -> Result<String> {
    let given = given.trim();
    if given.is_empty() {
        return Err(Error::invalid(crate::t!("err-attach-empty")));
    }
    if is_url(given) {
        return Ok(given.to_string());
    }
    let path = std::path::Path::new(given);
    let absolute = std::path::absolute(path).map_err(|e| Error::Io(format!("{given}: {e}")))?;
    if !absolute.is_file() {
        return Err(Error::invalid(crate::t!(
            "err-attach-no-file",
            path = absolute.display().to_string()
        )));
    }
    Ok(absolute.display().to_string())
}

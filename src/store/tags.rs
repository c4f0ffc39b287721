//! Tags on companies ("techniek", "stagebedrijf", "bedrijvendag-2026").

use super::Id;
use crate::domain::fold::fold;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::Result;

/// Tags are stored folded, so "Techniek" and "techniek" are one tag.
pub(crate) fn normalise(tag: &str) -> String {
    fold(tag)
}

pub(crate) fn tag_id(conn: &Connection, tag: &str, create: bool) -> Result<Option<Id>> {
    let name = normalise(tag);
    let existing = conn
        .query_row("SELECT id FROM tag WHERE name = ?1", [&name], |r| r.get(0))
        .optional()?;
    match existing {
        Some(id) => Ok(Some(id)),
        None if create && !name.is_empty() => {
            conn.execute("INSERT INTO tag (name) VALUES (?1)", [&name])?;
            Ok(Some(conn.last_insert_rowid()?))
        }
        None => Ok(None),
    }
}

/// Add a tag to a company; returns whether it was new on that company.
pub(crate) fn add(conn: &Connection, company: Id, tag: &str) -> Result<bool> {
    let Some(tag) = tag_id(conn, tag, true)? else {
        return Ok(false);
    };
    let added = conn.execute(
        "INSERT INTO company_tag (company_id, tag_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![company, tag],
    )?;
    Ok(added > 0)
}

/// Remove a tag from a company; returns whether it was there.
pub(crate) fn remove(conn: &Connection, company: Id, tag: &str) -> Result<bool> {
    let Some(tag) = tag_id(conn, tag, false)? else {
        return Ok(false);
    };
    let removed = conn.execute(
        "DELETE FROM company_tag WHERE company_id = ?1 AND tag_id = ?2",
        params![company, tag],
    )?;
    Ok(removed > 0)
}

pub(crate) fn of_company(conn: &Connection, company: Id) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = ?1 ORDER BY t.name",
    )?;
    let rows = stmt.query_map([company], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

//! Duplicates and merging them. `duplicates` finds likely pairs (same web
//! domain or same name and city for companies; same e-mail or same name at a
//! company for people); `merge_companies`/`merge_people` fold B into A in one
//! transaction, A's fields winning, and write the merge to the audit log.

use super::{audit, Ctx, Id, Store};
use crate::domain::matching::{company_name_key, web_domain};
use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::HashMap;

/// A group of records that look like one.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Duplicate {
    /// "company" or "person".
    pub entity: &'static str,
    pub reason: String,
    pub ids: Vec<Id>,
    pub names: Vec<String>,
}

/// What a merge moved from B to A.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MergeReport {
    pub kept: Id,
    pub merged: Id,
    pub moved: HashMap<String, usize>,
    /// Fields of A that were empty and took B's value.
    pub filled: Vec<String>,
    pub dry_run: bool,
}

impl Store {
    /// Likely duplicates among companies that are not archived and their people.
    pub fn duplicates(&self) -> Result<Vec<Duplicate>> {
        let mut found = company_duplicates(self.conn())?;
        found.extend(person_duplicates(self.conn())?);
        Ok(found)
    }

    /// Fold company `gone` into `keep`: its people, interactions, follow-ups,
    /// collaborations, recognitions, tags and circle memberships move; empty
    /// fields of `keep` take its values; `gone` is archived.
    pub fn merge_companies(&mut self, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
        self.write_or_try(dry_run, |tx, ctx| merge_companies(tx, ctx, keep, gone, dry_run))
    }

    /// Fold person `gone` into `keep`: employments, interactions, follow-ups,
    /// meetings and recognitions move; empty fields take its values; `gone`
    /// is deleted (nothing of theirs is left behind to keep).
    pub fn merge_people(&mut self, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
        self.write_or_try(dry_run, |tx, ctx| merge_people(tx, ctx, keep, gone, dry_run))
    }

    /// `write`, or with `dry_run` the same work rolled back.
    fn write_or_try<T>(&mut self, dry_run: bool, f: impl FnOnce(&Connection, &Ctx) -> Result<T>) -> Result<T> {
        if !dry_run {
            return self.write(|tx, ctx| f(tx, ctx));
        }
        let ctx = Ctx {
            now: self.clock.now(),
            today: self.clock.today,
            actor: self.actor,
            bulk: false,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&tx, &ctx)?;
        tx.rollback()?;
        Ok(value)
    }
}

fn company_duplicates(conn: &Connection) -> Result<Vec<Duplicate>> {
    let mut by_name: HashMap<(String, String), Vec<(Id, String)>> = HashMap::new();
    let mut by_domain: HashMap<String, Vec<(Id, String)>> = HashMap::new();
    let mut stmt = conn.prepare("SELECT id, name, coalesce(city_fold, ''), website FROM company WHERE archived = 0")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, name, city, website): (Id, String, String, Option<String>) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        by_name
            .entry((company_name_key(&name), city))
            .or_default()
            .push((id, name.clone()));
        if let Some(domain) = website.as_deref().and_then(web_domain) {
            by_domain.entry(domain).or_default().push((id, name));
        }
    }
    let mut found: Vec<Duplicate> = Vec::new();
    for ((_, city), group) in by_name.into_iter().filter(|(_, g)| g.len() > 1) {
        let reason = if city.is_empty() {
            "similar names, no city".to_string()
        } else {
            format!("similar names in {city}")
        };
        found.push(group_of("company", reason, group));
    }
    for (domain, group) in by_domain.into_iter().filter(|(_, g)| g.len() > 1) {
        let duplicate = group_of("company", format!("same website ({domain})"), group);
        // Already listed for their names: one line is enough.
        if !found.iter().any(|f| f.ids == duplicate.ids) {
            found.push(duplicate);
        }
    }
    found.sort_by(|a, b| a.ids.cmp(&b.ids));
    Ok(found)
}

fn person_duplicates(conn: &Connection) -> Result<Vec<Duplicate>> {
    let mut found = Vec::new();
    let queries = [
        (
            "same e-mail",
            "SELECT group_concat(id), group_concat(name, char(31)) FROM
               (SELECT id, name, lower(email) AS key FROM person WHERE email IS NOT NULL ORDER BY id)
              GROUP BY key HAVING count(*) > 1",
        ),
        (
            "same name at one company",
            "SELECT group_concat(id), group_concat(name, char(31)) FROM
               (SELECT DISTINCT p.id, p.name, p.name_fold || '/' || e.company_id AS key
                  FROM person p JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL ORDER BY p.id)
              GROUP BY key HAVING count(*) > 1",
        ),
    ];
    for (reason, sql) in queries {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (ids, names) = row?;
            let ids: Vec<Id> = ids.split(',').filter_map(|i| i.parse().ok()).collect();
            let names: Vec<String> = names.split('\u{1f}').map(str::to_string).collect();
            let duplicate = Duplicate {
                entity: "person",
                reason: reason.to_string(),
                ids,
                names,
            };
            if !found.iter().any(|f: &Duplicate| f.ids == duplicate.ids) {
                found.push(duplicate);
            }
        }
    }
    found.sort_by(|a, b| a.ids.cmp(&b.ids));
    Ok(found)
}

fn group_of(entity: &'static str, reason: String, mut group: Vec<(Id, String)>) -> Duplicate {
    group.sort();
    Duplicate {
        entity,
        reason,
        ids: group.iter().map(|(id, _)| *id).collect(),
        names: group.into_iter().map(|(_, name)| name).collect(),
    }
}

/// The fields of one row as text (NULL as `None`), by column name.
fn fields(conn: &Connection, table: &str, id: Id, columns: &[&str]) -> Result<Option<Vec<Option<String>>>> {
    let sql = format!(
        "SELECT {} FROM {table} WHERE id = ?1",
        columns
            .iter()
            .map(|c| format!("CAST({c} AS TEXT)"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(conn
        .query_row(&sql, [id], |r| (0..columns.len()).map(|i| r.get(i)).collect())
        .optional()?)
}

/// Give `keep` the other record's values (`theirs`, in `columns` order) for
/// the fields it has empty; free-text fields that both have keep both texts,
/// B's after `prefix`, so nothing written about B is lost. The fields filled.
fn combine(
    conn: &Connection,
    table: &str,
    keep: Id,
    columns: &[&str],
    theirs: &[Option<String>],
    free_text: &[&str],
    prefix: &str,
) -> Result<Vec<String>> {
    let mine = fields(conn, table, keep, columns)?.expect("checked by the caller");
    let mut filled = Vec::new();
    for ((field, a), b) in columns.iter().zip(&mine).zip(theirs) {
        let Some(b) = b.as_ref().filter(|b| !b.trim().is_empty()) else {
            continue;
        };
        let combined = match a.as_ref().filter(|a| !a.trim().is_empty()) {
            None => b.clone(),
            Some(a) if free_text.contains(field) && a != b => format!("{a}\n\n{prefix}{b}"),
            Some(_) => continue,
        };
        conn.execute(
            &format!("UPDATE {table} SET {field} = ?1 WHERE id = ?2"),
            params![combined, keep],
        )?;
        filled.push(field.to_string());
    }
    Ok(filled)
}

const COMPANY_FIELDS: [&str; 11] = [
    "kvk",
    "sector",
    "street",
    "postcode",
    "city",
    "website",
    "source",
    "owner_id",
    "cadence_days",
    "motivation",
    "agreements",
];

fn merge_companies(conn: &Connection, ctx: &Ctx, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
    if keep == gone {
        return Err(Error::invalid("a company cannot be merged with itself"));
    }
    let name = |id: Id| -> Result<String> {
        conn.query_row("SELECT name FROM company WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::invalid(format!("there is no company #{id}")))
    };
    let (keep_name, gone_name) = (name(keep)?, name(gone)?);
    let mut report = MergeReport {
        kept: keep,
        merged: gone,
        dry_run,
        ..Default::default()
    };
    let moves = [
        ("people", "UPDATE employment SET company_id = ?1 WHERE company_id = ?2"),
        ("interactions", "UPDATE interaction SET company_id = ?1 WHERE company_id = ?2"),
        ("follow-ups", "UPDATE followup SET company_id = ?1 WHERE company_id = ?2"),
        ("collaborations", "UPDATE engagement SET company_id = ?1 WHERE company_id = ?2"),
        ("recognitions", "UPDATE recognition SET company_id = ?1 WHERE company_id = ?2"),
        (
            "tags",
            "INSERT OR IGNORE INTO company_tag (company_id, tag_id) SELECT ?1, tag_id FROM company_tag WHERE company_id = ?2",
        ),
        // A circle A is (or was) in already keeps A's membership.
        (
            "circle memberships",
            "UPDATE circle_member SET company_id = ?1 WHERE company_id = ?2
               AND circle_id NOT IN (SELECT circle_id FROM circle_member WHERE company_id = ?1)",
        ),
    ];
    for (what, sql) in moves {
        let n = conn.execute(sql, params![keep, gone])?;
        report.moved.insert(what.to_string(), n);
    }
    conn.execute("DELETE FROM company_tag WHERE company_id = ?1", [gone])?;
    conn.execute("DELETE FROM circle_member WHERE company_id = ?1", [gone])?;
    // A's empty fields take B's values; B's KvK number moves (it is unique).
    let theirs = fields(conn, "company", gone, &COMPANY_FIELDS)?.expect("checked above");
    conn.execute("UPDATE company SET kvk = NULL WHERE id = ?1", [gone])?;
    let from = format!("(from {gone_name}) ");
    report.filled = combine(
        conn,
        "company",
        keep,
        &COMPANY_FIELDS,
        &theirs,
        &["motivation", "agreements"],
        &from,
    )?;
    conn.execute(
        "UPDATE company SET city_fold = (SELECT city_fold FROM company WHERE id = ?2)
          WHERE id = ?1 AND city_fold IS NULL",
        params![keep, gone],
    )?;
    conn.execute(
        "UPDATE company SET recognised = max(recognised, (SELECT recognised FROM company WHERE id = ?2)),
                            updated_at = ?3
          WHERE id = ?1",
        params![keep, gone, ctx.now],
    )?;
    conn.execute(
        "UPDATE company SET archived = 1, updated_at = ?2 WHERE id = ?1",
        params![gone, ctx.now],
    )?;
    let detail = serde_json::json!({ "merged": gone, "name": gone_name, "moved": report.moved,
                                     "filled": report.filled });
    audit::record(conn, ctx, "company", keep, "merge", detail)?;
    audit::record(
        conn,
        ctx,
        "company",
        gone,
        "merged into",
        serde_json::json!({ "into": keep, "name": keep_name }),
    )?;
    Ok(report)
}

const PERSON_FIELDS: [&str; 3] = ["email", "phone", "notes"];

fn merge_people(conn: &Connection, ctx: &Ctx, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
    if keep == gone {
        return Err(Error::invalid("a person cannot be merged with themselves"));
    }
    let exists = |id: Id| -> Result<()> {
        conn.query_row("SELECT 1 FROM person WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .ok_or_else(|| Error::invalid(format!("there is no person #{id}")))
    };
    exists(keep)?;
    exists(gone)?;
    let mut report = MergeReport {
        kept: keep,
        merged: gone,
        dry_run,
        ..Default::default()
    };
    let moves = [
        // A current job A already has at that company stays A's one.
        (
            "employments",
            "UPDATE employment SET person_id = ?1 WHERE person_id = ?2
               AND NOT (ended_on IS NULL AND company_id IN
                        (SELECT company_id FROM employment WHERE person_id = ?1 AND ended_on IS NULL))",
        ),
        (
            "interactions",
            "INSERT OR IGNORE INTO interaction_person (interaction_id, person_id)
             SELECT interaction_id, ?1 FROM interaction_person WHERE person_id = ?2",
        ),
        ("follow-ups", "UPDATE followup SET person_id = ?1 WHERE person_id = ?2"),
        (
            "meetings",
            "UPDATE meeting_attendance SET person_id = ?1 WHERE person_id = ?2
               AND meeting_id NOT IN (SELECT meeting_id FROM meeting_attendance WHERE person_id = ?1)",
        ),
        (
            "recognitions",
            "UPDATE recognition SET trainer_person_id = ?1 WHERE trainer_person_id = ?2",
        ),
    ];
    for (what, sql) in moves {
        let n = conn.execute(sql, params![keep, gone])?;
        report.moved.insert(what.to_string(), n);
    }
    let theirs = fields(conn, "person", gone, &PERSON_FIELDS)?.expect("checked above");
    report.filled = combine(conn, "person", keep, &PERSON_FIELDS, &theirs, &["notes"], "")?;
    // If either record asked not to be contacted, the merged one does.
    conn.execute(
        "UPDATE person SET do_not_contact = max(do_not_contact, (SELECT do_not_contact FROM person WHERE id = ?2)),
                           updated_at = ?3 WHERE id = ?1",
        params![keep, gone, ctx.now],
    )?;
    conn.execute("DELETE FROM person WHERE id = ?1", [gone])?;
    // Field names only: the audit log holds no personal data.
    let detail = serde_json::json!({ "merged": gone, "moved": report.moved, "filled": report.filled });
    audit::record(conn, ctx, "person", keep, "merge", detail)?;
    Ok(report)
}

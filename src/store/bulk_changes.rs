//! Bulk changes: one change (tags, status, owner, cadence) made to many
//! companies in one transaction, kept with what it changed on each, so that
//! one undo takes it all back. The undo leaves a company a colleague
//! changed since as they left it, and names it.

use super::{audit, staff, tags, Ctx, Id, Store};
use crate::domain::filter_words::FilterWords;
use crate::domain::validate;
use crate::model::bulk_changes::{
    BulkChange, BulkChangeRow, BulkItem, BulkPlan, BulkUndo, FieldChange, LeftOut, UndoRefused,
};
use crate::model::companies::CompanyFilter;
use crate::model::edits::Seen;
use crate::store::db::{params, Connection, Engine, OptionalExtension};
use crate::{Error, Result};
use serde_json::{json, Value};

/// A company's fields a bulk change may set, as stored.
struct Current {
    name: String,
    status: String,
    owner_id: Option<Id>,
    cadence_days: Option<i64>,
    tags: Vec<String>,
}

fn current(conn: &Connection, id: Id) -> Result<Current> {
    let (name, status, owner_id, cadence_days) = conn
        .query_row(
            "SELECT name, status, owner_id, cadence_days FROM company WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or_else(|| Error::invalid(crate::t!("err-gone", what = crate::l10n::noun("company"), id = id)))?;
    Ok(Current {
        name,
        status,
        owner_id,
        cadence_days,
        tags: tags::of_company(conn, id)?,
    })
}

fn staff_name(conn: &Connection, id: Option<Id>) -> Result<Option<String>> {
    match id {
        Some(id) => Ok(conn
            .query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| r.get(0))
            .optional()?),
        None => Ok(None),
    }
}

/// What may change on a server: a company a colleague owns moves to someone
/// else only by an admin (the server refuses it too); a file has one keeper.
struct Rights {
    admin: bool,
    me: Option<Id>,
}

/// The plan for one company: what changes, or why it is left out.
fn plan_one(conn: &Connection, id: Id, change: &BulkChange, rights: &Rights) -> Result<Result<BulkItem, LeftOut>> {
    let now = current(conn, id)?;
    let mut changes = Vec::new();
    if let Some(status) = change.status.filter(|s| s.as_str() != now.status) {
        changes.push(FieldChange {
            field: "status",
            before: Some(now.status.clone()),
            after: Some(status.as_str().to_string()),
        });
    }
    if let Some(owner) = change.owner.filter(|o| Some(*o) != now.owner_id) {
        if !rights.admin && now.owner_id.is_some() && now.owner_id != rights.me {
            let owner = staff_name(conn, now.owner_id)?.unwrap_or_default();
            return Ok(Err(LeftOut {
                company_id: id,
                company: now.name,
                reason: crate::t!("bulk-left-out-owner", owner = owner),
            }));
        }
        changes.push(FieldChange {
            field: "owner",
            before: staff_name(conn, now.owner_id)?,
            after: staff_name(conn, Some(owner))?,
        });
    }
    if let Some(days) = change.cadence_days {
        let after = (days > 0).then_some(i64::from(days));
        if after != now.cadence_days {
            changes.push(FieldChange {
                field: "cadence_days",
                before: now.cadence_days.map(|d| d.to_string()),
                after: after.map(|d| d.to_string()),
            });
        }
    }
    for tag in &change.add_tags {
        let tag = tags::normalise(tag);
        if !now.tags.contains(&tag)
            && !changes
                .iter()
                .any(|c| c.field == "tag" && c.after.as_ref() == Some(&tag))
        {
            changes.push(FieldChange {
                field: "tag",
                before: None,
                after: Some(tag),
            });
        }
    }
    for tag in &change.remove_tags {
        let tag = tags::normalise(tag);
        if now.tags.contains(&tag) {
            changes.push(FieldChange {
                field: "tag",
                before: Some(tag),
                after: None,
            });
        }
    }
    Ok(Ok(BulkItem {
        company_id: id,
        company: now.name,
        changes,
    }))
}

fn plan(conn: &Connection, companies: &[Id], change: &BulkChange, rights: &Rights) -> Result<BulkPlan> {
    if change.is_empty() {
        return Err(Error::invalid(crate::t!("err-bulk-nothing")));
    }
    for tag in change.add_tags.iter().chain(&change.remove_tags) {
        if tags::normalise(tag).is_empty() {
            return Err(Error::invalid(crate::t!("err-bulk-empty-tag")));
        }
    }
    if let Some(days) = change.cadence_days.filter(|d| *d > 0) {
        validate::in_range("cadence in days", i64::from(days), 1, validate::MAX_CADENCE_DAYS)?;
    }
    if let Some(owner) = change.owner {
        staff::ensure_active(conn, owner)?;
    }
    let mut plan = BulkPlan::default();
    for &id in companies {
        match plan_one(conn, id, change, rights)? {
            Ok(item) if item.changes.is_empty() => plan.unchanged += 1,
            Ok(item) => plan.changed.push(item),
            Err(left_out) => plan.left_out.push(left_out),
        }
    }
    Ok(plan)
}

/// The item as kept: each field's stored value before and after (the owner
/// by id), the tags added and removed.
fn kept_fields(conn: &Connection, id: Id, change: &BulkChange, item: &BulkItem) -> Result<Value> {
    let now = current(conn, id)?;
    let mut fields = serde_json::Map::new();
    for c in &item.changes {
        match c.field {
            "status" => {
                fields.insert("status".into(), json!([c.before, c.after]));
            }
            "owner" => {
                fields.insert("owner_id".into(), json!([now.owner_id, change.owner]));
            }
            "cadence_days" => {
                fields.insert("cadence_days".into(), json!([c.before, c.after]));
            }
            _ => {}
        }
    }
    let tags = |added: bool| -> Vec<&String> {
        item.changes
            .iter()
            .filter(|c| c.field == "tag")
            .filter_map(|c| if added { c.after.as_ref() } else { c.before.as_ref() })
            .collect()
    };
    fields.insert("tags_added".into(), json!(tags(true)));
    fields.insert("tags_removed".into(), json!(tags(false)));
    Ok(Value::Object(fields))
}

/// Write one company's part of the change, with its entry in the history.
fn apply_one(conn: &Connection, ctx: &Ctx, id: Id, fields: &Value, change_id: Id, undo: bool) -> Result<()> {
    let pick = |pair: &Value| if undo { pair[0].clone() } else { pair[1].clone() };
    let mut detail = serde_json::Map::new();
    if let Some(pair) = fields.get("status") {
        let status = pick(pair);
        conn.execute(
            "UPDATE company SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str().unwrap_or("prospect"), ctx.now],
        )?;
        detail.insert(
            "status".into(),
            if undo { json!([pair[1], pair[0]]) } else { pair.clone() },
        );
    }
    if let Some(pair) = fields.get("owner_id") {
        let (old, new) = (pair[usize::from(!undo)].as_i64(), pick(pair).as_i64());
        conn.execute(
            "UPDATE company SET owner_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, new, ctx.now],
        )?;
        detail.insert("owner".into(), json!([staff_name(conn, old)?, staff_name(conn, new)?]));
    }
    if let Some(pair) = fields.get("cadence_days") {
        let days = pick(pair).as_str().and_then(|d| d.parse::<i64>().ok());
        conn.execute(
            "UPDATE company SET cadence_days = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, days, ctx.now],
        )?;
        detail.insert(
            "cadence_days".into(),
            if undo { json!([pair[1], pair[0]]) } else { pair.clone() },
        );
    }
    let mut tag_changes = Vec::new();
    let listed = |key: &str| -> Vec<String> {
        fields[key]
            .as_array()
            .map(|a| a.iter().filter_map(|t| t.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let (to_add, to_remove) = match undo {
        false => (listed("tags_added"), listed("tags_removed")),
        true => (listed("tags_removed"), listed("tags_added")),
    };
    for tag in &to_add {
        if tags::add(conn, id, tag)? {
            tag_changes.push(format!("+{tag}"));
        }
    }
    for tag in &to_remove {
        if tags::remove(conn, id, tag)? {
            tag_changes.push(format!("-{tag}"));
        }
    }
    if !tag_changes.is_empty() {
        detail.insert("tags".into(), json!(tag_changes));
    }
    detail.insert(if undo { "bulk_undone" } else { "bulk" }.into(), json!(change_id));
    audit::record(conn, ctx, "company", id, "update", Value::Object(detail))
}

/// The values the change left, which the undo expects to find.
fn left_by_change(fields: &Value) -> Seen {
    let mut values = Vec::new();
    for column in ["status", "owner_id", "cadence_days"] {
        if let Some(pair) = fields.get(column) {
            let after = match &pair[1] {
                Value::Null => None,
                Value::String(s) => Some(s.clone()),
                other => Some(other.to_string()),
            };
            values.push((column, after));
        }
    }
    Seen { values }
}

impl Store {
    fn bulk_rights(&self) -> Result<Rights> {
        Ok(Rights {
            admin: self.is_admin()?,
            me: self.actor,
        })
    }

    /// What `change` would do to `companies` (a dry run: nothing is written).
    pub fn plan_bulk_change(&self, companies: &[Id], change: &BulkChange) -> Result<BulkPlan> {
        plan(self.conn(), companies, change, &self.bulk_rights()?)
    }

    /// Make the change to every company it changes, in one transaction, and
    /// keep it for the undo; the plan says what was done.
    pub fn make_bulk_change(&mut self, companies: &[Id], change: &BulkChange) -> Result<BulkPlan> {
        let rights = self.bulk_rights()?;
        self.write(|tx, ctx| {
            let mut plan = plan(tx, companies, change, &rights)?;
            if plan.changed.is_empty() {
                return Ok(plan);
            }
            let description = json!({
                "add_tags": change.add_tags.iter().map(|t| tags::normalise(t)).collect::<Vec<_>>(),
                "remove_tags": change.remove_tags.iter().map(|t| tags::normalise(t)).collect::<Vec<_>>(),
                "status": change.status.map(|s| s.as_str()),
                "owner_id": change.owner,
                "cadence_days": change.cadence_days,
            });
            tx.execute(
                "INSERT INTO bulk_change (at, staff_id, description) VALUES (?1, ?2, ?3)",
                params![ctx.now, ctx.actor, description.to_string()],
            )?;
            let change_id = tx.last_insert_rowid()?;
            for item in &plan.changed {
                let fields = kept_fields(tx, item.company_id, change, item)?;
                apply_one(tx, ctx, item.company_id, &fields, change_id, false)?;
                tx.execute(
                    "INSERT INTO bulk_change_item (change_id, company_id, fields) VALUES (?1, ?2, ?3)",
                    params![change_id, item.company_id, fields.to_string()],
                )?;
            }
            plan.change_id = Some(change_id);
            Ok(plan)
        })
    }

    /// Take a bulk change back (the latest one of mine not undone, unless
    /// `id` names one): each company as it was, except those a colleague
    /// changed since, which stay as they are and are named.
    pub fn undo_bulk_change(&mut self, id: Option<Id>) -> Result<BulkUndo> {
        let change_id = match id {
            Some(id) => id,
            None => self.latest_bulk_change()?,
        };
        let (staff_id, undone_at): (Option<Id>, Option<String>) = self
            .conn()
            .query_row(
                "SELECT staff_id, undone_at FROM bulk_change WHERE id = ?1",
                [change_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| Error::invalid(crate::t!("err-bulk-unknown", id = change_id)))?;
        if let Some(at) = undone_at {
            return Err(Error::invalid(crate::t!("err-bulk-undone", id = change_id, at = at)));
        }
        if self.engine() == Engine::Postgres && staff_id != self.actor && !self.is_admin()? {
            return Err(Error::Forbidden(crate::t!("err-bulk-not-yours", id = change_id)));
        }
        self.write(|tx, ctx| {
            let items: Vec<(Id, String, String)> = {
                let mut stmt = tx.prepare(
                    "SELECT i.company_id, c.name, i.fields FROM bulk_change_item i JOIN company c ON c.id = i.company_id
                      WHERE i.change_id = ?1 ORDER BY c.name_fold, c.id",
                )?;
                let rows = stmt.query_map([change_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let mut undo = BulkUndo {
                change_id,
                restored: Vec::new(),
                refused: Vec::new(),
            };
            for (company_id, company, fields) in items {
                let fields: Value = serde_json::from_str(&fields).unwrap_or(Value::Null);
                match super::edits::ensure_unchanged(tx, "company", company_id, &left_by_change(&fields)) {
                    Ok(()) => {
                        apply_one(tx, ctx, company_id, &fields, change_id, true)?;
                        undo.restored.push(company);
                    }
                    Err(Error::Conflict(conflict)) => undo.refused.push(UndoRefused {
                        company_id,
                        company,
                        reason: crate::t!(
                            "bulk-undo-refused",
                            field = field_noun(conflict.column),
                            who = conflict.by.unwrap_or_else(|| crate::t!("someone-else")),
                            value = conflict.current.unwrap_or_default()
                        ),
                    }),
                    Err(other) => return Err(other),
                }
            }
            tx.execute(
                "UPDATE bulk_change SET undone_at = ?2 WHERE id = ?1",
                params![change_id, ctx.now],
            )?;
            Ok(undo)
        })
    }

    fn latest_bulk_change(&self) -> Result<Id> {
        self.conn()
            .query_row(
                "SELECT id FROM bulk_change WHERE undone_at IS NULL AND staff_id IS NOT DISTINCT FROM ?1
                  ORDER BY id DESC LIMIT 1",
                params![self.actor],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::invalid(crate::t!("err-bulk-none")))
    }

    /// The bulk changes made, newest first.
    pub fn bulk_changes(&self, limit: u32) -> Result<Vec<BulkChangeRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT b.id, b.at, s.name, (SELECT count(*) FROM bulk_change_item i WHERE i.change_id = b.id), b.undone_at
               FROM bulk_change b LEFT JOIN staff s ON s.id = b.staff_id ORDER BY b.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok(BulkChangeRow {
                id: r.get(0)?,
                at: r.get(1)?,
                staff: r.get(2)?,
                companies: r.get::<_, i64>(3)? as usize,
                undone_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A field as an error names it.
fn field_noun(column: &str) -> String {
    crate::l10n::noun(match column {
        "owner_id" => "owner",
        "cadence_days" => "cadence in days",
        _ => "status",
    })
}

impl Store {
    /// The company filter the words say, names looked up (an owner, a circle).
    pub fn company_filter(&self, words: &FilterWords) -> Result<CompanyFilter> {
        Ok(CompanyFilter {
            status: words.status,
            owner: words.owner.as_deref().map(|o| self.resolve_staff(o)).transpose()?,
            tag: words.tag.clone(),
            city: words.city.clone(),
            sector: words.sector.clone(),
            recognised: words.recognised,
            kind: words.kind,
            circle: words.circle.as_deref().map(|c| self.resolve_circle(c)).transpose()?,
            text: words.text.clone(),
            ..CompanyFilter::default()
        })
    }

    /// The ids of the companies (not archived) the words select, in name order.
    pub fn select_companies(&self, words: &FilterWords) -> Result<Vec<Id>> {
        let filter = self.company_filter(words)?;
        Ok(self.list_companies(&filter)?.into_iter().map(|c| c.id).collect())
    }
}

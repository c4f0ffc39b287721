//! `kring merge undo`: put both records of the last merge back as they were,
//! from what `merge_log` kept — or refuse, changing nothing, when either was
//! changed since (undoing would lose that change).

use super::snapshot;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::store::{audit, Id, Store};
use crate::{Error, Result};
use serde::Serialize;
use serde_json::Value;

/// What `undo_last_merge` put back.
#[derive(Debug, Clone, Serialize)]
pub struct MergeUndoReport {
    pub merge_id: Id,
    pub entity: String,
    pub kept: Id,
    pub restored: Id,
    pub restored_name: String,
    pub merged_at: String,
}

impl Store {
    /// Undo the newest merge not undone yet (or merge `id`).
    pub fn undo_merge(&mut self, id: Option<Id>) -> Result<MergeUndoReport> {
        self.write(|tx, ctx| {
            let entry: Option<(Id, String, Id, Id, String, String)> = tx
                .query_row(
                    "SELECT id, entity, kept_id, merged_id, merged_at, undo FROM merge_log
                      WHERE undone_at IS NULL AND (id = ?1 OR ?1 IS NULL) ORDER BY id DESC LIMIT 1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
                )
                .optional()?;
            let Some((merge_id, entity, keep, gone, merged_at, undo)) = entry else {
                return Err(Error::invalid(match id {
                    Some(id) => format!("there is no merge #{id} to undo (see `kring history`)"),
                    None => "there is no merge to undo".into(),
                }));
            };
            let undo: Value = serde_json::from_str(&undo)
                .map_err(|e| Error::Database(format!("merge #{merge_id}'s undo data cannot be read: {e}")))?;
            let table = if entity == "company" { "company" } else { "person" };
            ensure_unchanged(tx, table, keep, &undo["kept_after"])?;
            match entity.as_str() {
                "company" => {
                    ensure_unchanged(tx, "company", gone, &undo["merged_after"])?;
                    restore_companies(tx, keep, gone, &undo)?
                }
                _ => {
                    restore_people(tx, keep, gone, &undo)?;
                    crate::store::departures::refresh_trainers(tx, keep)?;
                    crate::store::departures::refresh_trainers(tx, gone)?;
                }
            }
            tx.execute(
                "UPDATE merge_log SET undone_at = ?1 WHERE id = ?2",
                params![ctx.now, merge_id],
            )?;
            let restored_name = undo["merged"]["name"].as_str().unwrap_or_default().to_string();
            let detail = match entity.as_str() {
                "company" => serde_json::json!({ "merge": merge_id, "restored": gone, "name": restored_name }),
                // The audit log holds no personal data.
                _ => serde_json::json!({ "merge": merge_id, "restored": gone }),
            };
            audit::record(tx, ctx, &entity, keep, "merge undone", detail)?;
            audit::record(
                tx,
                ctx,
                &entity,
                gone,
                "restored",
                serde_json::json!({ "merge": merge_id }),
            )?;
            Ok(MergeUndoReport {
                merge_id,
                entity,
                kept: keep,
                restored: gone,
                restored_name,
                merged_at,
            })
        })
    }
}

/// Refused when a record was changed after the merge (any column differs
/// from how the merge left it): its fields would be put back over
/// someone's later edit.
fn ensure_unchanged(conn: &Connection, table: &str, id: Id, after: &Value) -> Result<()> {
    let now = match snapshot::row(conn, table, id) {
        Ok(now) => now,
        Err(_) => {
            return Err(Error::invalid(format!(
                "cannot undo the merge: {table} #{id} is no longer there (erased); nothing was changed"
            )))
        }
    };
    let changed: Vec<&String> = now
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(field, value)| after.get(field.as_str()).is_some_and(|was| was != *value))
        .map(|(field, _)| field)
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    let fields: Vec<&str> = changed.iter().map(|f| f.as_str()).collect();
    Err(Error::invalid(format!(
        "cannot undo the merge: {table} #{id} was changed after it ({}); nothing was changed",
        fields.join(", ")
    )))
}

fn ids(value: &Value) -> Vec<Id> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

fn list(value: &Value) -> Vec<Value> {
    value.as_array().cloned().unwrap_or_default()
}

fn restore_companies(conn: &Connection, keep: Id, gone: Id, undo: &Value) -> Result<()> {
    // The kept record first: it may hold the KvK number the other gets back.
    snapshot::overwrite(conn, "company", &undo["kept"])?;
    snapshot::overwrite(conn, "company", &undo["merged"])?;
    for (table, moved) in undo["moved"].as_object().cloned().unwrap_or_default() {
        if !super::COMPANY_CHILDREN.iter().any(|(_, t)| *t == table) {
            return Err(Error::Database(format!(
                "merge undo data names an unknown table '{table}'"
            )));
        }
        for id in ids(&moved) {
            conn.execute(
                &format!("UPDATE {table} SET company_id = ?1 WHERE id = ?2 AND company_id = ?3"),
                params![gone, id, keep],
            )?;
        }
    }
    // Tags: B's come back; A keeps its own and any added since the merge.
    let kept_tags: Vec<Id> = list(&undo["kept_tags"])
        .iter()
        .filter_map(|t| t["tag_id"].as_i64())
        .collect();
    for tag in list(&undo["merged_tags"]) {
        let tag = tag["tag_id"].as_i64().unwrap_or_default();
        if !kept_tags.contains(&tag) {
            conn.execute(
                "DELETE FROM company_tag WHERE company_id = ?1 AND tag_id = ?2",
                params![keep, tag],
            )?;
        }
        conn.execute(
            "INSERT INTO company_tag (company_id, tag_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![gone, tag],
        )?;
    }
    // Memberships that moved go back; those B lost because A had one return.
    for member in list(&undo["merged_circles"]) {
        let kept_had_circle = list(&undo["kept_circles"])
            .iter()
            .any(|k| k["circle_id"] == member["circle_id"]);
        let moved_back = !kept_had_circle
            && conn.execute(
                "UPDATE circle_member SET company_id = ?1 WHERE company_id = ?2 AND circle_id = ?3 AND joined_on = ?4",
                params![gone, keep, member["circle_id"].as_i64(), member["joined_on"].as_str()],
            )? > 0;
        if !moved_back {
            conn.execute(
                "INSERT INTO circle_member (circle_id, company_id, joined_on, left_on) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![member["circle_id"].as_i64(), gone, member["joined_on"].as_str(), member["left_on"].as_str()],
            )?;
        }
    }
    Ok(())
}

fn restore_people(conn: &Connection, keep: Id, gone: Id, undo: &Value) -> Result<()> {
    snapshot::overwrite(conn, "person", &undo["kept"])?;
    // The id was never handed out again: the person returns under it.
    snapshot::insert(conn, "person", &undo["merged"])?;
    for job in list(&undo["merged_employment"]) {
        let moved = conn.execute(
            "UPDATE employment SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
            params![gone, job["id"].as_i64(), keep],
        )?;
        if moved == 0 {
            snapshot::insert(conn, "employment", &job)?;
        }
    }
    for id in ids(&undo["merged_followups"]) {
        conn.execute(
            "UPDATE followup SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
            params![gone, id, keep],
        )?;
    }
    for id in ids(&undo["merged_recognitions"]) {
        conn.execute(
            "UPDATE recognition SET trainer_person_id = ?1 WHERE id = ?2 AND trainer_person_id = ?3",
            params![gone, id, keep],
        )?;
    }
    // (An undo written before questions existed has none to give back.)
    for id in ids(&undo["merged_questions"]) {
        conn.execute(
            "UPDATE question SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
            params![gone, id, keep],
        )?;
    }
    // (An undo written before links to documents existed has none.)
    for id in ids(&undo["merged_attachments"]) {
        conn.execute(
            "UPDATE attachment SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
            params![gone, id, keep],
        )?;
    }
    for id in ids(&undo["merged_invitations"]) {
        conn.execute(
            "UPDATE campaign_invitee SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
            params![gone, id, keep],
        )?;
    }
    for (key, column) in [
        ("merged_introduced", "person_id"),
        ("merged_introducer", "by_person_id"),
    ] {
        for id in ids(&undo[key]) {
            conn.execute(
                &format!("UPDATE introduction SET {column} = ?1 WHERE id = ?2 AND {column} = ?3"),
                params![gone, id, keep],
            )?;
        }
    }
    // The merged person's own topics come back with them (the kept one keeps
    // what it took over: it may have been told the same since).
    for topic in list(&undo["merged_topics"]) {
        snapshot::insert(conn, "person_topic", &topic)?;
    }
    let kept_in = |key: &str, field: &str, value: &Value| list(&undo[key]).iter().any(|row| &row[field] == value);
    for link in list(&undo["merged_interactions"]) {
        let interaction = &link["interaction_id"];
        conn.execute(
            "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![interaction.as_i64(), gone],
        )?;
        if !kept_in("kept_interactions", "interaction_id", interaction) {
            conn.execute(
                "DELETE FROM interaction_person WHERE interaction_id = ?1 AND person_id = ?2",
                params![interaction.as_i64(), keep],
            )?;
        }
    }
    for attendance in list(&undo["merged_attendance"]) {
        let meeting = &attendance["meeting_id"];
        if !kept_in("kept_attendance", "meeting_id", meeting) {
            conn.execute(
                "DELETE FROM meeting_attendance WHERE meeting_id = ?1 AND person_id = ?2",
                params![meeting.as_i64(), keep],
            )?;
        }
        conn.execute(
            "INSERT INTO meeting_attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            params![meeting.as_i64(), gone, attendance["status"].as_str()],
        )?;
    }
    Ok(())
}

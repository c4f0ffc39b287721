//! The rights of the people in kring (GDPR/AVG): everything stored about a
//! person, and erasure that leaves no trace of them in the file.

use super::{audit, Ctx, Id, Store};
use crate::{Error, Result};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde_json::{json, Value};

/// What replaces a person's name in free text after erasure.
pub const REMOVED: &str = "[removed]";

impl Store {
    /// Everything kring holds about one person, for a request of access.
    pub fn person_export(&self, id: Id) -> Result<Value> {
        let person = self.person(id)?;
        let timeline = self.timeline_of_person(id, u32::MAX)?;
        let followups: Vec<Value> = {
            let mut stmt = self.conn().prepare(
                "SELECT f.due_on, f.action, c.name, f.done_at FROM followup f JOIN company c ON c.id = f.company_id
                  WHERE f.person_id = ?1 ORDER BY f.due_on",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok(json!({ "due": r.get::<_, String>(0)?, "action": r.get::<_, String>(1)?,
                           "company": r.get::<_, String>(2)?, "done_at": r.get::<_, Option<String>>(3)? }))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let meetings: Vec<Value> = {
            let mut stmt = self.conn().prepare(
                "SELECT k.name, m.starts_at, a.status FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                   JOIN circle k ON k.id = m.circle_id WHERE a.person_id = ?1 ORDER BY m.starts_at",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok(json!({ "circle": r.get::<_, String>(0)?, "starts_at": r.get::<_, String>(1)?, "status": r.get::<_, String>(2)? }))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        Ok(json!({
            "person": person,
            "interactions": timeline,
            "followups": followups,
            "meetings": meetings,
            "exported_on": self.today(),
        }))
    }

    /// Erase a person: the record and every link to it, their name scrubbed
    /// from notes and minutes, the search indexes rebuilt without them, and
    /// the freed space overwritten. The audit log keeps only that an erasure happened.
    pub fn erase_person(&mut self, id: Id) -> Result<()> {
        let (name, email): (String, Option<String>) = self
            .conn
            .query_row("SELECT name, email FROM person WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("person", format!("#{id}")))?;
        // Freed pages and cells are zeroed, not just unlinked.
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        let ctx = Ctx {
            now: self.clock.now(),
            today: self.clock.today,
            actor: self.actor,
            bulk: false,
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for needle in std::iter::once(name.as_str()).chain(email.as_deref()) {
            for (table, column) in [
                ("interaction", "summary"),
                ("interaction", "outcome"),
                ("followup", "action"),
                ("meeting", "minutes"),
                ("person", "notes"),
                ("company", "motivation"),
                ("company", "agreements"),
            ] {
                // Fixed names from this list only; the text is bound.
                tx.execute(
                    &format!("UPDATE {table} SET {column} = replace({column}, ?1, ?2) WHERE instr({column}, ?1) > 0"),
                    params![needle, REMOVED],
                )?;
            }
        }
        tx.execute("DELETE FROM person WHERE id = ?1", [id])?;
        tx.execute("DELETE FROM audit_log WHERE entity = 'person' AND entity_id = ?1", [id])?;
        // What an import filled in for them holds their data too.
        tx.execute(
            "DELETE FROM import_item WHERE entity = 'person' AND entity_id = ?1",
            [id],
        )?;
        audit::record(&tx, &ctx, "person", id, "erase", Value::Null)?;
        // Full-text indexes keep deleted tokens in old segments until rebuilt.
        for table in ["person_fts", "interaction_fts"] {
            tx.execute_batch(&format!("INSERT INTO {table} ({table}) VALUES ('rebuild')"))?;
        }
        tx.commit()?;
        // Move everything from the WAL into the file and empty the WAL.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.pragma_update(None, "secure_delete", "OFF")?;
        Ok(())
    }
}

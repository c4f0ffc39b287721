//! Putting back what was deleted a moment ago (the terminal UI's `u`): the
//! rows are kept, column by column, before the delete, and inserted again
//! with their own ids — the interaction with who took part and the
//! follow-ups that pointed at it, or the follow-up itself. Refused when the
//! record's company (or anything it points at) is no longer there.

use super::merge::snapshot;
use super::{audit, Id, Store};
use crate::Result;
use serde_json::Value;

use crate::model::edits::Removed;

impl Store {
    /// An interaction as it is, with who took part and the follow-ups that
    /// point at it: read before deleting it, to put it back.
    pub fn removable_interaction(&self, id: Id) -> Result<Removed> {
        let conn = self.conn();
        let mut rows = vec![("interaction", snapshot::row(conn, "interaction", id)?)];
        for person in snapshot::rows(conn, "interaction_person", "interaction_id = ?1", id)? {
            rows.push(("interaction_person", person));
        }
        let relink = snapshot::ids(&snapshot::rows(conn, "followup", "interaction_id = ?1", id)?);
        Ok(Removed {
            entity: "interaction",
            id,
            rows,
            relink,
        })
    }

    /// A follow-up as it is, to put it back after deleting it.
    pub fn removable_followup(&self, id: Id) -> Result<Removed> {
        Ok(Removed {
            entity: "followup",
            id,
            rows: vec![("followup", snapshot::row(self.conn(), "followup", id)?)],
            relink: Vec::new(),
        })
    }

    /// Insert the rows again, in one transaction, and say so in the history.
    pub fn restore(&mut self, removed: &Removed) -> Result<()> {
        self.write(|tx, ctx| {
            for (table, row) in &removed.rows {
                snapshot::insert(tx, table, row)?;
            }
            for followup in &removed.relink {
                tx.execute(
                    "UPDATE followup SET interaction_id = ?2 WHERE id = ?1 AND interaction_id IS NULL",
                    crate::store::db::params![followup, removed.id],
                )?;
            }
            audit::record(tx, ctx, removed.entity, removed.id, "restore", Value::Null)
        })
    }
}

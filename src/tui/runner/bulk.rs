//! Bulk changes from the TUI: made (and taken back) here, where the store's
//! answer — how many changed, which companies a colleague changed since —
//! is written into the change for the status bar to say.

use crate::model::Id;
use crate::store::Store;
use crate::tui::change::Change;
use crate::Result;

/// Carry out a bulk change or its undo; `None` for any other change. The
/// undo of a bulk change is its `UndoBulk`.
pub fn save(store: &mut Store, change: &mut Change) -> Result<Option<(Option<Id>, Option<Change>)>> {
    match change {
        Change::Bulk(order) => {
            let made = store.make_bulk_change(&order.companies, &order.change)?;
            order.changed = made.changed.len();
            let undo = made.change_id.map(|id| Change::UndoBulk {
                id,
                restored: 0,
                refused: Vec::new(),
            });
            Ok(Some((made.change_id, undo)))
        }
        Change::UndoBulk { id, restored, refused } => {
            let undone = store.undo_bulk_change(Some(*id))?;
            *restored = undone.restored.len();
            *refused = undone
                .refused
                .iter()
                .map(|r| format!("{} ({})", r.company, r.reason))
                .collect();
            Ok(Some((None, None)))
        }
        _ => Ok(None),
    }
}
